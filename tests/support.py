"""Shared test helpers: where the reference data lives, and the 'nothing is lost' audit."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import regex

from resparse.layout.offsets import LineIndex
from resparse.model import Document, Span

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
PDF_2395 = SHARED / "corpus" / "S_RES_2395_2017.pdftext.zh.txt"


def need(path: Path) -> Path:
    """Skip the test cleanly when the shared reference data is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"reference data not available: {path}")
    return path


def span_offsets(lines: LineIndex, span: Span) -> range:
    start = lines.starts[span.start.line - 1] + span.start.column - 1
    end = lines.starts[span.end.line - 1] + span.end.column - 1
    return range(start, end)


def unaccounted(document: Document, source: str) -> dict[str, list[int]]:
    """Source offsets of non-whitespace characters covered by no unit, or by more than one.

    A unit is a paragraph (its characters, label included, traced through the offset map), the formula,
    the cover block, or a layout artefact (its span).
    """
    lines = LineIndex(source)
    cover = Counter()
    for paragraph in document.paragraphs:
        start, end = paragraph.extent
        for offset in set(document.source_map.source_offsets(start, end)):
            cover[offset] += 1
    if document.formula:
        cover.update(span_offsets(lines, document.formula.span))
    for part in document.parts[1:]:  # the first part's formula is the document's
        if part.formula is not None:
            cover.update(span_offsets(lines, part.formula.span))
    if document.cover:
        start = document.text.find(document.cover.text)
        cover.update(set(document.source_map.source_offsets(start, start + len(document.cover.text))))
    for artifact in document.artifacts:
        cover.update(span_offsets(lines, artifact.span))
    missing = [i for i, c in enumerate(source) if _visible(c) and cover[i] == 0]
    doubled = [i for i, c in enumerate(source) if _visible(c) and cover[i] > 1]
    return {"missing": missing, "doubled": doubled}


def _visible(char: str) -> bool:
    """Not white space, and not an invisible format mark (LRM, zero-width space, BOM): layout."""
    return not char.isspace() and unicodedata.category(char) != "Cf"


def point_key(label: str) -> str:
    """One spelling for a sub-paragraph key: "10a." and "10(a)" name the same place."""
    import regex

    return regex.sub(r"(?<![(（])([a-z])\.", r"(\1)", label)


#: An operative paragraph's id, with the part of a resolution adopted in parts: ``OP4(a)``, ``B.OP2``.
_OPERATIVE_ID = regex.compile(r"(?P<part>[A-Z]{1,2}\.)?OP(?P<rest>.+)")


def outline(document: Document) -> tuple[int, list[str], dict[str, list[str]]]:
    """What the corpus tests compare with the UN's markup: preamble count, operative numbers, point labels."""
    preamble = sum(1 for p in document.paragraphs if p.kind == "preambular")
    numbers = [p.number for p in document.paragraphs if p.kind == "operative" and p.number]
    points: dict[str, list[str]] = {}
    texts = {p.id: p.text for p in document.paragraphs}
    for p in document.paragraphs:
        if p.kind == "subparagraph" and p.number and p.parent and (m := _OPERATIVE_ID.match(p.parent)):
            rest = m["rest"]
            if rest.startswith("u"):  # an unnumbered paragraph: keyed by its first words
                head, _, tail = rest.partition("(")
                rest = (
                    "u:"
                    + "".join(texts[f"{m['part'] or ''}OP{head}"].split())[:12]
                    + (f"({tail}" if tail else "")
                )
            points.setdefault((m["part"] or "") + point_key(rest), []).append(p.number)
    return preamble, numbers, points


def wrong_points(points: dict[str, list[str]], expected: dict[str, list[str]]) -> list[str]:
    """The paragraphs whose sub-paragraph labels differ from the markup's (``expected``, keyed as
    :mod:`tests.unxml` keys them; paragraphs without sub-paragraphs left out), sorted."""
    wanted = {point_key(k): v for k, v in expected.items() if v}
    return sorted(k for k, v in wanted.items() if points.get(k) != v)
