"""Decoding: every accepted encoding reads the same text; every bad input is a one-line error."""

from __future__ import annotations

import codecs
import io
import os

import pytest

from resparse.errors import InputError
from resparse.readers.text import decode, read_bytes, read_text

TEXT = "安全理事会，\n回顾其第 1373(2001)号决议，\n1. 决定继续积极处理此案。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 with BOM"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (TEXT.replace("\n", "\r").encode("gbk"), "gb18030"),
    ],
)
def test_decodes_to_the_same_text(data: bytes, encoding: str) -> None:
    source = decode(data, "x.txt")
    assert source.text == TEXT
    assert source.encoding == encoding


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n \r\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"abc\x01\x02\x03def", "binary file"),
        ("résolution du Conseil".encode("latin-1"), "cannot decode"),
        (b"\xff\xfe\x00\xd8", "utf-16"),
        ("Зачем".encode("cp1251"), "cannot decode"),
    ],
)
def test_refuses_bad_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        if not data:
            raise InputError("x.txt: empty file")
        decode(data, "x.txt")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_told_the_encoding_that_reads_it(tmp_path, codec: str) -> None:
    """The message names the byte order the file has (it named utf-16-le for big-endian files too)."""
    path = tmp_path / "utf16-no-bom.txt"
    path.write_bytes(TEXT.encode(codec))
    with pytest.raises(InputError, match=f"UTF-16 without a byte-order mark; try --encoding {codec}$"):
        read_text(path)
    assert read_text(path, encoding=codec).text == TEXT


def test_forced_encoding(tmp_path) -> None:
    path = tmp_path / "utf16-no-bom.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    with pytest.raises(InputError, match="cannot decode as utf-8"):
        read_text(path, encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
    ],
)
def test_refuses_bad_paths(tmp_path, make, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_text(make(tmp_path))


def _fifo(folder):
    path = folder / "x.txt"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: "/dev/zero", "is a device, not a file"),
        (lambda p: "/dev/urandom", "is a device, not a file"),
        (_fifo, r"is a pipe \(FIFO\), not a file"),
    ],
    ids=["/dev/zero", "/dev/urandom", "fifo"],
)
def test_only_regular_files_are_read(tmp_path, make, message: str) -> None:
    """Devices and pipes never end: they are refused before a byte is read (this hung before)."""
    path = make(tmp_path)
    if not os.path.exists(path):
        pytest.skip(f"{path} is not on this system")
    with pytest.raises(InputError, match=message):
        read_bytes(path)


def test_the_bytes_read_are_capped(tmp_path, monkeypatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match=r"too large \(101 bytes; the limit is 100 bytes, --max-size"):
        read_bytes(path, 100)
    assert read_bytes(path, 101)[1] == b"x" * 101
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"y" * 50)))
    with pytest.raises(InputError, match=r"<stdin>: too large .more than 10 bytes"):
        read_bytes("-", 10)
