"""Running a command over its files, without the command line: the part both entry points share.

:func:`resparse.app.entry.main` checks plain ``resparse check PATH…`` (a pre-commit hook's call)
without importing click; everything else goes through :mod:`resparse.app.cli`. Both run the files
through a :class:`Runner` and print what the renderers give, so the two paths print the same bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from resparse.app import files as discovery
from resparse.app import pool
from resparse.app.progress import Progress
from resparse.app.settings import CheckSettings, Reading
from resparse.app.tasks import check_task
from resparse.model import Findings
from resparse.render import Report, formats

S = TypeVar("S")
T = TypeVar("T")


def echo(text: str = "", *, err: bool = False, end: str = "\n") -> None:
    """Write a line to standard output (or error) and flush it, as ``click.echo`` does."""
    stream = sys.stderr if err else sys.stdout
    stream.write(text + end)
    stream.flush()


def write(output: str | bytes | Iterable[str]) -> None:
    """Write a renderer's output exactly as it is (it carries its own line ends), piece by piece."""
    if isinstance(output, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(output)
        sys.stdout.buffer.flush()
    elif isinstance(output, str):
        if output:
            echo(output, end="")
    else:
        for piece in output:
            sys.stdout.write(piece)
        sys.stdout.flush()


class Runner:
    """The files of one command line, worked on with progress on a terminal; :meth:`close` sums up."""

    def __init__(self, paths: tuple[str, ...], quiet: bool = False) -> None:
        self.paths = paths
        self.total = sum(1 for _ in discovery.iter_files(paths))  # counted: the walk is repeated lazily
        if not self.total:
            names = ", ".join(discovery.SUFFIXES)
            echo(f"resparse: error: {', '.join(paths)}: no files to read ({names})", err=True)
            sys.exit(2)
        self.progress = Progress(self.total, quiet)

    def outcomes(self, work: pool.Task[S, T], settings: S, jobs: int | None) -> Iterator[pool.Outcome[T]]:
        """Run ``work`` over every file; report each unreadable one on a line of its own and go on."""
        jobs = 1 if "-" in self.paths else jobs or pool.default_jobs()
        progress = self.progress
        try:
            for outcome in pool.run(discovery.iter_files(self.paths), work, settings, jobs, self.total):
                progress.advance(outcome)
                if outcome.error:
                    if progress.bar is not None:
                        progress.bar.console.print(
                            f"resparse: error: {outcome.error}", markup=False, highlight=False
                        )
                    else:
                        echo(f"resparse: error: {outcome.error}", err=True)
                yield outcome
        finally:
            progress.stop()

    def close(self) -> None:
        """The summary line, after the results (only for several files, on a terminal)."""
        self.progress.close()


def run_check(runner: Runner, settings: CheckSettings, jobs: int | None) -> int:
    """Check the runner's files, print the findings, and return the exit code."""
    results: list[Findings] = []
    failures: list[str] = []
    files, errors = 0, False
    for outcome in runner.outcomes(check_task, settings, jobs):
        files += 1
        if outcome.fatal:
            return 2  # a configuration that cannot be used: nothing is checked against a wrong one
        if outcome.error:
            failures.append(outcome.error)
            continue
        errors = errors or (outcome.stats or {}).get("errors", 0) > 0
        if outcome.line is not None:
            echo(outcome.line)
        elif outcome.result is not None:
            results.append(outcome.result)
    emit = formats("check")[settings.format].emit
    if emit is not None:
        sources = source_lines(results, settings.reading) if settings.view.terminal else {}
        write(emit(Report(results, settings.view, files, failures, sources)))
    status = 2 if failures else 0
    if status == 0 and not settings.exit_zero and errors:
        status = 1
    return status


def source_lines(results: list[Findings], reading: Reading) -> dict[str, list[str]]:
    """The lines of each file with findings, to show them in place (a rich format: its text view)."""
    from resparse import api

    lines: dict[str, list[str]] = {}
    for name in {r.file for r in results if r.findings and r.file != "<stdin>"}:
        try:
            fmt = reading.input_format or api.input_format_of(name)
            if fmt == "text":
                view = api.read_text(name, reading.encoding).text  # read, not parsed again
            elif fmt == "pdf":
                view = api.text_view(name).replace("\x0c", " ")  # a page's form feed shows as a space
            else:
                view = api.load(name, input_format=reading.input_format, encoding=reading.encoding).text
            lines[name] = view.split("\n")
        except Exception:  # the lines are a courtesy; the findings stand without them
            continue
    return lines


def collect(
    runner: Runner, work: pool.Task[S, T], settings: S, jobs: int | None
) -> tuple[list[T], list[str]]:
    """Results and failures of a command whose streamed lines (``jsonl``) are printed as they come."""
    results: list[Any] = []
    failures: list[str] = []
    for outcome in runner.outcomes(work, settings, jobs):
        if outcome.error:
            failures.append(outcome.error)
        elif outcome.line is not None:
            echo(outcome.line)
        elif outcome.result is not None:
            results.append(outcome.result)
    return results, failures
