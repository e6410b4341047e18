"""Layout normalisation: joins, artefacts, pages and the offset map back to the source."""

from __future__ import annotations

import pytest

import resparse
from resparse.layout.normalise import artifact_kind, normalise
from tests.support import CORPUS


def blocks(source: str) -> list[str]:
    layout = normalise(source)
    return [layout.text[b.start : b.end] for b in layout.blocks]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # PDF text: blank line after each line, one-space indent marks a paragraph.
        (
            " 回顾第 1787 \n\n(2007)号决议，重申其承\n\n诺，\n\n 决定继续处理此案。\n",
            ["回顾第 1787 (2007)号决议，重申其承诺，", "决定继续处理此案。"],
        ),
        # A Latin word broken with a space keeps it; a CJK join inserts none.
        (
            " 认识到 Financial \n\nAction Task Force 的工作和国际民\n\n航组织，\n\n 1. 决定；\n",
            ["认识到 Financial Action Task Force 的工作和国际民航组织，", "1. 决定；"],
        ),
        # A break inside a symbol without a space joins without one.
        (
            " 回顾 S/2017/\n\n375 号文件和第 2370\n\n(2017)号决议中的各项措施，\n\n 决定；\n",
            ["回顾 S/2017/375 号文件和第 2370(2017)号决议中的各项措施，", "决定；"],
        ),
        # One paragraph per line (Word export), CJK indentation with ideographic spaces.
        (
            "安全理事会，\n\u3000\u3000回顾其决议，\n1. 决定；\n2. 决定继续处理此案。\n",
            ["安全理事会，", "回顾其决议，", "1. 决定；", "2. 决定继续处理此案。"],
        ),
        # Hard-wrapped, blank lines between paragraphs.
        (
            "回顾其以往关于塞浦路斯的所有决议，特别是第1251(1999)号\n决议，\n\n欢迎报告和秘书长关于塞浦路斯问题的所有相关\n建议，\n",
            [
                "回顾其以往关于塞浦路斯的所有决议，特别是第1251(1999)号决议，",
                "欢迎报告和秘书长关于塞浦路斯问题的所有相关建议，",
            ],
        ),
        # A short draft whose cover lines are its longest unpunctuated lines: still one per line.
        (
            "第 2400 (2018)号决议\n2018 年 2 月 24 日安全理事会第 8188 次会议通过\n安全理事会，\n回顾其决议，\n1. 决定；\n",
            [
                "第 2400 (2018)号决议",
                "2018 年 2 月 24 日安全理事会第 8188 次会议通过",
                "安全理事会，",
                "回顾其决议，",
                "1. 决定；",
            ],
        ),
        # Hard-wrapped: a line ending in a comma continues unless the next opens like a paragraph.
        (
            "安全理事会，\n回顾其关于反恐怖主义的各项决议和主席声\n明，重申其对会员国主权的尊重和支持，\n"
            "1. 决定执行局继续开展\n工作，直至 2027 年 12 月 31 日，\n并请秘书长每六个月向安理会报告一次执\n行情况；\n",
            [
                "安全理事会，",
                "回顾其关于反恐怖主义的各项决议和主席声明，重申其对会员国主权的尊重和支持，",
                "1. 决定执行局继续开展工作，直至 2027 年 12 月 31 日，并请秘书长每六个月向安理会报告一次执行情况；",
            ],
        ),
        # Blank lines between short hard-wrapped paragraphs.
        (
            "安全理事会，\n\n回顾第 1373(2001)号决议和\n秘书长的报告和\n其他文件，\n\n1. 决定继续积极处理此案。\n",
            [
                "安全理事会，",
                "回顾第 1373(2001)号决议和秘书长的报告和其他文件，",
                "1. 决定继续积极处理此案。",
            ],
        ),
        # A number alone on its line belongs to the text on the next.
        (
            "安全理事会，\n回顾其决议，\n1. 决定；\n2.\n请秘书长报告；\n",
            ["安全理事会，", "回顾其决议，", "1. 决定；", "2.请秘书长报告；"],
        ),
    ],
    ids=[
        "pdf",
        "latin-space",
        "symbol-break",
        "one-per-line",
        "blank-separated",
        "cover-lines",
        "wrapped-commas",
        "short-blank-separated",
        "label-alone",
    ],
)
def test_blocks(source: str, expected: list[str]) -> None:
    assert blocks(source) == expected


def test_a_lone_fraction_is_text_not_a_page_number() -> None:
    assert blocks("安全理事会，\n回顾大会第\n71/291\n号决议，\n1. 决定；\n")[1] == "回顾大会第71/291号决议，"


def test_annex_lists_do_not_change_the_layout() -> None:
    entries = [f"阿卜杜勒·哈利克·胡希{i}，别名阿布·阿里，胡塞武装的军事指挥官兼领导人之一" for i in range(12)]
    source = (
        "安全理事会，\n回顾其决议，\n1. 决定；\n2. 决定继续积极处理此案。\n附件\n" + "\n".join(entries) + "\n"
    )
    assert len(blocks(source)) == 5 + 12


def test_artifacts_pages_and_links() -> None:
    source = (CORPUS / "pdf_artifacts.txt").read_text(encoding="utf-8")
    layout = normalise(source)
    assert layout.pages == 3
    assert [(link.url.rsplit("/", 1)[1], link.page) for link in layout.links] == [
        ("1373(2001)", 1),
        ("1787(2007)", 1),
        ("2370(2017)", 2),
    ]
    kinds = [(a.kind, a.page) for a in layout.artifacts if a.kind != "url"]
    assert kinds == [
        ("job-number", 1),
        ("page-number", 1),
        ("page-header", 2),
        ("page-number", 2),
        ("page-number", 3),
    ]
    for block in layout.blocks:
        text = layout.text[block.start : block.end]
        assert "http" not in text and "26-01234" not in text and "\n" not in text
    # The paragraph that runs over the page break (one-space continuation at the top of page 3).
    assert any(layout.text[b.start : b.end].endswith("请秘书长向安理会报告执行情况；") for b in layout.blocks)


def test_offset_map_points_at_the_source() -> None:
    source = (CORPUS / "pdf_artifacts.txt").read_text(encoding="utf-8")
    layout = normalise(source)
    lines = source.split("\n")
    for block in layout.blocks:
        text = layout.text[block.start : block.end]
        for i, char in enumerate(text):
            if char == " ":
                continue
            pos = layout.offsets.position(block.start + i)
            assert lines[pos.line - 1][pos.column - 1] == char
    span = layout.offsets.span(layout.text.index("1787 (2007)"), layout.text.index("1787 (2007)") + 11)
    assert (span.start.line, span.start.column, span.end.line, span.end.column) == (11, 19, 13, 7)


@pytest.mark.parametrize(
    ("line", "page_number", "kind"),
    [
        ("<!-- resparse: ignore RS202 -->", False, "directive"),
        ("# resparse: ignore", False, "directive"),
        ("# 标题", False, None),
        ("https://undocs.org/ch/S/RES/1373(2001)", False, "url"),
        ("http://undocs.org/S/RES/2471 (2019)", False, "url"),
        ("https 不是链接", False, None),
        ("S/RES/2395 (2017)", False, "page-header"),
        ("A/RES/71/291", False, "page-header"),  # a General Assembly resolution's running header
        ("17-23037 (C)", False, "job-number"),
        ("*1723037*", False, "job-number"),
        ("17-23037 (C) 3/9", False, "job-number"),
        ("2/9", True, "page-number"),
        ("2/9", False, None),
        ("1. 决定；", False, None),
        ("Security Council", False, None),
    ],
)
def testartifact_kind(line: str, page_number: bool, kind: str | None) -> None:
    assert artifact_kind(line, page_number) == kind


# Text out of a PDF (every line followed by a blank one): an extractor breaks a printed line after a
# footnote's superscript, and the rest of it looks indented; a page that broke with no furniture to
# show it opens with one space; pdfium writes some hyphens as U+0002.
_BROKEN_AT_MARKERS = (
    " 大会，\n\n"
    " 重申普遍实现《联合国宪章》所赋予、两项国际人权公约1\n\n"
    " 所体现以及大会1960年12月14日第1514(XV)号决议所载《给予殖民地国家和人民独立\n\n"
    "宣言》中所列人民自决权利对于切实保障和尊重人权的重要性，\n\n"
    " 回顾其关于普遍实现人民自决权利的各项决议以及关于冠状病毒病(COVID\x0219)的各项\n\n"
    "决议，\n\n"
    " 1. 重申所有人民普遍实现自决权利是切实保障和尊重人权以及维护和促进这种权利的一\n\n"
    "个基本条件；\n\n"
    " 2. 决定继续审议这一问题。\n\n"
    "1 第2200 A(XXI)号决议，附件。\n\n"
)


def test_a_line_broken_after_a_marker_carries_on() -> None:
    document = resparse.parse_text(_BROKEN_AT_MARKERS)
    assert [p.id for p in document.paragraphs] == ["PP1", "PP2", "OP1", "OP2", "FN1"]
    assert (
        document.paragraph("PP1").text.startswith("重申") and "公约所体现" in document.paragraph("PP1").text
    )
    assert "COVID-19" in document.paragraph("PP2").text
