"""The work each command does on one file, as top-level functions a worker process can run.

Each reads the file through :mod:`resparse.api`, returns an :class:`~resparse.app.pool.Outcome` with
the result (or, for a format that renders each file on its own, the rendered line), and counts what it
found for the progress summary.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from resparse import api
from resparse.app.pool import Outcome, size_of
from resparse.app.settings import CheckSettings, GraphSettings, Reading, RefsSettings, SplitSettings
from resparse.citations.register import load_register
from resparse.errors import InputError
from resparse.model import Document, Findings, References
from resparse.render import Format, View, formats

T = TypeVar("T")


def _load(name: str, reading: Reading) -> Document:
    return api.load(
        name, input_format=reading.input_format, encoding=reading.encoding, max_bytes=reading.max_bytes
    )


def _outcome(
    name: str, file: str, result: T, fmt: Format[Any] | None, view: View, stats: Mapping[str, int]
) -> Outcome[T]:
    """The result, or its rendered line when the format renders each file on its own."""
    if fmt is not None and fmt.record is not None:
        return Outcome(file, line=fmt.record(result, view), size=size_of(name), stats=stats)
    return Outcome(file, result, size=size_of(name), stats=stats)


def split_task(name: str, settings: SplitSettings) -> Outcome[Document | References]:
    document = _load(name, settings.reading)
    fmt = formats("split")[settings.format]
    result: Document | References = api.refs(document) if fmt.needs_citations else document
    return _outcome(name, document.file, result, fmt, View(), {"paragraphs": len(document.paragraphs)})


def refs_task(name: str, settings: RefsSettings) -> Outcome[References]:
    document = _load(name, settings.reading)
    references = api.refs(
        document,
        register=load_register(settings.register),
        link_style=settings.link_style,
        lang=settings.lang,
    )
    stats = {"paragraphs": len(document.paragraphs), "citations": len(references.citations)}
    fmt = formats("refs").get(settings.format)
    return _outcome(name, document.file, references, fmt, settings.view, stats)


def graph_task(name: str, settings: GraphSettings) -> Outcome[References]:
    return refs_task(name, RefsSettings(settings.reading, format="graph"))


def check_task(name: str, settings: CheckSettings) -> Outcome[Findings]:
    from resparse.app.config import ConfigError
    from resparse.checks import Selection, check

    try:
        effective = settings.for_file(name)
        register = load_register(effective.register)
    except ConfigError as exc:
        return Outcome(name, error=str(exc), fatal=True)
    except InputError as exc:  # the configuration names a register that cannot be read: stop, once
        return Outcome(name, error=str(exc), fatal=True)
    document = _load(name, settings.reading)
    references = api.refs(document, register=register)
    selection = Selection(select=effective.select, ignore=effective.ignore, min_level=effective.min_level)
    findings = check(
        references,
        register=register,
        lang=effective.message_lang,
        selection=selection,
        file_ignores=effective.file_ignores,
    )
    stats = {
        "paragraphs": len(document.paragraphs),
        "citations": len(references.citations),
        "findings": len(findings),
        "errors": sum(1 for f in findings if f.level == "error"),
    }
    fmt = formats("check")[settings.format]
    result = Findings(document.file, tuple(findings), effective.message_lang)
    return _outcome(name, document.file, result, fmt, settings.view, stats)
