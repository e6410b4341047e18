"""Renderings of ``refs``: JSON, CSV and a table, per citation or per cited document (``--unique``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Any

from resparse.model import Citation, Geometry, InternalRef, References
from resparse.render import Report, View
from resparse.render.console import captured
from resparse.render.json import Lazy, line, link_dict, pretty, span_dict

CSV_FIELDS = (
    "file",
    "symbol",
    "type",
    "number",
    "year",
    "year_source",
    "written_year",
    "text",
    "paragraph",
    "group",
    "role",
    "pinpoint",
    "line",
    "column",
    "end_line",
    "end_column",
    "url",
    "link",
    "date",
    "title",
    "organ",
)
UNIQUE_FIELDS = (
    "file",
    "symbol",
    "type",
    "number",
    "year",
    "date",
    "title",
    "count",
    "paragraphs",
    "url",
    "organ",
)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def citation_dict(citation: Citation, geometry: Geometry | None = None) -> dict[str, Any]:
    """A citation as JSON; in a PDF (``geometry``) with the page and rectangle it is printed in."""
    data: dict[str, Any] = {
        "symbol": citation.symbol,
        "type": citation.type,
        "organ": citation.organ,
        "organ_source": citation.organ_source,
        "number": citation.number,
        "year": citation.year,
        "year_source": citation.year_source,
        "written_year": citation.written_year,
        "text": citation.text,
        "paragraph": citation.paragraph,
        "group": citation.group,
        "role": citation.role,
        "form": citation.form,
        "pinpoint": citation.pinpoint,
        "url": citation.url,
        "link": None if citation.link is None else {"url": citation.link.url, "page": citation.link.page},
        "span": span_dict(citation.span),
    }
    if citation.session is not None:
        data["session"] = citation.session
    if citation.part is not None:
        data["part"] = citation.part
    if citation.defects:
        data["defects"] = list(citation.defects)
    if citation.date is not None or citation.title is not None:
        data["date"], data["title"] = citation.date, citation.title
    if citation.written_date is not None:
        data["written_date"] = citation.written_date
    placed = geometry.place(citation.span) if geometry is not None else None
    if placed is not None:
        data["page"], data["rect"] = placed.page, list(placed.rect)
    return data


def internal_ref_dict(ref: InternalRef) -> dict[str, Any]:
    return {"text": ref.text, "target": ref.target, "paragraph": ref.paragraph, "span": span_dict(ref.span)}


def unique(citations: Sequence[Citation]) -> list[dict[str, Any]]:
    """One row per cited document, in order of first citation, with count and citing paragraphs."""
    rows: dict[str, dict[str, Any]] = {}
    for c in citations:
        row = rows.setdefault(
            c.key,
            {
                "symbol": c.symbol,
                "type": c.type,
                "number": c.number,
                "year": c.year,
                "date": c.date,
                "title": c.title,
                "count": 0,
                "paragraphs": [],
                "url": c.url,
                "organ": c.organ,
            },
        )
        row["count"] += 1
        if c.paragraph and c.paragraph not in row["paragraphs"]:
            row["paragraphs"].append(c.paragraph)
    return list(rows.values())


def refs_dict(
    result: References, kind: str = "all", distinct: bool = False, citations: bool = True
) -> dict[str, Any]:
    """The ``refs`` object of one file; field names are part of the interface.

    ``citations=False`` leaves the citations to the caller (an empty list in their place).
    """
    cited = result.of_kind(kind)
    data: dict[str, Any] = {"file": result.document.file, "symbol": result.document.symbol}
    if distinct:
        data["documents"] = unique(cited)
    else:
        geometry = result.document.geometry
        data["citations"] = [citation_dict(c, geometry) for c in cited] if citations else []
    data["internal_refs"] = [internal_ref_dict(r) for r in result.internal_refs]
    data["unmatched_links"] = [link_dict(link) for link in result.unmatched_links]
    return data


def refs_json(report: Report[References]) -> Iterator[str]:
    view = report.view
    yield from pretty(Lazy(_lazy_refs_dict(r, view.kind, view.distinct) for r in report.results))
    yield "\n"


def _lazy_refs_dict(result: References, kind: str, distinct: bool) -> dict[str, Any]:
    """:func:`refs_dict`, its citations made as they are written."""
    data = refs_dict(result, kind, distinct=True) if distinct else refs_dict(result, kind, citations=False)
    if not distinct:
        geometry = result.document.geometry
        data["citations"] = Lazy(citation_dict(c, geometry) for c in result.of_kind(kind))
    return data


def refs_record(result: References, view: View) -> str:
    return line(refs_dict(result, view.kind, view.distinct))


def refs_csv(report: Report[References]) -> str:
    distinct = report.view.distinct
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=UNIQUE_FIELDS if distinct else CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for result in report.results:
        citations = result.of_kind(report.view.kind)
        if distinct:
            for row in unique(citations):
                writer.writerow(
                    {"file": result.document.file, **row, "paragraphs": " ".join(row["paragraphs"])}
                )
            continue
        for c in citations:
            writer.writerow(
                {
                    "file": result.document.file,
                    "symbol": c.symbol,
                    "type": c.type,
                    "number": c.number,
                    "year": c.year,
                    "year_source": c.year_source,
                    "written_year": c.written_year if c.written_year is not None else "",
                    "text": c.text,
                    "paragraph": c.paragraph,
                    "group": c.group,
                    "role": c.role,
                    "pinpoint": c.pinpoint,
                    "line": c.span.start.line,
                    "column": c.span.start.column,
                    "end_line": c.span.end.line,
                    "end_column": c.span.end.column,
                    "url": c.url,
                    "link": c.link.url if c.link else "",
                    "date": c.date or "",
                    "title": c.title or "",
                    "organ": c.organ or "",
                }
            )
    return out.getvalue()


def refs_table(report: Report[References]) -> str:
    """Citations (or cited documents) per file: a table on a terminal, plain rows when piped.

    A table squeezed to a pipe's 80 columns breaks symbols and links apart (``153/5(2/004/)``); piped,
    each citation is one line of tab-separated fields under a header, whole.
    """
    view = report.view
    if not view.terminal:
        return "".join(_plain(result, view.kind, view.distinct) for result in report.results)
    with captured() as console:
        for result in report.results:
            _table(result, console, view.kind, view.distinct)
    return console.text


def _rows(result: References, kind: str, distinct: bool) -> tuple[list[str], list[list[str]]]:
    """The columns and rows of one file's table: the link each citation resolves to, the hyperlink the
    document gives it, and the register's date and title when a full register was given."""
    citations = result.of_kind(kind)
    registered = any(c.date or c.title for c in citations)
    if distinct:
        columns = ["symbol", "count", "paragraphs", "url"]
        rows = [
            [
                row["symbol"] or f"({row['organ'] or 'unknown'}) {row['number']}",
                str(row["count"]),
                " ".join(row["paragraphs"]),
                row["url"] or "",
            ]
            + ([row["date"] or "", row["title"] or ""] if registered else [])
            for row in unique(citations)
        ]
    else:
        columns = ["symbol", "paragraph", "line:col", "as written", "url", "linked to"]
        rows = [
            [
                c.name,
                c.paragraph or "",
                f"{c.span.start.line}:{c.span.start.column}",
                c.text,
                c.url or "",
                c.link.url if c.link else "",
            ]
            + ([c.date or "", c.title or ""] if registered else [])
            for c in citations
        ]
    return columns + (["date", "title"] if registered else []), rows


def _summary(result: References, kind: str) -> str:
    citations = result.of_kind(kind)
    documents = len({c.key for c in citations})
    summary = f"{_count(len(citations), 'citation')} of {_count(documents, 'document')}"
    if result.internal_refs:
        summary += f", {_count(len(result.internal_refs), 'internal reference')}"
    if result.unmatched_links:
        summary += f", {_count(len(result.unmatched_links), 'unmatched link')}"
    return summary


def _plain(result: References, kind: str, distinct: bool) -> str:
    columns, rows = _rows(result, kind, distinct)
    lines = [f"# {result.document.file}", "\t".join(columns)]
    lines += ["\t".join(field.replace("\t", " ") for field in row) for row in rows]
    lines.append(f"# {_summary(result, kind)}")
    return "\n".join(lines) + "\n"


def _table(result: References, console: Any, kind: str, distinct: bool) -> None:
    from rich.table import Table

    columns, rows = _rows(result, kind, distinct)
    table = Table(title=result.document.file, expand=False)
    for column in columns:
        # Symbols and links stay whole: a symbol broken over lines misleads, a broken link cannot be clicked.
        whole = column in ("symbol", "url", "linked to", "line:col")
        table.add_column(column, overflow="fold", no_wrap=whole, min_width=None)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    console.print(_summary(result, kind))
