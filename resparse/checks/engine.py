"""The linter's engine: every rule family over one document, then selection, suppression and levels.

Checks never read files or run the pipeline: they take what :func:`resparse.api.refs` found for one
document and return findings (:class:`~resparse.model.Diagnostic`), sorted by position.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from resparse.checks import citations, links, structure
from resparse.checks.context import Context
from resparse.citations.register import Register, default_register
from resparse.grammar.furniture import DIRECTIVE
from resparse.model import Diagnostic, Document, References
from resparse.rules import LEVELS, UnknownCodes, check_language, check_level, expand, matches, parse_codes

_FAMILIES = (citations, links, structure)


class _Choice(NamedTuple):
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    min_level: str


class Selection(_Choice):
    """Which findings to keep: codes or prefixes to select and ignore, and the lowest level shown.

    Codes are validated (and upper-cased) when the selection is made: a typo is a :class:`ValueError`.
    """

    __slots__ = ()

    def __new__(
        cls, select: str | Iterable[str] = ("ALL",), ignore: str | Iterable[str] = (), min_level: str = "note"
    ) -> Selection:
        codes = {}
        for name, value in (("select", select), ("ignore", ignore)):
            try:
                codes[name] = parse_codes(value)
            except UnknownCodes as exc:
                raise ValueError(f"{name}: {exc}") from None
        return super().__new__(cls, codes["select"], codes["ignore"], check_level(min_level, "min_level"))

    def keeps(self, finding: Diagnostic, extra_ignores: Iterable[str] = ()) -> bool:
        return (
            matches(finding.code, self.select)
            and not matches(finding.code, (*self.ignore, *extra_ignores))
            and LEVELS.index(finding.level) >= LEVELS.index(self.min_level)
        )


def check(
    references: References,
    *,
    register: Register | None = None,
    lang: str = "en",
    selection: Selection | None = None,
    file_ignores: Sequence[str] = (),
) -> list[Diagnostic]:
    """Run every rule on one document; keep what ``selection`` selects and the text does not suppress."""
    ctx = Context(references, register or default_register(), check_language(lang))
    selection = selection or Selection()
    suppressed = suppressions(references.document)
    findings = []
    for family in _FAMILIES:
        for finding in family.check(ctx):
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
    directives = [a for a in document.artifacts if a.kind == "directive"]
    if not directives:
        return {}
    # The paragraph a directive applies to: the first (in reading order) that starts after it.
    by_start = sorted((p.span.start, i) for i, p in enumerate(document.paragraphs))
    starts = [start for start, _ in by_start]
    first_after = [len(by_start)] * (len(by_start) + 1)  # the smallest index among those from k on
    for k in range(len(by_start) - 1, -1, -1):
        first_after[k] = min(by_start[k][1], first_after[k + 1])
    out: dict[str | None, set[str]] = {}
    for artifact in directives:
        m = DIRECTIVE.match(artifact.text)
        codes = (m["codes"] if m else None) or "ALL"
        index = first_after[bisect_right(starts, artifact.span.start)]
        if index < len(document.paragraphs):
            selected = expand(code.upper() for code in codes.replace(",", " ").split())
            out.setdefault(document.paragraphs[index].id, set()).update(selected)
    return out
