"""What each command was asked to do: its command-line options and configuration, as one frozen value.

The command line builds one settings object per command, validated once; worker processes receive it
(it pickles). For ``check``, the configuration file that applies can differ from file to file (it is
found by walking up from each), so :meth:`CheckSettings.for_file` merges the two — the one place the
precedence is written: the command line first, then the configuration, then the defaults.
"""

from __future__ import annotations

from typing import NamedTuple

from resparse.app import config as configuration
from resparse.render import View


class Reading(NamedTuple):
    """How to read the files: ``--input-format``, ``--encoding`` and ``--max-size``."""

    input_format: str | None = None
    encoding: str | None = None
    max_bytes: int | None = None


class SplitSettings(NamedTuple):
    reading: Reading = Reading()
    format: str = "text"
    output_dir: str | None = None


class RefsSettings(NamedTuple):
    reading: Reading = Reading()
    format: str = "table"
    view: View = View()
    register: str | None = None
    link_style: str = "undocs"
    lang: str | None = None


class GraphSettings(NamedTuple):
    reading: Reading = Reading()
    format: str = "csv"
    kind: str = "all"


class FileCheck(NamedTuple):
    """What ``check`` does for one file, the command line and its configuration merged."""

    select: tuple[str, ...]
    ignore: tuple[str, ...]
    min_level: str
    message_lang: str
    register: str | None
    file_ignores: tuple[str, ...]


class CheckSettings(NamedTuple):
    reading: Reading = Reading()
    format: str = "text"
    view: View = View()
    #: Given on the command line (``()`` and ``None``: not given, the configuration decides).
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_level: str | None = None
    message_lang: str | None = None
    register: str | None = None
    config: str | None = None
    exit_zero: bool = False

    def for_file(self, path: str) -> FileCheck:
        """The settings for ``path``; raises :class:`~resparse.app.config.ConfigError`."""
        found = configuration.for_file(path, self.config)
        register = self.register or (str(found.register) if found.register else None)
        return FileCheck(
            select=self.select or found.select or ("ALL",),
            ignore=(*found.ignore, *self.ignore),
            min_level=self.min_level or found.min_level or "note",
            message_lang=self.message_lang or found.message_lang or "en",
            register=register,
            file_ignores=found.ignores_for(path),
        )
