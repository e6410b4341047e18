"""What the readers of rich formats (Word, HTML, Akoma Ntoso) produce, and how they parse safely.

A rich document is read as a sequence of text blocks, one per paragraph of the original, each with the
hyperlinks inside it and, when the markup says so, what the block is (a hint for segmentation). The
blocks are laid out as a *text view* — block ``n`` on line ``n`` — so spans of rich documents read as
"paragraph ``n``, character ``c``" and every stage after reading works the same on every format.

Files are untrusted: XML is parsed without DTDs, external entities or network access, entity
declarations are refused outright (billion laughs), and size limits bound time and memory.
"""

from __future__ import annotations

from typing import NamedTuple

from resparse.errors import InputError
from resparse.grammar.chars import is_cjk
from resparse.model import Hint

#: The largest XML part read (after decompression, for Word); real resolutions are well under 1 MB.
MAX_XML_BYTES = 32 * 1024 * 1024


class BlockLink(NamedTuple):
    """A hyperlink inside a block: ``text[start:end]`` is what it is anchored on."""

    url: str
    start: int
    end: int

    def shifted(self, by: int) -> BlockLink:
        """The same link in a text that gained ``by`` characters in front (a label put before it)."""
        return BlockLink(self.url, self.start + by, self.end + by)


class RichBlock(NamedTuple):
    """One paragraph of a rich document, its links, and what its markup says it is."""

    text: str
    hint: Hint | None = None
    links: tuple[BlockLink, ...] = ()
    source_line: int | None = None  # the line of the element in the XML / HTML file
    #: Where each character of ``text`` is in the file (a character offset, ``-1`` when not known); empty
    #: for a format whose file has no lines to point at (a Word document is a zip archive).
    origins: tuple[int, ...] = ()


class RichText(NamedTuple):
    """A document read from a rich format."""

    name: str
    format: str  # "docx" | "html" | "akn"
    blocks: tuple[RichBlock, ...]
    language: str | None = None
    #: The file as text, when the blocks' origins point into it.
    source: str | None = None


def xml_parser(html: bool = False):
    """An lxml parser that resolves no entities, loads no DTD and never touches the network."""
    from lxml import etree

    if html:
        from lxml import html as lxml_html

        return lxml_html.HTMLParser(  # type: ignore[call-arg]  # the stubs lack default_doctype
            no_network=True, remove_comments=True, remove_pis=True, default_doctype=False
        )
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, name: str, what: str = "XML"):
    """Parse untrusted XML bytes into an lxml tree, or raise :class:`InputError` with the reason."""
    from lxml import etree

    if len(data) > MAX_XML_BYTES:
        raise InputError(f"{name}: {what} part too large ({len(data)} bytes)")
    head = data[:4096].lower()
    if b"<!entity" in data.lower() or (b"<!doctype" in head and b"[" in head[head.find(b"<!doctype") :]):
        raise InputError(
            f"{name}: {what} declares entities (a DTD); refused, as it could expand without bound"
        )
    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: malformed {what} ({exc.msg if hasattr(exc, 'msg') else exc})") from None


#: A piece of a block's text: the text, the link it is under, and where its first character is in the
#: file (a character offset), when that is known.
TextPiece = tuple[str, str | None, int | None]


def text_and_links(pieces: list[TextPiece]) -> tuple[str, tuple[BlockLink, ...], tuple[int, ...]]:
    """Join pieces into clean block text, its links, and where each of its characters is in the file.

    White space from pretty-printing is folded: runs become one space, a space between two Chinese
    characters goes, the ends are stripped. Pieces with the same href that touch (or are separated by
    white space only) make one link, as when a link's text is split over several ``<a>`` elements.
    The origins are one file offset per character of the text (``-1`` where it is not known), or
    none at all when no piece knows where it is.
    """
    kept: list[tuple[str, str | None, int]] = []
    for text, href, origin in pieces:
        for k, c in enumerate(text):
            at = origin + k if origin is not None else -1
            if c.isspace() or c == "\u00a0":
                if kept and kept[-1][0] != " ":
                    kept.append((" ", href, at))
                continue
            if kept and kept[-1][0] == " " and len(kept) > 1 and is_cjk(kept[-2][0]) and is_cjk(c):
                kept.pop()
            if kept and kept[-1][0] == " " and href and len(kept) > 1 and kept[-2][1] == href:
                kept[-1] = (" ", href, kept[-1][2])
            kept.append((c, href, at))
    while kept and kept[-1][0] == " ":
        kept.pop()
    text = "".join(c for c, _, _ in kept)
    links: list[BlockLink] = []
    for i, (_, href, _) in enumerate(kept):
        if not href:
            continue
        if links and links[-1].url == href and links[-1].end == i:
            links[-1] = BlockLink(href, links[-1].start, i + 1)
        else:
            links.append(BlockLink(href, i, i + 1))
    known = any(origin is not None for _, _, origin in pieces)
    return text, tuple(links), tuple(at for _, _, at in kept) if known else ()
