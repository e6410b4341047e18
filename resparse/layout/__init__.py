"""The layout stage: undo what PDF extraction and word processors do to the text, keeping a map back.

- :mod:`~resparse.layout.normalise` walks the physical lines of plain text (or the blocks of a rich
  format) and builds the normalised text, its blocks and the page furniture taken out;
- :mod:`~resparse.layout.rules` decides, from evidence the document gives, where a paragraph starts;
- :mod:`~resparse.layout.offsets` maps normalised offsets back to lines and columns of the source.

A new extraction layout (another PDF tool's conventions) is a new style in ``rules``; new furniture
(another organ's running header) is a pattern in :mod:`resparse.grammar.furniture`.
"""

from resparse.layout.blocks import Block, Layout
from resparse.layout.normalise import from_markdown, from_rich, normalise

__all__ = ["Block", "Layout", "from_markdown", "from_rich", "normalise"]
