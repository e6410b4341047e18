"""The UN's own Akoma Ntoso XML read directly: structure from the markup, links, hostile files."""

from __future__ import annotations

from functools import cache

import pytest

import resparse
from resparse.citations.resolve import same_document, symbol_of_url
from resparse.errors import InputError
from resparse.readers.akn import AKN_NS
from tests.support import outline, wrong_points
from tests.unxml import UNXML_DIR, UNXML_GA_DIR, chinese_files, ga_chinese_files, truth

needs_corpus = pytest.mark.skipif(not UNXML_DIR.is_dir(), reason="../shared/corpus/unxml not available")


@cache
def corpus_results():
    structure_misses, point_misses, links, found, link_misses = [], [], 0, 0, []
    for path in chinese_files():
        expected = truth(path)
        document = resparse.parse(path)
        preamble, numbers, points = outline(document)
        if (preamble, numbers) != (expected.preamble_count, expected.operative_numbers):
            structure_misses.append(path.name)
        if wrong_points(points, expected.points):
            point_misses.append(path.name)
        cited = resparse.refs(document)
        for link in document.links:
            target = symbol_of_url(link.url)
            if not target or not target.upper().startswith(("S/RES/", "A/RES/")):
                continue
            links += 1
            if any(
                same_document(c.symbol, target) and c.paragraph == link.paragraph for c in cited.citations
            ):
                found += 1
            else:
                link_misses.append(f"{path.name}: {target} in {link.paragraph}")
    return structure_misses, point_misses, links, found, link_misses


@pytest.mark.corpus
@needs_corpus
def test_structure_equals_the_markup_for_every_file() -> None:
    structure_misses, point_misses, links, found, link_misses = corpus_results()
    total = len(chinese_files())
    print(
        f"\n[akn] {total} files: structure {1 - len(structure_misses) / total:.1%}, "
        f"sub-paragraphs {1 - len(point_misses) / total:.1%}, S/RES and A/RES links found {found}/{links} "
        f"= {found / links:.2%}"
    )
    for miss in structure_misses + point_misses + link_misses:
        print("  miss:", miss)
    assert structure_misses == []
    assert point_misses == []
    assert found / links >= 0.995


@pytest.mark.corpus
@pytest.mark.skipif(not UNXML_GA_DIR.is_dir(), reason="../shared/corpus/unxml-ga not available")
def test_general_assembly_xml_read_as_the_text_shows() -> None:
    """The Assembly's XML, parts (``<documentCollection>``), sections and slips of its markup included."""
    files = ga_chinese_files()
    structure_misses, point_misses = [], []
    for path in files:
        expected = truth(path)
        document = resparse.parse(path)
        resparse.check(resparse.refs(document))  # and no internal error on the way
        preamble, numbers, points = outline(document)
        if (preamble, numbers) != (expected.preamble_count, expected.operative_numbers):
            structure_misses.append(path.name)
        if wrong_points(points, expected.points):
            point_misses.append(path.name)
    total = len(files)
    print(
        f"\n[akn GA] {total} files: structure {1 - len(structure_misses) / total:.2%}, "
        f"sub-paragraphs {1 - len(point_misses) / total:.2%}"
    )
    for miss in structure_misses + point_misses:
        print("  miss:", miss)
    assert len(structure_misses) <= 0.005 * total and len(point_misses) <= 0.005 * total


@needs_corpus
def test_links_attach_to_their_citations_and_spans_are_paragraphs() -> None:
    path = next(p for p in chinese_files() if "2561" in p.name)
    document = resparse.parse(path)
    assert document.format == "akn" and document.symbol == "S/RES/2561 (2021)"
    cited = resparse.refs(document)
    linked = [c for c in cited.citations if c.link]
    assert linked and all(same_document(symbol_of_url(c.link.url), c.symbol) for c in linked)
    assert cited.unmatched_links == ()
    pp4 = document.paragraph("PP4")
    line = document.text.split("\n")[pp4.span.start.line - 1]
    assert line.startswith("敦促双方") and document.source_lines[pp4.span.start.line - 1] > 40


HOSTILE = {
    "malformed": (b"<akomaNtoso><statement>", "malformed"),
    "not-akn": (b'<?xml version="1.0"?><html><body><p>x</p></body></html>', "not Akoma Ntoso"),
    "billion-laughs": (
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><akomaNtoso>&c;</akomaNtoso>',
        "declares entities",
    ),
    "xxe": (
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><akomaNtoso>&x;</akomaNtoso>',
        "declares entities",
    ),
    "external-dtd": (
        b'<?xml version="1.0"?><!DOCTYPE akomaNtoso SYSTEM "http://example.org/evil.dtd"><akomaNtoso/>',
        "without a document element",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_and_broken_xml(tmp_path, case: str) -> None:
    data, message = HOSTILE[case]
    path = tmp_path / "bad.xml"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        resparse.parse(path)


COLLECTION = f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="{AKN_NS}"><documentCollection name="resolution">
<preface><p><docNumber>A/RES/99/1 A-B</docNumber></p></preface>
<collectionBody><component><documentRef/></component></collectionBody></documentCollection>
<components>
<component><statement name="resolution">
<preface><p><docNumber>A</docNumber></p><p>甲</p></preface>
<preamble><formula><p>大会，</p></formula><container><p>回顾其第98/1号决议，</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>决定继续审议；</p></content></paragraph></mainBody>
<conclusions><p>第49次全体会议</p></conclusions></statement></component>
<component><statement name="resolution">
<preface><p><docNumber>B</docNumber></p></preface>
<preamble><formula><p>大会，</p></formula></preamble>
<mainBody><paragraph><num>1.</num><content><p>请秘书长提交报告。</p></content></paragraph></mainBody>
</statement></component></components></akomaNtoso>"""


def test_parts_of_a_collection_own_their_letter_and_closing_lines(tmp_path) -> None:
    path = tmp_path / "parts.xml"
    path.write_text(COLLECTION, encoding="utf-8")
    document = resparse.parse(path)
    ids = [(p.id, p.kind, p.text) for p in document.paragraphs]
    assert ids == [
        ("A.H1", "heading", "A"),
        ("A.H2", "heading", "甲"),
        ("A.PP1", "preambular", "回顾其第98/1号决议，"),
        ("A.OP1", "operative", "决定继续审议；"),
        ("A.H3", "heading", "第49次全体会议"),  # the meeting line closes part A, as in plain text
        ("B.H1", "heading", "B"),
        ("B.OP1", "operative", "请秘书长提交报告。"),
    ]
    assert [part.letter for part in document.parts] == ["A", "B"]


@pytest.mark.parametrize(
    ("cross_heading", "kind"),
    [
        ("一般性活动", {"heading"}),
        ("报告：", {"heading"}),  # a title may end in a colon
        ("Mandate and reporting", {"heading"}),
        ("审议了秘书长的报告，", {"preambular"}),  # a section's own preamble
        # a paragraph of the body, as the text would read it: no title ends in "；"
        ("注意到行政首长协调理事会的意见；", {"operative", "subparagraph"}),
    ],
)
def test_a_cross_heading_is_read_by_how_it_ends(tmp_path, cross_heading: str, kind: set[str]) -> None:
    """The UN's Chinese XML marks some paragraphs of a section as ``crossHeading``s."""
    path = tmp_path / "cross.xml"
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="{AKN_NS}"><statement name="resolution">
<preamble><formula><p>大会，</p></formula><container><p>回顾其第98/1号决议，</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>决定继续审议。</p></content></paragraph>
<crossHeading>{cross_heading}</crossHeading>
<paragraph><num>2.</num><content><p>请秘书长提交报告。</p></content></paragraph></mainBody>
</statement></akomaNtoso>""",
        encoding="utf-8",
    )
    paragraphs = resparse.parse(path).paragraphs
    (read,) = [p.kind for p in paragraphs if p.text == cross_heading]
    assert read in kind


def test_an_items_own_title_is_a_heading_before_it(tmp_path) -> None:
    """The English files put an item's title inside its ``<point>`` (``Asset Freeze`` above ``(a)``),
    where the Chinese writes a paragraph of its own: a heading in both, and no word lost."""
    path = tmp_path / "titled.xml"
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="{AKN_NS}"><statement name="resolution">
<preamble><formula><p>The Security Council,</p></formula><container><p>Recalling its resolutions,</p></container>
</preamble><mainBody><paragraph><num>1.</num><list><intro><p>Decides that all States shall:</p></intro>
<point><subheading>Asset Freeze</subheading><num>(a)</num><content><p>Freeze the funds;</p></content></point>
<point><subheading>Travel Ban</subheading><num>(b)</num><content><p>Prevent the entry;</p></content></point>
</list></paragraph></mainBody></statement></akomaNtoso>""",
        encoding="utf-8",
    )
    paragraphs = [(p.id, p.kind, p.text) for p in resparse.parse(path).paragraphs]
    assert paragraphs[1:] == [
        ("OP1", "operative", "Decides that all States shall:"),
        ("H1", "heading", "Asset Freeze"),
        ("OP1(a)", "subparagraph", "Freeze the funds;"),
        ("H2", "heading", "Travel Ban"),
        ("OP1(b)", "subparagraph", "Prevent the entry;"),
    ]


def test_the_words_around_a_list_are_paragraphs_too(tmp_path) -> None:
    """An ``<alinea>`` after a list, an item the markup puts after it outside the list, and a
    sublist's own ``<intro>``: each is a paragraph, as the Chinese writes it, and no word is lost."""
    path = tmp_path / "alinea.xml"
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="{AKN_NS}"><statement name="resolution">
<preamble><formula><p>The Security Council,</p></formula><container><p>Recalling its resolutions,</p></container>
</preamble><mainBody><paragraph><num>1.</num><list><intro><p>Requests:</p></intro>
<point><num>(a)</num><content><p>a report;</p></content></point>
<point><num>(b)</num><content><p>an update;</p></content></point>
<sublist><intro><p>Stabilisation</p></intro>
<point><num>(i)</num><content><p>coordination;</p></content></point></sublist>
</list><alinea><content><p>and urges the Panel to seek feedback;</p></content></alinea>
<point><num>(c)</num><content><p>a briefing;</p></content></point></paragraph>
</mainBody></statement></akomaNtoso>""",
        encoding="utf-8",
    )
    texts = [p.text for p in resparse.parse(path).paragraphs]
    assert texts[1:] == [
        "Requests:",
        "a report;",
        "an update;",
        "Stabilisation",
        "coordination;",
        "and urges the Panel to seek feedback;",
        "a briefing;",
    ]
