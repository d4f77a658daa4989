"""The mapping: units in canonical order, each paper's graph its own, the union of graphs without repeats."""

from __future__ import annotations

from pyoxigraph import DefaultGraph, Quad, Triple

from claimgraph.export.mapping import RdfMapper, iter_rdf

BASE = "https://w3id.org/claimgraph/"


def test_the_union_holds_every_triple_of_the_quads_once(fixture_graph):
    mapper = RdfMapper(fixture_graph, BASE)
    quads: list[Quad] = []
    union: list[Triple] = []
    for unit in mapper.units():
        mapped = mapper.map_unit(unit)
        quads += mapped.quads
        union += mapped.union
    assert len(union) == len(set(union)) < len(quads)
    assert set(union) == {quad.triple for quad in quads}
    assert quads == list(iter_rdf(fixture_graph, base_iri=BASE))


def test_units_hold_the_default_graph_then_the_paper_graphs_in_iri_order(fixture_graph):
    mapper = RdfMapper(fixture_graph, BASE)
    kinds = [unit.kind for unit in mapper.units()]
    assert kinds == sorted(kinds) and set(kinds) == {"default", "papers"}
    for unit in mapper.units():
        quads = mapper.map_unit(unit).quads
        if unit.kind == "default":
            assert {quad.graph_name for quad in quads} == {DefaultGraph()}
        else:
            graphs = [quad.graph_name.value for quad in quads]
            assert graphs == sorted(graphs) and all(graph.startswith(BASE + "graph/") for graph in graphs)
