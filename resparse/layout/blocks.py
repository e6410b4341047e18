"""What the layout stage hands to segmentation: the normalised text cut into blocks."""

from __future__ import annotations

from typing import NamedTuple

from resparse.layout.offsets import OffsetMap
from resparse.model import Artifact, Geometry, Hint, Link


class Block(NamedTuple):
    """One logical paragraph of the normalised text: ``text[start:end]``."""

    start: int
    end: int
    page: int
    indent: int
    #: What the markup of a rich format says the block is (``None`` for plain text).
    hint: Hint | None = None

    def cut(self, start: int | None = None, end: int | None = None) -> Block:
        """The same block, starting or ending elsewhere (a formula or a label taken off it)."""
        return Block(
            self.start if start is None else start,
            self.end if end is None else end,
            self.page,
            self.indent,
            self.hint,
        )


class Layout:
    """The normalised text and everything the layout stage took out of it."""

    __slots__ = (
        "artifacts",
        "blocks",
        "file_map",
        "geometry",
        "links",
        "offsets",
        "page_breaks",
        "pages",
        "text",
    )

    def __init__(
        self,
        text: str,
        offsets: OffsetMap,
        blocks: list[Block],
        links: list[Link] | None = None,
        artifacts: list[Artifact] | None = None,
        pages: int = 1,
        page_breaks: tuple[int, ...] = (),
        file_map: OffsetMap | None = None,
    ) -> None:
        self.text = text
        self.offsets = offsets
        self.blocks = blocks
        self.links = links if links is not None else []
        self.artifacts = artifacts if artifacts is not None else []
        self.pages = pages
        self.page_breaks = page_breaks
        #: For a rich format read with positions: normalised offsets → lines and columns of the file.
        self.file_map = file_map
        #: For a PDF: where each span of its text view is printed (:class:`resparse.model.Geometry`).
        self.geometry: Geometry | None = None
