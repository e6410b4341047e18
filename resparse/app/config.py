"""Configuration: ``[tool.resparse]`` in ``pyproject.toml``, or ``resparse.toml``, found by walking up.

Keys (all optional)::

    select = ["RS1", "RS2"]          # codes or prefixes; default: all rules
    ignore = ["RS104"]
    min-level = "warning"            # note | warning | error
    message-lang = "zh"              # en | zh
    register = "data/sc_resolutions.csv"   # relative to the configuration file
    [tool.resparse.per-file-ignores]
    "drafts/*.txt" = ["RS403"]       # glob relative to the configuration file

A configuration that cannot be read, or names an unknown key, rule, level or language, is an error
(exit code 2) with the reason — never silently ignored.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from resparse.filecache import per_version
from resparse.rules import LANGUAGES, LEVELS, UnknownCodes, parse_codes


class ConfigError(Exception):
    """A configuration file that cannot be used; the message says which file and why."""


class Config(NamedTuple):
    """One configuration file's settings (all empty: no file)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    min_level: str | None = None
    message_lang: str | None = None
    register: Path | None = None
    per_file_ignores: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    root: Path | None = None
    source: Path | None = None

    def ignores_for(self, path: str | Path) -> tuple[str, ...]:
        """Codes ignored for ``path`` by ``per-file-ignores``."""
        if self.root is None:
            return ()
        try:
            relative = Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                codes.extend(ignored)
        return tuple(codes)


_KEYS = {"select", "ignore", "min-level", "message-lang", "register", "per-file-ignores"}


def find(start: str | Path) -> Path | None:
    """The nearest ``resparse.toml`` (or ``pyproject.toml`` with ``[tool.resparse]``) above ``start``."""
    here = Path(start).resolve()
    for folder in [here, *here.parents] if here.is_dir() else here.parents:
        candidate = folder / "resparse.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _mentions_resparse(pyproject):
            return pyproject
    return None


@per_version
def _mentions_resparse(pyproject: str) -> bool:
    """Whether a pyproject.toml configures resparse (a broken one that names it is reported, not skipped)."""
    text = Path(pyproject).read_text(encoding="utf-8", errors="replace")
    if "resparse" not in text:
        return False
    import tomllib

    try:
        tool = tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:
        return True
    return isinstance(tool, dict) and "resparse" in tool


@per_version
def load(path: str | Path) -> Config:
    """Read and validate one configuration file (once per version of it: a corpus shares one)."""
    import tomllib

    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("resparse", {}) if isinstance(tool, dict) else {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.resparse] must be a table of settings, not {type(data).__name__}")
    return _validate(data, path)


def _validate(data: dict[str, Any], path: Path) -> Config:
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_KEYS))})"
        )
    select = _codes(data, "select", path) if "select" in data else None
    ignore = _codes(data, "ignore", path) if "ignore" in data else ()
    level = data.get("min-level")
    if level is not None and level not in LEVELS:
        raise ConfigError(f"{path}: min-level must be one of {', '.join(LEVELS)}, not {level!r}")
    lang = data.get("message-lang")
    if lang is not None and lang not in LANGUAGES:
        raise ConfigError(f"{path}: message-lang must be 'en' or 'zh', not {lang!r}")
    register = data.get("register")
    if register is not None:
        if not isinstance(register, str):
            raise ConfigError(f"{path}: register must be a path string")
        register = (path.parent / register).resolve()
    per_file = data.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{path}: per-file-ignores must be a table of glob = [codes]")
    per_file_ignores = {glob: _codes(per_file, glob, path, "per-file-ignores") for glob in per_file}
    return Config(select, ignore, level, lang, register, per_file_ignores, path.parent.resolve(), path)


def _codes(table: dict[str, Any], key: str, path: Path, where: str | None = None) -> tuple[str, ...]:
    value = table[key]
    label = f"{where}.{key}" if where else key
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f'{path}: {label} must be a list of rule codes such as ["RS101", "RS2"]')
    try:
        return parse_codes(value)
    except UnknownCodes as exc:
        raise ConfigError(f"{path}: {label} names no rule: {', '.join(exc.codes)}") from None


def for_file(path: str | Path, explicit: str | Path | None = None) -> Config:
    """The configuration that applies to ``path`` (or the ``explicit`` file), or an empty one."""
    source = Path(explicit) if explicit else find(Path.cwd() if str(path) == "-" else path)
    return load(source) if source else Config()
