"""Patterns of the file formats themselves: line ends, control characters, HTML charsets, Word field
codes, Akoma Ntoso numbers and identifiers, and what a file name looks like."""

from __future__ import annotations

import re

import regex

from resparse.grammar.compiled import compile

LINE_END = compile(r"\r\n?")
#: Control characters no text file holds (tab, line feed, form feed and carriage return aside). The
#: standard library's engine scans a whole file for one character class twice as fast as ``regex``.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
HAN = compile(r"\p{Han}")
HAN_RUN = compile(r"[\u4e00-\u9fff]+")
WHITESPACE = compile(r"\s+")
#: A number of two digits or more, as a text writes it (what two translations of a paragraph share).
NUMBER_RUN = compile(r"\d{2,}")

#: A string that names a file (``parse("draft.txt")``) rather than being the text of a resolution.
PATH_LIKE = compile(r"^[\w.~:/\\ -]*[\w-]\.(?:txt|md|docx|html?|xhtml|xml|akn)$", regex.IGNORECASE)

#: The charset a web page declares in its ``<meta>``.
HTML_CHARSET = compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]{2,20})""", regex.IGNORECASE)
#: A Word ``HYPERLINK "…"`` field instruction.
HYPERLINK_FIELD = compile(r'HYPERLINK\s+"(?P<url>[^"]+)"')
#: A number label in the text of an Akoma Ntoso block that should have had a ``<num>``: ``10.\t期待``.
NUMBER_IN_TEXT = compile(r"^(?P<n>\d{1,3})(?:[.．][ \t]*|\t)(?=\S)")
#: An operative lead-in standing as the preamble's last block: ``决定：``, ``正式决定，对于2021年：``.
LEAD_IN = compile(r"^(?:正式|又|还)?决定(?:[，,][^，。；]{0,20})?[：:]$")
#: An Akoma Ntoso ``<num>`` of an operative paragraph (``1.``, ``１``).
NUMERIC_NUM = compile(r"^\s*[\d０-９]+\s*[.．]?\s*$")

#: A Security Council resolution symbol, for its FRBR identifiers.
SC_SYMBOL = compile(r"^S/RES/(?P<number>\d+)\s*\((?P<year>\d{4})\)$")
#: The ASCII part of a label that an eId can carry (``(a)`` → ``a``).
ASCII_LABEL = compile(r"[A-Za-z0-9]+")
#: What a file name's slug in an FRBR URI cannot carry.
NOT_ASCII_WORD = compile(r"[^A-Za-z0-9]+")
#: Characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF): dropped from the output.
NOT_XML = compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
