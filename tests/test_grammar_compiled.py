"""The compiled-pattern cache: a pattern compiled once is loaded back, a broken cache is ignored."""

from __future__ import annotations

import pickle
import sys

import regex

from resparse.grammar import compiled


def _cache(tmp_path, monkeypatch) -> compiled._Cache:
    monkeypatch.setattr(compiled, "_FILE", tmp_path / "__pycache__" / "patterns.pickle")
    return compiled._Cache()


def test_a_saved_pattern_is_loaded_compiled(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    first = _cache(tmp_path, monkeypatch)
    pattern = first.compile(r"第\s*(\d+)号", 0)
    assert first.changed
    first.save()
    second = compiled._Cache()
    assert (r"第\s*(\d+)号", 0) in second.patterns
    again = second.compile(r"第\s*(\d+)号", 0)
    assert not second.changed  # nothing new: nothing to write
    assert again.pattern == pattern.pattern and again.match("第 12号")[1] == "12"


def test_nothing_is_written_where_bytecode_is_not(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache = _cache(tmp_path, monkeypatch)
    cache.compile(r"x+", 0)
    cache.save()
    assert not (tmp_path / "__pycache__").exists()


def test_a_broken_cache_is_ignored(tmp_path, monkeypatch) -> None:
    target = tmp_path / "__pycache__" / "patterns.pickle"
    target.parent.mkdir()
    target.write_bytes(b"not a pickle")
    cache = _cache(tmp_path, monkeypatch)
    assert cache.patterns == {}
    assert cache.compile(r"a|b", regex.IGNORECASE).match("B")


def test_stale_patterns_are_dropped_once_they_outnumber_the_used_ones(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    target = tmp_path / "__pycache__" / "patterns.pickle"
    target.parent.mkdir()
    stale = {(f"old{i}", 0): regex.compile(f"old{i}") for i in range(5)}
    target.write_bytes(pickle.dumps(stale))
    cache = _cache(tmp_path, monkeypatch)
    cache.compile("new", 0)
    cache.save()
    assert set(pickle.loads(target.read_bytes())) == {("new", 0)}
