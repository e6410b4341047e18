"""The leading phrases of resolution paragraphs (``phrases.txt``)."""

from __future__ import annotations

import pytest

from resparse.grammar.phrases import leading_phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("回顾其第70/1号决议，", "回顾"),
        ("又回顾其决议，", "又回顾"),
        ("念及使用核武器对环境造成的有害影响，", "念及"),
        ("欣见世界各地设置监察员，", "欣见"),
        ("极为关切地注意到冠状病毒病，", "极为关切地注意到"),
        ("在这方面着重指出，必须给予足够的时间，", "在这方面着重指出"),
        ("紧急促请各国，", "紧急促请"),
        ("2016年3月24日第31/26号决议，", None),
        ("各国应当继续努力，", None),
    ],
)
def test_leading_phrase(text: str, phrase: str | None) -> None:
    assert leading_phrase(text) == phrase
