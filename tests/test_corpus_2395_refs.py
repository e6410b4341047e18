"""Citations of the real PDF text of S/RES/2395 (2017)."""

from __future__ import annotations

from collections import Counter

import pytest

import resparse
from resparse.api import refs
from tests.support import PDF_2395, need


@pytest.fixture(scope="module")
def result():
    return refs(resparse.parse(need(PDF_2395)))


def test_security_council_citations(result) -> None:
    sc = [c for c in result.citations if c.type == "sc-resolution"]
    written = [c for c in sc if c.form == "resolution"]
    assert len(written) == 71
    assert len({c.symbol for c in sc}) == 37
    pp1 = [c for c in written if c.paragraph == "PP1"]
    assert len(pp1) == 35
    assert Counter(c.group for c in pp1).most_common(1)[0][1] == 29
    # The OP27 committee named by its number is the one citation not written as a resolution.
    named = [c for c in sc if c.form == "committee-name"]
    assert [(c.symbol, c.paragraph, c.role, c.text) for c in named] == [
        ("S/RES/1267 (1999)", "OP27", "committee", "1267")
    ]
    committees = [c.symbol for c in sc if c.paragraph == "OP27" and c.role == "committee"]
    assert committees == ["S/RES/1267 (1999)", "S/RES/1267 (1999)", "S/RES/1989 (2011)", "S/RES/1540 (2004)"]


def test_yearless_citation_takes_its_year_from_the_register(result) -> None:
    pp13 = [c for c in result.citations if c.paragraph == "PP13"]
    assert [(c.symbol, c.text, c.year_source) for c in pp13] == [("S/RES/2178 (2014)", "2178", "register")]
    assert (pp13[0].span.start.line, pp13[0].span.start.column) == (100, 30)


def test_other_documents(result) -> None:
    others = [(c.symbol, c.type, c.paragraph) for c in result.citations if c.type != "sc-resolution"]
    assert others == [
        ("A/RES/60/288", "ga-resolution", "PP4"),
        ("A/RES/70/291", "ga-resolution", "PP11"),
        ("A/RES/71/291", "ga-resolution", "PP11"),
        ("S/2017/375", "document", "PP20"),
    ]


def test_no_false_citations_and_no_internal_refs(result) -> None:
    for c in result.citations:
        assert c.text.replace(" ", "").rstrip(")") not in {"2016", "2018", "2015", "2014-2017"}
        assert c.number not in (6, 9, 12, 17, 2021)
    assert result.internal_refs == ()


def test_all_page_links_attach(result) -> None:
    linked = [c for c in result.citations if c.link is not None]
    assert len(linked) == 20
    assert result.unmatched_links == ()
    for c in linked:
        assert c.link.url == c.url
        assert result.document.page_at(c.span.start.line) == c.link.page


def test_split_enumeration_across_lines(result) -> None:
    pp1 = [c for c in result.citations if c.paragraph == "PP1"]
    c1787 = pp1[1]
    assert c1787.text == "1787 (2007)"
    assert (c1787.span.start.line, c1787.span.start.column, c1787.span.end.line, c1787.span.end.column) == (
        3,
        39,
        5,
        7,
    )
