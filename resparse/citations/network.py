"""The citation network of a corpus: documents are nodes (with their year), citations are edges.

An edge goes from the citing resolution to the cited document and carries how many times it is cited
and from which paragraphs. A citing document is named by its own symbol when the text gives it (cover
block, Akoma Ntoso ``docNumber``), else by its file name. :mod:`resparse.render.graph` writes it.
"""

from __future__ import annotations

from resparse.grammar.citations import SYMBOL_YEAR
from resparse.model import CitationType, Edge, Network, Node, References


class NetworkBuilder:
    """Built one document at a time (:meth:`add`); :meth:`network` gives the value."""

    def __init__(self, kind: str = "all") -> None:
        self.kind = kind
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str], tuple[int, list[str]]] = {}

    def add(self, references: References) -> None:
        document = references.document
        source = document.symbol or document.file
        self._node(source, _kind(document.symbol), _year(document.symbol), True)
        for citation in references.of_kind(self.kind):
            if citation.symbol is None:
                continue  # a document that cannot be named is no node of the network
            self._node(citation.symbol, citation.type, citation.year, False)
            count, paragraphs = self.edges.get((source, citation.symbol), (0, []))
            if citation.paragraph and citation.paragraph not in paragraphs:
                paragraphs.append(citation.paragraph)
            self.edges[source, citation.symbol] = (count + 1, paragraphs)

    def _node(self, name: str, kind: str, year: int | None, in_corpus: bool) -> None:
        node = self.nodes.get(name)
        if node is None:
            self.nodes[name] = Node(name, kind, year, in_corpus)
        elif (in_corpus and not node.in_corpus) or (node.year is None and year is not None):
            self.nodes[name] = Node(
                name, node.type, node.year if node.year is not None else year, node.in_corpus or in_corpus
            )

    def network(self) -> Network:
        edges = tuple(
            Edge(source, target, count, tuple(paragraphs))
            for (source, target), (count, paragraphs) in self.edges.items()
        )
        return Network(tuple(self.nodes.values()), edges)


def _kind(symbol: str | None) -> CitationType:
    """The type of a citing document, by its symbol."""
    if symbol and symbol.startswith("S/RES/"):
        return "sc-resolution"
    if symbol and symbol.startswith("A/RES/"):
        return "ga-resolution"
    if symbol and symbol.startswith("A/HRC/RES/"):
        return "hrc-resolution"
    if symbol and symbol.startswith("E/RES/"):
        return "ecosoc-resolution"
    return "document"


def _year(symbol: str | None) -> int | None:
    m = SYMBOL_YEAR.search(symbol or "")
    return int(m[1]) if m else None
