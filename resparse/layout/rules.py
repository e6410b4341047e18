"""How a document marks where a paragraph starts: the rules the layout stage reads off each document.

Kept apart from :mod:`resparse.layout.normalise` (which walks the lines and builds the text) as this is the
part that decides; it sees each physical line as a :class:`Line` and answers one question per pair of
lines: does the second start a new block?
"""

from __future__ import annotations

import functools
from collections import Counter
from itertools import pairwise

from resparse.grammar.chars import (
    ENDINGS,
    HANGING,
    TERMINAL_PUNCTUATION,
    ends_open,
    ends_terminal,
    first_unit_width,
    printed_width,
    typeset_width,
)
from resparse.grammar.labels import OPERATIVE_ONE, is_label_only, line_has_label
from resparse.grammar.phrases import ACTING_UNDER, LABEL_REFERENCE, TRAILING_MARKER, leading_phrase
from resparse.grammar.structure import FORMULA_MAX, find_formula, is_annex_heading, is_any_formula


class Line:
    """One physical line of text (artefacts and blank lines are not lines here).

    Working state of the layout stage, not a value: ``page_start`` is set once pages are known. A
    slotted class: one is made for every line of every file, and its fields are read many times.
    """

    __slots__ = (
        "adjacent",
        "after_artifact",
        "blank_before",
        "content",
        "form_feed",
        "holes",
        "indent",
        "marker_end",
        "marker_start",
        "page_start",
        "row",
        "start",
        "trailing_space",
    )

    def __init__(
        self,
        row: int,
        start: int,
        content: str,
        indent: int,
        trailing_space: int,
        blank_before: bool = False,
        adjacent: bool = False,
        after_artifact: bool = False,
        form_feed: bool = False,
    ) -> None:
        self.row = row  # the 0-based number of the line in the file
        self.start = start  # source offset of the first content character
        self.content = content  # the line without leading/trailing whitespace
        self.indent = indent
        self.trailing_space = trailing_space  # source offset of the first trailing space, or -1
        self.blank_before = blank_before
        self.adjacent = adjacent  # the previous physical line is a text line (no blank line between)
        self.after_artifact = after_artifact
        self.form_feed = form_feed
        self.page_start = False
        #: Stretches of the source left out of ``content`` (footnote markers): ``(at, length)`` — at
        #: ``content[at]``, ``length`` source characters are skipped.
        self.holes: list[tuple[int, int]] | None = None
        #: The line ended in a footnote marker (taken out of ``content``): a PDF extractor may break the
        #: printed line after a superscript, so the line below can be the rest of the same one.
        self.marker_end = False
        #: The line opened with a footnote marker: the superscript of the word the line above ends with.
        self.marker_start = False


class Rules:
    """How this document marks where a paragraph starts, read off the document itself.

    Styles: ``pdf`` (a blank line after every line, a one-space indent marks a paragraph, a new page
    starts with one space more), ``blank-separated`` (hard-wrapped, a blank line between paragraphs),
    ``wrapped`` (hard-wrapped, nothing but punctuation to go by) and ``lines`` (one paragraph per line).
    Statistics are taken over the body only: the cover block above the formula and the lists of an
    annex are not paragraphs of running text and would mislead them.
    """

    def __init__(self, lines: list[Line], printed: bool = False) -> None:
        #: The text carries a PDF's page furniture (a job number, a running header): it was printed.
        self.printed = printed
        found = find_formula([line.content for line in lines[:41]])
        formula_at = found if found is not None else -1
        self.cover = {line.row for line in lines[: formula_at + 1]} if formula_at >= 0 else set()
        annex_at = _first_annex(lines)
        # Text copied out of a PDF has a blank line after every line: wrapped, whatever the lengths say.
        everywhere = [line.blank_before for line in lines[1:]].count(True)
        self.double_spaced = len(lines) > 3 and everywhere >= 0.6 * (len(lines) - 1)
        if self.double_spaced and not any(line.indent for line in lines):
            # One paragraph a line with a blank line between (a word processor's export), not a
            # PDF's lines: nearly every line finishes its sentence.
            finished = sum(1 for line in lines if ends_terminal(line.content))
            self.double_spaced = finished < 0.9 * len(lines)
        body = lines[formula_at + 1 : annex_at] or lines
        if len(body) < 8 and self.double_spaced:
            body = lines[formula_at + 1 :] or lines  # a paragraph or two out of a PDF: its annex tells too
        # Rows of a table (cells split by tabs) are no running text: they would pass for wrapped lines.
        body = [line for line in body if "\t" not in line.content] or body
        self.body = body
        n = len(body)
        lengths = sorted([len(line.content) for line in body])
        self.width = lengths[int(0.9 * (n - 1))] if body else 0
        # A line broken by wrapping is about as long as the wrap width; a short unpunctuated one is a title.
        full = min(0.75 * self.width, 20)
        after_terminal = indented_after_terminal = blank_after_terminal = within = broken_within = 0
        wrapped: list[Line] = []
        for prev, line in pairwise(body):  # one pass over the pairs of lines, counting what tells a style
            last = prev.content[-1]
            # Most lines end in an ideograph: only the others can end a sentence.
            terminal = (last in ENDINGS or last.isspace()) and ends_terminal(prev.content)
            if terminal:
                after_terminal += 1
                indented_after_terminal += line.indent > 0
                blank_after_terminal += line.blank_before
            elif len(prev.content) >= full:
                wrapped.append(line)
            if not line.blank_before:
                within += 1
                broken_within += not terminal
        across = max(n - 1, 0) - within
        self.convention = False
        self.convention_known = True
        # Blank lines between paragraphs stand after most finished sentences; a few blank lines
        # around the furniture of a page (pdftotext) do not make a text blank-separated.
        blank_ends = after_terminal and blank_after_terminal >= 0.3 * after_terminal
        if not self.double_spaced and across and within and broken_within >= 0.5 * within and blank_ends:
            self.style = "blank-separated"
        elif self.double_spaced or len(wrapped) >= max(2, 0.15 * n):
            # Most of a PDF's lines are wrapped ones: counted in one comprehension, no call per line.
            unindented = _share([line.indent == 0 or line.page_start for line in wrapped])
            marked = after_terminal and indented_after_terminal / after_terminal >= 0.5
            if marked and (unindented >= 0.6 or (self.double_spaced and unindented > 0)):
                indents = Counter(line.indent for line in body if line.indent and not line.page_start)
                typical = indents.most_common(1)[0][0] if indents else 0
                self.convention = typical > 0 and any(line.indent > typical for line in lines)
                # Known when a page opens with a new paragraph (one space more), or with a line of a
                # paragraph at the margin (no space more); else the page's first lines must tell.
                self.convention_known = self.convention or any(
                    line.page_start and not line.indent for line in lines
                )
                self.style = "pdf"
            else:
                self.style = "wrapped"
        else:
            self.style = "lines"

    def starts(self, lines: list[Line]) -> list[bool]:
        """For each line, whether it starts a new block (the first line always does).

        One pass over the lines, each line's features (formula, label alone, annex title) read once.
        """
        starts = [True] * len(lines)
        if len(lines) < 2:
            return starts
        cover, style, convention = self.cover, self.style, self.convention
        contents = [line.content for line in lines]
        # Each test is guarded by the cheap condition it starts with: most lines are long and open
        # with an ideograph, and the tests run for every line of every document.
        label_only = [len(content) <= 6 and is_label_only(content) for content in contents]
        if style == "lines":
            for i in range(1, len(lines)):
                starts[i] = lines[i - 1].row in cover or lines[i].row in cover or not label_only[i - 1]
            return starts
        # A formula line ends in its comma, or in the organ's name (``大会`` alone), an invisible mark aside.
        formula = [
            content[-1] in _FORMULA_ENDINGS and len(content) <= FORMULA_MAX and is_any_formula(content)
            for content in contents
        ]
        annex = [content[0] == "附" and is_annex_heading(content) for content in contents]
        typeset = style == "wrapped" and self.typeset_width is not None
        in_operative = _in_operative(contents, formula, annex) if typeset else []
        for i in range(1, len(lines)):
            prev, line = lines[i - 1], lines[i]
            if formula[i - 1] or (cover and (prev.row in cover or line.row in cover)):
                continue  # True
            if label_only[i - 1]:
                starts[i] = False  # "2." alone on its line: the paragraph's text follows on the next
            elif annex[i] or annex[i - 1]:
                continue
            elif style == "pdf":
                # The first line of a page carries one space more than any other.
                starts[i] = line.indent - (1 if convention and line.page_start else 0) > 0
                if line.page_start or (
                    starts[i]
                    and (prev.content[-1] not in TERMINAL_PUNCTUATION or prev.marker_end or line.marker_start)
                ):
                    # Most lines carry on the one above, and most indented ones follow a finished
                    # sentence: only the others need the evidence weighed.
                    following = lines[i + 1] if i + 1 < len(lines) else None
                    starts[i] = self._pdf_start(prev, line, following, starts[i], label_only[i])
            elif typeset:
                starts[i] = self._typeset_start(i, lines, starts[i - 1], in_operative[i])
            else:
                starts[i] = self._by_punctuation(prev, line, starts[i - 1])
        return starts

    def _pdf_start(self, prev: Line, line: Line, following: Line | None, indented: bool, label: bool) -> bool:
        """Whether ``line``, indented (or opening a page), starts a paragraph: what the indent says,
        unless the extractor's breaks or an unseen page break tell otherwise."""
        starts = indented
        if (
            line.page_start
            and not starts
            and line.content[:1].isdigit()
            and ends_terminal(prev.content)
            and line_has_label(line.content)
        ):
            # "15. 决定……" at the top of a page, after a finished sentence, short of a space (an
            # item "㈥" may go on inline there: only a paragraph's number is believed).
            return True
        if line.page_start and line.indent == 1 and not self.convention_known:
            # One space at the top of a page: a new paragraph, or one more space on a line that
            # carries on the last one of the page before (the usual way). The sentence left
            # unfinished there tells.
            starts = self._opens_after(prev, line, label)
        if not starts or line.page_start:
            return starts
        if line.marker_start:
            return False  # "一般性意见(2007 年)" / " 15 和关于……": the marker wrapped
        if ends_open(prev.content) and not label and not line_has_label(line.content):
            return False  # "第28/29号、" ends no paragraph: a superscript broke the printed line
        if not ends_terminal(prev.content) and self._fills_the_width(prev):
            # A full line with its sentence unfinished goes on below, whatever the indent says: a
            # page broke there (its first line carries one space more) with no furniture to show
            # it, a marker broke the printed line, or the extractor saw a wider gap at the margin.
            # Where the convention is known the indent is believed unless the words say otherwise.
            if not self.convention_known:
                starts = line_has_label(line.content)
            elif not label and not line_has_label(line.content) and leading_phrase(line.content) is None:
                starts = False
        if starts and prev.marker_end:
            starts = not self._rest_of_printed_line(prev, line, following, label)
        return starts

    def _opens_after(self, prev: Line, line: Line, label: bool) -> bool:
        """Whether ``line`` opens a paragraph after ``prev``, read off the words alone: a label after a
        finished sentence, a finished sentence on a short line, or one that is followed by the way a
        paragraph opens (``回顾``, ``又请``)."""
        if not ends_terminal(prev.content) or (prev.marker_end and not self._fills_the_width(prev)):
            return False
        if label or line_has_label(line.content):
            return True
        return not self._fills_the_width(prev) or leading_phrase(line.content) is not None

    def _rest_of_printed_line(self, prev: Line, line: Line, following: Line | None, label: bool) -> bool:
        """Whether ``line`` is the rest of the printed line ``prev`` ends with a footnote marker in: an
        extractor breaks the line after a superscript, and what follows it looks indented.

        It is when the sentence is not finished before the marker, or when both fit on one printed
        line and the paragraph goes on below it (a paragraph's first line would fill the width).
        """
        if label or line_has_label(line.content):
            return False
        if self.ends_with_space:
            return prev.trailing_space < 0  # this extraction ends a paragraph's last line with a space
        if not ends_terminal(prev.content):
            return True
        printed = printed_width(prev.content) + (2 if prev.indent else 0) + printed_width(line.content)
        if printed > self.printed_width + 1:
            return False
        goes_on = following is not None and following.indent == 0 and not following.page_start
        # As a paragraph's first line it would have filled the width, were the paragraph going on
        # below. How short it must be to tell depends on whether it opens like a paragraph.
        if goes_on:
            return not self._fills_the_width(line)
        # It ends the paragraph: the end of the sentence, or a new one.
        return leading_phrase(line.content) is None

    def _fills_the_width(self, line: Line) -> bool:
        """Whether ``line`` is printed about as wide as a full line of the body."""
        printed = printed_width(line.content) + (2 if line.indent else 0)
        return printed >= self.printed_width - _SHORT_OF_FULL

    @functools.cached_property
    def hidden_indent(self) -> bool:
        """Whether this text was printed with first-line indents that the extraction left out
        (``pdftotext``): then a paragraph's first line is two ems narrower than the lines below it.

        Told from the lines that certainly open a paragraph (after a short line that finishes its
        sentence) and run on below: most of them are that much narrower than a full line.
        """
        full = self.wrapped_width
        opening = []
        for before, line, after in zip(self.body, self.body[1:], self.body[2:], strict=False):
            if line.indent or not ends_terminal(before.content) or ends_terminal(line.content):
                continue
            if printed_width(before.content) < full - _INDENT - _SHORT_OF_FULL and after.content:
                opening.append(printed_width(line.content))
        narrower = sum(
            1 for width in opening if full - _INDENT - _SHORT_OF_FULL <= width < full - _WIDTH_NOISE
        )
        return self.widths_tell and len(opening) >= 3 and narrower >= 0.6 * len(opening)

    @functools.cached_property
    def widths_tell(self) -> bool:
        """Whether the lines were wrapped at a printed width (a PDF's lines), not by hand: most of
        the lines that break a sentence off are about as wide as each other."""
        broken = self._broken_widths
        full = self.wrapped_width
        near = sum(1 for width in broken if abs(width - full) <= _SHORT_OF_FULL)
        return len(broken) >= 8 and near >= 0.7 * len(broken)

    @functools.cached_property
    def wrapped_width(self) -> float:
        """The printed width of a full line of hard-wrapped text without indents, in ems: where the
        first lines of paragraphs are two ems narrower and as many as the lines below them, the
        wider lines of those that break a sentence off."""
        broken = self._broken_widths
        return broken[int(0.75 * (len(broken) - 1))] if len(broken) >= 8 else self.printed_width

    @functools.cached_property
    def _broken_widths(self) -> list[float]:
        """The printed widths of the body's lines that break a sentence off, narrowest first."""
        return sorted(printed_width(line.content) for line in self.body if not ends_terminal(line.content))

    @functools.cached_property
    def ends_with_space(self) -> bool:
        """Whether this extraction marks the last line of a paragraph with a space after it (the
        S/RES/2395 text does; pdfium's and poppler's do not): then that space, not the line's
        width, tells whether a paragraph goes on below a line."""
        ends = [line for line in self.body if line.trailing_space >= 0]
        return len(ends) >= 2 and sum(map(_line_ends_terminal, ends)) >= 0.8 * len(ends)

    @functools.cached_property
    def printed_width(self) -> float:
        """The printed width of a full line of the body, in ems: the middle one of the lines that
        break a sentence off (a wrapped line is a full one; a paragraph's last line, which is not,
        ends with its sentence), or near the widest line where too few lines do (a short text of
        one-line paragraphs). A first line counts with its indent of two ems."""
        body = _sample(self.body)
        broken = sorted(
            printed_width(line.content)
            for line in body
            if not line.indent and not line.marker_end and not ends_terminal(line.content)
        )
        if len(broken) >= 8:
            return broken[len(broken) // 2]
        widths = sorted(printed_width(line.content) + (2 if line.indent else 0) for line in body)
        return widths[int(0.9 * (len(widths) - 1))] if widths else 0.0

    @functools.cached_property
    def typeset_width(self) -> float | None:
        """The width of a full line of text typeset without indents and extracted without them
        (``pdftotext``): the wider of the two commonest widths of the body's lines of ideographs that
        break a sentence off (in a short text, the widest of them), when two or more do; else
        ``None``, and this is not such a text."""
        if not (self.widths_tell or self.printed or any(line.form_feed for line in self.body)):
            return None  # neither wrapped at a printed width nor printed: typed by hand
        counts = Counter(
            round(typeset_width(line.content))
            for line in self.body
            if len(line.content) > 20 and _all_wide(line.content) and line.content[-1] not in _NOT_FULL
        )
        if sum(counts.values()) < 2:  # a short text: its widest lines, whatever they hold and end in
            counts = Counter(
                round(typeset_width(line.content)) for line in self.body if len(line.content) > 20
            )
        common = counts.most_common(2)
        if sum(counts.values()) < 2:
            return None
        if common[0][1] < 8:
            return float(max(counts))  # a short text: no full line is wider than the margin allows
        return float(max(width for width, count in common if count >= 0.25 * common[0][1]))

    def _typeset_start(self, i: int, lines: list[Line], prev_first: bool, operative: bool) -> bool:
        """Whether ``lines[i]`` starts a paragraph of text typeset at a known width whose indents the
        extraction dropped: a first line is two ems short of a full one, and the line before a new
        paragraph ends short of the margin (the next line's first word would have fitted on it).

        The evidence, surest first: a label; the line before unfinished (only a short title ends so);
        the line before short; a line too wide to be a first line; a narrow line that goes on below;
        in the operative part, no label means no new paragraph; else the words (a finished sentence,
        or a preambular one followed by a paragraph's opening phrase).
        """
        full = self.typeset_width or 0.0
        prev, line = lines[i - 1], lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else None
        before, content = prev.content, line.content
        finished = _finished(before)
        if line_has_label(content):
            return finished or not LABEL_REFERENCE.match(content)
        unit = first_unit_width(content)
        cap = full - _INDENT if prev_first else full
        before_width, before_wide = _width(prev), _all_wide(before)
        before_inked = before_width + (1 if before[-1] in HANGING else 0)
        if not finished:  # a short line without its closing mark is a title
            return before_inked + unit + 4 <= cap and (before_wide or before_width < 0.6 * cap)
        if before_inked + unit <= cap - (0 if before_wide else _LATIN_SLACK):
            return True  # the next word would have fitted: the line before was ended on purpose
        if ACTING_UNDER.match(content):
            return True
        width, wide = _width(line), _all_wide(content)
        noise = _WIDE_NOISE if wide else _LATIN_NOISE
        if width > full - _INDENT + noise:
            return False  # wider than any first line
        wide_below = (
            following is not None
            and _width(following) > full - _INDENT + _noise(following.content)
            and not line_has_label(following.content)
        )
        if not _finished(content) or wide_below:
            after = first_unit_width(following.content) if following is not None else 1
            if width + after <= full - noise - (0 if wide else _LATIN_SLACK):
                return True  # narrower than a full line and going on below: a first line
        if operative and not before.endswith("：") and not self._title(line, following):
            return False  # in the operative part a paragraph opens with its number
        if before.rstrip()[-1] in "，," or TRAILING_MARKER.search(before):
            phrase = leading_phrase(content.replace(" ", ""))  # "回 顾 其": a justified line's spaces
            return phrase is not None and not phrase.startswith("并")
        return True

    def _title(self, line: Line, following: Line | None) -> bool:
        """Whether ``line`` reads as a title: unfinished (or a short lead-in), and the next line's first
        word would have fitted after it."""
        content = line.content
        if _finished(content) and not (content.endswith("：") and _width(line) < 12):
            return False
        full = self.typeset_width or 0.0
        return following is None or _inked(line) + first_unit_width(following.content) <= full - _INDENT - 1

    def _by_punctuation(self, prev: Line, line: Line, prev_first: bool) -> bool:
        """Hard-wrapped text: a blank line, a label after a finished sentence, a paragraph's opening,
        and the widths the lines were printed at (``prev_first``: ``prev`` opens its paragraph)."""
        label = line_has_label(line.content)
        if self.style == "blank-separated":
            return line.blank_before or (label and ends_terminal(prev.content))
        # Hard-wrapped text with nothing but punctuation and widths to go by.
        if label:
            return True
        if not ends_terminal(prev.content):
            return False
        full = self.wrapped_width
        indent = _INDENT if prev_first and self.hidden_indent else 0
        if self.widths_tell and printed_width(prev.content) < full - indent - _SHORT_OF_FULL:
            return True  # a finished sentence on a line the next word would have fitted on
        if self.hidden_indent:
            # The indents were dropped but not the room they took: a paragraph's first line is
            # printed two ems short of a full one. (Latin letters and digits blur the estimate.)
            width = printed_width(line.content)
            exact = _all_wide(line.content)
            if width >= full - (_WIDTH_NOISE if exact else _WIDTH_NOISE / 2):
                return False  # a full line carries on the one above
            if exact and width >= full - _INDENT - _WIDTH_NOISE:
                return True  # as wide as a first line
        if prev.content.rstrip()[-1] in "，,":
            # A comma ends preambular paragraphs but also many wrapped lines: only a line that opens like
            # a paragraph ("回顾", "重申" …, not "并请") begins a new one.
            phrase = leading_phrase(line.content)
            return phrase is not None and not phrase.startswith("并")
        return True


#: The last character of a line :func:`~resparse.grammar.structure.is_any_formula` can be true of.
_FORMULA_ENDINGS = frozenset("，,会\u200b\u200e\u200f\ufeff")
#: How much narrower than the width a line broken by wrapping can be, in ems: a word that did not fit
#: moved to the next line (a symbol, a number with its unit), and justification's slack.
_SHORT_OF_FULL = 2.5
#: A paragraph's first-line indent, in ems (two characters, in UN documents).
_INDENT = 2
#: How far a line's printed width may be off our estimate of it, in ems (Latin letters, spaces).
_WIDTH_NOISE = 1.0
#: A line this much of the width (or less) is clearly not a full one, whatever the font.
_CLEARLY_SHORT = 0.8


#: How many lines a width statistic is read off: a median settles long before a long text ends.
_SAMPLE = 60


def _sample(lines: list[Line]) -> list[Line]:
    """At most :data:`_SAMPLE` of ``lines``, spread evenly over them."""
    step = len(lines) // _SAMPLE + 1
    return lines[::step] if step > 1 else lines


#: Lines whose typeset width says nothing of the full width: they end in a mark that may hang, or
#: close a quotation or title.
_NOT_FULL = frozenset("，、。；：”》）")
#: How far a line's typeset width may be off when it holds only ideographs, and when it holds Latin
#: letters or digits too (their widths are estimates), in ems.
_WIDE_NOISE = 0.5
_LATIN_NOISE = 0.75
#: How much room a line with Latin text may leave at the margin and still be full (word spacing).
_LATIN_SLACK = 0.75
#: A footnote marker's digits, taken out of a line, printed this wide each (superscripts).
_MARKER_WIDTH = 0.35


def _noise(content: str) -> float:
    return _WIDE_NOISE if _all_wide(content) else _LATIN_NOISE


def _width(line: Line) -> float:
    """The typeset width of a line, its marks hung past the margin left out and its markers counted."""
    width = typeset_width(line.content)
    if line.holes:
        width += sum(_MARKER_WIDTH * length for _, length in line.holes)
    return width


def _inked(line: Line) -> float:
    """The width a line takes up to its last mark, a hanging one included."""
    return _width(line) + (1 if line.content[-1] in HANGING else 0)


def _finished(content: str) -> bool:
    """Whether a line ends its sentence: a terminal mark (a footnote's number after it aside), not
    inside a quotation or a title that is still open."""
    marker = TRAILING_MARKER.search(content)
    if marker:
        content = content[: marker.start()]
    if not ends_terminal(content):
        return False
    return content.count("“") <= content.count("”") and content.count("《") <= content.count("》")


def _in_operative(contents: list[str], formula: list[bool], annex: list[bool]) -> list[bool]:
    """For each line, whether it is in an operative part: after the line that opens with ``1.``,
    until a formula or an annex."""
    out = []
    seen = False
    for content, is_formula, is_annex in zip(contents, formula, annex, strict=True):
        opens = OPERATIVE_ONE.match(content) is not None
        seen = seen and not (is_formula or is_annex)
        out.append(seen and not opens)  # the line "1. ……" itself opens a paragraph
        seen = seen or opens
    return out


def _all_wide(content: str) -> bool:
    """Whether a line holds no Latin letter, digit or space: its printed width is then exact."""
    return not any(char.isascii() for char in content)


def _first_annex(lines: list[Line]) -> int:
    """Where the first annex title (``附件``) is among ``lines``, else ``len(lines)``: the lines that
    open with ``附`` are found by ``list.index``, in C, as most texts have none."""
    heads = [line.content[0] for line in lines]
    at = -1
    while True:
        try:
            at = heads.index("附", at + 1)
        except ValueError:
            return len(lines)
        if is_annex_heading(lines[at].content):
            return at


def _line_ends_terminal(line: Line) -> bool:
    return ends_terminal(line.content)


def _share(tests: list[bool]) -> float:
    """The share of true tests (0 for none)."""
    return tests.count(True) / len(tests) if tests else 0.0
