"""The citation network of a corpus: documents are nodes (with their year), citations are edges.

An edge goes from the citing resolution to the cited document and carries how many times it is cited
and from which paragraphs. A citing document is named by its own symbol when the text gives it (cover
block, Akoma Ntoso ``docNumber``), else by its file name.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

import regex

from resparse.api import References
from resparse.render.refs import select

_YEAR = regex.compile(r"\((\d{4})\)$")


@dataclass
class _Edge:
    count: int = 0
    paragraphs: list[str] = field(default_factory=list)


class Graph:
    """Built one document at a time (:meth:`add`), written as CSV, GraphML or JSON."""

    def __init__(self, kind: str = "all") -> None:
        self.kind = kind
        self.nodes: dict[str, dict[str, object]] = {}
        self.edges: dict[tuple[str, str], _Edge] = {}

    def add(self, references: References) -> None:
        document = references.document
        source = document.symbol or document.file
        self._node(source, "sc-resolution" if document.symbol else "document", _year(document.symbol), True)
        for citation in select(references.citations, self.kind):
            self._node(citation.symbol, citation.type, citation.year, False)
            edge = self.edges.setdefault((source, citation.symbol), _Edge())
            edge.count += 1
            if citation.paragraph and citation.paragraph not in edge.paragraphs:
                edge.paragraphs.append(citation.paragraph)

    def _node(self, name: str, kind: str, year: int | None, in_corpus: bool) -> None:
        node = self.nodes.setdefault(name, {"id": name, "type": kind, "year": year, "in_corpus": in_corpus})
        node["in_corpus"] = bool(node["in_corpus"]) or in_corpus
        if node["year"] is None:
            node["year"] = year

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["source", "target", "count", "paragraphs", "source_year", "target_year", "target_type"]
        )
        for (source, target), edge in self.edges.items():
            writer.writerow(
                [
                    source,
                    target,
                    edge.count,
                    " ".join(edge.paragraphs),
                    self.nodes[source]["year"] or "",
                    self.nodes[target]["year"] or "",
                    self.nodes[target]["type"],
                ]
            )
        return out.getvalue()

    def to_json(self) -> str:
        data = {
            "nodes": list(self.nodes.values()),
            "edges": [
                {"source": s, "target": t, "count": e.count, "paragraphs": e.paragraphs}
                for (s, t), e in self.edges.items()
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2)

    def to_graphml(self) -> str:
        from lxml import etree

        ns = "http://graphml.graphdrawing.org/xmlns"
        root = etree.Element(f"{{{ns}}}graphml", nsmap={None: ns})
        for key, target, name, kind in (
            ("type", "node", "type", "string"),
            ("year", "node", "year", "int"),
            ("in_corpus", "node", "in_corpus", "boolean"),
            ("count", "edge", "count", "int"),
            ("paragraphs", "edge", "paragraphs", "string"),
        ):
            etree.SubElement(
                root, f"{{{ns}}}key", id=key, attrib={"for": target, "attr.name": name, "attr.type": kind}
            )
        g = etree.SubElement(root, f"{{{ns}}}graph", id="citations", edgedefault="directed")
        for node in self.nodes.values():
            element = etree.SubElement(g, f"{{{ns}}}node", id=str(node["id"]))
            for key in ("type", "year", "in_corpus"):
                if node[key] is not None:
                    value = node[key]
                    etree.SubElement(element, f"{{{ns}}}data", key=key).text = (
                        str(value).lower() if isinstance(value, bool) else str(value)
                    )
        for number, ((source, target), edge) in enumerate(self.edges.items(), 1):
            element = etree.SubElement(g, f"{{{ns}}}edge", id=f"e{number}", source=source, target=target)
            etree.SubElement(element, f"{{{ns}}}data", key="count").text = str(edge.count)
            etree.SubElement(element, f"{{{ns}}}data", key="paragraphs").text = " ".join(edge.paragraphs)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode()


def _year(symbol: str | None) -> int | None:
    m = _YEAR.search(symbol or "")
    return int(m[1]) if m else None
