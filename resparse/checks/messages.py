"""Finding messages in English and in Chinese (``--message-lang``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "RS101": (
        "resolution {number} was adopted in {actual}, not {written}",
        "第{number}号决议于{actual}年通过，而非{written}年",
    ),
    "RS102": (
        "there is no Security Council resolution {number} (the register ends at {last})",
        "安全理事会没有第{number}号决议(登记册止于第{last}号)",
    ),
    "RS103": (
        "resolution {own} cannot cite resolution {number}, which is {relation}",
        "第{own}号决议不能引用{relation_zh}第{number}号决议",
    ),
    "RS104": (
        "resolution {number} is cited without its year; it was adopted in {year}",
        "引用第{number}号决议时未写年份；该决议于{year}年通过",
    ),
    "RS105": ("malformed citation {text!r}: {defects}", "引文格式有误「{text}」：{defects_zh}"),
    "RS201": ("{symbol} is cited twice in this enumeration", "{symbol}在同一列举中被引用两次"),
    "RS202": (
        "resolution {number} is listed after {previous}; enumerations go in ascending order",
        "第{number}号决议列在第{previous}号之后；列举应按升序排列",
    ),
    "RS203": (
        "resolution {number} is written with the year {year} here but {other} at {line}",
        "第{number}号决议此处写作{year}年，在{line}处写作{other}年",
    ),
    "RS301": (
        "link to {target} matches no citation on its {place}",
        "链接{target}与其所在{place_zh}的任何引文都不对应",
    ),
    "RS302": (
        "the link on {text!r} points to {target}, not {symbol}",
        "「{text}」的链接指向{target}，而非{symbol}",
    ),
    "RS303": (
        "{symbol} is not linked, though the other citations on its {place} are",
        "{symbol}没有链接，而其所在{place_zh}的其他引文都有链接",
    ),
    "RS304": ("{problem}: {url}", "{problem_zh}：{url}"),
    "RS401": ("{what}", "{what_zh}"),
    "RS402": ("paragraph {target} does not exist in this resolution", "本决议没有第{number}段({target})"),
    "RS403": ("{kind} paragraph {id} should end in {expected}", "{kind_zh}{id}应以「{expected}」结尾"),
    "RS404": (
        "no enacting formula (such as 安全理事会，) before the first preambular paragraph",
        "第一个序言段落之前没有执行句(如「安全理事会，」)",
    ),
}

DEFECTS_ZH = {
    "mixed-width-digits": "全角与半角数字混用",
    "mixed-width-brackets": "全角与半角括号混用",
    "unbalanced-brackets": "括号不成对",
    "unclosed-enumeration": "列举未以「号决议」结束",
}


def message(code: str, lang: str, **values: object) -> str:
    english, chinese = MESSAGES[code]
    return (chinese if lang == "zh" else english).format(**values)
