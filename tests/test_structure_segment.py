"""Segmentation: formula, cover, preamble, operative paragraphs, sub-paragraphs, headings, annexes."""

from __future__ import annotations

import pytest

import resparse
from tests.support import CORPUS, unaccounted


def outline(name: str) -> list[tuple[str, str, str | None]]:
    document = resparse.parse(CORPUS / name)
    return [(p.id, p.kind, p.number) for p in document.paragraphs]


CASES = {
    "sections_lists_annex.txt": [
        ("PP1", "preambular", None),
        ("OP1", "operative", "1"),
        ("H1", "heading", "A"),
        ("OP2", "operative", "2"),
        ("OP2[1]", "subparagraph", "•"),
        ("OP2[2]", "subparagraph", "•"),
        ("H2", "heading", None),
        ("OP3", "operative", "3"),
        ("OP3[1]", "subparagraph", None),
        ("OP3[2]", "subparagraph", None),
        ("OP4", "operative", "4"),
        ("OP4(a)", "subparagraph", "(a)"),
        ("OP4(a)㈠", "subparagraph", "㈠"),
        ("OP4(a)㈡", "subparagraph", "㈡"),
        ("OP4(b)", "subparagraph", "(b)"),
        ("OP5", "operative", "5"),
        ("ANNEX1", "annex", None),
        ("ANNEX1.1", "annex-paragraph", "1"),
        ("ANNEX1.2", "annex-paragraph", "2"),
    ],
    "appendix_restart.txt": [
        ("PP1", "preambular", None),
        ("OP1", "operative", "1"),
        ("OP2", "operative", "2"),
        ("ANNEX1.1", "annex-paragraph", "1"),
        ("ANNEX1.2", "annex-paragraph", "2"),
    ],
    "single_operative.txt": [
        ("PP1", "preambular", None),
        ("PP2", "preambular", None),
        ("OPu1", "operative", None),
    ],
    "preamble_only.txt": [("PP1", "preambular", None), ("PP2", "preambular", None)],
    "no_formula.txt": [("PP1", "preambular", None), ("PP2", "preambular", None), ("OPu1", "operative", None)],
    "blank_separated.txt": [
        ("PP1", "preambular", None),
        ("PP2", "preambular", None),
        ("OP1", "operative", "1"),
        ("OP2", "operative", "2"),
    ],
    "pdf_artifacts.txt": [
        ("PP1", "preambular", None),
        ("PP2", "preambular", None),
        ("OP1", "operative", "1"),
        ("OP2", "operative", "2"),
        ("OP2(a)", "subparagraph", "(a)"),
        ("OP2(b)", "subparagraph", "(b)"),
        ("OP3", "operative", "3"),
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_outline(name: str) -> None:
    assert outline(name) == CASES[name]


@pytest.mark.parametrize("name", sorted(CASES))
def test_nothing_is_lost(name: str) -> None:
    path = CORPUS / name
    document = resparse.parse(path)
    source = path.read_text(encoding="utf-8")
    assert unaccounted(document, source) == {"missing": [], "doubled": []}


def test_formula_cover_and_phrases() -> None:
    document = resparse.parse(CORPUS / "pdf_artifacts.txt")
    assert document.formula is not None and document.formula.text == "安全理事会，"
    assert document.symbol == "S/RES/2999 (2026)"
    assert document.cover.title == "第 2999 (2026)号决议"
    assert document.cover.adoption == "2026年3月12日安全理事会第9999次会议通过"
    assert [p.phrase for p in document.paragraphs] == ["回顾", "重申", "决定", "请", None, None, "决定"]
    assert resparse.parse(CORPUS / "single_operative.txt").formula.organ == "大会"


def test_subparagraph_parents_and_text() -> None:
    document = resparse.parse(CORPUS / "sections_lists_annex.txt")
    by_id = {p.id: p for p in document.paragraphs}
    assert by_id["OP4(a)㈠"].parent == "OP4(a)"
    assert by_id["OP4(a)"].parent == "OP4"
    assert by_id["OP2[1]"].text == "冻结资金；"
    assert by_id["OP4"].text == "请秘书长："  # the label is not part of the text


def test_no_formula_is_a_diagnostic() -> None:
    document = resparse.parse(CORPUS / "no_formula.txt")
    assert [d.code for d in document.diagnostics] == ["no-formula"]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("安全理事会，\n回顾，\n１．决定；\n２．决定继续处理此案。\n", ["PP1", "OP1", "OP2"]),
        ("安全理事会，\n回顾，\n1. 请：\n（a） 报告；\n（b） 建议。\n", ["PP1", "OP1", "OP1(a)", "OP1(b)"]),
        ("安全理事会，\n回顾，\n1. 决定；\n1. 又决定；\n", ["PP1", "OP1", "OP1~2"]),
        ("安全理事会，\n回顾 1.5 亿人的需要，\n1. 决定。\n", ["PP1", "OP1"]),
        (
            "安全理事会，\n回顾，\n1. 请秘书长：\na) 报告；\ni) 安全；\nii) 人道；\nb) 建议；\n2. 决定。\n",
            ["PP1", "OP1", "OP1(a)", "OP1(a)(i)", "OP1(a)(ii)", "OP1(b)", "OP2"],
        ),
        (
            "安全理事会，\n回顾，\n1. 决定：\n(a) 甲：\n(i) 一；\n(ii) 二；\n(b) 乙；\n(c) 丙；\n(d) 丁；\n(e) 戊；\n"
            "(f) 己；\n(g) 庚；\n(h) 辛；\n(i) 壬；\n2. 决定。\n",
            [
                "PP1",
                "OP1",
                "OP1(a)",
                "OP1(a)(i)",
                "OP1(a)(ii)",
                "OP1(b)",
                "OP1(c)",
                "OP1(d)",
                "OP1(e)",
                "OP1(f)",
                "OP1(g)",
                "OP1(h)",
                "OP1(i)",
                "OP2",
            ],
        ),
        # Digits of other scripts (here Kawi, newer than Python's own Unicode tables) are no labels.
        (
            "安全理事会，\n回顾，\n1. 决定：\n\U00011f51) 项目；\n\U00011f52. 决定。\n",
            ["PP1", "OP1", "OP1[1]", "OP1[2]"],
        ),
    ],
    ids=[
        "fullwidth-numbers",
        "fullwidth-brackets",
        "repeated-number",
        "decimal-is-not-a-label",
        "closing-bracket-labels",
        "roman-under-letters-and-the-letter-i",
        "digits-of-other-scripts",
    ],
)
def test_label_traps(text: str, ids: list[str]) -> None:
    assert [p.id for p in resparse.parse_text(text).paragraphs] == ids


def test_formula_run_into_the_first_paragraph() -> None:
    document = resparse.parse_text("安全理事会，回顾其各项决议，\n1. 决定继续积极处理此案。\n")
    assert document.formula.text == "安全理事会，"
    assert (document.formula.span.start.column, document.formula.span.end.column) == (1, 7)
    first = document.paragraphs[0]
    assert (first.id, first.text, first.span.start.column) == ("PP1", "回顾其各项决议，", 7)


def test_markdown_markup_is_layout(tmp_path) -> None:
    text = "# 第 2999 (2026)号决议\n\n**安全理事会，**\n\n回顾第 1373(2001)号决议，\n\n- 重申其承诺，\n\n1. 决定继续积极处理此案。\n"
    (tmp_path / "draft.md").write_text(text, encoding="utf-8")
    document = resparse.parse(tmp_path / "draft.md")
    assert document.symbol == "S/RES/2999 (2026)"
    assert document.formula.text == "安全理事会，" and document.formula.span.start.column == 3
    assert [p.id for p in document.paragraphs] == ["PP1", "PP1[1]", "OP1"]
    assert unaccounted(document, text) == {"missing": [], "doubled": []}


def test_a_directory_is_not_text(tmp_path) -> None:
    with pytest.raises(resparse.InputError, match="directory"):
        resparse.parse(str(tmp_path))


@pytest.mark.parametrize(
    ("last", "kinds"),
    [
        ("注意到秘书长的报告(S/2025/100)", ["preambular", "preambular", "operative"]),  # lost its ，
        ("又回顾其第 2178(2014)号决议", ["preambular", "preambular", "operative"]),
        ("延长联几建和办任务期限", ["preambular", "heading", "operative"]),  # S/RES/2512: a real heading
        ("政治进程", ["preambular", "heading", "operative"]),
    ],
)
def test_a_preamble_that_lost_its_last_comma_stays_a_preamble(last: str, kinds: list[str]) -> None:
    """It became a heading H1 in the preamble, and check said all checks passed."""
    document = resparse.parse_text(f"安全理事会，\n回顾其以往各项决议，\n{last}\n1. 决定继续积极处理此案。\n")
    assert [p.kind for p in document.paragraphs] == kinds


def test_the_missing_comma_is_reported() -> None:
    document = resparse.parse_text(
        "安全理事会，\n回顾其以往各项决议，\n注意到秘书长的报告(S/2025/100)\n1. 决定继续积极处理此案。\n"
    )
    findings = resparse.check(document)
    assert [(f.code, f.paragraph) for f in findings] == [("RS403", "PP2")]


MARKUP = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<preamble><formula><p>安全理事会，</p></formula><container><p>回顾，</p></container></preamble>
<mainBody>
<paragraph><num>1.</num><list><intro><p>决定所有国家应：</p></intro></list></paragraph>
<paragraph><heading>资产冻结</heading></paragraph>
<paragraph><num>(a)</num><content><p>冻结资金；</p></content></paragraph>
<paragraph><heading>旅行禁令</heading></paragraph>
<paragraph><num>(b)</num><content><p>阻止入境；</p></content></paragraph>
<paragraph><num>2.</num><content><p>决定继续积极处理此案。</p></content></paragraph>
</mainBody></statement></akomaNtoso>
"""


def test_markup_items_after_headings_go_on_with_the_list(tmp_path) -> None:
    """As in S/RES/2610: the items under 资产冻结 and 旅行禁令 were unnumbered operative paragraphs."""
    (tmp_path / "r.xml").write_text(MARKUP, encoding="utf-8")
    document = resparse.parse(tmp_path / "r.xml")
    assert [p.id for p in document.paragraphs] == ["PP1", "OP1", "H1", "OP1(a)", "H2", "OP1(b)", "OP2"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("General activities of the Department of Global Communications", "heading"),  # 61 characters
        ("全球传播部的一般性活动", "heading"),
        ("全球传播部的一般性活动" * 4, "subparagraph"),  # 44 ideographs: an item of the list, not a title
        ("2021 2022 2023 12 345 600 13 456 700 14 567 800 15 678 900 16 789 000 17 890 100", "subparagraph"),
    ],
)
def test_a_heading_is_short_for_its_language(title: str, kind: str) -> None:
    """English runs to about four characters for each Chinese one, and so do its headings."""
    if title.isascii() and not title[0].isdigit():
        text = f"The General Assembly,\nRecalling its resolutions,\n1. Decides to act;\n{title}\n2. Requests a report.\n"
    else:
        text = f"大会，\n回顾其决议，\n1. 决定批款如下：\n{title}\n2. 请秘书长提交报告。\n"
    paragraphs = resparse.parse_text(text).paragraphs
    assert paragraphs[2].kind == kind
