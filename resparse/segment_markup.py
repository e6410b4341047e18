"""Segmentation of rich formats whose markup names every block (Akoma Ntoso): follow the markup.

The markup says what each block is (``Hint``); the builder of :mod:`resparse.segment` still gives the
ids, so a document read from its own Akoma Ntoso output gets the same paragraphs as its text.
"""

from __future__ import annotations

from resparse import patterns
from resparse.layout import Block
from resparse.model import Formula, Paragraph
from resparse.phrases import leading_phrase
from resparse.readers.markup import Hint
from resparse.segment import _FULLWIDTH, _Builder, _cover, _label, _Piece, _span

_FAMILY_PATTERNS = (
    ("letter", patterns.LETTER_LABEL),
    ("roman", patterns.ROMAN_LABEL),
    ("digit", patterns.DIGIT_LABEL),
    ("bullet", patterns.BULLET_LABEL),
)


def _hinted(text: str, block: Block) -> _Piece:
    """A block whose label the markup gave: the label is the hint's number, as written."""
    body = text[block.start : block.end]
    label = block.hint.label if block.hint else None
    if label and body.startswith(label):
        rest = len(label) + (len(body[len(label) :]) - len(body[len(label) :].lstrip()))
        return _Piece(block, body[rest:], block.start + rest, label, block.hint.kind, block.hint.number)
    return _Piece(block, body, block.start, None, None, None)


class MarkupBuilder(_Builder):
    """The builder, walking blocks whose hints say what they are."""

    def run_markup(self) -> None:
        """Rich formats whose markup names each block (Akoma Ntoso): follow the markup."""
        cover: list[_Piece] = []
        stack: list[tuple[int, Paragraph]] = []  # (depth, paragraph): the open levels
        annex = None
        for block in self.layout.blocks:
            hint = block.hint or Hint("paragraph")
            piece = _hinted(self.layout.text, block)
            if hint.kind == "cover":
                cover.append(piece)
            elif hint.kind == "formula":
                text = self.layout.text[block.start : block.end]
                match = patterns.FORMULA.match(text)
                organ = match["organ"] if match else text.rstrip("，, ")
                self.result.formula = Formula(text, _span(self.layout, block.start, block.end), organ)
            elif hint.kind == "preambular":
                self.pp += 1
                stack = self._level(f"PP{self.pp}", "preambular", None, piece)
            elif hint.kind == "operative" and hint.number and hint.number.isdigit():
                number = str(int(hint.number))
                stack = self._level(f"OP{number}", "operative", number, piece)
            elif hint.kind == "subparagraph" and stack:
                depth = hint.depth or stack[-1][0] + 1
                while len(stack) > 1 and stack[-1][0] >= depth:
                    stack.pop()
                parent = stack[-1][1]
                label = (hint.number or "").translate(_FULLWIDTH)
                family = next((f for f, p in _FAMILY_PATTERNS if p.match(label + " ")), None)
                if family == "letter" and not label.startswith("("):
                    key = f"({label.rstrip('.．')})"
                elif label and family in ("letter", "roman", "digit"):
                    key = label
                else:
                    self.items += 1
                    key = f"[{self.items}]"
                sub = self._emit(f"{parent.id}{key}", "subparagraph", label or None, piece, parent=parent.id)
                if label:
                    stack.append((depth, sub))  # an unnumbered item is text of its list, not a level
            elif hint.kind == "heading" or (hint.kind == "paragraph" and self._is_heading(piece)):
                self._heading(_label(self.layout.text, block))
                stack = []
            elif hint.kind == "annex":
                labelled = _label(self.layout.text, block)
                if annex != hint.number:
                    annex = hint.number
                    if self._is_heading(labelled) or self._is_annex(labelled):
                        self._new_annex(labelled)
                        continue
                    self._new_annex(None)
                self._annex_paragraph(labelled)
            elif hint.kind == "footnote":
                self.footnote(piece)
            else:
                self.unnumbered += 1
                stack = self._level(f"OPu{self.unnumbered}", "operative", None, piece)
        if cover:
            self.result.cover = _cover(self.layout, cover)

    def _level(self, pid: str, kind: str, number: str | None, piece: _Piece) -> list[tuple[int, Paragraph]]:
        """A top-level paragraph opens a new stack of levels; its unnumbered items count from 1."""
        self.items = 0
        return [(0, self._emit(pid, kind, number, piece, phrase=leading_phrase(piece.text)))]
