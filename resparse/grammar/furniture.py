"""Page furniture: what a PDF extraction or a word processor puts around the text of a resolution.

Each pattern matches a whole line: a bare link line, a running header, a job number, a page number, an
inline suppression directive, Markdown markup around a line.
"""

from __future__ import annotations

from resparse.grammar.compiled import compile

#: The first characters page furniture and Markdown can start with (URLs, symbols, page and job numbers,
#: barcodes, directives): a line starting with anything else is text.
FURNITURE_STARTS = frozenset("hHSAE0123456789*<#")

#: A bare link line; some hrefs carry a space (``…/S/RES/2471 (2019)``), none carry Chinese text.
URL_LINE = compile(r"^\s*(?P<url>https?://[^\s\p{Han}]+(?: [^\s\p{Han}]+)*)\s*$")
PAGE_NUMBER = compile(r"^\s*(?P<n>\d{1,3})\s*/\s*(?P<total>\d{1,3})\s*$")
#: The document's symbol at the top of each page: ``S/RES/2395 (2017)``, ``A/RES/75/101 A-B``,
#: ``A/HRC/RES/57/1``, ``E/RES/2023/1``.
_RESOLUTION_SYMBOL = (
    r"(?:[SA]/RES/\d+\s*[(（]\d{4}[)）]|A/(?:HRC/)?RES/(?:E?S-)?\d+/\d+(?:\s*[A-Z]{1,2}(?:-[A-Z]{1,2})?)?"
    r"|E/RES/\d{4}/\d+(?:\s*[A-Z])?)"
)
RUNNING_HEADER = compile(rf"^\s*(?P<symbol>{_RESOLUTION_SYMBOL})\s*$")
#: The last character of any footer line (a job number's ``(C)``, a barcode's ``*``, a digit).
FOOTER_ENDINGS = frozenset(")）*0123456789")
FOOTER_LINE = compile(
    rf"^\s*(?:(?:\d{{2}}-\d{{5}}(?:\s*\([A-Z]\))?|\*\d{{6,}}\*|\d{{1,3}}\s*/\s*\d{{1,3}}"
    rf"|{_RESOLUTION_SYMBOL})\s*)+$"
)

#: An inline suppression: ``<!-- resparse: ignore RS202 -->`` or ``# resparse: ignore RS202, RS104``;
#: without codes, every rule.
DIRECTIVE = compile(
    r"^\s*(?:<!--\s*resparse:\s*ignore(?:\s+(?P<codes>[A-Za-z0-9, ]+?))?\s*-->|#\s*resparse:\s*ignore"
    r"(?:\s+(?P<codes>[A-Za-z0-9, ]+?))?)\s*$"
)

#: The first line of a footnote: its number, then its text (``1 第70/1号决议。``).
FOOTNOTE_START = compile(r"^(?P<n>[0-9]{1,3})[ \t\u3000]+(?=\S)")
#: A number and the ``号`` after it, with the gap between them: how a text spaces its numbers.
NUMBER_BEFORE_HAO = compile(r"\d( ?)号")
#: After a marker printed against a number (``第39/172 号``): the space, then what follows an item.
MARKER_AFTER_NUMBER = compile(r"[ \t]+(?:号|、|和|及)")
#: Characters a footnote marker does not follow (``第1段``, ``A/75/240``) or precede (``1段``, ``9月``).
NOT_BEFORE_MARKER = frozenset(
    "第/.-\u2011+共逾达至每近" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
NOT_AFTER_MARKER = frozenset(
    "段号年月日届次条款项章节个名%％点岁天周倍亿万千百十．.：:/(（)）-\u2011至到余多"
    "份件起例篇页卷期批轮座所架艘人国家种类时分秒位元美"
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
#: What a number is read with when a PDF extraction spaces it out (``8 月 3 日``, ``第 3 段``): after
#: such a number and its space, no footnote marker (``公约 1 所体现`` is one: ``所`` is no unit here).
UNIT_AFTER_SPACED_NUMBER = frozenset("段号年月日届次条款项章节个名%％点岁天周倍亿万千百十余多至到卷期页")
#: The date of issue on a cover, in English: ``1 August 2022``.
COVER_DATE = compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")
