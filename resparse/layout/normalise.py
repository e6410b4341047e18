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

from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from resparse.grammar import furniture, structure
from resparse.grammar.chars import LINE_SPACE, is_cjk
from resparse.layout.blocks import Block, Layout
from resparse.layout.offsets import LineIndex, OffsetMap
from resparse.layout.rules import Line, Rules
from resparse.model import Artifact, ArtifactKind, Link, Position, Span

if TYPE_CHECKING:  # only rich formats build these; plain text never imports the readers
    from resparse.readers.markup import RichText

#: A piece of furniture found on a line, made into an :class:`Artifact` once its page is known.
_Found = tuple[ArtifactKind, str, Span]


def normalise(source: str) -> Layout:
    """Split ``source`` (line ends already ``\\n``) into blocks and artefacts."""
    raw_lines = source.split("\n")
    index = LineIndex(source, raw_lines)
    offsets = OffsetMap(index)
    cover_end = _cover_end(raw_lines)
    page_numbers = _page_number_lines(raw_lines)
    text_lines: list[Line] = []
    # (kind, text, span): made into Artifact and Link objects once the pages are known.
    found: list[_Found] = []
    previous_kind = "start"
    pending_page = False
    page = 1
    line_page: dict[int, int] = {}
    for number, raw in enumerate(raw_lines):
        start = index.starts[number]
        stripped = raw.strip(LINE_SPACE)
        if not stripped:
            previous_kind = "blank" if previous_kind != "artifact" else "artifact"
            if "\x0c" in raw:
                pending_page = True
            continue
        kind = None
        if stripped[0] in furniture.FURNITURE_STARTS and (
            number >= cover_end or furniture.DIRECTIVE.match(stripped)
        ):
            kind = artifact_kind(stripped, number in page_numbers)
        if kind:
            lead = len(raw) - len(raw.lstrip(LINE_SPACE))
            found.append((kind, stripped, _on_line(number, lead, len(stripped))))
            if kind == "directive":
                continue  # an instruction to the linter: neither text nor a page boundary
            previous_kind = "artifact"
            pending_page = pending_page or bool(text_lines)
            continue
        lead = len(raw) - len(raw.lstrip(LINE_SPACE))
        tail = len(raw.rstrip(LINE_SPACE))
        cut = 0
        if stripped[0] in "#>*_":
            stripped, cut = _markdown(stripped, start + lead, offsets, found)
        indent = raw[:lead]
        line = Line(  # positional: this runs for every line of every file
            number,
            start + lead + cut,
            stripped,
            lead - indent.count("\x0c"),
            start + tail if tail < len(raw) else -1,
            previous_kind == "blank",
            previous_kind == "text",
            previous_kind == "artifact",
            pending_page or "\x0c" in indent,
        )
        if line.form_feed and text_lines:
            page += 1
            line.page_start = True
        pending_page = False
        line_page[number] = page
        text_lines.append(line)
        previous_kind = "text"
    rules = Rules(text_lines)
    if rules.style == "pdf":
        _repaginate(text_lines, line_page)
    blocks, text = _join(text_lines, rules, line_page, offsets)
    page_of = _PageOf(line_page)
    artifacts = [
        Artifact(kind, text, span, page_of(span.start.line - 1, kind == "page-header"))
        for kind, text, span in found
    ]
    links = [Link(a.text, a.span, page_of(a.span.start.line - 1)) for a in artifacts if a.kind == "url"]
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
    blocks: list[Block] = []
    links: list[Link] = []
    for number, rich_block in enumerate(rich.blocks):
        start = index.starts[number]
        offsets.add(start, start, len(rich_block.text))
        if not rich_block.text.strip():
            continue  # an empty paragraph keeps its line in the view, but is no block
        blocks.append(Block(start, start + len(rich_block.text), 1, 0, number + 1, rich_block.hint))
        for link in rich_block.links:
            span = offsets.span(start + link.start, start + link.end)
            links.append(
                Link(url=link.url, span=span, page=None, text=rich_block.text[link.start : link.end])
            )
    return Layout(view, offsets, blocks, links, [], 1)


def _on_line(index: int, start: int, length: int) -> Span:
    """The span of ``length`` characters from column ``start`` (0-based) of line ``index`` (0-based).

    Artefacts sit on one line: their span is read off it, with no search of the line index.
    """
    return Span(Position(index + 1, start + 1), Position(index + 1, start + length + 1))


def _cover_end(raw_lines: list[str]) -> int:
    """Lines before the enacting formula are a cover block, never page artefacts."""
    for number, raw in enumerate(raw_lines[:40]):
        if structure.FORMULA.match(raw.strip(LINE_SPACE)):
            return number
    return 0


def _markdown(content: str, start: int, offsets: OffsetMap, found: list[_Found]) -> tuple[str, int]:
    """Take Markdown markup off a line (``# 标题``, ``> 引文``, ``**安全理事会，**``), keeping it as layout.

    Returns the content left and how many characters were cut from its start.
    """
    cut = 0
    if m := furniture.MARKDOWN_PREFIX.match(content):
        found.append(
            ("markup", m.group(0).strip(), offsets.source_span(start, start + len(m.group(0).rstrip())))
        )
        cut = m.end()
        content = content[cut:]
    if m := furniture.MARKDOWN_EMPHASIS.fullmatch(content):
        mark = m["mark"]
        found.append(("markup", mark, offsets.source_span(start + cut, start + cut + len(mark))))
        end = start + cut + len(content)
        found.append(("markup", mark, offsets.source_span(end - len(mark), end)))
        cut += len(mark)
        content = m["inner"]
    return content, cut


def _page_number_lines(raw_lines: list[str]) -> set[int]:
    """Lines that are page numbers ("2/9"): a lone "71/291" line is text, not a page number.

    A page number is believed when another line numbers a page of the same total, or when it stands
    next to other page furniture (a URL list, a job number, a running header).
    """
    candidates: dict[int, int] = {}
    for number, raw in enumerate(raw_lines):
        m = "/" in raw and raw.lstrip()[:1].isdigit() and furniture.PAGE_NUMBER.match(raw)
        if m and 0 < int(m["n"]) <= int(m["total"]) <= 300:
            candidates[number] = int(m["total"])
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

    return {n for n, total in candidates.items() if totals[total] > 1 or total == 1 or beside_furniture(n)}


def artifact_kind(stripped: str, page_number: bool = False) -> ArtifactKind | None:
    """What kind of page furniture a whole line is, or ``None`` for text."""
    # The first character picks the one or two patterns that can match (directives start with "<" or
    # "#", links with "h", headers with a symbol, the rest with a digit or "*").
    first = stripped[0]
    if first in "<#":
        return "directive" if furniture.DIRECTIVE.match(stripped) else None
    if first == "h":
        return "url" if furniture.URL_LINE.match(stripped) else None
    if first in "SA" and furniture.RUNNING_HEADER.match(stripped):
        return "page-header"
    if page_number:
        return "page-number"
    if furniture.PAGE_NUMBER.match(stripped):
        return None
    if furniture.FOOTER_LINE.match(stripped) and not furniture.PAGE_NUMBER.match(stripped):
        return "job-number"
    return None


class _PageOf:
    """The page of an artefact: that of the nearest text line above it (a running header: below it)."""

    def __init__(self, line_page: dict[int, int]) -> None:
        self.keys = sorted(line_page)
        self.line_page = line_page

    def __call__(self, line_number: int, header: bool = False) -> int:
        if not self.keys:
            return 1
        i = bisect_left(self.keys, line_number)
        if header:
            return self.line_page[self.keys[min(i, len(self.keys) - 1)]]
        return self.line_page[self.keys[max(i - 1, 0)]]


def _repaginate(lines: list[Line], line_page: dict[int, int]) -> None:
    """PDF text: a page also breaks where two text lines touch, or after a run of page artefacts.

    In text copied out of a PDF every line is followed by a blank line except the last of a page.
    """
    with_blank = sum(1 for line in lines[1:] if line.blank_before)
    double_spaced = len(lines) > 3 and with_blank >= 0.6 * (len(lines) - 1)
    page = 1
    for i, line in enumerate(lines):
        if i and not line.page_start and ((double_spaced and line.adjacent) or line.after_artifact):
            line.page_start = True
        if i and line.page_start:
            page += 1
        line_page[line.index] = page


def _join(
    lines: list[Line], rules: Rules, line_page: dict[int, int], offsets: OffsetMap
) -> tuple[list[Block], str]:
    """Join lines into blocks; a space survives a join only between two non-CJK characters."""
    parts: list[str] = []
    blocks: list[Block] = []
    cursor = 0
    block_start = 0
    first: Line | None = None
    prev: Line | None = None
    for line in lines:
        if prev is None or rules.starts_block(prev, line):
            if first is not None:
                blocks.append(
                    Block(block_start, cursor, line_page[first.index], first.indent, first.index + 1)
                )
                parts.append("\n")
                cursor += 1
            block_start = cursor
            first = line
        elif _keeps_space(prev, line):
            parts.append(" ")
            offsets.add(cursor, prev.trailing_space, 1)
            cursor += 1
        parts.append(line.content)
        offsets.add(cursor, line.start, len(line.content))
        cursor += len(line.content)
        prev = line
    if first is not None:
        blocks.append(Block(block_start, cursor, line_page[first.index], first.indent, first.index + 1))
    return blocks, "".join(parts)


def _keeps_space(prev: Line, line: Line) -> bool:
    return prev.trailing_space >= 0 and not is_cjk(prev.content[-1]) and not is_cjk(line.content[0])
