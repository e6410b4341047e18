"""``resparse compare``: the Chinese against the English original, on fixtures and on ../shared."""

from __future__ import annotations

import random
import re

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


def _codes(zh: str, en: str) -> list[tuple[str, str | None]]:
    found = resparse.compare(resparse.parse_text(zh, "zh.txt"), resparse.parse_text(en, "en.txt"))
    return [(f.code, f.paragraph) for f in found]


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
    assert _codes(zh, en) == codes or [code for code, _ in _codes(zh, en)] == [code for code, _ in codes]


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
        ("S_RES_2511 (2020)", "resolution 2140: 2014 here, 2015 in the English"),
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


@pytest.mark.corpus
@corpus
def test_paragraphs_align_across_the_corpus() -> None:
    aligned = total = 0
    for chinese, english in _pairs():
        zh, en = resparse.refs(resparse.load(chinese)), resparse.refs(resparse.load(english))
        for pair in align(zh.document, en.document, zh.citations, en.citations):
            total += (pair.zh is not None) + (pair.en is not None)
            aligned += 2 * (pair.zh is not None and pair.en is not None)
    print(f"\n[compare] paragraphs aligned: {aligned}/{total} = {aligned / total:.2%}")
    assert aligned / total >= 0.99


_MUTATIONS = {"year": "RS513", "paragraph": "RS501"}


def _mutated(text: str, kind: str) -> str | None:
    """``text`` with one change of ``kind``: a cited resolution's year, or a preambular paragraph gone."""
    document = resparse.parse_text(text)
    lines = text.split("\n")
    if kind == "year":
        cited = [c for c in resparse.refs(document).citations if c.written_year and c.form == "resolution"]
        if not cited:
            return None
        span = cited[len(cited) // 2].span
        line = lines[span.start.line - 1]
        written = line[span.start.column - 1 : span.end.column - 1]
        year = re.search(r"\d{4}(?=\D*$)", written)
        if year is None:
            return None
        changed = written[: year.start()] + str(int(year[0]) - 3) + written[year.end() :]
        lines[span.start.line - 1] = line[: span.start.column - 1] + changed + line[span.end.column - 1 :]
        return "\n".join(lines)
    pps = [p for p in document.paragraphs if p.kind == "preambular"]
    if len(pps) < 3:
        return None
    victim = pps[len(pps) // 2].span.start.line - 1
    return "\n".join(lines[:victim] + lines[victim + 1 :])


@pytest.mark.corpus
@corpus
@pytest.mark.parametrize("kind", sorted(_MUTATIONS))
def test_injected_differences_are_found(kind: str) -> None:
    """A sample of SC pairs, one change each in the Chinese (rendered one paragraph per line): the
    findings gained are exactly the one that change calls for."""
    from collections import Counter

    rng = random.Random(2395)
    code = _MUTATIONS[kind]
    tried = found = 0
    misses = []
    for chinese, english in rng.sample([p for p in _pairs() if p[0].name.startswith("S_")], 60):
        text = render_lines(chinese)
        changed = _mutated(text, kind)
        if changed is None:
            continue
        en = resparse.load(english)
        before = Counter(f.code for f in resparse.compare(resparse.parse_text(text), en))
        after = Counter(f.code for f in resparse.compare(resparse.parse_text(changed), en))
        gained = after - before
        tried += 1
        if gained == Counter([code]):
            found += 1
        else:
            misses.append(f"{chinese.name}: gained {dict(gained)}, lost {dict(before - after)}")
    print(f"\n[compare] {kind} changes found with {code} alone: {found}/{tried}")
    for miss in misses:
        print("  miss:", miss)
    assert tried >= 30 and found / tried >= 0.9
