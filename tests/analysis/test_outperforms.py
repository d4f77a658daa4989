"""outperforms_network() and disagreements() on the toy graph."""

from __future__ import annotations

from claimgraph.analysis import disagreements, outperforms_network
from tests.graph_fixture import build_fixture_graph


def test_network_edges_and_provenance(toy):
    D = outperforms_network(toy)
    assert sorted(D.nodes) == ["Method:delta", "Method:eps", "Method:gamma", "Method:zeta", "Model:alpha", "Model:beta"]
    assert D.number_of_edges() == 7  # eight stated wins, two papers state Gamma > Delta
    edge = D.edges["Method:gamma", "Method:delta"]
    assert edge["papers"] == ["p3", "p4"] and edge["weight"] == 2
    assert [s["paper"] for s in edge["sentences"]] == ["p3", "p4"]
    assert D.edges["Model:alpha", "Model:beta"]["sentences"][0]["sentence"] == "Alpha outperforms Beta (p1)."
    assert D.nodes["Model:alpha"] == {"kind": "Model", "label": "Alpha"}


def test_disagreements_between_papers(toy):
    found = disagreements(toy)
    assert [(d.nodes, d.papers) for d in found] == [
        (("Model:alpha", "Model:beta"), (("p1",), ("p2",))),
        (("Method:delta", "Model:alpha", "Method:gamma"), (("p4",), ("p1",), ("p3", "p4"))),
    ]
    assert found[1].all_papers == ("p1", "p3", "p4")
    assert found[1].sentences[0][0] == {"paper": "p4", "sentence": "Delta outperforms Alpha (p4).", "margins": []}


def test_single_paper_cycles_and_length_bound(toy):
    assert disagreements(toy, min_papers=1)[0].nodes == ("Method:eps", "Method:zeta")
    assert len(disagreements(toy, min_papers=1)) == 3
    assert [d.nodes for d in disagreements(toy, length_bound=2)] == [("Model:alpha", "Model:beta")]
    assert disagreements(toy, min_papers=4) == []


def test_no_outperforms_no_cycles(toy):
    toy.remove_edges_from([(u, v, k) for u, v, k, r in toy.edges(keys=True, data="relation") if r == "outperforms"])
    assert outperforms_network(toy).number_of_nodes() == 0
    assert disagreements(toy) == []


def test_each_sentence_has_the_margins_its_paper_states():
    D = outperforms_network(build_fixture_graph())
    (spt,) = D.edges["method:spt", "model:llama-7b"]["sentences"]
    assert [(m["quantity"], m["metric"], m["role"]) for m in spt["margins"]] == [("4.2%", "accuracy", "change")]
    by_paper = {s["paper"]: s["margins"] for s in D.edges["method:quarot", "model:llama-7b"]["sentences"]}
    assert [m["quantity"] for m in by_paper["2401.00002"]] == ["2.1 points"]
    assert by_paper["h-0a1b2c3d4e5f"] == []  # "As reported before, QuaRot outperforms LLaMA-7B.": no number
    assert (
        D.edges["method:quarot", "method:smoothquant"]["sentences"][0]["margins"] == []
    )  # 2.1 points is over LLaMA-7B


def test_a_margin_whose_claim_is_not_in_the_graph_is_left_out():
    G = build_fixture_graph()
    G.remove_node("claim:2401.00001:0")
    (spt,) = outperforms_network(G).edges["method:spt", "model:llama-7b"]["sentences"]
    assert spt["margins"] == []
