"""Lint the UN's own 2020–2022 Chinese resolutions, rendered to text: no crash, findings per rule.

The table of findings per rule and every RS101 (year-mismatch) finding are printed (run with ``-s``),
so that each year mismatch can be reviewed against the register.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

import resparse
from resparse.api import refs
from resparse.checks import check
from resparse.rules import RULES
from tests.unxml import UNXML_DIR, chinese_files, render_lines, render_pdf

LAYOUTS = {"lines": render_lines, "pdf": render_pdf}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not UNXML_DIR.is_dir(), reason="../shared/corpus/unxml not available"),
]


@cache
def lint(layout: str):
    return [
        (path.name, f)
        for path in chinese_files()
        for f in check(refs(resparse.parse_text(LAYOUTS[layout](path), path.name)))
    ]


def test_findings_per_rule() -> None:
    counts = {layout: Counter(f.code for _, f in lint(layout)) for layout in LAYOUTS}
    print(f"\nfindings over {len(chinese_files())} resolutions")
    print(f"{'rule':<28}{'lines':>8}{'pdf':>8}")
    for code, rule in RULES.items():
        print(f"{code} {rule.name:<22}{counts['lines'][code]:>8}{counts['pdf'][code]:>8}")
    print("RS101 findings (review against the register):")
    for name, f in lint("lines"):
        if f.code == "RS101":
            print(f"  {name} {f.paragraph}: {f.message}")
    # Both layouts carry the same text: every rule but the link rules (RS3xx) must agree.
    for code in RULES:
        if not code.startswith("RS3"):
            assert counts["lines"][code] == counts["pdf"][code], code
    assert counts["lines"]["RS301"] == counts["lines"]["RS302"] == counts["lines"]["RS303"] == 0
    # The published texts are carefully edited: year mismatches are rare, not a parser artefact.
    assert counts["lines"]["RS101"] <= 10
