"""cooccurrence(), bipartite_projection(), centrality() and communities() on hand-built graphs."""

from __future__ import annotations

import networkx as nx
import pytest

from claimgraph.analysis import (
    bipartite_projection,
    centrality,
    communities,
    cooccurrence,
)


def test_cooccurrence_counts_shared_papers(toy):
    H = cooccurrence(toy)
    assert H.number_of_nodes() == 11
    assert H.edges["Model:alpha", "Model:beta"] == {"weight": 2, "papers": ["p1", "p2"]}
    assert H.edges["Model:alpha", "Dataset:bench"]["papers"] == ["p1", "p2", "p4"]
    assert not H.has_edge("Model:beta", "Method:delta")
    assert sorted(cooccurrence(toy, kind="Model").edges) == [("Model:alpha", "Model:beta")]


def test_bipartite_by_relation(toy):
    B = bipartite_projection(toy)  # Method x Dataset by evaluated_on
    assert sorted(B.edges(data="papers")) == [
        ("Method:gamma", "Dataset:bench", ["p4"]),
        ("Method:gamma", "Dataset:other", ["p3"]),
    ]
    assert B.nodes["Method:gamma"]["bipartite"] == 0 and B.nodes["Dataset:other"]["bipartite"] == 1
    M = bipartite_projection(toy, rows="Model", cols="Dataset")
    assert sorted(M.edges) == [("Model:alpha", "Dataset:bench"), ("Model:beta", "Dataset:bench")]


def test_bipartite_by_mentions_and_projection(toy):
    B = bipartite_projection(toy, rows="Model", cols="Dataset", relation="mentions")
    assert {(u, v): w for u, v, w in B.edges(data="weight")} == {
        ("Model:alpha", "Dataset:bench"): 3,
        ("Model:alpha", "Dataset:other"): 1,
        ("Model:beta", "Dataset:bench"): 2,
    }
    P = bipartite_projection(toy, rows="Model", cols="Dataset", relation="mentions", project="rows")
    assert list(P.edges(data="weight")) == [("Model:alpha", "Model:beta", 1)]
    C = bipartite_projection(toy, rows="Model", cols="Dataset", relation="mentions", project="cols")
    assert list(C.edges(data="weight")) == [("Dataset:bench", "Dataset:other", 1)]


@pytest.mark.parametrize("options", [{"rows": "Paper"}, {"rows": "Model", "cols": "Model"}, {"project": "both"}])
def test_bipartite_bad_options(toy, options):
    with pytest.raises(ValueError):
        bipartite_projection(toy, **options)


def test_degree_centrality_known_values(toy):
    scores = centrality(toy, measure="degree")
    assert len(scores) == 11
    assert scores["Task:qa"] == pytest.approx(7 / 10)  # p4 mentions 8 entities
    assert scores["Dataset:bench"] == pytest.approx(1.0)  # every paper mentions it: next to all 10 others
    assert list(scores.values()) == sorted(scores.values(), reverse=True)
    assert list(centrality(toy, kind="Model", measure="degree")) == ["Model:alpha", "Model:beta"]


def test_pagerank_and_betweenness(toy):
    ranks = centrality(toy)
    assert sum(ranks.values()) == pytest.approx(1.0)
    assert next(iter(ranks)) == "Dataset:bench"
    between = centrality(toy, measure="betweenness")
    assert between["Task:qa"] == 0.0 and between["Model:beta"] == 0.0
    with pytest.raises(ValueError, match="measure"):
        centrality(toy, measure="closeness")


def _two_groups() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    groups = {
        "1": ["Model:a", "Model:b", "Dataset:x"],
        "2": ["Model:c", "Method:d", "Dataset:y"],
        "3": ["Model:a", "Model:b"],
        "4": ["Model:c", "Method:d"],
        "5": ["Task:lonely"],
    }
    for paper, found in groups.items():
        G.add_node(f"paper:{paper}", kind="Paper", id=paper)
        for entity in found:
            G.add_node(entity, kind=entity.partition(":")[0], label=entity)
            G.add_edge(f"paper:{paper}", entity, relation="mentions", paper=paper)
    return G


@pytest.mark.parametrize("method", ["louvain", "greedy"])
def test_communities_known_groups(method):
    G = _two_groups()
    found = communities(G, method=method)
    assert found == [["Dataset:x", "Model:a", "Model:b"], ["Dataset:y", "Method:d", "Model:c"], ["Task:lonely"]]
    assert communities(G, method=method, min_size=2) == found[:2]
    assert communities(G, kind="Model", method=method) == [["Model:a", "Model:b"], ["Model:c"]]


def test_communities_are_deterministic(toy):
    assert communities(toy) == communities(toy) == communities(toy.copy())
    assert sorted(n for group in communities(toy) for n in group) == sorted(cooccurrence(toy))
    with pytest.raises(ValueError, match="method"):
        communities(toy, method="magic")
