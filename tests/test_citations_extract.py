"""The citation grammar, form by form, and the not-citations, each a small fixture of its own."""

from __future__ import annotations

import pytest

import resparse
from resparse.api import refs


def cite(sentence: str):
    """Citations of a one-paragraph resolution whose preamble is ``sentence``."""
    result = refs(resparse.parse_text(f"安全理事会，\n{sentence}\n1. 决定继续积极处理此案。\n"))
    return result


def symbols(sentence: str) -> list[str]:
    return [c.symbol for c in cite(sentence).citations]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("回顾第 1373(2001)号决议，", ["S/RES/1373 (2001)"]),
        ("回顾第 1373 (2001)号决议，", ["S/RES/1373 (2001)"]),
        ("回顾第１３７３（２００１）号决议，", ["S/RES/1373 (2001)"]),
        (
            "重申第 1267(1999)、1325(2000)、1368(2001)和 2388(2017)号决议，",
            ["S/RES/1267 (1999)", "S/RES/1325 (2000)", "S/RES/1368 (2001)", "S/RES/2388 (2017)"],
        ),
        ("重申第 1267(1999)及 1325(2000)号决议，", ["S/RES/1267 (1999)", "S/RES/1325 (2000)"]),
        ("重申第 1267(1999)以及 1325(2000)号决议，", ["S/RES/1267 (1999)", "S/RES/1325 (2000)"]),
        (
            "重申第 1267(1999)、1325(2000)、和 2388(2017)号决议，",
            ["S/RES/1267 (1999)", "S/RES/1325 (2000)", "S/RES/2388 (2017)"],
        ),
        (
            "回顾第 1535(2004)号、1787(2007)和 2129(2013)号决议，",
            ["S/RES/1535 (2004)", "S/RES/1787 (2007)", "S/RES/2129 (2013)"],
        ),
        ("回顾第 1267(1999)号和第 1989(2011)号决议，", ["S/RES/1267 (1999)", "S/RES/1989 (2011)"]),
        (
            "重申2004年4月28日第1540(2004)号和2006年4月27日第1673(2006)号决议，",
            ["S/RES/1540 (2004)", "S/RES/1673 (2006)"],
        ),
        ("执行第 2178 号决议，", ["S/RES/2178 (2014)"]),
        ("包括第 1267 和1989号决议，", ["S/RES/1267 (1999)", "S/RES/1989 (2011)"]),
        ("回顾大会第 71/291 号决议，", ["A/RES/71/291"]),
        ("回顾第71/291号决议，", ["A/RES/71/291"]),
        ("回顾第67/254 A号决议，", ["A/RES/67/254 A"]),
        ("回顾第1541(XV)号决议，", ["A/RES/1541(XV)"]),
        ("回顾第217 A (III)号决议，", ["A/RES/217 A(III)"]),
        ("回顾大会第60/180号和安理会第1645(2005)号决议，", ["A/RES/60/180", "S/RES/1645 (2005)"]),
        ("回顾《全球反恐战略》(A/RES/60/288)，", ["A/RES/60/288"]),
        ("回顾人权理事会第 23/17 号决议，", ["A/HRC/RES/23/17"]),
        ("回顾经济及社会理事会第 2017/23 号决议，", ["E/RES/2017/23"]),
        ("注意到报告(S/2017/375)，", ["S/2017/375"]),
        ("回顾主席声明(S/PRST/2018/19)，", ["S/PRST/2018/19"]),
        ("注意到报告(A/70/291)和 A/HRC/RES/23/17，", ["A/70/291", "A/HRC/RES/23/17"]),
        ("注意到 E/RES/2017/23 号决议，", ["E/RES/2017/23"]),
        (
            "注意到 S/2017/375/Add.1、S/2018/1/Corr.1 和 S/2019/9/Rev.1。",
            ["S/2017/375/Add.1", "S/2018/1/Corr.1", "S/2019/9/Rev.1"],
        ),
        ("回顾 S/RES/2395 (2017)，", ["S/RES/2395 (2017)"]),
        ("根据决议 2231(2015)，", ["S/RES/2231 (2015)"]),
        ("包括报告与2272(2016)审查的启动，", ["S/RES/2272 (2016)"]),
        ("重申 1267(1999)、1325(2000)号决议，", ["S/RES/1267 (1999)", "S/RES/1325 (2000)"]),
        ("回顾大会第 1514 号决议，", [None]),  # an old Assembly number without its session: no symbol
        ("回顾人权委员会第 2005/80 号决议，", ["E/CN.4/RES/2005/80"]),
        ("回顾大会第 ES-11/1 号决议和 A/RES/ES-11/1，", ["A/RES/ES-11/1", "A/RES/ES-11/1"]),
        ("注意到 A/ES-10/L.22 号文件，", ["A/ES-10/L.22"]),
        ("回顾第 S-26/2 号决议，", ["A/RES/S-26/2"]),
        (
            "回顾第 1591(2005)号决议第7和8段以及第 1373(2001)号决议执行部分第4段，",
            ["S/RES/1591 (2005)", "S/RES/1373 (2001)"],
        ),
    ],
)
def test_forms(sentence: str, expected: list[str]) -> None:
    assert symbols(sentence) == expected


def assembly(sentence: str) -> list[tuple[str | None, str | None]]:
    """(symbol, part) of each citation of a General Assembly resolution whose preamble is ``sentence``."""
    text = f"大会，\n{sentence}\n1. 决定继续审议这一问题。\n"
    return [(c.symbol, c.part) for c in refs(resparse.parse_text(text)).citations]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("回顾第47/120 B号决议，", [("A/RES/47/120 B", "B")]),
        ("回顾第36/87 A和B号决议，", [("A/RES/36/87 A-B", "A-B")]),
        ("回顾第75/254 A至C号决议，", [("A/RES/75/254 A-C", "A-C")]),
        ("回顾第53/77 AA号决议，", [("A/RES/53/77 AA", "AA")]),
        ("回顾第S-27/2号决议，", [("A/RES/S-27/2", None)]),
        ("回顾ES-10/15号决议，", [("A/RES/ES-10/15", None)]),
        ("回顾第2200 A (XXI)号决议，", [("A/RES/2200 A(XXI)", "A")]),
        ("回顾第3261(XXIX) F号决议，", [("A/RES/3261 F(XXIX)", "F")]),
        ("回顾第一㈠号决议，", [("A/RES/1(I)", None)]),
        ("回顾第78/542 C号决定，", [("A/DEC/78/542 C", "C")]),
        ("回顾大会第2021年12月24日76/238号决议，", [("A/RES/76/238", None)]),
        ("回顾第70/1号以及其他相关决议，", [("A/RES/70/1", None)]),
        ("回顾第70/1号、第71/2号和以往各项决议，", [("A/RES/70/1", None), ("A/RES/71/2", None)]),
        ("回顾第70/1号和随后各项决议，", [("A/RES/70/1", None)]),
        (
            "回顾题为“改变我们的世界”的2015年9月25日第70/1号决议和第59/156号决议，",
            [("A/RES/70/1", None), ("A/RES/59/156", None)],
        ),
        ("回顾第\u00a070/1\u00a0号决议，", [("A/RES/70/1", None)]),
        # another body's, with a comma in the title between its name and the number: no A/RES/ symbol
        (
            "回顾麻醉药品委员会2022年3月18日关于加强国际合作，处理贩运之间的联系的第65/2号决议，",
            [(None, None)],
        ),
        ("见A/C.6/56/SR.11-13。", [("A/C.6/56/SR.11-13", None)]),
        ("回顾第\u200e70/1号决议，", [("A/RES/70/1", None)]),
        # A decision of a treaty body's conference: found, no UN symbol.
        ("回顾第1/CP.21号决定和第70/1号决议，", [(None, None), ("A/RES/70/1", None)]),
    ],
)
def test_assembly_forms(sentence: str, expected: list) -> None:
    assert assembly(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "欢迎 2016 年 7 月 1日对战略进行的审查，",
        "至迟于 2018 年 3 月 30 日报告，",
        "审议局 2014-2017 年工作的报告，",
        "在 12 个月之内报告，",
        "执行关于定向金融制裁的建议 6，",
        "注意到《公约》附件 9 和附件 17，",
        "根据《联合国宪章》第七章采取行动，",
        "强调第一和第四支柱的重要性，",
        "在第8148次会议上，",
        "欢迎报告(2015 年)和指导意见(2016\u3000年)，",
        "符合 ISO 9001 (2015) 标准，",
        "注意到《国际民用航空公约》附件 17 (2018)，",
        "回顾儿童权利委员会第 20 (2016) 号一般性意见，",
        "回顾国际劳工组织第 182 (1999) 号公约，",
    ],
)
def test_not_citations(sentence: str) -> None:
    result = cite(sentence)
    assert result.citations == () and result.internal_refs == ()


def test_groups_roles_and_years() -> None:
    result = cite("回顾第 1267(1999)、1325(2000)号决议和第 2178 号决议所设委员会，欢迎 1267 委员会的工作，")
    rows = [(c.symbol, c.group, c.role, c.form, c.year_source) for c in result.citations]
    assert rows == [
        ("S/RES/1267 (1999)", 1, "citation", "resolution", "text"),
        ("S/RES/1325 (2000)", 1, "citation", "resolution", "text"),
        ("S/RES/2178 (2014)", 2, "committee", "resolution", "register"),
        ("S/RES/1267 (1999)", 3, "committee", "committee-name", "register"),
    ]


@pytest.mark.parametrize(
    ("sentence", "pinpoint"),
    [
        ("回顾第1591(2005)号决议第7和8段，", "第7和8段"),
        ("回顾第1591(2005)号决议第3段(c)、(d)和(e)分段，", "第3段(c)、(d)和(e)分段"),
        ("回顾第1591(2005)号决议第3(a)(五)段，", "第3(a)(五)段"),
        ("回顾第716(1991)号决议执行部分第4段，", "执行部分第4段"),
        ("回顾第2368(2017)号决议第1(a)段和第81(a)段，", "第1(a)段和第81(a)段"),
        ("回顾秘书长报告(S/2021/1110)第21段，", "第21段"),
    ],
)
def test_pinpoints(sentence: str, pinpoint: str) -> None:
    result = cite(sentence)
    assert [c.pinpoint for c in result.citations] == [pinpoint]
    assert result.internal_refs == ()


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("回顾第 7 段，", ["OP7"]),
        ("回顾上文第1段，", ["OP1"]),
        ("回顾本决议第12段，", ["OP12"]),
        ("回顾上文第 2 段和第 7 段，", ["OP2", "OP7"]),
        ("回顾第 7 和 8 段，", ["OP7", "OP8"]),
        ("回顾上文第3(a)段，", ["OP3(a)"]),
        ("回顾序言部分第 3 段，", ["PP3"]),
        ("回顾执行部分第 3 段，", ["OP3"]),
    ],
)
def test_internal_references(sentence: str, targets: list[str]) -> None:
    result = cite(sentence)
    assert [r.target for r in result.internal_refs] == targets
    assert result.citations == ()


def test_urls_and_link_styles() -> None:
    document = resparse.parse_text("安全理事会，\n回顾第 1373(2001)号决议和第 71/291 号决议，\n")
    citations = refs(document).citations
    assert [c.url for c in citations] == [
        "https://undocs.org/ch/S/RES/1373(2001)",
        "https://undocs.org/ch/A/RES/71/291",
    ]
    docs = refs(document, link_style="docs").citations
    assert docs[0].url == "https://docs.un.org/zh/S/RES/1373(2001)"
    assert refs(document, lang="en").citations[0].url == "https://undocs.org/en/S/RES/1373(2001)"


def test_spans_cross_line_breaks() -> None:
    text = (
        " 安全理事会， \n\n 回顾其第 1373(2001)号、1787 \n\n(2007)号和第 2370 \n\n"
        "(2017)号决议，重申国际合作的重要性以及\n\n各国为此作出的努力， \n\n 1. 决定继续积极处理此案。 \n"
    )
    citations = refs(resparse.parse_text(text)).citations
    spans = [
        (c.text, c.span.start.line, c.span.start.column, c.span.end.line, c.span.end.column)
        for c in citations
    ]
    assert spans == [
        ("1373(2001)", 3, 7, 3, 17),
        ("1787 (2007)", 3, 19, 5, 7),
        ("2370 (2017)", 5, 11, 7, 7),
    ]


@pytest.mark.parametrize(
    ("sentence", "defects"),
    [
        ("回顾第１３７３(2001)号决议，", ("mixed-width-digits",)),
        ("回顾第 1373（2001)号决议，", ("mixed-width-brackets",)),
        ("回顾第 1373(2001)、1624(2005)，", ("unclosed-enumeration",)),
        ("回顾第 1373(2001号决议，", ("unbalanced-brackets",)),
    ],
)
def test_defects(sentence: str, defects: tuple[str, ...]) -> None:
    assert cite(sentence).citations[-1].defects == defects


def _paragraph_texts() -> list[str]:
    """Every paragraph of the fixtures, the example, S/RES/2395 and (when present) the 2020–2022 corpus."""
    from tests.support import CORPUS, PDF_2395, ROOT
    from tests.unxml import chinese_files, render_lines

    documents = [
        resparse.parse(path)
        for path in [*sorted(CORPUS.glob("*.txt")), ROOT / "examples" / "draft_resolution.txt"]
    ]
    if PDF_2395.exists():
        documents.append(resparse.parse(PDF_2395))
    documents += [resparse.parse_text(render_lines(path)) for path in chinese_files()]
    traps = [
        "决　议 2231(2015)",
        "第１３７３（２００１）、１３９０（２００２）",
        "1267/1989 委员会",
        "上文第 7 和 8(a) 段",
    ]
    return [p.text for document in documents for p in document.paragraphs] + traps


@pytest.mark.corpus
def test_every_match_holds_a_key_character_of_its_pattern() -> None:
    """The extractor skips a pattern where its key characters are absent; no match may lack them."""
    from resparse.grammar import citations as grammar

    texts = _paragraph_texts()
    for pattern, groups in grammar.KEY_CHARACTERS.items():
        matches = [m.group(0) for text in texts for m in pattern.finditer(text)]
        assert matches, pattern.pattern  # the check is not vacuous
        lacking = [m for m in matches if not all(any(key in m for key in keys) for keys in groups)]
        assert lacking == [], pattern.pattern
