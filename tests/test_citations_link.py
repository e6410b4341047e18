"""Link alignment: page links are a subsequence of the page's citations."""

from __future__ import annotations

import resparse
from resparse.api import refs

PAGE = (
    " 安全理事会， \n\n 回顾第 1373(2001)号决议和第 1624(2005)号决议，还回顾第 2178(2014)号决\n\n议， \n\n"
    " 1. 决定继续积极处理此案。 \n{links}\n"
)


def linked(*urls: str):
    result = refs(resparse.parse_text(PAGE.format(links="\n".join(urls))))
    return [(c.symbol, c.link.url if c.link else None) for c in result.citations], result.unmatched_links


def test_links_are_a_subsequence() -> None:
    rows, unmatched = linked(
        "https://undocs.org/ch/S/RES/1373(2001)", "https://undocs.org/ch/S/RES/2178(2014)"
    )
    assert rows == [
        ("S/RES/1373 (2001)", "https://undocs.org/ch/S/RES/1373(2001)"),
        ("S/RES/1624 (2005)", None),
        ("S/RES/2178 (2014)", "https://undocs.org/ch/S/RES/2178(2014)"),
    ]
    assert unmatched == ()


def test_a_wrong_link_pairs_with_its_place() -> None:
    rows, unmatched = linked(
        "https://undocs.org/ch/S/RES/1373(2001)",
        "https://undocs.org/ch/S/RES/1625(2005)",
        "https://undocs.org/ch/S/RES/2178(2014)",
    )
    assert rows[1] == ("S/RES/1624 (2005)", "https://undocs.org/ch/S/RES/1625(2005)")
    assert unmatched == ()


def test_a_link_too_many_is_unmatched() -> None:
    rows, unmatched = linked(
        "https://undocs.org/ch/S/RES/1373(2001)",
        "https://undocs.org/ch/S/RES/1624(2005)",
        "https://undocs.org/ch/S/RES/2178(2014)",
        "https://undocs.org/ch/S/RES/2222(2015)",
    )
    assert all(url for _, url in rows)
    assert [link.url for link in unmatched] == ["https://undocs.org/ch/S/RES/2222(2015)"]


WRAPPED = " 安全理事会， \n\n 回顾其主席声明(S/\n\nPRST/2012/10)， \n\n 1. 决定继续积极处理此案。 \n{links}\n"


def test_the_second_link_of_a_symbol_cut_by_a_line_break_is_its_own() -> None:
    url = "https://undocs.org/ch/S/PRST/2012/10"
    result = refs(resparse.parse_text(WRAPPED.format(links=f"{url}\n{url}")))
    assert [(c.symbol, c.link.url if c.link else None) for c in result.citations] == [("S/PRST/2012/10", url)]
    assert result.unmatched_links == ()


def test_a_second_link_on_a_one_line_citation_is_unmatched() -> None:
    url = "https://undocs.org/ch/S/PRST/2012/10"
    one_line = WRAPPED.replace("(S/\n\nPRST/2012/10)", "(S/PRST/2012/10)")
    result = refs(resparse.parse_text(one_line.format(links=f"{url}\n{url}")))
    assert [link.url for link in result.unmatched_links] == [url]
