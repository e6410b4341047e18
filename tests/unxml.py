"""Ground truth and plain-text renderings of the UN's Akoma Ntoso XML of resolutions.

The corpus lives outside the checkout: Security Council resolutions in
``../shared/corpus/unxml/<year>/Chinese/*.xml``, General Assembly resolutions in
``../shared/corpus/unxml-ga/<session>/Chinese/*.xml``. This module reads one file and offers three
views of it:

* :func:`truth` — what the markup says: symbol, enacting formula, number of preambular paragraphs,
  operative paragraph numbers, sub-paragraph labels and every hyperlink with the paragraph it sits in;
* :func:`render_lines` — the text as Word would export it: one block (paragraph, sub-paragraph,
  heading) a line;
* :func:`render_pdf` — the text as it comes out of the official PDF: wrapped lines each followed by a
  blank line, first-line indents, page breaks, each page's hyperlinks as bare URL lines, running headers
  and footers.

Paragraph ids follow resparse's scheme: ``PP<i>`` for the i-th ``<preamble>/<container>``, ``OP<n>`` for the
operative paragraph numbered ``n.`` (``OP<n>~2`` for the second one numbered ``n``, where the numbering
restarts in a section), ``OPu<k>`` for the k-th unnumbered one, and the labels of its sub-paragraphs
appended as written: ``OP4(a)``, ``OP4(a)㈠``. The parts of a resolution adopted in parts within one file
(a ``<documentCollection>``) prefix their ids with the part's letter: ``A.PP1``, ``B.OP3``. Anything else
(cover, headings, annexes, footnotes) has no id.

The General Assembly's markup has slips: the ground truth follows the
text where the markup contradicts it — a ``<container>`` whose text starts with ``7.`` is operative
paragraph 7; an unnumbered main-body paragraph ending with ``，`` before any operative paragraph is
preambular; an unnumbered paragraph starting with ``(a)`` or ``㈠`` is a sub-paragraph of the paragraph
before it; a section's ``<crossHeading>`` ending with ``，`` is a preambular paragraph of that section.

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
UNXML_GA_DIR: Path = UNXML_DIR.parent / "unxml-ga"
"""``../shared/corpus/unxml-ga``: General Assembly resolutions of sessions 75–77."""

_AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_OPERATIVE_NUM = re.compile(r"\s*(\d+)\s*\.?\s*")
_DEFAULT_JOB = "21-01234 (C)"

# Line-breaking classes for render_pdf: no line starts with a closing mark, none ends with an opening one.
_CLOSING = set("，。、；：？！）」』】》〉”’…%,.;:!?)]}")
_OPENING = set("（「『【《〈“‘([{")


def chinese_files() -> list[Path]:
    """Every Chinese Security Council resolution of the corpus, sorted by path (empty if it is absent)."""
    if not UNXML_DIR.is_dir():
        return []
    return sorted(UNXML_DIR.glob("*/Chinese/*.xml"))


@functools.cache
def ga_chinese_files() -> list[Path]:
    """Every General Assembly resolution of the corpus in Chinese, sorted by path.

    The ``Chinese`` folders hold one file that is not Chinese (A/RES/77/336 is in Arabic); the text,
    not the folder or the declared language, decides.
    """
    if not UNXML_GA_DIR.is_dir():
        return []
    return [path for path in sorted(UNXML_GA_DIR.glob("*/Chinese/*.xml")) if _is_chinese(path)]


def _is_chinese(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    arabic = len(re.findall(r"[\u0600-\u06ff]", text))
    return han > arabic


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

    ``kind`` is one of ``cover``, ``title`` (the resolution's number and title, a part's letter and
    title), ``formula``, ``preambular``, ``preambular-item``, ``operative``, ``point``, ``paragraph`` (an
    unnumbered or oddly numbered main-body paragraph), ``heading``, ``wrap-up``, ``table`` (a row of a
    table, cells separated by tabs), ``closing`` (meeting and date under a resolution), ``annex`` (any
    block of an attachment) and ``note`` (a footnote, placed after the body; ``label`` is its marker).

    A numbered paragraph whose list has an empty intro shares its line with its first point: that block
    has the label ``"11. (a)"`` and the point's id. ``notes`` are the footnote markers of the block, as
    ``(offset in the line, marker)``: where the printed text carries them.
    """

    kind: str
    label: str | None
    text: str
    paragraph_id: str | None = None
    links: tuple[BlockLink, ...] = ()
    notes: tuple[tuple[int, str], ...] = ()

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
# Text of an element: whitespace normalisation with link offsets and footnote positions

_Piece = tuple[str, str | None, str | None]  # text, href, footnote marker (for an empty piece)


def _local(el: etree._Element) -> str | None:
    return etree.QName(el).localname if isinstance(el.tag, str) else None


def _segments(el: etree._Element, href: str | None, out: list[_Piece], notes: list) -> None:
    """Append ``(text, href, marker)`` pieces of ``el`` in document order; footnotes go to ``notes``
    instead, leaving an empty piece with their marker where they were."""
    if el.text:
        out.append((el.text, href, None))
    for child in el:
        name = _local(child)
        if name == "authorialNote":
            notes.append(child)
            out.append(("", None, child.get("marker") or str(len(notes))))
        elif name is not None:
            inner = child.get("href") if name == "a" else href
            _segments(child, inner, out, notes)
        if child.tail:
            out.append((child.tail, href, None))


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


_TextAndMarks = tuple[str, list[tuple[str, int, int]], list[tuple[int, str]]]


def _text_of(elements: list[etree._Element], notes: list) -> _TextAndMarks:
    """Normalised text of ``elements`` (concatenated), its links as ``(href, start, end)`` and its
    footnote markers as ``(offset, marker)``."""
    pieces: list[_Piece] = []
    for el in elements:
        _segments(el, el.get("href") if _local(el) == "a" else None, pieces, notes)
    raw = "".join(text for text, _, _ in pieces)
    ranges: list[tuple[str, int, int]] = []
    marks: list[tuple[int, str]] = []
    size = 0
    for text, href, marker in pieces:
        if marker is not None:
            marks.append((size, marker))
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
    # A marker sits after the text it annotates, before any space that follows it.
    positions = []
    for at, marker in marks:
        while at > 0 and raw[at - 1].isspace():
            at -= 1
        positions.append((min(index[at], len(text)), marker))
    return text, links, positions


# ----------------------------------------------------------------------------------------------------
# Building the blocks

#: A number label written in the text itself (``7.\t决定``, ``6．\t提请``, ``7\t决定``).
_NUMBER_IN_TEXT = re.compile(r"(\d{1,3})(?:[.．][ \t]*|[\t ])(?=[^\s\d年月日%])")
#: A sub-paragraph label written in the text: ``(a)\t``, ``(aa)``, ``(十一)``, ``㈠``.
_POINT_IN_TEXT = re.compile(r"(\((?:[a-z]{1,2}|[一二三四五六七八九十]{1,3})\)|[㈠-㈩])[ \t]*(?=\S)")
_POINT_LABEL = re.compile(r"\((?:[a-z]{1,2}|[一二三四五六七八九十]{1,3})\)|[a-z]{1,2}\.|[㈠-㈩]")
_HAN_AFTER_TEN = re.compile(r"\(十[一二三四五六七八九]\)")
_ROMAN_POINT = re.compile(r"[㈠-㈩]|\([一二三四五六七八九十]{1,3}\)")
#: How an operative (or preambular) paragraph ends, footnote markers aside.
_ENDS_OPERATIVE = re.compile(r"[。；：;:]\s*$")
_ENDS_PREAMBULAR = re.compile(r"[，,]\s*$")
#: An operative lead-in standing alone: ``决定：``, ``正式决定：``.
_LEAD_IN = re.compile(r"(?:正式|又|还)?决定(?:[，,][^，。；]{0,20})?[：:]")
#: A paragraph of the preamble that is the operative part's lead-in: it opens with a verb of operative
#: paragraphs only and ends with "：" (``敦促所有国家……：``).
_OPERATIVE_LEAD = re.compile(r"^(?:又|还|并)?(?:决定|敦促|促请|吁请|要求|授权)[^。；]*：$")
#: ``<num>`` labels of headings: ``A.``, ``一``, ``一.``.
_HEADING_NUM = re.compile(r"[A-Z][.．]?|[一二三四五六七八九十]+[.．、]?")


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
    #: The part of a resolution adopted in parts (``"A."``), prefixed to every id of the part.
    prefix: str = ""
    preambular: int = 0
    #: Per part: how often each number was used (``OP1~2``), unnumbered paragraphs so far.
    seen: dict[str, int] = field(default_factory=dict)
    unnumbered: int = 0
    #: The last operative paragraph (key, id) and the last lettered point under it, for labels in text.
    last_operative: tuple[str, str] | None = None
    last_point: tuple[str, str] | None = None
    #: Where the last list reached ``㈩`` (its key and id): ``(十一)`` goes on with it.
    circled: tuple[str | None, str | None] | None = None

    def flush(self) -> None:
        """Emit a carried paragraph number on its own line (no labelled point came to take it)."""
        if self.carry is not None:
            kind, label, pid = self.carry
            self.carry = None
            self.add(kind, label, [], pid)

    def add(self, kind: str, label: str | None, elements: list[etree._Element], pid: str | None) -> None:
        text, links, marks = _text_of(elements, self.notes)
        self.add_text(kind, label, text, links, marks, pid)

    def add_text(
        self,
        kind: str,
        label: str | None,
        text: str,
        links: list[tuple[str, int, int]],
        marks: list[tuple[int, str]],
        pid: str | None,
    ) -> None:
        if not text and not label:
            return
        shift = len(label) + 1 if label and text else 0
        self.blocks.append(
            Block(
                kind,
                label,
                text,
                pid,
                tuple(BlockLink(h, s + shift, e + shift) for h, s, e in links),
                tuple((at + shift, marker) for at, marker in marks),
            )
        )

    # -- parts and ids ----------------------------------------------------------------------------

    def start_part(self, prefix: str) -> None:
        self.prefix = prefix
        self.seen = {}
        self.unnumbered = 0
        self.last_operative = self.last_point = None

    def operative_key(self, number: str | None, text: str = "") -> tuple[str, str]:
        """The key (as the truth's ``points`` are keyed) and id of the next operative paragraph.

        An unnumbered paragraph's key is its opening words (``u:敦促所有国家…``): how many unnumbered
        paragraphs came before is a count both sides need not share."""
        if number is None:
            self.unnumbered += 1
            key = unnumbered_key(text)
        else:
            self.operative.append(number)
            self.seen[number] = self.seen.get(number, 0) + 1
            key = number if self.seen[number] == 1 else f"{number}~{self.seen[number]}"
        self.last_operative, self.last_point = (self.prefix + key, f"{self.prefix}OP{key}"), None
        return self.last_operative

    def point_in_text(self, label: str) -> tuple[str, str] | None:
        """Key and id of a sub-paragraph whose label is in its text; records the label."""
        parent = self.last_point if _ROMAN_POINT.fullmatch(label) and self.last_point else self.last_operative
        if parent is None:
            return None
        key, pid = parent
        self.points.setdefault(key, []).append(label)
        if not _ROMAN_POINT.fullmatch(label):
            self.last_point = (key + label, pid + label)
        return key + label, pid + label

    # -- main body --------------------------------------------------------------------------------

    def body(self, parent: etree._Element, *, annex: bool) -> None:
        """Emit the blocks of a ``<mainBody>`` (or of any container of paragraphs inside it)."""
        for child in parent:
            name = _local(child)
            if name == "paragraph":
                self.paragraph(child, annex=annex)
            elif name in ("num", "heading", "subheading"):
                self.add("annex" if annex else "heading", None, [child], None)
            elif name == "crossHeading" and not annex:
                self.cross_heading(child)
            elif name == "container" and not annex:
                self.main_container(child)
            elif name is not None:  # hcontainer, division, section, ...: recurse
                self.body(child, annex=annex)

    def cross_heading(self, element: etree._Element) -> None:
        """A section's own preamble (``审议了秘书长的报告，``), or a heading."""
        text, links, marks = _text_of([element], self.notes)
        if _ENDS_PREAMBULAR.search(text):
            self.preambular += 1
            self.add_text("preambular", None, text, links, marks, f"{self.prefix}PP{self.preambular}")
        else:
            self.add_text("heading", None, text, links, marks, None)

    def main_container(self, element: etree._Element) -> None:
        """A ``<container>`` in the main body: a table, or paragraphs of text."""
        for child in element.iter():
            name = _local(child)
            if name == "tr":
                cells = [_text_of([cell], self.notes)[0] for cell in child if _local(cell) in ("td", "th")]
                if any(cells):  # a row as a word processor exports it: its cells, tab-separated
                    self.add_text("table", None, "\t".join(cell for cell in cells if cell), [], [], None)
        if element.find(f".//{_AKN}tr") is None:
            for p in element.iter(_AKN + "p"):
                self.add("paragraph", None, [p], None)

    def paragraph(self, para: etree._Element, *, annex: bool) -> None:
        """Emit a ``<paragraph>``: headings, then its content or list intro under its number, then points."""
        num_el = para.find(_AKN + "num")
        label = _text_of([num_el], [])[0] if num_el is not None else None
        m = _OPERATIVE_NUM.fullmatch(label or "")
        if not annex and label and m is None:
            self.odd_number(para, label)
            return
        if not annex and label is None and self.unnumbered_paragraph(para):
            return
        key, pid = self.operative_key(m.group(1)) if not annex and m else (None, None)
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

    def odd_number(self, para: etree._Element, label: str) -> None:
        """A main-body ``<paragraph>`` numbered other than ``N.``: a lettered sub-paragraph (``(a)``), a
        heading (``A.``, ``一``), or a paragraph of an inlined document (``1.1.``)."""
        label = label.strip()
        titles = [child for child in para if _local(child) in ("heading", "subheading")]
        content = [e for child in para if _local(child) == "content" for e in child]
        if not content:
            self.add("heading", label, titles, None)
        elif _POINT_LABEL.fullmatch(label):
            ids = self.point_in_text(label)
            self.add("point", label, content, ids[1] if ids else None)
        elif _HEADING_NUM.fullmatch(label):
            self.add("heading", label, content, None)
        else:
            self.add("paragraph", label, content, None)
        for child in para:
            if _local(child) == "list":
                self.items(child, None, None, annex=False)

    def unnumbered_paragraph(self, para: etree._Element) -> bool:
        """An unnumbered main-body paragraph, classified by its text as the reader sees it; ``False``
        when it is to be emitted as a plain paragraph (a heading, an adopted text's title …)."""
        if para.find(_AKN + "list") is not None or para.find(_AKN + "content") is None:
            return False
        elements = [e for child in para if _local(child) == "content" for e in child]
        text, links, marks = _text_of(elements, self.notes)
        if m := _NUMBER_IN_TEXT.match(text):
            _, pid = self.operative_key(m.group(1))
            self.add_text("operative", None, text, links, marks, pid)
        elif (m := _POINT_IN_TEXT.match(text)) and self.last_operative:
            ids = self.point_in_text(m.group(1))
            self.add_text("point", None, text, links, marks, ids[1] if ids else None)
        elif _ENDS_PREAMBULAR.search(text) and (
            self.last_operative is None or (self.blocks and self.blocks[-1].kind == "heading")
        ):  # before the operative part, or a section's own preamble under its heading
            self.preambular += 1
            self.add_text("preambular", None, text, links, marks, f"{self.prefix}PP{self.preambular}")
        elif _ENDS_OPERATIVE.search(text) and (not self.seen or self.blocks[-1].kind == "heading"):
            _key, pid = self.operative_key(None, text)
            self.add_text("operative", None, text, links, marks, pid)
        else:  # a heading, or (among numbered paragraphs) text of the paragraph before
            return False
        return True

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
                    if _HAN_AFTER_TEN.fullmatch(label) and self.circled is not None:
                        key, pid = self.circled  # (十一) after ㈩: the same list goes on
                    if key is not None:
                        self.points.setdefault(key, []).append(label)
                        if label == "㈩":
                            self.circled = (key, pid)
                        if not _ROMAN_POINT.fullmatch(label) and pid is not None:
                            # A lettered point: labels in the text after the list (㈠, (十一)) go under it.
                            self.last_point = (key + label, pid + label)
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

    def lead_in_list(self, cont: etree._Element) -> None:
        """The markup's slip: operative paragraphs ``1.``, ``2.`` as the items of the preamble's last
        list, under ``正式决定：`` or under the last preambular paragraph. The text shows a lead-in (or
        a preambular paragraph) and numbered paragraphs."""
        for part in cont.iter(_AKN + "listIntroduction", _AKN + "item"):
            if _local(part) == "listIntroduction":
                if _ENDS_PREAMBULAR.search(_text_of([part], [])[0]):  # the preamble's last paragraph
                    self.preambular += 1
                    self.add("preambular", None, [part], f"{self.prefix}PP{self.preambular}")
                else:
                    _, pid = self.operative_key(None, _text_of([part], [])[0])
                    self.add("operative", None, [part], pid)
                continue
            num_el = part.find(_AKN + "num")
            label = _text_of([num_el], [])[0] if num_el is not None else None
            body = [e for e in part if _local(e) != "num"]
            if label and (m := _OPERATIVE_NUM.fullmatch(label)):
                _, pid = self.operative_key(m.group(1))
                self.add("operative", label, body, pid)
            elif label and _POINT_LABEL.fullmatch(label):
                ids = self.point_in_text(label)
                self.add("point", label, body, ids[1] if ids else None)
            else:
                self.add("paragraph", label, body, None)

    def container(self, cont: etree._Element) -> None:
        """Emit a preambular paragraph; a ``<blockList>`` gives its intro and one line per item. A
        container whose text starts with a number (``10.\\t期待……``) is that operative paragraph."""
        text, _, _ = _text_of(list(cont), [])
        if m := _NUMBER_IN_TEXT.match(text):
            _, pid = self.operative_key(m.group(1))
            self.add("operative", None, list(cont), pid)
            return
        if (_LEAD_IN.fullmatch(text) and cont.getnext() is None) or _OPERATIVE_LEAD.match(text):
            # "正式决定：", "敦促……：" in the preamble: the lead-in of the operative paragraphs.
            _, pid = self.operative_key(None, text)
            self.add("operative", None, list(cont), pid)
            return
        if (m := _POINT_IN_TEXT.match(text)) and self.last_operative:  # an item of that lead-in
            ids = self.point_in_text(m.group(1))
            self.add("point", None, list(cont), ids[1] if ids else None)
            return
        intro = cont.find(f"{_AKN}blockList/{_AKN}listIntroduction")
        numbered = [
            item
            for item in cont.iterfind(f"{_AKN}blockList/{_AKN}item")
            if _OPERATIVE_NUM.fullmatch(_first_text(item, _AKN + "num") or "")
        ]
        if intro is not None and numbered:
            self.lead_in_list(cont)
            return
        paragraphs = [child for child in cont if _local(child) == "p"]
        if len(paragraphs) > 1 and len(paragraphs) == len([c for c in cont if _local(c) is not None]):
            for p in paragraphs:  # one container, several paragraphs: the text shows each
                self.preambular += 1
                self.add("preambular", None, [p], f"{self.prefix}PP{self.preambular}")
            return
        self.preambular += 1
        pid = f"{self.prefix}PP{self.preambular}"
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

    # -- a whole statement ------------------------------------------------------------------------

    def title(self, p: etree._Element) -> None:
        """A line of the preface: ``75/173. 普遍实现人民自决的权利`` on one line, as printed; a part's
        letter (``A``) on a line of its own above its title."""
        number = _text_of(list(p.iter(_AKN + "docNumber")), [])[0]
        titles = list(p.iter(_AKN + "docTitle"))
        if not titles:  # "B", and the note that renames the part adopted before ("……成为第77/290 A号决议")
            self.add("title", None, [p], None)
            return
        if number and not number.endswith("."):
            self.add_text("title", None, number, [], [], None)
            number = ""
        for title in titles:
            self.add("title", number or None, [title], None)
            number = ""

    def statement(self, statement: etree._Element) -> str:
        """Emit one resolution (or one part of a resolution); return its enacting formula."""
        formula = ""
        for child in statement:
            name = _local(child)
            if name == "preface":
                for p in child.iter(_AKN + "p"):
                    self.title(p)
            elif name == "preamble":
                formula_el = child.find(_AKN + "formula")
                if formula_el is not None:
                    formula = formula or _text_of(list(formula_el), [])[0]
                    self.add("formula", None, list(formula_el), None)
                for cont in child.iterfind(_AKN + "container"):
                    self.container(cont)
            elif name == "mainBody":
                self.body(child, annex=False)
            elif name == "conclusions":
                for p in child.iter(_AKN + "p"):
                    for piece in p:
                        if _local(piece) in ("inline", "docDate"):
                            self.add("closing", None, [piece], None)
            elif name == "attachments":
                for doc in child.iterfind(f"{_AKN}attachment/{_AKN}doc"):
                    first = len(self.blocks)
                    for annex_body in doc.iterfind(_AKN + "mainBody"):
                        self.body(annex_body, annex=True)
                    if first < len(self.blocks) and not self.blocks[first].line.startswith("附"):
                        # The printed annex opens with its heading, which a few files leave out.
                        self.blocks.insert(first, Block("annex", None, "附件"))
        return formula


def unnumbered_key(text: str) -> str:
    """The key of an unnumbered operative paragraph in :attr:`Truth.points`: ``u:`` and its first words."""
    return "u:" + "".join(text.split())[:12]


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


def _statements(root: etree._Element) -> list[tuple[str, etree._Element]]:
    """The resolution's statements with the id prefix of each: one, or one per part of a collection."""
    collection = root.find(_AKN + "documentCollection")
    if collection is None:
        statement = root.find(_AKN + "statement")
        return [("", statement if statement is not None else root)]
    parts = []
    for i, statement in enumerate(root.iter(_AKN + "statement")):
        letter = _first_text(statement, f"{_AKN}preface//{_AKN}docNumber").strip(". ") or chr(ord("A") + i)
        parts.append((f"{letter}.", statement))
    return parts


@functools.lru_cache(maxsize=256)
def _parse(path: str) -> _Parsed:
    root = etree.parse(path, _PARSER).getroot()
    b = _Builder()
    symbol = _symbol(root)
    if symbol:
        b.blocks.append(Block("cover", None, symbol))
    cover = root.find(f".//{_AKN}coverPage")
    if cover is not None:
        for title in cover.iterfind(f".//{_AKN}docTitle"):
            b.add("cover", None, [title], None)
    collection = root.find(_AKN + "documentCollection")
    if collection is not None:  # the whole resolution's number and title, above its parts
        for p in collection.iterfind(f"{_AKN}preface/{_AKN}p"):
            b.title(p)
    formula = ""
    for prefix, statement in _statements(root):
        b.start_part(prefix)
        part_formula = b.statement(statement)
        formula = formula or part_formula
    seen = 0
    while seen < len(b.notes):  # a footnote may itself hold a footnote
        note = b.notes[seen]
        seen += 1
        b.add("note", note.get("marker"), list(note), None)
    return _Parsed(
        symbol=symbol,
        job=_job(root, Path(path)),
        formula=formula,
        preamble_count=b.preambular,
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
    line. A page holds ``lines_per_page`` text lines; after its last line (without the blank, unless
    footnotes or URLs follow) come the footnotes whose markers are on the page (the marker is printed in
    the text as digits right after what it annotates, ``公约1 所体现``; the note as ``1 第70/1号决议。``,
    wrapped, without indent), then the URLs of the links whose text starts on the page (the text's, then
    the notes'), one a line; with ``headers`` the page then ends with the job number (``21-01234 (C)``)
    and ``n/N``, and every page after the first starts with the symbol and a blank line. The first text
    line of a page gets one more leading space.
    """
    if width < 4 or lines_per_page < 1:
        raise ValueError("render_pdf needs width >= 4 and lines_per_page >= 1")
    parsed = _parse(str(path))
    notes = {block.label: block for block in parsed.blocks if block.kind == "note"}
    flat: list[tuple[str, list[str], list[str]]] = []
    for block in parsed.blocks:
        if block.kind == "note":
            continue
        line, starts_of_links, marks = _with_markers(block)
        wrapped = _wrap(line, width)
        starts = [offset for offset, _ in wrapped]
        urls: list[list[str]] = [[] for _ in wrapped]
        markers: list[list[str]] = [[] for _ in wrapped]
        for link, start in zip(block.links, starts_of_links, strict=True):
            urls[max(i for i, offset in enumerate(starts) if offset <= start)].append(link.href)
        for at, marker in marks:
            markers[max(i for i, offset in enumerate(starts) if offset <= at)].append(marker)
        for i, (_, text) in enumerate(wrapped):
            flat.append(((" " if i == 0 else "") + text, urls[i], markers[i]))
    pages = [flat[i : i + lines_per_page] for i in range(0, len(flat), lines_per_page)] or [[]]
    placed: set[str] = set()
    out: list[str] = []
    for number, page in enumerate(pages, 1):
        if headers and number > 1:
            out += [parsed.symbol, ""]
        for j, (text, _, _) in enumerate(page):
            out.append((" " if j == 0 else "") + text)
            if j < len(page) - 1:
                out.append("")
        urls = [url for _, found, _ in page for url in found]
        wanted = [marker for _, _, found in page for marker in found if marker in notes]
        if number == len(pages):  # notes whose marker is nowhere in the text (a note inside a note)
            wanted += [marker for marker in notes if marker not in placed and marker not in wanted]
        note_lines: list[str] = []
        for marker in wanted:
            if marker in placed:
                continue
            placed.add(marker)
            note = notes[marker]
            note_lines += [text for _, text in _wrap(note.line, width + 1)]
            urls += [link.href for link in note.links]
        if note_lines:
            out.append("")
            for j, text in enumerate(note_lines):
                out.append(text)
                if j < len(note_lines) - 1:
                    out.append("")
        if urls:
            out.append("")
            out += urls
        if headers:
            out += [parsed.job, f"{number}/{len(pages)}"]
    return "\n".join(out) + "\n"


def _with_markers(block: Block) -> tuple[str, list[int], list[tuple[int, str]]]:
    """The block's line with its footnote markers printed, where its links now start, and the markers
    with their offsets in it."""
    line = block.line
    if not block.notes:
        return line, [link.start for link in block.links], []
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []  # (offset in the line, characters inserted before it)
    marks: list[tuple[int, str]] = []
    cursor = inserted = 0
    for at, marker in sorted(block.notes, key=lambda mark: mark[0]):
        pieces.append(line[cursor:at])
        marks.append((at + inserted, marker))
        pieces.append(marker)
        inserted += len(marker)
        shifts.append((at, inserted))
        cursor = at
    pieces.append(line[cursor:])

    def moved(offset: int) -> int:
        return offset + max([shift for at, shift in shifts if at <= offset], default=0)

    return "".join(pieces), [moved(link.start) for link in block.links], marks


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
