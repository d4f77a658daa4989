"""Determinism, node-link and GraphML round trips, atomic writes, and claimgraph.load."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

import claimgraph
import claimgraph.graph.io as graph_io
from claimgraph.errors import ConfigError
from claimgraph.graph import build_graph, load, read_graphml, read_node_link, write_graphml, write_node_link
from claimgraph.resolve import resolve
from claimgraph.resolve.registry import AliasRegistry
from tests.graph.sample import LEXICON


def same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert a.graph == b.graph
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_same_input_gives_the_same_bytes(sample, tmp_path):
    papers, extractions, _ = sample
    first = build_graph(papers, extractions, resolve(extractions, lexicon=LEXICON, registry=AliasRegistry()))
    reordered = tuple(reversed(extractions))
    second = build_graph(
        tuple(reversed(papers)), reordered, resolve(reordered, lexicon=LEXICON, registry=AliasRegistry())
    )
    write_node_link(first, tmp_path / "a.json")
    write_node_link(second, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    write_graphml(first, tmp_path / "a.graphml")
    write_graphml(second, tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()


def test_node_link_is_sorted_json_with_node_field(graph, tmp_path):
    path = write_node_link(graph, tmp_path / "graph.json")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert data["directed"] and data["multigraph"]
    paper = next(n for n in data["nodes"] if n["kind"] == "Paper")
    assert paper["node"] == "paper:" + paper["id"]  # the Paper's own "id" attribute survives
    assert all("key" in edge for edge in data["edges"])


def test_node_link_round_trip(graph, tmp_path):
    same_graph(read_node_link(write_node_link(graph, tmp_path / "graph.json")), graph)


def test_graphml_round_trip(graph, tmp_path):
    path = write_graphml(graph, tmp_path / "graph.graphml")
    plain = nx.read_graphml(path, force_multigraph=True)  # any GraphML reader can load it
    for _, data in plain.nodes(data=True):
        assert all(isinstance(value, (str, int, float, bool)) for value in data.values())
    assert json.loads(plain.nodes["Method:semantic aware permutation training"]["aliases"]) == [
        "SPT",
        "Semantic-aware Permutation Training",
    ]
    ET.parse(path)
    same_graph(read_graphml(path), graph)


def test_writes_are_atomic(graph, tmp_path, monkeypatch):
    path = tmp_path / "graph.json"
    path.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(graph_io.os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_node_link(graph, path)
    with pytest.raises(OSError):
        write_graphml(graph, tmp_path / "graph.graphml")
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(os.listdir(tmp_path)) == ["graph.json"]  # no temporary file left behind
    monkeypatch.undo()
    write_node_link(graph, path)
    assert sorted(os.listdir(tmp_path)) == ["graph.json"]
    assert json.loads(path.read_text(encoding="utf-8"))["graph"]["name"] == "claimgraph"


def test_top_level_load_is_the_graph_load():
    assert claimgraph.load is load
    with pytest.raises(AttributeError):
        claimgraph.no_such_thing  # noqa: B018


def test_load_build_folder_and_files(graph, tmp_path):
    write_node_link(graph, tmp_path / "graph.json")
    (tmp_path / "claimgraph.ttl").write_text("# RDF\n")
    same_graph(load(tmp_path), graph)
    same_graph(load(tmp_path / "graph.json"), graph)
    same_graph(load(tmp_path / "claimgraph.ttl"), graph)  # the graph.json next to the RDF
    graphml = tmp_path / "other" / "graph.graphml"
    write_graphml(graph, graphml)
    same_graph(load(graphml), graph)
    same_graph(load(graphml.parent), graph)


def test_load_rdf_only_and_missing_are_clear_errors(tmp_path):
    (tmp_path / "claimgraph.nq").write_text("")
    with pytest.raises(ConfigError, match="not rebuilt from RDF"):
        load(tmp_path / "claimgraph.nq")
    with pytest.raises(ConfigError, match="has no graph.json"):
        load(tmp_path)
    with pytest.raises(ConfigError, match="no such build folder"):
        load(tmp_path / "missing")


def test_load_chooses_a_subgraph_of_any_graph_file(graph, tmp_path):
    write_node_link(graph, tmp_path / "graph.json")
    write_graphml(graph, tmp_path / "graph.graphml")
    for path in (tmp_path, tmp_path / "graph.json", tmp_path / "graph.graphml"):
        H = load(path, papers=["2401.00002"])
        assert sorted(n for n, kind in H.nodes(data="kind") if kind == "Paper") == ["paper:2401.00002"]
        assert set(load(path, around="GPT-3.5", hops=0)) == {"Model:gpt3.5"}
