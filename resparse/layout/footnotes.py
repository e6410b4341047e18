"""Footnotes in plain text: the notes at the foot of each page, and their markers in the text above.

Text copied out of a PDF prints each page's footnotes under its last line of text — ``1 第70/1号决议。``,
numbered through the document — and the marker in the text as a plain number glued to the word it
annotates (``两项国际人权公约1 所体现``). A Word export puts all notes after the text. Neither is a
paragraph of the resolution: a note that ran on into the next page's first paragraph, or a marker left
in ``第39/17²号``, would break both. This module finds them, so the layout stage can make each note a
block of its own and leave the markers out of the text (as layout, like a page number).

A page's footnote area is believed only with the document's own evidence: its first note carries the
number that comes next in the document, every note after it the number after that, and (in PDF text)
the markers of those numbers stand in the page's text above it, in order.
"""

from __future__ import annotations

from typing import NamedTuple

from resparse.grammar import furniture
from resparse.layout.rules import Line


class Note(NamedTuple):
    """One footnote: its number and its lines (indices into the document's text lines)."""

    number: int
    lines: tuple[int, ...]


class Marker(NamedTuple):
    """A footnote marker inside a text line: ``line`` is an index into the text lines."""

    number: int
    line: int
    start: int  # in the line's content
    end: int


class Footnotes(NamedTuple):
    notes: tuple[Note, ...] = ()
    markers: tuple[Marker, ...] = ()

    def note_lines(self) -> set[int]:
        return {i for note in self.notes for i in note.lines}


def find(lines: list[Line], pages: list[list[int]], printed: bool) -> Footnotes:
    """The footnotes of a text whose lines are grouped into ``pages`` (indices into ``lines``).

    ``printed``: the text comes from a PDF, where each page carries its own notes and markers; else
    the notes are looked for after the last line of text only, where a word processor puts them.
    """
    if not any(_note_number(lines[i].content) == 1 for page in pages for i in page):
        return Footnotes()  # no note 1 anywhere: the common case, answered in one pass
    if not printed:
        return Footnotes(tuple(_trailing_notes(lines, [i for page in pages for i in page])))
    notes: list[Note] = []
    markers: list[Marker] = []
    following = 1
    after: tuple[int, int] = (-1, 0)  # where the last marker found ends: (line, column)
    tight = _numbers_touch_words(lines)
    for page in pages:
        area = _page_area(lines, page, following)
        if area is None:
            continue
        start, found = area
        body = page[:start]
        placed = []
        for note in found:
            marker = _marker(lines, body, note.number, after, tight)
            if marker is not None:
                placed.append(marker)
                after = (marker.line, marker.end)
        if not placed:
            continue  # numbered lines at the foot of a page, but nothing above refers to them
        notes += found
        markers += placed
        following = found[-1].number + 1
    return Footnotes(tuple(notes), tuple(markers))


def _note_number(content: str) -> int | None:
    """The number a line opens with when it is the first line of a note: ``1 第70/1号决议。``."""
    if not content[:1].isdigit():
        return None
    m = furniture.FOOTNOTE_START.match(content)
    return int(m["n"]) if m else None


def _page_area(lines: list[Line], page: list[int], following: int) -> tuple[int, list[Note]] | None:
    """Where a page's footnote area starts (an index into ``page``) and its notes, if it has one."""
    # From the foot of the page up: a line of the text can start with the number too, where a marker
    # was wrapped to the start of a line ("1 中关于……").
    for start in range(len(page) - 1, 0, -1):
        if _note_number(lines[page[start]].content) != following:
            continue
        notes = _notes(lines, page[start:], following)
        if notes is not None:
            return start, notes
    return None


def _notes(lines: list[Line], area: list[int], first: int) -> list[Note] | None:
    """The notes of an area whose first line opens note ``first``: each later note opens with the
    next number; any other line carries on the note above it."""
    notes: list[Note] = []
    current: list[int] = []
    expected = first
    for i in area:
        if _note_number(lines[i].content) == expected:
            if current:
                notes.append(Note(expected - 1, tuple(current)))
            current = [i]
            expected += 1
        else:
            current.append(i)
    notes.append(Note(expected - 1, tuple(current)))
    return notes


def _trailing_notes(lines: list[Line], every: list[int]) -> list[Note]:
    """Notes after the text, one line each, numbered 1, 2, 3 … to the last line of the document."""
    count = 0
    for i in reversed(every):
        number = _note_number(lines[i].content)
        if number is None:
            break
        count += 1
    tail = every[len(every) - count :]
    numbers = [_note_number(lines[i].content) for i in tail]
    start = numbers.index(1) if 1 in numbers else len(numbers)
    run = tail[start:]
    if not run or [_note_number(lines[i].content) for i in run] != list(range(1, len(run) + 1)):
        return []
    if start == 0 and len(run) == len(every):
        return []  # nothing but numbered lines: a list, not notes
    return [Note(n, (i,)) for n, i in enumerate(run, start=1)]


def _numbers_touch_words(lines: list[Line]) -> bool:
    """Whether the text writes numbers against the words around them (``第74/140号``), as a word
    processor does, rather than spaced out (``第 74/140 号``), as some PDF extractions do: only then
    can a marker be told after a number (``第39/17²号`` printed ``第39/172 号``)."""
    tight = spaced = 0
    for line in lines[:400]:
        found = furniture.NUMBER_BEFORE_HAO.findall(line.content)
        tight += sum(1 for gap in found if not gap)
        spaced += sum(1 for gap in found if gap)
    return tight > spaced


def _marker(
    lines: list[Line], body: list[int], number: int, after: tuple[int, int], tight: bool
) -> Marker | None:
    """The first place in ``body`` after ``after`` where note ``number``'s marker stands."""
    wanted = str(number)
    for i in body:
        if i < after[0]:
            continue
        content = lines[i].content
        at = after[1] if i == after[0] else 0
        while (at := content.find(wanted, at)) >= 0:
            end = at + len(wanted)
            if _is_marker(content, at, end, tight):
                return Marker(number, i, at, end)
            at += 1
    return None


def _is_marker(content: str, start: int, end: int, tight: bool) -> bool:
    """Whether ``content[start:end]`` (a number) is a footnote marker rather than part of the text."""
    after = content[end] if end < len(content) else ""
    if start == 0:  # wrapped to the start of a line: "1 中关于……"
        return after == " "
    before = content[start - 1]
    if after.isdigit():
        return False
    if before.isdigit():
        # "第39/17²号" printed "第39/172 号": only where numbers touch the words around them.
        return tight and furniture.MARKER_AFTER_NUMBER.match(content, end) is not None
    return before not in furniture.NOT_BEFORE_MARKER and after not in furniture.NOT_AFTER_MARKER
