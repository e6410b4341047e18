"""The linter: every rule family over one document, then selection, suppression and levels.

Checks never read files: they take the parsed document and its references and return findings
(:class:`~resparse.model.Diagnostic`), sorted by position.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from resparse import patterns
from resparse.api import References
from resparse.checks import citations, links, structure
from resparse.checks.context import Context
from resparse.checks.rules import LEVELS, RULES, matches, validate_patterns
from resparse.citations.register import Register, default_register
from resparse.model import Diagnostic, Document

_FAMILIES = (citations, links, structure)


@dataclass(frozen=True)
class Selection:
    """Which findings to keep: codes or prefixes to select and ignore, and the lowest level shown."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    min_level: str = "note"
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("select", "ignore"):
            value = getattr(self, name)
            codes = tuple(c.strip().upper() for c in ((value,) if isinstance(value, str) else value))
            unknown = validate_patterns(codes)
            if unknown:
                raise ValueError(f"{name}: no rule is selected by {', '.join(unknown)}")
            object.__setattr__(self, name, codes)
        if self.min_level not in LEVELS:
            raise ValueError(f"min_level must be one of {', '.join(LEVELS)}, not {self.min_level!r}")

    def keeps(self, finding: Diagnostic, extra_ignores: Sequence[str] = ()) -> bool:
        return (
            matches(finding.code, self.select)
            and not matches(finding.code, (*self.ignore, *extra_ignores))
            and LEVELS.index(finding.level) >= LEVELS.index(self.min_level)
        )


def check(
    references: References | Document,
    *,
    register: Register | None = None,
    lang: str = "en",
    selection: Selection | None = None,
    file_ignores: Sequence[str] = (),
) -> list[Diagnostic]:
    """Run every rule on one document; keep what ``selection`` selects and the text does not suppress.

    ``references`` is what :func:`resparse.api.refs` returns, or a parsed document (its references are
    then found here, with the same register).
    """
    if isinstance(references, Document):
        from resparse.api import refs

        references = refs(references, register=register)
    ctx = Context(references, register or default_register(), lang)
    selection = selection or Selection()
    suppressed = suppressions(references.document)
    findings = []
    for family in _FAMILIES:
        for finding in family.check(ctx):
            if finding.code not in RULES:
                continue
            if finding.code in suppressed.get(finding.paragraph, ()):
                continue
            if selection.keeps(finding, file_ignores):
                findings.append(finding)
    findings.sort(
        key=lambda f: (f.span.start.line, f.span.start.column, f.code) if f.span else (0, 0, f.code)
    )
    return findings


def suppressions(document: Document) -> dict[str | None, set[str]]:
    """Codes suppressed per paragraph by a directive line just above it."""
    out: dict[str | None, set[str]] = {}
    for artifact in document.artifacts:
        if artifact.kind != "directive":
            continue
        m = patterns.DIRECTIVE.match(artifact.text)
        codes = {c.upper() for c in regex.split(r"[,\s]+", (m["codes"] or "ALL").strip()) if c}
        following = next((p for p in document.paragraphs if p.span.start > artifact.span.start), None)
        if following is not None:
            expanded = {code for code in RULES if matches(code, tuple(codes))}
            out.setdefault(following.id, set()).update(expanded)
    return out
