"""The library API: what other programs import. The command line only wraps these functions."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from resparse.citations.extract import extract
from resparse.citations.register import Register
from resparse.errors import InputError
from resparse.layout import normalise
from resparse.links import attach
from resparse.model import Citation, Document, InternalRef, Link
from resparse.readers.text import SourceText, decode, read_text

__all__ = ["References", "parse", "parse_source", "parse_text", "read_text", "refs"]
from resparse.segment import segment


def parse(source: str | os.PathLike[str], *, encoding: str | None = None) -> Document:
    """Parse a resolution from a path (``-`` for stdin) or from the text itself.

    A :class:`pathlib.Path` is always a path. A string is a path when it names an existing file (or is
    ``-``); otherwise, it is taken as the text of a resolution.
    """
    if isinstance(source, os.PathLike) or source == "-" or _names_file(source):
        return parse_source(read_text(source, encoding))
    return parse_text(source)


def parse_text(text: str, name: str = "<text>") -> Document:
    """Parse the text of a resolution given as a string."""
    if not text.strip():
        raise InputError(f"{name}: empty text")
    return parse_source(decode(text.encode("utf-8"), name, "utf-8"))


def parse_source(source: SourceText) -> Document:
    """Run the pipeline on decoded text: normalise → segment."""
    layout = normalise(source.text)
    structure = segment(layout)
    symbol = structure.cover.symbol if structure.cover else None
    return Document(
        file=source.name,
        language=_language(source.text),
        text=layout.text,
        paragraphs=tuple(structure.paragraphs),
        links=tuple(layout.links),
        artifacts=tuple(layout.artifacts),
        formula=structure.formula,
        cover=structure.cover,
        symbol=symbol,
        pages=layout.pages,
        page_breaks=layout.page_breaks,
        diagnostics=tuple(structure.diagnostics),
        source_map=layout.offsets,
    )


def _names_file(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    try:
        return Path(text).is_file()
    except OSError:
        return False


def _language(text: str) -> str:
    sample = text[:4000]
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    return "zh" if han >= 0.1 * max(1, sum(1 for c in sample if not c.isspace())) else "en"


@dataclass(frozen=True, slots=True)
class References:
    """What ``refs`` reports for one document."""

    document: Document
    citations: tuple[Citation, ...]
    internal_refs: tuple[InternalRef, ...]
    unmatched_links: tuple[Link, ...]


def refs(
    document: Document,
    *,
    register: Register | None = None,
    link_style: str = "undocs",
    lang: str | None = None,
) -> References:
    """Find, resolve and link every citation of ``document``."""
    found = extract(document, register, link_style=link_style, lang=lang)
    attached = attach(document, found.citations)
    return References(document, attached.citations, tuple(found.internal_refs), attached.unmatched)
