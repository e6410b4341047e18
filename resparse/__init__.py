"""resparse: split, cite-check and lint the Chinese text of United Nations resolutions."""

from resparse.api import parse, parse_source, parse_text
from resparse.errors import InputError
from resparse.model import Document, Link, Paragraph, Position, Span

__all__ = [
    "Document",
    "InputError",
    "Link",
    "Paragraph",
    "Position",
    "Span",
    "parse",
    "parse_source",
    "parse_text",
]
__version__ = "0.1.0"
