"""The renderers' registry: every format of every command has an emitter, or a per-file record."""

from __future__ import annotations

import pytest

import resparse
from resparse.model import Findings
from resparse.render import FORMAT_NAMES, Report, View, formats
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
    first = refs_json(Report([references]))
    check_text(Report([findings], files=1))
    assert refs_json(Report([references])) == first
    assert check_text(Report([findings], files=1)).endswith("in 1 file.\n")


def test_a_record_is_one_line() -> None:
    references = resparse.refs(resparse.parse(str(EXAMPLE)))
    record = formats("refs")["jsonl"].record
    assert record is not None
    line = record(references, View())
    assert "\n" not in line and line.startswith("{")
