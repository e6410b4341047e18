"""Blocks with their labels taken off, and what the text around the paragraphs says (the cover block).

Both segmenters — for plain text and for markup that names its blocks — work on :class:`Piece`\\ s.
"""

from __future__ import annotations

from typing import NamedTuple

from resparse.grammar import english, structure
from resparse.grammar.chars import ends_terminal, to_ascii
from resparse.grammar.furniture import RUNNING_HEADER
from resparse.grammar.labels import Family, find_label
from resparse.grammar.organs import ORGAN_NAMES
from resparse.layout import Block, Layout
from resparse.model import Cover, Formula, Span


class Piece(NamedTuple):
    """A block with its label taken off: ``text`` starts at ``text_start`` of the normalised text."""

    block: Block
    text: str
    text_start: int
    label: str | None
    family: Family | str | None  # a label family, or the markup's kind for a hinted block
    number: str | None

    @property
    def labelled(self) -> str:
        """The label and the text, as one string (the space between them dropped)."""
        return (self.label or "") + self.text


def piece_of(text: str, block: Block) -> Piece:
    """``block`` of ``text``, its label (if it opens with one) taken off."""
    body = text[block.start : block.end]
    found = find_label(body)
    if found is None:
        return Piece(block, body, block.start, None, None, None)
    family, label, number, end = found
    return Piece(block, body[end:], block.start + end, label, family, number)


def hinted_piece(text: str, block: Block) -> Piece:
    """A block whose label the markup gave: the label is the hint's number, as written."""
    body = text[block.start : block.end]
    hint = block.hint
    label = hint.label if hint else None
    if hint is not None and label and body.startswith(label):
        rest = len(label) + (len(body[len(label) :]) - len(body[len(label) :].lstrip()))
        return Piece(block, body[rest:], block.start + rest, label, hint.kind, hint.number)
    if hint is not None and hint.kind == "footnote":
        return Piece(block, body, block.start, None, hint.kind, hint.number)  # its number stood apart
    return Piece(block, body, block.start, None, None, None)


def is_heading(piece: Piece) -> bool:
    """A section heading: labelled as one (``A.``), or a short unlabelled line without end punctuation."""
    text = piece.text.strip()
    if piece.family == "heading":
        return True
    return piece.family is None and len(text) <= structure.heading_max(text) and not ends_terminal(text)


def is_annex(piece: Piece) -> bool:
    """An annex title (``附件``) standing on its own."""
    return piece.family is None and structure.is_annex_heading(piece.text)


def span(layout: Layout, start: int, end: int) -> Span:
    return layout.offsets.span(start, end)


def leading_cover(pieces: list[Piece]) -> int:
    """How many of the first pieces are cover lines (a document without a formula)."""
    count = 0
    for piece in pieces[:8]:
        text = piece.text if piece.label is None else piece.labelled
        if (
            structure.COVER_TITLE.match(text)
            or structure.COVER_ADOPTION.match(text)
            or structure.COVER_MISC.match(text)
            or RUNNING_HEADER.match(text)
        ):
            count += 1
        else:
            break
    return count


def cover_of(layout: Layout, pieces: list[Piece]) -> Cover:
    """The cover block made of ``pieces``: its symbol, title and adoption line, where it gives them."""
    start, end = pieces[0].block.start, pieces[-1].block.end
    text = layout.text[start:end]
    symbol = title = adoption = None
    for piece in pieces:
        line = layout.text[piece.block.start : piece.block.end]
        if symbol is None and (m := structure.COVER_SYMBOL.search(line)):
            symbol = structure.SYMBOL_BRACKET.sub(" (", m["symbol"])
        if title is None and (m := structure.TITLE.search(line)):
            title = m.group(0)
        if adoption is None and structure.COVER_ADOPTION.match(line):
            adoption = line
    if symbol is None and title:
        digits = structure.NUMBER.findall(to_ascii(title))
        symbol = f"S/RES/{digits[0]} ({digits[1]})"
    when = iso_date(adoption) if adoption else None
    return Cover(text, span(layout, start, end), symbol, title, adoption, when)


def organ_of(formula: Formula | None, cover: Cover | None) -> str | None:
    """The organ that adopted a document: the one its enacting formula names, else its cover's symbol
    or adoption line (``2023年11月21日大会决议``)."""
    if formula is not None and formula.organ in ORGAN_NAMES:
        return ORGAN_NAMES[formula.organ]
    if formula is not None and formula.organ in english.ORGANS:
        return english.ORGANS[formula.organ]
    if cover is not None:
        if cover.symbol:
            for prefix, organ in structure.SYMBOL_ORGANS:
                if cover.symbol.startswith(prefix):
                    return organ
        if m := structure.ADOPTING_ORGAN.search(cover.text):
            return ORGAN_NAMES[m["organ"]]
    return None


def iso_date(text: str) -> str | None:
    """The first date ``text`` writes (``2026年3月12日``) as ``2026-03-12``, when it is a real one."""
    import datetime

    m = structure.CHINESE_DATE.search(text)
    if m is None:
        return None
    try:
        year, month, day = (int(to_ascii(m[part])) for part in ("year", "month", "day"))
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
