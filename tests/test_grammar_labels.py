"""The label patterns and the shortcuts taken in front of them.

The layout and segment stages skip a pattern when a cheap test of the first or last character says it
cannot match; these tests prove each shortcut loses nothing, over every character a label or an ending
could be made of.
"""

from __future__ import annotations

import pytest
import regex

from resparse.grammar import labels
from resparse.grammar.chars import ends_terminal

LABEL_PATTERNS = [
    "OPERATIVE_LABEL",
    "LETTER_LABEL",
    "ROMAN_LABEL",
    "DIGIT_LABEL",
    "BULLET_LABEL",
    "HEADING_LABEL",
]
#: What may follow a label's first character; with each, every first character of the BMP is tried.
CONTINUATIONS = ["", ")", "）", ". ", "．", "、", " ", "a) ", "i) ", "1) ", "1.", "12.", "x)", "ii)", "一)"]


#: Every character of the Basic Multilingual Plane, and every digit of any plane (``\\d`` of the ``regex``
#: module knows digits newer than Python's own tables).
FIRST_CHARACTERS = [chr(code) for code in range(0x20, 0x10000)] + [
    chr(code) for code in range(0x10000, 0x110000) if regex.match(r"\d", chr(code))
]


@pytest.mark.parametrize(
    ("family", "pattern"), labels.PATTERNS, ids=[family for family, _ in labels.PATTERNS]
)
def test_every_label_starts_with_a_start_of_its_family(family, pattern) -> None:
    starts = labels.FAMILY_STARTS[family]
    missed = {
        first
        for first in FIRST_CHARACTERS
        if first not in starts
        for rest in CONTINUATIONS
        if (m := pattern.match(first + rest + "文")) and m.end() > 0
    }
    assert not missed
    assert starts <= labels.LABEL_STARTS


@pytest.mark.parametrize("label", ["\U00011f51.", "١.", "(٣)", "३)"])
def test_digits_of_other_scripts_are_no_labels(label: str) -> None:
    assert not any(getattr(labels, name).match(label + " 决定") for name in LABEL_PATTERNS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("回顾其以往各项决议，", True),
        ("决定继续处理此案。", True),
        ("如下：", True),
        ("“决定继续处理此案。”", True),
        ("（见第3段）。", True),
        ("“决定”", False),
        ("联合国塞浦路斯行动", False),
        ("the Council decides,", True),
        ("", False),
        ("   ", False),
        ("”", False),
        ("。”’", True),
        ("文》。）", True),
    ],
)
def test_ends_terminal(text: str, expected: bool) -> None:
    assert ends_terminal(text) is expected


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("1. 决定继续处理此案。", True),
        ("(a) 尊重和保护隐私权；", True),
        ("a. 通过斡旋协助苏丹过渡进程；", True),  # a letter and a full stop, as some texts number items
        ("㈥ 余留机制三个机构", True),
        ("and so on", False),
        ("e.g. 某些情况", False),  # an abbreviation, not a label: no space after the letter's stop
        ("2016 年 3 月 24 日第 31/26 号", False),
    ],
)
def test_line_has_label(line: str, labelled: bool) -> None:
    assert labels.line_has_label(line) is labelled
