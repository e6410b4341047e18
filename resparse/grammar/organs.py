"""The bodies that adopt resolutions and decisions, as Chinese UN texts name them, and their symbols.

Every organ has a short code (``ga``, ``sc``, ``hrc``, ``ecosoc`` …). Documents carry the code of the
organ that adopted them (from the enacting formula or the cover); citations carry the code of the body
that adopted what they cite, and a symbol only where that body's symbol scheme is known. Bodies whose
scheme is not known (a conference of the parties, a functional commission, a specialised agency) are
named ``other``: their citations carry no symbol and no link rather than a guessed ``A/RES/``.
"""

from __future__ import annotations

from typing import Literal

from resparse.grammar.chars import INLINE_SPACE
from resparse.grammar.compiled import compile

OrganCode = Literal["ga", "sc", "hrc", "ecosoc", "chr", "unea", "joint", "council", "other"]

#: Names of the organs a formula, a cover or a citation names, by code. Longer names first: the
#: pattern below tries them in order.
ORGAN_NAMES: dict[str, str] = {
    "联合国大会": "ga",
    "安全理事会": "sc",
    "安理会": "sc",
    "人权理事会": "hrc",
    "经济及社会理事会": "ecosoc",
    "经社理事会": "ecosoc",
    "人权委员会": "chr",
    "大会": "ga",
}
#: Human-readable names of the codes, in English (for messages and the JSON's ``organ_name``).
ORGAN_TITLES: dict[str, str] = {
    "ga": "General Assembly",
    "sc": "Security Council",
    "hrc": "Human Rights Council",
    "ecosoc": "Economic and Social Council",
    "chr": "Commission on Human Rights",
    "unea": "United Nations Environment Assembly",
    "other": "another body",
}

_S = INLINE_SPACE

#: A body named right before the number of what it adopted, with what may stand between them. Matched
#: against the words before a citation (anchored at their end), so it says which body adopted it:
#: ``人权理事会2014年6月27日第``, ``经济及社会理事会关于…的2018年7月3日第``, ``联合国环境大会第四届会议
#: 通过的关于海洋垃圾的第``. A body named as a subject (``关于设立人权理事会的第60/251号``) is not the
#: issuer: only the bridges below may stand between the name and the number, and ``的`` alone is none.
_DATE = rf"[\d０-９]{{4}}{_S}年(?:{_S}[\d０-９]{{1,2}}{_S}月(?:{_S}[\d０-９]{{1,2}}{_S}日)?)?"
_SESSION = (
    r"第[一二三四五六七八九十百零〇\d]{1,5}届(?:特别|紧急特别)?会议(?:续会)?(?:第[一二三四五六七八九十]部分)?"
)
BRIDGE = (
    rf"(?:{_S}(?:{_DATE}|关于[^，。；“”号]{{1,80}}?(?:，[^，。；“”号]{{1,60}}?)?的|题为“[^”]{{1,240}}”的|宣布[^，。；号]{{1,60}}?的"
    rf"|{_SESSION}(?:期间)?|续会|(?:在|于)(?:其)?|(?:上)?(?:所)?通过(?:了)?(?:的)?|以协商一致方式通过的|其|(?:最近|最新)的?"
    rf"|(?:的|关于[^，。；号]{{0,40}}?的)?(?:以往)?(?:各项|所有)?(?:有关|相关)?(?:决定和决议|决议和决定|决议|决定)"
    rf"{_S}(?:[，,(（]{_S})?(?:最近的决议是|最近一项是|最近的是|包括|尤其是|特别是|例如)(?:最近)?"
    rf"|以往|与[^，。；]{{1,40}}?(?:相关|有关)的|[、和与及]|第{_S}(?={_DATE})))"
)
#: Other bodies, whose resolutions and decisions have no symbol resparse can name: conferences of the
#: parties, commissions (``妇女地位委员会``: the name's last word is enough, the words before it are the
#: body's own), programmes and agencies. A bare ``理事会`` may also stand for a council named before.
_OTHER = (
    r"(?:缔约方|缔约国)(?:会议|大会)|(?:世界卫生|世界旅游组织|粮农组织|联合国粮食及农业组织|人居署|国际原子能机构"
    r"|教科文组织|联合国教育、科学及文化组织|国际劳工|国际电信联盟|万国邮政联盟|世界气象)大会"
    r"|委员会|执行局|理事会|董事会|首脑会议"
)
_NAMES = "|".join(sorted(ORGAN_NAMES, key=len, reverse=True))
#: The issuer of the citation that follows: a joint pair (``大会和安全理事会``), the UN Environment
#: Assembly, a UN organ, another body (or a bare ``理事会``).
ISSUER = compile(
    rf"(?:(?P<joint>大会(?:和|与|及)(?:安全理事会|安理会)|(?:安全理事会|安理会)(?:和|与|及)大会)"
    rf"|(?P<unea>(?:联合国环境规划署)?(?:联合国)?环境大会)|(?P<organ>{_NAMES})|(?P<other>{_OTHER}))"
    rf"(?:{BRIDGE})*{_S}(?:第{_S})?$"
)
#: What every name :data:`ISSUER` finds contains: where none of them stands, it is not searched.
ISSUER_KEYS = ("会", "执行局")
#: How far before its key any name :data:`ISSUER` finds can start (``联合国教育、科学及文化组织大会``).
LONGEST_NAME = 24
#: What a bare ``理事会`` follows when it stands for a council named before (``依照理事会……``), not
#: for the last word of another body's name (``人居署理事会``).
COUNCIL_AFTER = frozenset("据照该本和及与、顾请的在由经向将同，,其各见并是迎到日 \u3000")
#: Nothing but bridges (and the commas between items): what may stand between two citations of one
#: body's resolutions (``……第39/6号决议， 关于记者安全的2020年10月6日第45/18号决议``).
BRIDGES = compile(rf"(?:{BRIDGE}|{_S}[，,、]|{_S}以及)*{_S}(?:第{_S})?")
#: Words before ``大会`` that make it another assembly (``缔约方大会``, ``世界卫生大会``) and before
#: ``人权委员会`` that make it part of a longer name.
NOT_GA_BEFORE = compile(r"(?:缔约方|缔约国|成员国|世界卫生|世界旅游组织|粮农组织|人居署|环境|股东|全体)$")
#: Words right before an organ's name that make it the subject of a title, not the issuer:
#: ``关于设立人权理事会的第60/251号决议``.
SUBJECT_BEFORE = compile(r"(?:关于|设立|审查|加强|改革|振兴)[^，。；的]{0,12}$")
#: Before a body's name: it is a body set up by a resolution (``第1267号决议所设委员会``), not an issuer.
NAMED_AFTER_RESOLUTION = compile(r"(?:所设立?的?|设立的|所设的)$")
#: Any full council name, for the bare ``理事会`` that stands for the last one named.
COUNCIL_NAME = compile(r"人权理事会|经济及社会理事会|经社理事会|安全理事会|安理会")
