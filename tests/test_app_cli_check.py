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


# -- what a new user hit in a first afternoon (each failed before its fix) ------------------------------

AKN = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta><identification source="#x"><FRBRExpression><FRBRlanguage language="zho"/></FRBRExpression>
    </identification></meta>
    <preamble>
      <formula name="enactingFormula"><p>安全理事会，</p></formula>
      <container name="回顾"><p>回顾第<a href="https://undocs.org/ch/S/RES/2195(2014)">2195(2015)</a>号决议，</p></container>
    </preamble>
    <mainBody>
      <paragraph eId="para_1"><num>1.</num><content><p>决定继续积极处理此案。</p></content></paragraph>
    </mainBody>
  </statement>
</akomaNtoso>
"""


@pytest.mark.parametrize("fmt", ["text", "github", "sarif"])
def test_findings_on_xml_lead_with_the_files_own_line_and_column(tmp_path, fmt: str) -> None:
    """They gave the line of the text view (the XML's metadata) and the <paragraph>'s line after it."""
    path = write(tmp_path, "r.xml", AKN)
    line = AKN.split("\n").index(next(x for x in AKN.split("\n") if "2195(2015)" in x)) + 1
    column = AKN.split("\n")[line - 1].index("2195(2015)") + 1
    output = run("check", "--format", fmt, str(path)).stdout
    if fmt == "text":
        assert f"r.xml:{line}:{column}: RS101" in output and "file line" not in output
    elif fmt == "github":
        assert f"line={line},col={column},endLine={line},endColumn={column + 10}," in output
    else:
        region = json.loads(output)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
        assert region == {"startLine": line, "startColumn": column, "endLine": line, "endColumn": column + 10}
    finding = json.loads(run("check", "--format", "json", str(path)).stdout)[0]
    assert (finding["line"], finding["column"]) == (
        2,
        4,
    )  # the text view (formula, preamble …), still in JSON
    assert finding["source"] == {"line": line, "column": column, "end_line": line, "end_column": column + 10}


def test_items_under_headings_in_xml_belong_to_the_paragraph_before() -> None:
    """S/RES/2610: (a)-(c) under 资产冻结, 旅行禁令, 军火禁运 were OPu1-OPu3, and 第1(a)段 dangled (RS402)."""
    path = need(SHARED / "corpus" / "unxml" / "2021" / "Chinese" / "S_RES_2610 (2021)-2119270C.xml")
    data = json.loads(run("check", "--format", "json", str(path)).stdout)
    assert [f["code"] for f in data if f["code"] == "RS402"] == []
    # What stays is real: 2161(2015) for 2161 (2014), RS202 orders and one missing ；.
    assert [f["code"] for f in data if f["level"] == "error"] == ["RS101"]


@pytest.mark.parametrize("fmt", ["sarif", "github", "jsonl"])
def test_statistics_in_a_format_that_cannot_hold_them_is_a_usage_error(fmt: str) -> None:
    result = run("check", "--statistics", "--format", fmt, EXAMPLE)
    assert result.exit_code == 2 and "--statistics" in result.stderr and not result.stdout


def test_message_lang_zh_words_everything() -> None:
    result = run("check", "--message-lang", "zh", EXAMPLE)
    assert "[错误]" in result.stdout and "(修正：2195(2014))" in result.stdout
    assert result.stdout.splitlines()[-1] == "在1个文件中发现4个问题(3个错误，0个警告，1个提示)。"
    assert "Found" not in result.stdout and "[error]" not in result.stdout


def test_a_bad_register_stops_the_run_once_before_any_work(tmp_path) -> None:
    files = [str(write(tmp_path, f"{name}.txt", CLEAN)) for name in "abc"]
    result = run("check", "--register", "/etc/passwd", *files)
    assert result.exit_code == 2 and not result.stdout
    assert result.stderr.count("\n") == 1 and "not a register CSV" in result.stderr


def test_a_configuration_naming_a_missing_register_stops_the_run_once(tmp_path) -> None:
    write(tmp_path, "resparse.toml", 'register = "missing.csv"\n')
    files = [str(write(tmp_path, f"{name}.txt", CLEAN)) for name in "abc"]
    result = run("check", *files)
    assert result.exit_code == 2 and not result.stdout
    assert result.stderr.count("missing.csv") == 1


def test_github_annotates_an_unreadable_file(tmp_path) -> None:
    missing = str(tmp_path / "missing.txt")
    result = run("check", "--format", "github", missing)
    assert result.exit_code == 2
    assert result.stdout == f"::error file={missing},title=unreadable file::{missing}: no such file\n"
    text = run("check", missing).stdout
    assert text == "No file could be read (1 file).\n"  # not "Found 0 findings (0 errors) in 0 files"


def test_terminal_excerpt_puts_the_carets_under_the_citation() -> None:
    """On a terminal the whole paragraph was printed and the carets counted from its start."""
    from resparse.render.findings import display_width, excerpt

    line = "回顾其关于反恐怖主义的各项决议，特别是" * 6 + "第 2195(2015)号决议" + "，以及其他各项决议" * 8
    start = line.index("2195(2015)")
    shown, pad, width = excerpt(line, start, start + 10, 60)
    assert sum(display_width(c) for c in shown) <= 60
    columns = [sum(display_width(c) for c in shown[:i]) for i in range(len(shown) + 1)]
    first = columns.index(pad)
    assert shown[first : first + 10] == "2195(2015)" and width == 10
    assert shown.startswith("…") and shown.endswith("…")


def test_terminal_output_shows_each_finding_in_its_line() -> None:
    """The whole terminal path: the report printed into a captured console, excerpt and carets."""
    from resparse.model import Findings
    from resparse.render import Report, View
    from resparse.render.findings import as_text

    text = "安全理事会，\n回顾其第2195(2015)号决议，\n1. 决定继续处理此案。\n"
    import resparse

    findings = resparse.check(resparse.parse_text(text, "draft.txt"))
    result = Findings("draft.txt", tuple(findings))
    report = Report([result], View(terminal=True), 1, [], {"draft.txt": text.split("\n")})
    shown = "".join(as_text(report))
    assert "draft.txt:2:5: RS101" in shown and "2195(2015)" in shown and "^^^^^^^^^^" in shown
