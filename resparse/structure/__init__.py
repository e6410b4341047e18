"""The segment stage: blocks of normalised text → cover, formula, paragraphs, headings, annexes.

- :mod:`~resparse.structure.segment` reads the structure off plain text (a state machine over blocks);
- :mod:`~resparse.structure.markup` follows the markup of a rich format that names its blocks;
- :mod:`~resparse.structure.writer` gives both the same paragraph ids;
- :mod:`~resparse.structure.pieces` takes labels off blocks and reads the cover.
"""

from resparse.structure.segment import segment
from resparse.structure.writer import Structure

__all__ = ["Structure", "segment"]
