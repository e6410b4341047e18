"""JSON renderings of the model (``split --format json`` and the building blocks other renderers reuse)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from resparse.grammar.structure import document_kind
from resparse.model import Document, Link, Paragraph, Span
from resparse.render import Report, View


def span_dict(span: Span | None) -> dict[str, dict[str, int]] | None:
    return span.to_dict() if span else None


def paragraph_dict(paragraph: Paragraph) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": paragraph.id,
        "kind": paragraph.kind,
        "number": paragraph.number,
        "phrase": paragraph.phrase,
        "text": paragraph.text,
        "span": span_dict(paragraph.span),
        "page": paragraph.page,
    }
    if paragraph.parent is not None:
        data["parent"] = paragraph.parent
    if paragraph.label is not None:
        data["label"] = paragraph.label
    return data


def link_dict(link: Link) -> dict[str, Any]:
    data: dict[str, Any] = {"url": link.url, "page": link.page, "span": span_dict(link.span)}
    if link.text is not None:
        data["text"] = link.text
    if link.paragraph is not None:
        data["paragraph"] = link.paragraph
    return data


def document_dict(document: Document, paragraphs: bool = True) -> dict[str, Any]:
    """The ``split`` object for one file; field names are part of the interface.

    ``paragraphs=False`` leaves the paragraphs to the caller (an empty list in their place).
    """
    cover = document.cover
    return {
        "file": document.file,
        "symbol": document.symbol,
        "language": document.language,
        "cover": None
        if cover is None
        else {
            "text": cover.text,
            "symbol": cover.symbol,
            "title": cover.title,
            "adoption": cover.adoption,
            "date": cover.date,
            "span": span_dict(cover.span),
        },
        "formula": None
        if document.formula is None
        else {
            "text": document.formula.text,
            "organ": document.formula.organ,
            "span": span_dict(document.formula.span),
        },
        "organ": document.organ,
        "kind": document_kind(document.symbol),
        "parts": [
            {
                "letter": part.letter,
                "formula": None if part.formula is None else part.formula.text,
                "span": span_dict(part.span),
            }
            for part in document.parts
        ],
        "format": document.format,
        "paragraphs": [_with_source_line(paragraph_dict(p), p, document) for p in document.paragraphs]
        if paragraphs
        else [],
        "links": [link_dict(link) for link in document.links],
        "artifacts": [
            {"kind": a.kind, "text": a.text, "page": a.page, "span": span_dict(a.span)}
            for a in document.artifacts
        ],
        "pages": document.pages,
        "diagnostics": [
            {"code": d.code, "level": d.level, "message": d.message, "span": span_dict(d.span)}
            for d in document.diagnostics
        ],
    }


def _with_source_line(data: dict[str, Any], paragraph: Paragraph, document: Document) -> dict[str, Any]:
    """For a rich format, the line of the paragraph's element in the file, beside its text-view span."""
    lines = document.source_lines
    if lines and paragraph.span.start.line <= len(lines) and lines[paragraph.span.start.line - 1] is not None:
        data["source_line"] = lines[paragraph.span.start.line - 1]
    return data


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def line(data: Any) -> str:
    """One JSON object on one line (``jsonl``)."""
    return json.dumps(data, ensure_ascii=False)


class Lazy:
    """A list written item by item, each made just before it is written (see :func:`pretty`)."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=2)


def pretty(value: Any, level: int = 0) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, in pieces, making :class:`Lazy` lists as it goes.

    A document of 700,000 paragraphs is written without holding 700,000 dictionaries, nor the whole
    text, in memory. The pieces join to exactly what ``json.dumps`` writes.
    """
    pad = "  " * (level + 1)
    if isinstance(value, Lazy):
        first = True
        for item in value.items:
            yield ("[\n" if first else ",\n") + pad
            yield from pretty(item, level + 1)
            first = False
        yield "[]" if first else "\n" + "  " * level + "]"
    elif isinstance(value, dict) and value and _holds_lazy(value):
        for i, (key, item) in enumerate(value.items()):
            yield ("{\n" if i == 0 else ",\n") + pad + _ENCODER.encode(key) + ": "
            yield from pretty(item, level + 1)
        yield "\n" + "  " * level + "}"
    elif isinstance(value, list) and value and _holds_lazy(value):
        yield from pretty(Lazy(value), level)
    else:
        # json escapes line ends inside strings: every line end of the text is one of its layout.
        yield _ENCODER.encode(value).replace("\n", "\n" + "  " * level)


def _holds_lazy(value: Any) -> bool:
    if isinstance(value, Lazy):
        return True
    if isinstance(value, dict):
        return any(_holds_lazy(item) for item in value.values())
    if isinstance(value, list):
        return any(_holds_lazy(item) for item in value)
    return False


def lazy_document_dict(document: Document) -> dict[str, Any]:
    """:func:`document_dict`, its paragraphs made as they are written."""
    data = document_dict(document, paragraphs=False)
    data["paragraphs"] = Lazy(_with_source_line(paragraph_dict(p), p, document) for p in document.paragraphs)
    return data


def split_json(report: Report[Document]) -> Iterator[str]:
    if not report.results and report.failures:
        return  # nothing was read: the errors say why
    yield from pretty(Lazy(lazy_document_dict(d) for d in report.results))
    yield "\n"


def split_record(document: Document, view: View) -> str:
    return line(document_dict(document))
