"""A rich console whose output is returned as text, so that terminal renderings are functions too."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Captured:
    """A console to print on; :attr:`text` holds what it printed once the ``with`` block is left."""

    def __init__(self, console: Any) -> None:
        self.console = console
        self.text = ""

    def print(self, *objects: Any, **options: Any) -> None:
        self.console.print(*objects, **options)

    @property
    def width(self) -> int:
        """The terminal's width in columns (what an excerpt is cut to)."""
        return int(self.console.width)


@contextmanager
def captured(soft_wrap: bool = False) -> Iterator[Captured]:
    """A console sized and coloured for standard output, printing into a string."""
    from rich.console import Console

    console = Console(soft_wrap=soft_wrap)
    holder = Captured(console)
    with console.capture() as capture:
        yield holder
    holder.text = capture.get()
