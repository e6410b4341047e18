"""The document model: frozen value objects that every pipeline stage passes on.

Every object that stands for a piece of the input carries a :class:`Span` into the *original* file
(1-based line, 1-based column counted in Unicode code points, end exclusive), so that a finding can
point at the exact place the user sees in their editor.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A place in the original file: 1-based line, 1-based column in code points."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original file; ``end`` is exclusive."""

    start: Position
    end: Position

    def to_dict(self) -> dict[str, dict[str, int]]:
        start, end = self.start, self.end
        return {
            "start": {"line": start.line, "column": start.column},
            "end": {"line": end.line, "column": end.column},
        }


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink the document carries (a bare URL line under a PDF page, an ``<a href>``)."""

    url: str
    span: Span
    page: int | None = None
    text: str | None = None
    paragraph: str | None = None


@dataclass(frozen=True, slots=True)
class Artifact:
    """Layout that is not text of the resolution: page headers, page numbers, URL lists, cover lines."""

    kind: str  # "page-header" | "page-number" | "job-number" | "url" | "cover" | "barcode"
    text: str
    span: Span
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One structural unit: formula, preambular or operative paragraph, sub-paragraph, heading, annex."""

    id: str
    kind: str  # "preambular" | "operative" | "subparagraph" | "heading" | "annex" | "annex-paragraph"
    number: str | None
    text: str
    span: Span
    phrase: str | None = None
    parent: str | None = None
    page: int | None = None
    #: Offset of ``text`` in :attr:`Document.text`, so later stages can map text offsets back.
    offset: int = 0
    #: The number label exactly as written (``"1."``, ``"(a)"``), or ``None``.
    label: str | None = None
    #: The whole paragraph, label included, as ``[start, end)`` offsets in :attr:`Document.text`.
    extent: tuple[int, int] = (0, 0)


@dataclass(frozen=True, slots=True)
class Cover:
    """The block above the enacting formula: symbol, title and adoption line, when present."""

    text: str
    span: Span
    symbol: str | None = None
    title: str | None = None
    adoption: str | None = None


@dataclass(frozen=True, slots=True)
class Formula:
    """The enacting formula (``安全理事会，``)."""

    text: str
    span: Span
    organ: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding: something odd a parse worked around, or a rule of the linter that fired.

    ``fix`` is a replacement for the text under ``span``, given only when it is certain.
    """

    code: str
    message: str
    span: Span | None = None
    level: str = "warning"  # "error" | "warning" | "note"
    name: str | None = None
    paragraph: str | None = None
    file: str | None = None
    fix: str | None = None
    #: For a rich format, the line in the file (XML, HTML) of the paragraph ``span`` points into.
    source_line: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed resolution.

    ``text`` is the normalised text (layout removed, one logical block per line); paragraph ``offset``
    values index into it and :meth:`span_of` maps any stretch of it back to the original file.
    """

    file: str
    language: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    links: tuple[Link, ...] = ()
    artifacts: tuple[Artifact, ...] = ()
    formula: Formula | None = None
    cover: Cover | None = None
    symbol: str | None = None
    pages: int = 1
    diagnostics: tuple[Diagnostic, ...] = ()
    #: The first line of each page after the first (1-based), for placing anything on its page.
    page_breaks: tuple[int, ...] = ()
    #: ``text`` for plain text; ``docx``, ``html`` or ``akn`` for a rich format, whose spans count lines
    #: of its text view (block ``n`` on line ``n``) and whose ``source_lines`` give each block's XML line.
    format: str = "text"
    source_lines: tuple[int | None, ...] = ()
    source_map: Any = field(default=None, repr=False, compare=False)

    def page_at(self, line: int) -> int:
        """The page that line ``line`` of the original file is on."""
        return bisect_right(self.page_breaks, line) + 1

    def span_of(self, start: int, end: int) -> Span:
        """The span in the original file of ``text[start:end]``."""
        return self.source_map.span(start, end)

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.id == paragraph_id), None)


@dataclass(frozen=True, slots=True)
class Citation:
    """A document cited by the resolution, resolved to its canonical symbol.

    ``text`` is the citation as written (for an item of an enumeration, that item); ``span`` covers it
    in the original file, whatever line breaks it crossed. ``group`` numbers the enumeration it belongs
    to (all items of one ``第……号决议`` share it).
    """

    symbol: str
    type: str  # "sc-resolution" | "ga-resolution" | "document"
    text: str
    span: Span
    paragraph: str | None
    group: int
    number: int | None = None
    year: int | None = None
    year_source: str | None = None  # "text" | "register" | None
    written_year: int | None = None
    session: str | None = None
    part: str | None = None
    role: str = "citation"  # "citation" | "committee"
    form: str = "resolution"  # "resolution" | "symbol" | "committee-name"
    pinpoint: str | None = None
    url: str | None = None
    link: Link | None = None
    #: ``[start, end)`` of ``text`` in :attr:`Document.text`.
    extent: tuple[int, int] = (0, 0)
    #: Problems in how the citation is written (mixed widths, unbalanced brackets, unclosed list).
    defects: tuple[str, ...] = ()
    #: Adoption date and title, when a full register was given.
    date: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class InternalRef:
    """A reference to one of this resolution's own paragraphs (``上文第 7 段``)."""

    text: str
    target: str
    span: Span
    paragraph: str | None
    extent: tuple[int, int] = (0, 0)
