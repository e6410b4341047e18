"""Turn blocks of normalised text into the structure of a resolution.

Order of a resolution: an optional cover block (symbol, title, adoption line), the enacting formula
(``安全理事会，``), preambular paragraphs (ending in ``，``), operative paragraphs (numbered ``1.``…,
ending in ``；`` and the last in ``。``) with sub-paragraphs (``(a)``, ``㈠``, bullets, or unnumbered items
under a lead-in ending in ``：``), section headings inside the operative part, and annexes.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from resparse.grammar import structure
from resparse.grammar.chars import ends_terminal, to_ascii
from resparse.grammar.labels import SUB_FAMILIES, item_family, may_have_label
from resparse.grammar.phrases import is_operative, is_preambular, leading_phrase
from resparse.grammar.structure import HEADING_MAX
from resparse.layout import Layout
from resparse.model import Diagnostic, Formula, Paragraph, Part
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
#: Words a paragraph's text goes on with after its list: no new paragraph starts with them.
_GOES_ON = ("并", "以及", "同时")


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
    body = pieces[body_from:]
    # Parts are told by their formulas: a text without one at its head is read as one part.
    parts = _parts(pieces[:body_from], body) if result.formula is not None else []
    if parts and result.formula is not None:
        segmenter.parts = parts
        result.parts.append(Part(parts[0].letter, result.formula, result.formula.span, None))
    segmenter.run(body)
    for block in notes:
        segmenter.writer.footnote(hinted_piece(layout.text, block))
    return result


class PartStart(NamedTuple):
    """Where a part of a resolution adopted in parts starts among the body's pieces: its header (the
    letter and title above the formula) and its formula."""

    letter: str
    header: int
    formula: int


def _parts(cover: list[Piece], body: list[Piece]) -> list[PartStart]:
    """The parts of a resolution adopted in parts (``A/RES/75/101 A-B``): every later enacting formula
    starts one, with the letter on the line above it (``B``) or above its title; the first part is
    the one under the first formula. Empty for a resolution in one part, the usual case."""
    formulas = []
    last = 0
    for i, piece in enumerate(body):
        if i and piece.family is None and structure.is_any_formula(piece.text) and _has_text(body[last:i]):
            formulas.append(i)
            last = i
    if not formulas:
        return []
    out: list[PartStart] = [PartStart(_letter_above(cover, len(cover)) or "A", -1, -1)]
    for f in formulas:
        header = f
        letter = None
        for back in (1, 2):
            if f - back >= 0 and (found := _part_letter(body[f - back])):
                letter, header = found, f - back
                break
        if letter is None:
            letter = chr(ord(out[-1].letter[-1]) + 1) if len(out[-1].letter) == 1 else out[-1].letter + "'"
        out.append(PartStart(letter, header, f))
    return out


def _has_text(pieces: list[Piece]) -> bool:
    """Whether a part's pieces hold a resolution's text: an operative paragraph, or one ending in "。"."""
    return any(p.family == "operative" or p.text.rstrip().endswith("。") for p in pieces)


def _letter_above(pieces: list[Piece], end: int) -> str | None:
    for back in (1, 2):
        if end - back >= 0 and (found := _part_letter(pieces[end - back])):
            return found
    return None


def _part_letter(piece: Piece) -> str | None:
    """The letter of a part on its own line: ``A``, ``B.``."""
    text = piece.labelled.strip().rstrip(".．")
    return text if 1 <= len(text) <= 2 and text.isascii() and text.isalpha() and text.isupper() else None


def _ends_text(piece: Piece) -> bool:
    """The meeting line under a resolution, or an annex heading: the resolution's text is over."""
    text = piece.labelled.strip()
    return bool(structure.CLOSING_MEETING.match(text)) or structure.is_annex_heading(text)


def _numbered(pieces: list[Piece]) -> bool:
    """Whether the resolution's own text (up to the meeting line under it, or an annex) numbers its
    operative paragraphs: an annexed text's numbers are not the resolution's."""
    for piece in pieces:
        if piece.family == "operative":
            return True
        if piece.family is None and (
            structure.CLOSING_MEETING.match(piece.text.strip()) or structure.is_annex_heading(piece.text)
        ):
            return False
    return False


def _front_matter(layout: Layout, pieces: list[Piece], result: Structure) -> int:
    """Find the cover and the enacting formula; return where the body starts."""
    found = structure.find_formula([p.text if p.family is None else "" for p in pieces[:41]])
    formula_at = found if found is not None and pieces[found].family is None else None
    if formula_at is not None:
        piece = pieces[formula_at]
        organ = structure.formula_organ(piece.text) or piece.text
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
        #: The parts of a resolution adopted in parts (none for one in one part).
        self.parts: list[PartStart] = []
        #: The meeting line under the text has been read: what follows is annexed to it.
        self.closed = False
        #: The last paragraph was a section's own preamble (under its heading).
        self.section_preamble = False

    def run(self, pieces: list[Piece]) -> None:
        self.pieces = pieces
        bounds = [part.header for part in self.parts[1:]] + [len(pieces)]
        self.has_numbers = _numbered(pieces[: bounds[0]])
        if self.parts:
            self.writer.new_part(self.parts[0].letter)
        starts = {part.header: part for part in self.parts[1:]}
        states = {"preamble": self._preamble, "operative": self._operative, "annex": self._annex}
        part: PartStart | None = None
        for i, piece in enumerate(pieces):
            self.index = i
            if i in starts:
                part = starts[i]
                self._new_part(part, pieces[i : bounds[bounds.index(i) + 1]])
            if part is not None and i < part.formula:
                self._heading(piece)  # the part's letter and title, above its formula
                continue
            if part is not None and i == part.formula:
                formula = Formula(
                    piece.text,
                    span(self.layout, piece.block.start, piece.block.end),
                    structure.formula_organ(piece.text) or piece.text,
                )
                self.result.parts.append(Part(part.letter, formula, formula.span, None))
                continue
            following = pieces[i + 1] if i + 1 < len(pieces) else None
            if len(piece.text) <= structure.CLOSING_MAX and self._closing(piece):
                continue
            states[self.state](piece, following)

    def _closing(self, piece: Piece) -> bool:
        """The meeting and date under a resolution's text (``第41次全体会议``, ``2020年12月10日``): headings
        that end it; what comes after them (but a next part) is annexed. Asked only of short pieces
        (:data:`~resparse.grammar.structure.CLOSING_MAX`): a paragraph is longer."""
        text = piece.labelled.strip()
        if structure.CLOSING_MEETING.match(text) or (self.closed and structure.CLOSING_DATE.match(text)):
            self.writer.heading(piece)
            self.closed = True
            self.state = "annex"
            return True
        return False

    def _new_part(self, part: PartStart, pieces: list[Piece]) -> None:
        """Start the next part: its own preamble, operative paragraphs and numbering."""
        self.writer.new_part(part.letter)
        self.state = "preamble"
        self.has_numbers = _numbered(pieces)
        self.closed = False
        self.current_op = self.current_pp = None
        self.sub_stack = []
        self.open_list = self.ended = False
        self.last_number = 0

    # -- states ---------------------------------------------------------------------------------
    def _preamble(self, piece: Piece, following: Piece | None) -> None:
        if (
            piece.family == "operative"
            or self._starts_unnumbered_operative(piece, following)
            or self._operative_lead_in(piece, following)
        ):
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
        elif self.sub_stack and self.current_pp is not None and self._goes_on(piece):
            # "……(f) ……，" then "并立足于……，": the paragraph whose list this is goes on after it.
            self.writer.items += 1
            parent = self.current_pp
            self.writer.emit(
                f"{parent.id}[{self.writer.items}]", "subparagraph", None, piece, parent=parent.id
            )
        else:
            self._new_preambular(piece)
            self.sub_stack = []

    def _new_preambular(self, piece: Piece) -> None:
        """The next preambular paragraph (of the document, or of a section's own preamble)."""
        self.writer.preambular += 1
        self.current_pp = self.writer.emit(
            self.writer.own(f"PP{self.writer.preambular}"),
            "preambular",
            None,
            piece,
            phrase=leading_phrase(piece.text),
        )

    def _operative(self, piece: Piece, following: Piece | None) -> None:
        if is_annex(piece):
            self.state = "annex"
            self._annex(piece, following)
            return
        if piece.family == "operative" and "\t" in piece.text and structure.TABLE_ROW.search(piece.text):
            self._table_row(piece)
        elif piece.family == "operative":
            self._numbered(piece, following)
        elif (
            piece.family == "heading"
            and self.open_list
            and self.current_op is not None
            and not self.sub_stack
        ):
            # "35. 核可下表所示……：" then "A. 养恤金行政管理局": a part of the list, not a section.
            self._sub(piece, self.current_op)
        elif piece.family in SUB_FAMILIES and self._labelled_heading(piece):
            self._heading(piece)
        elif piece.family in SUB_FAMILIES and self.current_op is not None:
            self._sub(piece, self.current_op)
        elif is_heading(piece) or self._section_title(piece):
            self._heading(piece)
        elif self._section_preamble(piece, following):
            self._new_preambular(piece)
            self.section_preamble = True
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
                self.writer.own(f"OPu{self.writer.unnumbered}"),
                "operative",
                None,
                piece,
                phrase=leading_phrase(piece.text),
            )
            self._open_operative(op)

    def _annex(self, piece: Piece, following: Piece | None, appendix: bool = False) -> None:
        if is_annex(piece):
            self.writer.new_annex(piece)
            return
        if (appendix or self.closed) and self.writer.annexes == 0:
            # Numbering restarted after the final "。", or text under the meeting line: an annex
            # without a title.
            self.writer.new_annex(None)
        self.writer.annex_paragraph(piece)

    # -- helpers --------------------------------------------------------------------------------
    def _numbered(self, piece: Piece, following: Piece | None) -> None:
        """An operative paragraph with its number (``1.``), or the start of an appendix."""
        self.section_preamble = False
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
            self._open_operative(
                self.writer.emit(self.writer.own(f"OP{number}"), "operative", str(number), empty)
            )
            self.open_list = True
            self._sub(inner, self.current_op)  # type: ignore[arg-type]
            return
        op = self.writer.emit(
            self.writer.own(f"OP{number}"), "operative", str(number), piece, phrase=leading_phrase(piece.text)
        )
        self._open_operative(op)

    def _open_operative(self, op: Paragraph) -> None:
        self.current_op = op
        self.sub_stack = []
        self.writer.items = 0
        self.open_list = op.text.rstrip().endswith(("：", ":"))
        self.ended = op.text.rstrip().endswith("。")

    def _sub(self, piece: Piece, parent: Paragraph) -> None:
        family = item_family(piece.family, piece.number or "", self._last_letter())
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

    def _last_letter(self) -> str | None:
        """The letter of the innermost lettered item open (``h`` of ``(h)``), if any."""
        letters = [p for f, p in self.sub_stack if f == "letter"]
        return letters[-1].number.strip("().（）") if letters and letters[-1].number else None

    def _heading(self, piece: Piece) -> None:
        self.writer.heading(piece)
        following = self.pieces[self.index + 1] if self.index + 1 < len(self.pieces) else None
        if following is not None and following.family in SUB_FAMILIES and self.current_op is not None:
            return  # a heading between the items of one list ("资产冻结", "旅行禁令"): the list goes on
        if (
            self.open_list
            and self.current_op is not None
            and structure.ARTICLE_HEADING.match(piece.text.strip())
        ):
            return  # "第10条" of a text quoted after "……规定：": the quotation is the paragraph's
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
        end, answer, preamble = self.index, False, 0
        while end < len(self.pieces):
            piece = self.pieces[end]
            if piece.family == "operative":
                answer = True
                break
            if not is_heading(piece):
                # A section may open with its own preamble (审议了……，) under its heading.
                if piece.family is None and piece.text.rstrip().endswith(("，", ",")) and preamble < 3:
                    preamble += 1
                    end += 1
                    continue
                break
            if preamble:
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

    def _goes_on(self, piece: Piece) -> bool:
        """Text after a preambular paragraph's list that carries the paragraph on (``并立足于……``); a
        new paragraph opens with a verb even after ``并`` (``并强调指出……``)."""
        text = piece.text
        if piece.family is not None or not text.startswith(_GOES_ON):
            return False
        rest = text[1:] if text.startswith(("并",)) else text[2:]
        return leading_phrase(rest) is None

    def _section_title(self, piece: Piece) -> bool:
        """A long title under a section's number (``二`` / ``大会和(或)安全理事会授权的……费用估计数``)."""
        last = self.result.paragraphs[-1] if self.result.paragraphs else None
        return (
            piece.family is None
            and last is not None
            and last.kind == "heading"
            and bool(structure.SECTION_NUMBER.match(last.text))
            and len(piece.text) <= 3 * HEADING_MAX
            and not ends_terminal(piece.text)
        )

    def _table_row(self, piece: Piece) -> None:
        """A row of a table (its number is the table's, not a paragraph's): text of the paragraph above."""
        if self.current_op is not None:
            self.writer.items += 1
            parent = self.current_op
            self.writer.emit(
                f"{parent.id}[{self.writer.items}]", "subparagraph", None, piece, parent=parent.id
            )
        else:
            self.writer.heading(piece)

    def _section_preamble(self, piece: Piece, following: Piece | None) -> bool:
        """A section's own preamble (``审议了秘书长的报告，``) under its heading, before its paragraphs."""
        if piece.family is not None or not piece.text.rstrip().endswith(("，", ",")):
            return False
        if self.current_op is not None and not self.section_preamble:
            return False
        phrase = leading_phrase(piece.text)
        return (phrase is not None and is_preambular(phrase)) or (
            following is not None and following.family == "operative"
        )

    def _operative_lead_in(self, piece: Piece, following: Piece | None) -> bool:
        """``决定：``, ``通过以下宣言：``: an operative paragraph without a number that opens a list (or
        the numbered paragraphs, or the adopted text, after it); a preambular one opens like one
        (``认识到：``)."""
        if piece.family is not None or not piece.text.rstrip().endswith(("：", ":")) or following is None:
            return False
        phrase = leading_phrase(piece.text)
        if phrase is not None and is_preambular(phrase):
            return False
        if phrase is not None and is_operative(phrase):
            return True
        if following.family == "operative":
            return True
        # A list under it: operative when the resolution numbers no paragraph and the items read as
        # operative ones (a preamble's list, 指出……是指：(a) ……，, has items ending in "，").
        items = following.family in SUB_FAMILIES and not following.text.rstrip().endswith(("，", ","))
        return not self.has_numbers and (items or is_heading(following))

    def _starts_unnumbered_operative(self, piece: Piece, following: Piece | None) -> bool:
        """Without numbers, the operative part starts at the first paragraph ending in ``；`` or ``。``;
        right after the formula, only a whole resolution of one paragraph (``通过本决议所附的宣言。``)."""
        if self.has_numbers:
            return False
        text = piece.text.rstrip()
        if self.writer.preambular == 0:
            return text.endswith("。") and (following is None or _ends_text(following))
        return text.endswith(("；", "。", ";"))
