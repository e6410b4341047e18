"""What the layout stage hands to segmentation: the normalised text cut into blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

from resparse.layout.offsets import OffsetMap
from resparse.model import Artifact, Hint, Link


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

    def cut(self, start: int | None = None, end: int | None = None) -> Block:
        """The same block, starting or ending elsewhere (a formula or a label taken off it)."""
        return Block(
            self.start if start is None else start,
            self.end if end is None else end,
            self.page,
            self.indent,
            self.first_line,
            self.hint,
        )


@dataclass(slots=True)
class Layout:
    """The normalised text and everything the layout stage took out of it."""

    text: str
    offsets: OffsetMap
    blocks: list[Block]
    links: list[Link] = field(default_factory=list)
    artifacts: list[Artifact] = field(default_factory=list)
    pages: int = 1
    page_breaks: tuple[int, ...] = ()
