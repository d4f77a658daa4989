"""GraphML is always well-formed XML: characters XML cannot hold are left out (with lxml or without)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from claimgraph.graph import read_graphml, write_graphml

HOSTILE = "A\x00 \x1b[31mtitle\x08 \ud800 \ufffe end"


@pytest.mark.parametrize("writer", ["lxml", "xml"])
def test_graphml_of_hostile_text_is_well_formed(tmp_path, monkeypatch, writer):
    if writer == "lxml":
        pytest.importorskip("lxml")
        monkeypatch.setattr(nx, "write_graphml", nx.write_graphml_lxml)
    else:
        monkeypatch.setattr(nx, "write_graphml", nx.write_graphml_xml)
    G = nx.MultiDiGraph(name="claimgraph")
    G.add_node("Paper:t\x1b1", kind="Paper", title=HOSTILE, authors=[HOSTILE])
    G.add_node("Model:x", kind="Model", label="X\x00")
    G.add_edge("Paper:t\x1b1", "Model:x", key="uses\x07", relation="uses")
    path = write_graphml(G, tmp_path / "graph.graphml")
    ET.parse(path)  # raises on text that is not well-formed XML
    back = read_graphml(path)
    assert back.nodes["Paper:t1"]["title"] == "A [31mtitle   end"
    # lists are JSON text: their controls are JSON escapes (valid XML) and come back; a lone surrogate cannot
    assert back.nodes["Paper:t1"]["authors"] == ["A\x00 \x1b[31mtitle\x08   end"]
    assert back.nodes["Model:x"]["label"] == "X"
    assert list(back.edges(keys=True)) == [("Paper:t1", "Model:x", "uses")]
