"""Give paragraphs their ids and collect them: the part of segmentation every input format shares.

Ids: ``PP1``… preambular, ``OP1``… operative (``OPu1`` unnumbered, ``OP5~2`` a repeated number),
``OP4(a)`` and ``OP2[1]`` sub-paragraphs, ``H1``… headings, ``ANNEX1`` and ``ANNEX1.1``… annexes,
``FN1``… footnotes.
"""

from __future__ import annotations

from resparse.layout import Layout
from resparse.model import Cover, Diagnostic, Formula, Paragraph, ParagraphKind, Part
from resparse.structure.pieces import Piece


class Structure:
    """What segmentation found; :func:`resparse.api.parse` wraps it into a :class:`Document`."""

    __slots__ = ("cover", "diagnostics", "formula", "organ", "paragraphs", "parts")

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.formula: Formula | None = None
        self.cover: Cover | None = None
        self.diagnostics: list[Diagnostic] = []
        self.organ: str | None = None
        self.parts: list[Part] = []


class Writer:
    """Emits the paragraphs of one document in order, numbering what has no number of its own."""

    def __init__(self, layout: Layout, result: Structure) -> None:
        self.layout = layout
        self.offsets = layout.offsets
        self.result = result
        self.preambular = 0
        self.headings = 0
        self.unnumbered = 0
        self.annexes = 0
        self.annex_items = 0
        self.footnotes = 0
        #: Unnumbered items (``[1]``, bullets) of the current paragraph.
        self.items = 0
        self.seen_ids: set[str] = set()
        #: The last copy number given to each repeated id.
        self.copies: dict[str, int] = {}
        #: The id prefix of the part being written (``"B."``), empty for a resolution in one part.
        self.prefix = ""

    def own(self, pid: str) -> str:
        """A top-level id in the current part: ``OP3`` → ``B.OP3``."""
        return self.prefix + pid

    def new_part(self, letter: str) -> None:
        """Start writing part ``letter``: its paragraphs, headings and annexes are numbered anew."""
        self.prefix = f"{letter}."
        self.preambular = self.headings = self.unnumbered = self.annexes = self.annex_items = 0
        self.items = 0

    def emit(
        self,
        pid: str,
        kind: ParagraphKind,
        number: str | None,
        piece: Piece,
        phrase: str | None = None,
        parent: str | None = None,
    ) -> Paragraph:
        if pid in self.seen_ids:  # a repeated number: OP5, OP5~2, OP5~3 …
            base, n = pid, self.copies.get(pid, 1)
            while pid in self.seen_ids:
                n += 1
                pid = f"{base}~{n}"
            self.copies[base] = n
        self.seen_ids.add(pid)
        text = piece.text.strip()
        lead = piece.text.find(text[0]) if text else len(piece.text)
        block = piece.block
        paragraph = Paragraph(
            pid,
            kind,
            number,
            text,
            self.offsets.span(block.start, block.end),
            phrase,
            parent,
            block.page,
            piece.text_start + lead,
            piece.label,
            (block.start, block.end),
        )
        self.result.paragraphs.append(paragraph)
        return paragraph

    def heading(self, piece: Piece) -> Paragraph:
        self.headings += 1
        number = piece.number if piece.family == "heading" else None
        return self.emit(self.own(f"H{self.headings}"), "heading", number, piece)

    def new_annex(self, title: Piece | None) -> None:
        """Open annex ``n``; its title (``附件``), when it has one, is the paragraph ``ANNEXn``."""
        self.annexes += 1
        self.annex_items = 0
        if title is not None:
            self.emit(self.own(f"ANNEX{self.annexes}"), "annex", None, title)

    def annex_paragraph(self, piece: Piece) -> None:
        self.annex_items += 1
        number = piece.number if piece.family else None
        self.emit(
            self.own(f"ANNEX{self.annexes}.{self.annex_items}"),
            "annex-paragraph",
            number,
            piece,
            parent=self.own(f"ANNEX{self.annexes}"),
        )

    def footnote(self, piece: Piece) -> None:
        """A footnote: ``FN<marker>`` when the text numbers its notes, else ``FN<n>`` in order."""
        self.footnotes += 1
        number = piece.number if piece.number and piece.number.isdigit() else None
        self.emit(f"FN{number or self.footnotes}", "footnote", number, piece)
