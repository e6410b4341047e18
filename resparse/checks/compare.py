"""The Chinese against the English original: paragraphs aligned, then what each pair cites.

A reviser checks that every paragraph and citation survived the translation. Here the two texts'
paragraphs are *aligned* — operative paragraphs and their sub-paragraphs by number and label
(``(a)`` ↔ ``(a)``, ``(i)`` ↔ ``㈠``), footnotes by number, the preamble and everything else in order,
a paragraph missing on one side found by what the neighbours cite rather than shifted onto the next —
and each aligned pair's citations compared as multisets of cited documents. The findings are the
Chinese file's, each naming its place in the English one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from resparse.citations.resolve import document_key
from resparse.grammar.formats import NUMBER_RUN
from resparse.grammar.labels import CIRCLED, ROMAN
from resparse.model import Citation, Diagnostic, Document, Paragraph, References, Span
from resparse.rules import RULES, message

#: What a gap costs in the alignment of a sequence, against a pair's likeness (0 to 1).
_GAP = 0.35
#: ``(i)`` … ``(x)`` as Chinese writes them: ``㈠`` … ``㈩``.
_ROMAN = sorted(zip(ROMAN, CIRCLED, strict=False), key=lambda pair: -len(pair[0]))  # "(iii)" before "(i)"


class Pair(NamedTuple):
    """Two aligned paragraphs; one side is ``None`` where the other has no counterpart."""

    zh: Paragraph | None
    en: Paragraph | None


def align(
    zh: Document, en: Document, zh_cited: Sequence[Citation] = (), en_cited: Sequence[Citation] = ()
) -> list[Pair]:
    """The paragraphs of both texts, paired (see the module)."""
    # What tells paragraphs apart, read once for each: the documents cited, the numbers written.
    zh_features, en_features = _features(zh, zh_cited), _features(en, en_cited)

    def alike(a: Paragraph, b: Paragraph) -> float:
        return _likeness(zh_features[a.id], en_features[b.id])

    pairs: list[Pair] = []
    for kind in ("preambular", "operative", "subparagraph", "footnote", "annex-paragraph", "heading"):
        left = [p for p in zh.paragraphs if p.kind == kind]
        right = [p for p in en.paragraphs if p.kind == kind]
        if kind in ("operative", "subparagraph", "footnote"):
            pairs += _by_label(left, right, kind)
        else:
            pairs += _in_order(left, right, alike)
    return pairs


def compare(zh: References, en: References, en_file: str | None = None) -> list[Diagnostic]:
    """Findings RS501–RS513 on the Chinese text ``zh`` against its English original ``en``."""
    where = en_file or en.document.file
    zh_cited, en_cited = _by_paragraph(zh.citations), _by_paragraph(en.citations)
    out: list[Diagnostic] = []
    for pair in align(zh.document, en.document, zh.citations, en.citations):
        if pair.zh is None and pair.en is not None:
            near = _nearest(zh.document, pair.en)
            out.append(
                _finding("RS501", near, None, en=f"{where}:{_at(pair.en.span, en.document)}", id=pair.en.id)
            )
        elif pair.en is None and pair.zh is not None:
            out.append(_finding("RS502", pair.zh.span, pair.zh.id, id=pair.zh.id))
        elif pair.zh is not None and pair.en is not None:
            here, there = zh_cited.get(pair.zh.id, []), en_cited.get(pair.en.id, [])
            out += _citations(pair.zh, pair.en, here, there, en.document, where)
    document = zh.document
    placed = [
        f._replace(file=document.file, source_span=document.in_file(f.span) if f.span else None) for f in out
    ]
    return sorted(placed, key=lambda f: (f.span.start if f.span else (0, 0), f.code))


def _citations(
    zh_p: Paragraph,
    en_p: Paragraph,
    here: list[Citation],
    there: list[Citation],
    english: Document,
    where: str,
) -> list[Diagnostic]:
    """The documents one paragraph cites (``here``) and the other does not (``there``), and years
    written differently."""
    out = []
    missing = Counter(map(_document, there)) - Counter(map(_document, here))
    extra = Counter(map(_document, here)) - Counter(map(_document, there))
    for key in missing:
        source = next(c for c in there if _document(c) == key)
        out.append(
            _finding(
                "RS511",
                zh_p.span,
                zh_p.id,
                symbol=source.symbol,
                en=f"{where}:{_at(source.span, english)}",
                id=zh_p.id,
            )
        )
    for key in extra:
        source = next(c for c in here if _document(c) == key)
        out.append(_finding("RS512", source.span, zh_p.id, symbol=source.symbol, id=en_p.id))
    written = {_document(c): c for c in there if c.written_year is not None}
    for c in here:
        other = written.get(_document(c))
        if other is None or c.written_year is None or other.written_year == c.written_year:
            continue
        supported = c.year if c.year in (c.written_year, other.written_year) else None
        side = "zh" if supported == c.written_year else "en" if supported == other.written_year else "none"
        out.append(
            _finding(
                "RS513",
                c.span,
                zh_p.id,
                variant=side,
                number=c.number,
                zh=c.written_year,
                en=other.written_year,
                year=c.year,
                where=f"{where}:{_at(other.span, english)}",
            )
        )
    return out


def _document(citation: Citation) -> str:
    """What is compared across the languages: the document, however each writes its symbol's
    qualifiers (``A/CONF.157/24 (Part I)``, ``A/CONF.157/24(Part I)``)."""
    return document_key(citation.symbol) or citation.key


def _finding(
    code: str, span: Span | None, paragraph: str | None, variant: str = "", **values: object
) -> Diagnostic:
    rule = RULES[code]
    return Diagnostic(
        code=code,
        name=rule.name,
        level=rule.level,  # type: ignore[arg-type]
        message=message(code, "en", variant, **values),
        span=span,
        paragraph=paragraph,
    )


def _at(span: Span, document: Document | None = None) -> str:
    """``line:column`` of a span, in the file itself where the document knows it (a rich format)."""
    place = document.in_file(span) if document is not None else None
    place = place or span
    return f"{place.start.line}:{place.start.column}"


def _nearest(document: Document, missing: Paragraph) -> Span | None:
    """Where a paragraph the Chinese lacks would stand: the last paragraph of its kind, or the formula."""
    same = [p for p in document.paragraphs if p.kind == missing.kind]
    if same:
        return same[-1].span
    return document.formula.span if document.formula else None


def _by_paragraph(citations: Sequence[Citation]) -> dict[str | None, list[Citation]]:
    """The citations that name a document (a symbol), by paragraph."""
    cited: dict[str | None, list[Citation]] = {}
    for c in citations:
        if c.symbol:
            cited.setdefault(c.paragraph, []).append(c)
    return cited


def _features(document: Document, citations: Sequence[Citation]) -> dict[str, Counter[str]]:
    """For each paragraph, the documents it cites and the numbers (two digits or more) it writes."""
    cited = _by_paragraph(citations)
    return {
        p.id: Counter(map(_document, cited.get(p.id, []))) + Counter(NUMBER_RUN.findall(p.text))
        for p in document.paragraphs
    }


def _likeness(left: Counter[str], right: Counter[str]) -> float:
    """How alike two paragraphs are, 0 to 1, by their :func:`_features`."""
    if not left and not right:
        return 0.5  # nothing to tell them apart: a neutral pair
    shared = sum((left & right).values())
    return shared / max(sum(left.values()), sum(right.values()))


def _in_order(
    left: list[Paragraph], right: list[Paragraph], alike: Callable[[Paragraph, Paragraph], float]
) -> list[Pair]:
    """Needleman–Wunsch over two sequences: a pair scores its likeness, a gap :data:`_GAP` less."""
    n, m = len(left), len(right)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        best[i][m] = best[i + 1][m] - _GAP
    for j in range(m - 1, -1, -1):
        best[n][j] = best[n][j + 1] - _GAP
    score = {}
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = score[i, j] = alike(left[i], right[j])
            best[i][j] = max(best[i + 1][j + 1] + s, best[i + 1][j] - _GAP, best[i][j + 1] - _GAP)
    pairs: list[Pair] = []
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and best[i][j] == best[i + 1][j + 1] + score[i, j]:
            pairs.append(Pair(left[i], right[j]))
            i, j = i + 1, j + 1
        elif i < n and (j == m or best[i][j] == best[i + 1][j] - _GAP):
            pairs.append(Pair(left[i], None))
            i += 1
        else:
            pairs.append(Pair(None, right[j]))
            j += 1
    return pairs


def _label(paragraph: Paragraph, kind: str) -> str:
    """What pairs a paragraph across languages: its id for numbered ones, ``(i)`` read as ``㈠``."""
    key = paragraph.id
    for roman, han in _ROMAN:
        key = key.replace(f"({roman})", han)
    return key


def _by_label(left: list[Paragraph], right: list[Paragraph], kind: str) -> list[Pair]:
    theirs = {_label(p, kind): p for p in right}
    mine = {_label(p, kind): p for p in left}
    pairs = [Pair(p, theirs.get(_label(p, kind))) for p in left]
    pairs += [Pair(None, p) for label, p in theirs.items() if label not in mine]
    return pairs
