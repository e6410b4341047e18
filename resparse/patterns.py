"""Named patterns for the *structure* of a resolution: labels, formula, cover lines, page artefacts.

Citation patterns live in :mod:`resparse.citations.grammar`; everything that decides where a paragraph,
a page or a cover block begins is here, so the layout and segment stages share one definition.
"""

from __future__ import annotations

import regex

#: Characters that end a paragraph (or a list lead-in) in Chinese and in sloppy drafts.
TERMINAL_PUNCTUATION = frozenset("，；。：,;:.")
CLOSING_QUOTES = "”’」』\"'》)）"

#: An enacting formula: the organ's name followed by a comma, alone in its block.
FORMULA = regex.compile(
    r"^(?P<organ>安全理事会|大会|经济及社会理事会|人权理事会|托管理事会|建设和平委员会"
    r"|[\p{Han}]{1,12}(?:理事会|委员会|大会))\s*[，,]$"
)

#: The formula run into the first paragraph on one line: ``安全理事会，回顾……``.
FORMULA_PREFIX = regex.compile(
    r"^(?P<formula>(?P<organ>安全理事会|大会|经济及社会理事会|人权理事会)[，,])(?=[ \t\u3000]*\S)"
)

#: Page artefacts, each alone on a line.
#: A bare link line; some hrefs carry a space (``…/S/RES/2471 (2019)``), none carry Chinese text.
URL_LINE = regex.compile(r"^\s*(?P<url>https?://[^\s\p{Han}]+(?: [^\s\p{Han}]+)*)\s*$")
PAGE_NUMBER = regex.compile(r"^\s*(?P<n>\d{1,3})\s*/\s*(?P<total>\d{1,3})\s*$")
RUNNING_HEADER = regex.compile(r"^\s*(?P<symbol>[SA]/RES/\d+\s*[(（]\d{4}[)）])\s*$")
FOOTER_LINE = regex.compile(
    r"^\s*(?:(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?|\*\d{6,}\*|\d{1,3}\s*/\s*\d{1,3}"
    r"|[SA]/RES/\d+\s*[(（]\d{4}[)）])\s*)+$"
)

#: An inline suppression: ``<!-- resparse: ignore RS202 -->`` or ``# resparse: ignore RS202, RS104``;
#: without codes, every rule.
DIRECTIVE = regex.compile(
    r"^\s*(?:<!--\s*resparse:\s*ignore(?:\s+(?P<codes>[A-Za-z0-9, ]+?))?\s*-->|#\s*resparse:\s*ignore"
    r"(?:\s+(?P<codes>[A-Za-z0-9, ]+?))?)\s*$"
)

#: Markdown: a heading or quote marker before a line, emphasis around a whole line.
MARKDOWN_PREFIX = regex.compile(r"^(?:#{1,6}|>)[ \t\u3000]+(?=\S)")
MARKDOWN_EMPHASIS = regex.compile(r"(?P<mark>\*\*|__|\*)(?P<inner>\S(?:.*\S)?)(?P=mark)")

#: The cover block above the formula.
COVER_SYMBOL = regex.compile(r"(?P<symbol>S/RES/\d+\s*\(\d{4}\)|A/RES/\d+/\d+|[SA](?:/[A-Z0-9.]+)+)")
_TITLE = r"第\s*[\d０-９]+\s*[(（][\d０-９]{4}[)）]\s*号决议"
#: The resolution-number title, found in a cover line (``TITLE``) or making up the whole line.
TITLE = regex.compile(_TITLE)
COVER_TITLE = regex.compile(rf"^{_TITLE}$")
COVER_ADOPTION = regex.compile(r"^.{0,40}(?:会议|全体会议)\S{0,6}通过$|^.{0,30}年.{0,8}日.{0,20}通过$")
COVER_MISC = regex.compile(r"^(?:联合国|United Nations|安全理事会|大会|Distr\.?:?\s*\w+|\d{1,2} \w+ \d{4})$")

#: Label digits are ASCII or full-width, as UN texts write them: a number in another script is not a
#: paragraph label (and Python's ``int`` may not know the newest Unicode digits the ``regex`` module does).
_LABEL_DIGIT = "[0-9０-９]"
#: Operative paragraph number: ``1.``, ``１．``, ``12.`` — not a decimal like ``1.5``.
OPERATIVE_LABEL = regex.compile(rf"^(?P<label>(?P<n>{_LABEL_DIGIT}{{1,3}})\s*[.．](?!{_LABEL_DIGIT}))\s*")
#: Sub-paragraph labels, by level family.
#: Word drafts also number items ``a)``, ``i)``, ``1)``: the same levels, with a closing bracket only.
LETTER_LABEL = regex.compile(
    r"^(?P<label>[(（](?P<n>[a-z]{1,2})[)）]|(?P<n>[a-z])[.．](?=\s)|(?P<n>[a-z]{1,2})[)）](?=\s|\S))\s*"
)
ROMAN_LABEL = regex.compile(
    r"^(?P<label>[(（](?P<n>[ivxlc]{1,6})[)）]|(?P<n>[ivx]{1,5})[)）]|(?P<n>[㈠-㈩])"
    r"|[(（](?P<n>[一二三四五六七八九十]{1,3})[)）])\s*"
)
DIGIT_LABEL = regex.compile(
    rf"^(?P<label>[(（](?P<n>{_LABEL_DIGIT}{{1,2}})[)）]|(?P<n>{_LABEL_DIGIT}{{1,2}})[)）])\s*"
)
BULLET_LABEL = regex.compile(r"^(?P<label>[•·▪◦●○\-–—])\s*")
#: A section heading label inside the operative part: ``A. 定向制裁``, ``一、``.
HEADING_LABEL = regex.compile(r"^(?P<label>(?P<n>[A-Z])[.．]|(?P<n>[一二三四五六七八九十]{1,3})[、.．])\s*")
ANNEX_HEADING = regex.compile(r"^(?:附件|附录|附文)(?:[一二三四五六七八九十\dA-Z]{0,3})?(?:\s|$|[:：])")
#: The characters a label of any family above can start with: a block that starts with anything else
#: has no label, and the patterns need not be tried.
LABEL_STARTS = frozenset(
    "0123456789０１２３４５６７８９(（abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩•·▪◦●○-–—一二三四五六七八九十"
)
#: A line that begins a labelled item of any kind (used by the layout stage to spot paragraph starts).
ANY_LABEL = regex.compile(
    rf"^(?:{_LABEL_DIGIT}{{1,3}}\s*[.．](?!{_LABEL_DIGIT})"
    r"|[(（](?:[a-z]{1,2}|[ivxlc]{1,6}|[一二三四五六七八九十]{1,3})[)）]"
    r"|[a-z]{1,2}[)）]|[㈠-㈩]|[•▪●]|[-–—*][ \t])"
)


#: A line that is nothing but a number label ("2.", "(a)"): the text follows on the next line.
LABEL_ONLY = regex.compile(
    rf"^(?:{_LABEL_DIGIT}{{1,3}}\s*[.．]"
    r"|[(（](?:[a-z]{1,2}|[ivxlc]{1,6}|[一二三四五六七八九十]{1,3})[)）]|[㈠-㈩])$"
)


def is_cjk(char: str) -> bool:
    """Chinese characters and full-width punctuation: no space is kept when lines join between them."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x3000 <= code <= 0x303F
        or 0x20000 <= code <= 0x3FFFF
        or char in "“”‘’…—"
    )


_ENDINGS = TERMINAL_PUNCTUATION | set(CLOSING_QUOTES)


def ends_terminal(text: str) -> bool:
    """Whether ``text`` ends with paragraph-ending punctuation (closing quotes after it allowed)."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in _ENDINGS:
        return False  # most lines of a wrapped text end in an ideograph: answered here
    while stripped[-1] in CLOSING_QUOTES and len(stripped) > 1 and stripped[-2] in _ENDINGS:
        stripped = stripped[:-1]
    return stripped[-1] in TERMINAL_PUNCTUATION
