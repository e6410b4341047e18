"""Read Markdown with a Markdown parser (markdown-it-py): its text, without the markup, mapped into the file.

The result is plain text for the layout stage — each Markdown block on its own lines, a blank line
between blocks, emphasis, heading and quote marks taken off, the numbers of list items put back
(``1.`` is an operative paragraph's number, not a list bullet) — together with the offset in the
Markdown file of each of its characters, so spans point into the ``.md`` file, and the markup it
took out, kept as layout so nothing of the file is lost.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from resparse.grammar.furniture import DIRECTIVE


class MarkdownText(NamedTuple):
    """The text of a Markdown file as the layout stage reads it, and where each character came from."""

    text: str
    #: The offset in the file of each character of ``text`` (``-1`` for the blank lines put between blocks).
    origins: tuple[int, ...]
    #: What was markup: ``(start, end)`` offsets in the file, each a stretch of one line.
    markup: tuple[tuple[int, int], ...]
    #: The links: ``(url, start, end)``, offsets in ``text`` of the text they are on.
    links: tuple[tuple[str, int, int], ...] = ()


def read_markdown(source: str) -> MarkdownText:
    """Parse ``source`` (line ends ``\\n``) and lay its blocks out as text, each character mapped back."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(source)
    starts = [0]
    for line in source.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    writer = _Writer(source, starts)
    for i, token in enumerate(tokens):
        if token.type == "inline":
            writer.inline(token, _list_label(tokens, i, source, starts))
        elif token.type in ("html_block", "code_block", "fence") and token.map:
            writer.verbatim(token)
    return writer.result()


class _Writer:
    def __init__(self, source: str, starts: list[int]) -> None:
        self.source = source
        self.starts = starts
        self.chars: list[str] = []
        self.origins: list[int] = []
        self.links: list[tuple[str, int, int]] = []

    def _line_range(self, token: Any) -> tuple[int, int]:
        first, last = token.map
        end = self.starts[last] if last < len(self.starts) else len(self.source)
        return self.starts[first], end

    def _new_block(self) -> None:
        if self.chars:
            self.chars += "\n\n"
            self.origins += (-1, -1)

    def _put(self, text: str, origin: int) -> None:
        self.chars += text
        self.origins += range(origin, origin + len(text)) if origin >= 0 else [-1] * len(text)

    def inline(self, token: Any, label: tuple[str, int] | None) -> None:
        """A paragraph or heading: its text pieces found in order in its lines of the file."""
        if not token.map:
            return
        start, end = self._line_range(token)
        self._new_block()
        if label is not None:
            self._put(label[0] + " ", label[1])
            self.origins[-1] = -1  # the space after the number is not in the file
        cursor = start
        link: tuple[str, int] | None = None
        for child in token.children or ():
            if child.type == "link_open":
                link = (str(child.attrGet("href") or ""), len(self.chars))
            elif child.type == "link_close" and link is not None:
                if link[0] and len(self.chars) > link[1]:
                    self.links.append((link[0], link[1], len(self.chars)))
                link = None
            elif child.type in ("text", "code_inline") and child.content:
                at = self.source.find(child.content, cursor, end)
                if at < 0:  # an escape or an entity the parser decoded: place it where the search is
                    self._put(child.content, -1)
                    continue
                self._put(child.content, at)
                cursor = at + len(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                at = self.source.find("\n", cursor, end)
                self._put("\n", at if at >= 0 else -1)
                if at >= 0:
                    cursor = at + 1

    def verbatim(self, token: Any) -> None:
        """An HTML block (a suppression directive ``<!-- resparse: ignore … -->``) or code: its lines."""
        start, end = self._line_range(token)
        self._new_block()
        text = self.source[start:end].rstrip("\n")
        if token.type == "html_block" and not all(DIRECTIVE.match(line) for line in text.split("\n") if line):
            return  # HTML that is not a directive is markup
        self._put(text, start)

    def result(self) -> MarkdownText:
        text = "".join(self.chars) + "\n"
        origins = (*self.origins, -1)
        covered = {at for at in self.origins if at >= 0}
        markup: list[tuple[int, int]] = []
        run = -1
        for offset, char in enumerate(self.source):
            outside = offset not in covered and not char.isspace()
            if outside and run < 0:
                run = offset
            elif not outside and run >= 0:
                markup.append((run, offset))
                run = -1
        if run >= 0:
            markup.append((run, len(self.source)))
        return MarkdownText(text, origins, tuple(markup), tuple(self.links))


def _list_label(tokens: list[Any], index: int, source: str, starts: list[int]) -> tuple[str, int] | None:
    """The label of the list item whose first paragraph is ``tokens[index]`` (``1.``, ``-``), where it is.

    An ordered item's number is the operative paragraph's own, a bullet marks an unnumbered item: both
    go back into the text, as a plain-text draft writes them.
    """
    if index < 2 or tokens[index - 1].type != "paragraph_open" or tokens[index - 2].type != "list_item_open":
        return None
    item = tokens[index - 2]
    if not item.map or not item.markup:
        return None
    label = item.info + item.markup
    line_start = starts[item.map[0]]
    at = source.find(label, line_start, line_start + len(label) + 16)
    return (label, at) if at >= 0 else (label, -1)
