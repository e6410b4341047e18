"""Character classes of Chinese UN texts: widths, full-width forms, the punctuation that ends a paragraph."""

from __future__ import annotations

from resparse.grammar.compiled import compile

#: Invisible format marks (left-to-right mark, zero-width space and joiners, word joiner, BOM): no
#: glyph, no width; some texts carry them around words and numbers.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
#: White space the layout stage strips from a line (the ideographic space, no-break space, form feed)
#: and the invisible marks at its ends.
LINE_SPACE = " \t\u3000\u00a0\x0c" + INVISIBLE
#: Space inside a citation or a name, as a pattern: spaces, tabs, the ideographic and no-break spaces,
#: and the invisible marks (LRM, zero-width space, BOM) some texts carry inside numbers and words.
INLINE_SPACE = r"[ \t\u3000\u00a0\u200b\u200e\u200f\u2060\ufeff]*"
#: The characters of :data:`INLINE_SPACE`, for a test that needs no pattern.
INLINE_SPACE_CHARS = frozenset(" \t\u3000\u00a0\u200b\u200e\u200f\u2060\ufeff")
#: Full-width digits, brackets and the full-width full stop, to their ASCII forms.
FULLWIDTH = str.maketrans("０１２３４５６７８９（）．", "0123456789().")
ASCII_DIGITS = frozenset("0123456789")
WIDE_DIGITS = frozenset("０１２３４５６７８９")
ASCII_BRACKETS = frozenset("()")
WIDE_BRACKETS = frozenset("（）")
#: A digit of a label or a number as UN texts write it: ASCII or full-width (``regex``'s ``\\d`` also
#: matches digits of other scripts, which Python's ``int`` may not read).
DIGIT = "[0-9０-９]"

#: Characters that end a paragraph (or a list lead-in) in Chinese and in sloppy drafts.
TERMINAL_PUNCTUATION = frozenset("，；。：,;:.")
#: What ends an item or a sentence, never a title (a title may end in a colon: ``报告：``).
ITEM_ENDINGS = frozenset("；;。")
CLOSING_QUOTES = "”’」』\"'》)）"
#: What a text :func:`ends_terminal` ends with (trailing white space aside).
ENDINGS = TERMINAL_PUNCTUATION | frozenset(CLOSING_QUOTES)


def to_ascii(text: str) -> str:
    """``text`` with full-width digits, brackets and full stops in their ASCII forms."""
    return text.translate(FULLWIDTH)


def is_cjk(char: str) -> bool:
    """Chinese characters and full-width punctuation: no space is kept when lines join between them."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x3000 <= code <= 0x303F
        or 0x20000 <= code <= 0x3FFFF
        or char in "“”‘’…—"
    )


def ends_terminal(text: str) -> bool:
    """Whether ``text`` ends with paragraph-ending punctuation (closing quotes after it allowed)."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in ENDINGS:
        return False  # most lines of a wrapped text end in an ideograph: answered here
    while stripped[-1] in CLOSING_QUOTES and len(stripped) > 1 and stripped[-2] in ENDINGS:
        stripped = stripped[:-1]
    return stripped[-1] in TERMINAL_PUNCTUATION


#: What a paragraph never ends with: an enumeration's comma, an opening bracket or quotation mark.
OPEN_ENDINGS = frozenset("、《〈（(“‘[【")


def ends_open(text: str) -> bool:
    """Whether ``text`` ends where its sentence cannot (``第28/29号、``): the next line goes on with it."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in OPEN_ENDINGS


#: Printed widths, in ems, of the narrow characters of a Times-like font (what UN PDFs set Latin
#: letters, digits and symbols in); anything else narrow is half an em, anything wide a whole one.
_NARROW_WIDTHS = {
    " ": 0.25,
    ".": 0.25,
    ",": 0.25,
    ":": 0.28,
    ";": 0.28,
    "/": 0.28,
    "(": 0.33,
    ")": 0.33,
    "-": 0.33,
    "I": 0.33,
    "i": 0.28,
    "l": 0.28,
    "t": 0.28,
    "f": 0.33,
    "r": 0.33,
    "M": 0.89,
    "W": 0.94,
    "m": 0.78,
    "w": 0.72,
}


def printed_width(text: str) -> float:
    """How wide ``text`` prints, in ems: an ideograph or full-width mark is one, a digit half of one.

    Text out of a PDF keeps its lines as they were printed, but not their widths; a line's width
    tells whether the next line's first word would have fitted on it (if so, the line was ended on
    purpose: a paragraph ends there). It is asked of many lines of every PDF text, so the wide
    characters are counted, not visited: only the Latin runs and the rare narrow or invisible marks
    are looked at one by one.
    """
    narrow = _NOT_WIDE.findall(text)
    if not narrow:
        return float(len(text))
    width = float(len(text))
    for run in narrow:
        width -= len(run)
        for char in run:
            if char.isascii():
                width += _NARROW_WIDTHS.get(char, 0.72 if char.isupper() else 0.5)
            elif char not in INVISIBLE:
                width += 0.5
    return width


#: Runs of what prints narrower than an ideograph (or not at all): everything :func:`is_cjk` is not.
_NOT_WIDE = compile("[^\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\U00020000-\U0003ffff“”‘’…—]+")


#: Marks a line may let hang one em past the margin (Chinese typesetting), and those that cling to the
#: character before them or after them (a line never breaks between).
HANGING = frozenset("，、。；：")
_CLINGS_BACK = frozenset("，、。；：”’）)》〉」』？！")
_CLINGS_ON = frozenset("《〈“‘（(「『")
_CJK_MARKS = frozenset("，、。；：“”‘’《》（）")


def typeset_width(text: str) -> float:
    """How wide a line of Chinese prints, in ems, the way a typesetter sets it: :func:`printed_width`,
    a space between an ideograph and Latin text a half em (autospace), one between two ideographs or
    beside a Chinese mark none (justification's stretch), and a last mark hung past the margin none.
    """
    width = printed_width(text)
    if " " in text:
        for k, char in enumerate(text):
            if char != " ":
                continue
            before, after = text[k - 1 : k], text[k + 1 : k + 2]
            if before in _CJK_MARKS or after in _CJK_MARKS or (is_cjk_text(before) and is_cjk_text(after)):
                width -= 0.25
            elif is_cjk_text(before) or is_cjk_text(after):
                width += 0.25
    return width - (1 if text and text[-1] in HANGING else 0)


def first_unit_width(text: str) -> float:
    """The printed width of the first piece of ``text`` no line breaks inside: a Latin word or number,
    else one ideograph with the marks that cling to it (what would have had to fit on the line above)."""
    k = 1 if text[:1] in _CLINGS_ON else 0
    j = k
    if k < len(text) and text[k].isascii() and not text[k].isspace():
        while j < len(text) and text[j].isascii() and not text[j].isspace():
            j += 1
    else:
        j = k + 1
        while j < len(text) and text[j] in _CLINGS_BACK:
            j += 1
    unit = text[:j]
    while len(unit) > 1 and unit[-1] in HANGING:
        unit = unit[:-1]
    return printed_width(unit)


def is_cjk_text(char: str) -> bool:
    """``is_cjk`` for a string of at most one character (the empty string is not)."""
    return bool(char) and is_cjk(char)
