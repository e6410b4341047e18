"""A fuzzer for the whole pipeline: arbitrary text and mutated real resolutions, read → check.

Whatever the input, four things hold: the only exception is :class:`resparse.InputError` (one line,
exit code 2 on the command line); every span lies inside the source and covers the text it claims;
nothing is lost (every visible character is in exactly one paragraph, the formula, the cover or a
layout artefact); and the same input gives the same result.

The seeds are the hand-made fixtures, the example draft and, when ``../shared`` is there, real
PDF-extracted texts. The mutations are the ones real files suffer: flipped bytes, a truncated copy,
invisible characters (zero-width space, left-to-right mark, no-break space, a stray BOM), line breaks
in odd places, pages in the wrong order, hyperlink lines moved.

CI runs a bounded number of examples (well under a minute); ``RESPARSE_FUZZ=release`` runs many more.
"""

from __future__ import annotations

import os
from pathlib import Path

import hypothesis
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import resparse
from resparse.errors import InputError
from resparse.layout.offsets import LineIndex
from resparse.model import Document, Span
from resparse.readers.text import decode
from tests.support import CORPUS, ROOT, SHARED, span_offsets, unaccounted

# CI: a fixed sample (the same examples every run, so a red build is never a fluke), well under a minute.
settings.register_profile(
    "ci",
    max_examples=150,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "release",
    max_examples=50_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("RESPARSE_FUZZ", "ci"))


def _seeds() -> list[str]:
    paths = [*sorted(CORPUS.glob("*.txt")), ROOT / "examples" / "draft_resolution.txt"]
    paths += [SHARED / "corpus" / "S_RES_2395_2017.pdftext.zh.txt"]
    paths += sorted((SHARED / "corpus" / "pdf").glob("*.poppler.txt"))[:4]
    return [path.read_text(encoding="utf-8") for path in paths if path.exists()]


SEEDS = _seeds()
INVISIBLE = ["\u200b", "\u200e", "\u00a0", "\ufeff", "\u3000", "\u2011"]
# Pieces of the grammar, so that random text hits the citation and structure patterns often.
PIECES = [
    "安全理事会，", "回顾", "第", "号决议", "段", "(", ")", "（", "）", "2001", "１３７３", "1373", "、", "和",
    "以及", "S/RES/", "S/2017/375", "/Add.1", "A/RES/", "大会", "第 71/291 号决议", "委员会", "上文", "本决议",
    "1.", "2.", "(a)", "㈠", "附件", "；", "，", "。", "：", "\n", "\n\n", " ", "\f", "https://undocs.org/S/RES/1373(2001)",
    "S/RES/2395 (2017)", "17-23190 (C)", "2/9", "决定", "请", "\u200b", "-", "\u2011",
]  # fmt: skip

arbitrary_text = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=200).map("".join),
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A real text with a few of the things that happen to real files done to it."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "invisible", "break", "pages", "urls", "delete", "piece"]))
        at = draw(st.integers(0, len(text)))
        if kind == "truncate":
            text = text[:at] if draw(st.booleans()) else text[at:]
        elif kind == "invisible":
            text = text[:at] + draw(st.sampled_from(INVISIBLE)) + text[at:]
        elif kind == "break":
            text = text[:at] + draw(st.sampled_from(["\n", "\n\n", "\n \n", "\r\n", "\r", "\f"])) + text[at:]
        elif kind == "pages" and "\f" in text:
            pages = text.split("\f")
            text = "\f".join(draw(st.permutations(pages)))
        elif kind == "urls":
            lines = text.split("\n")
            urls = [i for i, line in enumerate(lines) if line.strip().startswith("http")]
            if urls:
                line = lines.pop(draw(st.sampled_from(urls)))
                lines.insert(draw(st.integers(0, len(lines))), line)
                text = "\n".join(lines)
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        else:
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
    return text


@st.composite
def flipped_bytes(draw: st.DrawFn) -> bytes:
    data = bytearray(
        draw(st.sampled_from(SEEDS)).encode(draw(st.sampled_from(["utf-8", "gb18030", "utf-16"])))
    )
    for _ in range(draw(st.integers(1, 6))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def pipeline(document: Document) -> tuple[resparse.References, list[resparse.Diagnostic]]:
    references = resparse.refs(document)
    findings = resparse.check(references, lang="zh")
    if hypothesis.currently_in_test_context():
        event("citations" if references.citations else "no citations")
    return references, findings


def assert_span_inside(lines: list[str], span: Span, what: str) -> None:
    start, end = span.start, span.end
    assert 1 <= start.line <= len(lines) and 1 <= end.line <= len(lines), what
    assert (start.line, start.column) <= (end.line, end.column), what
    assert 1 <= start.column <= len(lines[start.line - 1]) + 1, what
    assert 1 <= end.column <= len(lines[end.line - 1]) + 1, what


def visible(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def is_subsequence(needle: str, haystack: str) -> bool:
    characters = iter(haystack)
    return all(c in characters for c in needle)


def assert_sound(
    source: str, document: Document, references: resparse.References, findings: list[resparse.Diagnostic]
) -> None:
    lines = source.split("\n")
    index = LineIndex(source)

    def covered(span: Span) -> str:
        offsets = span_offsets(index, span)
        return source[offsets.start : offsets.stop]

    for paragraph in document.paragraphs:
        assert_span_inside(lines, paragraph.span, paragraph.id)
        assert is_subsequence(visible(paragraph.text), visible(covered(paragraph.span))), paragraph.id
    for citation in references.citations:
        assert_span_inside(lines, citation.span, citation.text)
        assert is_subsequence(visible(citation.text), visible(covered(citation.span))), citation.text
    for finding in findings:
        if finding.span is not None:  # a finding about the whole file has none
            assert_span_inside(lines, finding.span, finding.code)
    assert unaccounted(document, source) == {"missing": [], "doubled": []}


def run_text(text: str) -> None:
    try:
        document = resparse.parse_text(text)
    except InputError as error:
        assert "\n" not in str(error)
        event("refused")
        return
    references, findings = pipeline(document)
    source = decode(text.removeprefix("\ufeff").encode("utf-8"), "<text>", "utf-8").text  # as parse_text
    assert_sound(source, document, references, findings)
    again = resparse.parse_text(text)
    assert again == document and pipeline(again) == (references, findings)


@given(arbitrary_text)
def test_arbitrary_text(text: str) -> None:
    run_text(text)


@pytest.mark.skipif(not SEEDS, reason="no seed texts")
@given(mutated())
def test_mutated_resolution(text: str) -> None:
    run_text(text)


@pytest.mark.skipif(not SEEDS, reason="no seed texts")
@given(flipped_bytes())
def test_flipped_bytes(data: bytes) -> None:
    try:
        document = resparse.parse(data)
    except InputError as error:
        assert "\n" not in str(error)
        event("refused")
        return
    references, findings = pipeline(document)
    assert_sound(decode(data).text, document, references, findings)


@pytest.mark.skipif(not SEEDS, reason="no seed texts")
@given(text=mutated(), fmt=st.sampled_from(["markdown", "html", "akn"]))
def test_rich_formats_fail_only_with_input_error(
    text: str, fmt: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The same mutated text as Markdown, or broken up in HTML and Akoma Ntoso markup."""
    if fmt == "html":
        body = "".join(
            f"<p>{line}</p>" if i % 3 else f"<p><a href='{line}'>{line}"
            for i, line in enumerate(text.split("\n"))
        )
        data = f"<html><body>{body}</body></html>"
    elif fmt == "akn":
        body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
        data = f"<akomaNtoso><act><preamble>{body}</preamble><body><paragraph>{body}</paragraph></body></act></akomaNtoso>"
    else:
        data = text
    path = (
        Path(tmp_path_factory.mktemp("fuzz"))
        / f"input.{ {'markdown': 'md', 'html': 'html', 'akn': 'xml'}[fmt] }"
    )
    path.write_text(data, encoding="utf-8")
    try:
        document = resparse.load(path)
    except InputError as error:
        assert "\n" not in str(error)
        event("refused")
        return
    references, findings = pipeline(document)
    assert resparse.load(path) == document
    assert pipeline(resparse.load(path)) == (references, findings)
