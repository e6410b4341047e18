"""The rule catalogue: every rule has its messages in every language; codes are parsed in one place."""

from __future__ import annotations

import string

import pytest

from resparse.rules import LANGUAGES, MESSAGES, RULES, TERMS, Term, UnknownCodes, message, parse_codes


def test_every_rule_has_a_message_in_every_language() -> None:
    assert {code for code, _ in MESSAGES} == set(RULES)
    for key, templates in MESSAGES.items():
        assert set(templates) == set(LANGUAGES), key


def test_each_message_takes_the_same_values_in_every_language() -> None:
    """A value may be worded differently, but no language may need one another language does not get."""
    for key, templates in MESSAGES.items():
        fields = {
            lang: {f for _, f, _, _ in string.Formatter().parse(t) if f} for lang, t in templates.items()
        }
        assert fields["zh"] <= fields["en"] | {"number"}, key


def test_every_term_is_worded_in_every_language() -> None:
    assert TERMS["en"].keys() == TERMS["zh"].keys()


@pytest.mark.parametrize(
    ("code", "variant", "values", "en", "zh"),
    [
        (
            "RS103",
            "",
            {"own": 5, "number": 7, "relation": Term("later")},
            "which is a later resolution",
            "其后通过的",
        ),
        ("RS301", "", {"target": "S/RES/1 (1946)", "place": Term("page")}, "on its page", "所在页面"),
        (
            "RS105",
            "",
            {"text": "1(1946", "defects": (Term("unbalanced-brackets"), Term("mixed-width-digits"))},
            "unbalanced-brackets, mixed-width-digits",
            "括号不成对，全角与半角数字混用",
        ),
        (
            "RS401",
            "gap",
            {"got": "3", "previous": Term("the start"), "expected": "1"},
            "follows the start",
            "缺少1",
        ),
    ],
)
def test_terms_and_lists_are_worded_per_language(code, variant, values, en, zh) -> None:
    assert en in message(code, "en", variant, **values)
    assert zh in message(code, "zh", variant, **values)


@pytest.mark.parametrize(
    ("given", "codes"),
    [
        (("rs101",), ("RS101",)),
        (("RS1,RS201",), ("RS1", "RS201")),
        (("RS1 RS2", "rs4"), ("RS1", "RS2", "RS4")),
        ("RS3", ("RS3",)),
        (("ALL",), ("ALL",)),
        ((), ()),
    ],
)
def test_codes_are_parsed_once_for_every_caller(given, codes) -> None:
    assert parse_codes(given) == codes


def test_unknown_codes_are_named() -> None:
    with pytest.raises(UnknownCodes) as caught:
        parse_codes(("RS1", "RS9", "XX"))
    assert caught.value.codes == ["RS9", "XX"]
    assert "RS9, XX" in str(caught.value)
