"""Text copied out of UN-like PDFs by two real extractors (``../shared/corpus/pdf``), split and searched
for citations, compared with the XML each PDF was made from.

``NAME.pdfium.txt`` is the Tika-like text (pdfium's lines, tagged furniture dropped, indents as one
space, each page's link URIs under it); ``NAME.poppler.txt`` is ``pdftotext``'s (no indents; headers,
footers and footnotes left in the text). The generator leaves out what sits under a ``<crossHeading>``,
so a truth block whose text is not in the PDF's text is not counted. Figures and every miss are printed
(run with ``-s``)::

    python -m pytest tests/test_corpus_pdf.py -s -q
"""

from __future__ import annotations

from functools import cache

import pytest

import resparse
from tests.support import SHARED, outline, wrong_points
from tests.test_unxml_ga_refs import _squash, expected_citations, is_cited
from tests.unxml import blocks, truth

PDF_DIR = SHARED / "corpus" / "pdf"
#: What each extraction reaches today, by organ (split exactly, citations found): floors, not targets.
FLOORS = {
    ("pdfium", "SC"): (0.99, 0.99),
    ("pdfium", "GA"): (0.85, 0.95),
    ("poppler", "SC"): (0.40, 0.99),
    ("poppler", "GA"): (0.0, 0.60),
}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (PDF_DIR / "SOURCES.tsv").is_file(), reason="../shared/corpus/pdf not available"),
]


def _sources() -> list[tuple[str, str]]:
    rows = (PDF_DIR / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [(pdf.removesuffix(".pdf"), xml) for pdf, xml in (row.split("\t") for row in rows if row)]


@cache
def results(kind: str, organ: str) -> tuple[int, int, int, int, tuple[str, ...]]:
    """(documents split exactly, documents compared, citations found, citations wanted, misses)."""
    split = compared = found = wanted = 0
    misses: list[str] = []
    for name, xml in _sources():
        if name.startswith("S_") != (organ == "SC"):
            continue
        path = SHARED / "corpus" / xml
        source = (PDF_DIR / f"{name}.{kind}.txt").read_text(encoding="utf-8")
        printed = _squash(source)
        document = resparse.parse_text(source, name)
        result = resparse.refs(document)
        body = [b for b in blocks(path) if b.kind in ("preambular", "operative", "point", "paragraph")]
        if all(_squash(b.text)[:6] in printed for b in body):  # else the generator left some out
            compared += 1
            expected = truth(path)
            preamble, numbers, points = outline(document)
            same = (preamble, numbers) == (expected.preamble_count, expected.operative_numbers)
            if same and not wrong_points(points, expected.points):
                split += 1
            else:
                misses.append(
                    f"{name}: PP {preamble}/{expected.preamble_count}, OP {len(numbers)}/{len(expected.operative_numbers)}"
                )
        texts = {p.id: p.text for p in document.paragraphs}
        for key, parts, block_text, href in expected_citations(path):
            if _squash(block_text)[:6] not in printed:
                continue
            wanted += 1
            if is_cited(result.citations, texts, key, parts, block_text):
                found += 1
            else:
                misses.append(f"{name}: {href} in «{block_text[:30]}»")
    return split, compared, found, wanted, tuple(misses)


@pytest.mark.parametrize(("kind", "organ"), sorted(FLOORS))
def test_extracted_text_splits_and_cites(kind: str, organ: str) -> None:
    split, compared, found, wanted, misses = results(kind, organ)
    print(
        f"\n[{kind} {organ}] split exactly {split}/{compared} = {split / compared:.1%}; "
        f"citations found in their paragraph {found}/{wanted} = {found / wanted:.2%}"
    )
    for miss in misses:
        print("  miss:", miss)
    split_floor, cited_floor = FLOORS[kind, organ]
    assert split / compared >= split_floor and found / wanted >= cited_floor
