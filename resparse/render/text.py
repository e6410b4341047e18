"""The readable view of ``split``: a rich table on a terminal, plain text when piped."""

from __future__ import annotations

from typing import Any

from resparse.model import Document, Span
from resparse.render import Report
from resparse.render.console import captured


def _where(span: Span) -> str:
    return f"{span.start.line}:{span.start.column}"


def split_text(report: Report[Document]) -> str:
    if report.view.terminal:
        with captured() as console:
            for document in report.results:
                split_rich(document, console)
        return console.text
    return "".join(split_plain(document) + "\n" for document in report.results)


def split_plain(document: Document) -> str:
    """One line per structural unit: id, kind, position, text; indentation shows nesting."""
    out = [
        f"# {document.file}"
        + (f" — {document.symbol}" if document.symbol else "")
        + f" ({document.pages} page{'s' if document.pages != 1 else ''})"
    ]
    width = max([8, *(len(p.id) for p in document.paragraphs)])
    if document.cover:
        cover = document.cover.text.replace("\n", " / ")
        out.append(f"{'cover':<{width}} {_where(document.cover.span):>8}  {cover}")
    if document.formula:
        out.append(f"{'formula':<{width}} {_where(document.formula.span):>8}  {document.formula.text}")
    for p in document.paragraphs:
        depth = p.id.count("(") + p.id.count("[") + sum(1 for c in p.id if "㈠" <= c <= "㈩")
        indent = "  " * depth if p.kind == "subparagraph" else ""
        label = f"{p.label} " if p.label else ""
        out.append(f"{p.id:<{width}} {_where(p.span):>8}  {indent}{label}{p.text}")
    if document.links:
        out.append(f"links: {len(document.links)}")
    for d in document.diagnostics:
        out.append(f"note: {d.message}")
    return "\n".join(out)


def split_rich(document: Document, console: Any) -> None:
    """Render ``split`` as a rich table on ``console``."""
    from rich.table import Table

    title = document.file + (f" — {document.symbol}" if document.symbol else "")
    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("id", style="bold cyan", no_wrap=True)
    table.add_column("kind", style="magenta", no_wrap=True)
    table.add_column("at", style="dim", no_wrap=True)
    table.add_column("phrase", style="green", no_wrap=True)
    table.add_column("text", overflow="fold")
    if document.formula:
        table.add_row("formula", "formula", _where(document.formula.span), "", document.formula.text)
    for p in document.paragraphs:
        table.add_row(p.id, p.kind, _where(p.span), p.phrase or "", p.text)
    console.print(table)
    console.print(
        f"[dim]{len(document.paragraphs)} paragraphs, {len(document.links)} links, {document.pages} pages[/]"
    )
