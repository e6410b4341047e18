"""Find the citations in each paragraph of a document.

Patterns are applied from the most specific to the least: document symbols first, then enumerations
framed by ``第……号决议`` (with what follows them: a pinpoint, or ``所设委员会``), then committees named
by a number, then bare ``NUM(YEAR)`` items, and last the references to this resolution's own
paragraphs. Each pass masks what it found so that a later, looser pattern cannot find it again; the
masks of a pass are applied together, so a paragraph is rebuilt once per pass, not once per citation.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import NamedTuple

import regex

from resparse.citations.issuer import bridged, issuer_before
from resparse.citations.register import Register, default_register
from resparse.citations.resolve import Item, Resolved, Resolver, resolver_for
from resparse.grammar import citations as grammar
from resparse.grammar import english
from resparse.grammar.chars import (
    ASCII_BRACKETS,
    ASCII_DIGITS,
    INLINE_SPACE_CHARS,
    WIDE_BRACKETS,
    WIDE_DIGITS,
    to_ascii,
)
from resparse.grammar.organs import ORGAN_NAMES
from resparse.model import Citation, Document, InternalRef, Span

_MASK = "\x00"
#: How far before a citation the words that name its issuing body (or another document) can start.
_CONTEXT = 24
#: How far before ``resolution`` an English body's name may begin (``Commission on the Status of Women``).
_ENGLISH_CONTEXT = 90
#: How far back in its clause the body an ``its`` stands for is looked for.
_ANTECEDENT_REACH = 400
#: How far before ``第 N 段`` the name of a report or another document can stand (``报告中关于……的``).
_WIDE_CONTEXT = 80


class _Draft(NamedTuple):
    """A citation found in a paragraph, before its group is numbered in reading order."""

    start: int
    group: int  # as the patterns numbered it
    resolved: Resolved
    text: str
    span: Span
    paragraph: str | None
    role: str
    form: str
    pinpoint: str | None
    extent: tuple[int, int]
    defects: tuple[str, ...]
    date: str | None = None
    organ_source: str = "text"


class Found:
    """What extraction found in a document, before links are attached."""

    __slots__ = ("citations", "internal_refs")

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self.internal_refs: list[InternalRef] = []


class Extractor:
    """Runs the grammar over every paragraph; one instance per document (it numbers the groups)."""

    def __init__(self, document: Document, resolver: Resolver) -> None:
        self.document = document
        self.resolver = resolver
        #: Groups as the patterns number them, and as the reader meets them.
        self.group = 0
        self.groups_read = 0
        self.found = Found()
        #: Where the first citation of each paragraph starts (paragraphs that cite something).
        self.citing: dict[str | None, int] = {}
        self.parents: dict[str | None, str | None] = {p.id: p.parent for p in document.paragraphs}
        self.own = document.organ
        #: The paragraph, end and organ of the last group read: a body named for one citation may be
        #: named for the next.
        self.last_group: tuple[str | None, int, str | None] = (None, 0, None)
        #: The paragraph, end and body of the last English group read, and whether it was "its".
        self.last_english: tuple[str | None, int, str | None, bool] = (None, 0, None, False)
        #: The paragraph being read holds a quotation mark (a title that may hold a citation).
        self.quoted = False
        #: The council an English paragraph named last: what a bare "Council" stands for below it.
        self.last_council: str | None = None

    def run(self) -> Found:
        # The cover names the document itself and cites nothing, so only paragraphs are searched.
        english_text = self.document.language == "en"
        for paragraph in self.document.paragraphs:
            self._paragraph(paragraph.id, paragraph.offset, paragraph.text)
            if english_text and (councils := english.COUNCIL_NAME.findall(paragraph.text)):
                self.last_council = councils[-1]
        return self.found

    # -- one paragraph ----------------------------------------------------------------------------
    def _paragraph(self, pid: str | None, offset: int, text: str) -> None:
        if not grammar.ANY_DIGIT.search(text):
            return  # every pattern needs a digit; most paragraphs of a resolution have none
        self.quoted = "“" in text  # only then can a group stand inside a title
        work = text
        found: list[_Draft] = []
        masks: list[tuple[int, int]] = []
        for m in _matches(grammar.SYMBOL, work):
            if not grammar.ANY_DIGIT.search(m["symbol"]):
                continue
            self.group += 1
            pin = _pinpoint_after(text, m.end())
            found.append(self._symbol(pid, offset, m, _pinpoint(pin)))
            masks.append((m.start(), pin.end() if pin else m.end()))
        work = _masked(work, masks)
        if self.document.language == "en":
            for m in english.GROUP.finditer(work):
                found.extend(self._english_group(pid, offset, text, m))
                # A title the group holds may cite another ("entitled “Review of … General Assembly
                # resolution 68/1 …”"): read it too, before the whole group is masked.
                outer = self.last_english  # a title's groups name no body for the group after this one
                for title in english.QUOTED.finditer(work, m.start(), m.end()):
                    for inner in english.GROUP.finditer(work, title.start() + 1, title.end() - 1):
                        found.extend(self._english_group(pid, offset, text, inner))
                self.last_english = outer
                masks.append((m.start(), m.end()))
            work = _masked(work, masks)  # "resolution 1540 Committee": the resolution, once
            for m in english.COMMITTEE.finditer(work):
                self.group += 1
                for start, end in zip(m.starts("num"), m.ends("num"), strict=True):
                    citation = self.resolver.item(Item("sc", int(text[start:end])), "sc")
                    found.append(self._make(citation, pid, offset, start, end, text, role="committee"))
                masks.append((m.start(), m.end()))
            work = _masked(work, masks)
        for search in (_groups, _bare_groups):
            for m in search(work):
                citations, end = self._group(pid, offset, text, m)
                found.extend(citations)
                masks.append((m.start(), end))
            work = _masked(work, masks)
        for m in _matches(grammar.UNCLOSED_GROUP, work):
            found.extend(self._unclosed(pid, offset, text, m))
            masks.append((m.start(), m.end()))
        work = _masked(work, masks)
        for m in _matches(grammar.COMMITTEE_NAME, work):
            found.extend(self._committees(pid, offset, text, m))
            masks.append((m.start(), m.end()))
        work = _masked(work, masks)
        for m in _matches(grammar.ITEM_WITH_YEAR_RE, work):
            # Unframed ("与2272(2016)审查有关"): a resolution only if the register dates that number to that
            # year; "ISO 9001 (2015)" or "附件 17 (2018)" are a number and a year, nothing more.
            number, year = int(to_ascii(m["num"])), int(to_ascii(m["year"]))
            if self.resolver.register.year_of(number) != year:
                continue
            self.group += 1
            found.append(self._make(self.resolver.sc(number, year), pid, offset, m.start(), m.end(), text))
            masks.append((m.start(), m.end()))
        work = _masked(work, masks)
        found.sort(key=lambda draft: draft[0])
        if found:
            self.citing[pid] = found[0][0]
        self._internal_refs(pid, offset, text, work)
        self._number_groups(found)

    def _number_groups(self, found: list[_Draft]) -> None:
        """Make the citations, their groups numbered in reading order (the patterns ran in another)."""
        order: dict[int, int] = {}
        for draft in found:
            if draft.group not in order:
                self.groups_read += 1
                order[draft.group] = self.groups_read
            self.found.citations.append(_citation(draft, order[draft.group]))

    def _symbol(self, pid: str | None, offset: int, m: regex.Match[str], pinpoint: str | None) -> _Draft:
        citation = self.resolver.symbol(m["symbol"])
        return self._make(
            citation,
            pid,
            offset,
            m.start("symbol"),
            m.end("symbol"),
            m.string,
            form="symbol",
            pinpoint=pinpoint,
        )

    def _group(
        self, pid: str | None, offset: int, text: str, m: regex.Match[str]
    ) -> tuple[list[_Draft], int]:
        """The items of one ``第……号决议`` group, and where the group (with its pinpoint) ends."""
        self.group += 1
        group_start, group_end = m.span()
        pin = _pinpoint_after(text, group_end)
        suffix = grammar.COMMITTEE_SUFFIX.match(text, group_end, group_end + grammar.COMMITTEE_SUFFIX_MAX)
        role = "committee" if suffix else "citation"
        if suffix and grammar.NAMING.search(text, max(0, group_start - 8), group_start):
            role = "name"  # "此后称第2713(2023)号决议所设专家小组": a body named after the resolution
        # BARE_GROUP has no "kind" nor "hao": it closes with "号决议" or opens with "决议".
        kind = m.group("kind") if "kind" in m.re.groupindex else None
        decision = kind is not None and kind.endswith("定")
        closed = kind is None or m.group("hao") is not None
        organ = self._issuer(pid, text, group_start)
        # Organs named between the items (大会第60/180号和安理会第1645(2005)号) take over from there.
        organ_starts = m.starts("sorg")
        named = list(zip(organ_starts, m.captures("sorg"), strict=True)) if organ_starts else []
        spans = list(zip(m.starts("item"), m.ends("item"), strict=True))
        # A group of one item holds that item's parts itself; the items of a longer one are read again.
        alone = len(spans) == 1 and "gnum" in m.re.groupindex
        out = []
        for i, (start, end) in enumerate(spans):
            item = m if alone else grammar.ITEM_RE.fullmatch(text, start, end)
            if item is None:
                continue
            own = organ
            for at, name in named:
                if at < start:
                    own = ORGAN_NAMES[name]
            read = _item_of(item, decision)
            citation = self.resolver.item(read, own)
            certain = own is not None or read.shape in ("old", "han") or (read.shape == "sc" and read.year)
            defects: tuple[str, ...] = ()
            if item["gyear"]:
                defects += ("year-on-session-item",)
            last = i == len(spans) - 1
            if last and not closed:
                defects += ("missing-hao",)
            pinpoint = _pinpoint(pin) if last else None
            written = _date_before(text, start)
            out.append(
                self._make(
                    citation,
                    pid,
                    offset,
                    start,
                    end,
                    text,
                    role=role,
                    pinpoint=pinpoint,
                    defects=defects,
                    date=written,
                    organ_source="text" if certain else "document",
                )
            )
        end = pin.end() if pin else group_end
        if not self.quoted or text.rfind("“", 0, group_start) <= text.rfind("”", 0, group_start):
            # A group inside a title (题为“执行大会……第46/152号决议”的) names no body for the next one.
            self.last_group = (pid, end, organ)
        return out, end

    def _english_group(self, pid: str | None, offset: int, text: str, m: regex.Match[str]) -> list[_Draft]:
        """``resolutions 1267 (1999), 1989 (2011) and 2253 (2015)``: each item, resolved for the body
        named before ``resolution`` (``its``: the document's own; none: read as the Chinese does)."""
        self.group += 1
        decision = m["kind"].lower().startswith("decision")
        previous_pid, previous_end, previous_organ, previous_its = self.last_english
        joined = (
            previous_pid == pid and english.JOIN_ONLY.fullmatch(text, previous_end, m.start()) is not None
        )
        if m["organ"]:
            organ = english.ORGANS.get(m["organ"])
        elif joined and m["its"] and previous_its:
            organ = previous_organ  # "the Council in its resolution 51/30 … and its decision 51/101"
        else:
            organ = self._english_body(text, m)
            if organ is None and joined:
                organ = previous_organ  # "Council resolutions 1989/62 …, as well as resolutions 2001/12"
        self.last_english = (pid, m.end(), organ, m["its"] is not None)
        out = []
        for start, end in zip(m.starts("item"), m.ends("item"), strict=True):
            item = english.ITEM.fullmatch(text, start, end)
            if item is None:
                continue
            read = _english_item(item, decision)
            certain = organ is not None or read.shape == "old" or (read.shape == "sc" and read.year)
            out.append(
                self._make(
                    self.resolver.item(read, organ),
                    pid,
                    offset,
                    start,
                    end,
                    text,
                    organ_source="text" if certain else "document",
                )
            )
        return out

    def _english_body(self, text: str, m: regex.Match[str]) -> str | None:
        """The body an English group's items are of when none of the organs is named before
        ``resolution``: one named after them (``… of the United Nations Environment Assembly``),
        another body named before (``Commission on the Status of Women resolutions``: ``other``),
        a bare ``Council`` (the council named last), ``its`` (the document's own), or none."""
        after = english.BODY_AFTER.match(text, m.end())
        if after is not None:
            name = after["name"]
            # "… of the United Nations Environment Assembly of the United Nations Environment
            # Programme" is the UN's; "the General Assembly of the World Tourism Organization" is not
            organ = english.ORGANS.get(name) or next(
                (
                    code
                    for known, code in english.ORGANS.items()
                    if name.startswith((f"{known} of the United Nations", f"{known} of United Nations"))
                ),
                None,
            )
            if organ is not None:
                return organ
            if english.BODY_WORD.search(name):
                return "other"
        if m["its"]:
            return self._antecedent(text, m.start())
        whole = english.BODY_THEN_SOME.search(text, max(0, m.start() - _ENGLISH_CONTEXT - 60), m.start())
        if whole is not None:
            return english.ORGANS[whole["organ"]]
        before = english.BODY_BEFORE.search(text, max(0, m.start() - _ENGLISH_CONTEXT), m.start())
        if before is None or not english.BODY_WORD.search(before["name"]):
            return None
        words = before["name"].split()
        short = english.SHORT_NAMES.get(words[-1])
        if short is not None and (len(words) == 1 or not words[-2][:1].isupper()):
            # A bare "Council" or "Commission": the one of that kind the paragraph named last.
            if words[-1] == "Council":
                return self._council(text, before.start("name"))
            named = short.findall(text, 0, before.start("name"))
            if named:
                return english.ORGANS[named[-1]]
        return "other"

    def _antecedent(self, text: str, at: int) -> str | None:
        """The body an ``its`` before ``text[at:]`` stands for: the last one the clause names (a bare
        ``Council`` being the council named before it), else the document's own."""
        window = max(0, at - _ANTECEDENT_REACH)
        for clause_end in english.CLAUSE_START.finditer(text, window, at):
            window = clause_end.end()
        named = list(english.ANTECEDENT.finditer(text, window, at))
        # The body must be the clause's subject: not a word of a list ("Human Rights Council
        # resolutions …, as well as its resolution 74/276" is the Assembly's), nothing cited since.
        if not named or english.NOT_SUBJECT.search(text, named[-1].end(), at):
            return self.own
        body = named[-1]
        joined = english.AGENT_AFTER.match(text, body.end(), at) is not None
        if not joined and not (
            english.AGENT_BEFORE.search(text, max(0, body.start() - 60), body.start())
            and english.AS_REFLECTED.search(text, body.end(), at)
        ):
            return self.own
        name = body.group()
        if body["other"]:
            # A capitalised word before an organ's name runs into it ("Recalling the Human Rights Council").
            return next((code for known, code in english.ORGANS.items() if name.endswith(known)), "other")
        if name == "Council":
            return self._council(text, at)
        return english.ORGANS[name]

    def _council(self, text: str, at: int) -> str:
        """The council a bare English ``Council`` before ``text[at:]`` stands for: the one named last in
        the paragraph, else above it, else the document's own (an Assembly text's "Council" is unknown)."""
        councils = english.COUNCIL_NAME.findall(text, 0, at)
        named = councils[-1] if councils else self.last_council
        if named is not None:
            return english.ORGANS[named]
        return self.own if self.own in ("hrc", "ecosoc", "sc") else "council"

    def _issuer(self, pid: str | None, text: str, start: int) -> str | None:
        """The body that adopted what the group at ``start`` cites: named before it, or named for the
        group just before it in the same paragraph when only dates and joins stand between."""
        organ, _ = issuer_before(text, start, self.own)
        previous_pid, previous_end, previous_organ = self.last_group
        if organ is None and previous_pid == pid and previous_organ is not None:
            return previous_organ if bridged(text, previous_end, start) else None
        return organ

    def _unclosed(self, pid: str | None, offset: int, text: str, m: regex.Match[str]) -> list[_Draft]:
        """An enumeration opened by ``第`` but not closed by ``号决议``: one group, the defect at its end."""
        self.group += 1
        items = list(grammar.ITEM_WITH_YEAR_RE.finditer(text, m.start(), m.end()))
        out = []
        for i, item in enumerate(items):
            number, year = int(to_ascii(item["num"])), int(to_ascii(item["year"]))
            defects = ("unclosed-enumeration",) if i == len(items) - 1 else ()
            out.append(
                self._make(
                    self.resolver.sc(number, year),
                    pid,
                    offset,
                    item.start(),
                    item.end(),
                    text,
                    defects=defects,
                )
            )
        return out

    def _committees(self, pid: str | None, offset: int, text: str, m: regex.Match[str]) -> list[_Draft]:
        """``1267/1989/2253 委员会``: one group, each number the resolution that set the committee up."""
        self.group += 1
        numbers = [m.captures("num")[0], *m.captures("more")]
        starts = [m.starts("num")[0], *m.starts("more")]
        ends = [m.ends("num")[0], *m.ends("more")]
        return [
            self._make(
                self.resolver.sc(int(to_ascii(number)), None),
                pid,
                offset,
                start,
                end,
                text,
                role="committee",
                form="committee-name",
            )
            for number, start, end in zip(numbers, starts, ends, strict=True)
        ]

    def _internal_refs(self, pid: str | None, offset: int, text: str, work: str) -> None:
        if self.document.language == "en":
            self._english_refs(pid, offset, text, work)
            return
        foreign_end = -1  # where the last reference into another document ends
        for m in _matches(grammar.INTERNAL_REF, work):
            if work.count("“", 0, m.start()) > work.count("”", 0, m.start()):
                continue  # inside a quotation: a title (题为“第六条和序言部分第8至12段”的一节)
            if not m["prefix"] and (
                self._points_elsewhere(pid, m.start(), work)
                or (foreign_end >= 0 and grammar.REF_CONTINUES.fullmatch(work, foreign_end, m.start()))
            ):
                # "《最后文件》第60至63段，特别是第63(d)段": the next one is of that document too.
                foreign_end = m.end()
                continue
            for ref in grammar.REF_NUMBER.finditer(m["list"]):
                number = to_ascii(ref["n"])
                sub = "".join(ref["sub"].split()).replace("（", "(").replace("）", ")")
                kind = "PP" if m["prefix"] == "序言部分" else "OP"
                target = f"{kind}{int(number)}{sub}"
                start, end = m.start(), m.end()
                self.found.internal_refs.append(
                    InternalRef(
                        text=text[start:end].strip(),
                        target=target,
                        span=self.document.span_of(offset + start, offset + end),
                        paragraph=pid,
                        extent=(offset + start, offset + end),
                    )
                )

    def _english_refs(self, pid: str | None, offset: int, text: str, work: str) -> None:
        """``paragraph 4 above``: each paragraph of this resolution an English paragraph refers to."""
        for m in english.INTERNAL_REF.finditer(work):
            kind = "PP" if m["prefix"] else "OP"
            start, end = m.start(), m.end()
            for ref in english.REF_NUMBER.finditer(m["list"]):
                sub = "".join(ref["sub"].split())
                self.found.internal_refs.append(
                    InternalRef(
                        text=text[start:end],
                        target=f"{kind}{int(ref['n'])}{sub}",
                        span=self.document.span_of(offset + start, offset + end),
                        paragraph=pid,
                        extent=(offset + start, offset + end),
                    )
                )

    def _points_elsewhere(self, pid: str | None, start: int, work: str) -> bool:
        """Whether an unprefixed ``第 N 段`` more likely means a paragraph of another document.

        ``上文第 7 段`` and ``本决议第 7 段`` always mean this resolution. A bare ``第 7 段`` does too,
        unless the sentence names another document before it (``秘书长报告……第 21 段``), or the
        sub-paragraph's lead-in does (``决定对第 2628(2022)号决议作如下修改：(a) 回顾第 22 段``).
        """
        if pid is not None and pid.startswith("FN"):
            return True  # a footnote's "第 88 段" is a paragraph of the document the note cites
        # The cheap tests first: a citation before it in the paragraph, or in a lead-in above it.
        if self.citing.get(pid, len(work)) < start:
            return True
        parent = self.parents.get(pid)
        while parent is not None:
            if parent in self.citing:
                return True
            parent = self.parents.get(parent)
        if grammar.FOREIGN_CONTEXT.search(work[max(0, start - _CONTEXT) : start].replace(_MASK, "号")):
            return True
        # "国际法委员会报告中关于……的第330至332段" (a quotation's "第 N 段" never comes here: its
        # caller leaves titles out).
        return grammar.FOREIGN_DOCUMENT.search(work[max(0, start - _WIDE_CONTEXT) : start]) is not None

    # -- building citations -----------------------------------------------------------------------
    def _make(
        self,
        citation: Resolved,
        pid: str | None,
        offset: int,
        start: int,
        end: int,
        text: str,
        *,
        role: str = "citation",
        form: str | None = None,
        pinpoint: str | None = None,
        defects: tuple[str, ...] = (),
        date: str | None = None,
        organ_source: str = "text",
    ) -> _Draft:
        """What a citation will be, once its group is numbered."""
        written = text[start:end]
        return _Draft(
            start,
            self.group,
            citation,
            written,
            self.document.span_of(offset + start, offset + end),
            pid,
            role,
            form or "resolution",
            pinpoint,
            (offset + start, offset + end),
            defects + _width_defects(written),
            date,
            organ_source,
        )


def _citation(draft: _Draft, group: int) -> Citation:
    resolved = draft.resolved
    return Citation(
        resolved.symbol,
        resolved.type,
        draft.text,
        draft.span,
        draft.paragraph,
        group,
        resolved.number,
        resolved.year,
        resolved.year_source,
        resolved.written_year,
        resolved.session,
        resolved.part,
        draft.role,
        draft.form,
        draft.pinpoint,
        resolved.url,
        None,
        draft.extent,
        draft.defects,
        resolved.date,
        resolved.title,
        resolved.organ,
        draft.date,
        draft.organ_source if resolved.organ is not None or resolved.symbol else None,
    )


def _item_of(item: regex.Match[str], decision: bool) -> Item:
    """What the grammar read in one item: its shape, numbers and part letters.

    The shapes are tried most frequent first: this runs for every item of every group.
    """
    if (number := item["num"]) is not None:
        year = item["year"]
        return Item("sc", int(to_ascii(number)), int(to_ascii(year)) if year else None, decision=decision)
    if (number := item["gnum"]) is not None:
        session = to_ascii(item["session"])
        session = str(int(session)) if session.isdigit() else grammar.SESSION_PREFIX.sub(r"\1-", session)
        return Item(
            "slash", int(to_ascii(number)), session=session, part=_parts(item["part"]), decision=decision
        )
    if item["roman"]:
        roman = grammar.ROMAN_SESSION.sub(r"\1-", item["roman"])
        part = item["opart"] or item["opart2"]
        return Item("old", int(to_ascii(item["onum"])), roman=roman, part=part, decision=decision)
    if item["hnum"]:
        roman = ROMAN_NUMERALS[ord(item["hroman"]) - ord("㈠")]
        return Item("han", _han_number(item["hnum"]), roman=roman, decision=decision)
    session = f"{item['tbody']}.{int(to_ascii(item['tsession']))}"
    return Item("treaty", int(to_ascii(item["tnum"])), session=session, decision=True)


def _english_item(item: regex.Match[str], decision: bool) -> Item:
    """What one English item names: ``1373 (2001)``, ``71/291``, ``47/120 A and B``, ``2200 A (XXI)``."""
    if item["num"] is not None:
        return Item("sc", int(item["num"]), year=int(item["year"]), decision=decision)
    if item["bare"] is not None:  # "resolution 2391": the Council's, its year left out
        return Item("sc", int(item["bare"]), decision=decision)
    if item["roman"] is not None:
        roman = item["roman"].replace("‑", "-")
        return Item("old", int(item["onum"]), roman=roman, part=item["opart"], decision=decision)
    session = item["session"].replace("‑", "-")  # a non-breaking hyphen: ES‑10/15
    session = str(int(session)) if session.isdigit() else session
    part = _parts(english.PART_TO.sub("至", item["part"])) if item["part"] else None  # "A to C" is "A至C"
    return Item("slash", int(item["gnum"]), session=session, part=part, decision=decision)


def _parts(written: str | None) -> str | None:
    """Part letters as a symbol writes them: ``A和B`` → ``A-B``, ``A至C`` → ``A-C``, ``A、C`` → ``A, C``."""
    if not written:
        return None
    letters = grammar.PART_LETTERS.findall(written)
    if len(letters) == 1:
        return letters[0]
    if grammar.PART_RANGE.search(written) and len(letters) == 2:
        return f"{letters[0]}-{letters[1]}"
    consecutive = all(len(a) == len(b) == 1 and ord(b) == ord(a) + 1 for a, b in itertools.pairwise(letters))
    return f"{letters[0]}-{letters[-1]}" if consecutive else ", ".join(letters)


ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_HAN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def _han_number(written: str) -> int:
    """``一`` → 1, ``十二`` → 12, ``二十`` → 20 (the small numbers of the Assembly's first sessions)."""
    if "十" not in written:
        return _HAN_DIGITS.get(written, 0)
    tens, _, units = written.partition("十")
    return _HAN_DIGITS.get(tens, 1) * 10 + _HAN_DIGITS.get(units, 0)


def _date_before(text: str, start: int) -> str | None:
    """The date written right before an item (``2021年12月16日第``), as ``YYYY-MM-DD``."""
    if start < 4 or text[start - 1] not in "日第的 \u00a0\u200e":
        return None
    m = grammar.DATE_BEFORE.search(text, max(0, start - 28), start)
    if m is None:
        return None
    import datetime

    try:
        return datetime.date(*(int(to_ascii(m[k])) for k in ("year", "month", "day"))).isoformat()
    except ValueError:
        return None


def _matches(pattern: regex.Pattern[str], work: str) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` in ``work``, skipping the search when its key characters are absent.

    Asked several times of every paragraph with a digit, so the keys are tested in plain loops (a
    generator for ``any`` costs more than the ``in`` tests it runs).
    """
    for keys in grammar.KEY_CHARACTERS[pattern]:
        for key in keys:
            if key in work:
                break
        else:
            return iter(())
    return pattern.finditer(work)


def _groups(work: str) -> Iterator[regex.Match[str]]:
    """The ``第……号决议`` groups and those without ``第`` (``人权理事会S-16/1号、……第19/1号决议``),
    leftmost first: what :data:`~resparse.grammar.citations.GROUP` finds.

    That pattern can start at any digit, so the framed groups are found first; only where a session
    item is left outside them can a group without ``第`` be, and only there does the slow one run.
    """
    framed = list(_matches(grammar.FRAMED_GROUP, work))
    outside = _masked(work, [m.span() for m in framed]) if framed else work
    if "/" in outside or (("(" in outside or "（" in outside) and grammar.SESSION_ITEM_HINT.search(outside)):
        return _matches(grammar.GROUP, work)
    return iter(framed)


def _bare_groups(work: str) -> Iterator[regex.Match[str]]:
    return _matches(grammar.BARE_GROUP, work)


def _masked(work: str, masks: list[tuple[int, int]]) -> str:
    """``work`` with the stretches in ``masks`` blanked out (and ``masks`` emptied): one pass over it."""
    if not masks:
        return work
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(masks):
        if end <= cursor:
            continue
        start = max(start, cursor)
        pieces += (work[cursor:start], _MASK * (end - start))
        cursor = end
    pieces.append(work[cursor:])
    masks.clear()
    return "".join(pieces)


def _before(text: str, start: int) -> str:
    """The words just before a citation that can name its issuing body (trailing spaces aside)."""
    end = start
    while end > 0 and text[end - 1] in " \t\u3000":
        end -= 1
    return text[max(0, end - _CONTEXT) : start]


def _pinpoint_after(text: str, end: int) -> regex.Match[str] | None:
    """The pinpoint (``第7和8段``) that follows a citation ending at ``end``, if one does.

    The search stops at the end of the clause, which no pinpoint crosses: ``regex`` looks for a pattern's
    literal parts in all the text it is given before it matches, and a paragraph of thousands of
    citations would otherwise be scanned to its end once per citation.
    """
    at = end
    while at < len(text) and text[at] in INLINE_SPACE_CHARS:
        at += 1
    if at == len(text) or text[at] not in grammar.PINPOINT_STARTS:
        return None  # most citations: no pinpoint follows
    clause_end = grammar.CLAUSE_END.search(text, end)
    return grammar.PINPOINT.match(text, end, clause_end.start() if clause_end else len(text))


def _pinpoint(match: regex.Match[str] | None) -> str | None:
    """The pinpoint as written, without the bracket that may close the symbol before it."""
    return match.group(0).strip().lstrip(")）").strip() if match else None


def _width_defects(written: str) -> tuple[str, ...]:
    if written.isascii():  # most citations: no full-width digit or bracket to mix with
        return () if written.count("(") == written.count(")") else ("unbalanced-brackets",)
    defects = []
    if not ASCII_DIGITS.isdisjoint(written) and not WIDE_DIGITS.isdisjoint(written):
        defects.append("mixed-width-digits")
    if not ASCII_BRACKETS.isdisjoint(written) and not WIDE_BRACKETS.isdisjoint(written):
        defects.append("mixed-width-brackets")
    if written.count("(") + written.count("（") != written.count(")") + written.count("）"):
        defects.append("unbalanced-brackets")
    return tuple(defects)


def extract(
    document: Document,
    register: Register | None = None,
    *,
    link_style: str = "undocs",
    lang: str | None = None,
) -> Found:
    """Find every citation and internal reference in ``document``."""
    resolver = resolver_for(
        register or default_register(), link_style, lang or document.language, document.organ
    )
    return Extractor(document, resolver).run()
