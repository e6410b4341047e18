"""Compile each pattern once per installation rather than once per process.

Compiling the grammar's patterns costs about 18 ms, paid by every run — a pre-commit hook pays it on
every commit. The ``regex`` module pickles a compiled pattern *with its compiled code*, so loading it
back is a fraction of a millisecond. The patterns are kept in one file beside the package's bytecode
(``grammar/__pycache__``), named after the ``regex`` and Python versions that compiled them and keyed
by pattern string and flags, so an edited pattern simply misses and is compiled again.

The cache is a convenience: it is not written where bytecode is not (``PYTHONDONTWRITEBYTECODE``, a
read-only install), and a cache that cannot be read is ignored.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
from pathlib import Path

import regex

_KEY = tuple[str | bytes, int]
_FILE = (
    Path(__file__).resolve().parent
    / "__pycache__"
    / f"patterns.regex-{regex.__version__}.py{sys.version_info[0]}{sys.version_info[1]}.pickle"
)


class _Cache:
    def __init__(self) -> None:
        self.patterns: dict[_KEY, regex.Pattern] = {}
        self.used: set[_KEY] = set()
        self.changed = False
        try:
            with open(_FILE, "rb") as handle:
                loaded = pickle.load(handle)
            if isinstance(loaded, dict):
                self.patterns = loaded
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
            self.patterns = {}

    def compile(self, pattern: str | bytes, flags: int) -> regex.Pattern:
        key = (pattern, flags)
        self.used.add(key)
        found = self.patterns.get(key)
        if found is None:
            found = self.patterns[key] = regex.compile(pattern, flags)
            if not self.changed:
                self.changed = True
                atexit.register(self.save)
        return found

    def save(self) -> None:
        """Write the cache (at exit, once something new was compiled) where bytecode may be written."""
        if sys.dont_write_bytecode:
            return
        import tempfile  # only a run that compiled something new writes the cache

        keep = {key: self.patterns[key] for key in self.patterns if key in self.used}
        if len(self.patterns) <= 2 * len(keep):  # other commands' patterns stay, stale ones go in time
            keep = self.patterns
        try:
            _FILE.parent.mkdir(exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=_FILE.parent, prefix=".patterns-")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(keep, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, _FILE)
        except (OSError, pickle.PicklingError):
            Path(temporary).unlink(missing_ok=True)


_cache = _Cache()


def compile(pattern: str | bytes, flags: int = 0) -> regex.Pattern:
    """``regex.compile``, from the installation's cache when it holds the pattern."""
    return _cache.compile(pattern, flags)
