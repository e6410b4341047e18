"""The structure words: annex headings among them."""

from __future__ import annotations

import pytest

from resparse.grammar.structure import is_annex_heading


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("附件", True),
        ("附件二", True),
        ("附件 C", True),
        ("附录 A", True),
        # A wrapped line of a sentence that happens to start with the word: no heading.
        ("附件 C 第一部分所列物项，相关国家应在出售、供应或转让完成后不超过 15 个", False),
        ("附件所列措施。", False),
    ],
)
def test_is_annex_heading(line: str, heading: bool) -> None:
    assert is_annex_heading(line) is heading
