"""Many files at a time: a process pool, results in input order.

Each file is handled by a top-level function (so it pickles into a worker process) that returns an
:class:`Outcome`: the command's result for that file, or the one-line reason it could not be read.
Results stream back in input order while later files are still being worked on; memory holds only the
files in flight, so it does not grow with the corpus.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain, islice
from typing import Generic, NamedTuple, TypeVar

from resparse.errors import InputError

T = TypeVar("T")
S = TypeVar("S")
#: Runs of at most this many files, together smaller than this, are not worth a process pool.
SERIAL_FILES = 16
SERIAL_BYTES = 512 * 1024


class Outcome(NamedTuple, Generic[T]):
    """The result for one file, in the order the files were given."""

    file: str
    result: T | None = None
    #: The file's result already rendered, for formats a worker renders on its own (``jsonl``).
    line: str | None = None
    error: str | None = None
    fatal: bool = False  # a configuration error: the run stops
    size: int = 0
    #: What was found, counted for the summary (``paragraphs``, ``citations`` …); none for an error.
    stats: Mapping[str, int] | None = None


Task = Callable[[str, S], Outcome[T]]


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(
    files: Iterable[str], work: Task[S, T], settings: S, jobs: int, total: int = 0
) -> Iterator[Outcome[T]]:
    """``work`` on every file, ``jobs`` at a time, yielding outcomes in input order.

    ``total``, the number of files when known, sizes the batches sent to each worker.

    A few small files (a pre-commit hook's staged drafts) are worked on in this process: starting a
    pool costs more than it saves below about half a megabyte of text.
    """
    names = iter(files)
    head = list(islice(names, SERIAL_FILES + 1))
    names = chain(head, names)
    if jobs <= 1 or len(head) <= 1 or (len(head) <= SERIAL_FILES and sum(map(size_of, head)) < SERIAL_BYTES):
        yield from (guarded(work, settings, name) for name in names)
        return
    from concurrent.futures import ProcessPoolExecutor  # only a corpus pays for multiprocessing

    chunk = max(1, min(16, total // (jobs * 8)))
    batches = iter(lambda: list(islice(names, chunk)), [])
    # A window of batches in flight, not the whole corpus: memory stays flat however many files there are.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window = deque(pool.submit(_batch, work, settings, batch) for batch in islice(batches, jobs * 4))
        while window:
            yield from window.popleft().result()
            batch = next(batches, None)
            if batch is not None:
                window.append(pool.submit(_batch, work, settings, batch))


def _batch(work: Task[S, T], settings: S, names: list[str]) -> list[Outcome[T]]:
    return [guarded(work, settings, name) for name in names]


def guarded(work: Task[S, T], settings: S, name: str) -> Outcome[T]:
    """``work`` on one file; a file that cannot be read (or breaks the parser) is an outcome too."""
    try:
        return work(name, settings)
    except InputError as exc:
        return Outcome(name, error=str(exc))
    except Exception as exc:  # one bad file must not end a corpus run; report it on its line
        return Outcome(name, error=f"{name}: internal error ({type(exc).__name__}: {exc})")


def size_of(name: str) -> int:
    try:
        return 0 if name == "-" else os.path.getsize(name)
    except OSError:
        return 0
