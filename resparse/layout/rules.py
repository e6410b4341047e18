"""How a document marks where a paragraph starts: the rules the layout stage reads off each document.

Kept apart from :mod:`resparse.layout.normalise` (which walks the lines and builds the text) as this is the
part that decides; it sees each physical line as a :class:`Line` and answers one question per pair of
lines: does the second start a new block?
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from resparse.grammar.chars import ends_terminal
from resparse.grammar.labels import is_label_only, line_has_label
from resparse.grammar.phrases import leading_phrase
from resparse.grammar.structure import FORMULA, is_annex_heading, is_formula_line


@dataclass(slots=True)
class Line:
    """One physical line of text (artefacts and blank lines are not lines here)."""

    index: int
    start: int  # source offset of the first content character
    content: str  # the line without leading/trailing whitespace
    indent: int
    trailing_space: int  # source offset of the first trailing whitespace character, or -1
    blank_before: bool = False
    adjacent: bool = False  # the previous physical line is a text line (no blank line between)
    after_artifact: bool = False
    form_feed: bool = False
    page_start: bool = False


class Rules:
    """How this document marks where a paragraph starts, read off the document itself.

    Styles: ``pdf`` (a blank line after every line, a one-space indent marks a paragraph, a new page
    starts with one space more), ``blank-separated`` (hard-wrapped, a blank line between paragraphs),
    ``wrapped`` (hard-wrapped, nothing but punctuation to go by) and ``lines`` (one paragraph per line).
    Statistics are taken over the body only: the cover block above the formula and the lists of an
    annex are not paragraphs of running text and would mislead them.
    """

    def __init__(self, lines: list[Line]) -> None:
        formula_at = next((i for i, line in enumerate(lines[:40]) if FORMULA.match(line.content)), -1)
        self.cover = {line.index for line in lines[: formula_at + 1]} if formula_at >= 0 else set()
        annex_at = next((i for i, line in enumerate(lines) if is_annex_heading(line.content)), len(lines))
        body = lines[formula_at + 1 : annex_at] or lines
        n = len(body)
        lengths = sorted(len(line.content) for line in body)
        self.width = lengths[int(0.9 * (n - 1))] if body else 0
        # Each pair: (the line before ends a sentence, the line before, the line).
        pairs = [(ends_terminal(prev.content), prev, line) for prev, line in pairwise(body)]
        after_terminal = [line for terminal, _, line in pairs if terminal]
        # A line broken by wrapping is about as long as the wrap width; a short unpunctuated one is a title.
        full = min(0.75 * self.width, 20)
        wrapped = [line for terminal, prev, line in pairs if not terminal and len(prev.content) >= full]
        within = [terminal for terminal, _, line in pairs if not line.blank_before]
        across = len(pairs) - len(within)
        # Text copied out of a PDF has a blank line after every line: wrapped, whatever the lengths say.
        everywhere = sum(1 for line in lines[1:] if line.blank_before)
        double_spaced = len(lines) > 3 and everywhere >= 0.6 * (len(lines) - 1)
        broken_within = within.count(False)
        self.convention = False
        if not double_spaced and across and within and broken_within >= 0.5 * len(within):
            self.style = "blank-separated"
        elif double_spaced or len(wrapped) >= max(2, 0.15 * n):
            unindented = _share(wrapped, lambda line: line.indent == 0 or line.page_start)
            indent_marks = _share(after_terminal, lambda line: line.indent > 0) >= 0.5 and (
                unindented >= 0.6 or (double_spaced and unindented > 0)
            )
            if indent_marks:
                indents = Counter(line.indent for line in body if line.indent and not line.page_start)
                typical = indents.most_common(1)[0][0] if indents else 0
                self.convention = typical > 0 and any(line.indent > typical for line in lines)
                self.style = "pdf"
            else:
                self.style = "wrapped"
        else:
            self.style = "lines"

    def starts_block(self, prev: Line, line: Line) -> bool:
        if prev.index in self.cover or line.index in self.cover:
            return True
        if self.style == "lines":
            return not is_label_only(prev.content)
        if is_formula_line(prev.content):
            return True
        if is_label_only(prev.content):
            return False  # "2." alone on its line: the paragraph's text follows on the next
        if is_annex_heading(line.content) or is_annex_heading(prev.content):
            return True
        if self.style == "pdf":
            indent = line.indent
            if line.page_start and self.convention:
                indent -= 1  # the first line of a page carries one space more than any other
            return indent > 0
        label = line_has_label(line.content)
        if self.style == "blank-separated":
            return line.blank_before or (label and ends_terminal(prev.content))
        # Hard-wrapped text with nothing but punctuation to go by.
        if label:
            return True
        if not ends_terminal(prev.content):
            return False
        if prev.content.rstrip()[-1] in "，,":
            # A comma ends preambular paragraphs but also many wrapped lines: only a line that opens like
            # a paragraph ("回顾", "重申" …, not "并请") begins a new one.
            phrase = leading_phrase(line.content)
            return phrase is not None and not phrase.startswith("并")
        return True


def _share(group: list[Line], test: Callable[[Line], bool]) -> float:
    return sum(1 for line in group if test(line)) / len(group) if group else 0.0
