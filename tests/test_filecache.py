"""Files read once per version: the same result while a file is unchanged, a new one when it changes."""

from __future__ import annotations

import os

import pytest

from resparse.filecache import per_version


@pytest.fixture
def counted():
    calls: list[str] = []

    @per_version
    def read(path: str) -> str:
        calls.append(path)
        with open(path, encoding="utf-8") as handle:
            return handle.read()

    return read, calls


def test_read_once_per_version(tmp_path, counted) -> None:
    read, calls = counted
    path = tmp_path / "settings.toml"
    path.write_text("a")
    assert read(path) == read(str(path)) == "a"
    assert calls == [str(path)]
    path.write_text("bb")  # another size: another version, whatever the clock's resolution
    assert read(path) == "bb" and len(calls) == 2


def test_a_relative_path_is_the_file_it_names_now(tmp_path, counted, monkeypatch) -> None:
    read, _ = counted
    for folder, text in (("one", "1"), ("two", "22")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "settings.toml").write_text(text)
    monkeypatch.chdir(tmp_path / "one")
    assert read("settings.toml") == "1"
    monkeypatch.chdir(tmp_path / "two")
    assert read("settings.toml") == "22"


def test_errors_are_not_remembered(tmp_path, counted) -> None:
    read, calls = counted
    missing = tmp_path / "missing.toml"
    for _ in range(2):
        with pytest.raises(FileNotFoundError):
            read(missing)
    assert calls == [os.fspath(missing)] * 2
