"""``resparse check``: exit codes, output formats, configuration, directories."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from resparse.app.cli import main
from tests.support import PDF_2395, ROOT, SHARED, need

EXAMPLE = str(ROOT / "examples" / "draft_resolution.txt")
CLEAN = "安全理事会，\n回顾第 1373(2001)号决议，\n1. 决定继续积极处理此案。\n"
YEAR = "安全理事会，\n回顾第 2195(2015)号决议，\n1. 决定继续积极处理此案。\n"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def write(folder, name: str, text: str):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_2395_has_exactly_one_error() -> None:
    path = str(need(PDF_2395))
    result = run("check", "--format", "json", path)
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    errors = [f for f in findings if f["level"] == "error"]
    assert [
        (f["code"], f["paragraph"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in errors
    ] == [("RS101", "PP1", 13, 23, 13, 33)]
    assert errors[0]["fix"] == {"replacement": "2195(2014)"}
    assert [f for f in findings if f["level"] == "warning"] == []
    notes = [f for f in findings if f["code"] == "RS104"]
    assert [f["paragraph"] for f in notes] == ["PP13", "OP1", "OP27", "OP27", "OP27"]
    assert "2014" in notes[0]["message"]


@pytest.mark.parametrize(
    ("text", "args", "code"),
    [
        (CLEAN, [], 0),
        (YEAR, [], 1),
        (YEAR, ["--exit-zero"], 0),
        (YEAR, ["--ignore", "RS101"], 0),
        (YEAR, ["--select", "RS2,RS3"], 0),
        (YEAR.replace("第 2195(2015)", "第 2195"), [], 0),  # a note only
    ],
)
def test_exit_codes(tmp_path, text: str, args: list[str], code: int) -> None:
    path = write(tmp_path, "draft.txt", text)
    assert run("check", *args, str(path)).exit_code == code


@pytest.mark.parametrize(
    "args", [["--select", "RS9"], ["--ignore", "XX1"], ["--min-level", "fatal"], ["--format", "xml"]]
)
def test_bad_options_exit_2(tmp_path, args: list[str]) -> None:
    path = write(tmp_path, "draft.txt", CLEAN)
    assert run("check", *args, str(path)).exit_code == 2


def test_bad_input_exit_2_and_others_still_checked(tmp_path) -> None:
    good = write(tmp_path, "draft.txt", YEAR)
    result = run("check", str(tmp_path / "missing.txt"), str(good))
    assert result.exit_code == 2
    assert "no such file" in result.stderr and "RS101" in result.stdout


def test_text_format_and_summary(tmp_path) -> None:
    path = write(tmp_path, "draft.txt", YEAR)
    result = run("check", str(path))
    first = result.stdout.splitlines()[0]
    assert (
        first == f"{path}:2:5: RS101 [error] resolution 2195 was adopted in 2014, not 2015 (fix: 2195(2014))"
    )
    assert result.stdout.splitlines()[-1] == "Found 1 finding (1 error, 0 warnings, 0 notes) in 1 file."


def test_github_format(tmp_path) -> None:
    path = write(tmp_path, "a,b:c.txt", YEAR.replace("回顾", "回顾 100% 的"))
    result = run("check", "--format", "github", str(path))
    (line,) = result.stdout.splitlines()
    pattern = (
        r"::error file=(?P<file>[^,]+),line=2,col=(?P<col>\d+),endLine=2,endColumn=(?P<end>\d+),"
        r"title=RS101 year-mismatch::resolution 2195 was adopted in 2014, not 2015"
    )
    m = re.fullmatch(pattern, line)
    assert m, line
    assert m["file"].endswith("a%2Cb%3Ac.txt")


def test_github_escaping() -> None:
    from resparse.model import Diagnostic, Findings, Position, Span
    from resparse.render import Report
    from resparse.render.findings import as_github

    finding = Diagnostic(
        "RS101",
        "50% done\nnext: a,b",
        Span(Position(1, 2), Position(1, 3)),
        "warning",
        "year-mismatch",
        None,
        "x,y.txt",
    )
    assert as_github(Report([Findings("x,y.txt", (finding,))])) == (
        "::warning file=x%2Cy.txt,line=1,col=2,endLine=1,endColumn=3,title=RS101 year-mismatch::"
        "50%25 done%0Anext: a,b\n"
    )


def test_sarif_validates_against_the_schema(tmp_path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(need(SHARED / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    result = run("check", "--format", "sarif", EXAMPLE, str(need(PDF_2395)))
    log = json.loads(result.stdout)
    jsonschema.validate(log, schema)
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"RS101", "RS404"}
    first = run_["results"][0]
    assert first["ruleId"] == "RS101" and first["level"] == "error"
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 6,
        "startColumn": 5,
        "endLine": 6,
        "endColumn": 15,
    }


def test_json_fields(tmp_path) -> None:
    path = write(tmp_path, "draft.txt", YEAR)
    (finding,) = json.loads(run("check", "--format", "json", str(path)).stdout)
    assert finding == {
        "code": "RS101",
        "name": "year-mismatch",
        "level": "error",
        "message": "resolution 2195 was adopted in 2014, not 2015",
        "file": str(path),
        "line": 2,
        "column": 5,
        "end_line": 2,
        "end_column": 15,
        "paragraph": "PP1",
        "fix": {"replacement": "2195(2014)"},
    }


def test_statistics() -> None:
    result = run("check", "--statistics", EXAMPLE)
    assert result.stdout.splitlines() == [
        "    1\tRS101\t[error] year-mismatch",
        "    1\tRS104\t[note] year-missing",
        "    1\tRS201\t[error] duplicate-citation",
        "    1\tRS402\t[error] dangling-paragraph-ref",
    ]


def test_directories_are_searched(tmp_path) -> None:
    write(tmp_path, "a/one.txt", YEAR)
    write(tmp_path, "a/b/two.md", YEAR)
    write(tmp_path, "a/.hidden/three.txt", YEAR)
    write(tmp_path, "a/notes.docx.bak", YEAR)
    result = run("check", "--format", "json", str(tmp_path / "a"))
    files = sorted({f["file"].split("/a/")[1] for f in json.loads(result.stdout)})
    assert files == ["b/two.md", "one.txt"]


def test_configuration_in_pyproject(tmp_path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.resparse]\nignore = ["RS101"]\nmessage-lang = "zh"\n')
    path = write(tmp_path, "drafts/draft.txt", YEAR.replace("第 2195(2015)", "第 2178"))
    result = run("check", "--format", "json", str(path))
    (finding,) = json.loads(result.stdout)
    assert finding["code"] == "RS104" and finding["message"].startswith("引用第2178号决议时未写年份")
    assert run("check", str(write(tmp_path, "drafts/year.txt", YEAR))).exit_code == 0


def test_configuration_per_file_ignores_and_resparse_toml(tmp_path) -> None:
    write(tmp_path, "resparse.toml", '[per-file-ignores]\n"old/*.txt" = ["RS1"]\n')
    old = write(tmp_path, "old/a.txt", YEAR)
    new = write(tmp_path, "new/a.txt", YEAR)
    assert run("check", str(old)).exit_code == 0
    assert run("check", str(new)).exit_code == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[tool.resparse]\nselect = ["RS9"]\n', "names no rule"),
        ('[tool.resparse]\nignor = ["RS1"]\n', "unknown key"),
        ('[tool.resparse]\nmin-level = "fatal"\n', "min-level"),
        ('[tool.resparse]\nselect = "RS1"\n', "must be a list"),
        ("[tool.resparse\n", "not valid TOML"),
    ],
)
def test_bad_configuration_is_exit_2(tmp_path, content: str, message: str) -> None:
    write(tmp_path, "pyproject.toml", content)
    path = write(tmp_path, "draft.txt", CLEAN)
    result = run("check", str(path))
    assert result.exit_code == 2 and message in result.stderr
    assert result.stderr.count("\n") == 1


def test_register_from_configuration(tmp_path) -> None:
    write(tmp_path, "resparse.toml", 'register = "reg.csv"\n')
    write(tmp_path, "reg.csv", "number,year\n1,1946\n2195,2015\n")
    path = write(tmp_path, "draft.txt", YEAR)
    assert run("check", str(path)).exit_code == 0  # this register says 2195 is of 2015


def test_stdin() -> None:
    result = run("check", "-", input=YEAR)
    assert result.exit_code == 1 and result.stdout.startswith("<stdin>:2:5: RS101")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[tool]\nresparse = 1\n", "must be a table"),
        ('[tool.resparse]\nselect = ["rs1", "XX"]\n', "names no rule: XX"),
    ],
)
def test_more_bad_configuration(tmp_path, content: str, message: str) -> None:
    write(tmp_path, "pyproject.toml", content)
    result = run("check", str(write(tmp_path, "draft.txt", CLEAN)))
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output


def test_configuration_codes_are_not_case_sensitive(tmp_path) -> None:
    write(tmp_path, "resparse.toml", 'ignore = ["rs101"]\n')
    assert run("check", str(write(tmp_path, "draft.txt", YEAR))).exit_code == 0


def test_unreadable_files_are_counted_not_passed(tmp_path) -> None:
    result = run("check", str(tmp_path / "missing.txt"), str(write(tmp_path, "draft.txt", CLEAN)))
    assert result.exit_code == 2
    assert "All checks passed" not in result.stdout
    assert "1 file could not be read" in result.stdout


def test_sarif_reports_unreadable_files(tmp_path) -> None:
    result = run(
        "check", "--format", "sarif", str(tmp_path / "missing.txt"), str(write(tmp_path, "a b#1.txt", YEAR))
    )
    run_ = json.loads(result.stdout)["runs"][0]
    (invocation,) = run_["invocations"]
    assert invocation["executionSuccessful"] is False
    assert "no such file" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    uri = run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith("a%20b%231.txt")


def test_statistics_as_json_and_empty() -> None:
    data = json.loads(run("check", "--statistics", "--format", "json", EXAMPLE).stdout)
    assert {"code": "RS101", "name": "year-mismatch", "level": "error", "count": 1} in data
    assert run("check", "--statistics", "-", input=CLEAN).stdout == ""


def test_stdin_uses_the_configuration_of_the_working_directory(tmp_path, monkeypatch) -> None:
    write(tmp_path, "resparse.toml", 'ignore = ["RS101"]\n')
    monkeypatch.chdir(tmp_path)
    assert run("check", "-", input=YEAR).exit_code == 0


def test_directive_without_codes_suppresses_everything(tmp_path) -> None:
    text = YEAR.replace("回顾第", "# resparse: ignore\n回顾第")
    result = run("check", "--format", "json", str(write(tmp_path, "draft.txt", text)))
    assert json.loads(result.stdout) == []
