"""The citation grammar of Chinese UN texts, as named patterns.

All patterns run over the normalised text of one paragraph, where line breaks are gone but the spaces
the text had are kept, so they tolerate spaces anywhere inside a citation. ``\\d`` is Unicode-aware, so
full-width digits (``１３７３``) match; brackets are matched in both widths.
"""

from __future__ import annotations

import regex

from resparse.grammar.chars import INLINE_SPACE
from resparse.grammar.compiled import compile

#: Every citation pattern needs a digit: a paragraph without one is not searched.
ANY_DIGIT = compile(r"[\d㈠-㈩]")
#: A corrigendum's suffix on a document key (``A/CONF.157/24(PARTI)/CORR.1``).
CORRIGENDUM = compile(r"/CORR\.\d+$")
LP = r"[(（]"
RP = r"[)）]"
#: Space inside a citation: spaces, tabs, the ideographic and no-break spaces, and the invisible marks
#: (LRM, zero-width space, BOM) some texts carry inside numbers.
_S = INLINE_SPACE
#: A hyphen as texts write it in ``S-27/2``: ASCII, non-breaking (U+2011), en dash.
_H = r"[-\u2011\u2013]"
#: A part letter (``A``, ``AA``) and a run of them: ``A和B``, ``A至C``, ``A-E``, ``A、B和C``.
_PART = r"[A-Z]{1,2}"
PARTS = rf"{_PART}(?:{_S}(?:和|至|、|及|{_H}){_S}{_PART})*(?![A-Za-z])"

#: A Security Council resolution item: ``1373(2001)``, ``1373 (2001)``, ``１３７３（２００１）``,
#: or year-less ``2178``. A missing ``)`` is tolerated (and reported as a defect).
SC_ITEM = rf"(?P<num>\d{{1,4}})(?:{_S}{LP}{_S}(?P<year>\d{{4}}){_S}{RP}?)?"
#: A resolution numbered by session (or year) and number: ``71/291``, ``67/254 A``, ``74/92A和B``,
#: ``S-27/2``, ``ES-10/15``, ``2017/23``. Which body adopted it is not in the item: see ``resolve``.
SLASH_ITEM = (
    rf"(?P<session>(?:E?S{_S}{_H}{_S})?\d{{1,4}}){_S}/{_S}(?P<gnum>\d{{1,4}})(?:{_S}(?P<part>{PARTS}))?"
    rf"(?:{_S}{LP}{_S}(?P<gyear>\d{{4}}){_S}{RP})?"
)
#: An old-style General Assembly resolution: ``1541(XV)``, ``217 A (III)``, ``3201(S-VI)``,
#: ``1874(S IV)``, ``3261(XXIX) F``.
OLD_GA_ITEM = (
    rf"(?P<onum>\d{{1,4}}){_S}(?:(?P<opart>{_PART}){_S})?{LP}{_S}"
    rf"(?P<roman>(?:E?S(?:{_S}{_H}{_S}|[ ]))?[IVXLC]+){_S}{RP}(?:{_S}(?P<opart2>[A-Z])(?![A-Za-z]))?"
)
#: The Assembly's first resolutions as Chinese writes them: ``一㈠`` is resolution 1 (I).
HAN_OLD_ITEM = r"(?P<hnum>[一二三四五六七八九十]{1,3})(?P<hroman>[㈠-㈩])"

#: A decision of a treaty body's conference, numbered by its session: ``1/CP.21`` (the Climate Change
#: Convention's parties), ``2/CMA.1``, ``1/CMP.1``. No UN symbol names it.
TREATY_ITEM = rf"(?P<tnum>\d{{1,3}}){_S}/{_S}(?P<tbody>CP|CMP|CMA|COP|MOP){_S}\.{_S}(?P<tsession>\d{{1,2}})"

ITEM = rf"(?:{SLASH_ITEM}|{SC_ITEM}|{OLD_GA_ITEM}|{HAN_OLD_ITEM}|{TREATY_ITEM})"
#: Words between two items of an enumeration: ``、``, ``和``, ``及``, ``以及``, ``、和``, ``，以及``.
_JOIN = r"(?:、[ \t\u3000]*和|、[ \t\u3000]*以及|，[ \t\u3000]*以及|、|以及|和|及|与|或|,)"
_DATE = rf"[\d０-９]{{4}}{_S}年{_S}[\d０-９]{{1,2}}{_S}月(?:{_S}[\d０-９]{{1,2}}{_S}日)?"
#: What may stand between two items besides the join: an adoption date, the organ of the next item
#: (``大会第60/180号和安理会第1645(2005)号``), a title (``题为“…”的``, ``关于…的``), a session.
_MID = (
    rf"(?:{_DATE}|(?P<sorg>联合国大会|大会|安全理事会|安理会|人权理事会|经济及社会理事会|经社理事会)|其"
    rf"|在(?:其)?|关于[^，。；“”]{{1,80}}?的|题为“[^”]{{1,240}}”的|宣布[^，。；]{{1,60}}?的"
    rf"|第[一二三四五六七八九十百]{{1,5}}届(?:特别)?会议(?:通过的)?|(?:所)?通过的)"
)
SEPARATOR = rf"{_S}(?:号{_S}(?:{_JOIN}|(?={_DATE}))|{_JOIN}){_S}(?:{_MID}{_S})*(?:第{_S})?"
#: How an enumeration closes: ``号决议``, ``号决定`` (also ``号等其后相关决议``, "and later ones";
#: ``号关于…的决议``; ``号和以往各项决议``). A missing ``号`` is tolerated and reported.
_CLOSE = (
    rf"(?:{_S}(?P<hao>号)?{_S}(?:(?:等|及其后|和其后|以及其后)[^，。；、]{{0,8}}?|关于[^，。；]{{1,60}}?的"
    rf"|和以往各项)?(?P<kind>决{_S}议|决{_S}定)"
    # "第52/15号、第53/25号、关于……的各项决议": the items close where the list names resolutions in general.
    # So do "第70/1号以及其他相关决议", "第2/5号和随后各项决定".
    rf"|{_S}号(?=(?:以及|[、，,和及]){_S}(?:关于[^，。；]{{1,80}}?的)?"
    rf"(?:各项|所有|其他|相关|有关|以往|随后|后续|其后|此前)+的?(?:各项)?决[议定]))"
)
#: An enumeration framed by ``第`` … ``号决议`` or ``号决定``; ``第`` may be missing before a session
#: item (``S-24/2号决议``, ``依照理事会2019年7月12日41/25号决议``, ``71/139号决议，第7段``), never
#: before a bare number. Each item is captured as ``item`` (``match.starts("item")`` lists them all).
GROUP = compile(
    rf"(?:第{_S}(?P<items>(?P<item>{ITEM})(?:{SEPARATOR}(?P<item>{ITEM}))*)"
    rf"|(?<![\dA-Za-z/.\-\u2011)）(（]{_S})(?P<items>(?P<item>(?:{OLD_GA_ITEM}|{SLASH_ITEM}))"
    rf"(?:{SEPARATOR}(?P<item>{ITEM}))*)){_CLOSE}"
)
#: The groups opened by ``第`` alone. :data:`GROUP` can start at any digit, which makes it slow over a
#: whole paragraph; where no session item stands outside these (:data:`SESSION_ITEM_HINT`), they are
#: what it finds.
FRAMED_GROUP = compile(rf"第{_S}(?P<items>(?P<item>{ITEM})(?:{SEPARATOR}(?P<item>{ITEM}))*){_CLOSE}")
#: What a group without ``第`` must open with: a session item (``S-16/1``) or an old-style one
#: (``1514(XV)``); a ``/`` left is searched for with ``in``.
SESSION_ITEM_HINT = compile(rf"{LP}{_S}(?:E?S{_S}(?:{_H}{_S}|[ ]))?[IVXLC]+{_S}{RP}")
#: One item of a matched group, to read its parts (``fullmatch`` on the item's text).
ITEM_RE = compile(ITEM)
#: An item with its year, the only kind that may stand without ``第``.
SC_ITEM_WITH_YEAR = rf"\d{{1,4}}{_S}{LP}{_S}(?:19[4-9]|20[0-4])\d{_S}{RP}"
ITEM_WITH_YEAR_RE = compile(
    rf"(?<![\d/.\-A-Za-z])(?P<num>\d{{1,4}}){_S}{LP}{_S}(?P<year>(?:19[4-9]|20[0-4])\d){_S}{RP}(?!{_S}年)"
)
_SC_CLOSE = rf"{_S}号{_S}(?:(?:等|及其后|和其后|以及其后)[^，。；、]{{0,8}}?)?决{_S}议"
#: Items with their years closed by ``号决议`` but missing the ``第``: ``重申 1267(1999)、1325(2000)号决议``;
#: or following the word ``决议``: ``决议 2231(2015)``. A bare ``9001 (2015)`` is not a citation.
BARE_GROUP = compile(
    rf"(?:(?<![\d/.\-A-Za-z第]){_S}(?P<items>(?P<item>{SC_ITEM_WITH_YEAR})(?:{SEPARATOR}(?P<item>{SC_ITEM_WITH_YEAR}))*)"
    rf"{_SC_CLOSE})|(?:决议{_S}(?P<items>(?P<item>{SC_ITEM_WITH_YEAR})(?:{SEPARATOR}(?P<item>{SC_ITEM_WITH_YEAR}))*))"
)
#: An enumeration that is opened by ``第`` but never closed by ``号决议`` (a malformed citation).
UNCLOSED_GROUP = compile(rf"第{_S}{SC_ITEM_WITH_YEAR}(?:{SEPARATOR}{SC_ITEM_WITH_YEAR})+(?!{_S}号)")
#: A date written right before an item (``2021年12月16日第76/136号``, ``2021年6月25日的75/290 B号``).
DATE_BEFORE = compile(
    rf"(?P<year>[\d０-９]{{4}}){_S}年{_S}(?P<month>[\d０-９]{{1,2}}){_S}月{_S}(?P<day>[\d０-９]{{1,2}}){_S}日"
    rf"{_S}(?:的{_S})?(?:第{_S})?$"
)
#: The special-session prefix of an old-style session: ``S-VI``, ``S IV``, ``ES-V`` → ``S-``, ``ES-``.
ROMAN_SESSION = compile(rf"^(E?S)(?:{_S}{_H}{_S}|[ ]+)")
#: The letters of a part run as written (``A和B``, ``A至C``), to name the parts.
PART_LETTERS = compile(_PART)
PART_RANGE = compile(rf"{_S}(?:至|{_H}){_S}")
#: The session of an item as a symbol writes it: ``S-27``, ``ES-10`` (hyphens and spaces unified).
SESSION_PREFIX = compile(rf"^(E?S){_S}{_H}{_S}")

#: What may follow a group and points into the cited resolution: ``第7和8段``, ``执行部分第4段``,
#: ``第3段(c)、(d)和(e)分段``, ``第3(a)(五)段``.
_ONE_PINPOINT = (
    rf"(?:执行部分|序言部分)?{_S}第{_S}[\d０-９][\d０-９\s()（）a-z、和及至与一二三四五六七八九十第]{{0,24}}?段"
    rf"(?:{_S}{LP}[a-z]{RP}(?:{_S}(?:、|和|及|至){_S}{LP}[a-z]{RP})*{_S}分段)?"
)
#: Both are matched at the end of a citation (``pattern.match(text, end)``), so they carry no ``^``.
PINPOINT = compile(rf"{_S}[)）]?{_S}(?:的)?{_ONE_PINPOINT}(?:{_S}(?:、|和|及|以及){_S}{_ONE_PINPOINT})*")
#: The characters a pinpoint can open with (after white space): a group without one is answered
#: without the pattern.
PINPOINT_STARTS = frozenset(")）的执序第")
#: What may follow a group and makes it the name of a committee: ``号决议所设委员会``.
COMMITTEE_SUFFIX = compile(rf"{_S}(?:所设立?的?|设立的){_S}\S{{0,12}}?(?:委员会|专家小组|工作组)")
#: How far the committee suffix is looked for (it is 20 characters long at most, spaces aside).
COMMITTEE_SUFFIX_MAX = 256
#: Punctuation that ends a clause: no pinpoint runs across it.
CLAUSE_END = compile("[，。；]")
#: Words that give a body a name taken from a resolution: ``此后称``, ``改称``, ``更名为``.
NAMING = compile(r"(?:此后称|以下称|下称|以下简称|简称|改称|更名为|称为)[ \t\u3000为]*$")
#: A committee named by its resolution's number: ``1267 委员会``, ``1267/1989/2253 委员会``.
COMMITTEE_NAME = compile(
    rf"(?<![\d/.第\-])(?P<num>\d{{3,4}})(?:{_S}/{_S}(?P<more>\d{{3,4}}))*{_S}(?:制裁)?委员会"
)

#: Document symbols: ``S/RES/1373 (2001)``, ``A/RES/60/288``, ``S/2017/375``, ``S/PRST/2018/19``,
#: ``A/HRC/RES/23/17``, ``E/RES/2017/23``, with ``/Add.1``, ``/Corr.1``, ``/Rev.1``; a range of records
#: (``A/C.6/56/SR.11-13``, which English writes with an en dash) is one citation, as both languages write it;
#: a space typed after the slash before ``Add.``, ``Corr.``, ``Rev.`` (``A/71/53/ Add.1``) does not end it.
SYMBOL = compile(
    r"(?<![A-Za-z0-9/])(?P<symbol>(?:S|A|E|ST|UNEP|DP|TD|CRC|CCPR|CEDAW|CERD|CAT|FCCC|CAC|CD|NPT|ISBA|SPLOS"
    r"|ICCD|UNW|UNICEF|UNHCR|WFP|FAO|IDB|PBC|BWC|CCW|APLC|CTBT|ESCAP|ECE|ECLAC|ECA|ESCWA|CRPD|CMW|CED"
    r"|CTOC|JIU|CLCS|ISBA|IMO|WHO|ITU|UNDP|UNFPA|UNOPS|CEB|CCM|GC)(?:\.\d+)?(?:\([A-Z]+\))?"
    r"(?:/(?:[ ](?=(?:Add|Corr|Rev)\.))?"
    r"(?:E?S[-\u2011]\d+|[A-Z]+\(\d+\)|[A-Z][A-Za-z]*(?:\.[A-Za-z\d]+)*(?:[-–]\d+)?|\d+(?:\.\d+)?(?:[-–]\d+)?)"
    r"(?:[ ]?\((?:Part|Vol|Sect)\.?[ ]?[IVX\d]+\))?){1,7}"
    r"(?:[ \u3000]*[(（]\d{4}[)）])?)"
)
#: The parts of a symbol that decide its type.
SC_RES_SYMBOL = compile(r"^S/RES/(?P<num>\d+)(?:\s*[(（](?P<year>\d{4})[)）])?$")
GA_RES_SYMBOL = compile(r"^A/RES/(?P<session>(?:ES-|S-)?\d+)/(?P<num>\d+)(?P<rest>.*)$")
#: Other resolution and decision symbols, with the organ they belong to.
ORGAN_SYMBOLS = (
    ("hrc", compile(r"^A/HRC/(?:RES|DEC)/")),
    ("ecosoc", compile(r"^E/(?:RES|DEC)/")),
    ("chr", compile(r"^E/CN\.4/(?:RES|DEC)/")),
    ("ga", compile(r"^A/(?:RES|DEC)/")),
    ("unea", compile(r"^UNEP/EA\.")),
)

#: References to this resolution's own paragraphs: ``第 7 段``, ``上文第1段``, ``本决议第12段``,
#: ``第 7 和 8 段``, ``第3(a)段``.
INTERNAL_REF = compile(
    rf"(?P<prefix>上文|下文|前文|本决议|以上|以下|序言部分|执行部分)?{_S}第{_S}"
    rf"(?P<list>[\d０-９]{{1,3}}(?:{_S}{LP}[a-z]{{1,2}}{RP})*(?:{_S}(?:、|和|及|至|-|—){_S}(?:第{_S})?"
    rf"[\d０-９]{{1,3}}(?:{_S}{LP}[a-z]{{1,2}}{RP})*)*){_S}段"
)
#: Between a reference into another document and the next one, which is into it too.
REF_CONTINUES = compile(r"[ \t\u3000]*[，,、]?[ \t\u3000]*(?:特别是|尤其是|包括|以及|和|及|或)?[ \t\u3000]*")
#: Another document named in the clause before ``第 N 段``, at some distance: ``报告中关于……的第330至332段``.
FOREIGN_DOCUMENT = compile(
    r"(?:报告|文件|公约|《[^》]{1,60}》|“[^”]{1,60}”)(?:中|所载|内)?(?:关于|有关)?[^，。；]{0,36}"
    r"(?:[，,](?:尤其是|特别是|包括)[^，。；]{0,24})?$"
)
REF_NUMBER = compile(rf"(?P<n>[\d０-９]{{1,3}})(?P<sub>(?:{_S}{LP}[a-z]{{1,2}}{RP})*)")
#: Words just before ``第 N 段`` that make it point into another document, not this one.
FOREIGN_CONTEXT = compile(
    r"(?:号决议|决议|号决定|决定|号文件|文件|报告|附件|公约|其|该|议定书|宪章|条|章|节|声明|》|议程|纲领|宣言|框架|战略"
    r"|计划|成果|规约|条例|指南|原则|意见|建议|说明|规则|协定|方案|”)[^，。；]{0,4}$"
)

#: What every match of a pattern the extractor runs over a whole paragraph contains: one of each group
#: of key characters. A paragraph that lacks a group is not searched with that pattern at all.
KEY_CHARACTERS: dict[regex.Pattern[str], tuple[tuple[str, ...], ...]] = {
    SYMBOL: (("/",),),
    GROUP: (("决",),),
    FRAMED_GROUP: (("第",), ("决",)),
    BARE_GROUP: (("议",), ("(", "（")),
    UNCLOSED_GROUP: (("第",), ("(", "（")),
    COMMITTEE_NAME: (("委员会",),),
    ITEM_WITH_YEAR_RE: (("(", "（"),),
    INTERNAL_REF: (("第",), ("段",)),
}

#: What a link adds to a symbol that names a part of the document (``A/75/6(Sect.26)``,
#: ``A/CONF.157/24(PartI)``, ``E/2005/23(supp)``): the same document, for matching.
URL_QUALIFIER = compile(r"\s*\((?:Sect|Part|PART|Vol|vol|Supp|supp|SUPP|Introduction)[^)]{0,12}\)")
#: The session (or year) and number at the end of a resolution's symbol: ``A/HRC/RES/34/24``.
SESSION_AND_NUMBER = compile(r"/(?P<session>(?:E?S-)?\d+)/(?P<number>\d+)\s*(?:[A-Za-z](?:-[A-Za-z])?)?$")
#: A link to a resolution's parts: ``A/RES/74/255a-b``, ``A/RES/54/237A-C``.
LINKED_PARTS = compile(
    r"^(?P<base>[AE]/(?:HRC/)?RES/\S+?/\d+)\s*(?P<first>[A-Za-z])(?:-(?P<last>[A-Za-z]))?$"
)
#: Links to UN documents: ``https://undocs.org/ch/S/RES/1373(2001)``, ``https://docs.un.org/zh/…``.
URL = compile(
    r"^https?://(?:www\.)?(?P<host>undocs\.org|docs\.un\.org|documents\.un\.org)/"
    r"(?:(?P<lang>ch|zh|en|fr|es|ru|ar|[a-z]{2}|CH|ZH|EN|FR|ES|RU|AR)/)?(?P<symbol>[^?#]+)"
)
#: The year of a symbol as written (``1373（2001）``) and as a link writes it (``1373(2001)``).
WRITTEN_YEAR = compile(r"[ \u3000]*[(（](\d{4})[)）]")
URL_YEAR = compile(r"[ ]*\((\d{4})\)")
#: The year inside a citation's brackets, for the fix that replaces it.
YEAR_IN_BRACKETS = compile(r"(?<=[(（]\s*)\d{4}(?=\s*[)）])")
#: The number of a Security Council resolution's own symbol, and the year a symbol ends with.
OWN_NUMBER = compile(r"^S/RES/(\d+)")
SYMBOL_YEAR = compile(r"\((\d{4})\)$")


#: What may not stand beside a number written on its own: it would be part of a symbol, a decimal,
#: a longer number; after it, a year in brackets or ``年`` (a year itself).
_NOT_BEFORE_ALONE = frozenset("0123456789/.")
_NOT_AFTER_ALONE = frozenset("0123456789/.(（年")


def number_alone(number: int, text: str) -> bool:
    """Whether ``text`` writes ``number`` on its own (``paragraphs 15 and 16 of 1970, as modified``)."""
    written = str(number)
    at = text.find(written)
    while at >= 0:
        end = at + len(written)
        after = text[end : end + 2].lstrip(" ")[:1]
        if (at == 0 or text[at - 1] not in _NOT_BEFORE_ALONE) and after not in _NOT_AFTER_ALONE:
            return True
        at = text.find(written, at + 1)
    return False
