"""resparse: split, cite-check and lint the Chinese text of United Nations resolutions.

>>> import resparse
>>> document = resparse.parse("examples/draft_resolution.txt")   # a path, "-" or the text itself
>>> references = resparse.refs(document)                          # citations, resolved and linked
>>> findings = resparse.check(references)                         # the linter's findings
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from resparse.version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from resparse.api import check, load, parse, parse_source, parse_text, refs
    from resparse.checks import Selection
    from resparse.citations.register import Register
    from resparse.errors import InputError
    from resparse.model import (
        Citation,
        Diagnostic,
        Document,
        Link,
        Paragraph,
        Position,
        References,
        Span,
    )

#: Where each public name lives: imported on first use, so that ``import resparse`` stays light.
_LAZY = {
    "check": "resparse.api",
    "compare": "resparse.api",
    "load": "resparse.api",
    "parse": "resparse.api",
    "parse_source": "resparse.api",
    "parse_text": "resparse.api",
    "refs": "resparse.api",
    "text_view": "resparse.api",
    "Selection": "resparse.checks",
    "Register": "resparse.citations.register",
    "InputError": "resparse.errors",
    **{
        name: "resparse.model"
        for name in (
            "Citation",
            "Diagnostic",
            "Document",
            "Link",
            "Paragraph",
            "Position",
            "References",
            "Span",
        )
    },
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    try:
        return import_module(f"resparse.{name}")  # a submodule: resparse.api, resparse.checks …
    except ModuleNotFoundError:
        raise AttributeError(f"module 'resparse' has no attribute {name!r}") from None


__all__ = [
    "Citation",
    "Diagnostic",
    "Document",
    "InputError",
    "Link",
    "Paragraph",
    "Position",
    "References",
    "Register",
    "Selection",
    "Span",
    "__version__",
    "check",
    "compare",
    "load",
    "parse",
    "parse_source",
    "parse_text",
    "refs",
    "text_view",
]
