"""The document model: the value objects every pipeline stage passes on.

Every object that stands for a piece of the input carries a :class:`Span` into the *original* file
(1-based line, 1-based column counted in Unicode code points, end exclusive), so that a finding can
point at the exact place the user sees in their editor.

The values are named tuples: immutable for real (a stage makes a changed copy with ``_replace``, never
an assignment), hashable, picklable, and cheap. A corpus run makes millions of them and a pre-commit
hook pays for defining their classes at every start: a frozen dataclass costs four times as much to
make as a named tuple (it sets each field through ``object.__setattr__``), and defining one costs four
times as much too. What a named tuple adds — it is also a tuple — is not used by any stage.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal, NamedTuple, Protocol

ParagraphKind = Literal[
    "preambular", "operative", "subparagraph", "heading", "annex", "annex-paragraph", "footnote"
]
ArtifactKind = Literal[
    "page-header",
    "page-number",
    "job-number",
    "url",
    "cover",
    "barcode",
    "directive",
    "markup",
    "footnote-marker",
    "footnote-number",
    "page-footer",
]
HintKind = Literal[
    "cover", "formula", "preambular", "operative", "subparagraph", "heading", "paragraph", "annex", "footnote"
]
Level = Literal["note", "warning", "error"]
CitationType = Literal[
    "sc-resolution",
    "ga-resolution",
    "hrc-resolution",
    "ecosoc-resolution",
    "resolution",
    "decision",
    "document",
]


class Position(NamedTuple):
    """A place in the original file: 1-based line, 1-based column in code points."""

    line: int
    column: int


class Span(NamedTuple):
    """A stretch of the original file; ``end`` is exclusive."""

    start: Position
    end: Position

    def to_dict(self) -> dict[str, dict[str, int]]:
        start, end = self.start, self.end
        return {
            "start": {"line": start.line, "column": start.column},
            "end": {"line": end.line, "column": end.column},
        }


_new = tuple.__new__


def make_span(start_line: int, start_column: int, end_line: int, end_column: int) -> Span:
    """``Span(Position(…), Position(…))``, made the fast way: a span is made for every paragraph,
    citation and page artefact, and the tuples are built directly, not through the Python-level
    constructor a named tuple calls."""
    return _new(Span, (_new(Position, (start_line, start_column)), _new(Position, (end_line, end_column))))


class SourceMap(Protocol):
    """How a document's normalised text maps back to its source (see :mod:`resparse.layout.offsets`)."""

    def span(self, start: int, end: int) -> Span:
        """The source span of normalised ``[start, end)``."""
        ...

    def source_offset(self, clean: int) -> int:
        """The source offset of the normalised character at ``clean``."""
        ...

    def source_offsets(self, start: int, end: int) -> list[int]:
        """Source offsets of every normalised character in ``[start, end)``."""
        ...

    def offset_of(self, position: Position) -> int:
        """The source offset of a position in the source."""
        ...


class Link(NamedTuple):
    """A hyperlink the document carries (a bare URL line under a PDF page, an ``<a href>``)."""

    url: str
    span: Span
    page: int | None = None
    text: str | None = None
    paragraph: str | None = None


class Artifact(NamedTuple):
    """Layout that is not text of the resolution: page headers, page numbers, URL lists, directives."""

    kind: ArtifactKind
    text: str
    span: Span
    page: int | None = None


class Hint(NamedTuple):
    """What the markup of a rich format says a block is.

    ``kind``: ``cover``, ``formula``, ``preambular``, ``operative``, ``subparagraph``, ``heading``,
    ``paragraph`` (an unnumbered main-body paragraph), ``annex`` or ``footnote``. ``depth`` is the
    nesting of a sub-paragraph (1 under an operative paragraph, 2 under a sub-paragraph …).
    """

    kind: HintKind
    number: str | None = None
    depth: int = 0
    #: The number label as written at the start of the block text (``"1."`` for number ``"1"``).
    label: str | None = None


class Paragraph(NamedTuple):
    """One structural unit: preambular or operative paragraph, sub-paragraph, heading, annex, footnote."""

    id: str
    kind: ParagraphKind
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


class Cover(NamedTuple):
    """The block above the enacting formula: symbol, title and adoption line, when present."""

    text: str
    span: Span
    symbol: str | None = None
    title: str | None = None
    adoption: str | None = None
    #: The adoption date the adoption line gives, as ``YYYY-MM-DD``.
    date: str | None = None


class Formula(NamedTuple):
    """The enacting formula (``安全理事会，``)."""

    text: str
    span: Span
    organ: str


class Part(NamedTuple):
    """One of the resolutions adopted under one number (``75/101 A`` and ``B``), each with its own
    enacting formula, preamble and operative paragraphs; their paragraph ids start with the letter
    (``B.OP3``)."""

    letter: str
    formula: Formula | None
    span: Span
    title: str | None = None


class Counterpart(NamedTuple):
    """Where a finding of ``resparse compare`` stands in the other text: its file, span there, and the
    words around it (so that both texts can be shown side by side)."""

    file: str
    span: Span
    excerpt: str


class Diagnostic(NamedTuple):
    """A finding: something odd a parse worked around, or a rule of the linter that fired.

    ``fix`` is a replacement for the text under ``span``, given only when it is certain.
    """

    code: str
    message: str
    span: Span | None = None
    level: Level = "warning"
    name: str | None = None
    paragraph: str | None = None
    file: str | None = None
    fix: str | None = None
    #: For a rich format, the line in the file (XML, HTML) of the paragraph ``span`` points into.
    source_line: int | None = None
    #: For a rich format read with positions: where ``span`` is in the file itself.
    source_span: Span | None = None
    #: For a PDF: the page ``span`` starts on (the span counts lines of the PDF's text view), and the
    #: rectangle it is printed in there (PDF points: left, bottom, right, top).
    page: int | None = None
    rect: tuple[float, float, float, float] | None = None
    #: For a comparison of a translation: the place in the original that the finding is about.
    counterpart: Counterpart | None = None


class PagePlace(NamedTuple):
    """Where a span is printed in a PDF: its page, and the rectangle around it in PDF points
    (left, bottom, right, top; the origin at the page's lower left), for a viewer to highlight."""

    page: int
    rect: tuple[float, float, float, float]


class Geometry(Protocol):
    """How a PDF's text view maps to the printed page (see :mod:`resparse.layout.pdf`)."""

    def place(self, span: Span) -> PagePlace | None:
        """The page and rectangle of ``span`` (its first page's part, when it runs over a page)."""
        ...


class Document(NamedTuple):
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
    #: The organ that adopted the document (``sc``, ``ga``, ``hrc``, ``ecosoc``), from its enacting
    #: formula or its cover: it decides how a citation that names no body is read.
    organ: str | None = None
    #: The parts of a resolution adopted in parts within one text (``A/RES/75/101 A-B``), in order.
    parts: tuple[Part, ...] = ()
    #: How ``text`` maps back to the source; not part of the value (equality and hash leave it out).
    source_map: SourceMap | None = None
    #: For a rich format whose spans count its text view: how ``text`` maps to lines and columns of the
    #: file itself (the XML), when that is known. Not part of the value either.
    file_map: SourceMap | None = None
    #: For a PDF: where each span of its text view is printed. Not part of the value either.
    geometry: Geometry | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and self[:-3] == other[:-3]

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self[:-3])

    def __repr__(self) -> str:
        return f"Document(file={self.file!r}, paragraphs={len(self.paragraphs)}, symbol={self.symbol!r})"

    def page_at(self, line: int) -> int:
        """The page that line ``line`` of the original file is on."""
        return bisect_right(self.page_breaks, line) + 1

    def span_of(self, start: int, end: int) -> Span:
        """The span in the original file of ``text[start:end]``."""
        if self.source_map is None:
            raise ValueError(f"{self.file}: this document carries no source map")
        return self.source_map.span(start, end)

    def in_file(self, span: Span) -> Span | None:
        """Where a span of the text view is in the file itself (a rich format read with positions)."""
        if self.file_map is None or self.source_map is None:
            return None
        start, end = self.source_map.offset_of(span.start), self.source_map.offset_of(span.end)
        return self.file_map.span(start, end)

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.id == paragraph_id), None)


class Citation(NamedTuple):
    """A document cited by the resolution, resolved to its canonical symbol.

    ``text`` is the citation as written (for an item of an enumeration, that item); ``span`` covers it
    in the original file, whatever line breaks it crossed. ``group`` numbers the enumeration it belongs
    to (all items of one ``第……号决议`` share it). ``organ`` is the body that adopted the cited text
    (``ga``, ``sc``, ``hrc``, ``ecosoc``, ``chr``, ``unea``, ``other``). ``symbol`` is ``None`` where
    that body's symbols cannot be named (a conference of the parties, a commission, a number the
    text does not attribute to any body): no symbol is guessed.
    """

    symbol: str | None
    type: CitationType
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
    organ: str | None = None
    #: The date the text writes with the citation (``2021年12月16日第76/136号``), as ``YYYY-MM-DD``.
    written_date: str | None = None
    #: How the body that adopted it is known: ``text`` (named, or told by the number's form),
    #: ``document`` (none named: the citing document's own organ), ``link`` (none named, and the
    #: document's own hyperlink on it names the body).
    organ_source: str | None = None

    @property
    def key(self) -> str:
        """What tells cited documents apart: the symbol, or for a citation without one, its body and the
        number as written (``other 51/2``)."""
        return self.symbol or f"{self.organ or 'unknown'} {self.text}"

    @property
    def name(self) -> str:
        """The symbol, or what stands for it where none can be named: ``(other) 51/2``."""
        return self.symbol or f"({self.organ or 'unknown'}) {self.text}"

    def with_link(self, link: Link | None) -> Citation:
        """This citation with ``link`` attached (field by field, cheaper than ``_replace`` on a hot path)."""
        return Citation(
            self.symbol,
            self.type,
            self.text,
            self.span,
            self.paragraph,
            self.group,
            self.number,
            self.year,
            self.year_source,
            self.written_year,
            self.session,
            self.part,
            self.role,
            self.form,
            self.pinpoint,
            self.url,
            link,
            self.extent,
            self.defects,
            self.date,
            self.title,
            self.organ,
            self.written_date,
            self.organ_source,
        )


class InternalRef(NamedTuple):
    """A reference to one of this resolution's own paragraphs (``上文第 7 段``)."""

    text: str
    target: str
    span: Span
    paragraph: str | None
    extent: tuple[int, int] = (0, 0)


class Findings(NamedTuple):
    """The linter's findings for one file, sorted by position, and the language of their messages."""

    file: str
    findings: tuple[Diagnostic, ...]
    lang: str = "en"


#: The ``--type`` of citations a command can be limited to, and the citation type each stands for.
CITATION_KINDS: dict[str, CitationType | None] = {
    "sc": "sc-resolution",
    "ga": "ga-resolution",
    "hrc": "hrc-resolution",
    "ecosoc": "ecosoc-resolution",
    "resolution": "resolution",
    "decision": "decision",
    "document": "document",
    "all": None,
}


class References(NamedTuple):
    """What ``refs`` reports for one document: its citations, internal references and stray links."""

    document: Document
    citations: tuple[Citation, ...]
    internal_refs: tuple[InternalRef, ...]
    unmatched_links: tuple[Link, ...]

    def of_kind(self, kind: str = "all") -> list[Citation]:
        """The citations of one kind (a key of :data:`CITATION_KINDS`: ``sc``, ``ga``, ``hrc`` … ``all``)."""
        wanted = CITATION_KINDS.get(kind)
        return [c for c in self.citations if wanted is None or c.type == wanted]


class Node(NamedTuple):
    """A document of a citation network: in the corpus (a citing file) or only cited."""

    id: str
    type: str
    year: int | None
    in_corpus: bool


class Edge(NamedTuple):
    """Citations from one document to another: how many, and from which paragraphs."""

    source: str
    target: str
    citations: int
    paragraphs: tuple[str, ...]


class Network(NamedTuple):
    """The citation network of a corpus, in the order its documents were first seen."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
