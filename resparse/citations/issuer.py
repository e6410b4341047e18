"""Which body adopted what a citation names, read off the words written before it.

``人权理事会2014年6月27日第26/20号决议`` is the Human Rights Council's; ``大会和安全理事会……第70/262号和
第2282(2016)号`` names both (each item's shape then says whose it is); ``关于设立人权理事会的第60/251号决议``
names the Council only as its subject. A bare ``理事会`` stands for the council the paragraph named last.
"""

from __future__ import annotations

from resparse.grammar import organs

#: How far before a citation the name of its body is looked for (dates and titles may stand between).
WINDOW = 200


def issuer_before(text: str, start: int, own: str | None = None) -> tuple[str | None, int]:
    """The code of the body named before ``text[start:]`` and where its name starts, or ``(None, -1)``.

    ``own`` is the citing document's organ, the council a bare ``理事会`` means when the paragraph
    names none.
    """
    window = max(0, start - WINDOW)
    keys = [at for key in organs.ISSUER_KEYS if (at := text.find(key, window, start)) >= 0]
    if not keys:
        return None, -1  # most groups: no body's name anywhere before them
    # A name holds a key: none starts further before the first key than the longest name is long.
    m = organs.ISSUER.search(text, max(window, min(keys) - organs.LONGEST_NAME), start)
    if m is None:
        return None, -1
    at = m.start()
    name_end = next(m.end(group) for group in ("joint", "unea", "organ", "other") if m[group])
    # "关于设立人权理事会的第60/251号决议": the council is the title's subject. Followed by a date or
    # "第" ("该审查得到经济及社会理事会2020年6月18日第2020/8号决议"), it is the issuer whatever stands before.
    if text.startswith("的", name_end) and organs.SUBJECT_BEFORE.search(text, max(0, at - 14), at):
        return None, -1
    if m["joint"]:
        return "joint", at
    if m["unea"]:
        return "unea", at
    if name := m["organ"]:
        code = organs.ORGAN_NAMES[name]
        if code == "ga" and organs.NOT_GA_BEFORE.search(text, max(0, at - 8), at):
            return "other", at
        return code, at
    if organs.NAMED_AFTER_RESOLUTION.search(text, max(0, at - 8), at):
        return None, -1  # "第1267号决议所设委员会及第1540号……": the committee is no issuer
    if m["other"] != "理事会" or (at and text[at - 1] not in organs.COUNCIL_AFTER):
        return "other", at
    # A bare "理事会": the council named last before it, else the document's own.
    named = [council.group() for council in organs.COUNCIL_NAME.finditer(text, 0, at)]
    if named:
        return organs.ORGAN_NAMES[named[-1]], at
    return (own if own in ("hrc", "ecosoc", "sc") else "council"), at


def bridged(text: str, start: int, end: int) -> bool:
    """Whether only bridges (dates, ``和``, titles) stand in ``text[start:end]``: a body named for the
    citation before it is named for the next one too (``理事会……第2018/18号决议和2019年7月23日第…``)."""
    return organs.BRIDGES.fullmatch(text, start, end) is not None
