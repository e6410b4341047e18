"""The renderers' registry: every format of every command has an emitter, or a per-file record."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import resparse
from resparse.model import Findings
from resparse.render import FORMAT_NAMES, Report, View, formats
from resparse.render.json import Lazy, pretty
from tests.support import ROOT

EXAMPLE = ROOT / "examples" / "draft_resolution.txt"


@pytest.mark.parametrize("command", sorted(FORMAT_NAMES))
def test_every_format_name_has_a_renderer(command: str) -> None:
    registry = formats(command)
    assert set(registry) == set(FORMAT_NAMES[command])
    for fmt in registry.values():
        assert (fmt.emit is None) != (fmt.record is None)


def test_emitters_are_functions_of_the_model() -> None:
    """The same report gives the same text, whatever was rendered before it."""
    references = resparse.refs(resparse.parse(str(EXAMPLE)))
    findings = Findings(str(EXAMPLE), tuple(resparse.check(references)))
    refs_json = formats("refs")["json"].emit
    check_text = formats("check")["text"].emit
    assert refs_json is not None and check_text is not None
    first = "".join(refs_json(Report([references])))
    "".join(check_text(Report([findings], files=1)))
    assert "".join(refs_json(Report([references]))) == first
    assert "".join(check_text(Report([findings], files=1))).endswith("in 1 file.\n")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(JSON, st.booleans())
def test_json_written_in_pieces_is_what_json_dumps_writes(value, lazy: bool) -> None:
    """The streamed JSON (lists made item by item) joins to exactly ``json.dumps(indent=2)``."""
    expected = json.dumps(value, ensure_ascii=False, indent=2)

    def laze(node):
        if isinstance(node, list):
            return Lazy(laze(item) for item in node) if lazy else [laze(item) for item in node]
        if isinstance(node, dict):
            return {key: laze(item) for key, item in node.items()}
        return node

    assert "".join(pretty(laze(value))) == expected


def test_a_record_is_one_line() -> None:
    references = resparse.refs(resparse.parse(str(EXAMPLE)))
    record = formats("refs")["jsonl"].record
    assert record is not None
    line = record(references, View())
    assert "\n" not in line and line.startswith("{")
