"""Rules on what the citations say: years, numbers, dates, enumerations (RS101–RS106, RS201–RS203)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from resparse.checks.context import Context
from resparse.grammar.citations import DATE_BEFORE, YEAR_IN_BRACKETS
from resparse.model import Citation, Diagnostic
from resparse.rules import Term


def check(ctx: Context) -> Iterator[Diagnostic]:
    sc = [(c.number, c) for c in ctx.citations if c.type == "sc-resolution" and c.number is not None]
    yield from _register(ctx, sc)
    yield from _sessions(ctx)
    yield from _dates(ctx)
    yield from _malformed(ctx)
    yield from _enumerations(ctx)
    yield from _inconsistent_years(ctx, sc)


def _register(ctx: Context, sc: list[tuple[int, Citation]]) -> Iterator[Diagnostic]:
    own = ctx.own_number
    for number, c in sc:
        actual = ctx.register.year_of(number)
        if actual is None:
            yield ctx.finding("RS102", c.span, c.paragraph, number=number, last=ctx.register.last_number)
            continue
        if c.written_year is not None and c.written_year != actual:
            fix = YEAR_IN_BRACKETS.sub(str(actual), c.text, count=1)
            yield ctx.finding(
                "RS101", c.span, c.paragraph, fix=fix, number=number, actual=actual, written=c.written_year
            )
        if own is not None and number >= own and c.role != "name":
            relation = Term("itself" if number == own else "later")
            yield ctx.finding("RS103", c.span, c.paragraph, own=own, number=number, relation=relation)
        if c.written_year is None and c.form != "committee-name":
            yield ctx.finding(
                "RS104", c.span, c.paragraph, fix=f"{c.text}({actual})", number=number, year=actual
            )


def _sessions(ctx: Context) -> Iterator[Diagnostic]:
    """An Assembly resolution numbered beyond the last of its (closed) session."""
    for c in ctx.citations:
        if c.type != "ga-resolution" or c.number is None or not c.session or not c.session.isdigit():
            continue
        last = ctx.register.beyond_session(c.session, c.number)
        if last is not None:
            yield ctx.finding(
                "RS102", c.span, c.paragraph, variant="ga", session=c.session, number=c.number, last=last
            )


def _dates(ctx: Context) -> Iterator[Diagnostic]:
    """A date written with a citation that is not the register's adoption date of what it cites."""
    text = ctx.document.text
    for c in ctx.citations:
        if c.written_date is None or c.date is None or c.written_date == c.date:
            continue
        m = DATE_BEFORE.search(text, max(0, c.extent[0] - 28), c.extent[0])
        if m is None:
            continue
        end = text.index("日", m.end("day")) + 1
        span = ctx.document.span_of(m.start(), end)
        yield ctx.finding(
            "RS106",
            span,
            c.paragraph,
            fix=_chinese_date(c.date),
            symbol=c.name,
            actual=c.date if ctx.lang == "en" else _chinese_date(c.date),
            written=c.written_date if ctx.lang == "en" else _chinese_date(c.written_date),
        )


def _chinese_date(iso: str) -> str:
    """``2019-12-12`` → ``2019年12月12日``."""
    year, month, day = iso.split("-")
    return f"{int(year)}年{int(month)}月{int(day)}日"


def _malformed(ctx: Context) -> Iterator[Diagnostic]:
    for c in ctx.citations:
        if c.defects:
            defects = tuple(Term(defect) for defect in c.defects)
            yield ctx.finding("RS105", c.span, c.paragraph, text=c.text, defects=defects)


def _enumerations(ctx: Context) -> Iterator[Diagnostic]:
    groups: dict[int, list[Citation]] = {}
    for c in ctx.citations:
        groups.setdefault(c.group, []).append(c)
    for items in groups.values():
        seen: set[str] = set()
        for c in items:
            if c.key in seen:
                yield ctx.finding("RS201", c.span, c.paragraph, symbol=c.name)
            seen.add(c.key)
        numbered = [(c.number, c) for c in items if c.type == "sc-resolution" and c.number is not None]
        for (previous, _), (number, c) in pairwise(numbered):
            if number < previous:
                yield ctx.finding("RS202", c.span, c.paragraph, number=number, previous=previous)
                break


def _inconsistent_years(ctx: Context, sc: list[tuple[int, Citation]]) -> Iterator[Diagnostic]:
    first: dict[int, Citation] = {}
    for number, c in sc:
        if c.written_year is None:
            continue
        if ctx.register.year_of(number) is not None:
            continue  # the register knows the year: RS101 blames exactly the occurrences that are wrong
        earlier = first.setdefault(number, c)
        if earlier.written_year == c.written_year:
            continue
        where = f"{earlier.span.start.line}:{earlier.span.start.column}"
        yield ctx.finding(
            "RS203",
            c.span,
            c.paragraph,
            number=number,
            year=c.written_year,
            other=earlier.written_year,
            line=where,
        )
