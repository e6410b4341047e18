"""The structure words: annex headings and enacting formulas among them."""

from __future__ import annotations

import pytest

from resparse.grammar.structure import is_annex_heading, is_any_formula


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


@pytest.mark.parametrize(
    ("line", "formula"),
    [
        ("大会，", True),
        ("大会", True),  # a later part's formula may stand without its comma
        ("安全理事会，", True),
        ("The General Assembly,", True),  # longer than any Chinese formula
        ("The Economic and Social Council,", True),
        ("The General Assembly", False),  # the English writes its comma
        ("大会通过本决议附件所载的宣言，", False),
    ],
)
def test_is_any_formula(line: str, formula: bool) -> None:
    """Later parts of a resolution adopted in parts start at their formula, in either language."""
    assert is_any_formula(line) is formula
