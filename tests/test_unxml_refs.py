"""Citations in the UN's own 2020–2022 Chinese resolutions, rendered to text.

Recall: every ``<a href>`` to an ``S/RES/…`` or ``A/RES/…`` target must be found as a citation of that
document in the paragraph that holds the link (paragraphs are matched by their text, so the check does
not depend on how either side numbers unnumbered items). Attachment: in the PDF-like layout, each URL
line under a page must attach to a citation of the document it points at, in the paragraph it came
from. Figures and every miss are printed (run with ``-s``).
"""

from __future__ import annotations

from functools import cache

import pytest

import resparse
from resparse.api import refs
from resparse.citations.resolve import symbol_of_url
from tests.unxml import UNXML_DIR, blocks, chinese_files, render_lines, render_pdf

LAYOUTS = {"lines": render_lines, "pdf": render_pdf}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not UNXML_DIR.is_dir(), reason="../shared/corpus/unxml not available"),
]


def _squash(text: str) -> str:
    return "".join(text.split())


def _holds(paragraph_text: str, block_text: str) -> bool:
    a, b = _squash(paragraph_text), _squash(block_text)
    return bool(a) and bool(b) and (a == b or b in a or a in b)


def _linked_blocks(path):
    """(href, block text) for every link of the XML, in document order."""
    return [(link.href, block.text) for block in blocks(path) for link in block.links]


@cache
def recall(layout: str) -> tuple[int, int, tuple[str, ...]]:
    total = found = 0
    misses = []
    for path in chinese_files():
        result = refs(resparse.parse_text(LAYOUTS[layout](path), path.name))
        texts = {p.id: p.text for p in result.document.paragraphs}
        for href, block_text in _linked_blocks(path):
            symbol = symbol_of_url(href)
            if not symbol or not symbol.startswith(("S/RES/", "A/RES/")):
                continue
            total += 1
            if any(
                c.symbol == symbol and _holds(texts.get(c.paragraph, ""), block_text)
                for c in result.citations
            ):
                found += 1
            else:
                misses.append(f"{path.name}: {symbol} in «{block_text[:40]}»")
    return found, total, tuple(misses)


@cache
def attachment() -> tuple[int, int, tuple[str, ...]]:
    total = right = 0
    misses = []
    for path in chinese_files():
        result = refs(resparse.parse_text(render_pdf(path), path.name))
        texts = {p.id: p.text for p in result.document.paragraphs}
        by_line = {c.link.span.start.line: c for c in result.citations if c.link}
        truth = _linked_blocks(path)
        assert len(truth) == len(result.document.links), path.name
        for link, (_, block_text) in zip(result.document.links, truth, strict=True):
            total += 1
            citation = by_line.get(link.span.start.line)
            if (
                citation
                and citation.symbol == symbol_of_url(link.url)
                and _holds(texts[citation.paragraph], block_text)
            ):
                right += 1
            else:
                got = f"{citation.symbol} in {citation.paragraph}" if citation else "nothing"
                misses.append(f"{path.name}: {link.url} (page {link.page}) → {got}")
    return right, total, tuple(misses)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_resolution_link_is_a_citation(layout: str) -> None:
    found, total, misses = recall(layout)
    print(
        f"\n[{layout}] S/RES and A/RES links found as citations in their paragraph: {found}/{total} "
        f"= {found / total:.2%}"
    )
    for miss in misses:
        print("  miss:", miss)
    assert found / total >= 0.995


def test_pdf_links_attach_to_their_citation() -> None:
    right, total, misses = attachment()
    print(f"\n[pdf] links attached to the citation they belong to: {right}/{total} = {right / total:.2%}")
    for miss in misses:
        print("  miss:", miss)
    assert right / total >= 0.99
