"""The library API: what other programs import. The command line only wraps these functions.

``parse``/``load`` read a resolution into a :class:`~resparse.model.Document` (read → normalise →
segment), ``refs`` finds, resolves and links its citations, ``check`` lints it.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from resparse.citations.extract import extract
from resparse.citations.link import attach
from resparse.citations.register import Register
from resparse.errors import InputError
from resparse.grammar.formats import HAN_RUN, PATH_LIKE, WHITESPACE
from resparse.layout import Layout, from_rich, normalise
from resparse.model import Diagnostic, Document, Link, References
from resparse.readers.text import SourceText, decode, read_bytes, read_text
from resparse.structure import Structure, segment
from resparse.structure.pieces import organ_of

if TYPE_CHECKING:  # only rich formats build these; plain text never imports the readers
    from resparse.checks import Selection
    from resparse.readers.markup import RichText
    from resparse.readers.pdf import PdfView

__all__ = [
    "INPUT_FORMATS",
    "check",
    "input_format_of",
    "load",
    "parse",
    "parse_markdown",
    "parse_rich",
    "parse_source",
    "parse_text",
    "read_text",
    "refs",
    "text_view",
]

INPUT_FORMATS = ("text", "markdown", "docx", "html", "akn", "pdf")
_SUFFIXES = {
    ".pdf": "pdf",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "akn",
    ".akn": "akn",
}


def parse(
    source: str | bytes | os.PathLike[str], *, encoding: str | None = None, max_bytes: int | None = None
) -> Document:
    """Parse a resolution from a path (``-`` for stdin), from its text, or from its bytes.

    A :class:`pathlib.Path` is always a path. A string is a path when it names an existing file (or is
    ``-``, or looks like a file name); otherwise, it is taken as the text of a resolution. Bytes are
    decoded as a file's would be (``encoding`` forces one).
    """
    if isinstance(source, bytes):
        return parse_source(decode(source, "<bytes>", encoding))
    if not isinstance(source, str | os.PathLike):
        raise TypeError(
            f"parse() takes a path, the text of a resolution or its bytes, not {type(source).__name__}"
        )
    if isinstance(source, os.PathLike) or source == "-" or _names_file(source):
        return load(source, encoding=encoding, max_bytes=max_bytes)
    return parse_text(source)


def parse_text(text: str, name: str = "<text>") -> Document:
    """Parse the text of a resolution given as a string."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: empty text")
    return parse_source(decode(text.encode("utf-8"), name, "utf-8"))


def input_format_of(name: str | os.PathLike[str]) -> str:
    """The reader a file name calls for, by its extension (plain text when unknown)."""
    return _SUFFIXES.get(Path(str(name)).suffix.lower(), "text")


def load(
    source: str | os.PathLike[str],
    *,
    input_format: str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> Document:
    """Read and parse a file of any supported format (``-`` for stdin, plain text unless told).

    At most ``max_bytes`` are read (:data:`resparse.readers.text.MAX_BYTES` unless told); only a
    regular file (or stdin) is read at all.
    """
    fmt = input_format or ("text" if str(source) == "-" else input_format_of(source))
    if fmt == "text":
        return parse_source(read_text(source, encoding, max_bytes))
    if fmt == "markdown":
        return parse_markdown(read_text(source, encoding, max_bytes))
    name, data = read_bytes(source, max_bytes)
    if not data:
        raise InputError(f"{name}: empty file")
    if fmt == "docx":
        from resparse.readers.docx import read_docx

        return parse_rich(read_docx(data, name))
    if fmt == "html":
        from resparse.readers.html import read_html

        return parse_rich(read_html(data, name, encoding))
    if fmt == "akn":
        from resparse.readers.akn import read_akn

        return parse_rich(read_akn(data, name))
    if fmt == "pdf":
        from resparse.readers.pdf import read_pdf

        return parse_pdf(read_pdf(data, name))
    raise InputError(f"{name}: unknown input format {fmt!r} (one of {', '.join(INPUT_FORMATS)})")


def parse_source(source: SourceText) -> Document:
    """Run the pipeline on decoded text: normalise → segment."""
    layout = normalise(source.text)
    return _document(source.name, _language(source.text), layout, segment(layout), "text")


def parse_markdown(source: SourceText) -> Document:
    """Run the pipeline on a Markdown file: its text without the markup → normalise → segment.

    Spans point into the ``.md`` file, as for plain text.
    """
    from resparse.layout import from_markdown
    from resparse.readers.markdown import read_markdown

    layout = from_markdown(read_markdown(source.text), source.text)
    structure = segment(layout)
    return _document(
        source.name,
        _language(layout.text),
        layout,
        structure,
        "markdown",
        links=_in_paragraphs(layout, structure),
    )


def text_view(source: str | os.PathLike[str], *, max_bytes: int | None = None) -> str:
    """The text view of a PDF: its printed lines in reading order, a form feed before each page after
    the first. A PDF's findings and spans count lines and columns of this text."""
    from resparse.layout.pdf import text_view as view_of
    from resparse.readers.pdf import read_pdf

    name, data = read_bytes(source, max_bytes)
    return view_of(read_pdf(data, name))


def parse_pdf(view: PdfView) -> Document:
    """Run the pipeline on a PDF read from its geometry: its text view → segment.

    Spans point into the text view (:func:`resparse.layout.pdf.text_view`): one line per printed
    line, a form feed where a page begins.
    """
    from resparse.layout.pdf import from_pdf

    layout = from_pdf(view)
    return _document(view.name, _language(layout.text), layout, segment(layout), "pdf")


def parse_rich(rich: RichText) -> Document:
    """Run the pipeline on a document read from a rich format: its blocks → segment."""
    if not any(block.text.strip() for block in rich.blocks):
        raise InputError(f"{rich.name}: no text in this {rich.format} document")
    layout = from_rich(rich)
    structure = segment(layout)
    return _document(
        rich.name,
        rich.language or _language(layout.text),
        layout,
        structure,
        rich.format,
        links=_in_paragraphs(layout, structure),
        source_lines=tuple(block.source_line for block in rich.blocks),
    )


def _document(
    name: str,
    language: str,
    layout: Layout,
    structure: Structure,
    fmt: str,
    links: Sequence[Link] | None = None,
    source_lines: tuple[int | None, ...] = (),
) -> Document:
    return Document(
        file=name,
        language=language,
        text=layout.text,
        paragraphs=tuple(structure.paragraphs),
        links=tuple(layout.links if links is None else links),
        artifacts=tuple(layout.artifacts),
        formula=structure.formula,
        cover=structure.cover,
        symbol=structure.cover.symbol if structure.cover else None,
        pages=layout.pages,
        page_breaks=layout.page_breaks,
        diagnostics=tuple(structure.diagnostics),
        format=fmt,
        source_lines=source_lines,
        organ=structure.organ or organ_of(structure.formula, structure.cover),
        parts=tuple(structure.parts),
        source_map=layout.offsets,
        file_map=layout.file_map,
        geometry=layout.geometry,
    )


def _in_paragraphs(layout: Layout, structure: Structure) -> list[Link]:
    """Give each link of a rich document the id of the paragraph its text is in."""
    # Paragraphs never overlap: the one holding an offset is the last that starts at or before it.
    extents = sorted((p.extent, p.id) for p in structure.paragraphs)
    starts = [start for (start, _), _ in extents]
    out = []
    for link in layout.links:
        if link.text is None:  # a URL line under a page: it knows its page, not its paragraph
            out.append(link)
            continue
        offset = layout.offsets.clean_offset(layout.offsets.offset_of(link.span.start))
        i = bisect_right(starts, offset) - 1
        owner = extents[i][1] if i >= 0 and offset < extents[i][0][1] else None
        out.append(Link(link.url, link.span, link.page, link.text, owner))
    return out


#: White space to Python, not to the patterns: the only difference between ``str.split()`` and ``\s``.
_NOT_REGEX_SPACE = "\x1c\x1d\x1e\x1f"


def _names_file(text: str) -> bool:
    """Whether a string given to :func:`parse` is a path: an existing file, or one that looks like a path.

    A mistyped file name must not be parsed as the text of a resolution.
    """
    if "\n" in text or len(text) > 4096 or not text.strip():
        return False
    try:
        if Path(text).is_file() or Path(text).is_dir():
            return True
    except OSError:
        return False
    return bool(PATH_LIKE.match(text))


def _language(text: str) -> str:
    """Chinese when at least a tenth of the first characters are ideographs (enough of them that a
    cover in English and a page of link lines do not decide)."""
    sample = text[:4000]
    han = sum(map(len, HAN_RUN.findall(sample)))  # runs, not characters: one string per run
    if han >= 0.1 * len(sample):
        return "zh"  # a tenth of all the characters, so of the visible ones too: no need to count those
    if not any(char in sample for char in _NOT_REGEX_SPACE):  # then Python's white space is ``\s``
        visible = sum(map(len, sample.split()))
    else:
        visible = len(WHITESPACE.sub("", sample))
    return "zh" if han >= 0.1 * max(1, visible) else "en"


def refs(
    document: Document | str | os.PathLike[str],
    *,
    register: Register | None = None,
    link_style: str = "undocs",
    lang: str | None = None,
) -> References:
    """Find, resolve and link every citation of ``document`` (a parsed document, or a path to parse).

    ``register`` dates and names Security Council resolutions (the package's own year table unless
    given); ``link_style`` is ``undocs`` or ``docs``; ``lang`` the language of the links (``zh``, ``en``,
    ``fr``, ``es``, ``ru``, ``ar``; default: the document's).
    """
    document = _document_of(document, "refs")
    if register is not None and not isinstance(register, Register):
        raise TypeError(f"register must be a resparse.Register, not {type(register).__name__}")
    found = extract(document, register, link_style=link_style, lang=lang)
    attached = attach(document, found.citations)
    return References(document, attached.citations, tuple(found.internal_refs), attached.unmatched)


def compare(
    chinese: Document | str | os.PathLike[str],
    english: Document | str | os.PathLike[str],
    *,
    register: Register | None = None,
) -> list[Diagnostic]:
    """The Chinese text against its English original: paragraphs aligned, then each pair compared —
    numbering, citations, years, enumeration order, dates, sums and paragraph references (RS501–RS531;
    see :mod:`resparse.checks.compare`). The findings are the Chinese file's, each naming its place in
    the English one."""
    from resparse.checks.compare import compare as compare_texts

    zh, en = _document_of(chinese, "compare"), _document_of(english, "compare")
    return compare_texts(refs(zh, register=register), refs(en, register=register))


def pair_translations(
    paths: Sequence[str | os.PathLike[str]],
) -> tuple[list[tuple[Document, Document]], list[Document]]:
    """The Chinese and English documents among ``paths`` paired by the symbol on their covers
    (``S/RES/2546 (2020)`` with ``S/RES/2546 (2020)``), in the order of the Chinese files; and the
    documents left without a counterpart (or without a symbol to pair them by)."""
    from resparse.citations.resolve import document_key

    by_symbol: dict[str, dict[str, Document]] = {}
    alone: list[Document] = []
    for path in paths:
        document = parse(path)
        key = document_key(document.symbol)
        side = "en" if document.language == "en" else "zh"
        if key is None or side in by_symbol.setdefault(key, {}):
            alone.append(document)  # no symbol, or a second file of one symbol and language
        else:
            by_symbol[key][side] = document
    pairs = []
    for sides in by_symbol.values():
        if "zh" in sides and "en" in sides:
            pairs.append((sides["zh"], sides["en"]))
        else:
            alone += sides.values()
    return pairs, alone


def _document_of(given: object, function: str) -> Document:
    if isinstance(given, Document):
        return given
    if isinstance(given, str | os.PathLike):
        return parse(given)
    raise TypeError(f"{function}() takes a Document (or a path to one), not {type(given).__name__}")


def check(
    references: References | Document | str | os.PathLike[str],
    *,
    register: Register | None = None,
    lang: str = "en",
    selection: Selection | None = None,
    file_ignores: Sequence[str] = (),
) -> list[Diagnostic]:
    """Lint one document: what :func:`refs` returns, a parsed document, or a path (parsed here).

    ``lang`` is the language of the messages (``en`` or ``zh``); ``selection`` which rules are kept.
    """
    from resparse.checks import check as run_checks

    if not isinstance(references, References):
        references = refs(_document_of(references, "check"), register=register)
    return run_checks(
        references, register=register, lang=lang, selection=selection, file_ignores=file_ignores
    )
