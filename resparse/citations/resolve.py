"""Canonical symbols and links for cited documents.

Security Council resolutions are written ``S/RES/1373 (2001)``; their links drop the space:
``https://undocs.org/ch/S/RES/1373(2001)`` (or ``https://docs.un.org/zh/…`` with the ``docs`` style).
A year-less citation takes its year from the register and says so (``year_source: "register"``).

Which body adopted a cited resolution decides its symbol: ``71/291`` is ``A/RES/71/291`` when the
Assembly adopted it, ``A/HRC/RES/…`` when the Human Rights Council did, and nothing at all when the
body is one whose symbols are not known, or when the number cannot be one of that body's (the Assembly
numbered its resolutions by session only from its thirty-first session, and never by year).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple
from urllib.parse import unquote

from resparse.citations.register import Register
from resparse.grammar import citations as grammar
from resparse.model import Citation, CitationType

#: The UN's official languages, as a link's language segment is asked for (``ch`` is undocs.org's Chinese).
LINK_LANGUAGES = frozenset(("zh", "ch", "en", "fr", "es", "ru", "ar"))
#: Language segments of each link style: undocs.org calls Chinese "ch", docs.un.org "zh".
_LANG_SEGMENT = {"undocs": {"zh": "ch"}, "docs": {"ch": "zh"}}
_HOSTS = {"undocs": "https://undocs.org", "docs": "https://docs.un.org"}
_SERIES = {"s", "a", "e", "res", "prst", "hrc"}
_CACHE_LIMIT = 65536


class Resolved(NamedTuple):
    """Which document a citation names; :mod:`resparse.citations.extract` adds where it is written."""

    symbol: str | None
    type: CitationType
    number: int | None = None
    year: int | None = None
    year_source: str | None = None
    written_year: int | None = None
    session: str | None = None
    part: str | None = None
    url: str | None = None
    date: str | None = None
    title: str | None = None
    organ: str | None = None


class Item(NamedTuple):
    """One item of an enumeration as the grammar read it, before its body is known.

    ``shape``: ``sc`` (``1373(2001)``, ``2178``), ``slash`` (``71/291``, ``S-27/2``, ``2017/23``), ``old``
    (``1514(XV)``), ``han`` (``一㈠``) or ``treaty`` (``1/CP.21``). ``part`` is the part letters as a
    symbol writes them (``A``, ``A-C``, ``A, C``).
    """

    shape: str
    number: int
    year: int | None = None
    session: str | None = None
    roman: str | None = None
    part: str | None = None
    decision: bool = False


class Resolver:
    """Names the document behind what the grammar matched: symbol, type, year and link."""

    def __init__(
        self, register: Register, link_style: str = "undocs", lang: str = "zh", own: str | None = None
    ) -> None:
        if link_style not in _HOSTS:
            raise ValueError(f"unknown link style {link_style!r} (undocs or docs)")
        if lang not in LINK_LANGUAGES:
            raise ValueError(f"unknown link language {lang!r} (one of {', '.join(sorted(LINK_LANGUAGES))})")
        self.register = register
        #: The organ of the citing document, which stands in where a citation names no body.
        self.own = own
        self.link_style = link_style
        self.lang = _LANG_SEGMENT[link_style].get(lang, lang)
        #: Resolutions already named: a document cites the same few many times, a corpus even more so.
        self._sc: dict[tuple[int, int | None], Resolved] = {}

    def url(self, symbol: str) -> str:
        return f"{_HOSTS[self.link_style]}/{self.lang}/{symbol.replace(' ', '')}"

    def sc(self, number: int, year: int | None) -> Resolved:
        key = (number, year)
        if (known := self._sc.get(key)) is None:
            if len(self._sc) >= _CACHE_LIMIT:
                self._sc.clear()
            known = self._sc[key] = self._resolve_sc(number, year)
        return known

    def _resolve_sc(self, number: int, year: int | None) -> Resolved:
        """The resolution numbered ``number``: when the register knows it, the real document, whatever
        year the text gives it (the year as written is kept, and the linter reports a wrong one)."""
        register_year = self.register.year_of(number)
        resolved = register_year if register_year is not None else year
        symbol = f"S/RES/{number} ({resolved})" if resolved else f"S/RES/{number}"
        entry = self.register.entries.get(number)
        source: str | None = "register"  # missing, or wrong, in the text
        if register_year is None or year == register_year:
            source = "text" if year is not None else None
        return Resolved(
            symbol=symbol,
            type="sc-resolution",
            number=number,
            year=resolved,
            year_source=source,
            written_year=year,
            url=self.url(symbol),
            date=entry.date if entry else None,
            title=entry.title if entry else None,
            organ="sc",
        )

    def item(self, item: Item, organ: str | None) -> Resolved:
        """The document an item of a ``第……号决议`` (or ``号决定``) names, given the body that adopted it
        (``None``: the text names none, and the document's own organ stands in)."""
        if item.shape == "sc":
            council = item.year is not None or organ == "sc" or (organ is None and self.own in (None, "sc"))
            if council and not item.decision:
                return self.sc(item.number, item.year)
            return self.unnamed(organ or self.own, item)
        if item.shape == "treaty":  # 第1/CP.21号决定: a treaty body's, whatever the text names
            return self.unnamed("other", item)
        if item.shape == "han":  # 第一㈠号: the Assembly's first session
            return self._ga_old(item, item.roman or "I")
        if item.shape == "old":
            if organ in (None, "ga", "joint", "sc") and not item.decision:
                return self._ga_old(item, item.roman or "")
            if organ == "ecosoc" and not item.decision:
                return self._other(f"E/RES/{item.number}({item.roman})", "ecosoc-resolution", item, "ecosoc")
            return self.unnamed(organ, item)
        return self._by_session(item, organ)

    def _by_session(self, item: Item, organ: str | None) -> Resolved:
        session = item.session or ""
        special = not session.isdigit()
        yearly = session.isdigit() and len(session) == 4 and 1946 <= int(session) <= 2099
        if organ == "council":  # "理事会" with no council named before it: which one is not known
            return self.unnamed(None, item)
        body = organ if organ not in (None, "joint") else (self.own or "ga")
        if body == "sc":  # the Council numbers its resolutions by year in brackets, not by session
            body = "ga" if organ == "joint" or organ is None else body
        series = "DEC" if item.decision else "RES"
        kind: CitationType = "decision" if item.decision else "resolution"
        if body == "ecosoc" and yearly:
            return self._other(
                f"E/{series}/{session}/{item.number}",
                kind if item.decision else "ecosoc-resolution",
                item,
                body,
            )
        if body == "chr" and yearly:
            return self._other(f"E/CN.4/{series}/{session}/{item.number}", kind, item, body)
        if body == "hrc" and not yearly and not session.startswith("ES"):
            return self._other(
                f"A/HRC/{series}/{session}/{item.number}",
                kind if item.decision else "hrc-resolution",
                item,
                body,
            )
        if body == "unea" and session.isdigit() and not yearly:
            return self._other(f"UNEP/EA.{session}/{series.title()}.{item.number}", kind, item, body)
        if body == "ga" and (special or (session.isdigit() and 31 <= int(session) < 1000)):
            return self._other(
                f"A/{series}/{session}/{item.number}", kind if item.decision else "ga-resolution", item, body
            )
        if body in ("ecosoc", "chr") and not yearly and organ is None:
            # An ECOSOC text citing 71/291 without a body: the Assembly's numbering, not the Council's.
            return self._by_session(item, "ga")
        # Another body's (a commission, a conference of the parties): no symbol. A UN organ whose
        # numbering the number cannot be (the Assembly's 2017/23): whose it is, is not known.
        return self.unnamed(organ if organ == "other" else None, item)

    def _ga_old(self, item: Item, roman: str) -> Resolved:
        """``A/RES/1514(XV)``; a part goes before the session: ``A/RES/217 A(III)``."""
        part = f" {item.part}" if item.part else ""
        symbol = f"A/RES/{item.number}{part}({roman})"
        return Resolved(
            symbol=symbol,
            type="ga-resolution",
            number=item.number,
            session=roman,
            part=item.part,
            url=self.url(symbol),
            organ="ga",
        )

    def unnamed(self, organ: str | None, item: Item) -> Resolved:
        """A resolution or decision whose symbol cannot be named: its body (when known) and number only."""
        kind: CitationType = "decision" if item.decision else "resolution"
        return Resolved(
            symbol=None, type=kind, number=item.number, session=item.session, part=item.part, organ=organ
        )

    def chr(self, year: str, number: str) -> Resolved:
        """A resolution of the former Commission on Human Rights (``人权委员会第 2005/80 号决议``)."""
        return self._other(f"E/CN.4/RES/{year}/{int(number)}", "resolution", None, "chr", int(number), year)

    def hrc(self, session: str, number: str) -> Resolved:
        return self._other(
            f"A/HRC/RES/{session}/{int(number)}", "hrc-resolution", None, "hrc", int(number), session
        )

    def ecosoc(self, year: str, number: str) -> Resolved:
        return self._other(
            f"E/RES/{year}/{int(number)}", "ecosoc-resolution", None, "ecosoc", int(number), year
        )

    def symbol(self, written: str) -> Resolved:
        """A citation written as a document symbol."""
        symbol = (
            grammar.WRITTEN_YEAR.sub(r" (\1)", written)
            .replace("\u2011", "-")
            .replace("–", "-")
            .replace("/ ", "/")
        )
        if m := grammar.SC_RES_SYMBOL.match(symbol):
            return self.sc(int(m["num"]), int(m["year"]) if m["year"] else None)
        if m := grammar.GA_RES_SYMBOL.match(symbol):
            return Resolved(
                symbol=symbol,
                type="ga-resolution",
                number=int(m["num"]),
                session=m["session"],
                url=self.url(symbol),
                organ="ga",
            )
        organ = next((code for code, pattern in grammar.ORGAN_SYMBOLS if pattern.match(symbol)), None)
        kind: CitationType = "document"
        if organ is not None:
            kind = (
                "decision"
                if "/DEC/" in symbol or "/Dec." in symbol
                else _RESOLUTION_TYPES.get(organ, "resolution")
            )
        return Resolved(symbol=symbol, type=kind, url=self.url(symbol), organ=organ)

    def _other(
        self,
        symbol: str,
        kind: CitationType,
        item: Item | None,
        organ: str,
        number: int | None = None,
        session: str | None = None,
    ) -> Resolved:
        """A resolution or decision of any body but the Security Council, with its part letters."""
        part = item.part if item is not None else None
        if part:
            symbol = f"{symbol} {part}"
        entry = None
        if organ == "ga" and item is not None and item.session and not item.decision:
            entry = self.register.ga_entry(item.session, item.number, part)
        return Resolved(
            symbol=symbol,
            type=kind,
            number=item.number if item is not None else number,
            session=session if session is not None else (item.session if item is not None else None),
            part=part,
            url=self.url(symbol),
            date=entry.date if entry else None,
            title=entry.title if entry else None,
            organ=organ,
        )


_RESOLUTION_TYPES: dict[str, CitationType] = {
    "ga": "ga-resolution",
    "hrc": "hrc-resolution",
    "ecosoc": "ecosoc-resolution",
}


@lru_cache(maxsize=4096)
def symbol_of_url(url: str) -> str | None:
    """The canonical symbol a UN document link points at, or ``None`` for other links.

    Cached: a corpus links the same few thousand documents over and over.
    """
    m = grammar.URL.match(url.strip())
    if not m:
        return None
    symbol = unquote(m["symbol"]).strip("/ ")
    # Series names are upper case ("S/res/2467" is a typing slip); "Add.1", "Corr.1", "Rev.1" are not.
    parts = [p.upper() if p.lower() in _SERIES else p for p in symbol.split("/")]
    return grammar.URL_YEAR.sub(r" (\1)", "/".join(parts))


def document_key(symbol: str | None) -> str | None:
    """How symbols of one document compare equal: without spaces, not case-sensitive (S/Agenda = S/AGENDA),
    and without the qualifier a link gives the part of a document it points at (``(Sect.26)``)."""
    if not symbol:
        return None
    if "(" in symbol and not symbol.startswith("S/RES/"):
        symbol = grammar.URL_QUALIFIER.sub("", symbol)
    return symbol.replace(" ", "").replace("\u00a0", "").upper()


def keys_of(citation: Citation) -> frozenset[str]:
    """The document keys a link to ``citation`` may carry: its symbol's, and that of the symbol as the
    text wrote it when its year is wrong (a link made from the text repeats the text's mistake, which
    the year rule reports; it is not a link to another document)."""
    keys = {document_key(citation.symbol) or ""} if citation.symbol else set()
    if citation.type == "sc-resolution" and citation.written_year not in (None, citation.year):
        keys.add(document_key(f"S/RES/{citation.number} ({citation.written_year})") or "")
    if citation.part and citation.symbol and " " in citation.symbol:
        # A link to the resolution as a whole (A/RES/72/262) is a link to each of its parts (72/262 C);
        # a link to a run of parts (…/74/255a-b) to each part in it; a link to one part (…/53/243b) to
        # the parts cited together with it (53/243 A和B).
        base = document_key(citation.symbol.replace(f" {citation.part}", "")) or ""
        keys.add(base)
        letters = _letters(citation.part)
        if len(base) and not base.endswith(")"):
            keys.update(base + letter for letter in letters)
            for first in _PART_LETTERS:
                for last in _PART_LETTERS:
                    if first < last and all(first <= letter <= last for letter in letters):
                        keys.add(f"{base}{first}-{last}")
    return frozenset(keys)


_PART_LETTERS = "ABCDEFGH"


def _letters(part: str) -> list[str]:
    """``A-C`` → A, B, C; ``A, C`` → A, C; ``AA`` → AA."""
    if "-" in part and len(part) == 3:
        return [chr(c) for c in range(ord(part[0]), ord(part[2]) + 1)]
    return [letter.strip() for letter in part.replace("-", ",").split(",") if letter.strip()]


def within_parts(target: str, citation: Citation) -> bool:
    """Whether a link to several parts (``A/RES/74/255a-b``) covers the part a citation names (``B``)."""
    m = grammar.LINKED_PARTS.match(target)
    if m is None or not citation.part or not citation.symbol:
        return False
    base = citation.symbol.replace(f" {citation.part}", "")
    if document_key(base) != document_key(m["base"]):
        return False
    first, last = m["first"].upper(), (m["last"] or m["first"]).upper()
    return all(
        first <= letter <= last for letter in citation.part.replace(",", " ").replace("-", " ").split()
    )


def body_of_symbol(symbol: str | None) -> str | None:
    """The organ whose resolutions and decisions a symbol's series is (``A/HRC/RES/`` → ``hrc``)."""
    if not symbol:
        return None
    if symbol.startswith("S/RES/"):
        return "sc"
    return next((code for code, pattern in grammar.ORGAN_SYMBOLS if pattern.match(symbol)), None)


def citation_type(symbol: str, organ: str) -> CitationType:
    """The citation type of a resolution or decision symbol of ``organ``."""
    if "/DEC/" in symbol or "/Dec." in symbol:
        return "decision"
    return "sc-resolution" if organ == "sc" else _RESOLUTION_TYPES.get(organ, "resolution")


def is_possible(symbol: str) -> bool:
    """Whether a resolution symbol is one its body could have issued: the Assembly numbered by session
    only from its thirty-first session, the Economic and Social Council numbers by year."""
    m = grammar.SESSION_AND_NUMBER.search(symbol)
    if m is None:
        return True
    session = m["session"]
    if symbol.startswith(("A/RES/", "A/DEC/")) and session.isdigit():
        return 31 <= int(session) < 1000
    if symbol.startswith(("E/RES/", "E/DEC/")):
        return session.isdigit() and 1946 <= int(session) <= 2100
    if symbol.startswith("A/HRC/"):
        return not session.startswith("ES") and (not session.isdigit() or int(session) < 1000)
    return True


def same_number(symbol: str, citation: Citation) -> bool:
    """Whether a symbol ends with the session (or year) and number a citation writes: ``…/34/24``."""
    if citation.number is None or not citation.session:
        return False
    m = grammar.SESSION_AND_NUMBER.search(symbol)
    return (
        m is not None
        and m["session"].upper() == citation.session.upper()
        and int(m["number"]) == citation.number
    )


def same_document(a: str | None, b: str | None) -> bool:
    """Whether two symbols name the same document."""
    return a is not None and document_key(a) == document_key(b)


def language_of_url(url: str) -> str | None:
    m = grammar.URL.match(url.strip())
    return m["lang"].lower() if m and m["lang"] else None


@lru_cache(maxsize=64)
def resolver_for(
    register: Register, link_style: str = "undocs", lang: str = "zh", own: str | None = None
) -> Resolver:
    """One resolver per register, style and citing organ, so its cache serves every document of a run."""
    return Resolver(register, link_style, lang, own)
