"""The citation grammar of Chinese UN texts, as named patterns.

All patterns run over the normalised text of one paragraph, where line breaks are gone but the spaces
the text had are kept, so they tolerate spaces anywhere inside a citation. ``\\d`` is Unicode-aware, so
full-width digits (``１３７３``) match; brackets are matched in both widths.
"""

from __future__ import annotations

import regex

from resparse.grammar.compiled import compile

#: Every citation pattern needs a digit: a paragraph without one is not searched.
ANY_DIGIT = compile(r"\d")
LP = r"[(（]"
RP = r"[)）]"
_S = r"[ \t\u3000]*"

#: A Security Council resolution item: ``1373(2001)``, ``1373 (2001)``, ``１３７３（２００１）``,
#: or year-less ``2178``. A missing ``)`` is tolerated (and reported as a defect).
SC_ITEM = rf"(?P<num>\d{{1,4}})(?:{_S}{LP}{_S}(?P<year>\d{{4}}){_S}{RP}?)?"
#: A General Assembly (or ECOSOC/HRC) resolution written ``71/291``, ``67/254 A``, ``2017/23``.
SLASH_ITEM = (
    rf"(?P<session>(?:ES-|S-)?\d{{1,4}})/(?P<gnum>\d{{1,3}})(?:{_S}(?P<part>[A-Z](?:-[A-Z])?)(?![A-Za-z]))?"
)
#: An old-style General Assembly resolution: ``1541(XV)``, ``217 A (III)``, ``ES-10/2`` style sessions.
OLD_GA_ITEM = (
    rf"(?P<onum>\d{{1,4}}){_S}(?:(?P<opart>[A-Z]){_S})?{LP}{_S}"
    rf"(?P<roman>[IVXLC]+|ES-[IVXLC\d]+|S-[IVXLC\d]+){_S}{RP}"
)

ITEM = rf"(?:{OLD_GA_ITEM}|{SLASH_ITEM}|{SC_ITEM})"
#: What separates the items of an enumeration: ``、``, ``和``, ``及``, ``以及``, ``、和``, optionally with
#: a repeated ``号`` or ``第`` (``第 1267(1999)号和第 1989(2011)号决议``), an adoption date
#: (``第1540(2004)号、2006年4月27日第1673(2006)号决议``) or an organ
#: (``大会第60/180号和安理会第1645(2005)号``).
SEPARATOR = (
    rf"{_S}(?:号{_S})?(?:、{_S}和|、{_S}以及|、|以及|和|及|与|,){_S}"
    rf"(?:\d{{4}}{_S}年{_S}\d{{1,2}}{_S}月{_S}\d{{1,2}}{_S}日{_S})?(?:大会|安理会|安全理事会)?{_S}(?:第{_S})?"
)

#: An enumeration framed by ``第`` … ``号决议`` (also ``号等其后相关决议``, "and later resolutions").
#: Each item is captured as ``item`` (``match.starts("item")`` lists them all).
GROUP = compile(
    rf"第{_S}(?P<items>(?P<item>{ITEM})(?:{SEPARATOR}(?P<item>{ITEM}))*){_S}号{_S}"
    rf"(?:(?:等|及其后|和其后|以及其后)[^，。；、]{{0,8}}?)?决{_S}议"
)
#: One item of a matched group, to read its parts (``fullmatch`` on the item's text).
ITEM_RE = compile(ITEM)
#: An item with its year, the only kind that may stand without ``第``.
SC_ITEM_WITH_YEAR = rf"\d{{1,4}}{_S}{LP}{_S}(?:19[4-9]|20[0-4])\d{_S}{RP}"
ITEM_WITH_YEAR_RE = compile(
    rf"(?<![\d/.\-A-Za-z])(?P<num>\d{{1,4}}){_S}{LP}{_S}(?P<year>(?:19[4-9]|20[0-4])\d){_S}{RP}(?!{_S}年)"
)
_CLOSE = rf"{_S}号{_S}(?:(?:等|及其后|和其后|以及其后)[^，。；、]{{0,8}}?)?决{_S}议"
#: Items with their years closed by ``号决议`` but missing the ``第``: ``重申 1267(1999)、1325(2000)号决议``;
#: or following the word ``决议``: ``决议 2231(2015)``. A bare ``9001 (2015)`` is not a citation.
BARE_GROUP = compile(
    rf"(?:(?<![\d/.\-A-Za-z第]){_S}(?P<items>(?P<item>{SC_ITEM_WITH_YEAR})(?:{SEPARATOR}(?P<item>{SC_ITEM_WITH_YEAR}))*)"
    rf"{_CLOSE})|(?:决议{_S}(?P<items>(?P<item>{SC_ITEM_WITH_YEAR})(?:{SEPARATOR}(?P<item>{SC_ITEM_WITH_YEAR}))*))"
)
#: An enumeration that is opened by ``第`` but never closed by ``号决议`` (a malformed citation).
UNCLOSED_GROUP = compile(rf"第{_S}{SC_ITEM_WITH_YEAR}(?:{SEPARATOR}{SC_ITEM_WITH_YEAR})+(?!{_S}号)")

#: What may follow a group and points into the cited resolution: ``第7和8段``, ``执行部分第4段``,
#: ``第3段(c)、(d)和(e)分段``, ``第3(a)(五)段``.
_ONE_PINPOINT = (
    rf"(?:执行部分|序言部分)?{_S}第{_S}[\d０-９][\d０-９\s()（）a-z、和及至与一二三四五六七八九十第]{{0,24}}?段"
    rf"(?:{_S}{LP}[a-z]{RP}(?:{_S}(?:、|和|及|至){_S}{LP}[a-z]{RP})*{_S}分段)?"
)
#: Both are matched at the end of a citation (``pattern.match(text, end)``), so they carry no ``^``.
PINPOINT = compile(rf"{_S}[)）]?{_S}(?:的)?{_ONE_PINPOINT}(?:{_S}(?:、|和|及|以及){_S}{_ONE_PINPOINT})*")
#: What may follow a group and makes it the name of a committee: ``号决议所设委员会``.
COMMITTEE_SUFFIX = compile(rf"{_S}(?:所设立?的?|设立的){_S}\S{{0,12}}?委员会")
#: How far the committee suffix is looked for (it is 20 characters long at most, spaces aside).
COMMITTEE_SUFFIX_MAX = 256
#: Punctuation that ends a clause: no pinpoint runs across it.
CLAUSE_END = compile("[，。；]")
#: A committee named by its resolution's number: ``1267 委员会``, ``1267/1989/2253 委员会``.
COMMITTEE_NAME = compile(
    rf"(?<![\d/.第\-])(?P<num>\d{{3,4}})(?:{_S}/{_S}(?P<more>\d{{3,4}}))*{_S}(?:制裁)?委员会"
)

#: Document symbols: ``S/RES/1373 (2001)``, ``A/RES/60/288``, ``S/2017/375``, ``S/PRST/2018/19``,
#: ``A/HRC/RES/23/17``, ``E/RES/2017/23``, with ``/Add.1``, ``/Corr.1``, ``/Rev.1``.
SYMBOL = compile(
    r"(?<![A-Za-z0-9/])(?P<symbol>(?:S|A|E|ST|UNEP|DP|TD|CRC|CCPR|CEDAW|CERD|CAT)"
    r"(?:/(?:ES-\d+|S-\d+|[A-Z][A-Za-z]*\.?\d*|\d+(?:\.\d+)?)){1,6}"
    r"(?:[ \u3000]*[(（]\d{4}[)）])?)"
)
#: The parts of a symbol that decide its type.
SC_RES_SYMBOL = compile(r"^S/RES/(?P<num>\d+)(?:\s*[(（](?P<year>\d{4})[)）])?$")
GA_RES_SYMBOL = compile(r"^A/RES/(?P<session>(?:ES-|S-)?\d+)/(?P<num>\d+)(?P<rest>.*)$")

#: References to this resolution's own paragraphs: ``第 7 段``, ``上文第1段``, ``本决议第12段``,
#: ``第 7 和 8 段``, ``第3(a)段``.
INTERNAL_REF = compile(
    rf"(?P<prefix>上文|下文|前文|本决议|以上|以下|序言部分|执行部分)?{_S}第{_S}"
    rf"(?P<list>[\d０-９]{{1,3}}(?:{_S}{LP}[a-z]{{1,2}}{RP})*(?:{_S}(?:、|和|及|至|-|—){_S}(?:第{_S})?"
    rf"[\d０-９]{{1,3}}(?:{_S}{LP}[a-z]{{1,2}}{RP})*)*){_S}段"
)
REF_NUMBER = compile(rf"(?P<n>[\d０-９]{{1,3}})(?P<sub>(?:{_S}{LP}[a-z]{{1,2}}{RP})*)")
#: Words just before ``第 N 段`` that make it point into another document, not this one.
FOREIGN_CONTEXT = compile(
    r"(?:号决议|决议|号文件|报告|附件|公约|其|该|议定书|宪章|条|章|声明)[^，。；]{0,4}$"
)

#: Organs whose ``第 X/Y 号决议`` are not General Assembly resolutions.
HRC_CONTEXT = compile(r"人权理事会[^，。；]{0,6}$")
ECOSOC_CONTEXT = compile(r"(?:经济及社会理事会|经社理事会)[^，。；]{0,6}$")
CHR_CONTEXT = compile(r"(?<!理事会)人权委员会[^，。；]{0,6}$")
GA_CONTEXT = compile(r"(?<!缔约国|成员国)大会[^，。；]{0,6}$")
#: Any other body right before ``第 N 号决议``: its resolutions are not UN documents we can name.
OTHER_BODY_CONTEXT = compile(r"(?:委员会|理事会|大会|会议)[ \t\u3000]*$")
SC_CONTEXT = compile(r"(?:安全理事会|安理会)[^，。；]{0,4}$")

#: What every match of a pattern the extractor runs over a whole paragraph contains: one of each group
#: of key characters. A paragraph that lacks a group is not searched with that pattern at all.
KEY_CHARACTERS: dict[regex.Pattern[str], tuple[tuple[str, ...], ...]] = {
    SYMBOL: (("/",),),
    GROUP: (("第",), ("号",), ("议",)),
    BARE_GROUP: (("议",), ("(", "（")),
    UNCLOSED_GROUP: (("第",), ("(", "（")),
    COMMITTEE_NAME: (("委员会",),),
    ITEM_WITH_YEAR_RE: (("(", "（"),),
    INTERNAL_REF: (("第",), ("段",)),
}

#: Links to UN documents: ``https://undocs.org/ch/S/RES/1373(2001)``, ``https://docs.un.org/zh/…``.
URL = compile(
    r"^https?://(?:www\.)?(?P<host>undocs\.org|docs\.un\.org|documents\.un\.org)/"
    r"(?:(?P<lang>ch|zh|en|fr|es|ru|ar|[a-z]{2})/)?(?P<symbol>[^?#]+)"
)
#: The year of a symbol as written (``1373（2001）``) and as a link writes it (``1373(2001)``).
WRITTEN_YEAR = compile(r"[ \u3000]*[(（](\d{4})[)）]")
URL_YEAR = compile(r"[ ]*\((\d{4})\)")
#: The year inside a citation's brackets, for the fix that replaces it.
YEAR_IN_BRACKETS = compile(r"(?<=[(（]\s*)\d{4}(?=\s*[)）])")
#: The number of a Security Council resolution's own symbol, and the year a symbol ends with.
OWN_NUMBER = compile(r"^S/RES/(\d+)")
SYMBOL_YEAR = compile(r"\((\d{4})\)$")
