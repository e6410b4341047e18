"""The citation network as CSV (an edge list), JSON (nodes and edges) or GraphML (for Gephi, networkx)."""

from __future__ import annotations

import csv
import io
import json

from resparse.model import Network
from resparse.render import Report


def graph_csv(report: Report[Network]) -> str:
    return to_csv(report.results[0])


def graph_json(report: Report[Network]) -> str:
    return to_json(report.results[0]) + "\n"


def graph_graphml(report: Report[Network]) -> str:
    return to_graphml(report.results[0])


def to_csv(network: Network) -> str:
    years = {node.id: node for node in network.nodes}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target", "count", "paragraphs", "source_year", "target_year", "target_type"])
    for edge in network.edges:
        writer.writerow(
            [
                edge.source,
                edge.target,
                edge.citations,
                " ".join(edge.paragraphs),
                years[edge.source].year or "",
                years[edge.target].year or "",
                years[edge.target].type,
            ]
        )
    return out.getvalue()


def to_json(network: Network) -> str:
    data = {
        "nodes": [
            {"id": node.id, "type": node.type, "year": node.year, "in_corpus": node.in_corpus}
            for node in network.nodes
        ],
        "edges": [
            {"source": e.source, "target": e.target, "count": e.citations, "paragraphs": list(e.paragraphs)}
            for e in network.edges
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_graphml(network: Network) -> str:
    from lxml import etree

    ns = "http://graphml.graphdrawing.org/xmlns"
    root = etree.Element(f"{{{ns}}}graphml", nsmap={None: ns})  # type: ignore[dict-item]
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
    graph = etree.SubElement(root, f"{{{ns}}}graph", id="citations", edgedefault="directed")
    for node in network.nodes:
        element = etree.SubElement(graph, f"{{{ns}}}node", id=node.id)
        etree.SubElement(element, f"{{{ns}}}data", key="type").text = node.type
        if node.year is not None:
            etree.SubElement(element, f"{{{ns}}}data", key="year").text = str(node.year)
        etree.SubElement(element, f"{{{ns}}}data", key="in_corpus").text = str(node.in_corpus).lower()
    for number, edge in enumerate(network.edges, 1):
        element = etree.SubElement(
            graph, f"{{{ns}}}edge", id=f"e{number}", source=edge.source, target=edge.target
        )
        etree.SubElement(element, f"{{{ns}}}data", key="count").text = str(edge.citations)
        etree.SubElement(element, f"{{{ns}}}data", key="paragraphs").text = " ".join(edge.paragraphs)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode()
