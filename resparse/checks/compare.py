"""The Chinese against the English original: paragraphs aligned, then what each pair says.

A reviser checks that every paragraph, number, date and citation survived the translation. Here the
two texts' paragraphs are *aligned* — operative paragraphs and their sub-paragraphs in order, their
numbers and labels read the same way in both languages (``(ii)``, ``ii.`` and ``㈡``), so that a
number changed in translation still pairs them (RS503); the preamble, footnotes, headings and annexes
in order by what they cite, date and number, a footnote whose marker moved paired where it went; a
paragraph missing on one side found rather than shifted onto the next (RS501, RS502). Each aligned
pair is then compared: the documents cited (RS511, RS512), the years written for them (RS513), the
order of an enumeration (RS514), the dates (RS521), the figures (RS522) and the paragraphs referred
to (RS531). The findings are the Chinese file's, each naming its place in the English one.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

from resparse.citations.resolve import document_key
from resparse.grammar import dates, english
from resparse.grammar.chars import to_ascii
from resparse.grammar.citations import CORRIGENDUM, number_alone
from resparse.grammar.formats import NUMBER_RUN
from resparse.grammar.labels import BRANCHES, CIRCLED, HAN_NUMERALS, LETTERS, ROMAN
from resparse.grammar.structure import SECTION_NUMBER
from resparse.model import (
    Citation,
    Counterpart,
    Diagnostic,
    Document,
    InternalRef,
    Paragraph,
    References,
    Span,
)
from resparse.rules import RULES, message

#: What a gap costs in the alignment of a sequence, against a pair's likeness (0 to 1).
_GAP = 0.35
#: What two numbered paragraphs' likeness is worth when their numbers agree (added to it) and when
#: they do not (a factor): a number outweighs the features, unless they are all there is.
_SAME_NUMBER = 1.0
_OTHER_NUMBER = 0.8
#: What the same label adds where the parents' numbers do not tell (see ``numbered`` in :func:`align`).
_SAME_LABEL = 0.1
#: The likeness of two paragraphs with nothing to tell them apart.
_NEUTRAL = 0.5
#: The same, where their lengths are unlike (:func:`_plausible_lengths`): still better than two gaps,
#: so that it only moves a gap where the order alone does not say where it goes.
_UNLIKE_LENGTHS = 0.3
#: The fewest Chinese characters whose length says anything of the English's (a table's cell, ``—``
#: or ``小计``, may be written any length).
_LENGTH_TELLS = 8
#: The English characters for each Chinese one that paragraphs of two kinds are paired at (see
#: :func:`_plausible_lengths`): wide, for headings of two words and items of one line.
_EN_PER_ZH = (1.5, 12.0)
#: How many times items are paired again as their parents' pairs rename them (one round for each
#: level of items that can change their key).
_RENAMING_ROUNDS = 3
#: How alike two paragraphs (or stretches) are, ``None`` when nothing in them tells.
_TellApart = Callable[[Sequence[Paragraph], Sequence[Paragraph]], "float | None"]
#: Worse than leaving both unpaired (two gaps).
_APART = -1.0
#: ``(i)`` … ``(x)`` as Chinese writes them: ``㈠`` … ``㈩`` (``(iii)`` tried before ``(i)``).
_ROMAN_TO_HAN = sorted(zip(ROMAN, CIRCLED, strict=False), key=lambda pair: -len(pair[0]))
#: How many characters of the English are shown before and after what a finding is about.
_EXCERPT_BEFORE = 30
_EXCERPT_AFTER = 60
#: Labels that number nothing: an item of a list is the same item whichever mark opens it.
_BULLETS = frozenset(("", "•", "-", "–", "—", "▪", "*", "·"))


T = TypeVar("T")
#: What the substitution rules compare: dates, references, figures.
S = TypeVar("S")
#: What stands in a paragraph: a citation or an internal reference.
P = TypeVar("P", Citation, InternalRef)


class Pair(NamedTuple):
    """Two aligned paragraphs; one side is ``None`` where the other has no counterpart.

    A side may be two paragraphs of its text read as one (the meeting and the date that close a
    resolution, one line in English and two in Chinese): then ``zh_parts`` or ``en_parts`` holds
    them, and ``zh`` or ``en`` is the stretch of text they make up.
    """

    zh: Paragraph | None
    en: Paragraph | None
    zh_parts: tuple[Paragraph, ...] = ()
    en_parts: tuple[Paragraph, ...] = ()

    def ids(self, side: str) -> list[str]:
        """The ids of the paragraphs on one side (``"zh"`` or ``"en"``)."""
        parts = self.zh_parts if side == "zh" else self.en_parts
        whole = self.zh if side == "zh" else self.en
        return [p.id for p in parts] if parts else [whole.id] if whole is not None else []


def align(
    zh: Document, en: Document, zh_cited: Sequence[Citation] = (), en_cited: Sequence[Citation] = ()
) -> list[Pair]:
    """The paragraphs of both texts, paired (see the module)."""
    # What tells paragraphs apart, read once for each: the documents cited, the numbers written.
    zh_features, en_features = _features(zh, zh_cited), _features(en, en_cited)
    zh_keys, en_keys = _keys(zh), _keys(en)
    #: The Chinese numbered paragraphs paired with one of another number, and the English key of it.
    renamed: dict[str, str] = {}

    # The features of two neighbours (or of a heading made of two), summed once for each side.
    merged: dict[str, dict[tuple[str, ...], Counter[str]]] = {"zh": {}, "en": {}}
    #: What each heading made of two (:func:`_headings`) is made of.
    units: dict[str, dict[str, tuple[Paragraph, ...]]] = {"zh": {}, "en": {}}

    def features_of(parts: Sequence[Paragraph], side: str) -> Counter[str]:
        features = zh_features if side == "zh" else en_features
        if units[side]:
            parts = [q for p in parts for q in units[side].get(p.id, (p,))]
        if len(parts) == 1:
            return features[parts[0].id]
        key = tuple(p.id for p in parts)
        if key not in merged[side]:
            merged[side][key] = sum((features[p.id] for p in parts), Counter())
        return merged[side][key]

    # Where both texts are the same parts (``A``, ``B``), a paragraph of one part is never another's.
    letters = _letters(zh)
    in_parts = bool(letters) and letters == _letters(en)

    def other_parts(a: Paragraph, b: Paragraph) -> bool:
        return in_parts and _part(a, letters) != _part(b, letters)

    def alike(a: Paragraph, b: Paragraph) -> float:
        return alike_parts((a,), (b,))

    def told_apart(a: Sequence[Paragraph], b: Sequence[Paragraph]) -> float | None:
        # how alike two paragraphs (or stretches) are by their features, or None if neither has any
        if other_parts(a[0], b[0]) or other_parts(a[-1], b[-1]):
            return _APART
        left, right = features_of(a, "zh"), features_of(b, "en")
        return _likeness(left, right) if left or right else None

    def alike_parts(a: Sequence[Paragraph], b: Sequence[Paragraph]) -> float:
        likeness = told_apart(a, b)
        if likeness is not None:
            return likeness
        # nothing but their lengths to tell: they break a tie
        zh_length, en_length = sum(map(_length, a)), sum(map(_length, b))
        if zh_length < _LENGTH_TELLS or _plausible_lengths(zh_length, en_length):
            return _NEUTRAL
        return _UNLIKE_LENGTHS

    def numbered(a: Paragraph, b: Paragraph) -> float:
        # The same number (and parent) pairs two paragraphs; a number changed in translation still
        # pairs them, when nothing better does (then RS503 says so).
        if other_parts(a, b):
            return _APART
        mine, theirs = zh_keys.get(a.id, ""), en_keys.get(b.id, "")
        if mine == theirs:
            return _SAME_NUMBER + alike(a, b) / 2
        if mine.rpartition("/")[0] != theirs.rpartition("/")[0] and not (
            # unlabelled items (bullets) of one paragraph, which one text nests under its items
            mine.endswith("/") and theirs.endswith("/") and mine.split("/")[0] == theirs.split("/")[0]
        ):
            return _APART  # items of two different paragraphs' lists are never one item
        if mine.rpartition("/")[2] == theirs.rpartition("/")[2]:
            # the same label under a parent one text numbers and the other does not (``B.`` of an
            # unnumbered paragraph, ``B.`` of a preambular one): nearer than another label
            return _OTHER_NUMBER * alike(a, b) + _SAME_LABEL
        return _OTHER_NUMBER * alike(a, b)

    pairs: list[Pair] = []
    for kind in (
        "preambular",
        "operative",
        "subparagraph",
        "footnote",
        "annex",
        "annex-paragraph",
        "heading",
    ):
        # a paragraph with no text (an empty item of the XML) has nothing that could be missing
        left = [p for p in zh.paragraphs if p.kind == kind and p.text.strip()]
        right = [p for p in en.paragraphs if p.kind == kind and p.text.strip()]
        if kind in ("operative", "subparagraph"):
            # An item follows its paragraph where the number changed (``6.`` here, ``5.`` in the
            # English: ``6(a)`` is ``5(a)``): once the paragraphs are paired, their items are keyed by
            # the English paragraph's number, and paired again while that changes a key.
            for _ in range(_RENAMING_ROUNDS):
                paired = _in_order(left, right, numbered)
                renamed |= {
                    a.id: en_keys[b.id]
                    for a, b in ((pair.zh, pair.en) for pair in paired)
                    if a is not None and b is not None and zh_keys[a.id] != en_keys[b.id]
                }
                before, zh_keys = zh_keys, _keys(zh, renamed)
                if kind == "operative" or all(zh_keys[p.id] == before[p.id] for p in left):
                    break
            pairs += paired
            continue
        if kind == "heading":
            left, right = _headings(left, zh, units["zh"]), _headings(right, en, units["en"])
        in_order = _uncrossed(_moved(_in_order(left, right, alike, alike_parts), alike), alike)
        pairs += [_one_stretch(_unfolded(pair, units), zh, en) for pair in in_order]
    return _across_kinds(pairs, told_apart)


def _letters(document: Document) -> tuple[str, ...]:
    """The letters of the parts a text is adopted in (``A``, ``B``), or none."""
    return tuple(part.letter for part in document.parts)


def _part(paragraph: Paragraph, letters: tuple[str, ...]) -> str:
    """The letter of the part a paragraph is in: its id's prefix (``B.OP3``)."""
    prefix, dot, _ = paragraph.id.partition(".")
    return prefix if dot and prefix in letters else ""


def _headings(
    headings: list[Paragraph], document: Document, units: dict[str, tuple[Paragraph, ...]]
) -> list[Paragraph]:
    """The headings of one text, a section's number that stands alone (``III``) made one heading with
    the title on the line after it: the other language may write them as one (``三 缔约国会议``), and
    they are one heading to pair. ``units`` learns what each such heading is made of."""
    out: list[Paragraph] = []
    k = 0
    while k < len(headings):
        number = headings[k]
        title = headings[k + 1] if k + 1 < len(headings) else None
        if (
            title is not None
            and SECTION_NUMBER.match(number.text.strip())
            # only what stands next to it: a part's letter (``B``) far above its first heading is not
            # that heading's number, and the stretch between them is the whole part
            and not document.text[number.offset + len(number.text) : title.offset].strip()
        ):
            unit = _stretch((number, title), document)._replace(id=f"{number.id}+{title.id}")
            units[unit.id] = (number, title)
            out.append(unit)
            k += 2
        else:
            out.append(number)
            k += 1
    return out


def _unfolded(pair: Pair, units: dict[str, dict[str, tuple[Paragraph, ...]]]) -> Pair:
    """A pair of :func:`_headings` written with the paragraphs each side is made of (``units`` of
    each side by its own ids: both texts may have a heading ``H6+H7``)."""
    if not units["zh"] and not units["en"]:
        return pair

    def parts(whole: Paragraph | None, given: tuple[Paragraph, ...], side: str) -> tuple[Paragraph, ...]:
        items = given or ((whole,) if whole is not None else ())
        flat = tuple(p for item in items for p in units[side].get(item.id, (item,)))
        return flat if len(flat) > 1 else ()

    zh_parts, en_parts = parts(pair.zh, pair.zh_parts, "zh"), parts(pair.en, pair.en_parts, "en")
    zh = zh_parts[0] if zh_parts else pair.zh
    en = en_parts[0] if en_parts else pair.en
    return Pair(zh, en, zh_parts, en_parts)


def _one_stretch(pair: Pair, zh: Document, en: Document) -> Pair:
    """A pair with a side of two paragraphs or more, each such side made one stretch of its text."""
    if pair.zh_parts:
        pair = pair._replace(zh=_stretch(pair.zh_parts, zh))
    if pair.en_parts:
        pair = pair._replace(en=_stretch(pair.en_parts, en))
    return pair


def _stretch(parts: tuple[Paragraph, ...], document: Document) -> Paragraph:
    first, last = parts[0], parts[-1]
    return first._replace(
        text=document.text[first.offset : last.offset + len(last.text)],
        span=Span(first.span.start, last.span.end),
        extent=(first.extent[0], last.extent[1]),
    )


class _Side(NamedTuple):
    """One text's side of an aligned pair: the paragraph (or stretch), its document, and what the
    pipeline found in it."""

    paragraph: Paragraph
    document: Document
    #: The citations that name a document (have a symbol): what is compared.
    cited: list[Citation]
    #: Every citation, named or not: what the figures are read around.
    mentions: list[Citation]
    refs: list[InternalRef]

    def span_of(self, start: int, end: int) -> Span:
        """The span of ``paragraph.text[start:end]``."""
        offset = self.paragraph.offset
        return self.document.span_of(offset + start, offset + end)


def compare(zh: References, en: References, en_file: str | None = None) -> list[Diagnostic]:
    """Findings RS501–RS531 on the Chinese text ``zh`` against its English original ``en``."""
    where = en_file or en.document.file
    zh_all, en_all = _by_paragraph(zh.citations), _by_paragraph(en.citations)
    zh_refs, en_refs = _by_paragraph(zh.internal_refs), _by_paragraph(en.internal_refs)
    out: list[Diagnostic] = []
    for pair in align(zh.document, en.document, zh.citations, en.citations):
        if pair.zh is None and pair.en is not None:
            near = _nearest(zh.document, pair.en)
            out.append(
                _finding(
                    "RS501",
                    near,
                    None,
                    counterpart=_there(where, en.document, pair.en, pair.en.span),
                    en=f"{where}:{_at(pair.en.span, en.document)}",
                    id=pair.en.id,
                )
            )
        elif pair.en is None and pair.zh is not None:
            out.append(_finding("RS502", pair.zh.span, pair.zh.id, id=pair.zh.id))
        elif pair.zh is not None and pair.en is not None:
            if (
                pair.zh.kind in ("operative", "subparagraph")
                and pair.zh.kind == pair.en.kind
                and _own_label(pair.zh) != _own_label(pair.en)
            ):
                kind = "operative paragraph" if pair.zh.kind == "operative" else "sub-paragraph"
                en_at = f"{where}:{_at(pair.en.span, en.document)}"
                out.append(
                    _finding(
                        "RS503",
                        pair.zh.span,
                        pair.zh.id,
                        counterpart=_there(where, en.document, pair.en, pair.en.span),
                        kind=kind,
                        id=pair.zh.id,
                        en_id=pair.en.id,
                        en=en_at,
                    )
                )
            mine = _side(pair.zh, zh.document, _of(zh_all, pair.ids("zh")), _of(zh_refs, pair.ids("zh")))
            theirs = _side(pair.en, en.document, _of(en_all, pair.ids("en")), _of(en_refs, pair.ids("en")))
            for rule in _PAIR_RULES:
                out += rule(mine, theirs, where)
    document = zh.document
    geometry = document.geometry  # a PDF read from its geometry: each finding's page and place on it
    placed = []
    for f in out:
        where_on_page = geometry.place(f.span) if geometry is not None and f.span is not None else None
        placed.append(
            f._replace(
                file=document.file,
                source_span=document.in_file(f.span) if f.span else None,
                page=where_on_page.page if where_on_page else None,
                rect=where_on_page.rect if where_on_page else None,
            )
        )
    return sorted(placed, key=lambda f: (f.span.start if f.span else (0, 0), f.code))


def _side(
    paragraph: Paragraph, document: Document, mentions: list[Citation], refs: list[InternalRef]
) -> _Side:
    return _Side(paragraph, document, [c for c in mentions if c.symbol], mentions, refs)


def _citations(zh: _Side, en: _Side, where: str) -> list[Diagnostic]:
    """RS511, RS512: the documents one paragraph cites and the other does not.

    The documents are compared as sets: one language names a resolution again where the other says
    ``该决议`` or ``that resolution``. A committee named by its resolutions on one side only is no
    difference of what is cited. A corrigendum one side lists with its document (``A/CONF.157/24
    (Part I)/Corr.1``) is the same reference: corrigenda are issued for one language, not all.
    """
    here, there = zh.cited, en.cited
    out = []
    mine, theirs = {_document(c) for c in here}, {_document(c) for c in there}
    for key in sorted(theirs - mine, key=lambda k: _first(there, k).span.start):
        source = _first(there, key)
        if _no_difference(source, key, there, mine, zh):
            continue
        out.append(
            _finding(
                "RS511",
                zh.paragraph.span,
                zh.paragraph.id,
                counterpart=_cited_there(where, en, source),
                symbol=source.symbol,
                en=f"{where}:{_at(source.span, en.document)}",
                id=zh.paragraph.id,
            )
        )
    for key in sorted(mine - theirs, key=lambda k: _first(here, k).span.start):
        source = _first(here, key)
        if _no_difference(source, key, here, theirs, en):
            continue
        out.append(_finding("RS512", source.span, zh.paragraph.id, symbol=source.symbol, id=en.paragraph.id))
    return out


def _order(zh: _Side, en: _Side, where: str) -> list[Diagnostic]:
    """RS514: an enumeration whose documents the other text names in another order
    (``第1267(1999)、1989(2011)和2253(2015)号`` against ``2253 (2015), 1989 (2011) and 1267 (1999)``).

    The enumeration of the other text that lists the same documents is compared; where there is
    none (``resolutions 1267 (1999) and 1989 (2011), and resolution 2253 (2015)``), the first run of
    citations that names just those documents one after another; else the order in which the other
    paragraph names them, if each is named once in both."""
    here, there = zh.cited, en.cited
    once = Counter(map(_document, there))
    mine = Counter(map(_document, here))
    lists = {frozenset(map(_document, group)): group for group in _groups(there)}
    out = []
    for group in _groups(here):
        keys = [_document(c) for c in group]
        other = lists.get(frozenset(keys))  # an enumeration of the English of the same documents
        if other is None:  # the same documents named one after another, each with its own noun
            other = _run_of(keys, there, en.document.text)
        if other is None:
            if any(once[k] != 1 or mine[k] != 1 for k in keys):
                continue  # cited elsewhere in the paragraph too, or not in the English: no order
            other = [c for c in there if _document(c) in keys]  # as the English orders them
        if [_document(c) for c in group] != [_document(c) for c in other]:
            out.append(
                _finding(
                    "RS514",
                    _joined(group[0].span, group[-1].span),
                    zh.paragraph.id,
                    counterpart=_cited_there(where, en, other[0], other[-1]),
                    zh=", ".join(_written(c) for c in group),
                    en=", ".join(_written(c) for c in other),
                    where=f"{where}:{_at(other[0].span, en.document)}",
                )
            )
    return out


def _run_of(keys: list[str], citations: list[Citation], text: str) -> list[Citation] | None:
    """A run of ``citations`` named one after another, with nothing but a join and the noun between
    them (``resolution 2378 (2017) and resolution 2436 (2018)`` for ``第2378(2017)和2436(2018)号决议``),
    that names exactly the documents ``keys`` name: one in their order if there is one, else the
    first; none if no such run."""
    wanted = Counter(keys)
    runs = []
    for start in range(len(citations) - len(keys) + 1):
        run = citations[start : start + len(keys)]
        if Counter(map(_document, run)) == wanted and all(
            english.NAMED_IN_A_ROW.fullmatch(text[a.extent[1] : b.extent[0]])
            for a, b in itertools.pairwise(run)
        ):
            runs.append(run)
    same = [run for run in runs if [_document(c) for c in run] == keys]
    return same[0] if same else runs[0] if runs else None


def _groups(citations: list[Citation]) -> list[list[Citation]]:
    """The enumerations of two documents or more among ``citations``, each in reading order."""
    groups: dict[int, list[Citation]] = {}
    for c in citations:
        groups.setdefault(c.group, []).append(c)
    return [g for g in groups.values() if len({_document(c) for c in g}) == len(g) > 1]


def _written(citation: Citation) -> str:
    return citation.symbol or citation.text


def _joined(first: Span, last: Span) -> Span:
    return Span(first.start, last.end)


def _years(zh: _Side, en: _Side, where: str) -> list[Diagnostic]:
    """RS513: the years each side writes for one resolution, its mentions paired in order."""
    out = []
    theirs: dict[str, list[Citation]] = {}
    for c in en.cited:
        if c.written_year is not None:
            theirs.setdefault(_document(c), []).append(c)
    seen: Counter[str] = Counter()
    for c in zh.cited:
        if c.written_year is None:
            continue
        key = _document(c)
        mentions = theirs.get(key, [])
        other = mentions[min(seen[key], len(mentions) - 1)] if mentions else None
        seen[key] += 1
        if other is None or other.written_year == c.written_year:
            continue
        if any(m.written_year == c.written_year for m in mentions) and len(mentions) > 1:
            continue  # both years written in both texts (2140(2014) … 2140(2015)): read in another order
        supported = c.year if c.year in (c.written_year, other.written_year) else None
        side = "zh" if supported == c.written_year else "en" if supported == other.written_year else "none"
        out.append(
            _finding(
                "RS513",
                c.span,
                zh.paragraph.id,
                variant=side,
                counterpart=_cited_there(where, en, other),
                number=c.number,
                zh=c.written_year,
                en=other.written_year,
                year=c.year,
                where=f"{where}:{_at(other.span, en.document)}",
            )
        )
    return out


def _of(by_paragraph: dict[str | None, list[T]], ids: list[str]) -> list[T]:
    """What ``by_paragraph`` holds for the paragraphs ``ids``, in their order."""
    if len(ids) == 1:
        return by_paragraph.get(ids[0], [])
    return [item for pid in ids for item in by_paragraph.get(pid, [])]


def _first(citations: list[Citation], key: str) -> Citation:
    return next(c for c in citations if _document(c) == key)


def _no_difference(source: Citation, key: str, cited: list[Citation], others: set[str], other: _Side) -> bool:
    """Whether a document one side cites (``source``, among ``cited``) and the ``other`` side (citing
    ``others``) does not is still the same reference: a corrigendum, a committee's name, a citation
    whose body the other side leaves unnamed, a number the other side writes alone."""
    return (
        _corrects(key, others)
        or _named_only(cited, key)
        or _item(source) in _unattributed(other.mentions)
        or _number_alone(source, other.paragraph.text)
    )


def _number_alone(citation: Citation, text: str) -> bool:
    """Whether the other text writes a Council resolution's number with nothing around it that makes
    it a citation (``paragraphs 15 and 16 of 1970, as modified by …``): the same document, named in
    short; reading a bare number as a citation would be unsafe, not reporting it is not."""
    if citation.number is None or not (citation.symbol or "").startswith("S/RES/"):
        return False
    return number_alone(citation.number, text)


def _item(citation: Citation) -> tuple[str | None, int | None, str | None]:
    """The numbers a citation writes, whatever body resparse took it to be of."""
    return (citation.session, citation.number, citation.part)


def _unattributed(mentions: list[Citation]) -> set[tuple[str | None, int | None, str | None]]:
    """The items of the citations whose body the text does not name: resparse gave them no symbol,
    or took the citing document's own organ. The other text's citation of the same numbers, its body
    named, may be that document, so its absence is no finding: what differs is what resparse can tell
    of the body, not what the texts say."""
    return {
        _item(c)
        for c in mentions
        if c.number is not None and c.form != "symbol" and (not c.symbol or c.organ_source != "text")
    }


def _named_only(citations: list[Citation], key: str) -> bool:
    """Whether the document is named only in a committee's name (``1267/1989/2253委员会``): one
    language names the body by its resolutions where the other calls it by its subject."""
    return all(c.role == "committee" for c in citations if _document(c) == key)


def _corrects(key: str, others: set[str]) -> bool:
    """Whether ``key`` is a corrigendum of (or the document corrected by) one of ``others``."""
    base = CORRIGENDUM.sub("", key)
    return any(CORRIGENDUM.sub("", other) == base for other in others)


def _substituted(here: Sequence[S], there: Sequence[S], key: Callable[[S], str]) -> list[tuple[S, S]]:
    """What one side writes where the other writes something else, each paired with the first of
    the other side's that the first side lacks (or its last, when there are fewer).

    Only a substitution is a difference: what one side writes and the other leaves out (a date, a
    paragraph reference, a figure written in words) is how the two languages word it.
    """
    extra = Counter(map(key, here)) - Counter(map(key, there))
    missing = Counter(map(key, there)) - Counter(map(key, here))
    if not extra or not missing:
        return []
    theirs = [item for item in there if key(item) in missing]
    mine = [item for item in here if key(item) in extra]
    return [(item, theirs[min(i, len(theirs) - 1)]) for i, item in enumerate(mine)]


def _dates(zh: _Side, en: _Side, where: str) -> list[Diagnostic]:
    """RS521: a date of one text where the other writes another one (``on that day``, a year-less
    ``30 January``, is how a language words it, not an error of the translation)."""
    out = []
    pairs = _substituted(_written_dates(zh), _written_dates(en), _iso)
    for written, other in pairs:
        at = en.span_of(other.start, other.end)
        out.append(
            _finding(
                "RS521",
                zh.span_of(written.start, written.end),
                zh.paragraph.id,
                counterpart=_there(where, en.document, en.paragraph, at, other.start, other.end),
                zh=written.iso,
                en=other.iso,
                where=f"{where}:{_at(at, en.document)}",
            )
        )
    return out


def _iso(written: dates.WrittenDate) -> str:
    return written.iso


def _references(zh: _Side, en: _Side, where: str) -> list[Diagnostic]:
    """RS531: a paragraph of the resolution one text refers to where the other refers to another
    (English writes ``paragraph 4 above`` where Chinese may write ``该段``, and a bare ``第37段`` of
    Chinese is as often a report's paragraph: only a substitution counts)."""
    out = []
    offset = en.paragraph.offset
    for ref, other in _substituted(zh.refs, en.refs, _target):
        out.append(
            _finding(
                "RS531",
                ref.span,
                zh.paragraph.id,
                counterpart=_there(
                    where,
                    en.document,
                    en.paragraph,
                    other.span,
                    other.extent[0] - offset,
                    other.extent[1] - offset,
                ),
                zh=_number_of(ref.target),
                en=_number_of(other.target),
                where=f"{where}:{_at(other.span, en.document)}",
            )
        )
    return out


def _target(ref: InternalRef) -> str:
    """The paragraph referred to, its sub-paragraph labels read alike in both languages."""
    return _han(ref.target)


def _number_of(target: str) -> str:
    """``OP5(b)`` → ``5(b)``; ``PP2`` → ``preambular 2``."""
    return f"preambular {target[2:]}" if target.startswith("PP") else target[2:]


def _figures(zh: _Side, en: _Side, where: str) -> list[Diagnostic]:
    """RS522: a percentage or a sum of money one text writes where the other writes another.

    Citations, dates and paragraph references are left to their own rules; and only a substitution
    is a finding (Chinese writes ``百分之三十`` where English writes ``30 per cent``)."""
    out = []
    for (value, start, end), other in _substituted(_paragraph_figures(zh), _paragraph_figures(en), _value):
        at = en.span_of(other[1], other[2])
        out.append(
            _finding(
                "RS522",
                zh.span_of(start, end),
                zh.paragraph.id,
                counterpart=_there(where, en.document, en.paragraph, at, other[1], other[2]),
                zh=value,
                en=other[0],
                where=f"{where}:{_at(at, en.document)}",
            )
        )
    return out


def _value(figure: tuple[str, int, int]) -> str:
    return figure[0]


def _paragraph_figures(side: _Side) -> list[tuple[str, int, int]]:
    """The figures of a paragraph outside its citations, dates and references to paragraphs."""
    paragraph = side.paragraph
    text = paragraph.text
    masks = [(c.extent[0] - paragraph.offset, c.extent[1] - paragraph.offset) for c in side.mentions]
    masks += [(r.extent[0] - paragraph.offset, r.extent[1] - paragraph.offset) for r in side.refs]
    masks += [(d.start, d.end) for d in _written_dates(side)]
    for start, end in masks:
        if 0 <= start < end <= len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    return dates.figures(text, side.document.language)


def _written_dates(side: _Side) -> tuple[dates.WrittenDate, ...]:
    return _dates_in(side.paragraph.text, side.document.language)


@functools.lru_cache(maxsize=4096)
def _dates_in(text: str, language: str) -> tuple[dates.WrittenDate, ...]:
    """The full dates a paragraph writes, read once: the alignment, the date rule and the figure
    rule all ask for them."""
    return tuple((dates.english_dates if language == "en" else dates.chinese_dates)(text))


#: What each aligned pair is compared for, in the order of the rules' codes.
_PAIR_RULES: tuple[Callable[[_Side, _Side, str], list[Diagnostic]], ...] = (
    _citations,
    _years,
    _order,
    _dates,
    _figures,
    _references,
)


def _document(citation: Citation) -> str:
    """What is compared across the languages: the document, however each writes its symbol's
    qualifiers (``A/CONF.157/24 (Part I)``, ``A/CONF.157/24(Part I)``)."""
    return document_key(citation.symbol) or citation.key


def _finding(
    code: str,
    span: Span | None,
    paragraph: str | None,
    variant: str = "",
    counterpart: Counterpart | None = None,
    **values: object,
) -> Diagnostic:
    rule = RULES[code]
    return Diagnostic(
        code=code,
        name=rule.name,
        level=rule.level,  # type: ignore[arg-type]
        message=message(code, "en", variant, **values),
        span=span,
        paragraph=paragraph,
        counterpart=counterpart,
    )


def _cited_there(where: str, en: _Side, first: Citation, last: Citation | None = None) -> Counterpart:
    """The place of an English citation (or of an enumeration, ``first`` to ``last``)."""
    last = last or first
    offset = en.paragraph.offset
    span = _joined(first.span, last.span)
    return _there(where, en.document, en.paragraph, span, first.extent[0] - offset, last.extent[1] - offset)


def _there(
    where: str, english: Document, paragraph: Paragraph, span: Span, start: int = 0, end: int = 0
) -> Counterpart:
    """The place in the English a finding is about, with the words of its paragraph around
    ``paragraph.text[start:end]``."""
    text = paragraph.text
    excerpt = text[max(0, start - _EXCERPT_BEFORE) : max(end, start) + _EXCERPT_AFTER].strip()
    return Counterpart(where, english.in_file(span) or span, excerpt)


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


def _by_paragraph(found: Sequence[P]) -> dict[str | None, list[P]]:
    """Citations (or references) by the paragraph they stand in."""
    out: dict[str | None, list[P]] = {}
    for item in found:
        out.setdefault(item.paragraph, []).append(item)
    return out


def _features(document: Document, citations: Sequence[Citation]) -> dict[str, Counter[str]]:
    """For each paragraph, the documents it cites, the days it names and the numbers (two digits or
    more) it writes."""
    cited = _by_paragraph([c for c in citations if c.symbol])
    return {
        p.id: Counter(map(_document, cited.get(p.id, [])))
        + Counter(d.iso for d in _dates_in(p.text, document.language))
        + Counter(NUMBER_RUN.findall(p.text))
        for p in document.paragraphs
    }


def _likeness(left: Counter[str], right: Counter[str]) -> float:
    """How alike two paragraphs are, 0 to 1, by their :func:`_features`."""
    if not left and not right:
        return _NEUTRAL  # nothing to tell them apart: a neutral pair
    shared = sum((left & right).values())
    return shared / max(sum(left.values()), sum(right.values()))


def _in_order(
    left: list[Paragraph],
    right: list[Paragraph],
    alike: Callable[[Paragraph, Paragraph], float],
    alike_parts: Callable[[Sequence[Paragraph], Sequence[Paragraph]], float] | None = None,
) -> list[Pair]:
    """Needleman–Wunsch over two sequences: a pair scores its likeness, a gap :data:`_GAP` less.

    With ``alike_parts``, two neighbours of one side may pair with one paragraph of the other (a
    paragraph split in one language): that scores their likeness together less a gap, so it is taken
    only where the second paragraph's features make the pair more alike than it is without them.
    """
    n, m = len(left), len(right)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        best[i][m] = best[i + 1][m] - _GAP
    for j in range(m - 1, -1, -1):
        best[n][j] = best[n][j + 1] - _GAP
    score: dict[tuple[int, int], float] = {}
    two_left: dict[tuple[int, int], float] = {}  # left[i], left[i + 1] with right[j]
    two_right: dict[tuple[int, int], float] = {}  # left[i] with right[j], right[j + 1]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = score[i, j] = alike(left[i], right[j])
            here = max(best[i + 1][j + 1] + s, best[i + 1][j] - _GAP, best[i][j + 1] - _GAP)
            if alike_parts is not None and i + 1 < n:
                two_left[i, j] = alike_parts(left[i : i + 2], right[j : j + 1]) - _GAP
                here = max(here, best[i + 2][j + 1] + two_left[i, j])
            if alike_parts is not None and j + 1 < m:
                two_right[i, j] = alike_parts(left[i : i + 1], right[j : j + 2]) - _GAP
                here = max(here, best[i + 1][j + 2] + two_right[i, j])
            best[i][j] = here
    pairs: list[Pair] = []
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and best[i][j] == best[i + 1][j + 1] + score[i, j]:
            pairs.append(Pair(left[i], right[j]))
            i, j = i + 1, j + 1
        elif i < n and (j == m or best[i][j] == best[i + 1][j] - _GAP):
            pairs.append(Pair(left[i], None))
            i += 1
        elif j < m and (i == n or best[i][j] == best[i][j + 1] - _GAP):
            pairs.append(Pair(None, right[j]))
            j += 1
        elif (i, j) in two_left and best[i][j] == best[i + 2][j + 1] + two_left[i, j]:
            pairs.append(Pair(left[i], right[j], zh_parts=(left[i], left[i + 1])))
            i, j = i + 2, j + 1
        else:
            pairs.append(Pair(left[i], right[j], en_parts=(right[j], right[j + 1])))
            i, j = i + 1, j + 2
    return pairs


def _moved(pairs: list[Pair], alike: Callable[[Paragraph, Paragraph], float]) -> list[Pair]:
    """The alignment with paragraphs that moved paired up again: a footnote the Chinese numbers
    earlier than the English does (its marker stands earlier in the sentence) is left on both sides
    by an alignment in order; paired by what they cite, name and number, they are one note.

    Only paragraphs that share more than half of their features are paired (:func:`_likeness` above
    one half); the pair stands where the Chinese paragraph stood.
    """
    left = [i for i, pair in enumerate(pairs) if pair.en is None]
    right = [j for j, pair in enumerate(pairs) if pair.zh is None]
    if not left or not right:
        return pairs
    scored = sorted(
        ((alike(pairs[i].zh, pairs[j].en), i, j) for i in left for j in right),  # type: ignore[arg-type]
        key=lambda row: -row[0],
    )
    taken: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in scored:
        if score <= 0.5:
            break
        if i not in taken and j not in used:
            taken[i] = j
            used.add(j)
    if not taken:
        return pairs
    out = []
    for k, pair in enumerate(pairs):
        if k in taken:
            out.append(Pair(pair.zh, pairs[taken[k]].en))
        elif k not in used:
            out.append(pair)
    return out


def _uncrossed(pairs: list[Pair], alike: Callable[[Paragraph, Paragraph], float]) -> list[Pair]:
    """Two notes in a row paired crosswise when each is the other's: Chinese word order can put the
    markers of two notes of one sentence the other way round (``……报告(A/75/53)⁴……(A/75/213)⁵`` against
    notes 5 and 4 in the English), and in order each would be taken for a different document."""
    out = list(pairs)
    k = 0
    while k + 1 < len(out):
        first, second = out[k], out[k + 1]
        notes = (first.zh, first.en, second.zh, second.en)
        if (
            all(p is not None and p.kind == "footnote" for p in notes)
            and not first.zh_parts + second.zh_parts
        ):
            straight = alike(first.zh, first.en) + alike(second.zh, second.en)  # type: ignore[arg-type]
            across = (alike(first.zh, second.en), alike(second.zh, first.en))  # type: ignore[arg-type]
            if min(across) > 0.5 and sum(across) > straight + 0.5:
                out[k], out[k + 1] = Pair(first.zh, second.en), Pair(second.zh, first.en)
                k += 2
                continue
        k += 1
    return out


def _across_kinds(pairs: list[Pair], told_apart: _TellApart) -> list[Pair]:
    """Paragraphs left over on both sides paired though their kinds differ: one text may read as a
    heading what the other reads as an item (``Reporting:`` and ``报告：``), as a preambular paragraph
    what the other numbers (``正式决定：`` and ``Resolves that:``), or leave a number in the text
    (``6. Reaffirms …``). Such a pair is taken only where both stand between the same two aligned
    paragraphs of the body, and are alike: by what they cite, date and number where they have any,
    else by their lengths (:func:`_plausible_lengths`)."""
    anchors = [
        k
        for k, pair in enumerate(pairs)
        if pair.zh is not None and pair.en is not None and pair.zh.kind != "footnote"
    ]
    # each side's anchors in the order of its text, so that a leftover's place is a bisection
    order = {side: sorted((getattr(pairs[k], side).offset, k) for k in anchors) for side in ("zh", "en")}

    def slot(offset: int, side: str) -> tuple[int | None, int | None]:
        """The aligned paragraphs just before and just after an offset of one side."""
        at = order[side]
        below = bisect.bisect_left(at, (offset, -1))
        above = bisect.bisect_right(at, (offset, len(pairs)))
        return (at[below - 1][1] if below else None, at[above][1] if above < len(at) else None)

    slots: dict[tuple[int | None, int | None], tuple[list[int], list[int]]] = {}
    for k, pair in enumerate(pairs):
        if pair.zh is not None and pair.en is None and pair.zh.kind != "footnote":
            slots.setdefault(slot(pair.zh.offset, "zh"), ([], []))[0].append(k)
        elif pair.en is not None and pair.zh is None and pair.en.kind != "footnote":
            slots.setdefault(slot(pair.en.offset, "en"), ([], []))[1].append(k)
    taken: dict[int, int] = {}
    for mine, theirs in slots.values():
        used: set[int] = set()
        for i in mine:
            zh_side = pairs[i].zh
            for j in theirs:
                en_side = pairs[j].en
                if j in used or zh_side.kind == en_side.kind:  # type: ignore[union-attr]
                    continue  # the same kind was aligned already: a gap there is the answer
                if _counterparts(pairs[i], pairs[j], told_apart):
                    taken[i] = j
                    used.add(j)
                    break
    if not taken:
        return pairs
    gone = set(taken.values())
    return [
        pair._replace(en=pairs[taken[k]].en, en_parts=pairs[taken[k]].en_parts) if k in taken else pair
        for k, pair in enumerate(pairs)
        if k not in gone
    ]


def _counterparts(zh: Pair, en: Pair, told_apart: _TellApart) -> bool:
    """Whether a Chinese paragraph and an English one left over (each side of a pair of its own), of
    different kinds and in the same place, are one paragraph: by all of what each is made of."""
    zh_side, en_side = zh.zh, en.en
    assert zh_side is not None and en_side is not None
    likeness = told_apart(zh.zh_parts or (zh_side,), en.en_parts or (en_side,))
    if likeness is not None:
        return likeness > _NEUTRAL
    return _plausible_lengths(_length(zh_side), _length(en_side))


def _length(paragraph: Paragraph) -> int:
    """A paragraph's length, the white space around it aside: what :func:`_plausible_lengths` weighs."""
    return len(paragraph.text.strip())


def _plausible_lengths(zh: int, en: int) -> bool:
    """Whether an English text of ``en`` characters can be the original of a Chinese one of ``zh``:
    the English of a resolution runs to about four characters for each Chinese one (3.9 on ../shared,
    between 3.0 and 5.0 for most paragraphs)."""
    return zh > 0 and _EN_PER_ZH[0] <= en / zh <= _EN_PER_ZH[1]


def _keys(document: Document, renamed: dict[str, str] | None = None) -> dict[str, str]:
    """What pairs a numbered paragraph across languages: its number and its parents', each label read
    the same way in both (``(ii)``, ``ii.`` and ``㈡``; ``(xi)`` and ``(十一)``; a bullet and none).
    ``renamed`` gives the key of a paragraph already paired with one of another number: its items
    take their parent's counterpart's."""
    renamed = renamed or {}
    keys: dict[str, str] = {}
    for p in document.paragraphs:
        if p.kind in ("operative", "subparagraph"):
            own = _own_label(p)
            if p.id in renamed:  # the key of its counterpart, "" for an unnumbered paragraph too
                keys[p.id] = renamed[p.id]
            else:
                keys[p.id] = f"{keys[p.parent]}/{own}" if p.parent in keys else own
    return keys


def _han(key: str) -> str:
    """``(ii)`` written as Chinese writes it, ``㈡``: the sub-paragraph labels of a reference."""
    for roman, han in _ROMAN_TO_HAN:
        key = key.replace(f"({roman})", han)
    return key


def _own_label(paragraph: Paragraph) -> str:
    """A paragraph's own number or label, without its parent's, as both languages can write it."""
    core = (paragraph.number or paragraph.label or "").strip("()（）.．、 ")
    if core in _BULLETS:
        return ""
    if core in CIRCLED:
        return ROMAN[CIRCLED.index(core)]
    if core in BRANCHES:
        return LETTERS[BRANCHES.index(core)]
    if core in HAN_NUMERALS and HAN_NUMERALS.index(core) < len(ROMAN):
        return ROMAN[HAN_NUMERALS.index(core)]
    return to_ascii(core).lower()  # "II." is "二."
