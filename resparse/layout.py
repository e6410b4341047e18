"""Undo what PDF extraction and word processors do to the layout, keeping a map back to the source.

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
from dataclasses import dataclass, field
from itertools import pairwise

from resparse import patterns
from resparse.model import Artifact, Link
from resparse.offsets import LineIndex, OffsetMap
from resparse.phrases import leading_phrase
from resparse.readers.markup import Hint, RichText

_SPACE = " \t\u3000\u00a0\x0c"
#: The first characters page furniture and Markdown can start with (URLs, symbols, page and job numbers,
#: barcodes, directives): a line starting with anything else is text.
_LAYOUT_STARTS = set("hHSA0123456789*<#")


@dataclass(slots=True)
class _Line:
    index: int
    start: int  # source offset of the first content character
    content: str  # the line without leading/trailing whitespace
    indent: int
    trailing_space: int  # source offset of the first trailing whitespace character, or -1
    blank_before: bool = False
    adjacent: bool = False  # the previous physical line is a text line (no blank line between)
    after_artifact: bool = False
    form_feed: bool = False
    page_start: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """One logical paragraph of the normalised text: ``text[start:end]``."""

    start: int
    end: int
    page: int
    indent: int
    first_line: int
    #: What the markup of a rich format says the block is (``None`` for plain text).
    hint: Hint | None = None


@dataclass(slots=True)
class Layout:
    """The normalised text and everything the layout stage took out of it."""

    text: str
    offsets: OffsetMap
    lines: LineIndex
    blocks: list[Block]
    links: list[Link] = field(default_factory=list)
    artifacts: list[Artifact] = field(default_factory=list)
    pages: int = 1
    style: str = "lines"
    page_breaks: tuple[int, ...] = ()


def normalise(source: str) -> Layout:
    """Split ``source`` (line ends already ``\\n``) into blocks and artefacts."""
    index = LineIndex(source)
    offsets = OffsetMap(index)
    raw_lines = source.split("\n")
    cover_end = _cover_end(raw_lines)
    page_numbers = _page_number_lines(raw_lines)
    text_lines: list[_Line] = []
    artifacts: list[Artifact] = []
    links: list[Link] = []
    previous_kind = "start"
    pending_page = False
    page = 1
    line_page: dict[int, int] = {}
    for number, raw in enumerate(raw_lines):
        start = index.starts[number]
        stripped = raw.strip(_SPACE)
        if not stripped:
            previous_kind = "blank" if previous_kind != "artifact" else "artifact"
            if "\x0c" in raw:
                pending_page = True
            continue
        kind = None
        if stripped[0] in _LAYOUT_STARTS and (number >= cover_end or patterns.DIRECTIVE.match(stripped)):
            kind = _artifact_kind(stripped, number in page_numbers)
        if kind:
            lead = len(raw) - len(raw.lstrip(_SPACE))
            span = offsets.source_span(start + lead, start + lead + len(stripped))
            art_page = page + 1 if kind == "page-header" and text_lines else page
            artifacts.append(Artifact(kind=kind, text=stripped, span=span, page=art_page))
            if kind == "url":
                links.append(Link(url=stripped, span=span, page=page))
            if kind == "directive":
                continue  # an instruction to the linter: neither text nor a page boundary
            previous_kind = "artifact"
            pending_page = pending_page or bool(text_lines)
            continue
        lead = len(raw) - len(raw.lstrip(_SPACE))
        tail = len(raw.rstrip(_SPACE))
        cut = 0
        if stripped[0] in "#>*_":
            stripped, cut = _markdown(stripped, start + lead, offsets, artifacts)
        line = _Line(
            index=number,
            start=start + lead + cut,
            content=stripped,
            indent=len(raw[:lead].replace("\x0c", "")),
            trailing_space=start + tail if tail < len(raw) else -1,
            blank_before=previous_kind == "blank",
            adjacent=previous_kind == "text",
            after_artifact=previous_kind == "artifact",
            form_feed="\x0c" in raw[:lead] or pending_page,
        )
        if line.form_feed and text_lines:
            page += 1
            line.page_start = True
        pending_page = False
        line_page[number] = page
        text_lines.append(line)
        previous_kind = "text"
    rules = _Rules(text_lines)
    if rules.style == "pdf":
        _repaginate(text_lines, line_page)
    blocks, text = _join(text_lines, rules, line_page, offsets)
    page_of = _PageOf(line_page)
    for i, link in enumerate(links):
        links[i] = Link(url=link.url, span=link.span, page=page_of(link.span.start.line - 1))
    artifacts = [
        Artifact(
            a.kind,
            a.text,
            a.span,
            page_of(a.span.start.line - 1, a.kind == "page-header"),
        )
        for a in artifacts
    ]
    pages = max(line_page.values(), default=1)
    breaks: list[int] = []
    last_page = 1
    for number, page in sorted(line_page.items()):
        if page != last_page:
            breaks.append(number + 1)
            last_page = page
    return Layout(text, offsets, index, blocks, links, artifacts, pages, rules.style, tuple(breaks))


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
    return Layout(view, offsets, index, blocks, links, [], 1, rich.format)


def _cover_end(raw_lines: list[str]) -> int:
    """Lines before the enacting formula are a cover block, never page artefacts."""
    for number, raw in enumerate(raw_lines[:40]):
        if patterns.FORMULA.match(raw.strip(_SPACE)):
            return number
    return 0


def _markdown(content: str, start: int, offsets: OffsetMap, artifacts: list[Artifact]) -> tuple[str, int]:
    """Take Markdown markup off a line (``# 标题``, ``> 引文``, ``**安全理事会，**``), keeping it as layout.

    Returns the content left and how many characters were cut from its start.
    """
    cut = 0
    if m := patterns.MARKDOWN_PREFIX.match(content):
        artifacts.append(
            Artifact(
                "markup", m.group(0).strip(), offsets.source_span(start, start + len(m.group(0).rstrip()))
            )
        )
        cut = m.end()
        content = content[cut:]
    if m := patterns.MARKDOWN_EMPHASIS.fullmatch(content):
        mark = m["mark"]
        artifacts.append(Artifact("markup", mark, offsets.source_span(start + cut, start + cut + len(mark))))
        end = start + cut + len(content)
        artifacts.append(Artifact("markup", mark, offsets.source_span(end - len(mark), end)))
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
        head = raw.lstrip()[:1]
        m = head.isdigit() and patterns.PAGE_NUMBER.match(raw)
        if m and 0 < int(m["n"]) <= int(m["total"]) <= 300:
            candidates[number] = int(m["total"])
    totals = Counter(candidates.values())

    def furniture(number: int) -> bool:
        for step in (-1, 1):
            near = number + step
            while 0 <= near < len(raw_lines) and not raw_lines[near].strip():
                near += step
            if 0 <= near < len(raw_lines):
                line = raw_lines[near].strip(_SPACE)
                if patterns.URL_LINE.match(line) or patterns.FOOTER_LINE.match(line):
                    return True
        return False

    return {n for n, total in candidates.items() if totals[total] > 1 or total == 1 or furniture(n)}


def _artifact_kind(stripped: str, page_number: bool = False) -> str | None:
    if patterns.DIRECTIVE.match(stripped):
        return "directive"
    if patterns.URL_LINE.match(stripped):
        return "url"
    if patterns.RUNNING_HEADER.match(stripped):
        return "page-header"
    if page_number:
        return "page-number"
    if patterns.PAGE_NUMBER.match(stripped):
        return None
    if patterns.FOOTER_LINE.match(stripped) and not patterns.PAGE_NUMBER.match(stripped):
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


class _Rules:
    """How this document marks where a paragraph starts, read off the document itself.

    Styles: ``pdf`` (a blank line after every line, a one-space indent marks a paragraph, a new page
    starts with one space more), ``blank-separated`` (hard-wrapped, a blank line between paragraphs),
    ``wrapped`` (hard-wrapped, nothing but punctuation to go by) and ``lines`` (one paragraph per line).
    Statistics are taken over the body only: the cover block above the formula and the lists of an
    annex are not paragraphs of running text and would mislead them.
    """

    def __init__(self, lines: list[_Line]) -> None:
        formula_at = next(
            (i for i, line in enumerate(lines[:40]) if patterns.FORMULA.match(line.content)), -1
        )
        self.cover = {line.index for line in lines[: formula_at + 1]} if formula_at >= 0 else set()
        annex_at = next((i for i, line in enumerate(lines) if _is_annex_line(line.content)), len(lines))
        body = lines[formula_at + 1 : annex_at] or lines
        n = len(body)
        lengths = sorted(len(line.content) for line in body)
        self.width = lengths[int(0.9 * (n - 1))] if body else 0
        pairs = list(pairwise(body))
        after_terminal = [line for prev, line in pairs if patterns.ends_terminal(prev.content)]
        # A line broken by wrapping is about as long as the wrap width; a short unpunctuated one is a title.
        full = min(0.75 * self.width, 20)
        wrapped = [
            line
            for prev, line in pairs
            if not patterns.ends_terminal(prev.content) and len(prev.content) >= full
        ]
        within = [(prev, line) for prev, line in pairs if not line.blank_before]
        across = [line for _, line in pairs if line.blank_before]
        # Text copied out of a PDF has a blank line after every line: wrapped, whatever the lengths say.
        everywhere = sum(1 for line in lines[1:] if line.blank_before)
        double_spaced = len(lines) > 3 and everywhere >= 0.6 * (len(lines) - 1)
        broken_within = sum(1 for prev, _ in within if not patterns.ends_terminal(prev.content))
        self.convention = False
        if not double_spaced and across and within and broken_within >= 0.5 * len(within):
            self.style = "blank-separated"
        elif double_spaced or len(wrapped) >= max(2, 0.15 * n):
            unindented = _share(wrapped, lambda line: line.indent == 0 or line.page_start)
            indent_marks = _share(after_terminal, lambda line: line.indent > 0) >= 0.5 and (
                unindented >= 0.6 or (double_spaced and unindented > 0)
            )
            if indent_marks:
                indents = Counter(line.indent for line in body if line.indent and not line.page_start)
                typical = indents.most_common(1)[0][0] if indents else 0
                self.convention = typical > 0 and any(line.indent > typical for line in lines)
                self.style = "pdf"
            else:
                self.style = "wrapped"
        else:
            self.style = "lines"

    def starts_block(self, prev: _Line, line: _Line) -> bool:
        if prev.index in self.cover or line.index in self.cover:
            return True
        if self.style == "lines":
            return not _label_only(prev.content)
        if _is_formula(prev.content):
            return True
        if _label_only(prev.content):
            return False  # "2." alone on its line: the paragraph's text follows on the next
        if _is_annex_line(line.content) or _is_annex_line(prev.content):
            return True
        label = _has_label(line.content)
        if self.style == "pdf":
            indent = line.indent
            if line.page_start and self.convention:
                indent -= 1  # the first line of a page carries one space more than any other
            return indent > 0
        if self.style == "blank-separated":
            return line.blank_before or (label and patterns.ends_terminal(prev.content))
        # Hard-wrapped text with nothing but punctuation to go by.
        if label:
            return True
        if not patterns.ends_terminal(prev.content):
            return False
        if prev.content.rstrip()[-1] in "，,":
            # A comma ends preambular paragraphs but also many wrapped lines: only a line that opens like
            # a paragraph ("回顾", "重申" …, not "并请") begins a new one.
            phrase = leading_phrase(line.content)
            return bool(phrase) and not phrase.startswith("并")
        return True


def _share(group: list[_Line], test) -> float:
    return sum(1 for line in group if test(line)) / len(group) if group else 0.0


# Each test looks at the first character before it runs a pattern: most lines start with a Chinese
# character and match none of them, and these run for every line of every document.
_DIGITS_AND_BRACKETS = set("0123456789０１２３４５６７８９(（㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩•▪●-–—*")


def _is_formula(content: str) -> bool:
    return len(content) <= 16 and bool(patterns.FORMULA.match(content))


def _label_only(content: str) -> bool:
    return (
        len(content) <= 6 and content[0] in _DIGITS_AND_BRACKETS and bool(patterns.LABEL_ONLY.match(content))
    )


def _has_label(content: str) -> bool:
    return content[0] in _DIGITS_AND_BRACKETS and bool(patterns.ANY_LABEL.match(content))


def _is_annex_line(content: str) -> bool:
    return (
        content[0] == "附"
        and len(content) <= 40
        and bool(patterns.ANNEX_HEADING.match(content))
        and not patterns.ends_terminal(content)
    )


def _repaginate(lines: list[_Line], line_page: dict[int, int]) -> int:
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
    return page


def _join(lines: list[_Line], rules: _Rules, line_page: dict[int, int], offsets: OffsetMap):
    """Join lines into blocks; a space survives a join only between two non-CJK characters."""
    parts: list[str] = []
    blocks: list[Block] = []
    cursor = 0
    block_start = 0
    first: _Line | None = None
    prev: _Line | None = None
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


def _keeps_space(prev: _Line, line: _Line) -> bool:
    return (
        prev.trailing_space >= 0
        and not patterns.is_cjk(prev.content[-1])
        and not patterns.is_cjk(line.content[0])
    )
