"""The render stage: one emitter per command and format, each a function of the model.

An emitter takes a :class:`Report` — the results of one command over its files, the files that could
not be read, and how they are to be shown (:class:`View`) — and returns the text (or bytes) to write.
Formats that render each file on its own (``jsonl``) also have a *record* function, which a worker
process runs on its file so that only a line of text travels back. A new output format is a function
in the module of its command and one entry in :data:`FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, TypeVar

R = TypeVar("R")


class View(NamedTuple):
    """How results are shown: which citations (``--type``, ``--unique``), and on what."""

    kind: str = "all"
    distinct: bool = False
    statistics: bool = False
    #: Standard output is a terminal: tables and excerpts are drawn with colour, at its width.
    terminal: bool = False
    #: The language of what the output says around the findings, when no finding says it.
    lang: str = "en"


class Report(NamedTuple, Generic[R]):
    """What one command produced for its files, in input order, and how to show it."""

    results: Sequence[R]
    view: View = View()
    #: Files given, read or not.
    files: int = 0
    #: One line per file that could not be read.
    failures: Sequence[str] = ()
    #: The lines of each file with findings, for formats that show findings in place.
    sources: Mapping[str, list[str]] = MappingProxyType({})


class Format(NamedTuple, Generic[R]):
    """How one command writes one format: at the end (``emit``) and, if it streams, per file (``record``)."""

    #: The whole output: a text, bytes, or the text in pieces (written as they come: a large output is
    #: never held whole).
    emit: Callable[[Report[R]], str | bytes | Iterable[str]] | None = None
    record: Callable[[R, View], str] | None = None
    #: ``split`` gives the document; this format also needs its citations (Akoma Ntoso ``<ref>``).
    needs_citations: bool = False


def formats(command: str) -> Mapping[str, Format[Any]]:
    """The formats of ``command``, by name (the renderers are imported only when asked for)."""
    if command == "split":
        from resparse.render import akn, json, text

        return {
            "text": Format(emit=text.split_text),
            "json": Format(emit=json.split_json),
            "jsonl": Format(record=json.split_record),
            "akn": Format(emit=akn.split_akn, needs_citations=True),
        }
    if command == "refs":
        from resparse.render import refs

        return {
            "table": Format(emit=refs.refs_table),
            "json": Format(emit=refs.refs_json),
            "jsonl": Format(record=refs.refs_record),
            "csv": Format(emit=refs.refs_csv),
        }
    if command == "check":
        from resparse.render import findings

        return {
            "text": Format(emit=findings.as_text),
            "json": Format(emit=findings.as_json),
            "jsonl": Format(record=findings.findings_record),
            "github": Format(emit=findings.as_github),
            "sarif": Format(emit=findings.as_sarif),
        }
    if command == "graph":
        from resparse.render import graph

        return {
            "csv": Format(emit=graph.graph_csv),
            "graphml": Format(emit=graph.graph_graphml),
            "json": Format(emit=graph.graph_json),
        }
    raise KeyError(command)


#: The format names of every command, for option parsing without importing a renderer.
FORMAT_NAMES: dict[str, tuple[str, ...]] = {
    "split": ("text", "json", "jsonl", "akn"),
    "refs": ("table", "json", "jsonl", "csv"),
    "check": ("text", "json", "jsonl", "github", "sarif"),
    "graph": ("csv", "graphml", "json"),
}

__all__ = ["FORMAT_NAMES", "Format", "Report", "View", "formats"]
