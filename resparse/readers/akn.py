"""Read the UN's Akoma Ntoso (AKN4UN) XML: the structure comes from the markup, not from guessing.

``<formula>`` is the enacting formula, each ``<preamble>/<container>`` a preambular paragraph, each
``<mainBody>`` ``<paragraph>`` with a numeric ``<num>`` an operative paragraph, ``<list>/<point>`` (and
the ``<sublist>`` some files put after a point) sub-paragraphs, ``<heading>`` headings, and
``<attachments>`` annexes. Links are ``<a href>`` and ``<ref href>``; a link whose text is split over
several ``<a>`` elements is one link. Footnotes (``<authorialNote>``) are read after the body.
"""

from __future__ import annotations

from typing import Any

from resparse.errors import InputError
from resparse.grammar.chars import ITEM_ENDINGS
from resparse.grammar.formats import LEAD_IN as _LEAD_IN
from resparse.grammar.formats import NUMBER_IN_TEXT, NUMERIC_NUM
from resparse.model import Hint
from resparse.readers.markup import RichBlock, RichText, TextPiece, parse_xml, text_and_links
from resparse.readers.positions import XmlPositions, positions_for

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_LANGUAGES = {"zho": "zh", "chi": "zh", "eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar"}
_SKIP = {"authorialNote", "num", "meta", "img"}


def _local(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read_akn(data: bytes, name: str) -> RichText:
    root = parse_xml(data, name, "XML")
    if _local(root) != "akomaNtoso":
        raise InputError(
            f"{name}: not Akoma Ntoso XML (the root element is <{_local(root)}>, not <akomaNtoso>)"
        )
    found = positions_for(data, root)
    reader = _Reader(*found) if found else _Reader()
    doc = next(
        (child for child in root if isinstance(child.tag, str) and _local(child) != "components"), None
    )
    if doc is None:
        raise InputError(f"{name}: Akoma Ntoso file without a document element")
    reader.statement(doc, cover=True)
    if _local(doc) == "documentCollection":
        # A resolution adopted in parts (A/RES/75/101 A-B): each part is a statement of its own, with
        # its letter in its preface and its own formula.
        for number, statement in enumerate(root.iter(f"{{{AKN_NS}}}statement")):
            letter = _num(statement.find(f"{{{AKN_NS}}}preface//{{{AKN_NS}}}docNumber"))
            reader.part = (letter or chr(ord("A") + number)).strip(". ")
            reader.statement(statement, cover=False)
    for note in reader.notes:
        reader.block(note, Hint("footnote"))
    language = root.find(f".//{{{AKN_NS}}}FRBRExpression/{{{AKN_NS}}}FRBRlanguage")
    lang = _LANGUAGES.get(language.get("language", "")) if language is not None else None
    source = found[0].text if found else None
    return RichText(name=name, format="akn", blocks=tuple(reader.blocks), language=lang, source=source)


class _Reader:
    def __init__(self, positions: XmlPositions | None = None, numbers: dict[Any, int] | None = None) -> None:
        self.blocks: list[RichBlock] = []
        self.notes: list[Any] = []
        #: The letter of the part being read, in a resolution adopted in parts.
        self.part: str | None = None
        #: Where each element's text is in the file (when the file is UTF-8), by element number.
        self.positions = positions
        self.numbers = numbers or {}

    def block(self, el: Any, hint: Hint, label: str | None = None, parts: list[Any] | None = None) -> None:
        pieces: list[TextPiece] = []
        for part in parts if parts is not None else [el]:
            if pieces:
                pieces.append((" ", None, None))
            self._pieces(part, None, pieces, top=True)
        text, links, origins = text_and_links(pieces)
        if label:
            shift = len(label) + (1 if text else 0)
            label_origins = self._label_origins(el, label) if origins else ()
            origins = (*label_origins, *((-1,) if text else ()), *origins) if origins else ()
            text = f"{label} {text}" if text else label
            links = tuple(link.shifted(shift) for link in links)
        if text:
            self.blocks.append(RichBlock(text, hint, links, el.sourceline, origins))

    def _texts(self, el: Any, href: str | None, tail: bool) -> list[TextPiece]:
        """The element's text (or tail), each piece with where it is in the file when that is known."""
        text = el.tail if tail else el.text
        if not text:
            return []
        number = self.numbers.get(el)
        if self.positions is not None and number is not None:
            chunks = self.positions.chunks(number, tail)
            if "".join(piece for piece, _ in chunks) == text:
                return [(piece, href, offset) for piece, offset in chunks]
        return [(text, href, None)]

    def _label_origins(self, el: Any, label: str) -> tuple[int, ...]:
        """Where the characters of a block's number label (``1.``, ``(a)``) are: in its ``<num>``."""
        num = el.find(f"{{{AKN_NS}}}num")
        if num is None:
            return (-1,) * len(label)
        pieces: list[TextPiece] = []
        self._pieces(num, None, pieces, top=True)
        text, _, origins = text_and_links(pieces)
        return origins if text == label and origins else (-1,) * len(label)

    def _pieces(self, el: Any, href: str | None, out: list[TextPiece], top: bool = False) -> None:
        kind = _local(el)
        if kind in _SKIP and not top:
            if kind == "authorialNote":
                self.notes.append(el)
            out += self._texts(el, href, tail=True)
            return
        own = el.get("href") if kind in ("a", "ref") else None
        current = own or href
        out += self._texts(el, current, tail=False)
        for child in el:
            if isinstance(child.tag, str):
                self._pieces(child, current, out)
            else:
                out += self._texts(child, current, tail=True)
        if not top:
            out += self._texts(el, href, tail=True)

    def statement(self, doc: Any, cover: bool) -> None:
        """The blocks of one statement (or of a collection's own cover and preface)."""
        for part in doc:
            kind = _local(part)
            if kind in ("coverPage", "preface"):
                for p in part.iter(f"{{{AKN_NS}}}p"):
                    if not _in_note(p, part):  # a note's paragraphs are read with the notes
                        # A part's preface (its letter, its title) already belongs to the part.
                        self.block(p, Hint("cover") if cover else Hint("heading", self.part))
            elif kind == "preamble":
                self.preamble(part)
            elif kind in ("mainBody", "body"):
                self.body(part, 0)
            elif kind == "conclusions":
                # The meeting and date that close the text are headings, as in plain text; the notes
                # resparse itself writes there (``<container name="footnotes">``) are footnotes.
                for p in part.iter(f"{{{AKN_NS}}}p"):
                    notes = p.getparent().get("name") == "footnotes"
                    self.block(p, Hint("footnote") if notes else Hint("heading"))
            elif kind == "attachments":
                for number, attachment in enumerate((a for a in part if isinstance(a.tag, str)), 1):
                    self.annex(attachment, Hint("annex", str(number)))

    def annex(self, attachment: Any, hint: Hint) -> None:
        """An annex, block by block in reading order: its paragraphs (each with the number its
        ``<num>`` gives, ``1.``), headings and the English files' ``<subheading>`` titles."""
        tags = ("p", "heading", "subheading", "num")
        done: set[Any] = set()
        for el in attachment.iter(*(f"{{{AKN_NS}}}{tag}" for tag in tags)):
            kind = _local(el)
            if el in done or _in_note(el, attachment) or (kind != "p" and _within(el, "p", attachment)):
                continue  # a note's paragraphs are read with the notes; a title in a "p", with it
            if kind == "num":
                holder = el.getparent()
                if next(holder.iter(f"{{{AKN_NS}}}p"), None) is None and (label := _num(el)):
                    titles = [c for c in holder if _local(c) in ("heading", "subheading")]
                    done.update(titles)
                    if titles and _text(titles[0]).startswith(label):
                        self.block(holder, hint, parts=titles)  # "IX." and "IX. Media coverage"
                    else:
                        self.block(holder, hint, label=label, parts=titles)  # "I." and its title
                continue
            holder = _numbered_holder(el, attachment) if kind == "p" else None
            if holder is not None and (label := _num(holder.find(f"{{{AKN_NS}}}num"))):
                self.block(holder, hint, label=label, parts=[el])
            else:
                self.block(el, hint)

    def preamble(self, preamble) -> None:
        for child in preamble:
            kind = _local(child)
            if kind == "formula":
                self.block(child, Hint("formula", self.part))
            elif kind == "container" and (number := _number_in_text(child)):
                # The markup's slip: an operative paragraph ("10.\t期待……") among the preamble's.
                self.block(child, Hint("operative", number))
            elif kind == "container" and _LEAD_IN.match(_text(child)) and child.getnext() is None:
                self.block(child, Hint("paragraph"))  # "正式决定：": the operative part's lead-in
            elif kind == "container":
                lists = [c for c in child if _local(c) == "blockList"]
                own = [c for c in child if _local(c) != "blockList"]
                intros = [i for b in lists for i in b if _local(i) == "listIntroduction"]
                if not "".join(t for c in own for t in c.itertext()).strip():
                    own = intros  # a container that is only a list: its introduction is its text
                if not lists and len(own) > 1 and all(_local(c) == "p" for c in own):
                    for p in own:  # one container, several paragraphs: each is one, as the text shows
                        self.block(p, Hint("preambular"))
                    continue
                self.block(child, Hint("preambular"), parts=own)
                for block_list in lists:
                    for item in block_list:
                        if _local(item) == "item":
                            label = _num(item.find(f"{{{AKN_NS}}}num"))
                            if label and NUMERIC_NUM.match(label):  # operative paragraphs as its items
                                number = label.strip().rstrip(".．").strip()
                                self.block(item, Hint("operative", number, label=label), label=label)
                                continue
                            self.block(item, Hint("subparagraph", label, 1, label=label), label=label)
                        elif _local(item) == "listIntroduction" and own is not intros:
                            self.block(item, Hint("subparagraph", None, 1))
            elif kind == "p":
                self.block(child, Hint("preambular"))

    def body(self, el, depth: int) -> None:
        for child in el:
            kind = _local(child)
            if kind == "paragraph":
                self.paragraph(child)
            elif kind == "crossHeading" and _text(child).endswith(("，", ",")):
                self.block(child, Hint("preambular"))  # a section's own preamble (审议了……，)
            elif kind == "crossHeading" and _text(child).rstrip()[-1:] in ITEM_ENDINGS:
                self.block(child, Hint("paragraph"))  # a paragraph of the section (……；): no title ends so
            elif kind in ("heading", "subheading", "crossHeading"):
                self.block(child, Hint("heading"))
            elif kind == "p":
                self.block(child, Hint("paragraph"))
            elif kind in (
                "hcontainer",
                "division",
                "section",
                "part",
                "chapter",
                "blockContainer",
                "container",
            ):
                self.body(child, depth)

    def paragraph(self, el) -> None:
        num = _num(el.find(f"{{{AKN_NS}}}num"))
        if num and NUMERIC_NUM.match(num):
            hint = Hint("operative", num.strip().rstrip(".．").strip(), label=num)
        elif num:
            hint = Hint("subparagraph", num, 1, label=num)
        else:
            hint = Hint("paragraph")
        heading = el.find(f"{{{AKN_NS}}}heading")
        if heading is None:
            heading = el.find(f"{{{AKN_NS}}}subheading")  # the English files' section titles
        if heading is not None:
            self.block(heading, Hint("heading"))
        content = [c for c in el if _local(c) in ("content", "intro")]
        lists = [c for c in el if _local(c) == "list"]
        intro = [i for lst in lists[:1] for i in lst if _local(i) == "intro"]
        # A paragraph whose list has no intro ("11." then "(a) …") is still a block: its number alone.
        self.block(el, hint, label=num, parts=content + intro)
        for lst in lists:
            self.items(lst, 1)
        for child in el:
            if _local(child) == "paragraph":
                self.paragraph(child)
            elif _local(child) in ("wrapUp", "alinea"):
                # the words after a list (an alinea: ``confirms it will keep … under review;``)
                self.block(child, Hint("subparagraph", None, 1))
            elif _local(child) == "point":
                self.point(child, 1)  # an item the markup leaves outside the list (after an alinea)

    def items(self, lst, depth: int) -> None:
        for child in lst:
            kind = _local(child)
            if kind == "intro" and _local(lst) == "sublist":
                # a sublist's own lead-in (``Stabilisation`` above its items): no point holds it
                self.block(child, Hint("subparagraph", None, depth))
            elif kind == "point":
                self.point(child, depth)
            elif kind == "sublist":
                self.items(child, depth + 1)
            elif kind == "wrapUp":
                self.block(child, Hint("subparagraph", None, depth))

    def point(self, el, depth: int) -> None:
        """One ``<point>`` at ``depth``: its own title, then the item, then the lists it holds."""
        num = _num(el.find(f"{{{AKN_NS}}}num"))
        for title in el:
            if _local(title) in ("heading", "subheading"):
                self.block(title, Hint("heading"))  # an item's own title (``Asset Freeze``)
        content = [c for c in el if _local(c) in ("content", "intro")]
        inner = [c for c in el if _local(c) == "list"]
        intro = [i for lst in inner[:1] for i in lst if _local(i) == "intro"]
        self.block(el, Hint("subparagraph", num, depth, label=num), label=num, parts=content + intro)
        for sub in inner:
            self.items(sub, depth + 1)


def _numbered_holder(p: Any, top: Any) -> Any | None:
    """The element whose ``<num>`` numbers ``p``: the nearest one above it with a number, when ``p``
    is its first paragraph (the later ones carry on its text)."""
    parent = p.getparent()
    while parent is not None and parent is not top:
        if parent.find(f"{{{AKN_NS}}}num") is not None:
            return parent if next(parent.iter(f"{{{AKN_NS}}}p"), None) is p else None
        parent = parent.getparent()
    return None


def _in_note(el: Any, top: Any) -> bool:
    """Whether ``el`` lies inside an ``<authorialNote>`` below ``top``."""
    return _within(el, "authorialNote", top)


def _within(el: Any, kind: str, top: Any) -> bool:
    """Whether ``el`` lies inside an element of ``kind`` below ``top``."""
    parent = el.getparent()
    while parent is not None and parent is not top:
        if _local(parent) == kind:
            return True
        parent = parent.getparent()
    return False


def _text(el: Any) -> str:
    """An element's text without its footnotes, stripped."""
    return _visible_text(el).strip()


def _visible_text(el: Any) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and _local(child) != "authorialNote":
            parts.append(_visible_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _number_in_text(container: Any) -> str | None:
    m = NUMBER_IN_TEXT.match(_text(container))
    return m["n"] if m else None


def _num(el) -> str | None:
    if el is None:
        return None
    text = "".join(el.itertext()).strip()
    return text or None
