"""Character classes the layout stage reads line ends and widths with."""

from __future__ import annotations

import pytest

from resparse.grammar.chars import ends_open, ends_terminal, first_unit_width, printed_width, typeset_width


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


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("各国应当继续努力，", 8.0),  # the last mark hangs past the margin
        ("回 顾 其 关 于", 5.0),  # a justified line's spaces between ideographs take no room
        ("各国 2020 年", 6.0),  # a space between an ideograph and Latin text is a half em
        ("各国", 2.0),
    ],
)
def test_typeset_width(text: str, width: float) -> None:
    assert typeset_width(text) == pytest.approx(width, abs=0.3)


@pytest.mark.parametrize(
    ("text", "width"),
    [("《公约》第三条", 2.0), ("2020年", 2.0), ("决定，", 1.0), ("S/2023/506号", 4.8)],
)
def test_first_unit_width(text: str, width: float) -> None:
    """What would have had to fit on the line above: an ideograph with the marks that cling to it, or
    a Latin word."""
    assert first_unit_width(text) == pytest.approx(width, abs=0.6)
