"""Read Word drafts (.docx) with lxml on the package parts — no Word needed.

Body paragraphs are read in order (tables included). Word's automatic numbering (``w:numPr`` and
``numbering.xml``, also through paragraph styles) is turned into the visible labels (``1.``, ``(a)``),
so operative numbering is seen as the reader sees it; the label then counts in the paragraph's
columns. Hyperlinks (``w:hyperlink`` and ``HYPERLINK`` fields) become links on their runs; tracked
deletions are ignored and insertions kept; footnotes are read after the body.

A .docx file is a zip archive: parts are read with a hard cap on their inflated size, so a zip bomb
is refused instead of filling memory.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from typing import NamedTuple

from resparse.errors import InputError
from resparse.grammar.formats import HYPERLINK_FIELD
from resparse.model import Hint
from resparse.readers.markup import MAX_XML_BYTES, RichBlock, RichText, TextPiece, parse_xml, text_and_links

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = f"{{{W}}}"
#: The most any one file may inflate to, all parts together.
MAX_TOTAL_BYTES = 4 * MAX_XML_BYTES


def read_docx(data: bytes, name: str) -> RichText:
    package = _Package(data, name)
    document = package.xml("word/document.xml", required=True)
    rels = package.relationships("word/_rels/document.xml.rels")
    numbering = _Numbering(package.xml("word/numbering.xml"), package.xml("word/styles.xml"))
    body = document.find(f"{_W}body")
    if body is None:
        raise InputError(f"{name}: not a Word document (word/document.xml has no body)")
    blocks = [_paragraph(p, rels, numbering) for p in body.iter(f"{_W}p")]
    footnotes = package.xml("word/footnotes.xml")
    if footnotes is not None:
        foot_rels = package.relationships("word/_rels/footnotes.xml.rels")
        for note in footnotes.iter(f"{_W}footnote"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            for p in note.iter(f"{_W}p"):
                block = _paragraph(p, foot_rels, None)
                if block.text:
                    blocks.append(RichBlock(block.text, Hint("footnote"), block.links, block.source_line))
    return RichText(name=name, format="docx", blocks=tuple(blocks))


class _Package:
    """The zip archive, read defensively."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self.total = 0
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise InputError(f"{name}: not a Word document (not a zip archive)") from None

    def read(self, part: str) -> bytes | None:
        try:
            info = self.zip.getinfo(part)
        except KeyError:
            return None
        if info.file_size > MAX_XML_BYTES:
            raise InputError(f"{self.name}: {part} inflates to {info.file_size} bytes; refused as a zip bomb")
        try:
            with self.zip.open(info) as handle:
                data = handle.read(MAX_XML_BYTES + 1)  # never trust the declared size alone
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
            raise InputError(f"{self.name}: corrupt Word document ({part}: {exc})") from None
        self.total += len(data)
        if len(data) > MAX_XML_BYTES or self.total > MAX_TOTAL_BYTES:
            raise InputError(
                f"{self.name}: {part} inflates past {MAX_XML_BYTES} bytes; refused as a zip bomb"
            )
        return data

    def xml(self, part: str, required: bool = False):
        data = self.read(part)
        if data is None:
            if required:
                raise InputError(f"{self.name}: not a Word document (no {part} in the archive)")
            return None
        return parse_xml(data, self.name, part)

    def relationships(self, part: str) -> dict[str, str]:
        root = self.xml(part)
        if root is None:
            return {}
        return {rel.get("Id"): rel.get("Target", "") for rel in root.iter(f"{{{PKG_REL}}}Relationship")}


def _paragraph(p, rels: dict[str, str], numbering: _Numbering | None) -> RichBlock:
    pieces: list[TextPiece] = []
    field_url: list[str | None] = [None]
    field_state: list[str] = ["none"]
    _runs(p, rels, None, pieces, field_url, field_state)
    text, links, _ = text_and_links(pieces)
    label = numbering.label(p) if numbering is not None else None
    if label:
        shift = len(label) + 1
        text = f"{label} {text}" if text else label
        links = tuple(link.shifted(shift) for link in links)
    return RichBlock(text, None, links, None)  # document.xml is one long line: its line says nothing


def _runs(el, rels, href, out, field_url, field_state) -> None:
    """Text of a paragraph in order, with the href each piece is under."""
    for child in el:
        tag = child.tag
        if tag in (f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr"):
            continue  # a tracked deletion, or formatting
        if tag == f"{_W}hyperlink":
            # A link to a bookmark inside the document (w:anchor) is navigation, not a citation's link.
            target = rels.get(child.get(f"{{{R}}}id"), "") or None
            _runs(child, rels, target or href, out, field_url, field_state)
        elif tag == f"{_W}fldSimple":
            m = HYPERLINK_FIELD.search(child.get(f"{_W}instr", ""))
            _runs(child, rels, m["url"] if m else href, out, field_url, field_state)
        elif tag == f"{_W}fldChar":
            kind = child.get(f"{_W}fldCharType")
            field_state[0] = {"begin": "code", "separate": "result", "end": "none"}.get(kind, field_state[0])
            if kind == "end":
                field_url[0] = None
        elif tag == f"{_W}instrText":
            m = HYPERLINK_FIELD.search(child.text or "")
            if m:
                field_url[0] = m["url"]
        elif tag in (f"{_W}t", f"{_W}delText"):
            if tag == f"{_W}t" and field_state[0] != "code":
                url = href or (field_url[0] if field_state[0] == "result" else None)
                out.append((child.text or "", url, None))
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            out.append((" ", href, None))
        elif tag == f"{_W}footnoteReference":
            continue
        else:
            _runs(child, rels, href, out, field_url, field_state)


class _Level(NamedTuple):
    fmt: str
    text: str
    start: int


class _Numbering:
    """Word's automatic numbering: which label each numbered paragraph shows."""

    def __init__(self, numbering, styles) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, str] = {}
        self.overrides: dict[tuple[str, int], int] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, dict[int, int]] = defaultdict(dict)
        if numbering is not None:
            for abstract in numbering.iter(f"{_W}abstractNum"):
                levels = {}
                for lvl in abstract.iter(f"{_W}lvl"):
                    levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
                        _val(lvl, "numFmt") or "decimal",
                        _val(lvl, "lvlText") or "",
                        int(_val(lvl, "start") or 1),
                    )
                self.abstract[abstract.get(f"{_W}abstractNumId")] = levels
            for num in numbering.iter(f"{_W}num"):
                num_id = num.get(f"{_W}numId")
                self.nums[num_id] = _val(num, "abstractNumId") or ""
                for override in num.iter(f"{_W}lvlOverride"):
                    start = _val(override, "startOverride")
                    if start:
                        self.overrides[(num_id, int(override.get(f"{_W}ilvl", "0")))] = int(start)
        if styles is not None:
            for style in styles.iter(f"{_W}style"):
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                if num_pr is not None:
                    num_id = _val(num_pr, "numId")
                    if num_id:
                        self.style_numbering[style.get(f"{_W}styleId")] = (
                            num_id,
                            int(_val(num_pr, "ilvl") or 0),
                        )

    def label(self, p) -> str | None:
        ppr = p.find(f"{_W}pPr")
        if ppr is None:
            return None
        num_pr = ppr.find(f"{_W}numPr")
        num_id, level = None, 0
        style = _val(ppr, "pStyle")
        if style in self.style_numbering:
            num_id, level = self.style_numbering[style]
        if num_pr is not None:
            num_id = _val(num_pr, "numId") or num_id
            level = int(_val(num_pr, "ilvl") or level)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        levels = self.abstract.get(self.nums[num_id], {})
        if level not in levels:
            return None
        counters = self.counters[num_id]
        start = self.overrides.get((num_id, level), levels[level].start)
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]  # a higher level moving on restarts the levels below it
        text = levels[level].text
        for k in range(level + 1):
            if f"%{k + 1}" in text:
                lvl = levels.get(k)
                value = counters.get(k, lvl.start if lvl else 1)
                text = text.replace(f"%{k + 1}", _format(value, lvl.fmt if lvl else "decimal"))
        return text.strip() or None


def _val(el, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}")
    return child.get(f"{_W}val") if child is not None else None


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_CHINESE = "〇一二三四五六七八九十"


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for value, numeral in _ROMAN:
            while n >= value:
                out, n = out + numeral, n - value
        return out.upper() if fmt == "upperRoman" else out
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting"):
        if n <= 10:
            return _CHINESE[n]
        if n < 20:
            return "十" + _CHINESE[n - 10]
        tens, ones = divmod(n, 10)
        return _CHINESE[tens] + "十" + (_CHINESE[ones] if ones else "")
    if fmt == "decimalEnclosedCircleChinese" or fmt == "ideographEnclosedCircle":
        return chr(0x3220 + n - 1) if 1 <= n <= 10 else str(n)
    if fmt == "bullet":
        return ""
    return str(n)
