"""Dates and figures as the two languages of a resolution write them, for comparing a translation
with its original.

Chinese puts the year first and lets later days of a range or list inherit it (``2020年12月14日至18日``,
``2020年3月9日、10日和11日``, ``2020年11月30日至12月2日``); English puts the month and year last and lets
earlier days inherit them (``14 to 18 December 2020``, ``9, 10 and 11 March 2020``, ``30 November to 2
December 2020``). Each date is read in full (year, month and day); a date without its year (``1月30日``,
``30 January``) names no day on its own and is left out, as is a month (``2023年1月``, ``January 2023``).
A range gives its two ends, a list each of its days.
"""

from __future__ import annotations

import contextlib
import datetime
from typing import NamedTuple

from resparse.grammar.chars import to_ascii
from resparse.grammar.compiled import compile

_S = r"[ \u00a0\u200e]*"
_N = r"[\d０-９]"
#: One Chinese day, with what it writes of its month and year (a later day of a run may write neither).
_ZH_DAY = (
    rf"(?:(?P<year>{_N}{{4}}){_S}年{_S})?(?:(?P<month>{_N}{{1,2}}){_S}月{_S})?(?P<day>{_N}{{1,2}}){_S}日"
)
#: The day of the week a date may name after it: ``2021年11月22日星期一``, ``(星期二)``.
_ZH_WEEKDAY = rf"(?:{_S}[(（]?(?:星期|周)[一二三四五六日天][)）]?)?"
#: A run of Chinese days: the first writes its year and month; the days after it join by ``至``,
#: ``到``, ``和``, ``、``, ``及``, ``-``.
ZH_RUN = compile(
    rf"(?<!{_N}){_N}{{4}}{_S}年{_S}{_N}{{1,2}}{_S}月{_S}{_N}{{1,2}}{_S}日{_ZH_WEEKDAY}"
    rf"(?:{_S}(?:至|到|和|、|及|-|–|—){_S}(?:{_N}{{4}}{_S}年{_S})?(?:{_N}{{1,2}}{_S}月{_S})?{_N}{{1,2}}{_S}日"
    rf"{_ZH_WEEKDAY})*"
)
ZH_DAY = compile(_ZH_DAY)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)}
#: The months as an alternation, for patterns.
MONTH = "|".join(MONTHS)
#: The day of the week an English date may open with (``Monday, 22 November, and Tuesday, 23 November``).
_WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_EN_DAY = rf"(?P<day>\d{{1,2}})(?:\s(?P<month>{MONTH}))?(?:,?\s(?P<year>\d{{4}}))?"
#: A run of English days that ends with a month and year: ``30 January 2023``, ``14 to 18 December
#: 2020``, ``9, 10 and 11 March 2020``, ``30 November to 2 December 2020``.
EN_RUN = compile(
    rf"(?<![\d/])\d{{1,2}}(?:\s(?:{MONTH})(?:,?\s\d{{4}})?)?"
    rf"(?:(?:,\s(?:and\s)?|\s(?:to|and|through)\s|\s?[-–]\s?)(?:{_WEEKDAY},\s)?"
    rf"\d{{1,2}}(?:\s(?:{MONTH})(?:,?\s\d{{4}})?)?)*"
    rf"\s(?:{MONTH}),?\s\d{{4}}(?!\d)"
)
EN_DAY = compile(_EN_DAY)


class WrittenDate(NamedTuple):
    """A day a text names: ``YYYY-MM-DD`` and where its run is written (``[start, end)`` of the text)."""

    iso: str
    start: int
    end: int


def chinese_dates(text: str) -> list[WrittenDate]:
    """Every full date of a Chinese text, a run's later days completed from the days before them."""
    out: list[WrittenDate] = []
    for run in ZH_RUN.finditer(text):
        year = month = 0
        for day in ZH_DAY.finditer(text, run.start(), run.end()):
            year = int(to_ascii(day["year"])) if day["year"] else year
            month = int(to_ascii(day["month"])) if day["month"] else month
            _add(out, year, month, int(to_ascii(day["day"])), run.start(), run.end())
    return out


def english_dates(text: str) -> list[WrittenDate]:
    """Every full date of an English text, a run's earlier days completed from the days after them."""
    out: list[WrittenDate] = []
    for run in EN_RUN.finditer(text):
        days = list(EN_DAY.finditer(text, run.start(), run.end()))
        year = month = 0
        found = []
        for day in reversed(days):
            year = int(day["year"]) if day["year"] else year
            month = MONTH_NUMBERS[day["month"]] if day["month"] else month
            found.append((year, month, int(day["day"])))
        for year, month, number in reversed(found):
            _add(out, year, month, number, run.start(), run.end())
    return out


def _add(out: list[WrittenDate], year: int, month: int, day: int, start: int, end: int) -> None:
    with contextlib.suppress(ValueError):  # "2月30日": no such day, so none is compared
        out.append(WrittenDate(datetime.date(year, month, day).isoformat(), start, end))


# -- figures ------------------------------------------------------------------------------------------

_NUMBER = r"(?P<n>\d{1,3}(?:(?:,\s?|[\u00a0 ])\d{3})+(?!\d)|\d+(?:\.\d+)?)"
#: Amounts whose kind the words around them say, as each language writes them: percentages (``30%``,
#: ``百分之30``, ``30 per cent``) and sums of money (``5 180万美元``, ``$51.8 million``, ``51.8 million
#: United States dollars``). Bare counts are left out: Chinese writes many in words (``三十``), and a
#: bare number is as often a paragraph's, a year or part of a name.
ZH_FIGURE = compile(
    rf"(?<![A-Za-z0-9/.\-‑])(?:百分之\s?{_NUMBER}(?P<pct>)|{_NUMBER}\s?(?:(?P<pct>[%％])"
    r"|(?P<scale>万|亿)?\s?(?P<usd>美元)))"
)
EN_FIGURE = compile(
    rf"(?<![A-Za-z0-9/.\-‑])(?:(?P<usd>US\$|\$)\s?{_NUMBER}(?:\s(?P<scale>million|billion|thousand))?"
    rf"|{_NUMBER}\s?(?:(?P<pct>%|\sper\scent|\spercent)"
    r"|(?:\s(?P<scale>million|billion|thousand))?\s(?P<usd>United\sStates\sdollars|dollars)))"
)
SCALES = {"万": 10_000, "亿": 100_000_000, "thousand": 1_000, "million": 1_000_000, "billion": 10**9}


def figures(text: str, language: str) -> list[tuple[str, int, int]]:
    """The percentages and sums of money ``text`` writes in figures, each as a canonical value
    (``51800000 USD``, ``30 %``) with where it is written: ``5 180万美元`` and ``$51.8 million`` are one."""
    from decimal import Decimal

    out = []
    for m in (EN_FIGURE if language == "en" else ZH_FIGURE).finditer(text):
        digits = "".join(char for char in m["n"] if char.isdigit() or char == ".")
        value = Decimal(digits) * SCALES.get(m["scale"] or "", 1)
        unit = "%" if m["pct"] is not None else "USD"
        out.append((f"{format(value.normalize(), 'f')} {unit}", m.start(), m.end()))
    return out
