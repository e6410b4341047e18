"""Every rule: a fixture that fires it at the exact place, and a near miss that must not.

Fixtures are small edits of real text (S/RES/2395 (2017) and its neighbours).
"""

from __future__ import annotations

import pytest

import resparse
from resparse.api import refs
from resparse.checks import Selection, check

BASE = """S/RES/2395 (2017)
安全理事会，
回顾第 1535(2004)号、1787(2007)和 2129(2013)号决议，
重申第 1267(1999)、1325(2000)和 2388(2017)号决议，
1. 着重指出反恐委员会的总体目标是确保充分执行第 1373(2001)号决议；
2. 请反恐执行局：
(a) 评估执行情况；
(b) 提出建议；
3. 决定继续积极处理此案。
"""


def findings(text: str, code: str):
    document = resparse.parse_text(text)
    return [f for f in check(refs(document), selection=Selection(select=(code,))) if f.code == code]


def places(text: str, code: str) -> list[tuple[int, int, int, int]]:
    return [
        (f.span.start.line, f.span.start.column, f.span.end.line, f.span.end.column)
        for f in findings(text, code)
    ]


def edit(old: str, new: str, text: str = BASE) -> str:
    assert old in text
    return text.replace(old, new, 1)


def test_base_is_clean() -> None:
    assert check(refs(resparse.parse_text(BASE))) == []


LINKED = BASE.replace("3. 决定继续积极处理此案。\n", "3. 决定继续积极处理此案。\n{urls}\n")
URL = "https://undocs.org/ch/S/RES/{}"
ALL_LINKS = [
    URL.format(s)
    for s in (
        "1535(2004)",
        "1787(2007)",
        "2129(2013)",
        "1267(1999)",
        "1325(2000)",
        "2388(2017)",
        "1373(2001)",
    )
]


def linked(urls: list[str]) -> str:
    return LINKED.format(urls="\n".join(urls))


def at(text: str, line: int, written: str, occurrence: int = 0) -> tuple[int, int, int, int]:
    """The span of the ``occurrence``-th ``written`` on ``line`` of ``text`` (1-based, end exclusive)."""
    source = text.split("\n")[line - 1]
    column = -1
    for _ in range(occurrence + 1):
        column = source.index(written, column + 1)
    return (line, column + 1, line, column + 1 + len(written))


RS105_UNCLOSED = edit("和 2388(2017)号决议，", "和 2388(2017)，")
RS404_TEXT = edit("安全理事会，\n", "")
CASES = [
    # code, firing text, where it fires (line, text under the span), near-miss text
    ("RS101", edit("2129(2013)", "2129(2014)"), [(3, "2129(2014)")], BASE),
    ("RS102", edit("2388(2017)", "9388(2017)"), [(4, "9388(2017)")], edit("2388(2017)", "2825(2026)")),
    ("RS103", edit("1373(2001)", "2396(2017)"), [(5, "2396(2017)")], edit("1373(2001)", "2394(2017)")),
    (
        "RS104",
        edit("第 1373(2001)号决议", "第 1373 号决议"),
        [(5, "1373")],
        edit("第 1373(2001)号决议", "1373 委员会"),
    ),
    (
        "RS105",
        edit("1373(2001)", "１３７３(2001)"),
        [(5, "１３７３(2001)")],
        edit("1373(2001)", "１３７３（２００１）"),
    ),
    ("RS105", RS105_UNCLOSED, [(4, "2388(2017)")], BASE),
    (
        "RS201",
        edit("1325(2000)和", "1267(1999)和"),
        [(4, "1267(1999)", 1)],
        edit("重申第", "重申第 1267(1999)号决议和第"),
    ),
    (
        "RS202",
        edit("1535(2004)号、1787(2007)", "1787(2007)号、1535(2004)"),
        [(3, "1535(2004)")],
        edit("重申第 1267(1999)、1325(2000)", "重申第 1325(2000)号决议和第 1267(1999)"),
    ),
    # Written first with a wrong year, then with the right one: RS101 blames the wrong one (it named
    # the right ones before, anchored on the wrong one), RS203 nobody: the register knows the year.
    (
        "RS203",
        edit("第 1373(2001)号决议；", "第 1267(1999)号决议；", edit("1267(1999)、", "1267(2000)、")),
        [],
        edit("第 1373(2001)号决议；", "第 1267(1999)号决议；"),
    ),
    # Written first right, then wrong: RS101 at the second says it all.
    ("RS203", BASE, [], edit("第 1373(2001)号决议；", "第 1267(2000)号决议；")),
    # A number the register does not know, written with two years: RS203 at the second.
    (
        "RS203",
        edit("第 1373(2001)号决议；", "第 9998(2030)号决议和第 9998(2031)号决议；"),
        [(5, "9998(2031)")],
        edit("第 1373(2001)号决议；", "第 9998(2030)号决议和第 9998(2030)号决议；"),
    ),
    ("RS401", edit("3. 决定", "4. 决定"), [(9, "4. 决定继续积极处理此案。")], BASE),
    ("RS401", edit("(b) 提出", "(c) 提出"), [(8, "(c) 提出建议；")], BASE),
    ("RS401", edit("2. 请", "1. 请"), [(6, "1. 请反恐执行局：")], edit("(a) 评估", "(a) 评估")),
    (
        "RS402",
        edit("提出建议；", "执行上文第 4 段；"),
        [(8, "上文第 4 段")],
        edit("提出建议；", "执行上文第 2 段；"),
    ),
    (
        "RS402",
        edit("提出建议；", "执行第 2(c)段；"),
        [(8, "第 2(c)段")],
        edit("提出建议；", "执行第 2(b)段；"),
    ),
    ("RS403", edit("号决议，\n重申", "号决议。\n重申"), [(3, "。")], BASE),
    ("RS403", edit("号决议；\n2.", "号决议\n2."), [(5, "议")], BASE),
    ("RS404", RS404_TEXT, [(2, RS404_TEXT.split("\n")[1])], BASE),
    (
        "RS301",
        linked([*ALL_LINKS, URL.format("2222(2015)")]),
        [(17, URL.format("2222(2015)"))],
        linked(ALL_LINKS),
    ),
    (
        "RS302",
        linked([ALL_LINKS[0], URL.format("1788(2007)"), *ALL_LINKS[2:]]),
        [(3, "1787(2007)")],
        linked(ALL_LINKS),
    ),
    ("RS303", linked(ALL_LINKS[:2] + ALL_LINKS[3:]), [(3, "2129(2013)")], linked(ALL_LINKS[:2])),
    (
        "RS304",
        linked([*ALL_LINKS[:6], "https://undocs.org/en/S/RES/1373(2001)"]),
        [(16, "https://undocs.org/en/S/RES/1373(2001)")],
        linked([*ALL_LINKS[:6], "https://undocs.org/S/RES/1373(2001)"]),
    ),
    (
        "RS304",
        linked([*ALL_LINKS[:6], "https://example.org/res/1373"]),
        [(16, "https://example.org/res/1373")],
        linked(ALL_LINKS),
    ),
]


@pytest.mark.parametrize(
    ("code", "text", "where", "near_miss"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_rule_fires_at_the_place(code: str, text: str, where, near_miss: str) -> None:
    assert places(text, code) == [at(text, *w) for w in where]
    assert places(near_miss, code) == []


def test_fixes_are_given_when_certain() -> None:
    (year,) = findings(edit("2129(2013)", "2129(2014)"), "RS101")
    assert year.fix == "2129(2013)" and year.name == "year-mismatch" and year.paragraph == "PP1"
    (missing,) = findings(edit("第 1373(2001)号决议", "第 1373 号决议"), "RS104")
    assert missing.fix == "1373(2001)"
    (punct,) = findings(edit("号决议，\n重申", "号决议。\n重申"), "RS403")
    assert punct.fix == "，"


def test_messages_in_chinese() -> None:
    document = resparse.parse_text(edit("2129(2013)", "2129(2014)"))
    (finding,) = [f for f in check(refs(document), lang="zh") if f.code == "RS101"]
    assert finding.message == "第2129号决议于2013年通过，而非2014年"


@pytest.mark.parametrize(
    ("directive", "kept"),
    [
        ("<!-- resparse: ignore RS202 -->", []),
        ("# resparse: ignore RS2", []),
        ("# resparse: ignore RS101", ["RS202"]),
    ],
)
def test_inline_suppression(directive: str, kept: list[str]) -> None:
    text = edit("回顾第 1535(2004)号、1787(2007)", f"{directive}\n回顾第 1787(2007)号、1535(2004)")
    document = resparse.parse_text(text)
    assert [f.code for f in check(refs(document))] == kept
    # The directive only reaches the paragraph after it.
    later = edit("重申第 1267(1999)、1325(2000)", "重申第 1325(2000)、1267(1999)", text)
    assert [f.code for f in check(refs(resparse.parse_text(later)))] == [*kept, "RS202"]


def test_selection_and_levels() -> None:
    text = edit("第 1373(2001)号决议", "第 1373 号决议", edit("2129(2013)", "2129(2014)"))
    report = refs(resparse.parse_text(text))
    assert {f.code for f in check(report)} == {"RS101", "RS104"}
    assert {f.code for f in check(report, selection=Selection(min_level="warning"))} == {"RS101"}
    assert {f.code for f in check(report, selection=Selection(ignore=("RS1",)))} == set()
    assert {f.code for f in check(report, selection=Selection(select=("RS104",)))} == {"RS104"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"select": ("RS9",)}, "no rule"),
        ({"ignore": ("XX",)}, "no rule"),
        ({"min_level": "fatal"}, "min_level"),
    ],
)
def test_selection_is_validated(kwargs, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Selection(**kwargs)


def test_selection_accepts_a_string_and_lower_case() -> None:
    assert Selection(select="rs101").select == ("RS101",)


def test_check_takes_a_document_too() -> None:
    document = resparse.parse_text(edit("2129(2013)", "2129(2014)"))
    assert [f.code for f in resparse.check(document)] == ["RS101"]


def test_english_punctuation() -> None:
    text = "The Security Council,\nRecalling its resolution 1373 (2001),\n1. Decides to remain seized of the matter.\n"
    assert findings(text, "RS403") == []


GA_BASE = """A/RES/77/65
大会，
回顾其2019年12月19日第74/54号决议和2020年12月7日第75/45号决议，
1. 决定继续审议这一问题；
2. 请秘书长提出报告。
"""
GA_REGISTER_ROWS = "symbol,session,number,part,date,title\nA/RES/74/54,74,54,,2019-12-12,T\nA/RES/75/45,75,45,,2020-12-07,T\n"


def test_date_mismatch_against_a_full_register(tmp_path) -> None:
    """RS106: the date written with a citation against the register's (only where it has that part)."""
    path = tmp_path / "ga.csv"
    path.write_text(GA_REGISTER_ROWS, encoding="utf-8")
    register = resparse.Register([(2026, 1, 2)]).with_csv(path)
    document = resparse.parse_text(GA_BASE)
    found = [f for f in check(refs(document, register=register), register=register) if f.code == "RS106"]
    assert [(f.span.start.line, f.span.start.column, f.span.end.column, f.fix) for f in found] == [
        (3, 4, 15, "2019年12月12日")
    ]
    assert "2019-12-12" in found[0].message and found[0].level == "warning"
    # A part the register does not list has no date to compare with.
    parts = GA_BASE.replace("第75/45号决议", "第75/45 B号决议").replace("2020年12月7日", "2020年1月1日")
    assert [
        f.code for f in check(refs(resparse.parse_text(parts), register=register), register=register)
    ] == ["RS106"]


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("回顾其第74/310号决议，", True),  # session 74 ended at 74/307
        ("回顾其第74/307号决议，", False),
        ("回顾其第80/999号决议，", False),  # the session still open: no last number
        ("回顾其第ES-11/99号决议，", False),  # an emergency session may resume
    ],
)
def test_unknown_assembly_resolution(sentence: str, fires: bool) -> None:
    text = f"大会，\n{sentence}\n1. 决定继续审议这一问题。\n"
    found = findings(text, "RS102")
    assert bool(found) is fires
    if fires:
        assert "74/310" in found[0].message and "307" in found[0].message


def test_a_body_named_after_the_resolution_is_no_later_citation() -> None:
    """RS103 spares ``此后称第2713(2023)号决议所设专家小组``: a name, not a citation of itself."""
    text = (
        "S/RES/2713 (2023)\n安全理事会，\n回顾以往各项决议，\n"
        "1. 决定设立专家小组(此后称第2713(2023)号决议所设专家小组)；\n"
        "2. 决定将该委员会改称第2745(2024)号决议所设委员会；\n3. 回顾第2745(2024)号决议。\n"
    )
    found = findings(text, "RS103")
    assert [(f.paragraph, "2745" in f.message) for f in found] == [("OP3", True)]


def test_numbering_by_part_and_section() -> None:
    """RS401 counts each part of a resolution adopted in parts anew, and a section under its heading."""
    text = (
        "A/RES/75/101 A-B\n75/101. 有关信息的问题\nA\n信息为全人类服务\n大会，\n回顾其以往决议，\n"
        "1. 决定继续审议；\n2. 请秘书长报告。\n第41次全体会议\n2020年12月10日\n"
        "B\n联合国全球传播政策和活动\n大会，\n回顾其以往决议，\n一\n导言\n1. 请秘书长继续执行；\n2. 重申；\n"
        "二\n新闻\n1. 请全球传播部继续；\n2. 决定审议。\n"
    )
    document = resparse.parse_text(text)
    assert [p.letter for p in document.parts] == ["A", "B"]
    assert [p.id for p in document.paragraphs if p.kind == "operative"] == [
        "A.OP1", "A.OP2", "B.OP1", "B.OP2", "B.OP1~2", "B.OP2~2"
    ]  # fmt: skip
    assert findings(text, "RS401") == []
    # Within a part, a restart with no heading above it is a numbering error.
    assert findings(text.replace("二\n新闻\n", ""), "RS401") != []


def test_internal_reference_within_its_part() -> None:
    """RS402: ``上文第2段`` in part B names B.OP2; part A has no third paragraph."""
    text = (
        "A/RES/75/101 A-B\nA\n大会，\n回顾其以往决议，\n1. 决定继续审议；\n2. 请秘书长报告。\n"
        "第41次全体会议\nB\n大会，\n回顾其以往决议，\n1. 请秘书长继续执行；\n2. 重申；\n"
        "3. 请秘书长依照上文第2段报告，并依照上文第9段行事。\n"
    )
    found = findings(text, "RS402")
    assert [(f.paragraph, "B.OP9" in f.message) for f in found] == [("B.OP3", True)]
