"""Configuration files: found once per version, read again when edited."""

from __future__ import annotations

import pytest

from resparse.app import config


def test_a_corpus_shares_one_reading_and_an_edit_is_seen(tmp_path) -> None:
    (tmp_path / "resparse.toml").write_text('select = ["RS1"]\n')
    draft = tmp_path / "draft.txt"
    assert config.for_file(draft).select == ("RS1",)
    assert config.for_file(draft) is config.for_file(tmp_path / "other.txt")  # read once
    (tmp_path / "resparse.toml").write_text('select = ["RS101", "RS2"]\n')
    assert config.for_file(draft).select == ("RS101", "RS2")


def test_a_pyproject_counts_once_it_names_resparse(tmp_path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "drafts"\n')
    assert config.find(tmp_path / "draft.txt") is None
    pyproject.write_text('[project]\nname = "drafts"\n\n[tool.resparse]\nignore = ["RS303"]\n')
    assert config.find(tmp_path / "draft.txt") == pyproject.resolve()
    assert config.for_file(tmp_path / "draft.txt").ignore == ("RS303",)


def test_a_broken_file_is_an_error_every_time(tmp_path) -> None:
    (tmp_path / "resparse.toml").write_text("select = [\n")
    for _ in range(2):  # errors are not remembered as results
        with pytest.raises(config.ConfigError, match="not valid TOML"):
            config.for_file(tmp_path / "draft.txt")
