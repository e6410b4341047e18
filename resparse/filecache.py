"""Read a file once per version of it: configuration and register files serve every file of a run.

A version is the file's absolute path, modification time and size, so a file edited between two runs
of one process (a notebook, a service) is read again, and a relative path means the same file after a
change of directory only if it is the same file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")


def per_version(read: Callable[[str], T]) -> Callable[[str | os.PathLike[str]], T]:
    """Wrap ``read(path)`` so that it runs once per version of the file; errors are never cached."""

    @lru_cache(maxsize=64)
    def cached(path: str, where: str, mtime: int, size: int) -> T:
        return read(path)  # the path as given: messages and results name the file as the caller did

    @wraps(read)
    def reader(path: str | os.PathLike[str]) -> T:
        path = os.fspath(path)
        try:
            status = os.stat(path)
        except OSError:
            return read(path)  # the reader says what is wrong
        return cached(path, os.path.abspath(path), status.st_mtime_ns, status.st_size)

    return reader
