"""Run ``refs`` over a corpus on Dask (``pip install resparse[dask]``).

>>> from resparse.dask import refs_bag
>>> bag = refs_bag(paths)                    # one JSON-able record per file, in input order
>>> records = bag.compute()                  # any Dask scheduler: local processes, a cluster …

Each partition reads and parses its own files in the worker: only paths travel to the cluster and
only plain records travel back, so it scales like the local process pool of ``resparse refs --jobs``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from resparse import corpus


def refs_record(path: str, options: corpus.Options | None = None) -> dict[str, Any]:
    """The ``refs --format jsonl`` record of one file (or ``{"file", "error"}`` when it cannot be read)."""
    from resparse.render.refs import refs_dict

    outcome = corpus._guarded(corpus.refs_one, options or corpus.Options(), path)
    if outcome.error:
        return {"file": path, "error": outcome.error}
    return refs_dict(outcome.result)


def refs_bag(paths: Sequence[str], *, options: corpus.Options | None = None, partition_size: int = 16):
    """A ``dask.bag.Bag`` of ``refs`` records, one per file of ``paths`` (directories and globs expanded)."""
    import dask.bag as db

    files = corpus.expand(paths)
    return db.from_sequence(files, partition_size=partition_size).map(refs_record, options)
