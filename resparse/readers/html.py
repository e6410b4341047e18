"""Read HTML: one block per leaf block element (``<p>``, ``<li>``, headings, table cells …), ``<a href>``
as links. Scripts, styles and comments are dropped; nothing is fetched."""

from __future__ import annotations

from resparse.errors import InputError
from resparse.readers.markup import MAX_XML_BYTES, RichBlock, RichText, text_and_links, xml_parser
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
    text = decode(data, name, encoding).text
    try:
        root = lxml_html.document_fromstring(text, parser=xml_parser(html=True))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: cannot parse as HTML ({exc})") from None
    blocks: list[RichBlock] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in BLOCKS or _inside_dropped(el):
            continue
        if any(isinstance(d.tag, str) and d.tag in BLOCKS for d in el.iterdescendants()):
            continue  # only leaf blocks: an outer <div> is read through its children
        pieces: list[tuple[str, str | None]] = []
        _pieces(el, None, pieces, top=True)
        block_text, links = text_and_links(pieces)
        if block_text:
            blocks.append(RichBlock(block_text, None, links, el.sourceline))
    lang = root.get("lang") or ""
    return RichText(name=name, format="html", blocks=blocks, language="zh" if lang.startswith("zh") else None)


def _inside_dropped(el) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _DROP for a in el.iterancestors())


def _pieces(el, href: str | None, out: list[tuple[str, str | None]], top: bool = False) -> None:
    if not isinstance(el.tag, str) or el.tag in _DROP:
        if not top and el.tail:
            out.append((el.tail, href))
        return
    current = el.get("href") if el.tag == "a" and el.get("href") else href
    if el.tag == "br":
        out.append((" ", href))
    if el.text:
        out.append((el.text, current))
    for child in el:
        _pieces(child, current, out)
    if not top and el.tail:
        out.append((el.tail, href))
