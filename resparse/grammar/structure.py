"""The parts of a resolution around its paragraphs: the enacting formula, the cover block, annex headings."""

from __future__ import annotations

from resparse.grammar.chars import ends_terminal
from resparse.grammar.compiled import compile
from resparse.grammar.formats import HAN

#: An enacting formula: the organ's name followed by a comma, alone in its block (an invisible mark
#: after the comma aside: ``大会，\u200e``).
FORMULA = compile(
    r"^(?P<organ>安全理事会|大会|经济及社会理事会|人权理事会|托管理事会|建设和平委员会"
    r"|[\p{Han}]{1,12}(?:理事会|委员会|大会))\s*[，,][\u200b\u200e\u200f\ufeff]*$"
)
#: The formula without its comma, alone on its line (``大会`` above ``通过本决议附件所载……``): the
#: organ's name only, which a cover block also prints — it is the formula when the text follows it.
BARE_FORMULA = compile(r"^(?P<organ>大会|安全理事会|人权理事会|经济及社会理事会)[\u200b\u200e\u200f\ufeff]*$")
#: An English original's formula: ``The Security Council,`` (``resparse compare`` reads the originals).
ENGLISH_FORMULA = compile(
    r"^The\s(?P<organ>Security Council|General Assembly|Human Rights Council|Economic and Social Council)"
    r"\s*,[\u200b\u200e\u200f\ufeff]*$"
)
#: The longest English formula line.
ENGLISH_FORMULA_MAX = 40
#: Lines of a cover block: the issuing body, distribution, dates, session, agenda item, symbol.
COVER_LINE = compile(
    r"^(?:联合国|United Nations|Distr\.?|\d{1,2} \w+ \d{4}|Chinese|Original"
    r"|第[一二三四五六七八九十百]+届(?:特别)?会议"
    r"|议程项目|[SAE]/[A-Z0-9./ -]+$|[\d０-９]{4}\s*年.{0,12}日.{0,20}(?:通过|决议)$"
    r"|第\s*[\d０-９]+\s*(?:[(（][\d０-９]{4}[)）])?\s*号决议$|.{0,40}(?:会议|全体会议)\S{0,6}通过$)"
)
#: The formula run into the first paragraph on one line: ``安全理事会，回顾……``.
FORMULA_PREFIX = compile(
    r"^(?P<formula>(?P<organ>安全理事会|大会|经济及社会理事会|人权理事会)[，,])(?=[ \t\u3000]*\S)"
)
#: The longest line the layout stage takes for a formula standing alone.
FORMULA_MAX = 16

#: The cover block above the formula.
COVER_SYMBOL = compile(
    r"(?<![A-Za-z0-9/])(?P<symbol>S/RES/\d+\s*\(\d{4}\)|[SAE](?:/(?:[A-Z][A-Za-z]*(?:\.\d+)?|\d+|L\.\d+|E?S-\d+"
    r"|Rev\.\d+|Add\.\d+|Corr\.\d+))+(?:[ \u00a0]+[A-Z](?:-[A-Z])?(?![A-Za-z]))?)"
)
#: What kind of document a symbol names: a draft (``A/78/L.12``), a decision, a resolution.
DRAFT_SYMBOL = compile(r"/L\.\d+")
_TITLE = r"第\s*[\d０-９]+\s*[(（][\d０-９]{4}[)）]\s*号决议"
#: The resolution-number title, found in a cover line (``TITLE``) or making up the whole line.
TITLE = compile(_TITLE)
COVER_TITLE = compile(rf"^{_TITLE}$")
COVER_ADOPTION = compile(r"^.{0,40}(?:会议|全体会议)\S{0,6}通过$|^.{0,30}年.{0,8}日.{0,20}通过$")
COVER_MISC = compile(r"^(?:联合国|United Nations|安全理事会|大会|Distr\.?:?\s*\w+|\d{1,2} \w+ \d{4})$")
#: The organ a symbol belongs to, by its series (longest first).
SYMBOL_ORGANS = (("A/HRC/", "hrc"), ("E/", "ecosoc"), ("A/", "ga"), ("S/", "sc"))
#: The adopting organ in a cover's adoption line: ``2023年11月21日大会决议``, ``安全理事会第9999次会议通过``.
ADOPTING_ORGAN = compile(
    r"(?P<organ>安全理事会|人权理事会|经济及社会理事会|大会)(?:第[\d０-９]+次会议)?(?:决议|通过)"
)
#: A date as Chinese texts write it: ``2026年3月12日``.
CHINESE_DATE = compile(
    r"(?P<year>[\d０-９]{4})\s*年\s*(?P<month>[\d０-９]{1,2})\s*月\s*(?P<day>[\d０-９]{1,2})\s*日"
)
#: A number in a title, to build the symbol from it.
NUMBER = compile(r"[\d０-９]+")
SYMBOL_BRACKET = compile(r"\s*\(")

#: A row of a table as a word processor exports it: cells separated by tabs, the last an amount
#: (``2. 一般收入\t19 265 100``) — numbered like a paragraph, but no paragraph.
TABLE_ROW = compile(r"\t[ \d,.()（）%\-—a-z]*\d[ \d,.()（）%\-—a-z]*$")
#: The meeting a resolution was adopted at, under its text (``第41次全体会议``, ``第48次全体会议(续会)``),
#: and the date line under it: the resolution's text ends there.
#: The longest a meeting or date line under a resolution can be, spaces around it included.
CLOSING_MAX = 40
CLOSING_MEETING = compile(r"^第[\d０-９]+次全体会议(?:[(（]续会[)）])?$")
CLOSING_DATE = compile(r"^[\d０-９]{4}\s*年\s*[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日$")
ANNEX_HEADING = compile(r"^(?:附件|附录|附文)(?:[一二三四五六七八九十\dA-Z]{0,3})?(?:\s|$|[:：])")
#: An article's heading in a quoted legal text: ``第10条``.
ARTICLE_HEADING = compile(r"^第[\d０-９一二三四五六七八九十百]{1,5}条$")
#: A section's number standing alone as its heading: ``一``, ``二十``, ``A``, ``A.``, ``IV``.
SECTION_NUMBER = compile(r"^(?:[一二三四五六七八九十]{1,3}|[A-Z]|[IVX]{1,5})[.．、]?$")
#: Headings (and annex titles) are short: a longer block is a paragraph.
HEADING_MAX = 40
#: The same in an English original, which runs to about four characters for each Chinese one
#: (``General activities of the Department of Global Communications`` is ``全球传播部的一般性活动``).
ENGLISH_HEADING_MAX = 4 * HEADING_MAX


#: A word of an English text: what a line of figures (``2021 2022 12 345 600``) has not.
_ENGLISH_WORD = compile(r"[A-Za-z]{2,}")


def heading_max(text: str) -> int:
    """The longest a heading can be in the language ``text`` is written in: English words and no
    ideograph, an English heading; anything else (a row of figures too), a Chinese one."""
    if HAN.search(text) or not _ENGLISH_WORD.search(text):
        return HEADING_MAX
    return ENGLISH_HEADING_MAX


def document_kind(symbol: str | None) -> str | None:
    """``resolution``, ``decision``, ``draft`` or ``document`` for a document's own symbol."""
    if not symbol:
        return None
    if DRAFT_SYMBOL.search(symbol):
        return "draft"
    if "/RES/" in symbol:
        return "resolution"
    if "/DEC/" in symbol:
        return "decision"
    return "document"


def is_formula_line(content: str) -> bool:
    """A line that is the enacting formula on its own (it ends in its comma)."""
    if content[:4] == "The ":
        return len(content) <= ENGLISH_FORMULA_MAX and ENGLISH_FORMULA.match(content) is not None
    return (
        len(content) <= FORMULA_MAX
        and content.rstrip("\u200b\u200e\u200f\ufeff")[-1:] in ("，", ",")
        and bool(FORMULA.match(content))
    )


def formula_organ(content: str) -> str | None:
    """The organ a formula line names (``安全理事会，`` → ``安全理事会``; ``大会`` alone → ``大会``)."""
    m = FORMULA.match(content) or BARE_FORMULA.match(content) or ENGLISH_FORMULA.match(content)
    return m["organ"] if m else None


def find_formula(contents: list[str], limit: int = 40) -> int | None:
    """Where the enacting formula is among the first lines: the first line that is the organ's name
    with its comma, or its name alone when the line after it is text rather than more of the cover."""
    for i, content in enumerate(contents[:limit]):
        if len(content) > FORMULA_MAX and content[:4] != "The ":
            continue
        if is_formula_line(content):
            return i
        if (
            BARE_FORMULA.match(content)
            and i + 1 < len(contents)
            and not COVER_LINE.match(contents[i + 1])
            # the issuing body on a cover, or a part's title (经济及社会理事会), above the formula itself
            and not any(is_formula_line(later) for later in contents[i + 1 : i + 8])
        ):
            return i
    return None


def is_any_formula(content: str) -> bool:
    """A line that is an enacting formula, with its comma or without (later parts of a resolution)."""
    return is_formula_line(content) or (len(content) <= FORMULA_MAX and bool(BARE_FORMULA.match(content)))


def is_annex_heading(text: str) -> bool:
    """``附件``, ``附件二``, ``附录 A``: a short unpunctuated line that opens an annex (not a wrapped
    line of a sentence that begins ``附件 C 第一部分所列物项，……``)."""
    return (
        text[:1] == "附"
        and len(text) <= HEADING_MAX
        and bool(ANNEX_HEADING.match(text))
        and not ends_terminal(text)
        and "，" not in text
    )
