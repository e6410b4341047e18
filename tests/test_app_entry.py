"""The program: plain ``check PATH…`` runs without click and prints exactly what the click path prints."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support import CORPUS, PDF_2395, ROOT

EXAMPLE = str(ROOT / "examples" / "draft_resolution.txt")
FAST = "import sys; from resparse.app.entry import main; main(sys.argv[1:])"
#: The click command line, reached with an explicit default that the fast path does not take.
CLICK = "import sys; from resparse.app.cli import main; main(sys.argv[1:])"


def _run(program: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", program, *args], capture_output=True, text=True)


@pytest.mark.parametrize(
    "paths",
    [
        [EXAMPLE],
        [str(p) for p in sorted(CORPUS.glob("*.txt"))],
        [str(CORPUS / "no_formula.txt"), str(ROOT / "missing.txt")],
    ],
    ids=["one file", "fixtures", "with an unreadable file"],
)
def test_the_fast_path_prints_what_click_prints(paths: list[str]) -> None:
    fast = _run(FAST, "check", *paths)
    full = _run(CLICK, "check", *paths)
    assert (fast.returncode, fast.stdout, fast.stderr) == (full.returncode, full.stdout, full.stderr)
    assert fast.stdout


def test_the_fast_path_does_not_import_click() -> None:
    probe = FAST.replace("main(sys.argv[1:])", "") + (
        "\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\nprint('click' in sys.modules, file=sys.stderr)"
    )
    done = _run(probe, "check", str(PDF_2395 if PDF_2395.exists() else EXAMPLE))
    assert done.stderr.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("args", [["check", "--format", "json", EXAMPLE], ["--version"], ["check", "--help"]])
def test_anything_else_goes_to_click(args: list[str]) -> None:
    done = _run(FAST, *args)
    assert done.returncode == 0 or args[1] == "--format"
    assert done.stdout


def test_python_dash_m_runs_the_program() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "resparse", "check", EXAMPLE], capture_output=True, text=True
    )
    assert done.returncode == 1 and "RS101" in done.stdout
