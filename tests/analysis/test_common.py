"""claimgraph.load(): build folders, graph files, RDF next to a graph, and clear errors."""

from __future__ import annotations

import networkx as nx
import pytest

import claimgraph
from claimgraph.analysis import find_entity, load
from claimgraph.errors import ConfigError
from claimgraph.graph import write_graphml, write_node_link


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    return dict(a.nodes(data=True)) == dict(b.nodes(data=True)) and sorted(a.edges(keys=True)) == sorted(
        b.edges(keys=True)
    )


def test_top_level_load_is_the_analysis_load():
    assert claimgraph.load is load
    with pytest.raises(AttributeError):
        claimgraph.no_such_thing  # noqa: B018


def test_load_build_folder_and_files(toy, tmp_path):
    write_node_link(toy, tmp_path / "graph.json")
    (tmp_path / "claimgraph.ttl").write_text("# RDF\n")
    assert _same(load(tmp_path), toy)
    assert _same(load(tmp_path / "graph.json"), toy)
    assert _same(load(tmp_path / "claimgraph.ttl"), toy)  # the graph.json next to the RDF
    graphml = tmp_path / "other" / "graph.graphml"
    write_graphml(toy, graphml)
    assert _same(load(graphml), toy) and _same(load(graphml.parent), toy)


def test_rdf_only_and_missing_are_clear_errors(tmp_path):
    (tmp_path / "claimgraph.nq").write_text("")
    with pytest.raises(ConfigError, match="not rebuilt from RDF"):
        load(tmp_path / "claimgraph.nq")
    with pytest.raises(ConfigError, match="has no graph.json"):
        load(tmp_path)
    with pytest.raises(ConfigError, match="no such build folder"):
        load(tmp_path / "missing")


def test_find_entity(toy):
    assert find_entity(toy, "alpha 1") == "Model:alpha"
    assert find_entity(toy, "BENCH-X", kind="Dataset") == "Dataset:bench"
    with pytest.raises(KeyError, match="no Model called 'Bench'"):
        find_entity(toy, "Bench", kind="Model")
    toy.add_node("Method:alpha", kind="Method", label="Alpha")
    with pytest.raises(KeyError, match="2 entity nodes are called 'alpha'"):
        find_entity(toy, "alpha")
    with pytest.raises(ValueError):
        find_entity(toy, "alpha", kind="Claim")
