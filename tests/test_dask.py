"""The Dask path gives exactly the citations of the single-process run (on Dask's local scheduler)."""

from __future__ import annotations

import pytest

from resparse.app import pool
from resparse.app.settings import RefsSettings
from resparse.app.tasks import refs_task
from resparse.render.refs import refs_dict
from tests.support import CORPUS, ROOT
from tests.unxml import UNXML_DIR, chinese_files

dask = pytest.importorskip("dask")


def single_process(paths: list[str]) -> list[dict]:
    outcomes = pool.run(paths, refs_task, RefsSettings(format="json"), jobs=1)
    return [refs_dict(o.result) for o in outcomes if o.result is not None]


def test_refs_bag_on_fixtures() -> None:
    from resparse.integrations.dask import refs_bag

    paths = [str(ROOT / "examples" / "draft_resolution.txt"), *sorted(str(p) for p in CORPUS.glob("*.txt"))]
    assert refs_bag(paths).compute(scheduler="sync") == single_process(paths)


@pytest.mark.corpus
@pytest.mark.skipif(not UNXML_DIR.is_dir(), reason="../shared/corpus/unxml not available")
def test_refs_bag_on_the_corpus_with_processes() -> None:
    from resparse.integrations.dask import refs_bag

    paths = [str(p) for p in chinese_files()]
    records = refs_bag(paths).compute(scheduler="processes", num_workers=2)
    assert records == single_process(paths)
    assert sum(len(r["citations"]) for r in records) > 3000


def test_unreadable_files_become_error_records(tmp_path) -> None:
    from resparse.integrations.dask import refs_bag

    missing = str(tmp_path / "missing.txt")
    (record,) = refs_bag([missing]).compute(scheduler="sync")
    assert record["file"] == missing and "no such file" in record["error"]


def test_a_single_path_is_one_path() -> None:
    from resparse.integrations.dask import refs_bag

    path = str(ROOT / "examples" / "draft_resolution.txt")
    (record,) = refs_bag(path).compute(scheduler="sync")
    assert record["file"] == path
