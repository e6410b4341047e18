"""Progress on a terminal: a bar while files are worked on (files, MB/s, time left), then a summary."""

from __future__ import annotations

import sys
import time
from typing import Any

from resparse.app.pool import Outcome


class Progress:
    """A progress bar on stderr when it is a terminal (files, MB/s, ETA), and the closing summary."""

    def __init__(self, total: int, quiet: bool = False) -> None:
        self.shown = not quiet and sys.stderr.isatty()
        self.started = time.perf_counter()
        self.totals: dict[str, int] = {"files": 0, "unreadable": 0, "bytes": 0}
        self.bar: Any = None
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

    def advance(self, outcome: Outcome[Any]) -> None:
        self.totals["files"] += 1
        self.totals["bytes"] += outcome.size
        if outcome.error:
            self.totals["unreadable"] += 1
        for key, value in (outcome.stats or {}).items():
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
