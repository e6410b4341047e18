"""The command line: formats, stdin, several files, and exit code 2 with one line for bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from resparse.app.cli import main
from tests.support import CORPUS, ROOT

EXAMPLE = str(ROOT / "examples" / "draft_resolution.txt")


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_split_json_one_object_per_file() -> None:
    result = run("split", "--format", "json", EXAMPLE, str(CORPUS / "preamble_only.txt"))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["file"] for d in data] == [EXAMPLE, str(CORPUS / "preamble_only.txt")]
    first = data[0]
    assert first["symbol"] == "S/RES/2999 (2026)"
    assert first["formula"]["text"] == "安全理事会，"
    assert first["formula"]["span"] == {"start": {"line": 4, "column": 1}, "end": {"line": 4, "column": 7}}
    sub = next(p for p in first["paragraphs"] if p["id"] == "OP2(a)")
    assert sub["parent"] == "OP2" and sub["number"] == "(a)" and sub["kind"] == "subparagraph"
    assert {"id", "kind", "number", "phrase", "text", "span"} <= set(first["paragraphs"][0])
    assert first["pages"] == 1 and first["links"] == []


def test_split_reads_stdin() -> None:
    text = (CORPUS / "preamble_only.txt").read_bytes()
    result = run("split", "--format", "json", "-", input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["file"] == "<stdin>"


def test_split_text_is_plain_when_piped() -> None:
    result = run("split", EXAMPLE)
    assert result.exit_code == 0
    assert "OP2(a)" in result.stdout and "\x1b[" not in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        ("résumé de la résolution".encode("latin-1"), "cannot decode"),
    ],
    ids=["empty", "binary", "undecodable"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("split", str(path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("make", "message"), [(lambda p: p / "nope.txt", "no such file"), (lambda p: p, "no files to read")]
)
def test_bad_path_exit_2(tmp_path, make, message: str) -> None:
    result = run("split", str(make(tmp_path)))
    assert result.exit_code == 2 and message in result.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path) -> None:
    result = run("split", "--format", "json", str(tmp_path / "missing.txt"), EXAMPLE)
    assert result.exit_code == 2
    assert len(json.loads(result.stdout)) == 1


def test_unreadable_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("安全理事会，", encoding="utf-8")

    def refuse(*args, **kwargs):  # as root, permissions cannot refuse a read: the reader's open does
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("resparse.readers.text.open", refuse, raising=False)
    result = run("split", str(path))
    assert result.exit_code == 2 and "permission denied" in result.stderr


def test_bad_option_exit_2() -> None:
    assert run("split", "--format", "xml", EXAMPLE).exit_code == 2


def test_refs_json_fields() -> None:
    result = run("refs", "--format", "json", EXAMPLE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)[0]
    first = data["citations"][0]
    assert {
        "symbol",
        "type",
        "number",
        "year",
        "year_source",
        "text",
        "paragraph",
        "group",
        "role",
        "pinpoint",
        "url",
        "link",
        "span",
    } <= set(first)
    assert first["symbol"] == "S/RES/1373 (2001)" and first["url"] == "https://undocs.org/ch/S/RES/1373(2001)"
    assert [r["target"] for r in data["internal_refs"]] == ["OP2", "OP7"]
    assert data["unmatched_links"] == []


@pytest.mark.parametrize(
    ("args", "symbols"),
    [
        (["--type", "ga"], ["A/RES/71/291", "A/RES/60/288"]),
        (["--type", "document"], ["S/2017/375", "S/PRST/2018/19"]),
    ],
)
def test_refs_type_filter(args: list[str], symbols: list[str]) -> None:
    data = json.loads(run("refs", "--format", "json", *args, EXAMPLE).stdout)[0]
    assert [c["symbol"] for c in data["citations"]] == symbols


def test_refs_unique_csv() -> None:
    result = run("refs", "--format", "csv", "--unique", "--type", "sc", EXAMPLE)
    lines = result.stdout.splitlines()
    assert lines[0] == "file,symbol,type,number,year,date,title,count,paragraphs,url,organ"
    row = next(line for line in lines if "S/RES/1267 (1999)" in line)
    assert ",,,2,OP3," in row


def test_refs_csv_and_link_style() -> None:
    result = run("refs", "--format", "csv", "--link-style", "docs", EXAMPLE)
    assert result.exit_code == 0
    assert "https://docs.un.org/zh/S/RES/1373(2001)" in result.stdout


def test_refs_table_has_every_citation() -> None:
    result = run("refs", EXAMPLE)
    assert result.exit_code == 0
    assert "S/PRST/2018/19" in result.stdout and "14 citations of 11 documents" in result.stdout


def test_refs_bad_register_is_exit_2(tmp_path) -> None:
    result = run("refs", "--register", str(tmp_path / "nope.csv"), EXAMPLE)
    assert result.exit_code == 2 and "register file not found" in result.output


def test_refs_with_a_full_register_show_dates_and_titles() -> None:
    from tests.support import SHARED, need

    register = str(need(SHARED / "data" / "sc_resolutions.csv"))
    data = json.loads(run("refs", "--format", "json", "--register", register, EXAMPLE).stdout)[0]
    first = data["citations"][0]
    assert first["date"] == "2001-09-28" and "1373 (2001)" in first["title"]


# -- what a new user hit in a first afternoon (each failed before its fix) ------------------------------


def test_a_folder_holding_a_pipe_is_read_without_hanging(tmp_path) -> None:
    import os

    os.mkfifo(tmp_path / "x.txt")
    (tmp_path / "draft.txt").write_text("安全理事会，\n回顾，\n", encoding="utf-8")
    result = run("split", "--format", "jsonl", str(tmp_path))  # hung for ever before
    assert result.exit_code == 2
    assert result.stderr.count("is a pipe (FIFO), not a file") == 1
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [str(tmp_path / "draft.txt")]


@pytest.mark.parametrize(
    ("size", "code"), [("100", 2), ("858", 0), ("1K", 0), ("0", 2), ("lots", 2)], ids=str
)
def test_max_size(size: str, code: int) -> None:
    result = run("split", "--max-size", size, EXAMPLE)  # the example is 858 bytes
    assert result.exit_code == code, result.output


def test_refs_piped_is_plain_rows_with_the_link(tmp_path) -> None:
    """Piped, the table was squeezed to 80 columns (symbols cut in pieces) and showed no URL."""
    result = run("refs", "--link-style", "docs", "--lang", "en", EXAMPLE)
    lines = result.stdout.splitlines()
    assert lines[0] == f"# {EXAMPLE}"
    assert lines[1].split("\t") == ["symbol", "paragraph", "line:col", "as written", "url", "linked to"]
    assert lines[2].split("\t")[:5] == [
        "S/RES/1373 (2001)",
        "PP1",
        "5:22",
        "1373(2001)",
        "https://docs.un.org/en/S/RES/1373(2001)",
    ]
    assert lines[-1] == "# 14 citations of 11 documents, 2 internal references"
    one = tmp_path / "one.txt"
    one.write_text("安全理事会，\n1. 重申第 1373(2001)号决议；\n2. 决定执行上文第 1 段。\n", encoding="utf-8")
    assert run("refs", str(one)).stdout.splitlines()[-1] == "# 1 citation of 1 document, 1 internal reference"


def test_refs_table_shows_the_register(tmp_path) -> None:
    register = tmp_path / "register.csv"
    register.write_text(
        "number,symbol,year,date,topic,title\n1373,S/RES/1373 (2001),2001,2001-09-28,terrorism,On terrorism\n",
        encoding="utf-8",
    )
    lines = run("refs", "--register", str(register), EXAMPLE).stdout.splitlines()
    assert lines[1].endswith("\tdate\ttitle")
    assert lines[2].endswith("\t2001-09-28\tOn terrorism")


def test_html_pre_keeps_its_lines(tmp_path) -> None:
    """LibreOffice exports a .txt as one <pre>: its lines were folded into one preambular paragraph."""
    page = tmp_path / "draft.html"
    page.write_text(
        "<html><body><pre>安全理事会，\n回顾第1373(2001)号决议，\n1. 决定继续积极处理此案。\n</pre></body></html>",
        encoding="utf-8",
    )
    data = json.loads(run("split", "--format", "json", str(page)).stdout)[0]
    assert data["formula"]["text"] == "安全理事会，"
    assert [p["id"] for p in data["paragraphs"]] == ["PP1", "OP1"]


def test_output_dir_without_akn_is_a_usage_error(tmp_path) -> None:
    result = run("split", "--output-dir", str(tmp_path), EXAMPLE)
    assert result.exit_code == 2 and "--output-dir" in result.stderr
    assert not list(tmp_path.iterdir())


def test_help_is_whole_and_plain() -> None:
    top = run("--help").stdout
    for command, line in [
        ("split", "Split resolutions into their paragraphs."),
        ("refs", "List the documents resolutions cite."),
        ("check", "Lint resolutions (exit 1 on errors)."),
        ("graph", "The citation network of a corpus."),
        ("compare", "Compare a Chinese text with its English original."),
    ]:
        assert f"{command} {line}" in " ".join(top.split()), top
    assert "``" not in run("split", "--help").stdout


def test_stdin_on_a_terminal_says_how_to_end(monkeypatch) -> None:
    import io

    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    messages = []
    monkeypatch.setattr("resparse.app.cli.echo", lambda text, err=False: messages.append(text))
    monkeypatch.setattr("sys.stdin", Terminal(io.BytesIO("安全理事会，\n回顾，\n".encode())))
    from resparse.app.cli import _runner

    with main.make_context("resparse", ["split", "-"]):
        _runner(("-",), quiet=True)
    assert messages and "Ctrl-D" in messages[0]


def test_ctrl_c_exits_130(tmp_path) -> None:
    """Interrupted, the program exited 1 — the code for "errors found"; 128 + SIGINT is the convention."""
    import signal
    import subprocess
    import sys
    import time

    for i in range(400):
        (tmp_path / f"{i:03d}.txt").write_text(
            "安全理事会，\n回顾第 1373(2001)号决议，\n" * 200, encoding="utf-8"
        )
    process = subprocess.Popen(
        [sys.executable, "-m", "resparse", "refs", "--format", "jsonl", "--jobs", "1", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
