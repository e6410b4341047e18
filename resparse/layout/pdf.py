"""Lay out a PDF read from its geometry: what :mod:`resparse.readers.pdf` knew, not guessed.

The PDF's *text view* is the source: one line per printed line, a form feed before each page after
the first, so every span points at a page, line and column a user can see (:func:`text_view` gives
it; ``resparse.text_view(path)`` from a program). Paragraph starts, furniture, notes and markers
come from the reader; links carry the characters under their rectangles.
"""

from __future__ import annotations

from resparse.layout import footnotes
from resparse.layout.blocks import Layout
from resparse.layout.normalise import Found, artifact_kind, cut_markers, join_lines, on_line, with_notes
from resparse.layout.offsets import LineIndex, OffsetMap
from resparse.layout.rules import Line
from resparse.model import Artifact, Link, PagePlace, Span, make_span
from resparse.readers.pdf import PdfView


def text_view(view: PdfView) -> str:
    """The text a PDF's spans point into: its printed lines, ``\\f`` where a page begins."""
    return "\n".join(_rows(view))


def _rows(view: PdfView) -> list[str]:
    return [("\x0c" if feed else "") + line.text for line, feed in zip(view.lines, _feeds(view), strict=True)]


def _feeds(view: PdfView) -> list[int]:
    """For each row, the form feed it starts with (1 where a page begins, after the first): what its
    columns are shifted by in the view."""
    lines = view.lines
    return [1 if i and line.page != lines[i - 1].page else 0 for i, line in enumerate(lines)]


def from_pdf(view: PdfView) -> Layout:
    feeds = _feeds(view)
    rows = _rows(view)
    source = "\n".join(rows)
    index = LineIndex(source, rows)
    offsets = OffsetMap(index)
    text_lines: list[Line] = []
    starts: list[bool] = []
    line_page: dict[int, int] = {}
    found: list[tuple[Found, int]] = []  # artefacts with their pages
    at_text: dict[int, int] = {}  # view row → index in text_lines
    for row, (line, raw) in enumerate(zip(view.lines, rows, strict=True)):
        stripped = raw.strip(" \x0c")
        if not stripped:
            continue
        lead = raw.index(stripped[0])
        if line.kind in ("header", "footer"):
            kind = artifact_kind(stripped) or ("page-header" if line.kind == "header" else "page-footer")
            found.append(((kind, stripped, on_line(row, lead, len(stripped))), line.page))
            continue
        at_text[row] = len(text_lines)
        following = rows[row + 1].lstrip(" \x0c")[:1] if row + 1 < len(rows) else ""
        # In Latin text two words a line break parted ("and the" / "General Assembly") keep a space,
        # mapped to the break; a symbol cut there ("S/" / "PRST/2012/10") does not, nor a Latin word
        # that a Chinese line broke anywhere ("应对 CO" / "VID-19").
        latin = sum(char.isascii() for char in stripped) > 0.8 * len(stripped)
        spaced = (
            latin
            and stripped[-1].isascii()
            and stripped[-1].isalnum()
            and following.isascii()
            and following.isalnum()
        )
        end = index.starts[row] + len(raw) if spaced else -1
        text_lines.append(Line(row, index.starts[row] + lead, stripped, 0, end))
        starts.append(line.starts)
        line_page[row] = line.page
    notes = _notes(view, at_text, rows, feeds)
    marker_artifacts = cut_markers(text_lines, notes.markers, index.starts) if notes.markers else []
    in_notes = notes.note_lines()
    body = [
        (line, start)
        for i, (line, start) in enumerate(zip(text_lines, starts, strict=True))
        if i not in in_notes and line.content
    ]
    blocks, text = join_lines([line for line, _ in body], [start for _, start in body], line_page, offsets)
    if notes.notes:
        blocks, text = with_notes(blocks, text, text_lines, notes.notes, line_page, offsets)
    artifacts = [Artifact(kind, text_of, span, page) for (kind, text_of, span), page in found]
    artifacts += [
        Artifact(kind, text_of, span, line_page.get(span.start.line - 1, 1))
        for kind, text_of, span in marker_artifacts
    ]
    artifacts.sort(key=lambda artifact: artifact.span.start)
    links = [
        Link(
            link.url,
            make_span(
                link.line + 1,
                link.start + 1 + feeds[link.line],
                link.line + 1,
                link.end + 1 + feeds[link.line],
            ),
            view.lines[link.line].page,
            view.lines[link.line].text[link.start : link.end],
        )
        for link in view.links
    ]
    links.sort(key=lambda link: link.span.start)  # annotations come in any order: read them in the text's
    breaks = tuple(row + 1 for row, feed in enumerate(feeds) if feed)
    layout = Layout(text, offsets, blocks, links, artifacts, max(view.pages, 1), breaks)
    layout.geometry = PdfGeometry(view, feeds)
    return layout


class PdfGeometry:
    """Where each character of a PDF's text view is printed: for a span, its page and rectangle."""

    __slots__ = ("_lines", "_shift")

    def __init__(self, view: PdfView, feeds: list[int]) -> None:
        self._lines = view.lines
        self._shift = feeds  # a row that opens a page starts with a form feed: columns one further on

    def place(self, span: Span) -> PagePlace | None:
        first = span.start.line - 1
        if not 0 <= first < len(self._lines):
            return None
        page = self._lines[first].page
        boxes = []
        for row in range(first, min(span.end.line, len(self._lines))):
            line = self._lines[row]
            if line.page != page or not line.lefts:
                continue
            start = span.start.column - 1 - self._shift[row] if row == first else 0
            end = span.end.column - 1 - self._shift[row] if row == span.end.line - 1 else len(line.lefts)
            start, end = max(start, 0), min(end, len(line.lefts))
            if start < end:
                boxes.append((min(line.lefts[start:end]), line.bottom, max(line.rights[start:end]), line.top))
        if not boxes:
            return None
        left, bottom, right, top = zip(*boxes, strict=True)
        return PagePlace(page, (min(left), min(bottom), max(right), max(top)))


def _notes(view: PdfView, at_text: dict[int, int], rows: list[str], feeds: list[int]) -> footnotes.Footnotes:
    """The notes the reader found (each from its numbered line to the next), and the body's markers
    that refer to them, in :mod:`resparse.layout.footnotes`'s terms."""
    notes: list[footnotes.Note] = []
    current: list[int] = []
    number = 0
    for row, line in enumerate(view.lines):
        if row not in at_text:
            continue
        if line.kind == "note" and line.note is not None:
            if current:
                notes.append(footnotes.Note(number, tuple(current)))
            number, current = line.note, [at_text[row]]
        elif line.kind == "note" and current:
            current.append(at_text[row])
        elif line.kind != "note" and current:
            notes.append(footnotes.Note(number, tuple(current)))
            current = []
    if current:
        notes.append(footnotes.Note(number, tuple(current)))
    markers = []
    for row, line in enumerate(view.lines):
        if row not in at_text or line.kind != "body":
            continue
        shift = len(rows[row]) - len(rows[row].lstrip(" \x0c")) - feeds[row]  # the text's own lead
        for start, end in line.markers:
            digits = line.text[start:end]
            markers.append(footnotes.Marker(int(digits), at_text[row], start - shift, end - shift))
    return footnotes.Footnotes(tuple(notes), tuple(markers))
