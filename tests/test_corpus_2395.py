"""The real PDF text of S/RES/2395 (2017): structure, page breaks, links, nothing lost."""

from __future__ import annotations

import pytest

import resparse
from tests.support import PDF_2395, need, unaccounted


@pytest.fixture(scope="module")
def document():
    return resparse.parse(need(PDF_2395))


def test_structure(document) -> None:
    assert document.formula.text == "安全理事会，"
    assert (document.formula.span.start.line, document.formula.span.start.column) == (1, 3)
    kinds = [p.kind for p in document.paragraphs]
    assert kinds == ["preambular"] * 33 + ["operative"] * 33
    assert [p.id for p in document.paragraphs[:33]] == [f"PP{i}" for i in range(1, 34)]
    assert [p.number for p in document.paragraphs[33:]] == [str(i) for i in range(1, 34)]
    assert document.symbol is None and document.cover is None


def test_paragraph_continues_across_the_page_break(document) -> None:
    op12 = document.paragraph("OP12")
    assert op12.span.start.line == 409 and op12.span.end.line == 428
    assert "协助获得会员国对国家访问和报告的认可" in op12.text
    op18 = document.paragraph("OP18")
    assert "特别是在实施技术援助和能力建设时" in op18.text


def test_links_and_pages(document) -> None:
    assert document.pages == 9
    assert len(document.links) == 20
    assert [link.page for link in document.links] == [5, 5] + [6] * 7 + [7] * 9 + [8, 8]
    assert document.links[0].url == "https://undocs.org/ch/S/RES/1373(2001)"
    assert (document.links[0].span.start.line, document.links[0].span.start.column) == (337, 1)
    assert document.paragraph("OP7").page == 6


def test_texts_are_clean(document) -> None:
    for paragraph in document.paragraphs:
        assert "http" not in paragraph.text
        assert "\n" not in paragraph.text
        assert not paragraph.text.startswith((" ", "1", "2", "3"))
    assert "第 1535(2004)号、1787 (2007)、1805(2008)" in document.paragraph("PP1").text
    assert "第 2370 (2017)号决议" in document.paragraph("PP23").text


def test_spans_are_exact(document) -> None:
    lines = PDF_2395.read_text(encoding="utf-8").split("\n")
    for paragraph in document.paragraphs:
        start, end = paragraph.span.start, paragraph.span.end
        assert lines[start.line - 1][start.column - 1 :].startswith((paragraph.label or paragraph.text)[:1])
        assert lines[end.line - 1][: end.column - 1].endswith(paragraph.text[-1])


def test_nothing_is_lost(document) -> None:
    source = PDF_2395.read_text(encoding="utf-8")
    assert unaccounted(document, source) == {"missing": [], "doubled": []}
