"""Which files a command works on: files named, glob patterns, and the checkable files below folders."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

#: What ``check DIR`` and the corpus commands look for below a directory.
SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm", ".xml", ".akn", ".pdf")
_SUFFIXES_BYTES = tuple(os.fsencode(suffix) for suffix in SUFFIXES)


def expand(paths: Iterable[str]) -> list[str]:
    """Files named, files matching glob patterns, and the files below each directory named (sorted)."""
    return list(iter_files(paths))


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Like :func:`expand`, one name at a time: a corpus of any size is walked without listing it whole."""
    if isinstance(paths, str | os.PathLike):
        paths = [os.fspath(paths)]  # one path, not its characters
    for name in map(str, paths):
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from _walk(name)
        elif name != "-" and not path.exists() and glob.has_magic(name):
            yield from sorted(p for p in glob.glob(name, recursive=True) if Path(p).is_file())
        else:
            yield name


def _walk(folder: str) -> Iterator[str]:
    """Checkable files below ``folder`` in sorted order; hidden files and folders are skipped.

    Only the names of one directory's checkable files and folders are held at a time, as bytes (a
    directory of 30,000 files costs two megabytes), so that the order is deterministic and memory stays
    small. ``os.scandir`` tells files from folders without a ``stat`` call per file; links to folders
    are not followed, so a corpus cannot loop.
    """
    names: list[bytes] = []
    folders: set[bytes] = set()
    try:
        with os.scandir(os.fsencode(folder)) as listing:
            for entry in listing:
                name = entry.name
                if name.startswith(b"."):
                    continue
                kind = _kind(entry)
                if kind == "folder":
                    folders.add(name)
                    names.append(name)
                elif kind == "file" and os.path.splitext(name)[1].lower() in _SUFFIXES_BYTES:
                    names.append(name)
    except OSError:
        return
    names.sort()  # UTF-8 bytes sort as their characters do
    for name in names:
        path = os.path.join(folder, os.fsdecode(name))
        if name in folders:
            yield from _walk(path)
        else:
            yield path


def _kind(entry: os.DirEntry[bytes]) -> str:
    """``folder`` (a real one), ``file``, or ``link`` for a link to a folder."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        return "link" if entry.is_dir() else "file"
    except OSError:
        return "file"  # reading it will say what is wrong
