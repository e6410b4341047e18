"""The library entry points: what a text is taken for, and which language it is in."""

from __future__ import annotations

import pytest

import resparse
from resparse import api
from resparse.readers.text import SourceText
from tests.support import ROOT


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


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: resparse.parse(""), resparse.InputError, "empty text"),  # was ".: is a directory"
        (lambda: resparse.parse(123), TypeError, "not int"),
        (lambda: resparse.parse(None), TypeError, "not NoneType"),
        (lambda: resparse.refs(42), TypeError, "refs.. takes a Document"),
        (
            lambda: resparse.refs(resparse.parse_text("安全理事会，\n回顾，\n"), lang="xx"),
            ValueError,
            "link language",
        ),
        (
            lambda: resparse.refs(resparse.parse_text("安全理事会，\n回顾，\n"), register="x"),
            TypeError,
            "Register",
        ),
        (
            lambda: resparse.check(resparse.parse_text("安全理事会，\n回顾，\n"), lang="fr"),
            ValueError,
            "en, zh",
        ),
        (lambda: resparse.Selection(select=("RS9",)), ValueError, "select: no rule"),
    ],
)
def test_arguments_are_checked_with_a_clear_error(call, error, message: str) -> None:
    with pytest.raises(error, match=message):
        call()


def test_the_api_takes_bytes_and_paths_where_a_user_would_pass_them() -> None:
    example = ROOT / "examples" / "draft_resolution.txt"
    from_bytes = resparse.parse(example.read_bytes())
    assert [p.id for p in from_bytes.paragraphs] == [p.id for p in resparse.parse(example).paragraphs]
    assert len(resparse.refs(str(example)).citations) == 14  # a path, not only a Document
    assert [f.code for f in resparse.check(str(example))][:1] == ["RS101"]
    register = resparse.Register([(2026, 2900, 3000)])
    first = resparse.refs(from_bytes, register=register).citations[0]
    assert (first.symbol, first.year_source) == ("S/RES/1373 (2001)", "text")  # 1373 unknown to it
