"""Find the citations in each paragraph of a document.

Patterns are applied from the most specific to the least: document symbols first, then enumerations
framed by ``第……号决议`` (with what follows them: a pinpoint, or ``所设委员会``), then committees named
by a number, then bare ``NUM(YEAR)`` items, and last the references to this resolution's own
paragraphs. Each match masks its characters so that a later, looser pattern cannot find them again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import regex

from resparse.citations import grammar
from resparse.citations.register import Register, default_register
from resparse.citations.resolve import Resolved, Resolver, resolver_for
from resparse.model import Citation, Document, InternalRef

_MASK = "\x00"
_DIGIT = regex.compile(r"\d")
_ASCII_DIGITS = frozenset("0123456789")
_WIDE_DIGITS = frozenset("０１２３４５６７８９")
_ASCII_BRACKETS = frozenset("()")
_WIDE_BRACKETS = frozenset("（）")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(slots=True)
class Found:
    """What extraction found in a document, before links are attached."""

    citations: list[Citation] = field(default_factory=list)
    internal_refs: list[InternalRef] = field(default_factory=list)


class Extractor:
    """Runs the grammar over every paragraph; one instance per document (it numbers the groups)."""

    def __init__(self, document: Document, resolver: Resolver) -> None:
        self.document = document
        self.resolver = resolver
        self.group = 0
        self.found = Found()
        #: Where the first citation of each paragraph starts (paragraphs that cite something).
        self.citing: dict[str | None, int] = {}
        self.parents = {p.id: p.parent for p in document.paragraphs}

    def run(self) -> Found:
        # The cover names the document itself and cites nothing, so only paragraphs are searched.
        for paragraph in self.document.paragraphs:
            self._paragraph(paragraph.id, paragraph.offset, paragraph.text)
        # Groups were numbered as the patterns ran; number them again in reading order.
        order: dict[int, int] = {}
        for citation in self.found.citations:
            order.setdefault(citation.group, len(order) + 1)
        self.found.citations = [
            c if c.group == order[c.group] else replace(c, group=order[c.group]) for c in self.found.citations
        ]
        return self.found

    # -- one paragraph ----------------------------------------------------------------------------
    def _paragraph(self, pid: str | None, offset: int, text: str) -> None:
        if not _DIGIT.search(text):
            return  # every pattern needs a digit; most paragraphs of a resolution have none
        work = text
        found: list[tuple[int, Citation]] = []

        def mask(start: int, end: int) -> None:
            nonlocal work
            work = work[:start] + _MASK * (end - start) + work[end:]

        for m in _matches(grammar.SYMBOL, work):
            if not _DIGIT.search(m["symbol"]):
                continue
            self.group += 1
            pin = grammar.PINPOINT.match(text[m.end() :])
            found.append((m.start(), self._symbol(pid, offset, m, _pinpoint(pin))))
            mask(m.start(), m.end() + pin.end() if pin else m.end())
        for m in _matches(grammar.GROUP, work):
            citations, end = self._group(pid, offset, text, m)
            found.extend(citations)
            mask(m.start(), end)
        for m in _matches(grammar.BARE_GROUP, work):
            citations, end = self._group(pid, offset, text, m)
            found.extend(citations)
            mask(m.start(), end)
        for m in _matches(grammar.UNCLOSED_GROUP, work):
            found.extend(self._unclosed(pid, offset, text, m))
            mask(m.start(), m.end())
        for m in _matches(grammar.COMMITTEE_NAME, work):
            numbers = [m.captures("num")[0], *m.captures("more")]
            self.group += 1
            for number, start, end in zip(
                numbers,
                [m.starts("num")[0], *m.starts("more")],
                [m.ends("num")[0], *m.ends("more")],
                strict=True,
            ):
                citation = self.resolver.sc(int(number.translate(_FULLWIDTH)), None)
                found.append(
                    (
                        start,
                        self._make(
                            citation, pid, offset, start, end, text, role="committee", form="committee-name"
                        ),
                    )
                )
            mask(m.start(), m.end())
        for m in _matches(grammar.ITEM_WITH_YEAR_RE, work):
            # Unframed ("与2272(2016)审查有关"): a resolution only if the register dates that number to that
            # year; "ISO 9001 (2015)" or "附件 17 (2018)" are a number and a year, nothing more.
            number, year = int(m["num"].translate(_FULLWIDTH)), int(m["year"].translate(_FULLWIDTH))
            if self.resolver.register.year_of(number) != year:
                continue
            self.group += 1
            found.append(
                (m.start(), self._make(self.resolver.sc(number, year), pid, offset, m.start(), m.end(), text))
            )
            mask(m.start(), m.end())
        found.sort(key=lambda pair: pair[0])
        if found:
            self.citing[pid] = found[0][0]
        self._internal_refs(pid, offset, text, work)
        self.found.citations.extend(c for _, c in found)

    def _symbol(self, pid: str | None, offset: int, m: regex.Match, pinpoint: str | None) -> Citation:
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
        self, pid: str | None, offset: int, text: str, m: regex.Match
    ) -> tuple[list[tuple[int, Citation]], int]:
        """The items of one ``第……号决议`` group, and where the group (with its pinpoint) ends."""
        self.group += 1
        after = text[m.end() :]
        pin = grammar.PINPOINT.match(after)
        role = "committee" if grammar.COMMITTEE_SUFFIX.match(after) else "citation"
        before = text[: m.start()]
        spans = list(zip(m.starts("item"), m.ends("item"), strict=True))
        out = []
        for i, (start, end) in enumerate(spans):
            citation = self._item(grammar.ITEM_RE.fullmatch(text, start, end), before)
            if citation is None:
                continue
            pinpoint = _pinpoint(pin) if i == len(spans) - 1 else None
            out.append(
                (start, self._make(citation, pid, offset, start, end, text, role=role, pinpoint=pinpoint))
            )
        return out, m.end() + (pin.end() if pin else 0)

    def _item(self, item: regex.Match, before: str) -> Citation | None:
        """The document one item names, given the words before its group (``大会第…``, ``人权理事会第…``)."""
        if item["roman"]:
            return self.resolver.old_ga(int(item["onum"].translate(_FULLWIDTH)), item["roman"], item["opart"])
        if item["gnum"]:
            session = item["session"].translate(_FULLWIDTH)
            if grammar.HRC_CONTEXT.search(before):
                return self.resolver.hrc(session, item["gnum"].translate(_FULLWIDTH))
            if grammar.CHR_CONTEXT.search(before):
                return self.resolver.chr(session, item["gnum"].translate(_FULLWIDTH))
            if grammar.ECOSOC_CONTEXT.search(before) or (session.isdigit() and len(session) == 4):
                return self.resolver.ecosoc(session, item["gnum"].translate(_FULLWIDTH))
            return self.resolver.ga(session, item["gnum"].translate(_FULLWIDTH), item["part"])
        number = int(item["num"].translate(_FULLWIDTH))
        year = int(item["year"].translate(_FULLWIDTH)) if item["year"] else None
        if year is None and not grammar.SC_CONTEXT.search(before):
            if grammar.GA_CONTEXT.search(before):
                return self.resolver.ga_number(number)
            if grammar.OTHER_BODY_CONTEXT.search(before):
                return None  # "缔约国大会第 2 号决议": another body's resolution, not a UN document symbol
        return self.resolver.sc(number, year)

    def _unclosed(
        self, pid: str | None, offset: int, text: str, m: regex.Match
    ) -> list[tuple[int, Citation]]:
        """An enumeration opened by ``第`` but not closed by ``号决议``: one group, the defect at its end."""
        self.group += 1
        items = list(grammar.ITEM_WITH_YEAR_RE.finditer(text, m.start(), m.end()))
        out = []
        for i, item in enumerate(items):
            number, year = int(item["num"].translate(_FULLWIDTH)), int(item["year"].translate(_FULLWIDTH))
            defects = ("unclosed-enumeration",) if i == len(items) - 1 else ()
            made = self._make(
                self.resolver.sc(number, year), pid, offset, item.start(), item.end(), text, defects=defects
            )
            out.append((item.start(), made))
        return out

    def _internal_refs(self, pid: str | None, offset: int, text: str, work: str) -> None:
        for m in _matches(grammar.INTERNAL_REF, work):
            if not m["prefix"] and self._points_elsewhere(pid, m.start(), work):
                continue
            for ref in grammar.REF_NUMBER.finditer(m["list"]):
                number = ref["n"].translate(_FULLWIDTH)
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

    def _points_elsewhere(self, pid: str | None, start: int, work: str) -> bool:
        """Whether an unprefixed ``第 N 段`` more likely means a paragraph of another document.

        ``上文第 7 段`` and ``本决议第 7 段`` always mean this resolution. A bare ``第 7 段`` does too,
        unless the sentence names another document before it (``秘书长报告……第 21 段``), or the
        sub-paragraph's lead-in does (``决定对第 2628(2022)号决议作如下修改：(a) 回顾第 22 段``).
        """
        if grammar.FOREIGN_CONTEXT.search(work[:start].replace(_MASK, "号")):
            return True
        if self.citing.get(pid, len(work)) < start:
            return True
        parent = self.parents.get(pid)
        while parent is not None:
            if parent in self.citing:
                return True
            parent = self.parents.get(parent)
        return False

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
    ) -> Citation:
        written = text[start:end]
        return Citation(
            *citation[:2],
            text=written,
            span=self.document.span_of(offset + start, offset + end),
            paragraph=pid,
            group=self.group,
            number=citation.number,
            year=citation.year,
            year_source=citation.year_source,
            written_year=citation.written_year,
            session=citation.session,
            part=citation.part,
            role=role,
            form=form or "resolution",
            pinpoint=pinpoint,
            url=citation.url,
            extent=(offset + start, offset + end),
            defects=defects + _width_defects(written),
            date=citation.date,
            title=citation.title,
        )


def _matches(pattern: regex.Pattern, work: str) -> Iterator[regex.Match]:
    """The matches of ``pattern`` in ``work``, skipping the search when its key characters are absent."""
    if any(key in work for key in grammar.KEY_CHARACTERS[pattern]):
        yield from pattern.finditer(work)


def _pinpoint(match: regex.Match | None) -> str | None:
    """The pinpoint as written, without the bracket that may close the symbol before it."""
    return match.group(0).strip().lstrip(")）").strip() if match else None


def _width_defects(written: str) -> tuple[str, ...]:
    defects = []
    if not _ASCII_DIGITS.isdisjoint(written) and not _WIDE_DIGITS.isdisjoint(written):
        defects.append("mixed-width-digits")
    if not _ASCII_BRACKETS.isdisjoint(written) and not _WIDE_BRACKETS.isdisjoint(written):
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
    resolver = resolver_for(register or default_register(), link_style, lang or document.language)
    return Extractor(document, resolver).run()
