"""Word drafts: S/RES/2395 (2017) rebuilt as a .docx with auto-numbering and hyperlinks; broken files."""

from __future__ import annotations

import io
import zipfile

import pytest

import resparse
from resparse.errors import InputError
from tests.docx_builder import Para, build
from tests.support import PDF_2395, need

WRONG = "https://undocs.org/ch/S/RES/1625(2005)"


@pytest.fixture(scope="module")
def resolution_2395(tmp_path_factory):
    """The 2395 text as Word would hold it: OPs numbered by Word, links on some citations (one wrong)."""
    text = resparse.parse(need(PDF_2395))
    cited = resparse.refs(text)
    paragraphs = [Para(text.formula.text)]
    for p in text.paragraphs:
        links = []
        if p.id in ("PP1", "OP4", "OP21"):
            first = next(c for c in cited.citations if c.paragraph == p.id)
            links.append((first.text, first.url))
        if p.id == "OP23":
            links.append(("1624(2005)", WRONG))  # the link says 1625, the text 1624
        paragraphs.append(Para(p.text, 0 if p.kind == "operative" else None, links))
    paragraphs[5].deleted = "（已删除的文字）"
    path = build(tmp_path_factory.mktemp("docx") / "S_RES_2395.docx", paragraphs)
    return path, text, cited


def test_split_sees_word_numbering(resolution_2395) -> None:
    path, _, _ = resolution_2395
    document = resparse.parse(path)
    assert document.format == "docx"
    assert document.formula.text == "安全理事会，"
    assert [p.id for p in document.paragraphs] == [f"PP{i}" for i in range(1, 34)] + [
        f"OP{i}" for i in range(1, 34)
    ]
    assert document.paragraph("OP7").label == "7."
    assert "已删除" not in document.text


def test_refs_finds_the_same_citations(resolution_2395) -> None:
    path, _, cited = resolution_2395
    from_word = resparse.refs(resparse.parse(path))
    sc = [
        (c.symbol, c.paragraph)
        for c in from_word.citations
        if c.type == "sc-resolution" and c.form == "resolution"
    ]
    assert len(sc) == 71
    assert sc == [
        (c.symbol, c.paragraph)
        for c in cited.citations
        if c.type == "sc-resolution" and c.form == "resolution"
    ]
    linked = [(c.symbol, c.paragraph) for c in from_word.citations if c.link]
    assert ("S/RES/1373 (2001)", "OP4") in linked and ("S/RES/1624 (2005)", "OP23") in linked


def test_check_reports_the_wrong_link(resolution_2395) -> None:
    path, _, _ = resolution_2395
    findings = [f for f in resparse.check(resparse.parse(path)) if f.code.startswith("RS30")]
    mismatch = [f for f in findings if f.code == "RS302"]
    assert [(f.paragraph, f.message) for f in mismatch] == [
        ("OP23", "the link on '1624(2005)' points to S/RES/1625 (2005), not S/RES/1624 (2005)")
    ]
    # Spans of a Word file point at the paragraph (its line in the text view) and the character in it.
    document = resparse.parse(path)
    op23 = document.paragraph("OP23")
    assert mismatch[0].span.start.line == op23.span.start.line
    assert document.text.split("\n")[op23.span.start.line - 1].startswith("23. ")


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    f"<w:document {W}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    f"<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not really a zip", "not a zip archive"),
        (b"just some text pretending", "not a zip archive"),
        (_zip({"word/styles.xml": b"<x/>"}), "no word/document.xml"),
        (_zip({"word/document.xml": b"<w:document><w:body>"}), "malformed"),
        (_zip({"word/document.xml": LAUGHS.encode()}), "declares entities"),
        (_zip({"word/document.xml": XXE.encode()}), "declares entities"),
        (_zip({"word/document.xml": b"<" + b" " * (40 * 1024 * 1024) + b"/>"}), "zip bomb"),
    ],
    ids=["truncated", "not-zip", "no-document", "malformed", "billion-laughs", "xxe", "zip-bomb"],
)
def test_broken_and_hostile_files(tmp_path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        resparse.parse(path)


def test_broken_file_on_the_command_line(tmp_path) -> None:
    from click.testing import CliRunner

    from resparse.app.cli import main

    path = tmp_path / "bad.docx"
    path.write_bytes(b"not a zip")
    result = CliRunner().invoke(main, ["split", str(path)])
    assert (
        result.exit_code == 2 and "not a Word document" in result.stderr and "Traceback" not in result.output
    )


def test_numbering_formats_and_hyperlink_fields(tmp_path) -> None:
    path = build(
        tmp_path / "n.docx",
        [
            Para("安全理事会，"),
            Para("回顾其决议，"),
            Para("请秘书长：", 0),
            Para("报告；", 1),
            Para("建议；", 1),
            Para("决定继续积极处理此案。", 0),
        ],
    )
    document = resparse.parse(path)
    assert [(p.id, p.label) for p in document.paragraphs] == [
        ("PP1", None),
        ("OP1", "1."),
        ("OP1(a)", "(a)"),
        ("OP1(b)", "(b)"),
        ("OP2", "2."),
    ]


def test_field_hyperlinks_insertions_and_footnotes(tmp_path) -> None:
    body = (
        "<w:p><w:r><w:t>安全理事会，</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>回顾第 </w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://undocs.org/ch/S/RES/1373(2001)" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1373(2001)</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t>号决议</w:t></w:r><w:ins w:id="2" w:author="x"><w:r><w:t>和第 2178 号决议</w:t></w:r></w:ins>'
        '<w:r><w:t>，</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>决定继续积极处理此案。</w:t></w:r></w:p>"
    )
    footnotes = (
        f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>见 S/2017/375。</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    from tests.docx_builder import NUMBERING

    path = tmp_path / "f.docx"
    path.write_bytes(
        _zip(
            {
                "word/document.xml": f"<w:document {W}><w:body>{body}</w:body></w:document>".encode(),
                "word/numbering.xml": NUMBERING.encode(),
                "word/footnotes.xml": footnotes.encode(),
            }
        )
    )
    document = resparse.parse(path)
    assert [(p.id, p.kind, p.text) for p in document.paragraphs] == [
        ("PP1", "preambular", "回顾第 1373(2001)号决议和第 2178 号决议，"),
        ("OP1", "operative", "决定继续积极处理此案。"),
        ("FN1", "footnote", "见 S/2017/375。"),
    ]
    cited = resparse.refs(document)
    assert [(c.symbol, c.paragraph, c.link.url if c.link else None) for c in cited.citations] == [
        ("S/RES/1373 (2001)", "PP1", "https://undocs.org/ch/S/RES/1373(2001)"),
        ("S/RES/2178 (2014)", "PP1", None),
        ("S/2017/375", "FN1", None),
    ]
