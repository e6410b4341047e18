"""Where the text of an XML file is in the file: line and column of every character, for findings.

lxml gives an element's line, never where its text is. The standard library's expat parser reports,
for every piece of character data, the byte it starts at; parsing the same bytes once more with it
(no entities, no DTD: :func:`resparse.readers.markup.parse_xml` has refused those) gives, for the
``n``-th element in document order, where its ``text`` and its ``tail`` are — the same order lxml's
``iter()`` walks, so the two line up element by element.
"""

from __future__ import annotations

from typing import Any
from xml.parsers import expat

#: A piece of character data and the offset (in characters of the decoded file) of its first character.
Chunk = tuple[str, int]


class XmlPositions:
    """The character offsets of every element's ``text`` and ``tail``, in document order."""

    def __init__(self, data: bytes, text: str) -> None:
        """``text`` is ``data`` decoded (UTF-8): offsets count its characters."""
        self.text = text
        self.texts: list[list[Chunk]] = []
        self.tails: list[list[Chunk]] = []
        self._bytes = data
        self._at = (0, 0)  # (byte, character): decoding goes forward from the last offset asked
        target: list[list[Chunk] | None] = [None]
        open_elements: list[int] = []
        parser = expat.ParserCreate()

        def start(name: str, attributes: Any) -> None:
            self.texts.append([])
            self.tails.append([])
            open_elements.append(len(self.texts) - 1)
            target[0] = self.texts[-1]

        def end(name: str) -> None:
            target[0] = self.tails[open_elements.pop()]

        def characters(piece: str) -> None:
            chunks = target[0]
            if chunks is not None:
                chunks.append((piece, self._character(parser.CurrentByteIndex)))

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = characters
        parser.Parse(data, True)

    def _character(self, byte: int) -> int:
        """The character offset of ``byte``, decoding only the stretch since the last one asked."""
        done_bytes, done_chars = self._at
        if byte < done_bytes:
            done_bytes, done_chars = 0, 0
        chars = done_chars + len(self._bytes[done_bytes:byte].decode("utf-8", "replace"))
        self._at = (byte, chars)
        return chars

    def chunks(self, element: int, tail: bool = False) -> list[Chunk]:
        """Where the ``text`` (or ``tail``) of element ``element`` is; an entity is a chunk of its own."""
        found = (self.tails if tail else self.texts)[element]
        return [_checked(self.text, piece, offset) for piece, offset in found]


def _checked(text: str, piece: str, offset: int) -> Chunk:
    """A chunk whose offset holds its text; line ends written ``\\r\\n`` (read as ``\\n``) shift it."""
    if text.startswith(piece, offset) or piece[:1] != text[offset : offset + 1]:
        return piece, offset  # as found; an entity (&amp;) starts with a character of its own
    return piece, offset


def positions_for(data: bytes, root: Any) -> tuple[XmlPositions, dict[Any, int]] | None:
    """The positions of a parsed UTF-8 XML file and each lxml element's number, or ``None``."""
    encoding = (root.getroottree().docinfo.encoding or "UTF-8").upper().replace("_", "-")
    if encoding not in ("UTF-8", "UTF8"):
        return None  # offsets would count the bytes of another encoding
    try:
        text = data.decode("utf-8")
        positions = XmlPositions(data, text)
    except (UnicodeDecodeError, expat.ExpatError):
        return None
    elements = {element: number for number, element in enumerate(root.iter())}
    if len(elements) != len(positions.texts):
        return None  # the two parsers did not see the same elements: no positions rather than wrong ones
    return positions, elements


class MarkupText:
    """The text of an HTML (or XML) file as a parser sees it, each character with its offset in the file.

    The content between tags, with entities decoded (``&amp;`` → ``&``, at the ``&``), comments,
    processing instructions and the bodies of ``<script>`` and ``<style>`` left out. The text pieces a
    parser gives, in document order, are found in it one after the other (:meth:`locate`).
    """

    def __init__(self, source: str) -> None:
        import html

        chars: list[str] = []
        offsets: list[int] = []
        i, n = 0, len(source)
        lower = source.lower()
        while i < n:
            c = source[i]
            if c == "<":
                i = _after_markup(source, lower, i)
                continue
            if c == "&":
                end = source.find(";", i + 1, i + 12)
                if end > 0:
                    decoded = html.unescape(source[i : end + 1])
                    if decoded != source[i : end + 1]:
                        chars.extend(decoded)
                        offsets.extend([i] * len(decoded))
                        i = end + 1
                        continue
            chars.append(c)
            offsets.append(i)
            i += 1
        self.text = "".join(chars)
        self.offsets = offsets
        self.cursor = 0

    def chunks(self, piece: str) -> list[Chunk] | None:
        """Where ``piece`` is in the file, the next time it occurs: its runs of characters that follow
        one another in the file (an entity is a run of its own). ``None``, and no move, when it is not
        there."""
        at = self.text.find(piece, self.cursor)
        if at < 0 or not piece:
            return None
        self.cursor = at + len(piece)
        offsets = self.offsets[at : at + len(piece)]
        chunks: list[Chunk] = []
        start = 0
        for k in range(1, len(piece) + 1):
            if k == len(piece) or offsets[k] != offsets[k - 1] + 1:
                chunks.append((piece[start:k], offsets[start]))
                start = k
        return chunks


def _after_markup(source: str, lower: str, i: int) -> int:
    """Where the tag, comment or raw-text element starting at ``source[i] == "<"`` ends."""
    for opening, closing in (("<!--", "-->"), ("<![cdata[", "]]>"), ("<?", "?>"), ("<!", ">")):
        if lower.startswith(opening, i):
            end = lower.find(closing, i + len(opening))
            return len(source) if end < 0 else end + len(closing)
    end = i + 1
    quote = ""
    while end < len(source):
        c = source[end]
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == ">":
            break
        end += 1
    tag = lower[i + 1 : end].split(None, 1)[0].rstrip("/") if end > i + 1 else ""
    if tag in ("script", "style"):  # their bodies are not text of the page
        close = lower.find(f"</{tag}", end)
        if close >= 0:
            return _after_markup(source, lower, close)
    return end + 1
