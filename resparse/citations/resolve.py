"""Canonical symbols and links for cited documents.

Security Council resolutions are written ``S/RES/1373 (2001)``; their links drop the space:
``https://undocs.org/ch/S/RES/1373(2001)`` (or ``https://docs.un.org/zh/…`` with the ``docs`` style).
A year-less citation takes its year from the register and says so (``year_source: "register"``).
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

    symbol: str
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


class Resolver:
    """Names the document behind what the grammar matched: symbol, type, year and link."""

    def __init__(self, register: Register, link_style: str = "undocs", lang: str = "zh") -> None:
        if link_style not in _HOSTS:
            raise ValueError(f"unknown link style {link_style!r} (undocs or docs)")
        if lang not in LINK_LANGUAGES:
            raise ValueError(f"unknown link language {lang!r} (one of {', '.join(sorted(LINK_LANGUAGES))})")
        self.register = register
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
        )

    def ga(self, session: str, number: str, part: str | None = None) -> Resolved:
        symbol = f"A/RES/{int(session) if session.isdigit() else session}/{int(number)}"
        return self._other(symbol + (f" {part}" if part else ""), "ga-resolution", int(number), session, part)

    def old_ga(self, number: int, session: str, part: str | None = None) -> Resolved:
        return self._other(f"A/RES/{number}({session})", "ga-resolution", number, session, part)

    def ga_number(self, number: int) -> Resolved:
        """``大会第 1514 号决议``: a General Assembly resolution whose session the text does not give."""
        return self._other(f"A/RES/{number}", "ga-resolution", number)

    def chr(self, year: str, number: str) -> Resolved:
        """A resolution of the former Commission on Human Rights (``人权委员会第 2005/80 号决议``)."""
        return self._other(f"E/CN.4/RES/{year}/{int(number)}", "document", int(number), year)

    def hrc(self, session: str, number: str) -> Resolved:
        return self._other(f"A/HRC/RES/{int(session)}/{int(number)}", "document", int(number), session)

    def ecosoc(self, year: str, number: str) -> Resolved:
        return self._other(f"E/RES/{year}/{int(number)}", "document", int(number), year)

    def symbol(self, written: str) -> Resolved:
        """A citation written as a document symbol."""
        symbol = grammar.WRITTEN_YEAR.sub(r" (\1)", written)
        if m := grammar.SC_RES_SYMBOL.match(symbol):
            return self.sc(int(m["num"]), int(m["year"]) if m["year"] else None)
        if m := grammar.GA_RES_SYMBOL.match(symbol):
            return self._other(symbol, "ga-resolution", int(m["num"]), m["session"])
        return self._other(symbol, "document")

    def _other(
        self,
        symbol: str,
        kind: CitationType,
        number: int | None = None,
        session: str | None = None,
        part: str | None = None,
    ) -> Resolved:
        return Resolved(
            symbol=symbol,
            type=kind,
            number=number,
            session=session,
            part=part,
            url=self.url(symbol),
        )


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
    """How symbols of one document compare equal: without spaces, not case-sensitive (S/Agenda = S/AGENDA)."""
    return symbol.replace(" ", "").upper() if symbol else None


def keys_of(citation: Citation) -> frozenset[str]:
    """The document keys a link to ``citation`` may carry: its symbol's, and that of the symbol as the
    text wrote it when its year is wrong (a link made from the text repeats the text's mistake, which
    the year rule reports; it is not a link to another document)."""
    keys = {document_key(citation.symbol) or ""}
    if citation.type == "sc-resolution" and citation.written_year not in (None, citation.year):
        keys.add(document_key(f"S/RES/{citation.number} ({citation.written_year})") or "")
    return frozenset(keys)


def same_document(a: str | None, b: str | None) -> bool:
    """Whether two symbols name the same document."""
    return a is not None and document_key(a) == document_key(b)


def language_of_url(url: str) -> str | None:
    m = grammar.URL.match(url.strip())
    return m["lang"] if m else None


@lru_cache(maxsize=16)
def resolver_for(register: Register, link_style: str = "undocs", lang: str = "zh") -> Resolver:
    """One resolver per register and style, so its cache serves every document of a run."""
    return Resolver(register, link_style, lang)
