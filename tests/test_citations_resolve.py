"""Canonical symbols and links, and reading a symbol back out of a link."""

from __future__ import annotations

import pytest

from resparse.citations.register import default_register
from resparse.citations.resolve import Resolver, language_of_url, symbol_of_url


@pytest.mark.parametrize(
    ("url", "symbol"),
    [
        ("https://undocs.org/ch/S/RES/1373(2001)", "S/RES/1373 (2001)"),
        ("https://undocs.org/S/RES/1373(2001)", "S/RES/1373 (2001)"),
        ("https://docs.un.org/zh/S/RES/1373(2001)", "S/RES/1373 (2001)"),
        ("https://undocs.org/ch/S/RES/2499 (2019)", "S/RES/2499 (2019)"),
        ("https://undocs.org/ch/S/RES/2499%20(2019)", "S/RES/2499 (2019)"),
        ("https://undocs.org/ch/S/res/2467(2019)", "S/RES/2467 (2019)"),
        ("https://undocs.org/ch/A/RES/71/291", "A/RES/71/291"),
        ("https://undocs.org/ch/S/2017/375/Add.1", "S/2017/375/Add.1"),
        ("https://example.org/S/RES/1373(2001)", None),
    ],
)
def test_symbol_of_url(url: str, symbol: str | None) -> None:
    assert symbol_of_url(url) == symbol


def test_language_of_url() -> None:
    assert language_of_url("https://undocs.org/ch/S/RES/1(1946)") == "ch"
    assert language_of_url("https://undocs.org/S/RES/1(1946)") is None


@pytest.mark.parametrize(
    ("written", "symbol", "kind"),
    [
        ("S/RES/2395 (2017)", "S/RES/2395 (2017)", "sc-resolution"),
        ("S/RES/2395(2017)", "S/RES/2395 (2017)", "sc-resolution"),
        ("S/RES/1373", "S/RES/1373 (2001)", "sc-resolution"),
        ("A/RES/60/288", "A/RES/60/288", "ga-resolution"),
        ("A/RES/ES-10/19", "A/RES/ES-10/19", "ga-resolution"),
        ("S/PRST/2018/19", "S/PRST/2018/19", "document"),
    ],
)
def test_symbols(written: str, symbol: str, kind: str) -> None:
    citation = Resolver(default_register()).symbol(written)
    assert (citation.symbol, citation.type) == (symbol, kind)


def test_unknown_link_style() -> None:
    with pytest.raises(ValueError, match="link style"):
        Resolver(default_register(), link_style="ods")


@pytest.mark.parametrize(
    ("written", "symbol", "year", "source", "link"),
    [
        (
            "第 2195(2015)号决议",
            "S/RES/2195 (2014)",
            2014,
            "register",
            "https://undocs.org/ch/S/RES/2195(2014)",
        ),
        ("第 2195(2014)号决议", "S/RES/2195 (2014)", 2014, "text", "https://undocs.org/ch/S/RES/2195(2014)"),
        ("第 2195 号决议", "S/RES/2195 (2014)", 2014, "register", "https://undocs.org/ch/S/RES/2195(2014)"),
        ("第 9998(2031)号决议", "S/RES/9998 (2031)", 2031, "text", "https://undocs.org/ch/S/RES/9998(2031)"),
    ],
)
def test_a_citation_names_the_real_document(written, symbol, year, source, link) -> None:
    """The symbol and link were those of the year as written: S/RES/2195 (2015) does not exist."""
    import resparse

    (citation,) = resparse.refs(resparse.parse_text(f"安全理事会，\n回顾{written}，\n")).citations
    assert (citation.symbol, citation.year, citation.year_source, citation.url) == (
        symbol,
        year,
        source,
        link,
    )
    assert citation.written_year == (int(written.split("(")[1][:4]) if "(" in written else None)
