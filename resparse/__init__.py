"""resparse: split, cite-check and lint the Chinese text of United Nations resolutions.

>>> import resparse
>>> document = resparse.parse("examples/draft_resolution.txt")   # a path, "-" or the text itself
>>> references = resparse.refs(document)                          # citations, resolved and linked
>>> findings = resparse.check(references)                         # the linter's findings
"""

from resparse.api import load, parse, parse_source, parse_text, refs
from resparse.checks import check
from resparse.errors import InputError
from resparse.model import Citation, Diagnostic, Document, Link, Paragraph, Position, Span

__all__ = [
    "Citation",
    "Diagnostic",
    "Document",
    "InputError",
    "Link",
    "Paragraph",
    "Position",
    "Span",
    "check",
    "load",
    "parse",
    "parse_source",
    "parse_text",
    "refs",
]
__version__ = "0.1.0"
