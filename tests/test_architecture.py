"""Rules the code keeps that import-linter does not check: no private name crosses a module, only the
shell draws progress, and no stage mutates a value object (the model made frozen, the pipeline run)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

import pytest

from tests.support import CORPUS, PDF_2395, ROOT

PACKAGE = ROOT / "resparse"


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("resparse"):
            for alias in node.names:
                yield node.module, alias.name, node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, node.lineno


def test_no_private_name_is_imported_from_another_module() -> None:
    crossing = [
        f"{path.relative_to(ROOT)}:{line}: {module}.{name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for module, name, line in _imports(path)
        if module.startswith("resparse")
        and (
            (name is not None and name.startswith("_") and name != "__version__")
            or any(part.startswith("_") and part != "__init__" for part in module.split("."))
        )
    ]
    assert crossing == []


def test_only_the_shell_draws_progress() -> None:
    outside = [
        str(path.relative_to(ROOT))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "rich.progress" in path.read_text(encoding="utf-8") and path.parent.name != "app"
    ]
    assert outside == []


STRICT_RUN = """
import sys
import resparse
from resparse.model import Position
for path in sys.argv[1:]:
    document = resparse.parse(path)
    references = resparse.refs(document)
    resparse.check(references)
try:
    Position(1, 1).line = 2
except AttributeError:
    print("frozen")
"""


def test_no_stage_mutates_a_value_object() -> None:
    """With ``RESPARSE_STRICT_MODEL=1`` every value object is frozen: an assignment anywhere would raise."""
    paths = [str(p) for p in sorted(CORPUS.glob("*.txt"))] + [str(ROOT / "examples" / "draft_resolution.txt")]
    if PDF_2395.exists():
        paths.append(str(PDF_2395))
    shared_xml = sorted((ROOT.parent / "shared" / "corpus" / "unxml").glob("*/Chinese/*.xml"))[:20]
    paths += [str(p) for p in shared_xml]
    done = subprocess.run(
        [sys.executable, "-c", STRICT_RUN, *paths],
        capture_output=True,
        text=True,
        env={**os.environ, "RESPARSE_STRICT_MODEL": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "frozen"


@pytest.mark.parametrize("strict", ["0", "1"])
def test_value_objects_hash_and_compare_alike_either_way(strict: str) -> None:
    probe = "from resparse.model import Position, Span; s = Span(Position(1, 2), Position(1, 3)); print(hash(s) == hash(Span(Position(1, 2), Position(1, 3))), s == Span(Position(1, 2), Position(1, 3)))"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, "RESPARSE_STRICT_MODEL": strict},
    )
    assert done.stdout.split() == ["True", "True"]
