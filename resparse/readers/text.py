"""Read plain text from a path or stdin and decode it without guessing silently wrong.

Encodings accepted: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and GB18030 (which
includes GBK and GB2312). A file that is not valid UTF-8 is only taken as GB18030 when the result
reads as Chinese text; anything else is refused with a clear reason rather than shown as mojibake.
"""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path
from typing import NamedTuple

from resparse.errors import InputError
from resparse.grammar.formats import CONTROL, HAN, LINE_END

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Most files are read whole; a resolution is tens of kilobytes, so this bound is generous.
MAX_BYTES = 64 * 1024 * 1024


class SourceText(NamedTuple):
    """Decoded text with line ends unified to ``\\n``; columns are unaffected by that change."""

    name: str
    text: str
    encoding: str


def read_bytes(source: str | os.PathLike[str]) -> tuple[str, bytes]:
    """The display name and raw bytes of a path, or of stdin for ``-``."""
    if str(source) == "-":
        return "<stdin>", sys.stdin.buffer.read()
    path = Path(source)
    try:
        with open(path, "rb") as handle:  # one open and one fstat: this runs for every file of a corpus
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise InputError(f"{path}: file too large ({size} bytes; the limit is {MAX_BYTES})")
            return str(path), handle.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        if path.is_dir():  # Windows refuses to open a folder this way
            raise InputError(f"{path}: is a directory") from None
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str = "<text>", encoding: str | None = None) -> SourceText:
    """Decode ``data``; raise :class:`InputError` for empty, binary or undecodable input."""
    if encoding:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"{name}: cannot decode as {encoding} ({exc})") from None
        return _finish(name, text, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(name, data.decode(codec), codec.replace("-sig", " with BOM"))
            except UnicodeDecodeError:
                raise InputError(
                    f"{name}: starts with a {codec} byte-order mark but is not valid {codec}"
                ) from None
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise InputError(f"{name}: looks like UTF-16 without a byte-order mark; try --encoding utf-16-le")
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    try:
        return _finish(name, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(f"{name}: cannot decode: not UTF-8, UTF-16 or GB18030/GBK text") from None
    if not _reads_as_chinese(text):
        raise InputError(f"{name}: cannot decode: not UTF-8, and as GB18030 it does not read as Chinese text")
    return _finish(name, text, "gb18030")


def _looks_like_utf16(data: bytes) -> bool:
    """ASCII in UTF-16 puts a NUL in every other byte; a binary file scatters them."""
    even, odd = data[0::2], data[1::2]
    return max(even.count(0) / max(len(even), 1), odd.count(0) / max(len(odd), 1)) > 0.3 and min(
        even.count(0), odd.count(0)
    ) < 0.05 * max(len(even), 1)


def _reads_as_chinese(text: str) -> bool:
    """GB18030 maps almost any byte string to *something*; accept it only when it looks like Chinese."""
    visible = [c for c in text if not c.isspace()]
    non_ascii = [c for c in visible if ord(c) > 0x7F]
    if not non_ascii or CONTROL.search(text):
        return False
    han = sum(1 for c in non_ascii if HAN.match(c))
    # Western text in a legacy code page also decodes as GB18030, as a sprinkle of ideographs among
    # Latin letters; a Chinese document is mostly ideographs.
    return han / len(non_ascii) >= 0.6 and han >= 0.3 * len(visible)


def _finish(name: str, text: str, encoding: str) -> SourceText:
    if not text or text.isspace():
        raise InputError(f"{name}: empty file")
    if CONTROL.search(text):  # the class leaves out \t, \n, \x0c (form feed) and \r
        raise InputError(f"{name}: binary file (contains control characters), not text")
    return SourceText(name=name, text=LINE_END.sub("\n", text) if "\r" in text else text, encoding=encoding)


def read_text(source: str | os.PathLike[str], encoding: str | None = None) -> SourceText:
    """Read and decode a path (or ``-`` for stdin)."""
    name, data = read_bytes(source)
    if not data:
        raise InputError(f"{name}: empty file")
    return decode(data, name, encoding)
