"""Run ``refs`` over a corpus on Dask (``pip install resparse[dask]``).

>>> from resparse.integrations.dask import refs_bag
>>> bag = refs_bag(paths)                    # one JSON-able record per file, in input order
>>> records = bag.compute()                  # any Dask scheduler: local processes, a cluster …

Each partition reads and parses its own files in the worker: only paths travel to the cluster and
only plain records travel back, so it scales like the local process pool of ``resparse refs --jobs``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from resparse.app.files import expand
from resparse.app.pool import guarded
from resparse.app.settings import RefsSettings
from resparse.app.tasks import refs_task


def refs_record(path: str, settings: RefsSettings | None = None) -> dict[str, Any]:
    """The ``refs --format jsonl`` record of one file (or ``{"file", "error"}`` when it cannot be read)."""
    from resparse.render.refs import refs_dict

    settings = settings or RefsSettings(format="json")
    outcome = guarded(refs_task, settings, path)
    if outcome.error or outcome.result is None:
        return {"file": path, "error": outcome.error}
    return refs_dict(outcome.result, settings.view.kind, settings.view.distinct)


def refs_bag(paths: Sequence[str], *, settings: RefsSettings | None = None, partition_size: int = 16) -> Any:
    """A ``dask.bag.Bag`` of ``refs`` records, one per file of ``paths`` (directories and globs expanded)."""
    import dask.bag as db

    return db.from_sequence(expand(paths), partition_size=partition_size).map(refs_record, settings)
