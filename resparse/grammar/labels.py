"""Paragraph labels: the families (``1.``, ``(a)``, ``(i)``/``㈠``, ``(1)``, bullets, ``A.``) and their order.

Written once for every stage: the layout stage asks whether a line starts with a label, segmentation
takes labels off paragraphs and nests them, the markup reader names the family of a label the XML
gives, and the linter checks that labels run in sequence.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from regex import Pattern

from resparse.grammar.chars import DIGIT, ends_terminal
from resparse.grammar.compiled import compile
from resparse.grammar.phrases import leading_phrase
from resparse.grammar.structure import HEADING_MAX

Family = Literal["operative", "letter", "roman", "digit", "bullet", "heading"]
#: The families a sub-paragraph can be labelled with, outermost first.
SUB_FAMILIES: tuple[Family, ...] = ("letter", "roman", "digit", "bullet")

#: Operative paragraph number: ``1.``, ``１．``, ``12.`` — not a decimal like ``1.5``.
OPERATIVE_LABEL = compile(rf"^(?P<label>(?P<n>{DIGIT}{{1,3}})\s*[.．](?!{DIGIT}))\s*")
#: The first operative paragraph's number at a line's start: where an operative part begins.
OPERATIVE_ONE = compile(r"^[1１]\s*[.．]\s")
#: An operative number without its full stop, a space or tab after it (``14\t鼓励``).
BARE_NUMBER = compile(rf"^(?P<label>(?P<n>{DIGIT}{{1,3}}))[ \t]+")
#: What :data:`BARE_NUMBER` starts with: a digit (most labels do not, and then it is not tried).
_NUMBER_STARTS = frozenset("0123456789０１２３４５６７８９")
#: Sub-paragraph labels, by level family.
#: Word drafts also number items ``a)``, ``i)``, ``1)``: the same levels, with a closing bracket only.
LETTER_LABEL = compile(
    r"^(?P<label>[(（](?P<n>[a-z]{1,2}|[子丑寅卯辰巳午未申酉戌亥])[)）]|(?P<n>[a-z])[.．](?=\s)"
    r"|(?P<n>[a-z]{1,2})[)）](?=\s|\S))\s*"
)
ROMAN_LABEL = compile(
    r"^(?P<label>[(（](?P<n>[ivxlc]{1,6})[)）]|(?P<n>[ivx]{1,5})[)）]|(?P<n>[㈠-㈩])"
    r"|[(（](?P<n>[一二三四五六七八九十]{1,3})[)）])\s*"
)
DIGIT_LABEL = compile(rf"^(?P<label>[(（](?P<n>{DIGIT}{{1,2}})[)）]|(?P<n>{DIGIT}{{1,2}})[)）])\s*")
BULLET_LABEL = compile(r"^(?P<label>[•·▪◦●○\-–—])\s*")
#: A section heading label inside the operative part: ``A. 定向制裁``, ``一、``.
HEADING_LABEL = compile(r"^(?P<label>(?P<n>[A-Z])[.．]|(?P<n>[一二三四五六七八九十]{1,3})[、.．])\s*")
#: Every family's pattern, in the order a label is tried.
PATTERNS: tuple[tuple[Family, Pattern[str]], ...] = (
    ("operative", OPERATIVE_LABEL),
    ("letter", LETTER_LABEL),
    ("roman", ROMAN_LABEL),
    ("digit", DIGIT_LABEL),
    ("bullet", BULLET_LABEL),
    ("heading", HEADING_LABEL),
)

_DIGITS = "0123456789０１２３４５６７８９"
#: The characters a label of each family can start with: a block that starts with anything else has
#: no label of that family, and its pattern need not be tried.
FAMILY_STARTS: dict[Family, frozenset[str]] = {
    "operative": frozenset(_DIGITS),
    "letter": frozenset("(（abcdefghijklmnopqrstuvwxyz"),
    "roman": frozenset("(（ivx㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"),
    "digit": frozenset("(（" + _DIGITS),
    "bullet": frozenset("•·▪◦●○-–—"),
    "heading": frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ一二三四五六七八九十"),
}
LABEL_STARTS = frozenset().union(*FAMILY_STARTS.values())
#: For each character a label can start with, the families to try, in the order of :data:`PATTERNS`.
_CANDIDATES = {
    char: tuple((family, pattern) for family, pattern in PATTERNS if char in FAMILY_STARTS[family])
    for char in LABEL_STARTS
}
#: The characters a *line* that opens a labelled item starts with, for the layout stage. Narrower than
#: :data:`LABEL_STARTS`: a wrapped line that begins ``a) `` or ``A.`` is not taken as a new paragraph.
LINE_LABEL_STARTS = frozenset(
    "0123456789０１２３４５６７８９(（㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩•▪●-–—*abcdefghijklmnopqrstuvwxyz"
)
#: A line that begins a labelled item of any kind (used by the layout stage to spot paragraph starts).
ANY_LABEL = compile(
    rf"^(?:{DIGIT}{{1,3}}\s*[.．](?!{DIGIT})"
    r"|[(（](?:[a-z]{1,2}|[ivxlc]{1,6}|[一二三四五六七八九十]{1,3}|[子丑寅卯辰巳午未申酉戌亥])[)）]"
    r"|[a-z]{1,2}[)）]|[a-z][.．][ \t\u3000]|[㈠-㈩]|[•▪●]|[-–—*][ \t])"
)
#: A line that is nothing but a number label ("2.", "(a)"): the text follows on the next line.
LABEL_ONLY = compile(
    rf"^(?:{DIGIT}{{1,3}}\s*[.．]"
    r"|[(（](?:[a-z]{1,2}|[ivxlc]{1,6}|[一二三四五六七八九十]{1,3})[)）]|[㈠-㈩])$"
)

# -- the order of each family ------------------------------------------------------------------------
LETTERS = (
    *(chr(c) for c in range(ord("a"), ord("z") + 1)),
    *(chr(c) * 2 for c in range(ord("a"), ord("z") + 1)),
)
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
CIRCLED = tuple("㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩")
#: The earthly branches, a Chinese text's letters where it renders a treaty's ``(a)``, ``(b)`` …
#: (``《宪章》第七十三条(丑)款``).
BRANCHES = tuple("子丑寅卯辰巳午未申酉戌亥")
HAN_NUMERALS = (
    *"一二三四五六七八九十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
)
#: Each sequence a label's core can be a member of, by name.
SEQUENCES: dict[str, tuple[str, ...]] = {
    "letter": LETTERS,
    "roman": ROMAN,
    "circled": CIRCLED,
    "han": HAN_NUMERALS,
    "branch": BRANCHES,
}


class Label(NamedTuple):
    """A label found at the start of a block: its family, the label as written, its number, its end."""

    family: Family
    label: str
    number: str
    end: int


def may_have_label(body: str) -> bool:
    """Whether ``body`` starts with a character some label starts with (most paragraphs do not)."""
    return bool(body) and body[0] in LABEL_STARTS


def find_label(body: str) -> Label | None:
    """The label ``body`` opens with (followed by text), or ``None``.

    A heading label (``A.``, ``一、``) counts only on a short unpunctuated block: ``A. 定向制裁``.
    """
    candidates = _CANDIDATES.get(body[:1])
    if candidates is None:
        return None
    for family, pattern in candidates:
        match = pattern.match(body)
        if match and match.end() < len(body):
            label = match["label"]
            if family == "heading" and (len(body) > HEADING_MAX or ends_terminal(body)):
                continue
            number = match["n"] if "n" in pattern.groupindex else None  # no dict of all the groups
            return Label(family, label, number or label, match.end())
    # No family's label: "14 鼓励……", a number that lost its full stop, before the verb a paragraph
    # opens with (no label pattern reads a number followed by a space alone, so this comes last).
    if body[0] in _NUMBER_STARTS and (bare := BARE_NUMBER.match(body)) and leading_phrase(body[bare.end() :]):
        return Label("operative", bare["label"], bare["n"], bare.end())
    return None


def sub_family(label: str) -> Family | None:
    """The sub-paragraph family of a label given on its own (``(a)``, ``㈠``, ``•``)."""
    text = label + " "
    for family, pattern in PATTERNS:
        if family in SUB_FAMILIES and pattern.match(text):
            return family
    return None


def line_has_label(content: str) -> bool:
    """A line that opens a labelled item (the layout stage's test for a paragraph start)."""
    return content[0] in LINE_LABEL_STARTS and bool(ANY_LABEL.match(content))


def is_label_only(content: str) -> bool:
    """A line that is only a label (``2.``), the paragraph's text following on the next line."""
    return len(content) <= 6 and content[0] in LINE_LABEL_STARTS and bool(LABEL_ONLY.match(content))


def core(label: str) -> str:
    """A label without its brackets and full stop: ``(a)`` → ``a``."""
    return label.strip("().（）")


def follows_letter(previous: str | None, number: str) -> bool:
    """Whether ``number`` is the letter after ``previous`` (``i`` after ``h``): then ``(i)`` is a letter.

    ``(i)``, ``(v)`` and ``(x)`` are roman numerals when they open a list under a letter, and letters
    when they carry on a lettered list.
    """
    return previous is not None and len(previous) == len(number) and ord(previous[-1]) + 1 == ord(number[-1])


_ROMAN_SET = frozenset(ROMAN)


def item_family(family: str | None, number: str, previous_letter: str | None) -> str | None:
    """The family of a sub-paragraph's label read in its list: ``(i)``, ``(v)`` and ``(x)`` are
    letters only where they carry on a lettered list (``(i)`` after ``(h)``, ``previous_letter``);
    otherwise roman numerals, opening a list under the item above."""
    if family == "letter" and number in _ROMAN_SET and not follows_letter(previous_letter, number):
        return "roman"
    return family


def sequence_of(label: str) -> tuple[str, int] | None:
    """The sequence a label belongs to and its place in it: ``(c)`` → ``("letter", 2)``."""
    text = core(label)
    if label in CIRCLED:
        return "circled", CIRCLED.index(label)
    if text in HAN_NUMERALS:
        if label.startswith("(") and text not in HAN_NUMERALS[:10]:
            return "circled", HAN_NUMERALS.index(text)  # (十一) goes on where ㈩ ends
        return "han", HAN_NUMERALS.index(text)
    if text in LETTERS:
        return "letter", LETTERS.index(text)
    if text in BRANCHES:
        return "branch", BRANCHES.index(text)
    if text in ROMAN:
        return "roman", ROMAN.index(text)
    return None


def relabel(template: str, text: str) -> str:
    """``text`` written the way ``template`` is: ``("(a)", "b")`` → ``(b)``, ``("a.", "b")`` → ``b.``."""
    if template in CIRCLED:
        return text
    return f"({text})" if template.startswith("(") else f"{text}."
