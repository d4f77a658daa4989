"""Pure graph functions: entities, papers_mentioning, variants, subgraph_for_papers."""

from __future__ import annotations

import pytest

from claimgraph.graph import entities, papers_mentioning, subgraph_for_papers, variants
from claimgraph.graph.io import node_link_bytes
from tests.graph.sample import P1, P2


def test_entities(graph):
    assert entities(graph, kind="Dataset") == ["Dataset:glue"]
    assert entities(graph, kind="Model") == [
        "Model:gpt3.5",
        "Model:llama",
        "Model:llama2",
        "Model:llama2 7b",
        "Model:llama7b",
    ]
    assert len(entities(graph)) == 9
    with pytest.raises(ValueError):
        entities(graph, kind="Paper")


def test_papers_mentioning(graph):
    assert papers_mentioning(graph, "Dataset:glue") == [f"paper:{P1.id}", f"paper:{P2.id}"]
    assert papers_mentioning(graph, "Model:llama7b") == [f"paper:{P1.id}"]
    assert papers_mentioning(graph, "Model:llama") == []
    with pytest.raises(KeyError):
        papers_mentioning(graph, "Model:nothing")


def test_variants(graph):
    assert variants(graph, "Model:llama") == ["Model:llama7b"]
    assert variants(graph, "Model:llama2") == ["Model:llama2 7b"]
    assert variants(graph, "Model:llama7b") == []
    graph.add_edge("Model:llama2 7b chat", "Model:llama2 7b", key="variant_of", relation="variant_of")
    assert variants(graph, "Model:llama2") == ["Model:llama2 7b", "Model:llama2 7b chat"]
    assert variants(graph, "Model:llama2", recursive=False) == ["Model:llama2 7b"]


def test_subgraph_for_papers_is_pure_and_complete(graph):
    before = node_link_bytes(graph)
    sub = subgraph_for_papers(graph, [P2.id])
    assert node_link_bytes(graph) == before
    assert f"paper:{P1.id}" not in sub and f"claim:{P1.id}:0" not in sub
    assert "Model:llama7b" not in sub and "Method:lora" not in sub
    assert {"Model:llama2 7b", "Model:llama2", "Dataset:glue", f"claim:{P2.id}:0"} <= set(sub)
    assert sub.has_edge("Model:llama2 7b", "Model:llama2", key="variant_of")
    assert all(data.get("paper") in (None, P2.id) for *_, data in sub.edges(data=True))
    sub.nodes["Dataset:glue"]["aliases"].append("changed")
    assert graph.nodes["Dataset:glue"]["aliases"] == ["GLUE"]
    assert list(subgraph_for_papers(graph, [f"paper:{P1.id}", "unknown"])) == [
        n for n in graph if n in subgraph_for_papers(graph, [P1.id])
    ]
