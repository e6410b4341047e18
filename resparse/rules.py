"""The rule catalogue: codes, names, levels and messages in every language — data, importing nothing.

Codes, names and default levels are part of the interface (configuration files, suppression comments
and CI annotations name them): keep them. A message is a template per language; its values are
language-neutral (numbers, symbols, and the :data:`TERMS` keys that each language words its own way),
so a rule states a fact once and every language renders it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

LEVELS = ("note", "warning", "error")
LANGUAGES = ("en", "zh")


class Rule(NamedTuple):
    code: str
    name: str
    level: str
    summary: str


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "RS101",
            "year-mismatch",
            "error",
            "A cited Security Council resolution's written year differs from its adoption year in the "
            "register.",
        ),
        Rule(
            "RS102",
            "unknown-resolution",
            "error",
            "A cited resolution number is 0 or beyond the last resolution in the register (for the "
            "General Assembly: beyond the last of a closed session).",
        ),
        Rule(
            "RS103",
            "cites-later-resolution",
            "error",
            "The resolution cites itself or a resolution adopted after it.",
        ),
        Rule("RS104", "year-missing", "note", "A Security Council resolution is cited without its year."),
        Rule(
            "RS105",
            "malformed-citation",
            "warning",
            "A citation mixes full- and half-width digits or brackets, has unbalanced brackets, or is an "
            "enumeration not closed by 号决议.",
        ),
        Rule(
            "RS106",
            "date-mismatch",
            "warning",
            "The date written with a citation differs from the cited resolution's adoption date in the "
            "register (the same part's, for a resolution adopted in parts).",
        ),
        Rule("RS201", "duplicate-citation", "error", "The same document is cited twice in one enumeration."),
        Rule(
            "RS202",
            "enumeration-order",
            "warning",
            "An enumeration of Security Council resolutions is not in ascending order.",
        ),
        Rule(
            "RS203",
            "inconsistent-year",
            "error",
            "One resolution number is written with two different years in the document.",
        ),
        Rule(
            "RS301",
            "dangling-link",
            "error",
            "A hyperlink matches no citation on its page (or in its paragraph).",
        ),
        Rule(
            "RS302",
            "link-mismatch",
            "error",
            "A citation's hyperlink points to another document than the citation names.",
        ),
        Rule(
            "RS303",
            "unlinked-citation",
            "note",
            "A citation is left unlinked on a page (or in a paragraph) whose other citations are linked.",
        ),
        Rule(
            "RS304",
            "bad-link",
            "warning",
            "A link is not an undocs.org / docs.un.org document link, or its language differs from the "
            "document's.",
        ),
        Rule(
            "RS401",
            "numbering",
            "error",
            "Operative numbers or sub-paragraph labels have a gap, a repeat or are out of order.",
        ),
        Rule(
            "RS402",
            "dangling-paragraph-ref",
            "error",
            "An internal reference points to a paragraph this resolution does not have.",
        ),
        Rule(
            "RS403",
            "paragraph-punctuation",
            "warning",
            "A preambular paragraph does not end in ，, or an operative one in ； (the last in 。, a list "
            "lead-in in ：).",
        ),
        Rule(
            "RS404",
            "missing-formula",
            "warning",
            "There is no enacting formula before the first preambular paragraph.",
        ),
        Rule(
            "RS501",
            "paragraph-missing",
            "error",
            "A paragraph of the English original has no counterpart in the Chinese (resparse compare).",
        ),
        Rule(
            "RS502",
            "paragraph-extra",
            "error",
            "A paragraph of the Chinese has no counterpart in the English original (resparse compare).",
        ),
        Rule(
            "RS503",
            "numbering-differs",
            "error",
            "Two paragraphs that correspond carry different numbers or labels in the Chinese and the "
            "English.",
        ),
        Rule(
            "RS511",
            "citation-missing",
            "warning",
            "A document the English paragraph cites is not cited by its Chinese counterpart.",
        ),
        Rule(
            "RS512",
            "citation-extra",
            "warning",
            "The Chinese paragraph cites a document its English counterpart does not.",
        ),
        Rule(
            "RS513",
            "year-differs",
            "error",
            "The Chinese and the English write different years for one resolution (the register tells which "
            "is right).",
        ),
        Rule(
            "RS514",
            "enumeration-order-differs",
            "warning",
            "One enumeration of documents lists them in a different order in the Chinese and the English.",
        ),
        Rule(
            "RS521",
            "date-differs",
            "error",
            "A date of the Chinese paragraph is not the date its English counterpart writes there.",
        ),
        Rule(
            "RS522",
            "number-differs",
            "error",
            "A number written in figures (an amount, a percentage, a count) differs between the Chinese and "
            "the English paragraph.",
        ),
        Rule(
            "RS531",
            "internal-reference-differs",
            "error",
            "The Chinese paragraph refers to another paragraph of the resolution than its English "
            "counterpart does (第5段 against paragraph 6).",
        ),
    )
}

#: What segmentation notes about a document it split best-effort (``split`` shows these). A rule that
#: reports such a note reads it off the document rather than looking for the fact again: RS404 is
#: the note ``no-formula`` on a document that has a preambular part.
NOTES: dict[str, str] = {
    "no-formula": "no enacting formula found; the text is split best-effort",
    "unnumbered-operative": "an unnumbered paragraph among numbered operative paragraphs",
}

#: Message templates: ``(code, variant)`` → template per language. A rule with one message has the
#: variant ``""``; RS304 and RS401 say different things for different defects.
MESSAGES: dict[tuple[str, str], dict[str, str]] = {
    ("RS101", ""): {
        "en": "resolution {number} was adopted in {actual}, not {written}",
        "zh": "第{number}号决议于{actual}年通过，而非{written}年",
    },
    ("RS102", ""): {
        "en": "there is no Security Council resolution {number} (the register ends at {last})",
        "zh": "安全理事会没有第{number}号决议(登记册止于第{last}号)",
    },
    ("RS102", "ga"): {
        "en": (
            "there is no General Assembly resolution {session}/{number} (session {session} ended at {last})"
        ),
        "zh": "大会没有第{session}/{number}号决议(第{session}届会议止于第{last}号)",
    },
    ("RS106", ""): {
        "en": "{symbol} was adopted on {actual}, not {written}",
        "zh": "{symbol}于{actual}通过，而非{written}",
    },
    ("RS103", ""): {
        "en": "resolution {own} cannot cite resolution {number}, which is {relation}",
        "zh": "第{own}号决议不能引用{relation}第{number}号决议",
    },
    ("RS104", ""): {
        "en": "resolution {number} is cited without its year; it was adopted in {year}",
        "zh": "引用第{number}号决议时未写年份；该决议于{year}年通过",
    },
    ("RS105", ""): {
        "en": "malformed citation {text!r}: {defects}",
        "zh": "引文格式有误「{text}」：{defects}",
    },
    ("RS201", ""): {
        "en": "{symbol} is cited twice in this enumeration",
        "zh": "{symbol}在同一列举中被引用两次",
    },
    ("RS202", ""): {
        "en": "resolution {number} is listed after {previous}; enumerations go in ascending order",
        "zh": "第{number}号决议列在第{previous}号之后；列举应按升序排列",
    },
    ("RS203", ""): {
        "en": "resolution {number} is written with the year {year} here but {other} at {line}",
        "zh": "第{number}号决议此处写作{year}年，在{line}处写作{other}年",
    },
    ("RS301", ""): {
        "en": "link to {target} matches no citation on its {place}",
        "zh": "链接{target}与其所在{place}的任何引文都不对应",
    },
    ("RS302", ""): {
        "en": "the link on {text!r} points to {target}, not {symbol}",
        "zh": "「{text}」的链接指向{target}，而非{symbol}",
    },
    ("RS303", ""): {
        "en": "{symbol} is not linked, though the other citations on its {place} are",
        "zh": "{symbol}没有链接，而其所在{place}的其他引文都有链接",
    },
    ("RS304", "not-a-document-link"): {
        "en": "not an undocs.org or docs.un.org document link: {url}",
        "zh": "不是 undocs.org 或 docs.un.org 的文件链接：{url}",
    },
    ("RS304", "language"): {
        "en": "the link is in language '{segment}', the document in '{language}': {url}",
        "zh": "链接语言为「{segment}」，而文件语言为「{language}」：{url}",
    },
    ("RS401", "repeat"): {"en": "{got} repeats the number before it", "zh": "{got}与前一编号重复"},
    ("RS401", "order"): {
        "en": "{got} comes after {previous}: out of order",
        "zh": "{got}排在{previous}之后：顺序颠倒",
    },
    ("RS401", "gap"): {
        "en": "{got} follows {previous}: {expected} is missing",
        "zh": "{got}之前缺少{expected}",
    },
    ("RS402", ""): {
        "en": "paragraph {target} does not exist in this resolution",
        "zh": "本决议没有第{number}段({target})",
    },
    ("RS403", ""): {
        "en": "{kind} paragraph {id} should end in {expected}",
        "zh": "{kind}{id}应以「{expected}」结尾",
    },
    ("RS404", ""): {
        "en": "no enacting formula (such as 安全理事会，) before the first preambular paragraph",
        "zh": "第一个序言段落之前没有执行句(如「安全理事会，」)",
    },
    ("RS501", ""): {
        "en": "{id} of the English ({en}) has no counterpart here",
        "zh": "英文本的{id}({en})在此没有对应段落",
    },
    ("RS502", ""): {
        "en": "{id} has no counterpart in the English",
        "zh": "{id}在英文本中没有对应段落",
    },
    ("RS503", ""): {
        "en": "{kind} {id} here is {en_id} in the English ({en})",
        "zh": "此处的{kind}{id}在英文本中为{en_id}({en})",
    },
    ("RS511", ""): {
        "en": "{symbol} is cited in the English {id} ({en}) but not here",
        "zh": "英文本{id}({en})引用了{symbol}，此处没有",
    },
    ("RS512", ""): {
        "en": "{symbol} is cited here but not in the English {id}",
        "zh": "此处引用了{symbol}，英文本{id}没有",
    },
    ("RS513", "zh"): {
        "en": "resolution {number}: {zh} here, {en} in the English ({where}); the register has {year}: "
        "the English is wrong",
        "zh": "第{number}号决议：此处为{zh}年，英文本({where})为{en}年；登记册为{year}年：英文本有误",
    },
    ("RS513", "en"): {
        "en": "resolution {number}: {zh} here, {en} in the English ({where}); the register has {year}: "
        "this text is wrong",
        "zh": "第{number}号决议：此处为{zh}年，英文本({where})为{en}年；登记册为{year}年：此处有误",
    },
    ("RS513", "none"): {
        "en": "resolution {number}: {zh} here, {en} in the English ({where}); the register has {year}",
        "zh": "第{number}号决议：此处为{zh}年，英文本({where})为{en}年；登记册为{year}年",
    },
    ("RS514", ""): {
        "en": "the enumeration lists {zh} here, {en} in the English ({where})",
        "zh": "此处列举顺序为{zh}，英文本({where})为{en}",
    },
    ("RS521", ""): {
        "en": "date {zh} here, {en} in the English ({where})",
        "zh": "此处日期为{zh}，英文本({where})为{en}",
    },
    ("RS522", ""): {
        "en": "number {zh} here, {en} in the English ({where})",
        "zh": "此处数字为{zh}，英文本({where})为{en}",
    },
    ("RS531", ""): {
        "en": "refers to paragraph {zh} here, paragraph {en} in the English ({where})",
        "zh": "此处提及第{zh}段，英文本({where})为第{en}段",
    },
}


class Term(str):
    """A value that each language words its own way (``Term("itself")`` → ``其自身即``)."""

    __slots__ = ()


#: How each language words a :class:`Term`; a list of terms is joined with the language's separator.
TERMS: dict[str, dict[str, str]] = {
    "en": {
        "itself": "itself",
        "later": "a later resolution",
        "page": "page",
        "paragraph": "paragraph",
        "preambular": "preambular",
        "operative": "operative",
        "the start": "the start",
        "mixed-width-digits": "mixed-width-digits",
        "mixed-width-brackets": "mixed-width-brackets",
        "unbalanced-brackets": "unbalanced-brackets",
        "unclosed-enumeration": "unclosed-enumeration",
        "missing-hao": "no 号 before 决议",
        "year-on-session-item": "a year on a session-numbered resolution",
    },
    "zh": {
        "itself": "其自身即",
        "later": "其后通过的",
        "page": "页面",
        "paragraph": "段落",
        "preambular": "序言段落",
        "operative": "执行段落",
        "the start": "开头",
        "mixed-width-digits": "全角与半角数字混用",
        "mixed-width-brackets": "全角与半角括号混用",
        "unbalanced-brackets": "括号不成对",
        "unclosed-enumeration": "列举未以「号决议」结束",
        "missing-hao": "「决议」前缺「号」",
        "year-on-session-item": "按届会编号的决议不应带年份",
    },
}
_SEPARATORS = {"en": ", ", "zh": "，"}


#: What the linter says around its findings, in every language: the summary, the level names, a fix.
#: English words take a plural ``s`` (``{s}`` after a count); Chinese counts with a measure word.
WORDING: dict[str, dict[str, str]] = {
    "en": {
        "error": "error",
        "warning": "warning",
        "note": "note",
        "count": "{count} {noun}{s}",
        "finding": "finding",
        "file": "file",
        "found": "Found {findings} ({levels}) in {files}.",
        "found-unreadable": "Found {findings} ({errors}) in {files}; {unreadable} could not be read.",
        "none-read": "No file could be read ({unreadable}).",
        "passed": "All checks passed ({files}).",
        "fix": "fix: {fix}",
        "fix-replace": "fix: replace with {fix}",
        "unreadable": "unreadable file",
    },
    "zh": {
        "error": "错误",
        "warning": "警告",
        "note": "提示",
        "count": "{count}个{noun}",
        "finding": "问题",
        "file": "文件",
        "found": "在{files}中发现{findings}({levels})。",
        "found-unreadable": "在{files}中发现{findings}({errors})；{unreadable}无法读取。",
        "none-read": "没有文件可以读取({unreadable})。",
        "passed": "全部检查通过({files})。",
        "fix": "修正：{fix}",
        "fix-replace": "修正：改为 {fix}",
        "unreadable": "无法读取的文件",
    },
}


def word(lang: str, key: str, **values: object) -> str:
    """A piece of the linter's wording in ``lang``."""
    return WORDING[lang][key].format(**values)


def count(lang: str, number: int, noun: str) -> str:
    """``3 errors`` / ``3个错误``: a count of a noun of :data:`WORDING` (``finding``, ``error`` …)."""
    return word(lang, "count", count=number, noun=word(lang, noun), s="" if number == 1 else "s")


def message(code: str, lang: str, variant: str = "", **values: object) -> str:
    """The message of rule ``code`` in ``lang``, with :class:`Term` values (and lists of them) worded."""
    terms = TERMS[lang]

    def word(item: object) -> object:
        if isinstance(item, Term):
            return terms.get(item, item)
        if isinstance(item, tuple):
            return _SEPARATORS[lang].join(str(word(part)) for part in item)
        return item

    return MESSAGES[code, variant][lang].format(**{name: word(item) for name, item in values.items()})


def matches(code: str, patterns: Iterable[str]) -> bool:
    """Whether ``code`` is selected by any of ``patterns`` (codes or prefixes such as ``RS1``; ``ALL``)."""
    return any(p == "ALL" or code.startswith(p) for p in patterns)


class UnknownCodes(ValueError):
    """Codes or prefixes that select no rule (typos); ``codes`` lists them."""

    def __init__(self, codes: list[str]) -> None:
        super().__init__(f"no rule is selected by {', '.join(codes)}")
        self.codes = codes


def parse_codes(values: str | Iterable[str]) -> tuple[str, ...]:
    """Rule codes or prefixes, comma- or space-separated, upper-cased and checked against the catalogue.

    The one place codes are validated: the command line, configuration files and the selection of the
    linter all call it (each words the error for its own context). Raises :class:`UnknownCodes`.
    """
    items = (values,) if isinstance(values, str) else tuple(values)
    codes = tuple(code.upper() for item in items for code in item.replace(",", " ").split())
    unknown = [p for p in codes if p != "ALL" and not any(code.startswith(p) for code in RULES)]
    if unknown:
        raise UnknownCodes(unknown)
    return codes


def expand(patterns: Iterable[str]) -> set[str]:
    """Every rule code that ``patterns`` select."""
    selected = tuple(patterns)
    return {code for code in RULES if matches(code, selected)}


def check_level(level: str, name: str = "min-level") -> str:
    """``level`` if it is a level; a :class:`ValueError` naming the option (``name``) otherwise."""
    if level not in LEVELS:
        raise ValueError(f"{name} must be one of {', '.join(LEVELS)}, not {level!r}")
    return level


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"message language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return lang
