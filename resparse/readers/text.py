"""Read plain text from a path or stdin and decode it without guessing silently wrong.

Encodings accepted: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and GB18030 (which
includes GBK and GB2312). A file that is not valid UTF-8 is only taken as GB18030 when the result
reads as Chinese text; anything else is refused with a clear reason rather than shown as mojibake.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO, NamedTuple

from resparse.errors import InputError
from resparse.grammar.formats import CONTROL, HAN, LINE_END

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: The most bytes read from one input unless told otherwise (``--max-size``): a resolution is tens of
#: kilobytes, the longest General Assembly texts a few megabytes.
MAX_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024
#: Only regular files are read: a device (``/dev/zero``), a pipe or a socket could go on for ever.
_NOT_A_FILE = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISCHR, "is a device, not a file"),
    (stat.S_ISBLK, "is a device, not a file"),
    (stat.S_ISFIFO, "is a pipe (FIFO), not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
)


class SourceText(NamedTuple):
    """Decoded text with line ends unified to ``\\n``; columns are unaffected by that change."""

    name: str
    text: str
    encoding: str


def read_bytes(source: str | os.PathLike[str], max_bytes: int | None = None) -> tuple[str, bytes]:
    """The display name and raw bytes of a path, or of stdin for ``-``; at most ``max_bytes``.

    Only a regular file is read (stdin aside): it is opened without blocking and looked at before a
    byte is read, so a pipe or a device is refused instead of read for ever.
    """
    limit = MAX_BYTES if max_bytes is None else max_bytes
    if str(source) == "-":
        return "<stdin>", _capped("<stdin>", _read(sys.stdin.buffer, limit + 1), limit)
    path = Path(source)
    try:
        # One open and one fstat: this runs for every file of a corpus.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb") as handle:
            status = os.fstat(fd)
            for test, what in _NOT_A_FILE:
                if test(status.st_mode):
                    raise InputError(f"{path}: {what}")
            if status.st_size > limit:
                raise InputError(f"{path}: {_too_large(status.st_size, limit)}")  # without reading it
            return str(path), _capped(str(path), _read(handle, limit + 1, status.st_size), limit)
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


def _read(handle: BinaryIO, most: int, expected: int = 0) -> bytes:
    """Up to ``most`` bytes, read in pieces: ``read(most)`` would set aside ``most`` bytes at once."""
    pieces = []
    left = most
    size = min(max(expected + 1, _CHUNK), most)  # a regular file: its size and the byte that ends it
    while left > 0:
        piece = handle.read(min(size, left))
        if not piece:
            break
        pieces.append(piece)
        left -= len(piece)
        size = _CHUNK
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def _capped(name: str, data: bytes, limit: int) -> bytes:
    """``data``, read with one byte more than ``limit`` allows: that byte says the input is too large."""
    if len(data) > limit:
        raise InputError(f"{name}: {_too_large(None, limit)}")
    return data


def _too_large(size: int | None, limit: int) -> str:
    what = f"{size} bytes" if size is not None else f"more than {limit} bytes"
    return f"too large ({what}; the limit is {limit} bytes, --max-size changes it)"


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
        utf16 = _utf16_order(data)
        if utf16:
            raise InputError(f"{name}: looks like UTF-16 without a byte-order mark; try --encoding {utf16}")
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


def _utf16_order(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 text without a byte-order mark, else ``None``.

    ASCII in UTF-16 puts a NUL in every other byte — the second of each pair in little-endian order,
    the first in big-endian — where a binary file scatters them.
    """
    even, odd = data[0::2], data[1::2]
    in_even, in_odd = even.count(0) / max(len(even), 1), odd.count(0) / max(len(odd), 1)
    if max(in_even, in_odd) <= 0.3 or min(even.count(0), odd.count(0)) >= 0.05 * max(len(even), 1):
        return None
    return "utf-16-be" if in_even > in_odd else "utf-16-le"


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


#: How many U+0002 a text out of pdfium may carry for every 10,000 characters (its hyphens); more is
#: a binary file.
_PDFIUM_HYPHENS = 20


def _finish(name: str, text: str, encoding: str) -> SourceText:
    if not text or text.isspace():
        raise InputError(f"{name}: empty file")
    if "\x02" in text and text.count("\x02") <= _PDFIUM_HYPHENS * (1 + len(text) // 10_000):
        # pdfium writes a hyphen set in some fonts as U+0002 ("COVID\x0219"): one character for one,
        # so every column still points at the same place.
        text = text.replace("\x02", "-")
    if CONTROL.search(text):  # the class leaves out \t, \n, \x0c (form feed) and \r
        raise InputError(f"{name}: binary file (contains control characters), not text")
    return SourceText(name=name, text=LINE_END.sub("\n", text) if "\r" in text else text, encoding=encoding)


def read_text(
    source: str | os.PathLike[str], encoding: str | None = None, max_bytes: int | None = None
) -> SourceText:
    """Read and decode a path (or ``-`` for stdin), at most ``max_bytes`` of it."""
    name, data = read_bytes(source, max_bytes)
    if not data:
        raise InputError(f"{name}: empty file")
    return decode(data, name, encoding)
