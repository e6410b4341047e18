"""The rule catalogue: codes, names and default levels are part of the interface — keep them."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("note", "warning", "error")


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    level: str
    summary: str


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "RS101",
            "year-mismatch",
            "error",
            "A cited Security Council resolution's written year differs from its adoption year in the "
            "register.",
        ),
        Rule(
            "RS102",
            "unknown-resolution",
            "error",
            "A cited resolution number is 0 or beyond the last resolution in the register.",
        ),
        Rule(
            "RS103",
            "cites-later-resolution",
            "error",
            "The resolution cites itself or a resolution adopted after it.",
        ),
        Rule("RS104", "year-missing", "note", "A Security Council resolution is cited without its year."),
        Rule(
            "RS105",
            "malformed-citation",
            "warning",
            "A citation mixes full- and half-width digits or brackets, has unbalanced brackets, or is an "
            "enumeration not closed by 号决议.",
        ),
        Rule("RS201", "duplicate-citation", "error", "The same document is cited twice in one enumeration."),
        Rule(
            "RS202",
            "enumeration-order",
            "warning",
            "An enumeration of Security Council resolutions is not in ascending order.",
        ),
        Rule(
            "RS203",
            "inconsistent-year",
            "error",
            "One resolution number is written with two different years in the document.",
        ),
        Rule(
            "RS301",
            "dangling-link",
            "error",
            "A hyperlink matches no citation on its page (or in its paragraph).",
        ),
        Rule(
            "RS302",
            "link-mismatch",
            "error",
            "A citation's hyperlink points to another document than the citation names.",
        ),
        Rule(
            "RS303",
            "unlinked-citation",
            "note",
            "A citation is left unlinked on a page (or in a paragraph) whose other citations are linked.",
        ),
        Rule(
            "RS304",
            "bad-link",
            "warning",
            "A link is not an undocs.org / docs.un.org document link, or its language differs from the "
            "document's.",
        ),
        Rule(
            "RS401",
            "numbering",
            "error",
            "Operative numbers or sub-paragraph labels have a gap, a repeat or are out of order.",
        ),
        Rule(
            "RS402",
            "dangling-paragraph-ref",
            "error",
            "An internal reference points to a paragraph this resolution does not have.",
        ),
        Rule(
            "RS403",
            "paragraph-punctuation",
            "warning",
            "A preambular paragraph does not end in ，, or an operative one in ； (the last in 。, a list "
            "lead-in in ：).",
        ),
        Rule(
            "RS404",
            "missing-formula",
            "warning",
            "There is no enacting formula before the first preambular paragraph.",
        ),
    )
}


def matches(code: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """Whether ``code`` is selected by any of ``patterns`` (codes or prefixes such as ``RS1``; ``ALL``)."""
    return any(p == "ALL" or code.startswith(p) for p in patterns)


def validate_patterns(patterns: list[str] | tuple[str, ...]) -> list[str]:
    """The patterns that select no rule at all (typos), for a clear error."""
    return [p for p in patterns if p != "ALL" and not any(code.startswith(p) for code in RULES)]
