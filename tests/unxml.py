"""Ground truth and plain-text renderings of the UN's Akoma Ntoso XML of Security Council resolutions.

The corpus lives outside the checkout, in ``../shared/corpus/unxml/<year>/Chinese/*.xml``. This module
reads one file and offers three views of it:

* :func:`truth` — what the markup says: symbol, enacting formula, number of preambular paragraphs,
  operative paragraph numbers, sub-paragraph labels and every hyperlink with the paragraph it sits in;
* :func:`render_lines` — the text as Word would export it: one block (paragraph, sub-paragraph,
  heading) a line;
* :func:`render_pdf` — the text as it comes out of the official PDF: wrapped lines each followed by a
  blank line, first-line indents, page breaks, each page's hyperlinks as bare URL lines, running headers
  and footers.

Paragraph ids follow resparse's scheme: ``PP<i>`` for the i-th ``<preamble>/<container>``, ``OP<n>`` for the
operative paragraph numbered ``n.``, and the labels of its sub-paragraphs appended as written: ``OP4(a)``,
``OP4(a)㈠``. Anything else (cover, headings, unnumbered or oddly numbered paragraphs, annexes, footnotes) has
no id.

Run ``python tests/unxml.py FILE...`` to print both renderings of a file.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

UNXML_DIR: Path = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "unxml"
"""``../shared/corpus/unxml`` beside the checkout; it may be absent."""

_AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_OPERATIVE_NUM = re.compile(r"\s*(\d+)\s*\.?\s*")
_DEFAULT_JOB = "21-01234 (C)"

# Line-breaking classes for render_pdf: no line starts with a closing mark, none ends with an opening one.
_CLOSING = set("，。、；：？！）」』】》〉”’…%,.;:!?)]}")
_OPENING = set("（「『【《〈“‘([{")


def chinese_files() -> list[Path]:
    """Every Chinese resolution of the corpus, sorted by path (empty if the corpus is absent)."""
    if not UNXML_DIR.is_dir():
        return []
    return sorted(UNXML_DIR.glob("*/Chinese/*.xml"))


@dataclass(frozen=True)
class TruthLink:
    """One hyperlink of the XML: adjacent ``<a>`` with the same href are merged into one."""

    href: str
    paragraph_id: str | None
    text: str


@dataclass(frozen=True)
class Truth:
    """The structure of one resolution as its markup states it."""

    symbol: str
    formula: str
    preamble_count: int
    operative_numbers: list[str]
    points: dict[str, list[str]]
    links: list[TruthLink]


@dataclass(frozen=True)
class BlockLink:
    """A hyperlink inside a block: ``line[start:end]`` is its text."""

    href: str
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """One line of the Word-style rendering: cover line, formula, paragraph, sub-paragraph or heading.

    ``kind`` is one of ``cover``, ``formula``, ``preambular``, ``preambular-item``, ``operative``, ``point``,
    ``paragraph`` (an unnumbered or oddly numbered main-body paragraph), ``heading``, ``wrap-up``, ``annex``
    (any block of an attachment) and ``note`` (a footnote, placed after the body).

    A numbered paragraph whose list has an empty intro shares its line with its first point: that block
    has the label ``"11. (a)"`` and the point's id.
    """

    kind: str
    label: str | None
    text: str
    paragraph_id: str | None = None
    links: tuple[BlockLink, ...] = ()

    @property
    def line(self) -> str:
        """The block as one line: ``"<label> <text>"`` or just the text."""
        if self.label and self.text:
            return f"{self.label} {self.text}"
        return self.label or self.text


@dataclass(frozen=True)
class _Parsed:
    """Everything read from one file, cached."""

    symbol: str
    job: str
    formula: str
    preamble_count: int
    operative_numbers: tuple[str, ...]
    points: tuple[tuple[str, tuple[str, ...]], ...]
    blocks: tuple[Block, ...]


# ----------------------------------------------------------------------------------------------------
# Text of an element: whitespace normalisation with link offsets


def _local(el: etree._Element) -> str | None:
    return etree.QName(el).localname if isinstance(el.tag, str) else None


def _segments(el: etree._Element, href: str | None, out: list[tuple[str, str | None]], notes: list) -> None:
    """Append ``(text, href)`` pieces of ``el`` in document order; footnotes go to ``notes`` instead."""
    if el.text:
        out.append((el.text, href))
    for child in el:
        name = _local(child)
        if name == "authorialNote":
            notes.append(child)
        elif name is not None:
            inner = child.get("href") if name == "a" else href
            _segments(child, inner, out, notes)
        if child.tail:
            out.append((child.tail, href))


def _normalise(raw: str) -> tuple[str, list[int]]:
    """Collapse the whitespace of ``raw``; return the text and, for each raw index (and the end), its
    index in the text.

    Runs at the edges vanish. A run with a newline is layout of the XML file: it becomes one space
    between two ASCII characters (``2520 (2020)``) and nothing elsewhere (Chinese has no spaces). Any
    other run (spaces, tabs, no-break spaces) becomes one space, except narrow and zero-width spaces
    between non-ASCII characters.
    """
    out: list[str] = []
    index = [0] * (len(raw) + 1)
    size = 0
    pos = 0
    for m in re.finditer(r"[\s\u200b\ufeff]+", raw):
        for i in range(pos, m.start()):
            index[i] = size
            out.append(raw[i])
            size += 1
        a, b = m.span()
        run = m.group()
        left = raw[a - 1] if a > 0 else ""
        right = raw[b] if b < len(raw) else ""
        ascii_both = left.isascii() and right.isascii()
        if not left or not right:
            repl = ""
        elif "\n" in run:
            repl = " " if ascii_both else ""
        elif not ascii_both and not re.search(r"[ \t\xa0\u3000]", run):
            repl = ""
        else:
            repl = " "
        for i in range(a, b):
            index[i] = size
        out.append(repl)
        size += len(repl)
        pos = b
    for i in range(pos, len(raw)):
        index[i] = size
        out.append(raw[i])
        size += 1
    index[len(raw)] = size
    return "".join(out), index


def _text_of(elements: list[etree._Element], notes: list) -> tuple[str, list[tuple[str, int, int]]]:
    """Normalised text of ``elements`` (concatenated) and its links as ``(href, start, end)``."""
    pieces: list[tuple[str, str | None]] = []
    for el in elements:
        _segments(el, el.get("href") if _local(el) == "a" else None, pieces, notes)
    raw = "".join(text for text, _ in pieces)
    ranges: list[tuple[str, int, int]] = []
    size = 0
    for text, href in pieces:
        if href is not None:
            if ranges and ranges[-1][0] == href and not raw[ranges[-1][2] : size].strip():
                ranges[-1] = (href, ranges[-1][1], size + len(text))
            else:
                ranges.append((href, size, size + len(text)))
        size += len(text)
    text, index = _normalise(raw)
    links = []
    for href, s, e in ranges:
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if s < e:
            links.append((href, index[s], index[e]))
    return text, links


# ----------------------------------------------------------------------------------------------------
# Building the blocks


@dataclass
class _Builder:
    """Walks one document and collects blocks, operative numbers and sub-paragraph labels."""

    blocks: list[Block] = field(default_factory=list)
    notes: list[etree._Element] = field(default_factory=list)
    operative: list[str] = field(default_factory=list)
    points: dict[str, list[str]] = field(default_factory=dict)
    #: The number of a paragraph whose list intro is empty: it goes on the line of its first point
    #: (``11. (a) 表示关切……``), as in the printed resolution.
    carry: tuple[str, str, str | None] | None = None

    def flush(self) -> None:
        """Emit a carried paragraph number on its own line (no labelled point came to take it)."""
        if self.carry is not None:
            kind, label, pid = self.carry
            self.carry = None
            self.add(kind, label, [], pid)

    def add(self, kind: str, label: str | None, elements: list[etree._Element], pid: str | None) -> None:
        text, links = _text_of(elements, self.notes)
        if not text and not label:
            return
        shift = len(label) + 1 if label and text else 0
        self.blocks.append(
            Block(kind, label, text, pid, tuple(BlockLink(h, s + shift, e + shift) for h, s, e in links))
        )

    # -- main body --------------------------------------------------------------------------------

    def body(self, parent: etree._Element, *, annex: bool) -> None:
        """Emit the blocks of a ``<mainBody>`` (or of any container of paragraphs inside it)."""
        for child in parent:
            name = _local(child)
            if name == "paragraph":
                self.paragraph(child, annex=annex)
            elif name in ("num", "heading", "subheading"):
                self.add("annex" if annex else "heading", None, [child], None)
            elif name is not None:  # hcontainer, division, section, ...: recurse
                self.body(child, annex=annex)

    def paragraph(self, para: etree._Element, *, annex: bool) -> None:
        """Emit a ``<paragraph>``: headings, then its content or list intro under its number, then points."""
        num_el = para.find(_AKN + "num")
        label = _text_of([num_el], [])[0] if num_el is not None else None
        m = _OPERATIVE_NUM.fullmatch(label or "")
        key = None if annex or m is None else m.group(1)
        pid = f"OP{key}" if key else None
        if key:
            self.operative.append(key)
        kind = "annex" if annex else ("operative" if key else "paragraph")
        label_used = False
        for child in para:
            name = _local(child)
            if name in ("heading", "subheading"):
                has_body = para.find(_AKN + "content") is not None or para.find(_AKN + "list") is not None
                self.add(kind if annex else "heading", None if has_body else label, [child], None)
                label_used = label_used or not has_body
            elif name == "content":
                self.add(kind, label, list(child), pid)
                label_used = True
            elif name == "list":
                intro = child.find(_AKN + "intro")
                intro_els = list(intro) if intro is not None else []
                if label and not _text_of(intro_els, [])[0]:
                    self.carry = (kind, label, pid)
                else:
                    self.add(kind, label, intro_els, pid)
                label_used = True
                self.items(child, key, pid, annex=annex)
                self.flush()
            elif name in ("paragraph", "subparagraph"):
                self.paragraph(child, annex=annex)
        if label and not label_used:
            self.add(kind, label, [], pid)

    def items(self, lst: etree._Element, key: str | None, pid: str | None, *, annex: bool) -> None:
        """Emit the points of a ``<list>``/``<sublist>``; record their labels under ``key``.

        A ``<sublist>`` belongs to the ``<point>`` before it. A point without a number (a run-in heading
        such as ``实现稳定`` or an unnumbered sub-paragraph) does not open a level: the sublist after it
        continues the labels of its parent (``(a) (b) [heading] (c) (d)`` all belong to the parent).
        """
        last: tuple[str | None, str | None] = (key, pid)
        for child in lst:
            name = _local(child)
            if name == "point":
                num_el = child.find(_AKN + "num")
                label = _text_of([num_el], [])[0] if num_el is not None else ""
                for sub in child:
                    if _local(sub) in ("heading", "subheading"):
                        self.flush()
                        self.add("annex" if annex else "heading", None, [sub], None)
                body = [e for sub in child if _local(sub) in ("intro", "content") for e in sub]
                kind = "annex" if annex else "point"
                if label:
                    if key is not None:
                        self.points.setdefault(key, []).append(label)
                    own_key = None if key is None else key + label
                    own_pid = None if pid is None else pid + label
                    if self.carry is not None:
                        carried, self.carry = self.carry[1], None
                        self.add(kind, f"{carried} {label}", body, own_pid)
                    else:
                        self.add(kind, label, body, own_pid)
                    last = (own_key, own_pid)
                else:
                    self.flush()
                    self.add(kind, None, body, pid)
                    last = (key, pid)
                for sub in child:  # a list nested inside the point itself
                    if _local(sub) in ("list", "sublist"):
                        self.items(sub, *last, annex=annex)
            elif name in ("sublist", "list"):
                self.items(child, *last, annex=annex)
            elif name == "wrapUp":
                self.flush()
                self.add("annex" if annex else "wrap-up", None, list(child), pid)

    # -- preamble ---------------------------------------------------------------------------------

    def container(self, cont: etree._Element, i: int) -> None:
        """Emit the i-th preambular paragraph; a ``<blockList>`` gives its intro and one line per item."""
        pid = f"PP{i}"
        for child in cont:
            name = _local(child)
            if name == "blockList":
                for part in child:
                    pname = _local(part)
                    if pname == "listIntroduction":
                        self.add("preambular", None, [part], pid)
                    elif pname == "item":
                        num_el = part.find(_AKN + "num")
                        label = _text_of([num_el], [])[0] if num_el is not None else None
                        self.add("preambular-item", label, [e for e in part if _local(e) != "num"], pid)
            elif name is not None:
                self.add("preambular", None, [child], pid)


def _first_text(root: etree._Element, path: str) -> str:
    el = root.find(path)
    return _text_of([el], [])[0] if el is not None else ""


def _symbol(root: etree._Element) -> str:
    """The docNumber, or (4 files leave it empty) one made from the FRBR work URI."""
    symbol = _first_text(root, f".//{_AKN}coverPage//{_AKN}docNumber")
    if symbol:
        return symbol
    uri = root.find(f".//{_AKN}FRBRWork/{_AKN}FRBRthis")
    m = re.search(r"/(\d+)-(\d{4})/", uri.get("value", "") if uri is not None else "")
    return f"S/RES/{m.group(1)} ({m.group(2)})" if m else ""


def _job(root: etree._Element, path: Path) -> str:
    """The publication job number (``21-01234 (C)``), from the XML, else from the file name."""
    job = _first_text(root, f".//{_AKN}docketNumber")
    if re.fullmatch(r"\d{2}-\d{5} \(C\)", job):
        return job
    m = re.search(r"(\d{2})(\d{5})C\.xml$", path.name)
    return f"{m.group(1)}-{m.group(2)} (C)" if m else _DEFAULT_JOB


@functools.lru_cache(maxsize=256)
def _parse(path: str) -> _Parsed:
    root = etree.parse(path, _PARSER).getroot()
    statement = root.find(_AKN + "statement")
    if statement is None:
        statement = root
    b = _Builder()
    symbol = _symbol(root)
    if symbol:
        b.blocks.append(Block("cover", None, symbol))
    for title in statement.iterfind(f"{_AKN}coverPage//{_AKN}docTitle"):
        b.add("cover", None, [title], None)
    preamble = statement.find(_AKN + "preamble")
    formula = ""
    count = 0
    if preamble is not None:
        formula_el = preamble.find(_AKN + "formula")
        if formula_el is not None:
            formula = _text_of(list(formula_el), [])[0]
            b.add("formula", None, list(formula_el), None)
        for cont in preamble.iterfind(_AKN + "container"):
            count += 1
            b.container(cont, count)
    main = statement.find(_AKN + "mainBody")
    if main is not None:
        b.body(main, annex=False)
    for doc in statement.iterfind(f"{_AKN}attachments/{_AKN}attachment/{_AKN}doc"):
        for annex_body in doc.iterfind(_AKN + "mainBody"):
            b.body(annex_body, annex=True)
    seen = 0
    while seen < len(b.notes):  # a footnote may itself hold a footnote
        note = b.notes[seen]
        seen += 1
        b.add("note", note.get("marker"), list(note), None)
    return _Parsed(
        symbol=symbol,
        job=_job(root, Path(path)),
        formula=formula,
        preamble_count=count,
        operative_numbers=tuple(b.operative),
        points=tuple((k, tuple(v)) for k, v in b.points.items()),
        blocks=tuple(b.blocks),
    )


# ----------------------------------------------------------------------------------------------------
# Public API


def blocks(path: str | Path) -> list[Block]:
    """The blocks of a file in reading order: cover, formula, preamble, main body, annexes, footnotes."""
    return list(_parse(str(path)).blocks)


def truth(path: str | Path) -> Truth:
    """The ground truth of one XML file (see the module docstring for the id scheme)."""
    parsed = _parse(str(path))
    links = [
        TruthLink(link.href, block.paragraph_id, block.line[link.start : link.end])
        for block in parsed.blocks
        for link in block.links
    ]
    return Truth(
        symbol=parsed.symbol,
        formula=parsed.formula,
        preamble_count=parsed.preamble_count,
        operative_numbers=list(parsed.operative_numbers),
        points={k: list(v) for k, v in parsed.points},
        links=links,
    )


def render_lines(path: str | Path) -> str:
    """The text as exported from Word: one block a line (``1. 重申……；``, ``(a) ……``), newline-terminated."""
    return "".join(block.line + "\n" for block in _parse(str(path)).blocks)


def _units(line: str) -> Iterator[tuple[int, int, bool]]:
    """Unbreakable stretches of ``line`` as ``(start, end, is_space)``.

    A run of ASCII non-space characters (``1787``, ``(2007)``, ``S/RES/2561``) stays whole; each other
    character is its own unit, except that closing marks cling to what precedes them and opening marks to
    what follows.
    """
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[!-~]+| |.", line)]
    start = None
    end = 0
    for i, (s, e) in enumerate(tokens):
        tok = line[s:e]
        if tok == " ":
            if start is not None:
                yield start, end, False
                start = None
            yield s, e, True
            continue
        cling_back = start is not None and all(c in _CLOSING for c in tok)
        previous = line[tokens[i - 1][0] : tokens[i - 1][1]] if i else ""
        cling_prev = start is not None and previous != " " and all(c in _OPENING for c in previous)
        if start is not None and not (cling_back or cling_prev):
            yield start, end, False
            start = None
        if start is None:
            start = s
        end = e
    if start is not None:
        yield start, end, False


def _wrap(line: str, width: int) -> list[tuple[int, str]]:
    """Break ``line`` into ``(offset, text)`` lines: the first line ``width - 1`` wide (it is indented), the
    rest ``width``; a space at a break stays at the end of the line, beyond the width."""
    lines: list[tuple[int, str]] = []
    start = 0
    used = 0
    avail = width - 1
    for s, e, space in _units(line):
        if space:
            used += 1 if used < avail else 0
            continue
        size = e - s
        if used + size <= avail:
            used += size
            continue
        if used:
            lines.append((start, line[start:s]))
            start, used, avail = s, 0, width
        while size > avail:  # a unit wider than a line: cut it
            lines.append((start, line[start : start + avail]))
            start += avail
            size -= avail
            avail = width
        used = size
    lines.append((start, line[start:] + " "))
    return lines


def render_pdf(path: str | Path, width: int = 38, lines_per_page: int = 22, headers: bool = True) -> str:
    """The text as copied out of the official PDF (modelled on ``S_RES_2395_2017.pdftext.zh.txt``).

    Each block is wrapped at ``width`` characters (each character one column); its first line is
    indented by one space and its last line ends with a space; every text line is followed by a blank
    line. A page holds ``lines_per_page`` text lines; after its last line (without the blank, unless URLs
    follow) come the URLs of the links whose text starts on the page, one a line; with ``headers`` the
    page then ends with the job number (``21-01234 (C)``) and ``n/N``, and every page after the first
    starts with the symbol and a blank line. The first text line of a page gets one more leading space.
    """
    if width < 4 or lines_per_page < 1:
        raise ValueError("render_pdf needs width >= 4 and lines_per_page >= 1")
    parsed = _parse(str(path))
    flat: list[tuple[str, list[str]]] = []
    for block in parsed.blocks:
        line = block.line
        wrapped = _wrap(line, width)
        starts = [offset for offset, _ in wrapped]
        urls: list[list[str]] = [[] for _ in wrapped]
        for link in block.links:
            row = max(i for i, offset in enumerate(starts) if offset <= link.start)
            urls[row].append(link.href)
        for i, (_, text) in enumerate(wrapped):
            flat.append(((" " if i == 0 else "") + text, urls[i]))
    pages = [flat[i : i + lines_per_page] for i in range(0, len(flat), lines_per_page)] or [[]]
    out: list[str] = []
    for number, page in enumerate(pages, 1):
        if headers and number > 1:
            out += [parsed.symbol, ""]
        for j, (text, _) in enumerate(page):
            out.append((" " if j == 0 else "") + text)
            if j < len(page) - 1:
                out.append("")
        urls = [url for _, found in page for url in found]
        if urls:
            out.append("")
            out += urls
        if headers:
            out += [parsed.job, f"{number}/{len(pages)}"]
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    """Print both renderings of each file named in ``argv``."""
    if not argv:
        print("usage: python tests/unxml.py FILE.xml...", file=sys.stderr)
        return 2
    for name in argv:
        print(f"==== {name}: render_lines")
        print(render_lines(name), end="")
        print(f"==== {name}: render_pdf")
        print(render_pdf(name), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
