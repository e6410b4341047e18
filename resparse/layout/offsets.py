"""Map offsets in normalised text back to (line, column) of the original file.

Normalised text is assembled from runs of source text (line fragments joined across removed line breaks
and page artefacts). Each run is contiguous in the source, so the map stores one entry per run rather
than one per character: lookups are a binary search, and memory stays proportional to the line count.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, pairwise
from operator import add

from resparse.model import Position, Span, make_span


class LineIndex:
    """Line starts of a source text, for turning a source offset into a 1-based position."""

    __slots__ = ("starts",)

    def __init__(self, text: str, lines: list[str] | None = None) -> None:
        """``lines`` is ``text.split("\\n")`` when the caller has it already."""
        lines = text.split("\n") if lines is None else lines
        # Line n starts after the n-1 lines before it and their n-1 line ends (all summed in C).
        self.starts = [0, *map(add, accumulate(map(len, lines[:-1])), range(1, len(lines)))]

    def position(self, offset: int) -> Position:
        line = bisect_right(self.starts, offset) - 1
        return Position(line + 1, offset - self.starts[line] + 1)

    def offset(self, position: Position) -> int:
        """The source offset of ``position`` (the inverse of :meth:`position`)."""
        return self.starts[position.line - 1] + position.column - 1


class OffsetMap:
    """Normalised-text offsets → source offsets → positions; built by appending runs in order."""

    __slots__ = ("_by_source", "_clean", "_lengths", "_lines", "_source")

    def __init__(self, lines: LineIndex) -> None:
        self._clean: list[int] = []
        self._source: list[int] = []
        self._lengths: list[int] = []
        self._lines = lines
        #: The runs in source order, when they are not already (footnotes laid after the text).
        self._by_source: tuple[list[int], list[int], list[int]] | None = None

    def add(self, clean_start: int, source_start: int, length: int) -> None:
        """Record that ``length`` characters at ``clean_start`` came from ``source_start``."""
        if length <= 0:
            return
        if (
            self._clean
            and self._clean[-1] + self._lengths[-1] == clean_start
            and (self._source[-1] + self._lengths[-1] == source_start)
        ):
            self._lengths[-1] += length
            return
        self._clean.append(clean_start)
        self._source.append(source_start)
        self._lengths.append(length)

    def add_runs(self, runs: list[tuple[int, int, int]]) -> None:
        """:meth:`add` for each ``(clean_start, source_start, length)`` in order, in one loop."""
        clean, source, lengths = self._clean, self._source, self._lengths
        for clean_start, source_start, length in runs:
            if length <= 0:
                continue
            if clean and clean[-1] + lengths[-1] == clean_start and source[-1] + lengths[-1] == source_start:
                lengths[-1] += length
                continue
            clean.append(clean_start)
            source.append(source_start)
            lengths.append(length)

    def runs(self) -> Iterator[tuple[int, int, int]]:
        """The runs of the map: ``(clean_start, source_start, length)``, in order."""
        return zip(self._clean, self._source, self._lengths, strict=True)

    def source_offset(self, clean: int) -> int:
        """The source offset of the normalised character at ``clean`` (a gap maps to its run's end)."""
        i = bisect_right(self._clean, clean) - 1
        if i < 0:
            return self._source[0] if self._source else 0
        return self._source[i] + min(clean - self._clean[i], max(self._lengths[i] - 1, 0))

    def clean_offset(self, source: int) -> int:
        """The normalised offset of the character at ``source`` (the inverse of :meth:`source_offset`).

        A source character left out of the text maps to the run after it. Runs usually go up in both
        offsets; where they do not (a PDF page's footnotes are laid after all the text), they are
        looked up in source order.
        """
        sources, cleans, lengths = self._source, self._clean, self._lengths
        if any(b < a for a, b in pairwise(sources)):
            if self._by_source is None:
                order = sorted(range(len(sources)), key=sources.__getitem__)
                self._by_source = (
                    [sources[k] for k in order],
                    [cleans[k] for k in order],
                    [lengths[k] for k in order],
                )
            sources, cleans, lengths = self._by_source
        i = bisect_right(sources, source) - 1
        if i < 0:
            return 0
        if source < sources[i] + lengths[i]:
            return cleans[i] + source - sources[i]
        return cleans[i + 1] if i + 1 < len(cleans) else cleans[i] + lengths[i]

    def source_offsets(self, start: int, end: int) -> list[int]:
        """Source offsets of every normalised character in ``[start, end)`` (for audits and tests)."""
        return [self.source_offset(i) for i in range(start, end)]

    def position(self, clean: int) -> Position:
        return self._lines.position(self.source_offset(clean))

    def offset_of(self, position: Position) -> int:
        """The source offset of a position in the source."""
        return self._lines.offset(position)

    def span(self, start: int, end: int) -> Span:
        """The source span of normalised ``[start, end)``; ``end`` is exclusive, as in the result.

        Every paragraph and citation asks for its span, so both ends are found with as few searches as
        possible: the end usually lies in the same run, and on the same line, as the start.
        """
        clean, lengths, source = self._clean, self._lengths, self._source
        i = bisect_right(clean, start) - 1
        if i < 0:
            first = source[0] if source else 0
        else:
            first = source[i] + min(start - clean[i], max(lengths[i] - 1, 0))
        starts = self._lines.starts
        line = bisect_right(starts, first) - 1
        column = first - starts[line] + 1
        number = line + 1  # one int for both ends when they are on one line
        if end <= start:
            return make_span(number, column, number, column)
        last_clean = end - 1
        if i < 0 or last_clean >= clean[i] + lengths[i]:
            i = bisect_right(clean, last_clean) - 1
        if i < 0:
            last = source[0] if source else 0
        else:
            last = source[i] + min(last_clean - clean[i], max(lengths[i] - 1, 0))
        if not (number < len(starts) and last >= starts[number]) and last >= starts[line]:
            return make_span(number, column, number, last - starts[line] + 2)
        end_line = bisect_right(starts, last) - 1
        return make_span(number, column, end_line + 1, last - starts[end_line] + 2)

    def source_span(self, start: int, end: int) -> Span:
        """A span straight from source offsets (for artefacts that never enter the normalised text)."""
        first = self._lines.position(start)
        last = self._lines.position(max(end - 1, start))
        return Span(first, Position(last.line, last.column + (1 if end > start else 0)))
