"""Every error-level finding on the reference corpus is a true error of the UN's text or its links.

``tests/data/corpus_errors.tsv`` lists them, each with the reason (written by ``tools/corpus_errors.py``
from the reviews). A finding resparse makes that the table does not list is a false error to fix; one
the table lists that resparse no longer makes is a true error it has stopped seeing. Either fails::

    python -m pytest tests/test_corpus_findings.py -s -q
"""

from __future__ import annotations

import pytest

import resparse
from tests.support import ROOT
from tests.unxml import UNXML_DIR, UNXML_GA_DIR, chinese_files, ga_chinese_files

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        not (UNXML_DIR.is_dir() and UNXML_GA_DIR.is_dir()), reason="../shared/corpus not available"
    ),
]


def _table() -> dict[tuple[str, str, str, str], str]:
    lines = (ROOT / "tests" / "data" / "corpus_errors.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    return {(file, code, paragraph, message): reason for file, code, paragraph, message, reason in rows}


def test_every_error_on_the_corpus_is_one_of_the_un_text() -> None:
    table = _table()
    found = set()
    for path in [*chinese_files(), *ga_chinese_files()]:
        for finding in resparse.check(resparse.parse(path)):
            if finding.level == "error":
                found.add((path.name, finding.code, finding.paragraph or "", finding.message))
    false_errors = sorted(found - set(table))
    lost = sorted(set(table) - found)
    print(f"\n{len(found)} error-level findings on {len(chinese_files()) + len(ga_chinese_files())} files")
    for row in false_errors:
        print("  not a listed error:", row)
    for row in lost:
        print("  no longer found:", row)
    assert false_errors == [] and lost == []
    assert all(reason and reason != "REVIEW" for reason in table.values())
