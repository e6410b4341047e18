"""Citations in the UN's own General Assembly resolutions (sessions 75–77), rendered to text.

Recall: every ``<a href>`` to a resolution or decision — ``A/RES/…``, ``S/RES/…``, ``A/HRC/RES/…``,
``E/RES/…`` — must be found as a citation of that document, *with the part letters the text writes*
(``第72/262 C号`` is ``A/RES/72/262 C`` whatever the href says), in the paragraph that holds the link
(paragraphs are matched by their text). The UN's hrefs are not all right: the ones that name another
document than the text (a stale number, a Human Rights Council resolution linked as the Assembly's) are
listed in :data:`WRONG_HREFS`, each with what the text says, and left out. Figures and every miss are
printed (run with ``-s``)::

    python -m pytest tests/test_unxml_ga_refs.py -s -q
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import resparse
from resparse.citations.resolve import document_key, symbol_of_url
from tests.support import ROOT
from tests.unxml import UNXML_GA_DIR, blocks, ga_chinese_files, render_lines, render_pdf

LAYOUTS = {"lines": render_lines, "pdf": render_pdf}
RESOLUTION_HREF = re.compile(r"^(?:A/RES/|S/RES/|A/HRC/RES/|E/RES/)", re.I)
#: Part letters the text writes at the end of a link's text or right after it: ``72/262</a> C号``,
#: ``74/92A和B``, ``75/254 A至C``, ``53/77 AA``.
PARTS = re.compile(r"[ \u00a0]*([A-Z]{1,2}(?:[ \u00a0]*(?:和|至|-|、)[ \u00a0]*[A-Z]{1,2})*)(?![A-Za-z])")
HREF_PARTS = re.compile(r"(?<=\d)\s*[a-z]{1,2}(?:-[a-z]{1,2})?$", re.I)


def _wrong_hrefs() -> dict[tuple[str, str], str]:
    """Links whose href names another document than the text (``tests/data/ga_wrong_hrefs.tsv``):
    (file, href symbol as linked) → what the text cites."""
    rows = (ROOT / "tests" / "data" / "ga_wrong_hrefs.tsv").read_text(encoding="utf-8").splitlines()
    table = [row.split("\t") for row in rows if row and not row.startswith("#")][1:]
    return {(file, href): cites for file, href, _, _, cites in table}


WRONG_HREFS = _wrong_hrefs()

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not UNXML_GA_DIR.is_dir(), reason="../shared/corpus/unxml-ga not available"),
]


def _squash(text: str) -> str:
    """The text without white space and invisible marks (a line's edge LRM is layout)."""
    return "".join(text.split()).translate(_INVISIBLE)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))


def _holds(paragraph_text: str, block_text: str) -> bool:
    a, b = _squash(paragraph_text), _squash(block_text)
    return bool(a) and bool(b) and (a == b or b in a or a in b)


def expected_citations(path):
    """(document key without part, parts as written, block text, href) of every resolution link."""
    out = []
    for block in blocks(path):
        line = block.line
        for link in block.links:
            symbol = symbol_of_url(link.href)
            if not symbol or not RESOLUTION_HREF.match(symbol):
                continue
            if (path.name, symbol) in WRONG_HREFS:
                continue
            text = line[link.start : link.end]
            written = (
                PARTS.match(line, link.end)
                or re.search(r"(?<=\d)[ \u00a0]*([A-Z]{1,2}(?:(?:和|至|-)[A-Z]{1,2})*)$", text)
                or re.match(r"\d+[ \u00a0]*([A-Z])[ \u00a0]*[(（]", text)  # 2200 A (XXI)
            )
            parts = _parts(written.group(1)) if written else ()
            out.append((href_key(symbol), parts, block.text, symbol))
    return out


def href_key(symbol: str) -> str | None:
    """The key of the document a link's symbol names, its part letters left out, as
    :func:`citation_key` makes it of a citation (``A/RES/2200A(XXI)``, ``A/RES/75/290b``)."""
    bare = re.sub(r"(?<=\d)\s*[A-Za-z](?=\s*\()", "", symbol)
    if re.search(r"/\d+\s*[a-z]{1,2}(?:-[a-z]{1,2})?$", bare, re.I):
        bare = HREF_PARTS.sub("", bare.replace(" ", ""))
    return document_key(bare)


def _parts(written: str) -> tuple[str, ...]:
    """``A和B`` → (A, B); ``A至C`` → (A, B, C)."""
    letters = re.findall(r"[A-Z]{1,2}", written)
    if ("至" in written or "-" in written) and len(letters) == 2 and len(letters[0]) == len(letters[1]) == 1:
        return tuple(chr(c) for c in range(ord(letters[0]), ord(letters[1]) + 1))
    return tuple(letters)


def citation_parts(citation) -> tuple[str, ...]:
    return _parts(citation.part) if citation.part else ()


def citation_key(citation) -> str | None:
    """The key of the document a citation names, its part letters left out (``A/RES/217 A(III)``)."""
    symbol = citation.symbol or ""
    if citation.part:
        symbol = symbol.replace(f" {citation.part}", "")
    return document_key(symbol)


def is_cited(citations, texts: dict, key: str | None, parts: tuple[str, ...], block_text: str) -> bool:
    """Whether a citation of ``key`` with ``parts`` stands in the paragraph holding ``block_text``
    (``texts``: the text of each paragraph by id)."""
    return any(
        citation_key(c) == key
        and citation_parts(c) == parts
        and _holds(texts.get(c.paragraph, ""), block_text)
        for c in citations
    )


@cache
def recall(layout: str) -> tuple[int, int, tuple[str, ...]]:
    total = found = 0
    misses = []
    for path in ga_chinese_files():
        result = resparse.refs(resparse.parse_text(LAYOUTS[layout](path), path.name))
        texts = {p.id: p.text for p in result.document.paragraphs}
        for key, parts, block_text, href in expected_citations(path):
            total += 1
            if is_cited(result.citations, texts, key, parts, block_text):
                found += 1
            else:
                near = [c.symbol for c in result.citations if citation_key(c) == key]
                misses.append(f"{path.name}: {href} parts {parts} in «{block_text[:50]}» (got {near[:2]})")
    return found, total, tuple(misses)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_resolution_link_is_a_citation(layout: str) -> None:
    found, total, misses = recall(layout)
    print(
        f"\n[GA {layout}] resolution links found as citations with their parts in their paragraph: "
        f"{found}/{total} = {found / total:.2%}"
    )
    for miss in misses:
        print("  miss:", miss)
    assert found / total >= 0.995
