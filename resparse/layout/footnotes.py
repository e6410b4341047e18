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

from collections.abc import Iterator, Set
from typing import NamedTuple

from resparse.grammar import furniture, structure
from resparse.grammar.chars import INVISIBLE
from resparse.grammar.labels import line_has_label
from resparse.layout.rules import Line


class Note(NamedTuple):
    """One footnote: its number and its lines (indices into the document's text lines).

    ``number_line`` is the line that holds the number alone, where the extraction printed a page's
    note numbers as a column of their own above the notes' texts (``pdftotext``); it is layout.
    """

    number: int
    lines: tuple[int, ...]
    number_line: int | None = None


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
        lines = {i for note in self.notes for i in note.lines}
        return lines | {note.number_line for note in self.notes if note.number_line is not None}


#: What separates a note's number from its text (:data:`~resparse.grammar.furniture.FOOTNOTE_START`).
_GAP = frozenset(" \t\u3000")
#: No footnotes: what a text without a line opening with ``1`` has.
NONE = Footnotes()


def may_open_note_one(content: str) -> bool:
    """Whether a line may be note 1 (``1`` alone, or ``1`` and a gap): only then is a text searched
    for footnotes. ``1. 决定……`` is a paragraph's number, not a note's."""
    return content[:1] == "1" and (len(content) == 1 or content[1:2] in _GAP)


def find(
    lines: list[Line], line_page: dict[int, int], printed: bool, cover: Set[int] = frozenset()
) -> Footnotes:
    """The footnotes of a text whose lines fall on the pages ``line_page`` gives (by row).

    ``printed``: the text comes from a PDF, where each page carries its own notes and markers; else
    the notes are looked for after the last line of text only, where a word processor puts them.
    ``cover``: the rows of the cover block, whose English lines (``1 August 2022``) carry no markers.
    """
    if not any(
        may_open_note_one(line.content) and (line.content == "1" or _note_number(line.content) == 1)
        for line in lines
    ):
        return Footnotes()  # no note 1 anywhere: the common case, answered in one pass
    if not printed:
        return Footnotes(tuple(_trailing_notes(lines, list(range(len(lines))))))
    pages = _pages(lines, line_page)
    notes: list[Note] = []
    markers: list[Marker] = []
    following = 1
    after: tuple[int, int] = (-1, 0)  # where the last marker found ends: (line, column)
    tight = _numbers_touch_words(lines)
    for whole in pages:
        page = whole
        while page:
            # A page whose end the text does not show (no furniture under it) runs on into the
            # next one: after its notes, the next page's text and notes may follow.
            for start, found in _page_areas(lines, page, following):
                body = [i for i in page[:start] if lines[i].row not in cover or not _cover_date(lines[i])]
                placed = []
                reached = after
                for note in found:
                    marker = _marker(lines, body, note.number, reached, tight)
                    if marker is not None:
                        placed.append(marker)
                        reached = (marker.line, marker.end)
                if placed and placed[0].number == found[0].number:
                    # numbered lines at the foot of a page, the first of them referred to above
                    notes += found
                    markers += placed
                    following = found[-1].number + 1
                    after = reached
                    last = max(max(note.lines[-1], note.number_line or 0) for note in found)
                    page = [i for i in page if i > last]
                    break
            else:
                page = []
    return Footnotes(tuple(notes), tuple(markers))


def _pages(lines: list[Line], line_page: dict[int, int]) -> list[list[int]]:
    """The text lines of each page, as indices into ``lines``."""
    pages: list[list[int]] = []
    last = None
    for i, line in enumerate(lines):
        page = line_page[line.row]
        if page != last:
            pages.append([])
            last = page
        pages[-1].append(i)
    return pages


def _cover_date(line: Line) -> bool:
    """The cover's date in English (``1 August 2022``): its day is no marker."""
    return furniture.COVER_DATE.match(line.content) is not None


def _note_number(content: str) -> int | None:
    """The number a line opens with when it is the first line of a note: ``1 第70/1号决议。``."""
    if not content[:1].isascii() or not content[:1].isdigit():
        return None
    m = furniture.FOOTNOTE_START.match(content)
    return int(m["n"]) if m else None


def _page_areas(lines: list[Line], page: list[int], following: int) -> Iterator[tuple[int, list[Note]]]:
    """Where a page's footnote area may start (an index into ``page``), with its notes: the first
    note carries the number that comes next, or a few more when the notes of an earlier page could
    not be told (``following`` is then behind)."""
    candidates = []
    for start in range(1, len(page)):
        content = lines[page[start]].content
        number = int(content) if _digits(content) and len(content) <= 3 else _note_number(content)
        if number is not None and following <= number < following + _SKIPPED:
            candidates.append((number, -start))
    # The lowest number first; among lines that open with it, the lowest on the page (a line of the
    # text can start with the number too, where a marker was wrapped to the start of a line).
    for number, start in sorted(candidates):
        area = page[-start:]
        if _digits(lines[area[0]].content):
            notes = _column_notes(lines, area, number)
            if notes:
                yield -start, notes
        else:
            yield -start, _notes(lines, area, number)


#: How many notes an earlier page may have had that were not recognised.
_SKIPPED = 12


def _notes(lines: list[Line], area: list[int], first: int) -> list[Note]:
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
        elif lines[current[-1]].content.rstrip().endswith("。") and not lines[i].content.startswith("。"):
            break  # the note is finished: what follows is the text of the next page
        else:
            current.append(i)
    notes.append(Note(expected - 1, tuple(current)))
    return notes


def _digits(content: str) -> bool:
    """Whether a line is a number alone, in ASCII digits (``²`` and ``①`` are digits to Python)."""
    return content.isascii() and content.isdigit()


def _column_notes(lines: list[Line], area: list[int], first: int) -> list[Note]:
    """The notes of an area that opens with a column of numbers alone on their lines (``1``, ``2``
    …), the notes' texts under it, as ``pdftotext`` prints a page's notes; or none, when the texts
    cannot be told apart one for each number.

    A number missing from the column, or the last ones, may stand alone further down the page (under
    the footer). A
    note's text ends with ``。``; where the texts do not end so, one line for each number will do.
    """
    column: list[int] = []
    k = 0
    expected = first
    while k < len(area) and _digits(lines[area[k]].content) and int(lines[area[k]].content) >= expected:
        column.append(area[k])
        expected = int(lines[area[k]].content) + 1
        k += 1
    numbers = {int(lines[i].content): i for i in column}
    alone = {int(lines[i].content): i for i in area[k:] if _digits(lines[i].content)}
    while expected in alone:  # the column's last numbers, printed further down
        expected += 1
    wanted = set(range(first, expected))
    strays = {number: i for number, i in alone.items() if number in wanted - numbers.keys()}
    numbers.update(strays)
    if numbers.keys() != wanted:
        return []
    texts = [i for i in area[k:] if i not in strays.values()]
    pieces: list[list[int]] = []
    for i in texts:
        if len(pieces) == len(wanted) and lines[pieces[-1][-1]].content.rstrip().endswith("。"):
            break  # every note has its text: what follows is no note
        if not pieces or lines[pieces[-1][-1]].content.rstrip().endswith("。"):
            pieces.append([i])
        else:
            pieces[-1].append(i)
    if len(pieces) != len(wanted):
        if len(texts) < len(wanted):
            return []
        pieces = [[i] for i in texts[: len(wanted)]]
    return [
        Note(number, tuple(piece), numbers[number])
        for number, piece in zip(sorted(wanted), pieces, strict=True)
    ]


def _trailing_notes(lines: list[Line], every: list[int]) -> list[Note]:
    """Notes after the text, one line each, numbered 1, 2, 3 … to the last line of the document."""
    count = 0
    for i in reversed(every):
        number = _note_number(lines[i].content)
        if number is None:
            break
        count += 1
    if count == len(every) or not _ends_the_text(lines[every[len(every) - count - 1]].content):
        return []  # notes follow the end of the text (its last paragraph, or the meeting line)
    tail = every[len(every) - count :]
    numbers = [_note_number(lines[i].content) for i in tail]
    start = numbers.index(1) if 1 in numbers else len(numbers)
    run = tail[start:]
    if not run or [_note_number(lines[i].content) for i in run] != list(range(1, len(run) + 1)):
        return []
    if start == 0 and len(run) == len(every):
        return []  # nothing but numbered lines: a list, not notes
    return [Note(n, (i,)) for n, i in enumerate(run, start=1)]


def _ends_the_text(content: str) -> bool:
    """A line a resolution's text ends with: its last paragraph (``。``), its meeting or date line."""
    return content.rstrip().endswith("。") or bool(
        structure.CLOSING_MEETING.match(content) or structure.CLOSING_DATE.match(content)
    )


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
    for k, i in enumerate(body):
        if i < after[0]:
            continue
        content = lines[i].content
        # What the text reads on with after the line's end: the next line's first character, unless
        # that line is indented or opens with a label (it opens a new paragraph).
        following = lines[body[k + 1]] if k + 1 < len(body) else None
        reads_on = following is not None and following.indent == 0 and not line_has_label(following.content)
        next_char = following.content[:1] if following is not None and reads_on else ""
        if lines[i].trailing_space >= 0:
            next_char = " "  # the line ended in a space: what the number touches is that space
        at = after[1] if i == after[0] else 0
        while (at := content.find(wanted, at)) >= 0:
            end = at + len(wanted)
            if _is_marker(content, at, end, tight, next_char):
                return Marker(number, i, at, end)
            at += 1
    return None


def _is_marker(content: str, start: int, end: int, tight: bool, next_char: str = "") -> bool:
    """Whether ``content[start:end]`` (a number) is a footnote marker rather than part of the text;
    ``next_char`` is what follows the line (a date wrapped as ``6月1`` / ``日`` is no marker)."""
    # Invisible marks (LRM) around a marker are no text: look through them.
    while end < len(content) and content[end] in INVISIBLE:
        end += 1
    while start > 0 and content[start - 1] in INVISIBLE:
        start -= 1
    after = content[end] if end < len(content) else next_char
    if start == 0:  # wrapped to the start of a line ("1 中关于……"), or a line of its own
        return after == " " or end == len(content)
    before = content[start - 1]
    if after.isdigit():
        return False
    if before.isdigit():
        # "第39/17²号" printed "第39/172 号": only where numbers touch the words around them.
        return tight and furniture.MARKER_AFTER_NUMBER.match(content, end) is not None
    # Text out of a PDF spaces numbers out ("8 月 3 日", "公约 1 所体现"): look through one space to
    # the words a number is read with.
    if before == " " and start >= 2:
        before = content[start - 2]
        if before.isdigit():
            return False
    if after == " ":
        spaced = content[end + 1] if end + 1 < len(content) else next_char.strip()
        if spaced in furniture.UNIT_AFTER_SPACED_NUMBER:
            return False  # "8 月 3 日": a number read with its unit
    if before.isascii() and before.isupper() and (start == 1 or content[start - 2] == " "):
        return after not in furniture.NOT_AFTER_MARKER  # after a part's letter standing alone: "B1"
    return before not in furniture.NOT_BEFORE_MARKER and after not in furniture.NOT_AFTER_MARKER
