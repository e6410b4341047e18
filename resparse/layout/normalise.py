"""Walk the lines of a text (or the blocks of a rich format) into blocks, keeping a map back to the source.

The input is a list of physical lines. Out come *blocks* — one per logical paragraph, lines joined —
laid end to end (separated by ``\\n``) in a normalised text, with an :class:`~resparse.offsets.OffsetMap`
back to the original, plus the page artefacts that were taken out (URL lines, running headers, page
numbers) and the page each block starts on.

Which line starts a new block is decided from evidence the document itself gives, not from one fixed
layout: PDF text (every line followed by a blank line, paragraphs marked by a one-space indent, a new
page starting with one extra space), hard-wrapped text with blank lines between paragraphs, and one
paragraph per line as Word exports it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from resparse.grammar import furniture, structure
from resparse.grammar.chars import INVISIBLE, LINE_SPACE, is_cjk
from resparse.layout import footnotes
from resparse.layout.blocks import Block, Layout
from resparse.layout.offsets import LineIndex, OffsetMap
from resparse.layout.rules import Line, Rules
from resparse.model import Artifact, ArtifactKind, Hint, Link, Span, make_span

if TYPE_CHECKING:  # only rich formats build these; plain text never imports the readers
    from resparse.readers.markdown import MarkdownText
    from resparse.readers.markup import RichText

#: Furniture only a printed page carries.
_PRINTED_FURNITURE = frozenset(("job-number", "page-header", "page-number"))
#: A piece of furniture found on a line, made into an :class:`Artifact` once its page is known.
Found = tuple[ArtifactKind, str, Span]


def normalise(source: str) -> Layout:
    """Split ``source`` (line ends already ``\\n``) into blocks and artefacts."""
    raw_lines = source.split("\n")
    feeds_mark_pages = "\x0c" in source
    index = LineIndex(source, raw_lines)
    offsets = OffsetMap(index)
    cover_end = _cover_end(raw_lines)
    page_numbers = _page_number_lines(raw_lines, feeds_mark_pages)
    text_lines: list[Line] = []
    # (kind, text, span): made into Artifact and Link objects once the pages are known.
    found: list[Found] = []
    previous_kind = "start"
    opens_with_one = False  # a text line may be note 1: only then can there be footnotes
    pending_page = False
    page = 1
    line_page: dict[int, int] = {}
    starts = index.starts
    furniture_starts = furniture.FURNITURE_STARTS
    for number, raw in enumerate(raw_lines):
        if not raw:  # every other line of a PDF extraction
            if previous_kind != "artifact":
                previous_kind = "blank"
            continue
        stripped = raw.strip(LINE_SPACE)
        if not stripped:
            previous_kind = "blank" if previous_kind != "artifact" else "artifact"
            if "\x0c" in raw:
                pending_page = True
            continue
        first = stripped[0]
        # The content starts at its first character (the margin before it is white space only).
        lead = raw.index(first) if raw[0] != first else 0
        kind = None
        if first in furniture_starts and (number >= cover_end or furniture.DIRECTIVE.match(stripped)):
            kind = artifact_kind(stripped, number in page_numbers)
        if kind:
            found.append((kind, stripped, on_line(number, lead, len(stripped))))
            if kind == "directive":
                continue  # an instruction to the linter: neither text nor a page boundary
            previous_kind = "artifact"
            # Furniture between text lines is a page break, unless form feeds mark the pages
            # (pdftotext puts a page number where it stood, among the notes).
            pending_page = pending_page or (bool(text_lines) and (not feeds_mark_pages or "\x0c" in raw))
            continue
        start = starts[number]
        tail = lead + len(stripped)
        feeds = raw.count("\x0c", 0, lead) if lead and feeds_mark_pages else 0
        if lead and not raw[:lead].isascii():  # invisible marks in the margin are no indent
            feeds += sum(raw.count(mark, 0, lead) for mark in INVISIBLE)
        line = Line(  # positional: this runs for every line of every file
            number,
            start + lead,
            stripped,
            lead - feeds,
            start + tail if tail < len(raw) else -1,
            previous_kind == "blank",
            previous_kind == "text",
            previous_kind == "artifact",
            pending_page or feeds > 0,
        )
        if line.form_feed and text_lines:
            page += 1
            line.page_start = True
        pending_page = False
        line_page[number] = page
        text_lines.append(line)
        opens_with_one = opens_with_one or (first == "1" and footnotes.may_open_note_one(stripped))
        previous_kind = "text"
    # Page furniture says the text was printed: its lines were wrapped at the printed width.
    furnished = any(kind in _PRINTED_FURNITURE for kind, _, _ in found)
    rules = Rules(text_lines, furnished)
    # Text out of a PDF: a blank line after every line (its notes can hide the style, see below).
    printed = rules.style == "pdf" or rules.double_spaced
    if printed:
        _repaginate(text_lines, line_page, rules.double_spaced)
    # Or with its pages marked by form feeds (pdftotext), whatever its lines show.
    printed = printed or page > 1
    notes = footnotes.find(text_lines, line_page, printed, rules.cover) if opens_with_one else footnotes.NONE
    body_lines = text_lines
    if notes.notes:
        found += cut_markers(text_lines, notes.markers, starts)
        found += _number_lines(text_lines, notes.notes, starts)
        found.sort(key=lambda artifact: artifact[2].start)
        in_notes = notes.note_lines()
        # A line that held nothing but a marker is gone with it.
        body_lines = [line for i, line in enumerate(text_lines) if i not in in_notes and line.content]
        rules = Rules(body_lines, furnished)  # read off the text alone: a page of short notes is no paragraph
    blocks, text = join_lines(body_lines, rules.starts(body_lines), line_page, offsets)
    if notes.notes:
        blocks, text = with_notes(blocks, text, text_lines, notes.notes, line_page, offsets)
    artifacts = _on_pages(found, line_page)
    links = [Link(a.text, a.span, a.page) for a in artifacts if a.kind == "url"]
    pages = max(line_page.values(), default=1)
    breaks: list[int] = []
    last_page = 1
    for number, page in line_page.items():  # in line order: lines were added in order
        if page != last_page:
            breaks.append(number + 1)
            last_page = page
    return Layout(text, offsets, blocks, links, artifacts, pages, tuple(breaks))


def from_rich(rich: RichText) -> Layout:
    """Lay out the blocks of a rich document as its text view: block ``n`` on line ``n``."""
    view = "\n".join(block.text for block in rich.blocks)
    index = LineIndex(view)
    offsets = OffsetMap(index)
    # Where the view's characters are in the file itself (the XML), for findings an editor can open.
    in_file = OffsetMap(LineIndex(rich.source)) if rich.source is not None else None
    blocks: list[Block] = []
    links: list[Link] = []
    for number, rich_block in enumerate(rich.blocks):
        start = index.starts[number]
        offsets.add(start, start, len(rich_block.text))
        if in_file is not None:
            in_file.add_runs([(start + k, at, 1) for k, at in enumerate(rich_block.origins) if at >= 0])
        if not rich_block.text.strip():
            continue  # an empty paragraph keeps its line in the view, but is no block
        blocks.append(Block(start, start + len(rich_block.text), 1, 0, rich_block.hint))
        for link in rich_block.links:
            span = offsets.span(start + link.start, start + link.end)
            links.append(
                Link(url=link.url, span=span, page=None, text=rich_block.text[link.start : link.end])
            )
    return Layout(view, offsets, blocks, links, [], 1, file_map=in_file)


def on_line(index: int, start: int, length: int) -> Span:
    """The span of ``length`` characters from column ``start`` (0-based) of line ``index`` (0-based).

    Artefacts sit on one line: their span is read off it, with no search of the line index.
    """
    return make_span(index + 1, start + 1, index + 1, start + length + 1)


def _cover_end(raw_lines: list[str]) -> int:
    """Lines before the enacting formula are a cover block, never page artefacts."""
    contents = [raw.strip(LINE_SPACE) for raw in raw_lines[:80]]
    numbers = [number for number, content in enumerate(contents) if content]
    found = structure.find_formula([contents[number] for number in numbers])
    return numbers[found] if found is not None else 0


def _page_number_lines(raw_lines: list[str], paged: bool) -> set[int]:
    """Lines that are page numbers ("2/9"): a lone "71/291" line is text, not a page number.

    A page number is believed when another line numbers a page of the same total, when it numbers the
    page it stands on (form feeds counted), or when it stands next to other page furniture (a URL
    list, a job number, a running header). ``paged``: the text holds form feeds.
    """
    candidates: dict[int, int] = {}
    on_its_page: set[int] = set()  # "2/2" on the second page of a text whose form feeds mark pages
    # Only a line with a "/" can number a page, and only a line with a form feed (in a text that has
    # any) starts one: both are picked out in comprehensions, as this runs over every line of every file.
    feeds = [(n, raw.count("\x0c")) for n, raw in enumerate(raw_lines) if "\x0c" in raw] if paged else []
    slashed = [number for number, raw in enumerate(raw_lines) if "/" in raw]
    page = 1
    feed = 0  # the next line with form feeds in ``feeds``
    for number in slashed:
        while feed < len(feeds) and feeds[feed][0] <= number:
            page += feeds[feed][1]
            feed += 1
        raw = raw_lines[number]
        first = raw[:1] if not raw[:1].isspace() else raw.lstrip()[:1]
        m = first.isdigit() and furniture.PAGE_NUMBER.match(raw)
        if m and 0 < int(m["n"]) <= int(m["total"]) <= 300:
            candidates[number] = int(m["total"])
            if page > 1 and int(m["n"]) == page:
                on_its_page.add(number)
    totals = Counter(candidates.values())

    def beside_furniture(number: int) -> bool:
        for step in (-1, 1):
            near = number + step
            while 0 <= near < len(raw_lines) and not raw_lines[near].strip():
                near += step
            if 0 <= near < len(raw_lines):
                line = raw_lines[near].strip(LINE_SPACE)
                if furniture.URL_LINE.match(line) or furniture.FOOTER_LINE.match(line):
                    return True
        return False

    return {
        n
        for n, total in candidates.items()
        if totals[total] > 1 or total == 1 or n in on_its_page or beside_furniture(n)
    }


def artifact_kind(stripped: str, page_number: bool = False) -> ArtifactKind | None:
    """What kind of page furniture a whole line is, or ``None`` for text."""
    # The first character picks the one or two patterns that can match (directives start with "<" or
    # "#", links with "h", headers with a symbol, the rest with a digit or "*").
    first = stripped[0]
    if first in "<#":
        return "directive" if furniture.DIRECTIVE.match(stripped) else None
    if first == "h":
        if stripped.isascii() and len(stripped.split()) == 1:  # most link lines: no need for the pattern
            scheme = 8 if stripped.startswith("https://") else 7 if stripped.startswith("http://") else 0
            return "url" if scheme and len(stripped) > scheme else None
        return "url" if furniture.URL_LINE.match(stripped) else None
    if first in "SAE" and furniture.RUNNING_HEADER.match(stripped):
        return "page-header"
    if page_number:
        return "page-number"
    tail = stripped.rstrip()
    if not tail or tail[-1] not in furniture.FOOTER_ENDINGS or furniture.PAGE_NUMBER.match(stripped):
        return None
    return "job-number" if furniture.FOOTER_LINE.match(stripped) else None


def _on_pages(found: list[Found], line_page: dict[int, int]) -> list[Artifact]:
    """The artefacts with their pages: that of the nearest text line above (a running header: below).

    Both the artefacts and the text lines are in line order, so one walk down both places them all.
    """
    rows = list(line_page)  # the text lines, added in order
    if not rows:
        return [Artifact(kind, text, span, 1) for kind, text, span in found]
    artifacts = []
    last = len(rows) - 1
    at = 0  # the first text line at or below the artefact
    for kind, text, span in found:
        row = span.start.line - 1
        while at <= last and rows[at] < row:
            at += 1
        page = line_page[rows[min(at, last)] if kind == "page-header" else rows[max(at - 1, 0)]]
        artifacts.append(Artifact(kind, text, span, page))
    return artifacts


def _repaginate(lines: list[Line], line_page: dict[int, int], double_spaced: bool) -> None:
    """PDF text: a page also breaks where two text lines touch, or after a run of page artefacts.

    In text copied out of a PDF every line is followed by a blank line except the last of a page.
    """
    page = 1
    for i, line in enumerate(lines):
        if i and not line.page_start and ((double_spaced and line.adjacent) or line.after_artifact):
            line.page_start = True
        if i and line.page_start:
            page += 1
        line_page[line.row] = page


def join_lines(
    lines: list[Line], starts_of: list[bool], line_page: dict[int, int], offsets: OffsetMap
) -> tuple[list[Block], str]:
    """Join lines into blocks; a space survives a join only between two non-CJK characters."""
    parts: list[str] = []
    blocks: list[Block] = []
    runs: list[tuple[int, int, int]] = []  # (normalised offset, source offset, length) for the map
    cursor = 0
    block_start = 0
    first: Line | None = None
    prev: Line | None = None
    for line, starts in zip(lines, starts_of, strict=True):
        content = line.content
        if starts:
            if first is not None:
                blocks.append(Block(block_start, cursor, line_page[first.row], first.indent))
                parts.append("\n")
                cursor += 1
            block_start = cursor
            first = line
        elif prev is not None and _keeps_space(prev, line):
            parts.append(" ")
            runs.append((cursor, prev.trailing_space, 1))
            cursor += 1
        parts.append(content)
        if line.holes is None:
            runs.append((cursor, line.start, len(content)))
        else:
            runs += _runs_around_holes(cursor, line)
        cursor += len(content)
        prev = line
    if first is not None:
        blocks.append(Block(block_start, cursor, line_page[first.row], first.indent))
    offsets.add_runs(runs)
    return blocks, "".join(parts)


def _runs_around_holes(cursor: int, line: Line) -> list[tuple[int, int, int]]:
    """The map runs of a line some of whose source characters (markers) are not in its content."""
    runs = []
    done = 0  # content characters mapped so far
    skipped = 0  # source characters skipped so far
    for at, length in line.holes or ():
        runs.append((cursor + done, line.start + done + skipped, at - done))
        done = at
        skipped += length
    runs.append((cursor + done, line.start + done + skipped, len(line.content) - done))
    return runs


def _number_lines(lines: list[Line], notes: tuple[footnotes.Note, ...], starts: list[int]) -> list[Found]:
    """The lines that hold a note's number alone (a column of them above the notes): layout."""
    out: list[Found] = []
    for note in notes:
        if note.number_line is not None:
            line = lines[note.number_line]
            column = line.start - starts[line.row]
            out.append(("footnote-number", line.content, on_line(line.row, column, len(line.content))))
    return out


def cut_markers(lines: list[Line], markers: tuple[footnotes.Marker, ...], starts: list[int]) -> list[Found]:
    """Take the footnote markers out of their lines' content; return them as artefacts."""
    out: list[Found] = []
    by_line: dict[int, list[footnotes.Marker]] = {}
    for marker in markers:
        by_line.setdefault(marker.line, []).append(marker)
    for i, found in by_line.items():
        line = lines[i]
        column = line.start - starts[line.row]  # 0-based column of the content in its line
        pieces, holes, removed = [], [], 0
        cursor = 0
        line.marker_start = any(marker.start == 0 for marker in found)
        for marker in sorted(found, key=lambda m: m.start):
            pieces.append(line.content[cursor : marker.start])
            holes.append((marker.start - removed, marker.end - marker.start))
            out.append(
                (
                    "footnote-marker",
                    line.content[marker.start : marker.end],
                    on_line(line.row, column + marker.start, marker.end - marker.start),
                )
            )
            removed += marker.end - marker.start
            cursor = marker.end
        pieces.append(line.content[cursor:])
        line.marker_end = not line.content[cursor:].strip()
        line.content = "".join(pieces)
        line.holes = holes
    return out


def with_notes(
    blocks: list[Block],
    text: str,
    lines: list[Line],
    notes: tuple[footnotes.Note, ...],
    line_page: dict[int, int],
    offsets: OffsetMap,
) -> tuple[list[Block], str]:
    """The body's blocks and text, then one block per footnote (its lines joined), marked as notes."""
    parts = [text]
    cursor = len(text)
    runs: list[tuple[int, int, int]] = []
    blocks = list(blocks)
    for note in notes:
        parts.append("\n")
        cursor += 1
        start = cursor
        prev: Line | None = None
        for i in note.lines:
            line = lines[i]
            if prev is not None and _keeps_space(prev, line):
                parts.append(" ")
                runs.append((cursor, prev.trailing_space, 1))
                cursor += 1
            parts.append(line.content)
            runs.append((cursor, line.start, len(line.content)))
            cursor += len(line.content)
            prev = line
        label = str(note.number)
        first = lines[note.lines[0]]
        hint = Hint("footnote", label, 0, label)
        blocks.append(Block(start, cursor, line_page[first.row], first.indent, hint))
    offsets.add_runs(runs)
    return blocks, "".join(parts)


def _keeps_space(prev: Line, line: Line) -> bool:
    return prev.trailing_space >= 0 and not is_cjk(prev.content[-1]) and not is_cjk(line.content[0])


def from_markdown(markdown: MarkdownText, source: str) -> Layout:
    """Lay out a Markdown file: its text (markup taken off) as plain text is, spans in the ``.md`` file.

    The layout rules run on the text the Markdown reader gives; every offset is then carried over to
    the file through the reader's map, and the markup it took out is kept as layout.
    """
    layout = normalise(markdown.text)
    origins = markdown.origins
    index = LineIndex(source)
    in_file = OffsetMap(index)
    runs = []
    for clean, start, length in layout.offsets.runs():
        runs += [(clean + k, origins[start + k], 1) for k in range(length) if origins[start + k] >= 0]
    in_file.add_runs(runs)
    text_lines = LineIndex(markdown.text)

    def carried(span: Span) -> Span:
        start, end = text_lines.offset(span.start), text_lines.offset(span.end)
        first, last = origins[start], origins[max(end - 1, start)]
        return in_file.source_span(first, last + 1)

    artifacts = [Artifact(a.kind, a.text, carried(a.span), 1) for a in layout.artifacts]
    artifacts += [
        Artifact("markup", source[start:end], in_file.source_span(start, end), 1)
        for start, end in markdown.markup
    ]
    artifacts.sort(key=lambda a: a.span.start)
    links = [Link(a.text, a.span, 1) for a in artifacts if a.kind == "url"]
    for url, start, end in markdown.links:  # [text](url): a link on its text, as in HTML
        first, last = layout.offsets.clean_offset(start), layout.offsets.clean_offset(end - 1) + 1
        links.append(Link(url, in_file.span(first, last), None, layout.text[first:last]))
    return Layout(layout.text, in_file, layout.blocks, links, artifacts, 1, ())
