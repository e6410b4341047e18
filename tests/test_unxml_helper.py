"""Tests of the test-suite helper ``tests/unxml.py`` against facts read by hand from the XML."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

try:  # tests/ as a package, or tests/ on sys.path (pytest's default rootdir-relative import)
    from tests import unxml
except ImportError:  # pragma: no cover - depends on how pytest was started
    import unxml

if not unxml.UNXML_DIR.is_dir():
    pytest.skip(f"corpus not found: {unxml.UNXML_DIR}", allow_module_level=True)

FILES = unxml.chinese_files()
_JOB = re.compile(r"\d{2}-\d{5} \(C\)")
_PAGE = re.compile(r"\d+/\d+")


def _file(number: int) -> Path:
    """The Chinese file of resolution ``number``."""
    found = [p for p in FILES if re.search(rf"(?<!\d){number}(?!\d)", p.name)]
    assert len(found) == 1, (number, found)
    return found[0]


def _ops(last: int) -> list[str]:
    return [str(i) for i in range(1, last + 1)]


@dataclass(frozen=True)
class Case:
    """What a human reading the XML sees in one file."""

    number: int
    symbol: str
    preamble_count: int
    operative_numbers: list[str]
    points: dict[str, list[str]] = field(default_factory=dict)  # a subset of truth().points
    links: list[unxml.TruthLink] = field(default_factory=list)  # a subset, in document order
    link_count: int | None = None


_U = "https://undocs.org/ch/"
CASES = [
    # Plain: 18 containers, 18 operative paragraphs, one list (4(a)–(f)), 18 <a>, none split.
    Case(
        2561,
        "S/RES/2561 (2021)",
        18,
        _ops(18),
        points={"4": ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]},
        links=[
            unxml.TruthLink(_U + "S/2021/5", "PP1", "S/2021/5"),
            unxml.TruthLink(_U + "S/2021/4", "PP1", "S/2021/4"),
            unxml.TruthLink(_U + "S/RES/716(1991)", "PP4", "716(1991)"),
            unxml.TruthLink(_U + "S/RES/1251(1999)", "OP1", "1251(1999)"),
            unxml.TruthLink(_U + "S/RES/2537(2020)", "OP4", "2537(2020)"),
            unxml.TruthLink(_U + "S/RES/2436(2018)", "OP15", "2436(2018)"),
        ],
        link_count=18,
    ),
    # A citation split over five <a>: 2 | 448 | (2 | 018 | ) in the fourth container.
    Case(
        2507,
        "S/RES/2507 (2020)",
        8,
        _ops(15),
        points={"1": ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)"]},
        links=[unxml.TruthLink(_U + "S/RES/2448(2018)", "PP4", "2448(2018)")],
    ),
    # Deep <sublist>s, numberless run-in headings inside them, and <a> split across <span class="bold">.
    Case(
        2556,
        "S/RES/2556 (2020)",
        20,
        _ops(57),
        points={
            "29": ["㈠", "㈡"],
            "29㈠": ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"],
            "29㈡": ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)", "(j)", "(k)"],
            "29㈡(f)": ["–", "–", "–"],
        },
        links=[
            unxml.TruthLink(_U + "S/RES/2478(2019)", "PP1", "2478(2019)"),
            unxml.TruthLink(_U + "S/RES/2272(2016)", "OP47", "2272(2016)"),
        ],
    ),
    # Annexes numbered 1., 2., … (not operative), headings with ㈠/㈡ as their number, one list.
    Case(
        2551,
        "S/RES/2551 (2020)",
        18,
        _ops(38),
        points={"19": ["(a)", "(b)", "(c)", "(d)"]},
    ),
    # A footnote (<authorialNote>) in the eighth container whose link is no paragraph's.
    Case(
        2558,
        "S/RES/2558 (2020)",
        8,
        _ops(6),
        links=[unxml.TruthLink(_U + "A/74/976", None, "A/74/976-S/2020/773")],
    ),
]


def test_corpus_listing() -> None:
    assert len(FILES) > 100
    assert sorted(FILES) == FILES
    assert all(p.suffix == ".xml" and p.parent.name == "Chinese" for p in FILES)
    expected = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "unxml"
    assert expected == unxml.UNXML_DIR


@pytest.mark.parametrize("case", CASES, ids=lambda c: str(c.number))
def test_truth(case: Case) -> None:
    got = unxml.truth(_file(case.number))
    assert got.symbol == case.symbol
    assert got.formula == "安全理事会，"
    assert got.preamble_count == case.preamble_count
    assert got.operative_numbers == case.operative_numbers
    for key, labels in case.points.items():
        assert got.points[key] == labels, key
    remaining = iter(got.links)
    for link in case.links:
        assert link in remaining, link  # present, and after the previous one
    if case.link_count is not None:
        assert len(got.links) == case.link_count


def test_split_links_are_merged() -> None:
    got = unxml.truth(_file(2507))
    assert [link.text for link in got.links if link.href.endswith("2448(2018)")] == ["2448(2018)"]
    # a repeated citation separated by text stays two links
    twice = unxml.truth(_file(2561)).links
    assert [link.paragraph_id for link in twice if link.href.endswith("S/PRST/2020/9")] == ["PP7", "OP12"]


def test_unnumbered_paragraphs_are_not_operative() -> None:
    # 2580 (2021) has a single unnumbered operative paragraph; 2610 (2021) has main-body paragraphs
    # numbered (a)–(c) between headings.
    assert unxml.truth(_file(2580)).operative_numbers == []
    assert "建议大会任命安东尼奥·古特雷斯先生连任" in unxml.render_lines(_file(2580))
    ops = unxml.truth(_file(2610)).operative_numbers
    assert ops == _ops(len(ops))


def test_empty_list_intro_shares_the_line_of_the_first_point() -> None:
    path = _file(2592)  # OP11 is <num>11.</num><list><intro/><point><num>(a)</num>…
    got = unxml.truth(path)
    assert "11" in got.operative_numbers
    assert got.points["11"][0] == "(a)"
    lines = unxml.render_lines(path).splitlines()
    assert any(line.startswith("11. (a) 表示关切秘书长年度报告") for line in lines)
    assert " 11. (a) 表示关切" in unxml.render_pdf(path)
    assert next(link.paragraph_id for link in got.links if link.text == "S/2021/437") == "OP11(a)"


def test_empty_doc_number_falls_back_to_frbr() -> None:
    assert unxml.truth(_file(2511)).symbol == "S/RES/2511 (2020)"


def test_render_lines_example() -> None:
    lines = unxml.render_lines(_file(2561)).splitlines()
    cover = ["S/RES/2561 (2021)", "第2561 (2021)号决议", "安全理事会2021年1月29日通过"]
    assert lines[:4] == [*cover, "安全理事会，"]
    assert lines[4].startswith("欢迎秘书长2021年1月10日关于其斡旋工作(S/2021/5)")
    assert lines[4 + 18].startswith("1. 重申安理会关于塞浦路斯的所有相关决议")
    assert lines[4 + 18 + 3] == "4. 回顾安理会第2537(2020)号决议，促请双方领导人紧急："
    assert lines[4 + 18 + 6] == "(c) 确保就刑事事项开展有效协调与合作；"
    assert lines[-1] == "18. 决定继续处理此案。"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_render_lines_one_line_per_block(path: Path) -> None:
    text = unxml.render_lines(path)
    assert text.endswith("\n")
    lines = text.splitlines()
    assert lines == [block.line for block in unxml.blocks(path)]
    assert all(line and line == line.strip() and not re.search(r"[\t\n\r]|  ", line) for line in lines)
    assert unxml.truth(path).formula in lines


def _pdf_text_lines(pdf: str, symbol: str) -> tuple[list[str], list[str]]:
    """Split a PDF rendering into text lines and URL lines (dropping blanks, headers and footers)."""
    text, urls = [], []
    previous = ""
    for line in pdf.splitlines():
        page_number = _JOB.fullmatch(previous) and _PAGE.fullmatch(line)
        if line.startswith("http"):
            urls.append(line)
        elif line and line != symbol and not _JOB.fullmatch(line) and not page_number:
            text.append(line)
        previous = line
    return text, urls


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_render_pdf_keeps_text_links_and_width(path: Path) -> None:
    truth = unxml.truth(path)
    squeeze = re.compile(r"\s+")
    for width, per_page in ((38, 22), (25, 9), (6, 4)):
        pdf = unxml.render_pdf(path, width=width, lines_per_page=per_page)
        text, urls = _pdf_text_lines(pdf, truth.symbol)
        # The same characters, in another order where notes sit at the foot of their page, and with
        # the notes' markers printed in the text.
        markers = "".join(marker for block in unxml.blocks(path) for _, marker in block.notes)
        expected = squeeze.sub("", unxml.render_lines(path))
        got = squeeze.sub("", "".join(text))
        if markers:
            assert Counter(got) == Counter(expected) + Counter(markers)
        else:
            assert got == expected
        assert sorted(urls) == sorted(link.href for link in truth.links)
        assert all(len(line) <= width + 2 for line in text), max(text, key=len)


def test_render_pdf_layout() -> None:
    path = _file(2561)
    pdf = unxml.render_pdf(path, width=38, lines_per_page=22)
    lines = pdf.splitlines()
    pages = pdf.count("21-01234 (C)\n")
    assert pages > 3
    assert lines[0] == "  S/RES/2561 (2021) "  # top of page 1: indent + page-top space; blocks end in a space
    assert lines[1] == ""
    assert lines[-2:] == ["21-01234 (C)", f"{pages}/{pages}"]
    for i, line in enumerate(lines):
        if line == "S/RES/2561 (2021)":  # running header: page n > 1
            assert lines[i - 1] == f"{lines[i - 1].split('/')[0]}/{pages}"
            assert lines[i + 1] == ""
            assert lines[i + 2].startswith(" ") and not lines[i + 2].startswith("   ")
        if line.startswith("http"):
            assert lines[i - 1].startswith("http") or lines[i - 1] == ""
    text, _ = _pdf_text_lines(pdf, "S/RES/2561 (2021)")
    assert " 1. 重申安理会关于塞浦路斯的所有相关决议" in pdf
    assert any(re.match(r" {1,2}\(a\) 提供必要的政治支持", line) for line in text)
    # the page where the first links start lists them in order
    first_urls = lines[lines.index("https://undocs.org/ch/S/2021/5") :][:2]
    assert first_urls == ["https://undocs.org/ch/S/2021/5", "https://undocs.org/ch/S/2021/4"]


def test_render_pdf_without_headers() -> None:
    pdf = unxml.render_pdf(_file(2561), headers=False)
    assert "21-01234 (C)" not in pdf
    assert "\nS/RES/2561 (2021)\n" not in pdf
    assert pdf.startswith("  S/RES/2561 (2021) \n\n")


def test_render_pdf_sometimes_breaks_a_citation_at_its_space() -> None:
    broken = 0
    for path in FILES:
        text, _ = _pdf_text_lines(unxml.render_pdf(path), unxml.truth(path).symbol)
        pairs = itertools.pairwise(text)
        broken += sum(1 for a, b in pairs if re.search(r"\d $", a) and re.match(r"\(\d{4}\)", b))
    assert broken > 0
