"""Text copied out of UN-like PDFs by two real extractors (``../shared/corpus/pdf``), split and searched
for citations, compared with the XML each PDF was made from.

``NAME.pdfium.txt`` is the Tika-like text (pdfium's lines, tagged furniture dropped, indents as one
space, each page's link URIs under it); ``NAME.poppler.txt`` is ``pdftotext``'s (no indents; headers,
footers and footnotes left in the text). The generator leaves out what sits under a ``<crossHeading>``,
so a truth block whose text is not in the PDF's text is not counted; and LibreOffice drops a ``、`` that
would hang past the end of a printed line, so ``、`` is left out when a citation's paragraph is
compared with its block in the XML. Figures and every miss are printed
(run with ``-s``)::

    python -m pytest tests/test_corpus_pdf.py -s -q

``RESPARSE_PDF_DIR`` points the test at another set laid out the same way (``SOURCES.tsv`` naming each
PDF and its XML under ``../shared/corpus``), such as one made with ``../shared/tools/pdf`` from files
the sample does not hold; the floors are then not asserted, only the figures printed.
"""

from __future__ import annotations

import bisect
import os
import re
from functools import cache
from pathlib import Path

import pytest

import resparse
from resparse.citations.resolve import symbol_of_url
from resparse.layout.offsets import LineIndex
from tests.support import SHARED, outline, wrong_points
from tests.test_unxml_ga_refs import _squash, citation_key, expected_citations, href_key, is_cited
from tests.unxml import blocks, truth

PDF_DIR = Path(os.environ.get("RESPARSE_PDF_DIR", SHARED / "corpus" / "pdf"))
OTHER_SET = "RESPARSE_PDF_DIR" in os.environ
#: What each extraction reaches today, by organ (split exactly, citations found): floors, not targets.
FLOORS = {
    ("pdfium", "SC"): (0.99, 0.995),
    ("pdfium", "GA"): (0.99, 0.995),
    ("poppler", "SC"): (0.85, 0.99),
    ("poppler", "GA"): (0.85, 0.99),
    ("pdf", "SC"): (0.0, 0.0),
    ("pdf", "GA"): (0.0, 0.0),
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
        if kind == "pdf":  # the PDF itself
            document = resparse.load(PDF_DIR / f"{name}.pdf")
            printed = _squash(document.text)
        else:
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
        texts = {p.id: p.text.replace("、", "") for p in document.paragraphs}
        for key, parts, block_text, href in expected_citations(path):
            if _squash(block_text)[:6] not in printed:
                continue
            wanted += 1
            if is_cited(result.citations, texts, key, parts, block_text.replace("、", "")):
                found += 1
            else:
                misses.append(f"{name}: {href} in «{block_text[:30]}»")
    return split, compared, found, wanted, tuple(misses)


@pytest.mark.parametrize(("kind", "organ"), sorted(FLOORS))
def test_extracted_text_splits_and_cites(kind: str, organ: str) -> None:
    split, compared, found, wanted, misses = results(kind, organ)
    if not compared or not wanted:
        pytest.skip(f"no {organ} document in {PDF_DIR}")
    print(
        f"\n[{kind} {organ}] split exactly {split}/{compared} = {split / compared:.1%}; "
        f"citations found in their paragraph {found}/{wanted} = {found / wanted:.2%}"
    )
    for miss in misses:
        print("  miss:", miss)
    if OTHER_SET:
        return
    split_floor, cited_floor = FLOORS[kind, organ]
    assert split / compared >= split_floor and found / wanted >= cited_floor


#: A whole line that page furniture is made of: a running header (a symbol), a job number, a barcode,
#: a page number, a link's URI, the cover's English lines.
_FURNITURE_LINE = re.compile(
    r"(?:[ASE]/[A-Z0-9/.\-]+(?: \(\d{4}\))?|\d{2}-\d{5}(?: \(C\))?|\*\d{7}\*|\d{1,3}/\d{1,3}"
    r"|https?://\S+|Distr\.: \w+|Original: \w+)"
)


@pytest.mark.parametrize("kind", ["pdfium", "poppler"])
def test_no_furniture_inside_a_paragraph(kind: str) -> None:
    """Every line that is page furniture by its look is layout (or the cover), never paragraph text."""
    inside = []
    for name, _ in _sources():
        source = (PDF_DIR / f"{name}.{kind}.txt").read_text(encoding="utf-8")
        document = resparse.parse_text(source, name)
        lines = LineIndex(source)
        in_paragraphs = {
            bisect.bisect_right(lines.starts, offset) - 1
            for paragraph in document.paragraphs
            for offset in document.source_map.source_offsets(*paragraph.extent)
        }
        for number, line in enumerate(source.split("\n")):
            if number in in_paragraphs and _FURNITURE_LINE.fullmatch(line.strip(" \x0c")):
                inside.append(f"{name}:{number + 1}: {line.strip()}")
    assert inside == []


@cache
def attachment(kind: str) -> tuple[int, int, tuple[str, ...]]:
    """(links attached to the citation they belong to, links, the others): for the URL lines of the
    Tika-like text, a citation of the document they point at; for the link annotations of the PDF
    itself, the citation under the annotation's rectangle."""
    right = total = 0
    misses = []
    for name, _ in _sources():
        if kind == "pdf":
            document = resparse.load(PDF_DIR / f"{name}.pdf")
        else:
            document = resparse.parse_text((PDF_DIR / f"{name}.{kind}.txt").read_text(encoding="utf-8"), name)
        result = resparse.refs(document)
        on_link = {c.link.span: c for c in result.citations if c.link is not None}
        unmatched = set(result.unmatched_links)
        previous = None
        for link in result.document.links:
            if link not in unmatched and link.span not in on_link and previous is not None:
                on_link[link.span] = previous  # the second rectangle of a citation a line break cut
            previous = on_link.get(link.span)
            symbol = symbol_of_url(link.url)
            if symbol is None:
                continue  # a link to something the text cannot cite (a web page)
            total += 1
            citation = on_link.get(link.span)
            if kind == "pdf" and citation is not None:
                # The annotation knows its characters: it belongs to the citation under it, whatever
                # it points at (a link to another document is RS302), and never to another.
                under = not (link.span.end <= citation.span.start or citation.span.end <= link.span.start)
                assert under, f"{name}: {link.url} attached to {citation.symbol}, which is not under it"
                right += 1
            elif citation is not None and citation_key(citation) == href_key(symbol):
                right += 1
            else:
                got = f"{citation.symbol} in {citation.paragraph}" if citation else "nothing"
                misses.append(f"{name}: {link.url} (page {link.page}) → {got}")
    return right, total, tuple(misses)


@pytest.mark.parametrize(("kind", "floor"), [("pdfium", 0.99), ("pdf", 0.995)])
def test_links_attach_to_the_citation_they_belong_to(kind: str, floor: float) -> None:
    right, total, misses = attachment(kind)
    print(f"\n[{kind}] links attached to the citation they belong to: {right}/{total} = {right / total:.2%}")
    for miss in misses:
        print("  miss:", miss)
    if not OTHER_SET:
        assert right / total >= floor


def test_a_link_over_text_that_names_another_document_is_reported() -> None:
    """In the UN's own XML of A/RES/75/193 two links on Human Rights Council resolutions point at
    General Assembly symbols; read from the PDF, the link on the characters says so (RS302)."""
    path = PDF_DIR / "75_193_C.pdf"
    if not path.is_file():
        pytest.skip("75_193_C.pdf is not in this set")
    found = [(f.page, f.message) for f in resparse.check(resparse.load(path)) if f.code == "RS302"]
    assert found == [
        (1, "the link on 'S-19/1' points to A/RES/S-19/1, not A/HRC/RES/S-19/1"),
        (2, "the link on 'S-25/1' points to A/RES/S-25/1, not A/HRC/RES/S-25/1"),
    ]
