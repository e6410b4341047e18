"""Which body adopted what a citation names: the organ named before it, and the symbol that follows."""

from __future__ import annotations

import pytest

import resparse
from resparse.citations.issuer import bridged, issuer_before


def cited(sentence: str, formula: str = "大会，") -> list[tuple[str | None, str | None, str]]:
    text = f"{formula}\n{sentence}\n1. 决定继续审议这一问题。\n"
    return [(c.symbol, c.organ, c.type) for c in resparse.refs(resparse.parse_text(text)).citations]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The organ before the number, dates, titles and sessions between them.
        ("回顾人权理事会2014年6月27日第26/20号决议，", [("A/HRC/RES/26/20", "hrc", "hrc-resolution")]),
        (
            "回顾人权理事会关于童婚、早婚和强迫婚姻的后果的2019年7月11日第41/8号决议，",
            [("A/HRC/RES/41/8", "hrc", "hrc-resolution")],
        ),
        ("回顾人权理事会第S-28/1号决议，", [("A/HRC/RES/S-28/1", "hrc", "hrc-resolution")]),
        ("回顾2011年3月24日人权理事会第16/18号决议，", [("A/HRC/RES/16/18", "hrc", "hrc-resolution")]),
        (
            "回顾经济及社会理事会2018年7月3日第2018/18号决议，",
            [("E/RES/2018/18", "ecosoc", "ecosoc-resolution")],
        ),
        ("回顾经社理事会第2017/206号决定，", [("E/DEC/2017/206", "ecosoc", "decision")]),
        ("回顾人权委员会第2005/80号决议，", [("E/CN.4/RES/2005/80", "chr", "resolution")]),
        ("回顾联合国环境大会第5/5号决议，", [("UNEP/EA.5/Res.5", "unea", "resolution")]),
        (
            "回顾联合国环境大会第四届会议通过的关于海洋垃圾的第4/6号决议，",
            [("UNEP/EA.4/Res.6", "unea", "resolution")],
        ),
        # A session "期间", a resumed session ("续会"), a title with a comma: still bridges.
        (
            "回顾环境大会第二届会议期间于2016年5月27日通过的第2/21号决议，",
            [("UNEP/EA.2/Res.21", "unea", "resolution")],
        ),
        ("欢迎第五届联合国环境大会续会通过的第5/14号决议，", [("UNEP/EA.5/Res.14", "unea", "resolution")]),
        # Words of a title before the name, but a date after it: the issuer.
        (
            "注意到该审查得到经济及社会理事会2020年6月18日第2020/8号决议的认可，",
            [("E/RES/2020/8", "ecosoc", "ecosoc-resolution")],
        ),
        # A group inside a title names no body for the next group.
        (
            "又回顾经济及社会理事会题为“甲”的1989年5月24日第1989/62号决议、题为“执行大会关于乙的第46/152号决议”的"
            "1992年7月30日第1992/22号决议和题为“丙”的1993年7月27日第1993/28号决议，",
            [
                ("E/RES/1989/62", "ecosoc", "ecosoc-resolution"),
                ("A/RES/46/152", "ga", "ga-resolution"),
                ("E/RES/1992/22", "ecosoc", "ecosoc-resolution"),
                ("E/RES/1993/28", "ecosoc", "ecosoc-resolution"),
            ],
        ),
        # A bare 理事会 after a verb or a date: the council named before.
        (
            "欢迎人权理事会的工作，欢迎理事会第46/17号决议，尤其是理事会2020年10月6日第45/8号决议，",
            [("A/HRC/RES/46/17", "hrc", "hrc-resolution"), ("A/HRC/RES/45/8", "hrc", "hrc-resolution")],
        ),
        (
            "注意到经济及社会理事会的工作，又回顾2006年7月28日理事会第2006/46号决议，",
            [("E/RES/2006/46", "ecosoc", "ecosoc-resolution")],
        ),
        # Bodies whose symbols are not known: the body, no symbol, never a guessed A/RES/.
        ("回顾妇女地位委员会2007年3月9日第51/2号决议，", [(None, "other", "resolution")]),
        ("回顾《生物多样性公约》缔约方大会第15/4号决定，", [(None, "other", "decision")]),
        ("回顾预防犯罪和刑事司法委员会2016年5月27日第25/1号决议，", [(None, "other", "resolution")]),
        ("回顾世界旅游组织大会第二十一届会议通过的第668(XXI)号决议，", [(None, "other", "resolution")]),
        # A body named as the subject of a title is not the issuer.
        ("回顾关于设立人权理事会的第60/251号决议，", [("A/RES/60/251", "ga", "ga-resolution")]),
        # Joint organs: each item's shape says whose it is.
        (
            "回顾大会和安全理事会2016年4月27日第70/262号和第2282(2016)号决议，",
            [("A/RES/70/262", "ga", "ga-resolution"), ("S/RES/2282 (2016)", "sc", "sc-resolution")],
        ),
        # An organ named between the items of one enumeration.
        (
            "回顾大会第60/180号和安理会第1645(2005)号决议，",
            [("A/RES/60/180", "ga", "ga-resolution"), ("S/RES/1645 (2005)", "sc", "sc-resolution")],
        ),
        # The organ of the group before carries over a join.
        (
            "回顾经济及社会理事会2018年7月3日第2018/18号决议和2019年7月23日第2019/27号决议，",
            [
                ("E/RES/2018/18", "ecosoc", "ecosoc-resolution"),
                ("E/RES/2019/27", "ecosoc", "ecosoc-resolution"),
            ],
        ),
        # A bare 理事会 stands for the council named before it, else is not known.
        (
            "回顾人权理事会的工作并依照理事会2020年6月22日第43/24号决议，",
            [("A/HRC/RES/43/24", "hrc", "hrc-resolution")],
        ),
        ("依照理事会2020年6月22日第43/24号决议，", [(None, None, "resolution")]),
        # Numbers no body of the Assembly's could have: no symbol.
        ("回顾第2018/18号决议，", [(None, None, "resolution")]),
        ("回顾第25/1号决议，", [(None, None, "resolution")]),
    ],
)
def test_the_body_named_before_the_number(sentence: str, expected: list) -> None:
    assert cited(sentence) == expected


@pytest.mark.parametrize(
    ("formula", "sentence", "expected"),
    [
        ("人权理事会，", "回顾其第53/6号决议，", ("A/HRC/RES/53/6", "hrc")),
        ("人权理事会，", "回顾第S-28/1号决议，", ("A/HRC/RES/S-28/1", "hrc")),
        ("经济及社会理事会，", "回顾其第2022/5号决议，", ("E/RES/2022/5", "ecosoc")),
        ("经济及社会理事会，", "回顾第75/290 A号决议，", ("A/RES/75/290 A", "ga")),
        ("安全理事会，", "回顾第71/291号决议，", ("A/RES/71/291", "ga")),
        ("大会，", "回顾其第71/291号决议，", ("A/RES/71/291", "ga")),
    ],
)
def test_the_documents_own_organ_where_none_is_named(formula: str, sentence: str, expected: tuple) -> None:
    assert cited(sentence, formula)[0][:2] == expected


def test_issuer_before_and_bridges() -> None:
    text = "回顾人权理事会2014年6月27日第26/20号决议和2015年7月2日第29/16号决议"
    assert issuer_before(text, text.index("第26/20")) == ("hrc", 2)
    assert issuer_before("回顾其第", 3) == (None, -1)
    first_end = text.index("决议") + 2
    assert bridged(text, first_end, text.index("第29/16"))
    assert not bridged("号决议，又回顾第", 4, 8)
