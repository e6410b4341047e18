"""``resparse compare``: the Chinese against the English original, on fixtures and on ../shared."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

import resparse
from resparse.checks.compare import align
from tests.support import SHARED
from tests.unxml import UNXML_DIR, UNXML_GA_DIR, render_lines

ZH = (
    "安全理事会，\n"
    "回顾其第1373(2001)号决议，\n"
    "重申其第2312(2016)号决议，\n"
    "又回顾其第2178(2014)号决议，\n"
    "1. 决定继续处理此案。\n"
)
EN = (
    "The Security Council,\n"
    "Recalling its resolution 1373 (2001),\n"
    "Reaffirming its resolution 2312 (2016),\n"
    "Recalling also its resolution 2178 (2014),\n"
    "1. Decides to remain seized of the matter.\n"
)


def _paragraph_of(code: str, paragraph: str | None, message: str) -> str | None:
    """The paragraph a finding names: the Chinese one, or for RS501 the English one (the message
    opens with its id: ``PP2 of the English (…) has no counterpart here``)."""
    return message.split(" ", 1)[0] if code == "RS501" else paragraph


def _codes(zh: str, en: str) -> list[tuple[str, str | None]]:
    """Each finding's code and paragraph (see :func:`_paragraph_of`)."""
    found = resparse.compare(resparse.parse_text(zh, "zh.txt"), resparse.parse_text(en, "en.txt"))
    return [(f.code, _paragraph_of(f.code, f.paragraph, f.message)) for f in found]


@pytest.mark.parametrize(
    ("zh", "en", "codes"),
    [
        (ZH, EN, []),
        (ZH, EN.replace("2312 (2016)", "2312 (2106)"), [("RS513", "PP2")]),
        (ZH.replace("第1373(2001)号决议", "各项决议"), EN, [("RS511", "PP1")]),
        (ZH, EN.replace("resolution 1373 (2001)", "resolutions"), [("RS512", "PP1")]),
        # a paragraph deleted: found, not shifted onto the next (no citation findings on PP2/PP3)
        (ZH.replace("重申其第2312(2016)号决议，\n", ""), EN, [("RS501", "PP2")]),
        (ZH, EN.replace("Reaffirming its resolution 2312 (2016),\n", ""), [("RS502", "PP2")]),
    ],
    ids=["same", "year", "citation-missing", "citation-extra", "paragraph-missing", "paragraph-extra"],
)
def test_each_difference_is_one_finding(zh: str, en: str, codes: list[tuple[str, str | None]]) -> None:
    assert _codes(zh, en) == codes


@pytest.mark.parametrize(
    ("zh", "en", "codes"),
    [
        # the Chinese names the body after the number, where resparse cannot attribute it: no finding
        (
            "大会，\n注意到2016年5月27日第2/17号决议所述联合国环境大会作出的贡献，\n1. 决定继续审议这一问题。\n",
            "The General Assembly,\nNoting the contribution of the United Nations Environment Assembly, as "
            "reflected in its resolution 2/17 of 27 May 2016,\n1. Decides to remain seized of the matter.\n",
            [],
        ),
        # other numbers unattributed do not hide a document cited on one side only
        (
            "大会，\n注意到第2/18号决议所述联合国环境大会作出的贡献，\n1. 决定继续审议这一问题。\n",
            "The General Assembly,\nNoting the contribution of the United Nations Environment Assembly, as "
            "reflected in its resolution 2/17 of 27 May 2016,\n1. Decides to remain seized of the matter.\n",
            [("RS511", "PP1")],
        ),
        # the English writes the Council's resolution by its number alone ("of 1970")
        (
            "安全理事会，\n1. 决定第1970(2011)号决议第15和16段所定措施继续适用；\n",
            "The Security Council,\n1. Decides that the measures in paragraphs 15 and 16 of 1970, as modified, "
            "shall continue to apply;\n",
            [],
        ),
    ],
    ids=["unattributed-same-numbers", "unattributed-other-numbers", "number-alone"],
)
def test_a_citation_resparse_cannot_attribute(zh: str, en: str, codes: list[tuple[str, str | None]]) -> None:
    assert _codes(zh, en) == codes


OPS_ZH = (
    "安全理事会，\n"
    "回顾其第1267(1999)、1989(2011)和2253(2015)号决议，\n"
    "欢迎2020年12月14日至18日举行的会议，\n"
    "1. 决定核准30%的员额和5 180万美元；\n"
    "2. 请秘书长报告上文第1段的执行情况；\n"
    "3. 决定继续处理此案。\n"
)
OPS_EN = (
    "The Security Council,\n"
    "Recalling its resolutions 1267 (1999), 1989 (2011) and 2253 (2015),\n"
    "Welcoming the meeting held from 14 to 18 December 2020,\n"
    "1. Decides to approve 30 per cent of the posts and $51.8 million;\n"
    "2. Requests the Secretary-General to report on the implementation of paragraph 1 above;\n"
    "3. Decides to remain seized of the matter.\n"
)


@pytest.mark.parametrize(
    ("zh", "en", "codes"),
    [
        (OPS_ZH, OPS_EN, []),
        (OPS_ZH.replace("2. 请", "4. 请"), OPS_EN, [("RS503", "OP4")]),
        (OPS_ZH.replace("1267(1999)、1989(2011)", "1989(2011)、1267(1999)"), OPS_EN, [("RS514", "PP1")]),
        # the English names each with its own noun, and one of them again later: the run is the list
        (
            OPS_ZH.replace("2. 请秘书长", "2. 回顾第2436(2018)和2378(2017)号决议，请秘书长"),
            OPS_EN.replace(
                "2. Requests",
                "2. Recalling resolution 2378 (2017) and resolution 2436 (2018) "
                "and paragraph 3 of resolution 2436 (2018), requests",
            ),
            [("RS514", "OP2")],
        ),
        # trap: the two are named in a row in the Chinese order; one of them is named before too
        (
            OPS_ZH.replace("2. 请秘书长", "2. 回顾第2378(2017)和2436(2018)号决议，请秘书长"),
            OPS_EN.replace(
                "2. Requests",
                "2. Welcoming resolution 2436 (2018), and recalling resolution 2378 (2017) "
                "and resolution 2436 (2018), requests",
            ),
            [],
        ),
        (
            OPS_ZH.replace("2. 请秘书长", "2. 回顾第2378(2017)和2436(2018)号决议，请秘书长"),
            OPS_EN.replace(
                "2. Requests",
                "2. Recalling resolution 2378 (2017) and resolution 2436 (2018) "
                "and paragraph 3 of resolution 2436 (2018), requests",
            ),
            [],
        ),
        (OPS_ZH.replace("14日至18日", "14日至19日"), OPS_EN, [("RS521", "PP2")]),
        (OPS_ZH.replace("5 180万", "5 190万"), OPS_EN, [("RS522", "OP1")]),
        (OPS_ZH.replace("30%", "百分之35"), OPS_EN, [("RS522", "OP1")]),
        (OPS_ZH.replace("上文第1段", "上文第3段"), OPS_EN, [("RS531", "OP2")]),
        # traps: what the two languages word differently is no finding
        (OPS_ZH.replace("欢迎2020年12月14日至18日", "欢迎12月"), OPS_EN, []),  # a date left out
        (OPS_ZH.replace("上文第1段", "该段"), OPS_EN, []),  # a reference left out
        (OPS_ZH.replace("30%的", "三成"), OPS_EN, []),  # a figure written in words
        (
            OPS_ZH.replace("决议，\n欢迎", "决议和第2253(2015)号决议，\n欢迎"),
            OPS_EN,
            [],  # a resolution named twice where the English says it once
        ),
    ],
    ids=[
        "same",
        "numbering",
        "enumeration-order",
        "enumeration-named-before-too",
        "enumeration-order-each-named",
        "enumeration-same-order-each-named",
        "date",
        "amount",
        "percentage",
        "internal-reference",
        "date-left-out",
        "reference-left-out",
        "figure-in-words",
        "named-twice",
    ],
)
def test_each_kind_of_difference_is_its_finding(zh: str, en: str, codes: list[tuple[str, str]]) -> None:
    assert _codes(zh, en) == codes


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # a corrigendum listed with its document in one language only (corrigenda are per language)
        ("见A/CONF.157/24(Part I)和A/CONF.157/24(Part I)/Corr.1。", "See A/CONF.157/24 (Part I)."),
        # a committee named by its resolutions in one language, by its subject in the other
        (
            "回顾第1267(1999)号决议所设委员会的工作，",
            "Recalling the work of the Committee on ISIL (Da'esh) and Al-Qaida,",
        ),
    ],
    ids=["corrigendum", "committee"],
)
def test_differences_of_wording_are_no_finding(zh: str, en: str) -> None:
    zh_text = f"安全理事会，\n回顾其各项决议，\n1. {zh}\n"
    en_text = f"The Security Council,\nRecalling its resolutions,\n1. {en}\n"
    assert _codes(zh_text, en_text) == []


@pytest.mark.parametrize(
    ("zh", "en", "codes"),
    [
        # a paragraph numbered differently keeps its items: 2(a) here is 1(a) there
        (
            "安全理事会，\n回顾其决议，\n2. 决定：\n(a) 甲；\n(b) 乙；\n3. 又决定继续处理此案。\n",
            "The Security Council,\nRecalling its resolutions,\n1. Decides:\n(a) one;\n(b) two;\n"
            "2. Decides further.\n",
            [("RS503", "OP2"), ("RS503", "OP3")],
        ),
        # a section's number on a line of its own, its title on the next: one heading
        (
            "大会，\n回顾其决议，\n三\n缔约国会议\n1. 决定继续审议这一问题。\n",
            "The General Assembly,\nRecalling its resolutions,\nIII. Conference of the States Parties\n"
            "1. Decides to remain seized of the matter.\n",
            [],
        ),
        # a title read as a heading in one text and as an unnumbered paragraph in the other
        (
            "大会，\n回顾其决议，\n1. 决定继续审议这一问题；\n报告：\n2. 请秘书长提交报告。\n",
            "The General Assembly,\nRecalling its resolutions,\n1. Decides to remain seized of the matter;\n"
            "Reporting\n2. Requests the Secretary-General to submit a report.\n",
            [],
        ),
        # trap: a heading the English lacks is still missing there, though an item stands near it
        (
            "大会，\n回顾其决议，\n1. 决定继续审议这一问题；\n报告\n2. 请秘书长提交报告。\n",
            "The General Assembly,\nRecalling its resolutions,\n1. Decides to remain seized of the matter;\n"
            "2. Requests the Secretary-General to submit a report.\n",
            [("RS502", "H1")],
        ),
        # a resolution in parts: a paragraph missing at the end of part A is missing there, not the
        # first of part B shifted back into A
        (
            "A\n新闻为人类服务\n大会，\n表示注意到委员会的报告，\n又表示注意到秘书长的报告，\n"
            "1. 敦促所有国家合作。\nB\n全球传播政策\n大会，\n强调委员会是主要附属机构，\n"
            "1. 请秘书长继续执行建议。\n",
            "A\nInformation in the service of humanity\nThe General Assembly,\n"
            "Taking note of the report of the Committee,\nTaking note also of the report of the "
            "Secretary-General,\nRecalling its resolutions,\n1. Urges all countries to cooperate.\nB\n"
            "Global communications policies\nThe General Assembly,\nEmphasizing that the Committee is "
            "its main subsidiary body,\n1. Requests the Secretary-General to continue.\n",
            [("RS501", "A.PP3")],
        ),
        # nothing cited, dated or numbered: the lengths say which English paragraph the Chinese lacks
        (
            "大会，\n认识到会员国面临的全球金融挑战，\n表示关切发达国家与发展中国家之间的差距继续扩大，\n"
            "1. 决定继续审议这一问题。\n",
            "The General Assembly,\nRecognizing the global financial challenges faced by Member States,\n"
            "Noting the report,\nExpressing concern that the gap between developed and developing countries "
            "continues to widen,\n1. Decides to remain seized of the matter.\n",
            [("RS501", "PP2")],
        ),
        # the same against an English paragraph with no number: its items are still its
        (
            "安全理事会，\n回顾其决议，\n2. 决定：\n(a) 甲；\n(b) 乙；\n",
            "The Security Council,\nRecalling its resolutions,\nDecides:\n(a) one;\n(b) two;\n",
            [("RS503", "OP2")],
        ),
        # a heading of two lines in one text, an unnumbered paragraph in the other: all of the
        # heading tells (the number alone has nothing in common with the paragraph)
        (
            "大会，\n回顾其决议，\n1. 决定继续审议；\n第二节 第60/1号决议的执行情况：\n2. 请秘书长提交报告。\n",
            "The General Assembly,\nRecalling its resolutions,\n1. Decides to remain seized;\nII\n"
            "Implementation of resolution 60/1\n2. Requests the Secretary-General to report.\n",
            [],
        ),
    ],
    ids=[
        "renumbered-with-items",
        "number-apart-from-title",
        "heading-or-item",
        "heading-missing",
        "parts",
        "lengths",
        "renumbered-against-unnumbered",
        "two-line-heading-or-paragraph",
    ],
)
def test_paragraphs_the_texts_structure_differently_are_paired(
    zh: str, en: str, codes: list[tuple[str, str | None]]
) -> None:
    assert _codes(zh, en) == codes


def test_a_number_and_title_on_two_lines_in_both_texts_keep_their_own_words() -> None:
    """Both texts write ``III`` above its title: each side's heading is made of its own lines (both
    are ``H1+H2``), not of the other text's."""
    zh = "大会，\n回顾其决议，\n三\n缔约国会议\n1. 决定继续审议这一问题。\n"
    en = (
        "The General Assembly,\nRecalling its resolutions,\nIII\nConference of the States Parties\n"
        "1. Decides to remain seized of the matter.\n"
    )
    pairs = align(resparse.parse_text(zh), resparse.parse_text(en))
    (heading,) = [p for p in pairs if p.zh is not None and p.zh.kind == "heading"]
    assert heading.en is not None
    assert (heading.zh.text, heading.en.text) == ("三\n缔约国会议", "III\nConference of the States Parties")


def test_a_footnote_whose_marker_moved_is_paired_where_it_went() -> None:
    zh = "大会，\n回顾其决议，\n1. 决定。\n"
    en = "The General Assembly,\nRecalling its resolutions,\n1. Decides.\n"
    zh_doc, en_doc = resparse.parse_text(zh, "zh.txt"), resparse.parse_text(en, "en.txt")
    from resparse.model import Paragraph

    def note(n: int, text: str) -> Paragraph:
        return Paragraph(f"FN{n}", "footnote", str(n), text, zh_doc.paragraphs[0].span)

    zh_notes = [note(1, "第70/1号决议。"), note(2, "A/75/155/Rev.1。"), note(3, "第61/295号决议，附件。")]
    en_notes = [note(1, "Resolution 70/1."), note(2, "Resolution 61/295, annex."), note(3, "A/75/155/Rev.1.")]
    zh_doc = zh_doc._replace(paragraphs=(*zh_doc.paragraphs, *zh_notes))
    en_doc = en_doc._replace(paragraphs=(*en_doc.paragraphs, *en_notes))
    pairs = align(zh_doc, en_doc)
    paired = {(p.zh.id, p.en.id) for p in pairs if p.zh and p.en and p.zh.kind == "footnote"}
    assert paired == {("FN1", "FN1"), ("FN2", "FN3"), ("FN3", "FN2")}


def test_the_year_finding_says_which_side_the_register_supports() -> None:
    found = resparse.compare(
        resparse.parse_text(ZH), resparse.parse_text(EN.replace("2312 (2016)", "2312 (2106)"))
    )
    assert found[0].message.endswith("the register has 2016: the English is wrong")
    found = resparse.compare(
        resparse.parse_text(ZH.replace("2312(2016)", "2312(2106)")), resparse.parse_text(EN)
    )
    assert found[0].message.endswith("the register has 2016: this text is wrong")


def test_sub_paragraphs_pair_by_label_roman_with_han() -> None:
    zh = "安全理事会，\n回顾其决议，\n1. 决定：\n(a) 甲；\n㈠ 乙；\n2. 又决定继续处理此案。\n"
    en = "The Security Council,\nRecalling its resolutions,\n1. Decides:\n(a) one;\n(i) two;\n2. Decides further.\n"
    pairs = align(resparse.parse_text(zh), resparse.parse_text(en))
    assert all(p.zh is not None and p.en is not None for p in pairs)


def test_the_cli_exits_as_check_does(tmp_path, capsys) -> None:
    from resparse.app.entry import main

    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN.replace("2312 (2016)", "2312 (2106)"), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["compare", "--format", "json", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt")])
    assert exit_.value.code == 1 and '"RS513"' in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_:
        main(["compare", str(tmp_path / "missing.txt"), str(tmp_path / "en.txt")])
    assert exit_.value.code == 2


def test_pairs_compares_each_chinese_file_with_the_english_of_its_symbol(tmp_path, capsys) -> None:
    from resparse.app.entry import main

    for n, year in ((2998, "2106"), (2999, "2016")):
        (tmp_path / f"{n}_zh.txt").write_text(f"S/RES/{n} (2099)\n{ZH}", encoding="utf-8")
        english = EN.replace("2312 (2016)", f"2312 ({year})")
        (tmp_path / f"{n}_en.txt").write_text(f"S/RES/{n} (2099)\n{english}", encoding="utf-8")
    (tmp_path / "3000_zh.txt").write_text(f"S/RES/3000 (2099)\n{ZH}", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["compare", "--pairs", "--format", "json", str(tmp_path)])
    captured = capsys.readouterr()
    assert exit_.value.code == 1
    assert captured.out.count('"RS513"') == 1 and "2998_zh.txt" in captured.out
    assert "3000_zh.txt: no file of the other language has its symbol" in captured.err


def test_compare_without_pairs_takes_two_files(capsys) -> None:
    from resparse.app.entry import main

    with pytest.raises(SystemExit) as exit_:
        main(["compare", str(Path(__file__).parents[1] / "examples" / "translation_zh.txt")])
    assert exit_.value.code == 2


# -- on ../shared ----------------------------------------------------------------------------------


def _pairs() -> list[tuple]:
    found = []
    for chinese in sorted(UNXML_DIR.glob("*/Chinese/*.xml")) + sorted(UNXML_GA_DIR.glob("*/Chinese/*.xml")):
        english = chinese.parent.parent / "English" / re.sub(r"C(\.xml)$", r"E\1", chinese.name)
        if english.is_file():
            found.append((chinese, english))
    return found


corpus = pytest.mark.skipif(not UNXML_DIR.is_dir(), reason="../shared/corpus/unxml not available")


@corpus
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("S_RES_2546 (2020)", "resolution 2312: 2016 here, 2106 in the English"),
        ("S_RES_2624 (2022)", "resolution 2140: 2014 here, 2140 in the English"),
    ],
)
def test_the_uns_own_year_errors(name: str, expected: str) -> None:
    """Years the English originals of ../shared write wrong, each read in both texts."""
    chinese, english = next((c, e) for c, e in _pairs() if c.name.startswith(name))
    found = [f for f in resparse.compare(resparse.load(chinese), resparse.load(english)) if f.code == "RS513"]
    assert (
        len(found) == 1 and expected in found[0].message and found[0].message.endswith("the English is wrong")
    )


@corpus
def test_s_res_2395_aligns_with_its_english() -> None:
    chinese = resparse.load(SHARED / "corpus" / "S_RES_2395_2017.pdftext.zh.txt")
    english = resparse.load(SHARED / "corpus" / "S_RES_2395_2017.akn.en.xml")
    pairs = align(chinese, english)
    kinds = [(p.zh.kind, p.en.kind) for p in pairs if p.zh and p.en]
    assert kinds.count(("preambular", "preambular")) == 33 and kinds.count(("operative", "operative")) == 33
    assert len(kinds) == len(pairs)
    assert resparse.compare(chinese, english) == []


class _CorpusRun(NamedTuple):
    """What one pass over the corpus pairs gives the tests below: each pair read once."""

    findings: list[tuple[str, str, str | None, str]]
    aligned: int
    total: int


@pytest.fixture(scope="module")
def corpus_run() -> _CorpusRun:
    from resparse.checks.compare import compare as compare_texts

    findings = []
    aligned = total = 0
    for chinese, english in _pairs():
        zh, en = resparse.refs(resparse.load(chinese)), resparse.refs(resparse.load(english))
        for pair in align(zh.document, en.document, zh.citations, en.citations):
            sides = len(pair.ids("zh")) + len(pair.ids("en"))  # a side may be two paragraphs
            total += sides
            aligned += sides if pair.zh is not None and pair.en is not None else 0
        # as resparse.compare does, from the references already read
        findings += [(chinese.name, f.code, f.paragraph, f.message) for f in compare_texts(zh, en)]
    return _CorpusRun(findings, aligned, total)


@pytest.mark.corpus
@corpus
def test_paragraphs_align_across_the_corpus(corpus_run: _CorpusRun) -> None:
    aligned, total = corpus_run.aligned, corpus_run.total
    print(f"\n[compare] paragraphs aligned: {aligned}/{total} = {aligned / total:.2%}")
    assert aligned / total >= 0.995


#: Every finding of the exact rules on the Chinese/English pairs of ../shared, each read in both texts:
#: the UN's own translation and drafting errors.
DIFFERENCES = {
    ("S_RES_2546 (2020)", "RS513", "OP2"),  # English 2312 (2106)
    ("S_RES_2624 (2022)", "RS513", "OP14"),  # English 2140 (2140)
    ("S_RES_2610 (2021)", "RS531", "ANNEX1.96"),  # 本决议第68段 / paragraph 82 of this resolution
    ("S_RES_2653", "RS531", "OP12"),  # 本决议第6段 / paragraph 11 of this resolution
    ("75_89_", "RS531", "OP201"),  # 上文第200段 / paragraph 201 above
    ("S_RES_2657", "RS503", "OP7[1]"),  # the Chinese item lacks its label: "b 加快……"
    ("S_RES_2657", "RS503", "OP15[1]"),  # the same
    ("75_253_", "RS503", "OP9~8"),  # 9. here, 10. in the English (a section's numbering)
    ("A_RES_77_204", "RS503", "OP66"),  # the Chinese numbers the English 65 as 66
    ("A_RES_77_235", "RS503", "OP154"),  # 154. for 15.
    ("75_248_", "RS521", "PP1"),  # English 72/256 of 24 December 2107
    ("75_255_", "RS521", "H1"),  # 2021年12月31日 / 31 December 2020 (the closing date)
    ("75_65_", "RS521", "PP13"),  # 2013年12月5日 / 10 December 2013
    ("75_7_", "RS521", "PP2"),  # 2012年11月9日 / 19 November 2012 (67/7)
    ("A_RES_77_163", "RS521", "PP6"),  # 2022年12月21日第75/214号 / 21 December 2020
    ("A_RES_77_165", "RS521", "OP27"),  # COP 27: 6日至19日 / 6 to 20 November 2022
    ("A_RES_77_263", "RS521", "OP3~14"),  # 2020年10月7日第51/30号 / 7 October 2022
    ("A_RES_77_29", "RS521", "PP9"),  # 6日至18日 / 6 to 20 November 2022
    ("A_RES_77_65", "RS521", "PP1"),  # 2019年12月12日第74/45号 / 19 December 2019
    ("A_RES_75_302", "RS522", "OP48"),  # 2 884 200美元 / 2,884,300 dollars
    ("A_RES_77_223", "RS522", "OP9"),  # 1.25美元 / 2.15 United States dollars (the poverty line)
}
#: Every RS511 and RS512 on the corpus: documents cited differently, each read in both texts (a
#: document substituted is one RS511 and one RS512). A pair whose citations agree has none.
CITED_DIFFERENTLY = [
    ("S_RES_2610 (2021)", "RS511", "PP22", "S/RES/2368 (2017)"),  # the Chinese list omits it
    ("SC_2584_2021", "RS511", "OP47[15]", "S/RES/2272 (2016)"),
    ("S_RES_2642 (2022)", "RS511", "OP1", "S/RES/2585 (2021)"),  # Chinese 25853(2021)
    ("75_161_", "RS512", "FN2", "A/CONF/157/24(Part I)"),  # "/" for "."
    ("75_161_", "RS512", "FN13", "E/2020/27"),  # English E/2016/27
    ("75_209_", "RS511", "PP1", "A/RES/61/124"),  # the English writes 61/124 for 61/194
    ("75_24_", "RS512", "FN1", "A/75/279"),  # English A/75/297
    ("75_43_", "RS512", "FN3", "A/74/458"),  # English A/74/548
    ("75_41_", "RS512", "PP1", "A/RES/73/74"),  # English 73/44
    ("A_RES_77_56", "RS512", "PP1", "A/RES/73/74"),
    ("A_RES_76_189", "RS512", "FN17", "E/HLPF/2021/16"),  # English E/HLPF/2021/6
    ("A_RES_76_268", "RS512", "FN7", "JIU/REP/20011/4"),
    ("A_RES_76_290", "RS512", "OP4", "A/RES/72/250 B"),  # English 75/250 B
    ("A_RES_77_229", "RS512", "FN15", "A/76/200"),  # English A/77/220
    ("A_RES_77_263", "RS512", "PP5", "A/RES/70/248"),  # the Chinese omits the part letter A
    ("A_RES_77_263", "RS511", "PP22", "A/RES/73/279 A"),  # Chinese 73/27 9A
    ("A_RES_77_128", "RS512", "FN2", "A/77/280"),  # the English footnote is empty
    ("75_239_", "RS511", "FN27", "UNEP/CBD/COP/12/29"),  # Chinese UNEP/CB D/…
    ("75_161_", "RS511", "FN2", "A/CONF.157/24 (Part I)"),  # the twin of the RS512 above
    ("75_161_", "RS511", "FN13", "E/2016/27"),
    ("75_209_", "RS512", "PP1", "A/RES/61/194"),
    ("75_24_", "RS511", "FN1", "A/75/297"),
    ("75_41_", "RS511", "PP1", "A/RES/73/44"),
    ("75_43_", "RS511", "FN3", "A/74/548"),
    ("A_RES_76_189", "RS511", "FN17", "E/HLPF/2021/6"),
    ("A_RES_76_268", "RS511", "FN7", "JIU/REP/2011/4"),
    ("A_RES_76_290", "RS511", "OP4", "A/RES/75/250 B"),
    ("A_RES_76_290", "RS511", "OP5", "A/RES/75/250 B"),  # the same 72/250 B in OP5
    ("A_RES_76_290", "RS512", "OP5", "A/RES/72/250 B"),
    ("A_RES_77_56", "RS511", "PP1", "A/RES/73/44"),
    ("A_RES_77_229", "RS511", "FN15", "A/77/220"),
    ("A_RES_77_263", "RS511", "PP5", "A/RES/70/248 A"),
    ("A_RES_77_193", "RS511", "FN2", "A/CONF.157/24 (Part I)"),  # "/" for ".", as in 75/161
    ("A_RES_77_193", "RS512", "FN2", "A/CONF/157/24(Part I)"),
    (
        "A_RES_77_193",
        "RS512",
        "FN2",
        "A/CONF/157/24(Part I)/Corr.1",
    ),  # a Chinese corrigendum of the mistyped one
    (
        "A_RES_77_262",
        "RS511",
        "PP1",
        "A/RES/76/245",
    ),  # Chinese 75/245, dated 24 December 2021 (76/245's date)
    ("A_RES_77_262", "RS512", "PP1", "A/RES/75/245"),
    ("SC_2564_2021", "RS512", "PP22", "S/2021/79"),  # the Chinese repeats its PP20 as PP22
    ("A_RES_75_291", "RS511", "PP27", "S/RES/2532 (2020)"),  # the Chinese lacks the English PP27
    ("A_RES_75_291", "RS511", "PP27", "A/RES/74/270"),
    ("A_RES_75_291", "RS511", "OP19", "A/RES/75/267"),  # the Chinese gives the date and subject, no number
]
#: Every RS501 and RS502 on the corpus, each read in both texts: the paragraph (the Chinese one for
#: RS502, the English one for RS501) and what was seen. ``resparse`` marks the ones that are the
#: tool's, not the texts' (a structure it reads otherwise in the two languages, a gap it places one
#: paragraph off); every other one is a paragraph one text really has and the other has not, or has
#: as part of another paragraph.
UNPAIRED: list[tuple[str, str, str, str]] = [
    # counterpart EN PP22; ZH PP22 is an XML duplicate of PP20, aligner paired that dup with EN PP22
    ("SC_2564_2021", "RS502", "PP23", "resparse"),
    # counterpart EN ANNEX1.1; annex pairing positional, shifted by ZH-only '附件' title para (ZH ANNEX1)
    ("SC_2564_2021-", "RS502", "ANNEX1.2", "resparse"),
    # counterpart EN OP4[3](v) (point v.); EN v. read as child of iv., so levels differ
    ("SC_2579_2021", "RS502", "OP4㈤", "resparse"),
    # counterpart ZH OP4㈤; EN points ii.-vi. mis-ided ([1]..[4]) and v. nested under iv.
    ("SC_2579_2021", "RS501", "OP4[3](v)", "resparse"),
    # the Chinese repeats OP41[7] (youth, peace and security) as a '–' para after OP44 (XML duplicate)
    ("S_RES_2640 (2022)", "RS502", "OP44[1]", "real"),
    # the Chinese repeats OP41[8] (res 1894 protection) as a '–' para after OP44 (XML duplicate)
    ("S_RES_2640 (2022)", "RS502", "OP44[2]", "real"),
    # the Chinese repeats OP42 ('42. 最强烈地谴责…') as a '–' para after OP44 (XML duplicate)
    ("S_RES_2640 (2022)", "RS502", "OP44[3]", "real"),
    ("S_RES_2640 (2022)", "RS502", "OP43~2", "real"),  # the Chinese repeats OP43 (XML duplicate)
    ("S_RES_2640 (2022)", "RS502", "OP44~2", "real"),  # the Chinese repeats OP44 (XML duplicate)
    ("S_RES_2640 (2022)", "RS502", "OP42~2", "real"),  # the Chinese repeats OP42 (XML duplicate)
    # the Chinese repeats OP43 a second time (XML duplicate)
    ("S_RES_2640 (2022)", "RS502", "OP43~3", "real"),
    # the Chinese repeats OP44 a second time (XML duplicate)
    ("S_RES_2640 (2022)", "RS502", "OP44~3", "real"),
    # EN dash 'to support the establishment … plan for the redeployment of the … MDSF' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP26(a)(iii)[3]", "real"),
    # counterpart ZH OP26(a)㈢[2] (coherence of intl efforts); dashes paired by position, ZH lacks EN [1],[3]
    ("S_RES_2640 (2022)", "RS501", "OP26(a)(iii)[4]", "resparse"),
    # counterpart ZH OP26(c)㈡[4] (mitigate risk to civilians); dashes paired by position
    ("S_RES_2640 (2022)", "RS501", "OP26(c)(ii)[8]", "resparse"),
    # EN dash 'to prevent the return of active armed elements to key population centres' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP26(c)(ii)[9]", "real"),
    # counterpart ZH OP26(c)㈡[5] (XML puts '㈢…' as a '–' point under ㈡); paired to EN (ii)[7]
    ("S_RES_2640 (2022)", "RS501", "OP26(c)(iii)", "resparse"),
    # EN dash 'to implement peacekeeping performance requirements under res 2378/2436' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP41[1]", "real"),
    # EN dash 'to take active … measures to improve … safety and security facilities' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP41[7]", "real"),
    # counterpart ZH OP41[4] (长期轮换计划); ZH has 8 of 16 EN dashes, paired by position
    ("S_RES_2640 (2022)", "RS501", "OP41[8]", "resparse"),
    # EN dash 'to strengthen … mission-wide early warning and response' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP41[9]", "real"),
    # counterpart ZH OP41[5] (假情报和错误信息); ZH has 8 of 16 EN dashes, paired by position
    ("S_RES_2640 (2022)", "RS501", "OP41[10]", "resparse"),
    # EN dash 'to strengthen its SGBV prevention … in line with res 2467 (2019)' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP41[11]", "real"),
    # EN dash 'to take fully into account child protection as a cross-cutting issue' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP41[13]", "real"),
    # EN dash 'to implement the UN zero-tolerance policy on serious misconduct, SEA…' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP41[15]", "real"),
    # EN dash 'recommendations on the necessary conditions for MINUSMA to continue operating' absent in ZH
    ("S_RES_2640 (2022)", "RS501", "OP58[3]", "real"),
    # counterpart ZH OP58[2] (未来配置…备选方案); ZH lacks EN [1],[3], dashes paired by position
    ("S_RES_2640 (2022)", "RS501", "OP58[4]", "resparse"),
    (
        "S_RES_2640 (2022)",
        "RS502",
        "OP59~2",
        "real",
    ),  # the Chinese repeats OP59 '决定继续积极处理此案' (XML duplicate)
    # counterpart EN ANNEX1.1 (SAM item); ZH splits title '附件A'/'须经…' in 2 headings, positional shift
    ("S_RES_2662-", "RS502", "ANNEX1.2", "resparse"),
    # counterpart EN ANNEX1.22 (subheading 'Explosive materials…'); ZH splits '附件C' title in 2, shift
    ("S_RES_2662-", "RS502", "ANNEX1.25", "resparse"),
    # the Chinese repeats PP11 verbatim as PP13 (XML duplicate); EN has no extra PP
    ("75_205_", "RS502", "PP13", "real"),
    # = EN FN15 (Vice-Presidents note); featureless notes, order-only NW put the gap on FN15 not FN16
    ("75_212_", "RS502", "FN15", "resparse"),
    # English XML has no note 17 (rule 61 heading lacks its authorialNote; EN notes end at 15)
    ("75_212_", "RS502", "FN17", "real"),
    # English XML has no note 18 (rule 62 heading lacks its authorialNote)
    ("75_212_", "RS502", "FN18", "real"),
    # English XML has no note 19 (rule 65 heading lacks its authorialNote)
    ("75_212_", "RS502", "FN19", "real"),
    # English PP2 'Recalling Security Council resolution 1769 (2007)…' absent in Chinese
    ("75_251_B_", "RS501", "PP2", "real"),
    # English PP2 'Recalling Security Council resolution 425 (1978)…' absent in Chinese
    ("A_RES_75_250 B", "RS501", "PP2", "real"),
    # English PP3 'Recalling Security Council resolution 1769 (2007)…' absent in Chinese
    ("A_RES_75_251 C", "RS501", "PP3", "real"),
    # EN title 'Transitional Arrangements' is own para; ZH runs it into '第1条 过渡安排' (ZH ANNEX1.7)
    ("A_RES_75_257 B", "RS501", "ANNEX1.8", "real"),
    # EN title 'Residual Functions' is own para; ZH runs it into '第2条 余留职能' (ZH ANNEX1.9)
    ("A_RES_75_257 B", "RS501", "ANNEX1.11", "real"),
    # EN 'Archives' is in ZH ANNEX1.16 '第3条 档案' (article no. and title one paragraph)
    ("A_RES_75_257 B", "RS501", "ANNEX1.19", "real"),
    # EN 'Approval' is in ZH ANNEX1.20 '第4条 核准' (article no. and title one paragraph)
    ("A_RES_75_257 B", "RS501", "ANNEX1.24", "real"),
    # counterpart ZH ANNEX1.22 '第5条 …'; mispaired to EN 1.26 since ZH merges EN 1.25+1.26 in one para
    ("A_RES_75_257 B", "RS501", "ANNEX1.27", "resparse"),
    # EN title 'Application within Cambodia' own para; ZH runs it into '第5条 在柬埔寨境内适用'
    ("A_RES_75_257 B", "RS501", "ANNEX1.28", "real"),
    # EN title 'Entry into force' is own para; ZH runs it into '第6条 生效' (ZH ANNEX1.24)
    ("A_RES_75_257 B", "RS501", "ANNEX1.31", "real"),
    # English PP3 'Having considered…Security Council resolution 2580 (2021)' absent in Chinese
    ("A_RES_75_286", "RS501", "PP3", "real"),
    # English OP7 'Recalls…global ceasefire…2532 (2020)…flow of arms' absent; Chinese goes 6→8
    ("A_RES_75_287", "RS501", "OP7", "real"),
    # PP33 = zh PP32 (克赖斯特彻奇); real gap is EN PP27 'Recalling…2532 (2020)', placed 6 PPs late
    ("A_RES_75_291", "RS501", "PP33", "resparse"),
    # counterpart EN ANNEX1.371 (GS cell); real extra is ZH '—' cell ANNEX1.365 in dept row, gap misplaced
    ("A_RES_75_293-", "RS502", "ANNEX1.372", "resparse"),
    # English PP2 'Recalling Security Council resolution 2149 (2014)…' absent in Chinese
    ("A_RES_75_298", "RS501", "PP2", "real"),
    # English PP2 'Recalling Security Council resolution 186 (1964)…' absent in Chinese
    ("A_RES_75_299", "RS501", "PP2", "real"),
    # English PP2 'Recalling Security Council resolution 1925 (2010)…' absent in Chinese
    ("A_RES_75_300", "RS501", "PP2", "real"),
    # English PP2 'Recalling Security Council resolution 1244 (1999)…' absent in Chinese
    ("A_RES_75_301", "RS501", "PP2", "real"),
    # English PP2 'Recalling Security Council resolution 2100 (2013)…' absent in Chinese
    ("A_RES_75_302", "RS501", "PP2", "real"),
    # English PP2 'Recalling Security Council resolution 350 (1974)…' absent in Chinese
    ("A_RES_75_303", "RS501", "PP2", "real"),
    # English PP2 'Recalling Security Council resolution 1996 (2011)…' absent in Chinese
    ("A_RES_75_304", "RS501", "PP2", "real"),
    # English PP2 'Recalling Security Council resolution 690 (1991)…' absent in Chinese
    ("A_RES_75_305", "RS501", "PP2", "real"),
    # zh section title over 40 characters read as an unnumbered paragraph; EN has it in its X+title heading
    ("A_RES_76_246-2119713", "RS502", "OPu3", "resparse"),
    # = ZH H38 'a 自预算外资金' read as heading; heading NW paired it with EN H40 instead
    ("A_RES_76_246-2119713", "RS501", "OP27[3]", "resparse"),
    # EN table annex writes 'C. Office of Investment Management' as subheading and again as a line; ZH once
    ("A_RES_76_246-2119713", "RS501", "H41", "real"),
    # EN table annex writes 'D. Office of Internal Oversight Services' as subheading and again as a line; ZH
    # once
    ("A_RES_76_246-2119713", "RS501", "H42", "real"),
    # English FN8 (WHO 'Strategy to achieve global COVID-19 vaccination') absent; zh markers 7→9
    ("A_RES_76_258", "RS501", "FN8", "real"),
    # zh FN1 '第63/1号决议' absent in English (English markers start at 2)
    ("A_RES_76_297", "RS502", "FN1", "real"),
    # zh OPu1 is section II title = EN H4 'Implementation of the 1995 Agreement…'
    ("A_RES_76_71-", "RS502", "OPu1", "resparse"),
    # zh FN4 '第69/283号决议，附件二' (Sendai) absent in English (3 notes only)
    ("A_RES_77_1-", "RS502", "FN4", "real"),
    # EN title 'Scope of application' own para; ZH runs it into '第3条 适用范围' (ZH ANNEX1.27)
    ("A_RES_77_100-", "RS501", "ANNEX1.28", "real"),
    # Chinese XML splits OP14 mid-sentence: '执行情况…提出报告。' is OP14's tail, not a paragraph
    ("A_RES_77_134", "RS502", "OP14[1]", "real"),
    # = EN FN12 'See GC.18/INF/4' (markers 11/12 swapped); EN FN12 went to ZH FN13 instead
    ("A_RES_77_180", "RS502", "FN11", "resparse"),
    # = ZH FN13 '见GC.18/INF/4' (EN 'Ibid.'); ZH FN13 taken by EN FN12 as same document
    ("A_RES_77_180", "RS501", "FN13", "resparse"),
    # = EN B.PP7[1] (both XMLs repeat heading A as a para); parent OP5~2 vs PP7: keys never match
    ("A_RES_77_256 A-B", "RS502", "B.OP5~2[1]", "resparse"),
    # counterpart ZH B.OP5~2[1] '基薪/底薪表' (para_59); EN XML puts para_59 after PP7, ids differ
    ("A_RES_77_256 A-B", "RS501", "B.PP7[1]", "resparse"),
    # zh FN1 '第63/1号决议' absent in English (English markers start at 2)
    ("A_RES_77_270", "RS502", "FN1", "real"),
    # counterpart zh FN1 (哈萨克斯坦…): notes swap order in Chinese; zh FN1+FN2 merged onto EN FN1
    ("A_RES_77_70-", "RS501", "FN2", "resparse"),
]
_EXACT = {"RS503", "RS513", "RS514", "RS521", "RS522", "RS531"}


@pytest.fixture(scope="module")
def corpus_findings(corpus_run: _CorpusRun) -> list[tuple[str, str, str | None, str]]:
    return corpus_run.findings


def _named(name: str, prefix: str) -> bool:
    return name.startswith(prefix)


@pytest.mark.corpus
@corpus
def test_the_exact_rules_report_the_uns_own_differences(corpus_findings) -> None:
    """RS503, RS513, RS514, RS521, RS522 and RS531 on the whole corpus: each finding is in the table
    above (read in both texts), and each row of the table is found."""
    reported = {(name, code, pid) for name, code, pid, _ in corpus_findings if code in _EXACT}
    unexpected = [r for r in reported if not any(_named(r[0], d[0]) and r[1:] == d[1:] for d in DIFFERENCES)]
    missed = [d for d in DIFFERENCES if not any(_named(r[0], d[0]) and r[1:] == d[1:] for r in reported)]
    assert (unexpected, missed) == ([], [])


@pytest.mark.corpus
@corpus
def test_each_citation_finding_is_a_document_cited_differently(corpus_findings) -> None:
    """RS511 and RS512 on the whole corpus: each finding is in the table above (read in both texts),
    and each row of the table is found."""
    reported = [(name, code, pid, message) for name, code, pid, message in corpus_findings]
    missed = [
        row
        for row in CITED_DIFFERENTLY
        if not any(
            _named(name, row[0]) and (code, pid) == row[1:3] and message.startswith(row[3] + " ")
            for name, code, pid, message in reported
        )
    ]
    unexpected = [
        (name, code, pid, message)
        for name, code, pid, message in reported
        if code in ("RS511", "RS512")
        and not any(
            _named(name, row[0]) and (code, pid) == row[1:3] and message.startswith(row[3] + " ")
            for row in CITED_DIFFERENTLY
        )
    ]
    citations = sum(1 for _, code, _, _ in corpus_findings if code in ("RS511", "RS512"))
    print(f"\n[compare] RS511/RS512 on the corpus: {citations}, each read in both texts")
    assert (missed, unexpected) == ([], [])


@pytest.mark.corpus
@corpus
def test_each_unpaired_paragraph_is_one_the_other_text_lacks(corpus_findings) -> None:
    """RS501 and RS502 on the whole corpus: each finding is in the table above (read in both texts),
    and each row that is the texts' is found (resparse's own may go as resparse gets better)."""
    reported = [
        (name, code, _paragraph_of(code, pid, message))
        for name, code, pid, message in corpus_findings
        if code in ("RS501", "RS502")
    ]
    unexpected = [r for r in reported if not any(_named(r[0], d[0]) and r[1:] == d[1:3] for d in UNPAIRED)]
    missed = [
        d
        for d in UNPAIRED
        if d[3] == "real" and not any(_named(r[0], d[0]) and r[1:] == d[1:3] for r in reported)
    ]
    gone = [
        d
        for d in UNPAIRED
        if d[3] == "resparse" and not any(_named(r[0], d[0]) and r[1:] == d[1:3] for r in reported)
    ]
    theirs = sum(1 for row in UNPAIRED if row[3] == "resparse") - len(gone)
    print(
        f"\n[compare] RS501/RS502 on the corpus: {len(reported)}, each read in both texts "
        f"({len(reported) - theirs} the texts', {theirs} resparse's; rows of resparse's no longer "
        f"found: {len(gone)})"
    )
    assert (unexpected, missed) == ([], [])


@pytest.mark.corpus
@corpus
@pytest.mark.parametrize(
    "name",
    [
        "75_191_",  # two notes whose markers the Chinese sets the other way round
        "A_RES_76_178",
        "75_104_",  # "the adoption by the Economic Commission … of its resolution 574 (XXVII)"
        "75_223_",  # "by the General Assembly of the World Tourism Organization …, by its resolution"
        "A_RES_77_106",  # "…, the annex to which contains …, and 62/68"; SR.11–13 against SR.11-13
        "A_RES_76_214",  # "concerning culture and development, 66/288 …, entitled “…”, and 68/223"
        "A_RES_77_326",  # ", in which it proclaimed … “Water for Sustainable Development”, 72/73"
        "A_RES_77_77",  # "5 December 2016 73/66": the comma left out
        "A_RES_76_208",  # "the United Nations Environment Assembly …, as reflected in its resolutions"
        "A_RES_77_245",  # "by the Council in its decisions 1993/215"
        "A_RES_77_238",  # 麻醉药品委员会…关于…，…的第65/2号决议
    ],
)
def test_pairs_whose_citations_agree_have_no_citation_finding(name: str) -> None:
    chinese, english = next((c, e) for c, e in _pairs() if c.name.startswith(name))
    found = resparse.compare(resparse.load(chinese), resparse.load(english))
    assert [(f.code, f.paragraph, f.message) for f in found if f.code in ("RS511", "RS512")] == []


#: One change of the Chinese, and the finding it calls for.
_MUTATIONS = {
    "citation": "RS511",
    "year": "RS513",
    "swap": "RS514",
    "paragraph": "RS501",
    "number": "RS503",
    "date": "RS521",
}


def _edit(lines: list[str], span, new: str) -> None:
    """Replace the text of ``span`` (on one line) in ``lines``."""
    line = lines[span.start.line - 1]
    lines[span.start.line - 1] = line[: span.start.column - 1] + new + line[span.end.column - 1 :]


def _written(lines: list[str], span) -> str:
    return lines[span.start.line - 1][span.start.column - 1 : span.end.column - 1]


def _mutated(text: str, english, kind: str, rng: random.Random) -> str | None:
    """``text`` with one change of ``kind``, made where the English says the same thing (so that the
    change is the only difference), or ``None`` where the pair offers no such place."""
    from resparse.checks.compare import align
    from resparse.grammar.dates import chinese_dates, english_dates

    zh = resparse.refs(resparse.parse_text(text))
    lines = text.split("\n")
    pairs = [
        p for p in align(zh.document, english.document, zh.citations, english.citations) if p.zh and p.en
    ]
    en_of = {p.zh.id: p.en for p in pairs}
    symbols_en: dict[str, list] = {}
    for c in english.citations:
        symbols_en.setdefault(c.paragraph, []).append(c)
    one_line = [c for c in zh.citations if c.span.start.line == c.span.end.line and c.paragraph in en_of]

    def english_cites(c) -> list:
        return [e for e in symbols_en.get(en_of[c.paragraph].id, []) if e.symbol == c.symbol]

    if kind == "citation":
        # a resolution cited once in its paragraph, alone in its group, and once in the English
        groups = Counter(c.group for c in zh.citations)
        same = Counter((c.paragraph, c.symbol) for c in zh.citations)
        cited = [
            c
            for c in one_line
            if c.symbol
            and c.form == "resolution"
            and groups[c.group] == 1
            and same[c.paragraph, c.symbol] == 1
            and len(english_cites(c)) == 1
        ]
        if not cited:
            return None
        _edit(lines, rng.choice(cited).span, "")
    elif kind == "year":
        cited = [c for c in one_line if c.written_year and c.form == "resolution" and english_cites(c)]
        if not cited:
            return None
        span = rng.choice(cited).span
        written = _written(lines, span)
        year = re.search(r"\d{4}(?=\D*$)", written)
        if year is None:
            return None
        _edit(lines, span, written[: year.start()] + str(int(year[0]) - 3) + written[year.end() :])
    elif kind == "swap":
        by_group: dict[int, list] = {}
        for c in one_line:
            by_group.setdefault(c.group, []).append(c)
        swappable = []
        for group in by_group.values():
            if len(group) < 2 or group[0].span.start.line != group[1].span.start.line:
                continue
            a, b = group[0], group[1]
            if a.symbol and b.symbol and a.symbol != b.symbol and english_cites(a) and english_cites(b):
                swappable.append((a, b))
        if not swappable:
            return None
        a, b = rng.choice(swappable)
        first, second = _written(lines, a.span), _written(lines, b.span)
        _edit(lines, b.span, first)  # the later one first: the earlier span stays where it is
        _edit(lines, a.span, second)
    elif kind == "paragraph":
        pps = [p for p in zh.document.paragraphs if p.kind == "preambular" and p.id in en_of]
        if len(pps) < 3:
            return None
        victim = rng.choice(pps[1:-1]).span
        del lines[victim.start.line - 1 : victim.end.line]
    elif kind == "number":
        ops = [p for p in zh.document.paragraphs if p.kind == "operative" and p.number and p.id in en_of]
        if len(ops) < 3:
            return None
        op = rng.choice(ops[1:-1])
        line = lines[op.span.start.line - 1]
        if not line.startswith(f"{op.number}."):
            return None
        lines[op.span.start.line - 1] = f"{int(op.number) + 1}" + line[len(op.number) :]
    else:  # a date one day later, where the English writes the same day
        import datetime

        dated = []
        for p in zh.document.paragraphs:
            if p.id in en_of:
                theirs = {d.iso for d in english_dates(en_of[p.id].text)}
                dated += [(p, d) for d in chinese_dates(p.text) if d.iso in theirs]
        dated = [(p, d) for p, d in dated if "至" not in p.text[d.start : d.end]]
        if not dated:
            return None
        p, d = rng.choice(dated)
        span = zh.document.span_of(p.offset + d.start, p.offset + d.end)
        if span.start.line != span.end.line:
            return None
        theirs = {e.iso for e in english_dates(en_of[p.id].text)}
        day = datetime.date.fromisoformat(d.iso) + datetime.timedelta(days=1)
        while day.isoformat() in theirs:  # a day the English does not name in that paragraph
            day += datetime.timedelta(days=1)
        _edit(lines, span, f"{day.year}年{day.month}月{day.day}日")
    return "\n".join(lines)


@pytest.mark.corpus
@corpus
def test_injected_differences_are_found() -> None:
    """200 pairs of the corpus (SC and GA), one change each in the Chinese (rendered one paragraph per
    line), the kinds taken in turn: the findings gained are that change's code and no other."""
    rng = random.Random(2395)
    sample = rng.sample(_pairs(), len(_pairs()))
    kinds = sorted(_MUTATIONS)
    tried: Counter[str] = Counter()
    found: Counter[str] = Counter()
    misses = []
    for chinese, english in sample:
        kind = kinds[sum(tried.values()) % len(kinds)]
        text = render_lines(chinese)
        en = resparse.refs(resparse.load(english))
        changed = _mutated(text, en, kind, rng)
        if changed is None:
            continue
        before = Counter(f.code for f in resparse.compare(resparse.parse_text(text), en.document))
        after = Counter(f.code for f in resparse.compare(resparse.parse_text(changed), en.document))
        gained = after - before
        tried[kind] += 1
        if set(gained) == {_MUTATIONS[kind]} and not before - after:
            found[kind] += 1
        else:
            misses.append(f"{chinese.name} ({kind}): gained {dict(gained)}, lost {dict(before - after)}")
        if sum(tried.values()) == 200:
            break
    for kind in kinds:
        print(
            f"\n[compare] {kind} changes found with {_MUTATIONS[kind]} alone: {found[kind]}/{tried[kind]}",
            end="",
        )
    print(f"\n[compare] all: {sum(found.values())}/{sum(tried.values())}")
    for miss in misses:
        print("  miss:", miss)
    assert sum(tried.values()) == 200 and sum(found.values()) / 200 >= 0.99


@corpus
def test_findings_on_a_pdf_carry_their_page_and_place(tmp_path) -> None:
    """The Chinese PDF itself against an English whose year was changed: the finding names the page
    and the rectangle of the citation on it, as check's do."""
    english = (SHARED / "corpus" / "S_RES_2395_2017.akn.en.xml").read_text(encoding="utf-8")
    changed = tmp_path / "en.xml"
    changed.write_text(english.replace("2178 (2014)", "2178 (2013)", 1), encoding="utf-8")
    pdf = Path(__file__).parent / "data" / "pdf" / "S_RES_2395_2017.pdf"
    found = [f for f in resparse.compare(resparse.load(pdf), resparse.load(changed)) if f.code == "RS513"]
    assert len(found) == 1 and found[0].page is not None and found[0].rect is not None


def _year_report(terminal: bool):
    from resparse.model import Findings
    from resparse.render import Report, View

    zh, en = ZH, EN.replace("2312 (2016)", "2312 (2106)")
    found = resparse.compare(resparse.parse_text(zh, "zh.txt"), resparse.parse_text(en, "en.txt"))
    return Report(
        [Findings("zh.txt", tuple(found))], View(terminal=terminal), 1, [], {"zh.txt": zh.split("\n")}
    )


def test_a_finding_names_its_counterpart_in_json_and_sarif() -> None:
    import json

    from resparse.render.findings import as_json, as_sarif

    record = json.loads("".join(as_json(_year_report(False))))
    (finding,) = record
    there = finding["counterpart"]
    assert (there["file"], there["line"], there["column"]) == ("en.txt", 3, 28)
    assert "2312 (2106)" in there["excerpt"]
    sarif = json.loads(as_sarif(_year_report(False)))
    (related,) = sarif["runs"][0]["results"][0]["relatedLocations"]
    assert (
        related["physicalLocation"]["region"]["startLine"] == 3
        and "2312 (2106)" in related["message"]["text"]
    )


@pytest.mark.parametrize("columns", ["140", "80"])
def test_the_terminal_shows_both_texts(monkeypatch, columns: str) -> None:
    """Side by side on a wide terminal, one above the other on a narrow one: the words of both."""
    from resparse.render.findings import as_text

    monkeypatch.setenv("COLUMNS", columns)
    shown = "".join(as_text(_year_report(True)))
    assert "2312(2016)" in shown and "2312 (2106)" in shown and "en.txt:3:28" in shown
