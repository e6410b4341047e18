"""Leading phrases of preambular and operative paragraphs (``回顾``, ``重申``, ``决定`` …).

A paragraph's leading phrase is an optional run of adverbs (``还``, ``再次``, ``特别`` …) followed by one
of the verbs resolutions open paragraphs with; the word lists are in ``phrases.txt``. The longest
match wins, so ``表示关切`` is preferred to ``表示`` and ``强调指出`` to ``强调``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from resparse.grammar.compiled import compile


def _word_lists() -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    current: list[str] = []
    for line in (Path(__file__).parent / "phrases.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return lists


def _alternatives(words: list[str]) -> str:
    """Longest first; equal lengths in a fixed order, so the pattern (a cache key) is always the same."""
    return "|".join(sorted(set(words), key=lambda word: (-len(word), word)))


_LISTS = _word_lists()
ADVERBS = tuple(_LISTS["adverbs"])
VERBS = tuple(_LISTS["verbs"])
PREAMBULAR_VERBS = frozenset(_LISTS["preambular"])
OPERATIVE_VERBS = frozenset(_LISTS["operative"])
PHRASE = compile(f"^(?:{_alternatives(list(ADVERBS))})*(?:{_alternatives(list(VERBS))})")
#: The characters a phrase can start with: a paragraph that starts with another has none.
PHRASE_STARTS = frozenset(word[0] for word in (*ADVERBS, *VERBS))


def is_preambular(phrase: str) -> bool:
    """Whether a leading phrase (``又回顾``, ``深为关切``) is one that only opens preambular paragraphs."""
    return any(phrase.endswith(verb) for verb in PREAMBULAR_VERBS)


def is_operative(phrase: str) -> bool:
    """Whether a leading phrase (``决定``, ``又请``) is one that only opens operative paragraphs."""
    return any(phrase.endswith(verb) for verb in OPERATIVE_VERBS)


def leading_phrase(text: str) -> str | None:
    """The paragraph's leading phrase, or ``None`` when it does not open with a known one."""
    if text[:1] not in PHRASE_STARTS:
        return None
    match = PHRASE.match(text)
    return sys.intern(match.group(0)) if match else None  # one string per phrase, however many use it


#: The Council's line that stands alone between the preamble and the operative part: ``根据《联合国宪章》
#: 第七章采取行动，`` (Acting under Chapter VII of the Charter).
ACTING_UNDER = compile(r"^(?:并)?根据《联合国宪章》第[七六八]章(?:采取行动)?[，,]$")
#: A label that is a reference, not an item: ``(e)段``, ``(c)、(d)和……`` at a line's start.
LABEL_REFERENCE = compile(r"^[(（][a-z0-9ivx]{1,4}[)）]\s*(?:段|分段|、|和|至|及|项|款)")
#: A footnote's number a PDF extraction left after a line's last mark (``……计划》，11``).
TRAILING_MARKER = compile(r"(?<=[，；。：,;:])\s?\d{1,3}$")
