"""JSON renderings of the model (``split --format json`` and the building blocks other renderers reuse)."""

from __future__ import annotations

import json
from typing import Any

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


def document_dict(document: Document) -> dict[str, Any]:
    """The ``split`` object for one file; field names are part of the interface."""
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
            "span": span_dict(cover.span),
        },
        "formula": None
        if document.formula is None
        else {
            "text": document.formula.text,
            "organ": document.formula.organ,
            "span": span_dict(document.formula.span),
        },
        "format": document.format,
        "paragraphs": [_with_source_line(paragraph_dict(p), p, document) for p in document.paragraphs],
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


def split_json(report: Report[Document]) -> str:
    if not report.results and report.failures:
        return ""  # nothing was read: the errors say why
    return dumps([document_dict(d) for d in report.results]) + "\n"


def split_record(document: Document, view: View) -> str:
    return line(document_dict(document))
