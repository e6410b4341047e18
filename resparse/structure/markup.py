"""Segmentation of rich formats whose markup names every block (Akoma Ntoso): follow the markup.

The markup says what each block is (:class:`~resparse.model.Hint`); the :class:`Writer` of plain text
still gives the ids, so a document read from its own Akoma Ntoso output gets the same paragraphs as
its text.
"""

from __future__ import annotations

from resparse.grammar import structure
from resparse.grammar.chars import to_ascii
from resparse.grammar.labels import core, item_family, sub_family
from resparse.grammar.phrases import leading_phrase
from resparse.layout import Layout
from resparse.model import Diagnostic, Formula, Hint, Paragraph, ParagraphKind, Part
from resparse.rules import NOTES
from resparse.structure.pieces import Piece, cover_of, hinted_piece, is_annex, is_heading, piece_of, span
from resparse.structure.writer import Structure, Writer


class MarkupSegmenter:
    """Walks blocks whose hints say what they are, keeping a stack of the open levels."""

    def __init__(self, layout: Layout, result: Structure) -> None:
        self.layout = layout
        self.result = result
        self.writer = Writer(layout, result)
        #: The family each item labelled in its text was read as (``(i)``: a letter or a numeral).
        self.families: dict[str, str] = {}

    def run(self) -> None:
        layout, writer = self.layout, self.writer
        cover: list[Piece] = []
        stack: list[tuple[int, Paragraph]] = []  # (depth, paragraph): the open levels
        # The levels a heading closed: items after headings between them (资产冻结, 旅行禁令) go on
        # with the list of the paragraph before, as they do in plain text.
        resumable: list[tuple[int, Paragraph]] = []
        annex = None
        for block in layout.blocks:
            hint = block.hint or Hint("paragraph")
            piece = hinted_piece(layout.text, block)
            if hint.kind == "cover":
                cover.append(piece)
            elif hint.kind == "formula":
                text = layout.text[block.start : block.end]
                organ = structure.formula_organ(text) or text.rstrip("，, ")
                formula = Formula(text, span(layout, block.start, block.end), organ)
                if hint.number:  # the formula of one part of a resolution adopted in parts
                    if writer.prefix != f"{hint.number}.":
                        writer.new_part(hint.number)
                    self.result.parts.append(Part(hint.number, formula, formula.span, None))
                    stack, resumable = [], []
                if self.result.formula is None:
                    self.result.formula = formula
            elif hint.kind == "preambular":
                writer.preambular += 1
                stack = self._level(writer.own(f"PP{writer.preambular}"), "preambular", None, piece)
            elif hint.kind == "operative" and hint.number and hint.number.isdigit():
                number = str(int(hint.number))
                stack = self._level(writer.own(f"OP{number}"), "operative", number, piece)
            elif hint.kind == "subparagraph" and (stack or resumable):
                stack = stack or resumable
                label = to_ascii(hint.number or "")
                family = sub_family(label)
                if hint.depth == 1 and family in ("letter", "roman", "digit"):
                    # A numbered item the markup puts at the first level whatever it is (the
                    # English files' flat "<paragraph><num>(iii)</num>"): its family tells its level.
                    self._item(label, family, piece, stack)
                else:
                    self._sub(hint, piece, stack)
            elif hint.kind == "heading" or (hint.kind == "paragraph" and is_heading(piece)):
                if hint.number and writer.prefix != f"{hint.number}.":  # a part's letter, its title
                    writer.new_part(hint.number)
                writer.heading(piece_of(layout.text, block))
                resumable, stack = stack or resumable, []
                continue
            elif hint.kind == "annex":
                labelled = piece_of(layout.text, block)
                if annex != hint.number:
                    annex = hint.number
                    if is_heading(labelled) or is_annex(labelled):
                        writer.new_annex(labelled)
                        continue
                    writer.new_annex(None)
                writer.annex_paragraph(labelled)
            elif hint.kind == "footnote":
                writer.footnote(piece)
            elif (
                hint.kind == "paragraph"
                and stack
                and (labelled := piece_of(layout.text, block)).family in ("letter", "roman", "digit")
            ):
                # "(a)\t……" as a paragraph of its own (the label in its text): an item of the list above.
                self._item(labelled.label or "", labelled.family, labelled, stack)
            elif self._preambular_in_body(piece):
                # The markup's slip: a preambular paragraph (it ends with "，") put in the main body
                # before any operative paragraph. The text says what it is.
                writer.preambular += 1
                stack = self._level(writer.own(f"PP{writer.preambular}"), "preambular", None, piece)
            elif stack and stack[0][1].kind == "operative" and stack[0][1].number:
                # An unnumbered paragraph within a numbered one's list: the list goes on.
                self._sub(Hint("subparagraph", depth=1), piece, stack)
            else:
                writer.unnumbered += 1
                stack = self._level(writer.own(f"OPu{writer.unnumbered}"), "operative", None, piece)
            resumable = []  # only headings stand between the items of one list
        if cover:
            self.result.cover = cover_of(layout, cover)
        if self.result.formula is None and self.result.paragraphs:
            self.result.diagnostics.append(Diagnostic("no-formula", NOTES["no-formula"]))

    def _item(self, label: str, family: str | None, piece: Piece, stack: list[tuple[int, Paragraph]]) -> None:
        """An item whose level its label's family tells: that of the list's earlier items of the
        family, else one below the item above (``(i)`` under ``(a)``)."""
        family = self._family(label, family, stack)
        depth = next(
            (level for level, p in stack if self.families.get(p.id) == family),
            2 if family in ("roman", "digit") and len(stack) > 1 else 1,
        )
        self._sub(Hint("subparagraph", label, depth, label=label), piece, stack)
        self.families[self.result.paragraphs[-1].id] = family or ""

    def _family(self, label: str, family: str | None, stack: list[tuple[int, Paragraph]]) -> str | None:
        """``(i)`` is a roman numeral opening a list under ``(a)``, and the letter after ``(h)``."""
        letters = [p for _, p in stack if self.families.get(p.id) == "letter"]
        return item_family(family, core(label), core(letters[-1].label or "") if letters else None)

    def _preambular_in_body(self, piece: Piece) -> bool:
        text = piece.text.rstrip()
        return text.endswith(("，", ",")) and not any(p.kind == "operative" for p in self.result.paragraphs)

    def _sub(self, hint: Hint, piece: Piece, stack: list[tuple[int, Paragraph]]) -> None:
        """A sub-paragraph at the depth the markup gives, under the open level above it."""
        depth = hint.depth or stack[-1][0] + 1
        while len(stack) > 1 and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1]
        label = to_ascii(hint.number or "")
        family = sub_family(label)
        if family == "letter" and not label.startswith("("):
            key = f"({label.rstrip('.．')})"
        elif label and family in ("letter", "roman", "digit"):
            key = label
        else:
            self.writer.items += 1
            key = f"[{self.writer.items}]"
        sub = self.writer.emit(f"{parent.id}{key}", "subparagraph", label or None, piece, parent=parent.id)
        if label:
            stack.append((depth, sub))  # an unnumbered item is text of its list, not a level

    def _level(
        self, pid: str, kind: ParagraphKind, number: str | None, piece: Piece
    ) -> list[tuple[int, Paragraph]]:
        """A top-level paragraph opens a new stack of levels; its unnumbered items count from 1."""
        self.writer.items = 0
        return [(0, self.writer.emit(pid, kind, number, piece, phrase=leading_phrase(piece.text)))]
