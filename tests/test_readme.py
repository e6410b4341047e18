"""Every snippet in README.md runs as written, and its tables say what the code does.

The shell lines run in a scratch folder holding copies of ``examples/`` and ``corpus/`` (the paths the
README uses), with the installed ``resparse`` on the PATH; the Python blocks run there as scripts. A
snippet that stops working, an option that is renamed, a rule whose level changes: this test says so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import regex

from resparse.app.files import SUFFIXES
from resparse.rules import RULES
from tests.support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = regex.compile(r"^```(\w+)\n(.*?)^```$", regex.M | regex.S)
BLOCKS = [
    (match.group(1), match.group(2), README.count("\n", 0, match.start()) + 1)
    for match in FENCE.finditer(README)
]

# Lines that install, test or benchmark the project itself: CI runs them, not this test.
NOT_HERE = ("python -m pip", "python -m pytest", "RESPARSE_FUZZ=", "python benchmarks/")


def blocks(language: str) -> list[tuple[str, int]]:
    return [(body, line) for lang, body, line in BLOCKS if lang == language]


def shell_lines() -> list[tuple[str, int]]:
    lines = []
    for body, first in blocks("sh"):
        for number, line in enumerate(body.splitlines(), start=first + 1):
            if line.strip() and not line.startswith(NOT_HERE):
                lines.append((line, number))
    return lines


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    for name in ("examples", "corpus"):
        shutil.copytree(ROOT / name, folder / name)
    return folder


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env.pop("COLUMNS", None)
    return env


def run_shell(line: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", "set -o pipefail; " + line],
        cwd=folder,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_readme_has_snippets_of_every_kind() -> None:
    assert len(shell_lines()) >= 20
    assert {"sh", "python", "json", "toml", "yaml"} <= {lang for lang, _, _ in BLOCKS}


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(("line", "number"), shell_lines(), ids=[f"README:{n}" for _, n in shell_lines()])
def test_shell_line_runs(line: str, number: int, scratch: Path) -> None:
    if "out/" in line:
        (scratch / "out").mkdir(exist_ok=True)
    result = run_shell(line, scratch)
    # check and compare exit 1 when they find errors, which the examples are written to have.
    allowed = {0, 1} if line.startswith(("resparse check", "resparse compare")) else {0}
    assert result.returncode in allowed, f"README line {number}: {line}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    if "--output-dir out/" in line:
        assert list((scratch / "out").iterdir()), f"README line {number} wrote nothing"
    elif ">" not in line:
        assert result.stdout.strip(), f"README line {number} printed nothing"


@pytest.mark.parametrize(
    ("body", "number"), blocks("python"), ids=[f"README:{n}" for _, n in blocks("python")]
)
def test_python_block_runs(body: str, number: int, scratch: Path) -> None:
    if "dask" in body:
        pytest.importorskip("dask.bag")
    script = scratch / f"readme_{number}.py"
    script.write_text(body, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, script.name],
        cwd=scratch,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"README block at line {number}:\n{result.stderr}"
    assert result.stdout.strip()


def test_json_sample_has_the_output_keys(scratch: Path) -> None:
    ((sample, _),) = blocks("json")
    sample = sample.replace("{…}", "{}")
    documented = json.loads(sample)[0]
    result = run_shell("resparse split --format json examples/draft_resolution.txt", scratch)
    actual = json.loads(result.stdout)[0]
    assert set(documented) <= set(actual)
    for key in ("file", "symbol", "language", "pages", "links"):
        assert documented[key] == actual[key]
    assert documented["formula"]["text"] == actual["formula"]["text"]
    assert documented["formula"]["span"] == actual["formula"]["span"]
    paragraphs = {p["id"]: p for p in actual["paragraphs"]}
    for paragraph in documented["paragraphs"]:
        real = paragraphs[paragraph["id"]]
        assert set(paragraph) <= set(real)
        assert all(real[k] == v for k, v in paragraph.items() if v not in ("…", {}))


def test_toml_sample_is_a_working_configuration(scratch: Path) -> None:
    ((sample, _),) = blocks("toml")
    project = scratch / "project"
    (project / "registers").mkdir(parents=True)
    (project / "archive").mkdir()
    shutil.copy(scratch / "examples" / "register.csv", project / "registers" / "sc_resolutions.csv")
    (project / "pyproject.toml").write_text(sample, encoding="utf-8")
    shutil.copy(scratch / "examples" / "draft_resolution.txt", project / "draft.txt")
    shutil.copy(scratch / "corpus" / "no_formula.txt", project / "archive" / "old.txt")
    result = run_shell("resparse check --format json draft.txt archive/old.txt", project)
    assert result.returncode in (0, 1), result.stderr
    findings = json.loads(result.stdout)
    codes = {f["code"] for f in findings}
    assert codes and "RS104" not in codes and not any(code.startswith("RS3") for code in codes)
    assert all(f["level"] != "note" for f in findings)
    assert all(regex.search(r"\p{Han}", f["message"]) for f in findings), "messages in Chinese"
    assert not any(f["code"] == "RS403" and f["file"].startswith("archive") for f in findings)
    assert tomllib.loads(sample)["tool"]["resparse"]["register"].endswith(".csv")


def test_yaml_sample_names_the_hook() -> None:
    yaml = pytest.importorskip("yaml")
    ((sample, _),) = blocks("yaml")
    hook_ids = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    config = yaml.safe_load(sample)
    used = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
    assert used <= hook_ids


def test_rule_table_matches_the_catalogue() -> None:
    rows = regex.findall(r"^\| (RS\d{3}) \| ([\w-]+) \| (\w+) \|", README, flags=regex.M)
    assert {code: (name, level) for code, name, level in rows} == {
        rule.code: (rule.name, rule.level) for rule in RULES.values()
    }


def test_suffix_lists_match_the_finder() -> None:
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    checked = 0
    for mention in regex.findall(r"`\.\w+`(?:(?:,\s+|\s+and\s+|,\s+and\s+)`\.\w+`)+", README):
        listed = regex.findall(r"`(\.\w+)`", mention)
        if len(listed) >= 5:
            assert set(listed) == set(SUFFIXES), mention
            checked += 1
    assert checked >= 2
    assert set(regex.findall(r"\.\(([^)]*)\)\$", hooks)[0].replace("html?", "html|htm").split("|")) == {
        suffix[1:] for suffix in SUFFIXES
    }
