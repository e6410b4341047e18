"""No citation names a document that cannot exist, on the whole reference corpus.

A symbol resparse reports must be one its body could have issued: the Assembly numbered resolutions
by session only from its thirty-first session (``A/RES/25/1`` cannot exist; the text that seems to cite
it cites a commission's resolution), never by year; the Human Rights Council's sessions are counted
from 1 (2006) and it adopts no "emergency special session" resolutions; the Economic and Social
Council numbers by year, from 1946; the Environment Assembly has held a handful of sessions. And the
symbol must be of the body the citation says adopted it (an ``A/RES/`` symbol for a citation of the
Human Rights Council is the classic slip of the UN's own hyperlinks).

Run with ``-s`` to see the counts::

    python -m pytest tests/test_corpus_symbols.py -s -q
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import resparse
from tests.unxml import UNXML_DIR, UNXML_GA_DIR, chinese_files, ga_chinese_files, render_lines, render_pdf

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        not (UNXML_DIR.is_dir() and UNXML_GA_DIR.is_dir()), reason="../shared/corpus not available"
    ),
]

_PREFIXES = {
    "ga": ("A/RES/", "A/DEC/"),
    "sc": ("S/RES/",),
    "hrc": ("A/HRC/RES/", "A/HRC/DEC/"),
    "ecosoc": ("E/RES/", "E/DEC/"),
    "chr": ("E/CN.4/",),
    "unea": ("UNEP/EA.",),
}


def impossible(citation) -> str | None:
    """Why a citation's symbol cannot be right, or ``None``."""
    symbol = citation.symbol
    if symbol is None:
        return None
    if (
        citation.form != "symbol"
        and citation.organ in _PREFIXES
        and not symbol.startswith(_PREFIXES[citation.organ])
    ):
        return f"a {citation.organ} citation with the symbol {symbol}"
    if m := re.match(r"^A/(?:RES|DEC)/(\d+)/", symbol):
        session = int(m[1])
        if session < 31 or session > 200:
            return f"{symbol}: the Assembly numbered no resolution of session {session} so"
    if (m := re.match(r"^A/HRC/(?:RES|DEC)/(ES-\d+|\d+)/", symbol)) and (
        m[1].startswith("ES") or int(m[1]) > 80
    ):
        return f"{symbol}: no such session of the Human Rights Council"
    if (m := re.match(r"^E/(?:RES|DEC)/(\d+)/", symbol)) and not 1946 <= int(m[1]) <= 2030:
        return f"{symbol}: the Council numbers by year"
    if (m := re.match(r"^UNEP/EA\.(\d+)/", symbol)) and not 1 <= int(m[1]) <= 10:
        return f"{symbol}: no such session of the Environment Assembly"
    return None


@cache
def findings() -> tuple[int, tuple[str, ...]]:
    total = 0
    bad: list[str] = []
    sources = [(path, "akn") for path in [*chinese_files(), *ga_chinese_files()]]
    sources += [(path, layout) for path in ga_chinese_files() for layout in ("lines", "pdf")]
    for path, layout in sources:
        if layout == "akn":
            document = resparse.parse(path)
        else:
            document = resparse.parse_text(
                (render_lines if layout == "lines" else render_pdf)(path), path.name
            )
        for citation in resparse.refs(document).citations:
            total += 1
            if reason := impossible(citation):
                bad.append(f"{path.name} [{layout}] «{citation.text}» in {citation.paragraph}: {reason}")
    return total, tuple(bad)


def test_no_symbol_that_cannot_exist() -> None:
    total, bad = findings()
    print(f"\n{total} citations read; symbols that cannot exist: {len(bad)}")
    for line in bad:
        print("  ", line)
    assert bad == ()


@pytest.mark.parametrize(
    ("symbol", "organ", "wrong"),
    [
        ("A/RES/25/1", "ga", True),
        ("A/RES/75/1", "ga", False),
        ("A/RES/75/1", "hrc", True),
        ("A/HRC/RES/ES-1/1", "hrc", True),
        ("E/RES/2021/1", "ecosoc", False),
        ("E/RES/21/1", "ecosoc", True),
        ("UNEP/EA.5/Res.5", "unea", False),
        (None, "other", False),
    ],
)
def test_the_rule_itself(symbol: str | None, organ: str, wrong: bool) -> None:
    citation = resparse.Citation(symbol, "resolution", "x", None, None, 1, organ=organ)  # type: ignore[arg-type]
    assert (impossible(citation) is not None) is wrong
