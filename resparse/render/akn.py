"""Write a resolution as Akoma Ntoso 3.0 XML, following the AKN4UN conventions.

``<akomaNtoso><statement name="resolution">`` with FRBR identification
(``/akn/un/statement/deliberation/unsc/<date or year>/<number>-<year>/``, expression language ``zho``),
``<preface>`` with ``docNumber``/``docTitle`` when known, ``<preamble>`` with the enacting formula and one
``<container>`` per preambular paragraph (named after its leading phrase), ``<mainBody>`` with numbered
``<paragraph>`` elements, sub-paragraphs as ``<list>/<point>``, headings as ``<crossHeading>``, annexes in
``<attachments>``, and every citation as ``<ref href="…">`` around its text. eIds follow the OASIS naming
convention (``para_4__list_1__point_a``). The output validates against the official XSD (tests).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date as Date
from typing import Any

from resparse.grammar import formats, structure
from resparse.model import Citation, Document, Paragraph, References
from resparse.render import Report
from resparse.version import __version__

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_LANGUAGES = {"zh": "zho", "en": "eng", "fr": "fra", "es": "spa", "ru": "rus", "ar": "ara"}


def _xml_text(text: str) -> str:
    return formats.NOT_XML.sub("", text)


def split_akn(report: Report[References]) -> bytes:
    """``split --format akn`` for one document (several go to files, one each: see :func:`to_akn`)."""
    return b"".join(to_akn(references) for references in report.results)


def to_akn(references: References, *, adopted: str | None = None) -> bytes:
    """The document of ``references`` as Akoma Ntoso XML bytes (UTF-8, with declaration)."""
    from lxml import etree

    return etree.tostring(
        _Writer(references, adopted).build(), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )


class _Writer:
    def __init__(self, references: References, adopted: str | None) -> None:
        self.refs = references
        self.document: Document = references.document
        cover = self.document.cover
        self.adopted = adopted or (cover.date if cover else None)
        self.by_paragraph: dict[str | None, list[Citation]] = defaultdict(list)
        for citation in references.citations:
            self.by_paragraph[citation.paragraph].append(citation)
        self.children: dict[str | None, list[Paragraph]] = defaultdict(list)
        for paragraph in self.document.paragraphs:
            if paragraph.kind == "subparagraph":
                self.children[paragraph.parent].append(paragraph)

    # -- the document -------------------------------------------------------------------------------
    def build(self) -> Any:
        from lxml import etree

        self.E = lambda tag, **attrs: etree.Element(f"{{{AKN}}}{tag}", **attrs)
        root = etree.Element(f"{{{AKN}}}akomaNtoso", nsmap={None: AKN})  # type: ignore[dict-item]
        statement = self.sub(root, "statement", name="resolution")
        statement.append(self.meta())
        preface = self.preface()
        if preface is not None:
            statement.append(preface)
        statement.append(self.preamble())
        statement.append(self.main_body())
        footnotes = [p for p in self.document.paragraphs if p.kind == "footnote"]
        if footnotes:
            conclusions = self.sub(statement, "conclusions", eId="conclusions")
            container = self.sub(conclusions, "container", name="footnotes", eId="conclusions__container_1")
            for p in footnotes:
                self.p(container, p)
        annexes = [p for p in self.document.paragraphs if p.kind in ("annex", "annex-paragraph")]
        if annexes:
            statement.append(self.attachments(annexes))
        return root

    def sub(self, parent: Any, tag: str, **attrs: str) -> Any:
        child = self.E(tag, **attrs)
        parent.append(child)
        return child

    def work_uri(self) -> tuple[str, str, str]:
        """The FRBR work URI, the date it carries and that date's name."""
        m = formats.SC_SYMBOL.match(self.document.symbol or "")
        if m:
            when = self.adopted or m["year"]
            date = self.adopted or f"{m['year']}-01-01"
            return (
                f"/akn/un/statement/deliberation/unsc/{when}/{m['number']}-{m['year']}/",
                date,
                ("adoption" if self.adopted else "year"),
            )
        slug = formats.NOT_ASCII_WORD.sub("-", self.document.file.rsplit("/", 1)[-1]).strip("-") or "draft"
        return f"/akn/un/statement/deliberation/unsc/draft/{slug}/", Date.today().isoformat(), "draft"

    def meta(self) -> Any:
        work, date, date_name = self.work_uri()
        lang = _LANGUAGES.get(self.document.language, "zho")
        meta = self.E("meta")
        identification = self.sub(meta, "identification", source="#resparse")
        frbr_work = self.sub(identification, "FRBRWork")
        self.sub(frbr_work, "FRBRthis", value=f"{work}!main")
        self.sub(frbr_work, "FRBRuri", value=work)
        self.sub(frbr_work, "FRBRdate", date=date, name=date_name)
        self.sub(frbr_work, "FRBRauthor", href="#sc", **{"as": "#author"})
        self.sub(frbr_work, "FRBRcountry", value="un")
        expression = self.sub(identification, "FRBRExpression")
        self.sub(expression, "FRBRthis", value=f"{work}{lang}@/!main")
        self.sub(expression, "FRBRuri", value=f"{work}{lang}@/")
        self.sub(expression, "FRBRdate", date=date, name=date_name)
        self.sub(expression, "FRBRauthor", href="#sc", **{"as": "#author"})
        self.sub(expression, "FRBRlanguage", language=lang)
        manifestation = self.sub(identification, "FRBRManifestation")
        self.sub(manifestation, "FRBRthis", value=f"{work}{lang}@/!main.xml")
        self.sub(manifestation, "FRBRuri", value=f"{work}{lang}@.xml")
        self.sub(manifestation, "FRBRdate", date=Date.today().isoformat(), name="markup")
        self.sub(manifestation, "FRBRauthor", href="#resparse", **{"as": "#editor"})
        references = self.sub(meta, "references", source="#resparse")
        self.sub(
            references,
            "TLCOrganization",
            eId="sc",
            href="/ontology/organization/un/sc",
            showAs="Security Council",
        )
        self.sub(
            references,
            "TLCOrganization",
            eId="resparse",
            href=f"/ontology/organization/resparse/{__version__}",
            showAs="resparse",
        )
        self.sub(references, "TLCRole", eId="author", href="/ontology/role/author", showAs="Author")
        self.sub(references, "TLCRole", eId="editor", href="/ontology/role/editor", showAs="Editor")
        return meta

    def preface(self) -> Any:
        cover = self.document.cover
        if cover is None or not (cover.symbol or cover.title or cover.adoption):
            return None
        preface = self.E("preface")
        if cover.symbol:
            self.sub(self.sub(preface, "p"), "docNumber").text = _xml_text(cover.symbol)
        if cover.title:
            self.sub(self.sub(preface, "p"), "docTitle").text = _xml_text(cover.title)
        if cover.adoption:
            self.adoption(self.sub(preface, "p"), cover.adoption, cover.date)
        return preface

    def adoption(self, p: Any, line: str, date: str | None) -> None:
        """The adoption line, its date marked up as a ``<docDate>`` (as AKN4UN's covers have it)."""
        m = structure.CHINESE_DATE.search(line) if date else None
        if m is None or date is None:
            p.text = _xml_text(line)
            return
        p.text = _xml_text(line[: m.start()])
        when = self.sub(p, "docDate", date=date)
        when.text = _xml_text(m.group(0))
        when.tail = _xml_text(line[m.end() :])

    def preamble(self) -> Any:
        preamble = self.E("preamble")
        if self.document.formula is not None:
            formula = self.sub(preamble, "formula", name="enactingFormula", eId="formula_1")
            self.sub(formula, "p").text = _xml_text(self.document.formula.text)
        count = 0
        for p in self.document.paragraphs:
            if p.kind != "preambular":
                continue
            count += 1
            eid = f"container_{count}"
            container = self.sub(preamble, "container", name=_xml_text(p.phrase or "preambular"), eId=eid)
            self.p(container, p)
            items = self.children.get(p.id, [])
            if items:
                block_list = self.sub(container, "blockList", eId=f"{eid}__list_1")
                for i, item in enumerate(items, 1):
                    element = self.sub(
                        block_list, "item", eId=f"{eid}__list_1__item_{_eid_label(item.number, i)}"
                    )
                    if item.number:
                        self.sub(element, "num").text = _xml_text(item.label or item.number)
                    self.p(element, item)
        if len(preamble) == 0:
            self.sub(self.sub(preamble, "container", name="preambular", eId="container_1"), "p")
        return preamble

    def main_body(self) -> Any:
        body = self.E("mainBody")
        headings = unnumbered = 0
        used: set[str] = set()
        for p in self.document.paragraphs:
            if p.kind == "heading":
                headings += 1
                heading = self.sub(body, "hcontainer", name="crossHeading", eId=f"hcontainer_{headings}")
                self.inline(self.sub(heading, "heading"), p, label=True)
            elif p.kind == "operative":
                if p.number:
                    eid = f"para_{p.number}"
                else:
                    unnumbered += 1
                    eid = f"para_u{unnumbered}"
                copies = 1
                while eid in used:  # a repeated number (which the linter reports) still needs its own eId
                    copies += 1
                    eid = f"para_{p.number}_{copies}"
                used.add(eid)
                self.paragraph(body, p, eid)
        if len(body) == 0:
            self.sub(self.sub(body, "paragraph", eId="para_u1"), "content").append(self.E("p"))
        return body

    def paragraph(self, parent: Any, p: Paragraph, eid: str) -> None:
        element = self.sub(parent, "paragraph", eId=eid)
        if p.number:
            self.sub(element, "num").text = p.label or f"{p.number}."
        self.list_or_content(element, p, eid)

    def list_or_content(self, element: Any, p: Paragraph, eid: str) -> None:
        items = self.children.get(p.id, [])
        if not items:
            self.p(self.sub(element, "content", eId=f"{eid}__content"), p)
            return
        lst = self.sub(element, "list", eId=f"{eid}__list_1")
        if p.text:
            self.p(self.sub(lst, "intro", eId=f"{eid}__list_1__intro"), p)
        seen: set[str] = set()
        for i, item in enumerate(items, 1):
            item_eid = f"{eid}__list_1__point_{_eid_label(item.number, i)}"
            while item_eid in seen:
                item_eid += "x"
            seen.add(item_eid)
            point = self.sub(lst, "point", eId=item_eid)
            if item.number:
                self.sub(point, "num").text = _xml_text(item.label or item.number)
            self.list_or_content(point, item, item_eid)

    def attachments(self, annexes: list[Paragraph]) -> Any:
        attachments = self.E("attachments")
        current = None
        count = 0
        for p in annexes:
            if p.kind == "annex" or current is None:
                count += 1
                attachment = self.sub(attachments, "attachment", eId=f"att_{count}")
                doc = self.sub(attachment, "doc", name="annex")
                doc.append(self.annex_meta(count))
                current = self.sub(doc, "mainBody")
            self.p(current, p, label=True)
        return attachments

    def annex_meta(self, number: int) -> Any:
        work, date, date_name = self.work_uri()
        lang = _LANGUAGES.get(self.document.language, "zho")
        meta = self.E("meta")
        identification = self.sub(meta, "identification", source="#resparse")
        for tag, this, uri in (
            ("FRBRWork", f"{work}!annex_{number}", work),
            ("FRBRExpression", f"{work}{lang}@/!annex_{number}", f"{work}{lang}@/"),
            ("FRBRManifestation", f"{work}{lang}@/!annex_{number}.xml", f"{work}{lang}@.xml"),
        ):
            frbr = self.sub(identification, tag)
            self.sub(frbr, "FRBRthis", value=this)
            self.sub(frbr, "FRBRuri", value=uri)
            self.sub(frbr, "FRBRdate", date=date, name=date_name)
            self.sub(frbr, "FRBRauthor", href="#sc")
            if tag == "FRBRWork":
                self.sub(frbr, "FRBRcountry", value="un")
            if tag == "FRBRExpression":
                self.sub(frbr, "FRBRlanguage", language=lang)
        return meta

    # -- text with its citations ----------------------------------------------------------------
    def p(self, parent: Any, paragraph: Paragraph, label: bool = False) -> Any:
        element = self.sub(parent, "p")
        self.inline(element, paragraph, label)
        return element

    def inline(self, element: Any, paragraph: Paragraph, label: bool = False) -> None:
        """Fill ``element`` with the paragraph's text, each citation wrapped in ``<ref href>``."""
        text, start = paragraph.text, paragraph.offset
        prefix = f"{paragraph.label} " if label and paragraph.label else ""
        cursor = 0
        last = None
        element.text = _xml_text(prefix)
        for citation in sorted(self.by_paragraph.get(paragraph.id, []), key=lambda c: c.extent):
            begin, end = citation.extent[0] - start, citation.extent[1] - start
            if begin < cursor or end > len(text) or not citation.url:
                continue
            chunk = _xml_text(text[cursor:begin])
            if last is None:
                element.text = (element.text or "") + chunk
            else:
                last.tail = (last.tail or "") + chunk
            last = self.sub(element, "ref", href=citation.url)
            last.text = _xml_text(text[begin:end])
            cursor = end
        rest = _xml_text(text[cursor:])
        if last is None:
            element.text = (element.text or "") + rest
        else:
            last.tail = (last.tail or "") + rest


def _eid_label(label: str | None, index: int) -> str:
    """The part of an eId a sub-paragraph label gives: ``(a)`` → ``a``; other scripts → the position."""
    if label:
        m = formats.ASCII_LABEL.search(label)
        if m and m.group(0) == label.strip("().（）"):
            return m.group(0).lower()
    return str(index)
