"""Dates and figures as the two languages write them (``resparse.grammar.dates``)."""

from __future__ import annotations

import pytest

from resparse.grammar.dates import chinese_dates, english_dates, figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("回顾2023年1月30日第1号决议", ["2023-01-30"]),
        ("2020年12月14日至18日举行", ["2020-12-14", "2020-12-18"]),  # a range gives its two ends
        ("2020年3月9日、10日和11日", ["2020-03-09", "2020-03-10", "2020-03-11"]),
        ("2020年11月30日至12月2日", ["2020-11-30", "2020-12-02"]),  # the month changes, the year is kept
        ("2021年11月22日星期一和23日星期二", ["2021-11-22", "2021-11-23"]),
        ("2021 年 6 月 25 日", ["2021-06-25"]),  # spaced out by a PDF extraction
        ("２０２１年６月２５日", ["2021-06-25"]),  # full-width digits
        ("2023年1月", []),  # a month names no day
        ("1月30日", []),  # nor a day without its year
        ("2023年2月30日", []),  # no such day
    ],
)
def test_chinese_dates(text: str, expected: list[str]) -> None:
    assert [d.iso for d in chinese_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("resolution 71/291 of 15 June 2017", ["2017-06-15"]),
        ("from 14 to 18 December 2020", ["2020-12-14", "2020-12-18"]),
        ("14–18 December 2020", ["2020-12-14", "2020-12-18"]),
        ("9, 10 and 11 March 2020", ["2020-03-09", "2020-03-10", "2020-03-11"]),
        ("30 November to 2 December 2020", ["2020-11-30", "2020-12-02"]),
        ("on Monday, 22 November, and Tuesday, 23 November 2021", ["2021-11-22", "2021-11-23"]),
        ("January 2023", []),
        ("on 30 January", []),
        ("resolution 2231 (2015) of 20 July 2015", ["2015-07-20"]),
    ],
)
def test_english_dates(text: str, expected: list[str]) -> None:
    assert [d.iso for d in english_dates(text)] == expected


def test_a_date_carries_where_its_run_is_written() -> None:
    text = "于2020年12月14日至18日举行"
    (first, last) = chinese_dates(text)
    assert text[first.start : first.end] == "2020年12月14日至18日" and (last.start, last.end) == (
        first.start,
        first.end,
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("30%的员额和百分之25", "zh", ["30 %", "25 %"]),
        ("批款5 180万美元", "zh", ["51800000 USD"]),
        ("1 116 738 700美元", "zh", ["1116738700 USD"]),
        ("每日不足1.25美元", "zh", ["1.25 USD"]),
        ("第2231(2015)号决议和29个员额", "zh", []),  # counts and citations are not compared
        ("$51.8 million and 30 per cent", "en", ["51800000 USD", "30 %"]),
        ("51.8 million United States dollars", "en", ["51800000 USD"]),
        ("1,116, 738,700 dollars", "en", ["1116738700 USD"]),  # a stray space of the source
        ("12 percent of A/75/100", "en", ["12 %"]),
        ("COVID-19 and 2030 Agenda", "en", []),
    ],
)
def test_figures(text: str, language: str, expected: list[str]) -> None:
    assert [value for value, _, _ in figures(text, language)] == expected
