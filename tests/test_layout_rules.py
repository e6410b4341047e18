"""Where a paragraph starts in text out of a PDF: the evidence :mod:`resparse.layout.rules` weighs.

Each case is a page laid out as an extractor gives it (:func:`_tika`: a blank line after every line,
one space before a paragraph's first line; :func:`_pdftotext`: no indents, no blank lines) with the
paragraphs it must come back as.
"""

from __future__ import annotations

import pytest

from resparse.layout import normalise

#: The width of a full line, in characters, and the filler the lines are made of.
_WIDTH = 36
_FILL = "各国应当继续努力加强合作以便实现目标并确保所有人都能充分享有权利和自由"


def _wrap(text: str, first_indent: int = 2) -> list[str]:
    """``text`` wrapped as a PDF prints it: its first line two characters short of the others."""
    lines, start, room = [], 0, _WIDTH - first_indent
    while start < len(text):
        lines.append(text[start : start + room])
        start += room
        room = _WIDTH
    return lines


def _filler(n: int, opening: str = "回顾") -> list[str]:
    """``n`` paragraphs of three printed lines each, ending with a comma."""
    return [opening + (_FILL * 3)[: _WIDTH * 2 + 20] + "，" for _ in range(n)]


def _tika(paragraphs: list[str], raw: list[str] | None = None) -> str:
    """Two pages as a Tika-like extraction gives them, the second opening with a paragraph (one space
    more: the convention shows); ``raw`` lines are laid out as they are, after them."""
    lines = ["大会，"]
    for i, paragraph in enumerate(paragraphs):
        wrapped = _wrap(paragraph)
        if i == 3:
            lines[-1] += "\nhttps://undocs.org/ch/A/RES/70/1"
        lines += [(" " if i == 3 else "") + " " + wrapped[0], *wrapped[1:]]
    lines += raw or []
    return "\n\n".join(lines) + "\n"


def _pdftotext(paragraphs: list[str], raw: list[str] | None = None) -> str:
    """A page as ``pdftotext`` gives it: the indents are gone, the room they took is not."""
    lines = ["大会，"]
    for paragraph in paragraphs:
        lines += _wrap(paragraph)
    lines += raw or []
    return "\n".join(lines) + "\n\x0c"


def _blocks(source: str) -> list[str]:
    layout = normalise(source)
    return [layout.text[block.start : block.end] for block in layout.blocks][1:]  # without the formula


_ENUMERATION = "回顾其2013年3月22日第22/31号、2015年3月27日第28/29号、"


@pytest.mark.parametrize(
    ("source", "count", "last"),
    [
        # An enumeration's comma ends no paragraph, whatever the indent of the line below says.
        pytest.param(
            _tika(_filler(6), [" " + _ENUMERATION, " 2016年3月24日第31/26号决议，"]),
            7,
            _ENUMERATION + "2016年3月24日第31/26号决议，",
            id="enumeration-comma",
        ),
        # A full line with its sentence unfinished goes on, even when the line below was indented.
        pytest.param(
            _tika(_filler(6), [" 申明" + _FILL[: _WIDTH - 4] + "也不会扰", " 乱全球供应链，"]),
            7,
            "申明" + _FILL[: _WIDTH - 4] + "也不会扰乱全球供应链，",
            id="unfinished-full-line",
        ),
        # ... unless the line below opens like a paragraph.
        pytest.param(
            _tika(_filler(6), [" 申明" + _FILL[: _WIDTH - 4] + "也不会扰", " 注意到报告，"]),
            8,
            "注意到报告，",
            id="unfinished-then-phrase",
        ),
        # A paragraph's number at the top of a page, after a finished sentence, short of its space.
        pytest.param(
            _tika(_filler(6), ["https://undocs.org/ch/A/RES/70/1", " 15. 决定继续处理此案。"]),
            7,
            "15. 决定继续处理此案。",
            id="number-at-page-top",
        ),
    ],
)
def test_tika_like_text(source: str, count: int, last: str) -> None:
    blocks = _blocks(source)
    assert len(blocks) == count and blocks[-1] == last


def test_pdftotext_paragraphs_told_by_their_widths() -> None:
    closing = "重申" + _FILL[: _WIDTH - 5] + "，"  # a first line, full, ending a sentence
    paragraphs = [
        *_filler(4),
        # under it a full line that opens like a paragraph: no first line is that wide, it goes on
        closing + "着重指出" + _FILL[: _WIDTH - 5] + "，",  # (and ends at a full line)
        # a first line as wide as one (two ems short), though it opens with no phrase: a new one
        "各国" + (_FILL * 2)[: _WIDTH + 10] + "，",
        "欢迎报告，",  # after a short line that finishes a sentence
    ]
    blocks = _blocks(_pdftotext(paragraphs))
    assert blocks[4:] == [paragraphs[4], paragraphs[5], paragraphs[6]]
    assert len(blocks) == 7


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council,\n\nRecalling its resolution 1373 (2001),\n\nReaffirming its resolution 2312 (2016),"
        "\n\nRecalling also its resolution 2178 (2014),\n\n1. Decides to remain seized of the matter.\n",
        "安全理事会，\n\n回顾其第1373(2001)号决议，\n\n重申其第2312(2016)号决议，\n\n又回顾其第2178(2014)号决议，"
        "\n\n1. 决定继续处理此案。\n",
    ],
    ids=["english", "chinese"],
)
def test_one_paragraph_a_line_with_blank_lines_between(text: str) -> None:
    """A word processor's export with a blank line after each paragraph is no PDF's wrapped lines."""
    assert len(_blocks(text)) == 4


def test_pdftotext_operative_part_opens_paragraphs_with_numbers() -> None:
    """In the operative part a line that wraps a sentence at a full line goes on, whatever phrase
    it opens with: a paragraph there opens with its number."""
    operative = [
        "1. 决定" + (_FILL * 3)[: _WIDTH * 2 - 10] + "；",
        "2. 请" + (_FILL * 3)[: _WIDTH - 6] + "，" + "鼓励" + _FILL[: _WIDTH - 2] + "；",
        "3. 决定继续处理此案。",
    ]
    blocks = _blocks(_pdftotext([*_filler(4), *operative]))
    assert blocks[4:] == operative


@pytest.mark.parametrize(
    ("paragraph", "starts"),
    [
        ("根据《联合国宪章》第七章采取行动，", True),  # the Council's line of its own
        ("政治局势", True),  # a title: short, unfinished
    ],
)
def test_pdftotext_lines_of_their_own(paragraph: str, starts: bool) -> None:
    paragraphs = [*_filler(4), paragraph, "1. 决定继续处理此案。"]
    blocks = _blocks(_pdftotext(paragraphs))
    assert (paragraph in blocks) == starts


def test_pdftotext_a_label_that_is_a_reference_goes_on() -> None:
    """``(e)段`` at a line's start continues the sentence above (a reference, not an item)."""
    first = "回顾" + _FILL[: _WIDTH - 5] + "第5"
    blocks = _blocks(_pdftotext(_filler(4), raw=[first, "(e)段所述措施，"]))
    assert blocks[-1] == first + "(e)段所述措施，"
