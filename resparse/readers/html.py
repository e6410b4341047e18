"""Read HTML: one block per leaf block element (``<p>``, ``<li>``, headings, table cells …), ``<a href>``
as links. Scripts, styles and comments are dropped; nothing is fetched."""

from __future__ import annotations

from typing import Any

from resparse.errors import InputError
from resparse.grammar.formats import HTML_CHARSET
from resparse.readers.markup import MAX_XML_BYTES, RichBlock, RichText, TextPiece, text_and_links, xml_parser
from resparse.readers.positions import MarkupText
from resparse.readers.text import decode

BLOCKS = {
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "blockquote",
    "dd",
    "dt",
    "pre",
    "td",
    "th",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "address",
    "figcaption",
    "center",
}
_DROP = {"script", "style", "noscript", "template", "head", "title"}


def read_html(data: bytes, name: str, encoding: str | None = None) -> RichText:
    from lxml import etree
    from lxml import html as lxml_html

    if len(data) > MAX_XML_BYTES:
        raise InputError(f"{name}: HTML file too large ({len(data)} bytes)")
    text = decode(data, name, encoding or _declared_charset(data)).text
    try:
        root = lxml_html.document_fromstring(text, parser=xml_parser(html=True))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: cannot parse as HTML ({exc})") from None
    walker = _Walker(MarkupText(text))
    body = root.find("body")
    walker.walk(body if body is not None else root)
    walker.flush()
    lang = root.get("lang") or ""
    return RichText(
        name=name,
        format="html",
        blocks=tuple(walker.blocks),
        language="zh" if lang.startswith("zh") else None,
        source=text,
    )


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its ``<meta>``, when it decodes the page cleanly."""
    m = HTML_CHARSET.search(data[:4096])
    if not m:
        return None
    charset = m.group(1).decode("ascii").lower()
    try:
        data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return charset


class _Walker:
    """Every piece of text ends up in a block: a block element or a ``<br>`` closes the current one.

    Text that sits directly in a ``<div>`` or ``<body>`` between child blocks (``<div>安全理事会，<p>…``)
    is a block of its own, as is the lead-in of a list item that holds a nested list.
    """

    def __init__(self, positions: MarkupText) -> None:
        self.blocks: list[RichBlock] = []
        self.pieces: list[TextPiece] = []
        self.line: int | None = None
        self.positions = positions
        #: Inside ``<pre>``, a line end ends a block: preformatted text (LibreOffice's export of a .txt
        #: file) keeps its lines, one paragraph each.
        self.preformatted = 0

    def flush(self) -> None:
        block_text, links, origins = text_and_links(self.pieces)
        if block_text:
            self.blocks.append(RichBlock(block_text, None, links, self.line, origins))
        self.pieces, self.line = [], None

    def add(self, text: str | None, href: str | None, line: int | None) -> None:
        if not text:
            return
        chunks = self.positions.chunks(text) or [(text, -1)]
        for piece, origin in chunks:
            lines = piece.split("\n") if self.preformatted else [piece]
            for i, part in enumerate(lines):
                if i:
                    self.flush()
                    line = line + 1 if line is not None else None
                    origin += len(lines[i - 1]) + 1
                if self.line is None and part.strip():
                    self.line = line
                if part:
                    self.pieces.append((part, href, origin if origin >= 0 else None))

    def walk(self, el: Any, href: str | None = None) -> None:
        if not isinstance(el.tag, str) or el.tag in _DROP:
            return
        block = el.tag in BLOCKS or el.tag in ("ul", "ol", "table", "tr", "body", "html", "dl")
        if block or el.tag == "br":
            self.flush()
        self.preformatted += el.tag == "pre"
        current = el.get("href") if el.tag == "a" and el.get("href") else href
        self.add(el.text, current, el.sourceline)
        for child in el:
            self.walk(child, current)
            self.add(child.tail, current, getattr(child, "sourceline", None))
        self.preformatted -= el.tag == "pre"
        if block:
            self.flush()
