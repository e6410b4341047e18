"""The register of Security Council resolutions: which year each number was adopted in.

The package carries its own table of year boundaries (first and last resolution number of each year,
1946 onwards), so any number can be dated without extra files. A full register CSV (columns
``number, symbol, year, date, topic, title``) can be loaded on top to add dates and titles.
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


class Entry(NamedTuple):
    number: int
    year: int
    date: str | None = None
    title: str | None = None
    topic: str | None = None


class Register:
    """Year boundaries plus, optionally, per-resolution entries."""

    def __init__(
        self, boundaries: Sequence[tuple[int, int, int]], entries: Mapping[int, Entry] | None = None
    ) -> None:
        self.boundaries = tuple(boundaries)
        self._firsts = [first for _, first, _ in self.boundaries]
        self._years = [year for year, _, _ in self.boundaries]
        # Read-only: resolvers remember what a register told them (use ``with_csv`` for another one).
        self.entries: Mapping[int, Entry] = MappingProxyType(dict(entries or {}))
        self.last_number = max([last for _, _, last in self.boundaries] + list(self.entries))

    def __reduce__(self) -> tuple[type[Register], tuple[tuple[tuple[int, int, int], ...], dict[int, Entry]]]:
        return (Register, (self.boundaries, dict(self.entries)))  # a read-only mapping does not pickle

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
        """A register that also knows the dates and titles of ``path`` (the full register CSV)."""
        entries = dict(self.entries)
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                for row in csv.DictReader(handle):
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
        except (KeyError, ValueError) as exc:
            raise InputError(f"{path}: not a register CSV (needs number and year columns: {exc})") from None
        return Register(self.boundaries, entries)


@lru_cache(maxsize=1)
def default_register() -> Register:
    """The register built from the package's own year table."""
    rows = []
    text = (Path(__file__).resolve().parent / "data" / "sc_year_boundaries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("year") or not line.strip():
            continue
        year, first, last = (int(v) for v in line.split("\t"))
        rows.append((year, first, last))
    return Register(rows)


def load_register(path: str | Path | None) -> Register:
    """The register for a run: the package's own, or with a full register CSV on top of it.

    A CSV is read once per version of the file (not once per checked file).
    """
    return _with_csv(str(path)) if path else default_register()


@per_version
def _with_csv(path: str) -> Register:
    return default_register().with_csv(path)
