"""Rules the code keeps that import-linter does not check: no private name crosses a module, only the
shell draws progress, and the values of the model cannot be changed."""

from __future__ import annotations

import ast

import pytest

from tests.support import ROOT

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


def test_value_objects_are_immutable() -> None:
    """Every value of the model refuses an assignment: a stage makes a changed copy instead."""
    from resparse import model

    values = [
        getattr(model, name)
        for name in dir(model)
        if isinstance(getattr(model, name), type) and issubclass(getattr(model, name), tuple)
    ]
    assert len(values) >= 15
    for cls in values:
        instance = cls(*[None] * len(cls._fields))
        with pytest.raises(AttributeError):
            setattr(instance, cls._fields[0], "changed")


def test_documents_compare_without_their_source_map() -> None:
    import resparse

    document = resparse.parse(str(ROOT / "examples" / "draft_resolution.txt"))
    again = resparse.parse(str(ROOT / "examples" / "draft_resolution.txt"))
    assert document == again and hash(document) == hash(again)
    assert document.source_map is not again.source_map
