"""Page furniture: what a PDF extraction or a word processor puts around the text of a resolution.

Each pattern matches a whole line: a bare link line, a running header, a job number, a page number, an
inline suppression directive, Markdown markup around a line.
"""

from __future__ import annotations

from resparse.grammar.compiled import compile

#: The first characters page furniture and Markdown can start with (URLs, symbols, page and job numbers,
#: barcodes, directives): a line starting with anything else is text.
FURNITURE_STARTS = frozenset("hHSA0123456789*<#")

#: A bare link line; some hrefs carry a space (``…/S/RES/2471 (2019)``), none carry Chinese text.
URL_LINE = compile(r"^\s*(?P<url>https?://[^\s\p{Han}]+(?: [^\s\p{Han}]+)*)\s*$")
PAGE_NUMBER = compile(r"^\s*(?P<n>\d{1,3})\s*/\s*(?P<total>\d{1,3})\s*$")
RUNNING_HEADER = compile(r"^\s*(?P<symbol>[SA]/RES/\d+\s*[(（]\d{4}[)）])\s*$")
#: The last character of any footer line (a job number's ``(C)``, a barcode's ``*``, a digit).
FOOTER_ENDINGS = frozenset(")）*0123456789")
FOOTER_LINE = compile(
    r"^\s*(?:(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?|\*\d{6,}\*|\d{1,3}\s*/\s*\d{1,3}"
    r"|[SA]/RES/\d+\s*[(（]\d{4}[)）])\s*)+$"
)

#: An inline suppression: ``<!-- resparse: ignore RS202 -->`` or ``# resparse: ignore RS202, RS104``;
#: without codes, every rule.
DIRECTIVE = compile(
    r"^\s*(?:<!--\s*resparse:\s*ignore(?:\s+(?P<codes>[A-Za-z0-9, ]+?))?\s*-->|#\s*resparse:\s*ignore"
    r"(?:\s+(?P<codes>[A-Za-z0-9, ]+?))?)\s*$"
)
