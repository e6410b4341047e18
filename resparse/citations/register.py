"""The registers of resolutions: which year each Security Council number was adopted in, which
numbers each General Assembly session reached, and (from a full register) dates and titles.

The package carries its own tables — the Council's year boundaries (first and last resolution of each
year, 1946 onwards) and the Assembly's sessions (last number of each session it knows) — so numbers
can be dated and checked without extra files. A full register CSV can be loaded on top to add dates
and titles: the Council's (columns ``number, symbol, year, date, topic, title``) or the Assembly's
(``symbol, session, number, part, date, title``), or one file with rows of both.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from resparse.errors import InputError
from resparse.filecache import per_version
from resparse.grammar.compiled import compile


class Entry(NamedTuple):
    number: int
    year: int
    date: str | None = None
    title: str | None = None
    topic: str | None = None


class Session(NamedTuple):
    """One session of the General Assembly: the last resolution number it reached, and whether it is
    still open (the last one listed, and any special or emergency session, which may resume)."""

    name: str
    last: int
    open: bool = False


class GAEntry(NamedTuple):
    """One General Assembly resolution (one part of it) of a full register."""

    session: str
    number: int
    part: str | None
    date: str | None = None
    title: str | None = None


_GAKey = tuple[str, int, str | None]


class Register:
    """Year boundaries plus, optionally, per-resolution entries; the Assembly's sessions and entries."""

    def __init__(
        self,
        boundaries: Sequence[tuple[int, int, int]],
        entries: Mapping[int, Entry] | None = None,
        sessions: Sequence[Session] = (),
        ga_entries: Mapping[_GAKey, GAEntry] | None = None,
    ) -> None:
        self.boundaries = tuple(boundaries)
        self._firsts = [first for _, first, _ in self.boundaries]
        self._years = [year for year, _, _ in self.boundaries]
        # Read-only: resolvers remember what a register told them (use ``with_csv`` for another one).
        self.entries: Mapping[int, Entry] = MappingProxyType(dict(entries or {}))
        self.last_number = max([last for _, _, last in self.boundaries] + list(self.entries))
        self.sessions: Mapping[str, Session] = MappingProxyType({s.name: s for s in sessions})
        self.ga_entries: Mapping[_GAKey, GAEntry] = MappingProxyType(dict(ga_entries or {}))

    def __reduce__(self) -> tuple[type[Register], tuple[object, ...]]:
        # A read-only mapping does not pickle: the values are handed over as plain ones.
        return (
            Register,
            (self.boundaries, dict(self.entries), tuple(self.sessions.values()), dict(self.ga_entries)),
        )

    def ga_entry(self, session: str, number: int, part: str | None) -> GAEntry | None:
        """The full register's row of an Assembly resolution (that part of it), if it has one."""
        return self.ga_entries.get((session, number, part))

    def beyond_session(self, session: str, number: int) -> int | None:
        """The last number of a closed session when ``number`` lies beyond it (else ``None``)."""
        known = self.sessions.get(session)
        if known is None or known.open or number <= known.last:
            return None
        return known.last

    def year_of(self, number: int) -> int | None:
        """The adoption year of resolution ``number``, or ``None`` when there is no such resolution."""
        if number < 1 or number > self.last_number:
            return None
        entry = self.entries.get(number)
        if entry:
            return entry.year
        at = bisect_right(self._firsts, number) - 1
        return self._years[at] if at >= 0 else None  # below the first boundary: a number it does not know

    def entry(self, number: int) -> Entry | None:
        year = self.year_of(number)
        if year is None:
            return None
        return self.entries.get(number) or Entry(number, year)

    def with_csv(self, path: str | Path) -> Register:
        """A register that also knows the dates and titles of ``path`` (a full register CSV): rows of the
        Council (``number, year``) or of the Assembly (``session, number, part``), told by their columns
        or their symbol."""
        entries = dict(self.entries)
        ga_entries = dict(self.ga_entries)
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                columns = set(reader.fieldnames or ())
                if not ({"number", "year"} <= columns or {"session", "number"} <= columns):
                    raise KeyError("number and year, or session and number")
                for row in reader:
                    symbol = (row.get("symbol") or "").strip()
                    if symbol.startswith("A/") or (not symbol and row.get("session") and not row.get("year")):
                        entry = _ga_row(row)
                        ga_entries[(entry.session, entry.number, entry.part)] = entry
                        continue
                    number = int(row["number"])
                    entries[number] = Entry(
                        number,
                        int(row["year"]),
                        row.get("date") or None,
                        row.get("title") or None,
                        row.get("topic") or None,
                    )
        except FileNotFoundError:
            raise InputError(f"{path}: register file not found") from None
        except (KeyError, ValueError, TypeError) as exc:
            raise InputError(f"{path}: not a register CSV (needs {exc})") from None
        return Register(self.boundaries, entries, tuple(self.sessions.values()), ga_entries)


def _ga_row(row: dict[str, str]) -> GAEntry:
    session = (row.get("session") or "").strip()
    number = (row.get("number") or "").strip()
    if not session or not number:  # read them off the symbol: A/RES/75/101 A
        m = _GA_SYMBOL.match((row.get("symbol") or "").strip())
        if m is None:
            raise ValueError(f"session and number, or an A/RES/ symbol (got {row.get('symbol')!r})")
        session, number = m["session"], m["number"]
        part = m["part"]
    else:
        part = (row.get("part") or "").strip() or None
    return GAEntry(session, int(number), part, row.get("date") or None, row.get("title") or None)


_GA_SYMBOL = compile(r"^A/RES/(?P<session>(?:E?S-)?\d+)/(?P<number>\d+)(?:\s*(?P<part>[A-Z](?:-[A-Z])?))?$")


@lru_cache(maxsize=1)
def default_register() -> Register:
    """The register built from the package's own tables: the Council's years, the Assembly's sessions."""
    rows = []
    data = Path(__file__).resolve().parent / "data"
    for line in _table(data / "sc_year_boundaries.tsv"):
        year, first, last = (int(v) for v in line)
        rows.append((year, first, last))
    table = _table(data / "ga_sessions.tsv")
    numbered = [line[0] for line in table if line[0].isdigit()]
    latest = max(numbered, key=int) if numbered else None
    sessions = [
        Session(name, int(last), open=not name.isdigit() or name == latest) for name, _, last, *_ in table
    ]
    return Register(rows, sessions=sessions)


def _table(path: Path) -> list[list[str]]:
    """The rows of a tab-separated table of the package (comments and the header left out)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return rows[1:]


def load_register(path: str | Path | None) -> Register:
    """The register for a run: the package's own, or with a full register CSV on top of it.

    A CSV is read once per version of the file (not once per checked file).
    """
    return _with_csv(str(path)) if path else default_register()


@per_version
def _with_csv(path: str) -> Register:
    return default_register().with_csv(path)
