"""Many files at a time: a process pool, results in input order, progress on a terminal.

Each file is handled by a top-level function (so it pickles into a worker process) that returns an
:class:`Outcome`: the command's result for that file, or the one-line reason it could not be read.
Results stream back in input order while later files are still being worked on; memory holds only the
files in flight, so it does not grow with the corpus.
"""

from __future__ import annotations

import glob
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from resparse import api
from resparse.errors import InputError
from resparse.filecache import per_version

#: What ``check DIR`` and the corpus commands look for below a directory.
SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm", ".xml", ".akn")
_SUFFIXES_BYTES = tuple(os.fsencode(suffix) for suffix in SUFFIXES)
#: Runs of at most this many files, together smaller than this, are not worth a process pool.
SERIAL_FILES = 16
SERIAL_BYTES = 512 * 1024


@dataclass(frozen=True)
class Options:
    """Everything a worker needs to handle one file, picklable."""

    input_format: str | None = None
    encoding: str | None = None
    register: str | None = None
    link_style: str = "undocs"
    lang: str | None = None
    config: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_level: str | None = None
    message_lang: str | None = None
    #: "jsonl": the worker renders its file's JSON line itself, so that only a string travels back and
    #: the main process is not the bottleneck of a parallel run.
    output: str | None = None
    kind: str = "all"
    distinct: bool = False


@dataclass
class Outcome:
    """The result for one file, in the order the files were given."""

    file: str
    result: Any = None
    error: str | None = None
    fatal: bool = False  # a configuration error: the run stops
    size: int = 0
    stats: dict[str, int] = field(default_factory=dict)


def expand(paths: Iterable[str]) -> list[str]:
    """Files named, files matching glob patterns, and the files below each directory named (sorted)."""
    return list(iter_files(paths))


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Like :func:`expand`, one name at a time: a corpus of any size is walked without listing it whole."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # one path, not its characters
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


def _kind(entry: os.DirEntry) -> str:
    """``folder`` (a real one), ``file``, or ``link`` for a link to a folder."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        return "link" if entry.is_dir() else "file"
    except OSError:
        return "file"  # reading it will say what is wrong


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(
    files: Iterable[str], work: Callable[[str, Options], Outcome], options: Options, jobs: int, total: int = 0
) -> Iterator[Outcome]:
    """``work`` on every file, ``jobs`` at a time, yielding outcomes in input order.

    A few small files (a pre-commit hook's staged drafts) are worked on in this process: starting a
    pool costs more than it saves below about half a megabyte of text.
    """
    files = iter(files)
    head = list(islice(files, SERIAL_FILES + 1))
    files = chain(head, files)
    if jobs <= 1 or len(head) <= 1 or (len(head) <= SERIAL_FILES and sum(map(_size, head)) < SERIAL_BYTES):
        yield from (_guarded(work, options, name) for name in files)
        return
    from concurrent.futures import ProcessPoolExecutor  # only a corpus pays for multiprocessing

    chunk = max(1, min(16, total // (jobs * 8)))
    batches = iter(lambda: list(islice(files, chunk)), [])
    # A window of batches in flight, not the whole corpus: memory stays flat however many files there are.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window = deque(pool.submit(_batch, work, options, batch) for batch in islice(batches, jobs * 4))
        while window:
            yield from window.popleft().result()
            batch = next(batches, None)
            if batch is not None:
                window.append(pool.submit(_batch, work, options, batch))


def _batch(work: Callable[[str, Options], Outcome], options: Options, names: list[str]) -> list[Outcome]:
    return [_guarded(work, options, name) for name in names]


def _guarded(work: Callable[[str, Options], Outcome], options: Options, name: str) -> Outcome:
    try:
        return work(name, options)
    except InputError as exc:
        return Outcome(name, error=str(exc))
    except Exception as exc:  # one bad file must not end a corpus run; report it on its line
        return Outcome(name, error=f"{name}: internal error ({type(exc).__name__}: {exc})")


def _size(name: str) -> int:
    try:
        return 0 if name == "-" else os.path.getsize(name)
    except OSError:
        return 0


def _register(path: str | None):
    """The register for a run: the package's own, or a CSV read once per version of it (not per file)."""
    if not path:
        from resparse.citations.register import default_register

        return default_register()
    return _register_csv(path)


@per_version
def _register_csv(path: str):
    from resparse.citations.register import default_register

    return default_register().with_csv(path)


def split_one(name: str, options: Options) -> Outcome:
    document = api.load(name, input_format=options.input_format, encoding=options.encoding)
    result = document
    if options.output == "jsonl":
        from resparse.render.json import document_dict

        result = _line(document_dict(document))
    return Outcome(document.file, result, size=_size(name), stats={"paragraphs": len(document.paragraphs)})


def _line(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False)


def refs_one(name: str, options: Options) -> Outcome:
    document = api.load(name, input_format=options.input_format, encoding=options.encoding)
    references = api.refs(
        document, register=_register(options.register), link_style=options.link_style, lang=options.lang
    )
    stats = {"paragraphs": len(document.paragraphs), "citations": len(references.citations)}
    result = references
    if options.output == "jsonl":
        from resparse.render.refs import refs_dict

        result = _line(refs_dict(references, options.kind, options.distinct))
    return Outcome(document.file, result, size=_size(name), stats=stats)


def check_one(name: str, options: Options) -> Outcome:
    from resparse import config as configuration
    from resparse.checks import Selection, check

    try:
        settings = configuration.for_file(name, options.config)
    except configuration.ConfigError as exc:
        return Outcome(name, error=str(exc), fatal=True)
    register = _register(options.register or (str(settings.register) if settings.register else None))
    document = api.load(name, input_format=options.input_format, encoding=options.encoding)
    references = api.refs(document, register=register)
    selection = Selection(
        select=options.select or settings.select or ("ALL",),
        ignore=(*settings.ignore, *options.ignore),
        min_level=options.min_level or settings.min_level or "note",
    )
    findings = check(
        references,
        register=register,
        lang=options.message_lang or settings.message_lang or "en",
        selection=selection,
        file_ignores=settings.ignores_for(name),
    )
    stats = {
        "paragraphs": len(document.paragraphs),
        "citations": len(references.citations),
        "findings": len(findings),
    }
    return Outcome(document.file, findings, size=_size(name), stats=stats)


class Progress:
    """A progress bar on stderr when it is a terminal (files, MB/s, ETA), and the closing summary."""

    def __init__(self, total: int, quiet: bool = False) -> None:
        self.shown = not quiet and sys.stderr.isatty()
        self.started = time.perf_counter()
        self.totals: dict[str, int] = {"files": 0, "unreadable": 0, "bytes": 0}
        self.bar = None
        if self.shown and total > 1:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import (
                Progress as Bar,
            )

            self.bar = Bar(
                TextColumn("[bold]resparse"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files"),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.bar.add_task("files", total=total, rate="")
            self.bar.start()

    def advance(self, outcome: Outcome) -> None:
        self.totals["files"] += 1
        self.totals["bytes"] += outcome.size
        if outcome.error:
            self.totals["unreadable"] += 1
        for key, value in outcome.stats.items():
            self.totals[key] = self.totals.get(key, 0) + value
        if self.bar is not None:
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            self.bar.update(self.task, advance=1, rate=f"{self.totals['bytes'] / elapsed / 1e6:.2f} MB/s")

    def stop(self) -> None:
        """Take the bar off the screen (when the files are done, before their results are shown)."""
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

    def close(self) -> None:
        """The summary line, after everything else: only for a corpus (one file needs no summary)."""
        self.stop()
        if not self.shown or self.totals["files"] < 2:
            return
        t = self.totals
        elapsed = time.perf_counter() - self.started
        parts = [f"{t['files']} files"]
        parts += [f"{t[key]} {key}" for key in ("paragraphs", "citations", "findings") if key in t]
        if t["unreadable"]:
            parts.append(f"{t['unreadable']} unreadable")
        parts.append(f"{t['bytes'] / 1e6:.1f} MB in {elapsed:.2f} s")
        print("resparse: " + ", ".join(parts), file=sys.stderr)
