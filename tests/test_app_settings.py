"""Settings: the command line first, then the configuration file, then the defaults — written once."""

from __future__ import annotations

import pickle

from resparse.app.settings import CheckSettings


def _configure(folder, text: str) -> str:
    (folder / "resparse.toml").write_text(text, encoding="utf-8")
    draft = folder / "draft.txt"
    draft.write_text("安全理事会，\n", encoding="utf-8")
    return str(draft)


def test_defaults_without_configuration(tmp_path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("x", encoding="utf-8")
    effective = CheckSettings().for_file(str(draft))
    assert (effective.select, effective.ignore, effective.min_level, effective.message_lang) == (
        ("ALL",),
        (),
        "note",
        "en",
    )


def test_the_configuration_fills_what_the_command_line_leaves(tmp_path) -> None:
    draft = _configure(
        tmp_path, 'select = ["RS1"]\nignore = ["RS104"]\nmin-level = "warning"\nmessage-lang = "zh"\n'
    )
    effective = CheckSettings().for_file(draft)
    assert (effective.select, effective.ignore, effective.min_level, effective.message_lang) == (
        ("RS1",),
        ("RS104",),
        "warning",
        "zh",
    )


def test_the_command_line_wins_and_ignores_add_up(tmp_path) -> None:
    draft = _configure(
        tmp_path, 'select = ["RS1"]\nignore = ["RS104"]\nmin-level = "warning"\nmessage-lang = "zh"\n'
    )
    given = CheckSettings(select=("RS4",), ignore=("RS403",), min_level="error", message_lang="en")
    effective = given.for_file(draft)
    assert (effective.select, effective.ignore, effective.min_level, effective.message_lang) == (
        ("RS4",),
        ("RS104", "RS403"),
        "error",
        "en",
    )


def test_settings_pickle_for_worker_processes() -> None:
    settings = CheckSettings(select=("RS1",))
    assert pickle.loads(pickle.dumps(settings)) == settings
