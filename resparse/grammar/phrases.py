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
