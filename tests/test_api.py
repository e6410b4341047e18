"""The library entry points: what a text is taken for, and which language it is in."""

from __future__ import annotations

import pytest

from resparse import api
from resparse.readers.text import SourceText


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("安全理事会，\n1. 决定继续处理此案。\n", "zh"),
        ("The Security Council,\n1. Decides to remain seized of the matter.\n", "en"),
        # Whitespace does not count as text either way; separators (U+001C-U+001F) are not whitespace.
        ("安全理事会，" + " " * 400 + "\n" + "\n" * 400, "zh"),
        ("安全理事会安全理事会" + "a" * 60 + "\x1c" * 100, "en"),
        # A tenth of ideographs is enough: an English draft quoting Chinese stays English below it.
        ("The Council, " + "a" * 80 + " 决定", "en"),
        ("决定决定 " + "a" * 30, "zh"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert api.parse_source(SourceText("x.txt", text, "utf-8")).language == language


@pytest.mark.parametrize(
    ("given", "is_path"),
    [
        ("draft.txt", True),
        ("drafts/2395.docx", True),
        ("安全理事会，\n1. 决定。", False),
        ("第 1373(2001)号决议", False),
    ],
)
def test_a_string_is_a_path_or_a_text(given: str, is_path: bool) -> None:
    assert api._names_file(given) is is_path
