"""Citations in the English originals of the UN's resolutions (SC 2020–2022, GA 75–77), read from
their Akoma Ntoso XML: every ``<a href>`` to a resolution must be found as a citation of that document
(its part letters aside) in the paragraph that holds the link. Figures and every miss are printed
(run with ``-s``)::

    python -m pytest tests/test_unxml_en_refs.py -s -q
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import resparse
from resparse.citations.resolve import symbol_of_url
from tests.test_unxml_ga_refs import RESOLUTION_HREF, _holds, citation_key, href_key
from tests.unxml import UNXML_DIR, UNXML_GA_DIR, blocks

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not UNXML_DIR.is_dir(), reason="../shared/corpus/unxml not available"),
]
#: A statement of the President or a letter, not a resolution: no formula, no resolutions of its own.
_RESOLUTION_FILE = re.compile(r"RES")


def english_files() -> list:
    found = sorted(UNXML_DIR.glob("*/English/*.xml")) + sorted(UNXML_GA_DIR.glob("*/English/*.xml"))
    return [path for path in found if _RESOLUTION_FILE.search(path.name) or path.name[:2].isdigit()]


@cache
def recall() -> tuple[int, int, tuple[str, ...]]:
    found = total = 0
    misses = []
    for path in english_files():
        document = resparse.load(path)
        result = resparse.refs(document)
        texts = {p.id: p.text for p in document.paragraphs}
        for block in blocks(path):
            for link in block.links:
                symbol = symbol_of_url(link.href)
                if not symbol or not RESOLUTION_HREF.match(symbol):
                    continue
                total += 1
                key = href_key(symbol)
                if any(
                    citation_key(c) == key and _holds(texts.get(c.paragraph or "", ""), block.text)
                    for c in result.citations
                ):
                    found += 1
                else:
                    misses.append(
                        f"{path.name}: {symbol} in «{block.line[max(0, link.start - 30) : link.end + 10]}»"
                    )
    return found, total, tuple(misses)


def test_every_resolution_link_is_an_english_citation() -> None:
    found, total, misses = recall()
    print(
        f"\n[English] resolution links found as citations in their paragraph: {found}/{total} = {found / total:.2%}"
    )
    for miss in misses:
        print("  miss:", miss)
    assert found / total >= 0.995
