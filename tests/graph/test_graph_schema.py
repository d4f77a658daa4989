"""The built graph is exactly the one of docs/graph-schema.md."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

import claimgraph
from claimgraph.graph import build_graph
from claimgraph.graph.schema import EDGE_ENDS, NODE_ATTRIBUTES, NODE_KINDS, edge_attributes
from claimgraph.resolve import resolve
from claimgraph.resolve.registry import AliasRegistry
from claimgraph.vocabulary import ENTITY_TYPES
from tests.graph.sample import LEXICON, P1, P2

DOC = Path(__file__).resolve().parents[2] / "docs" / "graph-schema.md"
TYPES = {
    "authors": list,
    "sources": list,
    "aliases": list,
    "quantities": list,
    "comparisons": list,
    "start": int,
    "end": int,
    "paper_count": int,
    "hedged": bool,
    "confidence": float,
    "label": str,
    "kind": str,
    "title": str,
    "abstract": str,
    "text": str,
    "id": str,
}
NULLABLE = {
    "author_count": int,
    "upvotes": int,
    "date": str,
    "url": str,
    "arxiv_id": str,
    "canonical": str,
    "params": float,
}


def _doc_tables() -> dict[str, list[list[str]]]:
    """Table rows of the schema page, by the heading above them."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        elif line.startswith("|") and not set(line) <= set("|- "):
            tables.setdefault(heading, []).append([cell.strip() for cell in line.strip("|").split("|")])
    return {name: rows[1:] for name, rows in tables.items()}  # drop header rows


def _names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def test_schema_module_matches_the_documentation():
    tables = _doc_tables()
    for heading, kinds in (("Paper", ["Paper"]), ("Entity", list(ENTITY_TYPES)), ("Claim", ["Claim"])):
        (table,) = [rows for name, rows in tables.items() if name.startswith(heading)]
        documented = {"kind", "label"} | {name for row in table for name in _names(row[0])}
        for kind in kinds:
            assert set(NODE_ATTRIBUTES[kind]) == documented, kind
    (edges,) = [rows for name, rows in tables.items() if name.startswith("Edges")]
    documented_ends = {}
    for relation_cell, ends, _extra in edges:
        source, _, target = ends.partition("->")

        def kinds(text: str) -> set[str]:
            text = text.strip()
            return set(ENTITY_TYPES) if text == "entity" else set(text.split("/"))

        documented_ends[_names(relation_cell)[0]] = (kinds(source), kinds(target))
    assert {r: (set(s), set(t)) for r, (s, t) in EDGE_ENDS.items()} == documented_ends


def test_every_node_has_its_documented_attributes(graph):
    assert graph.graph["name"] == "claimgraph" and graph.graph["claimgraph_version"] == claimgraph.__version__
    for node, data in graph.nodes(data=True):
        assert data["kind"] in NODE_KINDS
        assert tuple(data) == NODE_ATTRIBUTES[data["kind"]], node
        for name, value in data.items():
            if name in TYPES:
                assert isinstance(value, TYPES[name]), (node, name, value)
            elif name in NULLABLE and value is not None:
                assert isinstance(value, NULLABLE[name]), (node, name, value)
        prefix = {"Paper": "paper:", "Claim": "claim:"}.get(data["kind"], data["kind"] + ":")
        assert node.startswith(prefix)


def test_every_edge_has_its_documented_kinds_key_and_attributes(graph):
    for u, v, key, data in graph.edges(keys=True, data=True):
        relation = data["relation"]
        sources, targets = EDGE_ENDS[relation]
        assert graph.nodes[u]["kind"] in sources and graph.nodes[v]["kind"] in targets, (u, v, key)
        assert tuple(data) == edge_attributes(relation), (u, v, key)
        assert key == (relation if relation == "variant_of" else f"{relation}|{data['paper']}")


def test_sample_content(graph):
    spt = "Method:semantic aware permutation training"
    p1 = f"paper:{P1.id}"
    assert graph.nodes[spt]["aliases"] == ["SPT", "Semantic-aware Permutation Training"]
    assert graph.nodes[spt]["paper_count"] == 2
    assert graph.has_edge(p1, spt, key=f"proposes|{P1.id}")
    assert graph.has_edge(spt, "Method:lora", key=f"outperforms|{P1.id}")
    assert graph.has_edge(spt, "Dataset:glue", key=f"evaluated_on|{P1.id}")
    assert graph.has_edge(spt, "Model:llama7b", key=f"uses|{P1.id}")
    assert graph.has_edge("Model:llama2 7b", "Dataset:glue", key=f"evaluated_on|{P2.id}")
    assert graph.edges["Model:llama7b", "Model:llama", "variant_of"]["params"] == 7e9
    assert graph.has_edge("Model:llama2 7b", "Model:llama2", key="variant_of")
    assert not graph.has_edge("Model:llama2 7b", "Model:llama7b")
    assert graph.nodes["Model:llama"]["paper_count"] == 0


def test_mention_offsets_point_into_the_paper(graph):
    papers = {P1.id: P1, P2.id: P2}
    count = 0
    for _u, _v, data in graph.edges(data=True):
        if data["relation"] != "mentions":
            continue
        paper = papers[data["paper"]]
        for m in data["mentions"]:
            assert set(m) == {"field", "start", "end", "text"}
            assert getattr(paper, m["field"])[m["start"] : m["end"]] == m["text"]
            count += 1
    assert count == 18
    spans = graph.edges[f"paper:{P1.id}", "Method:semantic aware permutation training", f"mentions|{P1.id}"]
    assert [m["text"] for m in spans["mentions"]][:2] == ["SPT", "Semantic-aware Permutation Training"]


def test_claims_with_quantities_and_claim_edges(graph):
    claim = graph.nodes[f"claim:{P1.id}:0"]
    assert claim["claim_type"] == "comparison" and claim["hedged"] is False
    assert P1.abstract[claim["start"] : claim["end"]] == claim["text"]
    assert claim["quantities"] == [
        {"text": "2.5%", "value": 2.5, "high": None, "unit": "%", "measures": "accuracy gain"}
    ]
    assert claim["comparisons"][0]["baseline"] == "LoRA"
    targets = {(data["relation"], v) for _, v, data in graph.out_edges(f"claim:{P1.id}:0", data=True)}
    assert targets == {
        ("subject", "Method:semantic aware permutation training"),
        ("baseline", "Method:lora"),
        ("dataset", "Dataset:glue"),
        ("metric", "Metric:accuracy"),
    }
    assert graph.nodes[f"claim:{P2.id}:0"]["hedged"] is True
    assert graph.has_edge(f"paper:{P2.id}", f"claim:{P2.id}:0", key=f"asserts|{P2.id}")


def test_nodes_are_inserted_in_sorted_order(graph):
    nodes = list(graph)
    kinds = [graph.nodes[n]["kind"] for n in nodes]
    assert kinds == sorted(kinds, key=NODE_KINDS.index)
    for kind in ("Paper", *ENTITY_TYPES):
        same = [n for n in nodes if graph.nodes[n]["kind"] == kind]
        assert same == sorted(same)
    edges = list(graph.edges(keys=True))
    position = {node: i for i, node in enumerate(nodes)}  # edges are listed by source node
    assert edges == sorted(edges, key=lambda e: (position[e[0]], e[1], e[2]))


def test_wrongly_typed_relations_are_left_out(sample):
    papers, extractions, _ = sample
    from claimgraph.extract.model import Relation

    bad = extractions[0].__class__(
        **{
            **{f: getattr(extractions[0], f) for f in extractions[0].__slots__},
            "relations": (Relation("GLUE", "uses", "LoRA", "x", 0, 1, "abstract", 0.5),),
            "proposes": ("accuracy",),
        }
    )
    resolution = resolve((bad, extractions[1]), lexicon=LEXICON, registry=AliasRegistry())
    G = build_graph(papers, (bad, extractions[1]), resolution)
    assert not G.has_edge("Dataset:glue", "Method:lora")
    assert not G.has_edge(f"paper:{P1.id}", "Metric:accuracy", key=f"proposes|{P1.id}")


def test_extraction_without_paper_and_paper_without_extraction(sample):
    papers, extractions, resolution = sample
    G = build_graph(papers[:1], extractions, resolution)
    node = G.nodes[f"paper:{P2.id}"]
    assert node["title"] == P2.title and node["abstract"] == ""
    assert tuple(node) == NODE_ATTRIBUTES["Paper"]
    lone = build_graph(papers, (), resolve((), lexicon=LEXICON, registry=AliasRegistry()))
    assert sorted(lone) == [f"paper:{P1.id}", f"paper:{P2.id}"]
    assert isinstance(lone, nx.MultiDiGraph) and lone.number_of_edges() == 0
