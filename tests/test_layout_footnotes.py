"""Footnotes in plain text: the notes at a page's foot (or after the text), their markers in the text."""

from __future__ import annotations

import pytest

import resparse
from tests.support import unaccounted

PDF = (
    " 大会， \n\n"
    " 重申普遍实现两项国际人权公约1 所体现的人民自决权利，并回顾第39/172 号决议和\n\n"
    "2019年12月18日第74/140号决议， \n\n"
    " 表示注意到秘书长的报告，3 \n\n"
    "1 第2200 A(XXI)号决议，附件。 \n\n"
    "2 人权理事会第39/17号决议。 \n\n"
    "3 A/75/240。 \n\n"
    "https://undocs.org/ch/A/RES/74/140\n"
    "20-17312 (C)\n"
    "1/2\n"
    "A/RES/75/173\n\n"
    "  1. 重申所有人民普遍实现自决权利是切实保障和尊重人权的一个基本条件； \n\n"
    " 2. 决定继续审议这一问题。 \n\n"
    "20-17312 (C)\n"
    "2/2\n"
)


def test_page_foot_notes_and_their_markers() -> None:
    document = resparse.parse_text(PDF)
    notes = [(p.id, p.number, p.text) for p in document.paragraphs if p.kind == "footnote"]
    assert notes == [
        ("FN1", "1", "第2200 A(XXI)号决议，附件。"),
        ("FN2", "2", "人权理事会第39/17号决议。"),
        ("FN3", "3", "A/75/240。"),
    ]
    markers = [(a.text, a.span.start.line) for a in document.artifacts if a.kind == "footnote-marker"]
    assert markers == [("1", 3), ("2", 3), ("3", 7)]
    pp1 = document.paragraph("PP1")
    assert "公约 所体现" in pp1.text and "第39/17 号决议" in pp1.text  # the markers are out of the text
    assert [p.id for p in document.paragraphs if p.kind != "footnote"] == ["PP1", "PP2", "OP1", "OP2"]
    cited = [c.symbol for c in resparse.refs(document).citations]
    assert "A/RES/39/17" in cited and "A/HRC/RES/39/17" in cited and "A/RES/2200 A(XXI)" in cited
    assert unaccounted(document, PDF) == {"missing": [], "doubled": []}


def test_notes_after_the_text_of_a_word_export() -> None:
    text = "大会，\n回顾两项国际人权公约，\n1. 决定继续审议。\n第41次全体会议\n1 第2200 A(XXI)号决议，附件。\n2 A/75/240。\n"
    document = resparse.parse_text(text)
    assert [(p.id, p.text) for p in document.paragraphs if p.kind == "footnote"] == [
        ("FN1", "第2200 A(XXI)号决议，附件。"),
        ("FN2", "A/75/240。"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Numbered lines that are the text's own (a list), not notes.
        "大会，\n回顾以往决议，\n决定：\n1 第一项；\n2 第二项。\n",
        # A PDF page whose numbered lines nothing in the text above refers to.
        " 大会， \n\n 回顾以往的决议， \n\n 表示注意到报告， \n\n1 第2200 A(XXI)号决议。 \n\n 1. 决定继续审议。 \n",
    ],
)
def test_no_notes_without_the_documents_evidence(text: str) -> None:
    document = resparse.parse_text(text)
    assert not [p for p in document.paragraphs if p.kind == "footnote"]
    assert not [a for a in document.artifacts if a.kind == "footnote-marker"]


def test_a_date_wrapped_at_a_line_end_is_no_marker() -> None:
    text = (
        " 大会， \n\n 回顾其2016年6月1\n\n日第70/265号决议1 以及有关报告，2 \n\n"
        " 1. 决定继续审议。 \n\n1 第70/265号决议。 \n\n2 A/75/240。 \n"
    )
    document = resparse.parse_text(text)
    markers = [(a.text, a.span.start.line) for a in document.artifacts if a.kind == "footnote-marker"]
    assert markers == [("1", 5), ("2", 5)]
    assert "2016年6月1日第70/265号决议 以及" in document.paragraph("PP1").text


#: ``pdftotext``'s pages: no indents, form feeds between pages, and each page's note numbers in a
#: column of their own above the notes' texts (one of them left beside its text too, one printed
#: under the footer), the page number among them.
POPPLER = (
    "大会，\n"
    "重申两项国际人权公约1 所体现的人民自决权利，\n"
    "表示注意到秘书长的报告，2\n"
    "1. 决定继续审议这一问题；\n"
    "\n1\n2\n1/2\n\n"
    "第2200 A(XXI)号决议，附件。\n"
    "2 A/75/240。\n"
    "\n20-17312 (C)\n"
    "\x0cA/RES/75/173\n\n"
    "2. 又决定请秘书长提交报告，3 并列入议程，4\n"
    "3. 还决定继续处理此案。\n"
    "\n3\n\n"
    "第74/140号决议。\n"
    "A/75/241。\n"
    "2/2\n\n20-17312\n\n4\n"
)


def test_a_column_of_note_numbers_as_pdftotext_prints_it() -> None:
    document = resparse.parse_text(POPPLER)
    notes = [(p.id, p.text) for p in document.paragraphs if p.kind == "footnote"]
    assert notes == [
        ("FN1", "第2200 A(XXI)号决议，附件。"),
        ("FN2", "A/75/240。"),
        ("FN3", "第74/140号决议。"),
        ("FN4", "A/75/241。"),
    ]
    numbers = [(a.text, a.span.start.line) for a in document.artifacts if a.kind == "footnote-number"]
    assert numbers == [("1", 6), ("2", 7), ("3", 19), ("4", 27)]
    assert [p.id for p in document.paragraphs if p.kind != "footnote"] == ["PP1", "PP2", "OP1", "OP2", "OP3"]
    assert document.paragraph("OP2").text == "又决定请秘书长提交报告， 并列入议程，"
    assert unaccounted(document, POPPLER) == {"missing": [], "doubled": []}


@pytest.mark.parametrize(
    "column",
    [
        "1\n3\n\n第一项说明。\n第二项说明。\n",  # a number missing, and standing nowhere else
        "1\n2\n\n第一项说明。\n",  # fewer texts than numbers
    ],
)
def test_a_column_that_does_not_add_up_is_no_notes(column: str) -> None:
    text = "大会，\n回顾两项国际人权公约1 所体现的权利，2\n1. 决定继续审议。\n\n" + column + "\x0c1/1\n"
    document = resparse.parse_text(text)
    assert not [p for p in document.paragraphs if p.kind == "footnote"]


@pytest.mark.parametrize("mark", ["²", "①", "⑴", "٣"])
def test_a_digit_that_is_not_ascii_is_no_note_number(mark: str) -> None:
    text = f"安全理事会，\n回顾其决议{mark}，\n{mark}\n又回顾，\n1 第1号决议。\n1. 决定继续处理此案。\n"
    document = resparse.parse_text(text)
    assert document.paragraphs  # no error on the way
