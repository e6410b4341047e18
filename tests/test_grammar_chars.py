"""Character classes the layout stage reads line ends and widths with."""

from __future__ import annotations

import pytest

from resparse.grammar.chars import ends_open, ends_terminal, printed_width


@pytest.mark.parametrize(
    ("line", "terminal", "open_"),
    [
        ("回顾其第70/1号决议，", True, False),
        ("决定继续处理此案。”", True, False),
        ("2015年3月27日第28/29号、", False, True),  # an enumeration goes on below
        ("题为《", False, True),
        ("国际法院对在巴勒斯坦被占领", False, False),
    ],
)
def test_line_ends(line: str, terminal: bool, open_: bool) -> None:
    assert (ends_terminal(line), ends_open(line)) == (terminal, open_)


@pytest.mark.parametrize(
    ("text", "width"),
    [("各国", 2.0), ("2020", 2.0), ("各国 2020 年", 5.5), ("\u200e各国", 2.0)],
)
def test_printed_width(text: str, width: float) -> None:
    assert printed_width(text) == pytest.approx(width, abs=0.3)
