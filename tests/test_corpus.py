"""Corpus mode: globs and directories, worker processes, input order, jsonl, unreadable files, progress."""

from __future__ import annotations

import json
import os
import pickle
import pty
import subprocess
import sys

import pytest
from click.testing import CliRunner

import resparse
from resparse.app import files, pool
from resparse.app.cli import main
from resparse.citations.register import load_register
from tests.support import CORPUS, PDF_2395, ROOT, need

EXAMPLE = str(ROOT / "examples" / "draft_resolution.txt")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_expand_directories_and_globs(tmp_path) -> None:
    for name in ("b.txt", "a.md", "c.docx", "e.pdf", "skip.png", ".hidden/d.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert [os.path.basename(p) for p in files.expand([str(tmp_path)])] == [
        "a.md",
        "b.txt",
        "c.docx",
        "e.pdf",
    ]
    assert [os.path.basename(p) for p in files.expand([str(tmp_path / "*.txt")])] == ["b.txt"]
    assert files.expand(["-"]) == ["-"]


def test_links_to_files_are_read_links_to_folders_are_not_followed(tmp_path) -> None:
    (tmp_path / "sub" / "deeper.txt").mkdir(parents=True)  # a folder with a text suffix is walked
    (tmp_path / "sub" / "deeper.txt" / "x.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "to_a.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path)  # would walk for ever
    found = [os.path.relpath(p, tmp_path) for p in files.expand([str(tmp_path)])]
    assert found == ["a.txt", os.path.join("sub", "deeper.txt", "x.txt"), "to_a.txt"]


@pytest.fixture
def pools(monkeypatch) -> list[int]:
    """Every process pool a run starts (its worker count); small runs are made to use one too."""
    import concurrent.futures

    started: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    def counted(max_workers: int):
        started.append(max_workers)
        return real(max_workers=max_workers)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counted)
    return started


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_streams_one_object_per_file_in_input_order(jobs: str, pools, monkeypatch) -> None:
    monkeypatch.setattr(pool, "SERIAL_BYTES", 0)
    files = [*sorted(str(p) for p in CORPUS.glob("*.txt")), EXAMPLE]
    result = run("refs", "--format", "jsonl", "--jobs", jobs, *files)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == files
    assert pools == ([] if jobs == "1" else [2])


def test_parallel_results_equal_serial_ones(pools, monkeypatch) -> None:
    monkeypatch.setattr(pool, "SERIAL_BYTES", 0)  # these files are small: make them worth a pool
    files = [str(need(PDF_2395)), *sorted(str(p) for p in CORPUS.glob("*.txt"))]
    serial = run("check", "--format", "json", "--jobs", "1", *files).stdout
    parallel = run("check", "--format", "json", "--jobs", "2", *files).stdout
    assert serial == parallel and json.loads(serial)
    assert pools == [2]


def test_a_few_small_files_run_in_this_process(pools, tmp_path) -> None:
    """A pre-commit hook's few drafts: starting a pool would cost more than it saves."""
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))[:3]
    assert run("check", "--jobs", "2", *files).exit_code in (0, 1)
    assert pools == []
    big = tmp_path / "big.txt"
    big.write_text(
        PDF_2395.read_text(encoding="utf-8") * 20 if PDF_2395.exists() else "安全理事会，\n" * 60000
    )
    assert run("check", "--jobs", "2", str(big), *files).exit_code in (0, 1)
    assert pools == [2]


@pytest.mark.parametrize("serial_bytes", [0, pool.SERIAL_BYTES], ids=["pool", "in-process"])
def test_an_unreadable_file_is_reported_and_skipped(tmp_path, monkeypatch, serial_bytes: int) -> None:
    monkeypatch.setattr(pool, "SERIAL_BYTES", serial_bytes)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = run(
        "split", "--format", "jsonl", "--jobs", "2", EXAMPLE, str(bad), str(CORPUS / "preamble_only.txt")
    )
    assert result.exit_code == 2
    assert "binary file" in result.stderr
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [
        EXAMPLE,
        str(CORPUS / "preamble_only.txt"),
    ]


def test_check_jsonl() -> None:
    result = run("check", "--format", "jsonl", EXAMPLE)
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["file"] == EXAMPLE and next(f["code"] for f in record["findings"]) == "RS101"
    assert result.exit_code == 1


def test_library_objects_pickle() -> None:
    document = resparse.parse(EXAMPLE)
    references = resparse.refs(document)
    findings = resparse.check(references)
    for value in (document, references, findings):
        again = pickle.loads(pickle.dumps(value))
        assert again == value
    again = pickle.loads(pickle.dumps(document))
    assert again.span_of(0, 5) == document.span_of(0, 5)


def _terminal_run(args: list[str]) -> str:
    """Run the CLI with stderr on a pseudo-terminal (stdout piped); return what the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "resparse.app.cli", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        close_fds=True,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_and_summary_on_a_terminal_only() -> None:
    files = [EXAMPLE, *sorted(str(p) for p in CORPUS.glob("*.txt"))]
    shown = _terminal_run(["refs", "--format", "jsonl", "--jobs", "2", *files])
    assert f"resparse: {len(files)} files" in shown and "citations" in shown and "MB in" in shown
    piped = subprocess.run(
        [sys.executable, "-m", "resparse.app.cli", "refs", "--format", "jsonl", *files],
        capture_output=True,
        text=True,
    )
    assert piped.stderr == ""
    quiet = _terminal_run(["refs", "--format", "jsonl", "--quiet", *files])
    assert "resparse:" not in quiet


def test_the_register_csv_is_read_again_when_it_changes(tmp_path) -> None:
    path = tmp_path / "reg.csv"
    path.write_text("number,symbol,year,date,topic,title\n9000,S/RES/9000 (2031),2031,2031-01-02,x,old\n")
    assert load_register(str(path)).entry(9000).title == "old"
    assert load_register(str(path)) is load_register(str(path))  # read once per process
    path.write_text(
        "number,symbol,year,date,topic,title\n9000,S/RES/9000 (2031),2031,2031-01-02,x,new title\n"
    )
    assert load_register(str(path)).entry(9000).title == "new title"
