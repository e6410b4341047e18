"""Split the UN's own General Assembly resolutions (sessions 75–77), rendered to text, and compare with
their markup.

Each XML file is rendered in two layouts (one paragraph per line; PDF-like with wrapped lines, page
breaks, headers, footnotes at the foot of their page and URL lines) and split. The preamble count, the
operative number sequence and the sub-paragraph labels are compared with what the XML says, as
:mod:`tests.unxml` reads it (where the markup contradicts the text, the text). Match rates and every
miss are printed (run with ``-s``)::

    python -m pytest tests/test_unxml_ga_split.py -s -q
"""

from __future__ import annotations

from functools import cache

import pytest

import resparse
from tests.support import outline, point_key, wrong_points
from tests.unxml import UNXML_GA_DIR, ga_chinese_files, render_lines, render_pdf, truth

LAYOUTS = {"lines": render_lines, "pdf": render_pdf}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not UNXML_GA_DIR.is_dir(), reason="../shared/corpus/unxml-ga not available"),
]


@cache
def results(layout: str) -> dict[str, list[str]]:
    misses: dict[str, list[str]] = {"structure": [], "points": []}
    for path in ga_chinese_files():
        expected = truth(path)
        document = resparse.parse_text(LAYOUTS[layout](path), path.name)
        preamble, numbers, points = outline(document)
        if numbers != expected.operative_numbers or preamble != expected.preamble_count:
            misses["structure"].append(
                f"{path.name}: PP {preamble} vs {expected.preamble_count}, OP {_diff(numbers, expected.operative_numbers)}"
            )
        if wrong := wrong_points(points, expected.points):
            first = wrong[0]
            wanted = [v for k, v in expected.points.items() if point_key(k) == first]
            misses["points"].append(f"{path.name}: {wrong[:3]} {[points.get(first)]} vs {wanted}")
    return misses


def _diff(got: list[str], wanted: list[str]) -> str:
    if got == wanted:
        return "same"
    at = next(
        (i for i, (a, b) in enumerate(zip(got, wanted, strict=False)) if a != b), min(len(got), len(wanted))
    )
    return f"{len(got)} vs {len(wanted)}, from #{at}: {got[at : at + 4]} vs {wanted[at : at + 4]}"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_structure_matches_the_markup(layout: str) -> None:
    total = len(ga_chinese_files())
    misses = results(layout)
    rates = {kind: 1 - len(miss) / total for kind, miss in misses.items()}
    both = {line.split(":")[0] for miss in misses.values() for line in miss}
    print(
        f"\n[GA {layout}] {total} files: split exactly {1 - len(both) / total:.2%} "
        f"(structure {rates['structure']:.2%}, sub-paragraphs {rates['points']:.2%})"
    )
    for kind, miss in misses.items():
        for line in miss:
            print(f"  miss ({kind}): {line}")
    assert 1 - len(both) / total >= 0.995
