"""The structure patterns and the shortcuts taken in front of them.

The layout and segment stages skip a pattern when a cheap test of the first or last character says it
cannot match; these tests prove each shortcut loses nothing, over every character a label or an ending
could be made of.
"""

from __future__ import annotations

import pytest

from resparse import patterns

LABEL_PATTERNS = ["OPERATIVE_LABEL", "LETTER_LABEL", "ROMAN_LABEL", "DIGIT_LABEL", "BULLET_LABEL", "HEADING_LABEL"]
#: What may follow a label's first character; with each, every first character of the BMP is tried.
CONTINUATIONS = ["", ")", "）", ". ", "．", "、", " ", "a) ", "i) ", "1) ", "1.", "12.", "x)", "ii)", "一)"]


@pytest.mark.parametrize("name", LABEL_PATTERNS)
def test_every_label_starts_with_a_label_start(name: str) -> None:
    pattern = getattr(patterns, name)
    missed = {
        chr(code)
        for code in range(0x20, 0x10000)
        for rest in CONTINUATIONS
        if not (chr(code) in patterns.LABEL_STARTS or chr(code).isdecimal())
        and (m := pattern.match(chr(code) + rest + "文"))
        and m.end() > 0
    }
    assert not missed


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
    assert patterns.ends_terminal(text) is expected
