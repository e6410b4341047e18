"""Build small .docx files for tests with lxml and zipfile: paragraphs, Word auto-numbering, hyperlinks."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="word/document.xml"/>
</Relationships>"""
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


@dataclass
class Para:
    """One Word paragraph: its text, its numbering level (None: not numbered), links on substrings."""

    text: str
    level: int | None = None
    links: list[tuple[str, str]] = field(default_factory=list)
    deleted: str | None = None  # a tracked deletion placed at the end


def build(path: Path, paragraphs: list[Para]) -> Path:
    rels: list[tuple[str, str]] = []
    body = []
    for para in paragraphs:
        runs = _runs(para, rels)
        numbering = ""
        if para.level is not None:
            numbering = (
                f'<w:pPr><w:numPr><w:ilvl w:val="{para.level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            )
        body.append(f"<w:p>{numbering}{runs}</w:p>")
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}</w:body></w:document>'
    doc_rels = "".join(
        f'<Relationship Id="{rid}" Type="{R}/hyperlink" Target="{url}" TargetMode="External"/>'
        for rid, url in rels
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/numbering.xml", NUMBERING)
        archive.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{doc_rels}</Relationships>',
        )
    return path


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{etree.CDATA(text) if False else _escape(text)}</w:t></w:r>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs(para: Para, rels: list[tuple[str, str]]) -> str:
    out, rest = [], para.text
    for anchor, url in para.links:
        before, found, after = rest.partition(anchor)
        assert found, anchor
        rid = f"rId{len(rels) + 10}"
        rels.append((rid, url))
        out.append(_run(before))
        out.append(f'<w:hyperlink r:id="{rid}">{_run(anchor)}</w:hyperlink>')
        rest = after
    out.append(_run(rest))
    if para.deleted:
        out.append(
            f'<w:del w:id="1" w:author="x"><w:r><w:delText>{_escape(para.deleted)}</w:delText></w:r></w:del>'
        )
    return "".join(out)
