"""``resparse graph``: the citation network as a CSV edge list, GraphML and JSON."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner
from lxml import etree

from resparse.app.cli import main
from tests.support import CORPUS, ROOT

EXAMPLE = str(ROOT / "examples" / "draft_resolution.txt")


def run(*args: str) -> str:
    result = CliRunner().invoke(main, ["graph", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_csv_edges_with_counts_and_paragraphs() -> None:
    rows = list(csv.DictReader(io.StringIO(run("--type", "sc", EXAMPLE))))
    edge = next(r for r in rows if r["target"] == "S/RES/1267 (1999)")
    assert edge == {
        "source": "S/RES/2999 (2026)",
        "target": "S/RES/1267 (1999)",
        "count": "2",
        "paragraphs": "OP3",
        "source_year": "2026",
        "target_year": "1999",
        "target_type": "sc-resolution",
    }
    assert {r["target"] for r in rows} >= {"S/RES/1373 (2001)", "S/RES/2178 (2014)"}


def test_json_nodes_know_their_year_and_whether_they_are_in_the_corpus() -> None:
    data = json.loads(run("--format", "json", EXAMPLE, str(CORPUS / "pdf_artifacts.txt")))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["S/RES/2999 (2026)"]["in_corpus"] is True
    assert nodes["S/RES/1373 (2001)"] == {
        "id": "S/RES/1373 (2001)",
        "type": "sc-resolution",
        "year": 2001,
        "in_corpus": False,
    }
    assert any(e["source"] == "S/RES/2999 (2026)" and e["target"] == "A/RES/60/288" for e in data["edges"])


def test_graphml_is_well_formed_and_directed() -> None:
    root = etree.fromstring(run("--format", "graphml", EXAMPLE).encode())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = root.find("g:graph", ns)
    assert graph.get("edgedefault") == "directed"
    assert len(graph.findall("g:edge", ns)) == 11 and len(graph.findall("g:node", ns)) == 12


def test_drafts_with_one_name_stay_apart(tmp_path) -> None:
    for folder, year in (("a", "2001"), ("b", "1999")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "draft.txt").write_text(
            f"安全理事会，\n回顾第 1373({year})号决议，\n", encoding="utf-8"
        )
    data = json.loads(run("--format", "json", str(tmp_path)))
    assert sorted(e["source"] for e in data["edges"]) == [
        str(tmp_path / "a" / "draft.txt"),
        str(tmp_path / "b" / "draft.txt"),
    ]


def test_a_wrong_year_is_one_node_the_real_document(tmp_path) -> None:
    """The graph had both S/RES/2195 (2014) and S/RES/2195 (2015), and edges to both."""
    (tmp_path / "a.txt").write_text(
        "安全理事会，\n回顾第 2195(2015)号决议和第 2195(2014)号决议，\n", encoding="utf-8"
    )
    data = json.loads(run("--format", "json", str(tmp_path)))
    assert [n["id"] for n in data["nodes"] if n["id"].startswith("S/RES/2195")] == ["S/RES/2195 (2014)"]
    assert [(e["target"], e["count"]) for e in data["edges"]] == [("S/RES/2195 (2014)", 2)]
