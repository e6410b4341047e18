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
    assert lines[0] == "file,symbol,type,number,year,date,title,count,paragraphs,url"
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
