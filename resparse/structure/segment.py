"""Turn blocks of normalised text into the structure of a resolution.

Order of a resolution: an optional cover block (symbol, title, adoption line), the enacting formula
(``安全理事会，``), preambular paragraphs (ending in ``，``), operative paragraphs (numbered ``1.``…,
ending in ``；`` and the last in ``。``) with sub-paragraphs (``(a)``, ``㈠``, bullets, or unnumbered items
under a lead-in ending in ``：``), section headings inside the operative part, and annexes.
"""

from __future__ import annotations

from typing import Literal

from resparse.grammar import structure
from resparse.grammar.chars import ends_terminal, to_ascii
from resparse.grammar.labels import ROMAN, SUB_FAMILIES, follows_letter, may_have_label
from resparse.grammar.phrases import is_preambular, leading_phrase
from resparse.grammar.structure import HEADING_MAX
from resparse.layout import Layout
from resparse.model import Diagnostic, Formula, Paragraph
from resparse.rules import NOTES
from resparse.structure.pieces import (
    Piece,
    cover_of,
    hinted_piece,
    is_annex,
    is_heading,
    leading_cover,
    piece_of,
    span,
)
from resparse.structure.writer import Structure, Writer

State = Literal["preamble", "operative", "annex"]
_ROMAN_NUMERALS = frozenset(ROMAN)


def segment(layout: Layout) -> Structure:
    """Classify every block of ``layout``: by its markup where a rich format names it, else by its text."""
    result = Structure()
    if any(block.hint is not None and block.hint.kind != "footnote" for block in layout.blocks):
        from resparse.structure.markup import MarkupSegmenter

        MarkupSegmenter(layout, result).run()
        return result
    notes = [block for block in layout.blocks if block.hint is not None]
    pieces = [piece_of(layout.text, block) for block in layout.blocks if block.hint is None]
    body_from = _front_matter(layout, pieces, result)
    segmenter = TextSegmenter(layout, result)
    segmenter.run(pieces[body_from:])
    for block in notes:
        segmenter.writer.footnote(hinted_piece(layout.text, block))
    return result


def _front_matter(layout: Layout, pieces: list[Piece], result: Structure) -> int:
    """Find the cover and the enacting formula; return where the body starts."""
    formula_at = next(
        (i for i, p in enumerate(pieces[:40]) if p.family is None and structure.FORMULA.match(p.text)), None
    )
    if formula_at is not None:
        piece = pieces[formula_at]
        organ = structure.FORMULA.match(piece.text)["organ"]  # type: ignore[index]
        result.formula = Formula(piece.text, span(layout, piece.block.start, piece.block.end), organ)
        if formula_at:
            result.cover = cover_of(layout, pieces[:formula_at])
        return formula_at + 1
    cover_count = leading_cover(pieces)
    if cover_count:
        result.cover = cover_of(layout, pieces[:cover_count])
    first = pieces[cover_count] if cover_count < len(pieces) else None
    if first is not None and first.family is None and (m := structure.FORMULA_PREFIX.match(first.text)):
        # "安全理事会，回顾……" on one line: the formula is the head of the first paragraph's block.
        end = first.text_start + m.end()
        result.formula = Formula(m["formula"], span(layout, first.text_start, end), m["organ"])
        pieces[cover_count] = piece_of(layout.text, first.block.cut(start=end))
    elif pieces[cover_count:]:
        result.diagnostics.append(Diagnostic("no-formula", NOTES["no-formula"]))
    return cover_count


class TextSegmenter:
    """Walks the body blocks once, in a small state machine: preamble → operative → annex.

    Each state is a method (``_preamble``, ``_operative``, ``_annex``) that takes one piece and the
    next, and may move the machine on.
    """

    def __init__(self, layout: Layout, result: Structure) -> None:
        self.layout = layout
        self.result = result
        self.writer = Writer(layout, result)
        self.state: State = "preamble"
        self.pieces: list[Piece] = []
        self.index = 0
        self.has_numbers = False
        self.current_op: Paragraph | None = None
        self.current_pp: Paragraph | None = None
        self.sub_stack: list[tuple[str, Paragraph]] = []  # (family, paragraph): the open levels
        self.open_list = False  # the last operative text ended in "："
        self.last_number = 0
        self.ended = False  # the operative part has reached its final "。"
        #: Whether the run of headings from a block on leads to a numbered paragraph, once asked.
        self.heading_runs: dict[int, bool] = {}

    def run(self, pieces: list[Piece]) -> None:
        self.has_numbers = any(p.family == "operative" for p in pieces)
        self.pieces = pieces
        states = {"preamble": self._preamble, "operative": self._operative, "annex": self._annex}
        for i, piece in enumerate(pieces):
            self.index = i
            following = pieces[i + 1] if i + 1 < len(pieces) else None
            states[self.state](piece, following)

    # -- states ---------------------------------------------------------------------------------
    def _preamble(self, piece: Piece, following: Piece | None) -> None:
        if piece.family == "operative" or self._starts_unnumbered_operative(piece):
            self.state = "operative"
            self._operative(piece, following)
        elif is_heading(piece) and not self._lost_its_comma(piece) and self._headings_lead_to_operative():
            self.state = "operative"
            self._heading(piece)
        elif is_annex(piece):
            self.state = "annex"
            self._annex(piece, following)
        elif piece.family in SUB_FAMILIES and self.current_pp is not None:
            self._sub(piece, self.current_pp)
        else:
            self.writer.preambular += 1
            self.current_pp = self.writer.emit(
                f"PP{self.writer.preambular}", "preambular", None, piece, phrase=leading_phrase(piece.text)
            )
            self.sub_stack = []

    def _operative(self, piece: Piece, following: Piece | None) -> None:
        if is_annex(piece):
            self.state = "annex"
            self._annex(piece, following)
            return
        if piece.family == "operative":
            self._numbered(piece, following)
        elif piece.family in SUB_FAMILIES and self._labelled_heading(piece):
            self._heading(piece)
        elif piece.family in SUB_FAMILIES and self.current_op is not None:
            self._sub(piece, self.current_op)
        elif is_heading(piece):
            self._heading(piece)
        elif self.open_list and self.current_op is not None:
            self.writer.items += 1
            parent = self.current_op
            self.writer.emit(
                f"{parent.id}[{self.writer.items}]", "subparagraph", None, piece, parent=parent.id
            )
            self.ended = piece.text.rstrip().endswith("。")
        else:
            self.writer.unnumbered += 1
            if self.has_numbers:
                self.result.diagnostics.append(
                    Diagnostic(
                        "unnumbered-operative",
                        NOTES["unnumbered-operative"],
                        span(self.layout, piece.block.start, piece.block.end),
                    )
                )
            op = self.writer.emit(
                f"OPu{self.writer.unnumbered}", "operative", None, piece, phrase=leading_phrase(piece.text)
            )
            self._open_operative(op)

    def _annex(self, piece: Piece, following: Piece | None, appendix: bool = False) -> None:
        if is_annex(piece):
            self.writer.new_annex(piece)
            return
        if appendix and self.writer.annexes == 0:
            self.writer.new_annex(
                None
            )  # numbering restarted after the final "。": an appendix without a title
        self.writer.annex_paragraph(piece)

    # -- helpers --------------------------------------------------------------------------------
    def _numbered(self, piece: Piece, following: Piece | None) -> None:
        """An operative paragraph with its number (``1.``), or the start of an appendix."""
        number = int(to_ascii(piece.number or "0"))
        if self.ended and number == 1 and self.last_number:
            self.state = "annex"
            self._annex(piece, following, appendix=True)
            return
        self.last_number = number
        inner = None
        if may_have_label(piece.text):  # most paragraphs open with a word: no inner label to look for
            inner = piece_of(self.layout.text, piece.block.cut(start=piece.text_start))
        if inner is not None and inner.family in ("letter", "roman", "digit"):
            # "11. (a) …": the paragraph has no lead-in of its own and opens with its first item.
            empty = Piece(
                piece.block.cut(end=piece.text_start),
                "",
                piece.text_start,
                piece.label,
                piece.family,
                piece.number,
            )
            self._open_operative(self.writer.emit(f"OP{number}", "operative", str(number), empty))
            self.open_list = True
            self._sub(inner, self.current_op)  # type: ignore[arg-type]
            return
        op = self.writer.emit(
            f"OP{number}", "operative", str(number), piece, phrase=leading_phrase(piece.text)
        )
        self._open_operative(op)

    def _open_operative(self, op: Paragraph) -> None:
        self.current_op = op
        self.sub_stack = []
        self.writer.items = 0
        self.open_list = op.text.rstrip().endswith(("：", ":"))
        self.ended = op.text.rstrip().endswith("。")

    def _sub(self, piece: Piece, parent: Paragraph) -> None:
        family = piece.family
        number = piece.number or ""
        if family == "letter" and number in _ROMAN_NUMERALS and not self._continues_letters(number):
            family = "roman"  # "(i)" under "(a)" is roman; after "(h)" it is the letter i
        while self.sub_stack and self.sub_stack[-1][0] != family and family in {f for f, _ in self.sub_stack}:
            self.sub_stack.pop()
        if self.sub_stack and self.sub_stack[-1][0] == family:
            self.sub_stack.pop()
        owner = self.sub_stack[-1][1] if self.sub_stack else parent
        label = to_ascii(piece.label) if piece.label else ""
        # Ids use one form for a level whatever its punctuation: "a." and "(a)" are both "(a)".
        key = label
        if (
            family in ("letter", "roman", "digit")
            and label[:1] not in "(（"
            and not "㈠" <= label[:1] <= "㈩"
        ):
            key = f"({piece.number})"  # "a.", "a)", "i)" are the levels "(a)", "(i)"
        if family == "bullet":
            self.writer.items += 1
            key = f"[{self.writer.items}]"
        sub = self.writer.emit(f"{owner.id}{key}", "subparagraph", label or None, piece, parent=owner.id)
        self.sub_stack.append((str(family), sub))
        self.ended = piece.text.rstrip().endswith("。")

    def _continues_letters(self, number: str) -> bool:
        letters = [p for f, p in self.sub_stack if f == "letter"]
        if not letters or not letters[-1].number:
            return False
        return follows_letter(letters[-1].number.strip("().（）"), number)

    def _heading(self, piece: Piece) -> None:
        self.writer.heading(piece)
        following = self.pieces[self.index + 1] if self.index + 1 < len(self.pieces) else None
        if following is not None and following.family in SUB_FAMILIES and self.current_op is not None:
            return  # a heading between the items of one list ("资产冻结", "旅行禁令"): the list goes on
        self.current_op = None
        self.open_list = False

    def _labelled_heading(self, piece: Piece) -> bool:
        """``㈠ 豁免、事先批准和通知`` after a paragraph that opens no list is a section heading."""
        short = len(piece.text.strip()) <= HEADING_MAX and not ends_terminal(piece.text)
        return short and not self.open_list and not self.sub_stack

    def _headings_lead_to_operative(self) -> bool:
        """Whether the headings from the current block on are followed by a numbered paragraph.

        Answered for every block of the run of headings at once, so a long run is walked once.
        """
        known = self.heading_runs
        if self.index in known:
            return known[self.index]
        end, answer = self.index, False
        while end < len(self.pieces):
            piece = self.pieces[end]
            if piece.family == "operative":
                answer = True
                break
            if not is_heading(piece):
                break
            end += 1
        for i in range(self.index, end + 1):
            known[i] = answer
        return answer

    def _lost_its_comma(self, piece: Piece) -> bool:
        """A short preambular paragraph without its ``，`` (``注意到秘书长的报告(S/2025/100)`` before ``1.``)
        opens like one (``注意到``, ``回顾`` …): a heading names a section (``延长任务期限``) and does not."""
        phrase = leading_phrase(piece.text) if piece.family is None else None
        return phrase is not None and is_preambular(phrase)

    def _starts_unnumbered_operative(self, piece: Piece) -> bool:
        """Without numbers, the operative part starts at the first paragraph ending in ``；`` or ``。``."""
        if self.has_numbers or not self.result.paragraphs:
            return False
        return piece.text.rstrip().endswith(("；", "。", ";"))
