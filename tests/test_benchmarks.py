"""The benchmark script: results are printed, and written to the tracked RESULTS.md only when asked."""

from __future__ import annotations

import sys

import pytest

from tests.support import ROOT


@pytest.mark.parametrize(("flags", "written"), [([], False), (["--write"], True)])
def test_results_are_written_only_when_asked(tmp_path, monkeypatch, flags: list[str], written: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks import run as benchmark

    output = tmp_path / "RESULTS.md"
    monkeypatch.setattr(benchmark, "run", lambda args, baseline: ["# resparse benchmarks", "", "figures"])
    monkeypatch.setattr(sys, "argv", ["run.py", "--output", str(output), *flags])
    benchmark.main()
    assert output.exists() is written
