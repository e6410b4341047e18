"""Turn blocks of normalised text into the structure of a resolution.

Order of a resolution: an optional cover block (symbol, title, adoption line), the enacting formula
(``安全理事会，``), preambular paragraphs (ending in ``，``), operative paragraphs (numbered ``1.``…,
ending in ``；`` and the last in ``。``) with sub-paragraphs (``(a)``, ``㈠``, bullets, or unnumbered items
under a lead-in ending in ``：``), section headings inside the operative part, and annexes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from resparse import patterns
from resparse.layout import Block, Layout
from resparse.model import Cover, Diagnostic, Formula, Paragraph
from resparse.phrases import leading_phrase

_FULLWIDTH = str.maketrans("０１２３４５６７８９（）．", "0123456789().")
_HEADING_MAX = 40
_SUB_FAMILIES = ("letter", "roman", "digit", "bullet")
_ROMAN_NUMERALS = {
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
}


@dataclass(slots=True)
class Structure:
    """What segmentation found; :func:`resparse.api.parse` wraps it into a :class:`Document`."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    formula: Formula | None = None
    cover: Cover | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(slots=True)
class _Piece:
    """A block with its label taken off."""

    block: Block
    text: str
    text_start: int
    label: str | None
    family: str | None  # "operative" | "letter" | "roman" | "bullet" | "heading" | None
    number: str | None


def segment(layout: Layout) -> Structure:
    """Classify every block of ``layout``."""
    result = Structure()
    if any(block.hint is not None and block.hint.kind != "footnote" for block in layout.blocks):
        from resparse.segment_markup import MarkupBuilder

        MarkupBuilder(layout, result).run_markup()
        return result
    notes = [block for block in layout.blocks if block.hint is not None]
    pieces = [_label(layout.text, block) for block in layout.blocks if block.hint is None]
    formula_at = next(
        (i for i, p in enumerate(pieces[:40]) if p.family is None and patterns.FORMULA.match(p.text)), None
    )
    body_from = 0
    if formula_at is not None:
        piece = pieces[formula_at]
        organ = patterns.FORMULA.match(piece.text)["organ"]
        result.formula = Formula(piece.text, _span(layout, piece.block.start, piece.block.end), organ)
        if formula_at:
            result.cover = _cover(layout, pieces[:formula_at])
        body_from = formula_at + 1
    else:
        cover_count = _leading_cover(pieces)
        if cover_count:
            result.cover = _cover(layout, pieces[:cover_count])
        body_from = cover_count
        first = pieces[body_from] if body_from < len(pieces) else None
        if first is not None and first.family is None and (m := patterns.FORMULA_PREFIX.match(first.text)):
            # "安全理事会，回顾……" on one line: the formula is the head of the first paragraph's block.
            end = first.text_start + m.end()
            result.formula = Formula(m["formula"], _span(layout, first.text_start, end), m["organ"])
            pieces[body_from] = _label(layout.text, replace(first.block, start=end))
        elif pieces[body_from:]:
            result.diagnostics.append(
                Diagnostic("no-formula", "no enacting formula found; the text is split best-effort")
            )
    builder = _Builder(layout, result)
    builder.run(pieces[body_from:])
    for block in notes:
        builder.footnote(_label(layout.text, block))
    return result


def _may_have_label(body: str) -> bool:
    """Whether ``body`` starts with a character some label starts with (most paragraphs do not)."""
    return bool(body) and body[0] in patterns.LABEL_STARTS


def _label(text: str, block: Block) -> _Piece:
    body = text[block.start : block.end]
    if not _may_have_label(body):
        return _Piece(block, body, block.start, None, None, None)
    for family, pattern in (
        ("operative", patterns.OPERATIVE_LABEL),
        ("letter", patterns.LETTER_LABEL),
        ("roman", patterns.ROMAN_LABEL),
        ("digit", patterns.DIGIT_LABEL),
        ("bullet", patterns.BULLET_LABEL),
        ("heading", patterns.HEADING_LABEL),
    ):
        match = pattern.match(body)
        if match and match.end() < len(body):
            label = match["label"]
            number = match.groupdict().get("n") or label
            if family == "heading" and (len(body) > _HEADING_MAX or patterns.ends_terminal(body)):
                continue
            return _Piece(block, body[match.end() :], block.start + match.end(), label, family, number)
    return _Piece(block, body, block.start, None, None, None)


def _leading_cover(pieces: list[_Piece]) -> int:
    count = 0
    for piece in pieces[:8]:
        text = piece.text if piece.label is None else text_of(piece)
        if (
            patterns.COVER_TITLE.match(text)
            or patterns.COVER_ADOPTION.match(text)
            or patterns.COVER_MISC.match(text)
            or patterns.RUNNING_HEADER.match(text)
        ):
            count += 1
        else:
            break
    return count


def text_of(piece: _Piece) -> str:
    return (piece.label or "") + piece.text


def _cover(layout: Layout, pieces: list[_Piece]) -> Cover:
    start, end = pieces[0].block.start, pieces[-1].block.end
    text = layout.text[start:end]
    symbol = title = adoption = None
    for piece in pieces:
        line = layout.text[piece.block.start : piece.block.end]
        if symbol is None and (m := patterns.COVER_SYMBOL.match(line)):
            symbol = regex.sub(r"\s*\(", " (", m["symbol"])
        if title is None and (m := patterns.TITLE.search(line)):
            title = m.group(0)
        if adoption is None and patterns.COVER_ADOPTION.match(line):
            adoption = line
    if symbol is None and title:
        digits = regex.findall(r"[\d０-９]+", title.translate(_FULLWIDTH))
        symbol = f"S/RES/{digits[0]} ({digits[1]})"
    return Cover(text=text, span=_span(layout, start, end), symbol=symbol, title=title, adoption=adoption)


def _span(layout: Layout, start: int, end: int):
    return layout.offsets.span(start, end)


class _Builder:
    """Walks the body blocks once, in a small state machine: preamble → operative → annex."""

    def __init__(self, layout: Layout, result: Structure) -> None:
        self.layout = layout
        self.result = result
        self.state = "preamble"
        self.pp = 0
        self.headings = 0
        self.unnumbered = 0
        self.annexes = 0
        self.annex_items = 0
        self.footnotes = 0
        self.pieces: list[_Piece] = []
        self.index = 0
        self.current_op: Paragraph | None = None
        self.current_pp: Paragraph | None = None
        self.sub_stack: list[tuple[str, Paragraph]] = []  # (family, paragraph)
        self.open_list = False  # the last operative text ended in "："
        self.items = 0
        self.last_number = 0
        self.seen_ids: set[str] = set()
        self.ended = False  # the operative part has reached its final "。"

    def run(self, pieces: list[_Piece]) -> None:
        numbered = [p for p in pieces if p.family == "operative"]
        self.has_numbers = bool(numbered)
        self.pieces = pieces
        for i, piece in enumerate(pieces):
            self.index = i
            following = pieces[i + 1] if i + 1 < len(pieces) else None
            getattr(self, f"_{self.state}")(piece, following)

    def footnote(self, piece: _Piece) -> None:
        self.footnotes += 1
        self._emit(f"FN{self.footnotes}", "footnote", None, piece)

    # -- states ---------------------------------------------------------------------------------
    def _preamble(self, piece: _Piece, following: _Piece | None) -> None:
        if piece.family == "operative" or self._starts_unnumbered_operative(piece):
            self.state = "operative"
            self._operative(piece, following)
        elif self._is_heading(piece) and self._headings_lead_to_operative():
            self.state = "operative"
            self._heading(piece)
        elif self._is_annex(piece):
            self.state = "annex"
            self._annex(piece, following)
        elif piece.family in _SUB_FAMILIES and self.current_pp is not None:
            self._sub(piece, self.current_pp)
        else:
            self.pp += 1
            self.current_pp = self._emit(
                f"PP{self.pp}", "preambular", None, piece, phrase=leading_phrase(piece.text)
            )
            self.sub_stack = []

    def _operative(self, piece: _Piece, following: _Piece | None) -> None:
        if self._is_annex(piece):
            self.state = "annex"
            self._annex(piece, following)
            return
        if piece.family == "operative":
            number = int(piece.number.translate(_FULLWIDTH))
            if self.ended and number == 1 and self.last_number:
                self.state = "annex"
                self._annex(piece, following, appendix=True)
                return
            self.last_number = number
            inner = None
            if _may_have_label(piece.text):  # most paragraphs open with a word: no inner label to look for
                inner = _label(self.layout.text, replace(piece.block, start=piece.text_start))
            if inner is not None and inner.family in ("letter", "roman", "digit"):
                # "11. (a) …": the paragraph has no lead-in of its own and opens with its first item.
                empty = _Piece(
                    replace(piece.block, end=piece.text_start),
                    "",
                    piece.text_start,
                    piece.label,
                    piece.family,
                    piece.number,
                )
                self._open_operative(self._emit(f"OP{number}", "operative", str(number), empty))
                self.open_list = True
                self._sub(inner, self.current_op)
                return
            op = self._emit(f"OP{number}", "operative", str(number), piece, phrase=leading_phrase(piece.text))
            self._open_operative(op)
        elif piece.family in _SUB_FAMILIES and self._labelled_heading(piece):
            self._heading(piece)
        elif piece.family in _SUB_FAMILIES and self.current_op is not None:
            self._sub(piece, self.current_op)
        elif self._is_heading(piece):
            self._heading(piece)
        elif self.open_list and self.current_op is not None:
            self.items += 1
            parent = self.current_op
            self._emit(f"{parent.id}[{self.items}]", "subparagraph", None, piece, parent=parent.id)
            self.ended = piece.text.rstrip().endswith("。")
        else:
            self.unnumbered += 1
            if self.has_numbers:
                self.result.diagnostics.append(
                    Diagnostic(
                        "unnumbered-operative",
                        "an unnumbered paragraph among numbered operative paragraphs",
                        _span(self.layout, piece.block.start, piece.block.end),
                    )
                )
            op = self._emit(
                f"OPu{self.unnumbered}", "operative", None, piece, phrase=leading_phrase(piece.text)
            )
            self._open_operative(op)

    def _annex(self, piece: _Piece, following: _Piece | None, appendix: bool = False) -> None:
        if self._is_annex(piece):
            self._new_annex(piece)
            return
        if appendix and self.annexes == 0:
            self._new_annex(None)  # numbering restarted after the final "。": an appendix without a title
        self._annex_paragraph(piece)

    def _new_annex(self, title: _Piece | None) -> None:
        """Open annex ``n``; its title (``附件``), when it has one, is the paragraph ``ANNEXn``."""
        self.annexes += 1
        self.annex_items = 0
        if title is not None:
            self._emit(f"ANNEX{self.annexes}", "annex", None, title)

    def _annex_paragraph(self, piece: _Piece) -> None:
        self.annex_items += 1
        number = piece.number if piece.family else None
        self._emit(
            f"ANNEX{self.annexes}.{self.annex_items}",
            "annex-paragraph",
            number,
            piece,
            parent=f"ANNEX{self.annexes}",
        )

    # -- helpers --------------------------------------------------------------------------------
    def _open_operative(self, op: Paragraph) -> None:
        self.current_op = op
        self.sub_stack = []
        self.items = 0
        self.open_list = op.text.rstrip().endswith(("：", ":"))
        self.ended = op.text.rstrip().endswith("。")

    def _sub(self, piece: _Piece, parent: Paragraph) -> None:
        family = piece.family
        if (
            family == "letter"
            and piece.number in _ROMAN_NUMERALS
            and not self._continues_letters(piece.number)
        ):
            family = "roman"  # "(i)" under "(a)" is roman; after "(h)" it is the letter i
        while self.sub_stack and self.sub_stack[-1][0] != family and family in {f for f, _ in self.sub_stack}:
            self.sub_stack.pop()
        if self.sub_stack and self.sub_stack[-1][0] == family:
            self.sub_stack.pop()
        owner = self.sub_stack[-1][1] if self.sub_stack else parent
        label = piece.label.translate(_FULLWIDTH) if piece.label else ""
        # Ids use one form for a level whatever its punctuation: "a." and "(a)" are both "(a)".
        key = label
        if (
            family in ("letter", "roman", "digit")
            and label[:1] not in "(（"
            and not "㈠" <= label[:1] <= "㈩"
        ):
            key = f"({piece.number})"  # "a.", "a)", "i)" are the levels "(a)", "(i)"
        if family == "bullet":
            self.items += 1
            key = f"[{self.items}]"
        sub = self._emit(f"{owner.id}{key}", "subparagraph", label or None, piece, parent=owner.id)
        self.sub_stack.append((family, sub))
        self.ended = piece.text.rstrip().endswith("。")

    def _continues_letters(self, number: str) -> bool:
        letters = [p for f, p in self.sub_stack if f == "letter"]
        if not letters or not letters[-1].number:
            return False
        previous = letters[-1].number.strip("().（）")
        return len(previous) == len(number) and ord(previous[-1]) + 1 == ord(number[-1])

    def _heading(self, piece: _Piece) -> None:
        self.headings += 1
        self._emit(f"H{self.headings}", "heading", piece.number if piece.family == "heading" else None, piece)
        following = self.pieces[self.index + 1] if self.index + 1 < len(self.pieces) else None
        if following is not None and following.family in _SUB_FAMILIES and self.current_op is not None:
            return  # a heading between the items of one list ("资产冻结", "旅行禁令"): the list goes on
        self.current_op = None
        self.open_list = False

    def _labelled_heading(self, piece: _Piece) -> bool:
        """``㈠ 豁免、事先批准和通知`` after a paragraph that opens no list is a section heading."""
        short = len(piece.text.strip()) <= _HEADING_MAX and not patterns.ends_terminal(piece.text)
        return short and not self.open_list and not self.sub_stack

    def _headings_lead_to_operative(self) -> bool:
        """Whether the headings from the current block on are followed by a numbered paragraph."""
        for piece in self.pieces[self.index :]:
            if piece.family == "operative":
                return True
            if not self._is_heading(piece):
                return False
        return False

    def _is_heading(self, piece: _Piece) -> bool:
        text = piece.text.strip()
        if piece.family == "heading":
            return True
        return piece.family is None and len(text) <= _HEADING_MAX and not patterns.ends_terminal(text)

    def _is_annex(self, piece: _Piece) -> bool:
        return (
            piece.family is None
            and len(piece.text) <= _HEADING_MAX
            and bool(patterns.ANNEX_HEADING.match(piece.text))
            and not patterns.ends_terminal(piece.text)
        )

    def _starts_unnumbered_operative(self, piece: _Piece) -> bool:
        """Without numbers, the operative part starts at the first paragraph ending in ``；`` or ``。``."""
        if self.has_numbers or not self.result.paragraphs:
            return False
        return piece.text.rstrip().endswith(("；", "。", ";"))

    def _emit(
        self,
        pid: str,
        kind: str,
        number: str | None,
        piece: _Piece,
        phrase: str | None = None,
        parent: str | None = None,
    ) -> Paragraph:
        base, n = pid, 1
        while pid in self.seen_ids:
            n += 1
            pid = f"{base}~{n}"
        self.seen_ids.add(pid)
        text = piece.text.strip()
        lead = len(piece.text) - len(piece.text.lstrip())
        paragraph = Paragraph(
            id=pid,
            kind=kind,
            number=number,
            text=text,
            span=_span(self.layout, piece.block.start, piece.block.end),
            phrase=phrase,
            parent=parent,
            page=piece.block.page,
            offset=piece.text_start + lead,
            label=piece.label,
            extent=(piece.block.start, piece.block.end),
        )
        self.result.paragraphs.append(paragraph)
        return paragraph
