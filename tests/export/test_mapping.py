"""The mapping: subjects in IRI order, statements in the order added, the union of graphs without repeats."""

from __future__ import annotations

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Triple

from claimgraph.export.mapping import GraphStatements, RdfMapper, iter_rdf
from claimgraph.export.vocabulary import cg, rdfs

BASE = "https://w3id.org/claimgraph/"
GRAPH = NamedNode("urn:example:graph")
A, B = "urn:example:a", "urn:example:b"


def test_subjects_are_sorted_and_each_keeps_its_statement_order():
    graph = GraphStatements(GRAPH)
    graph.add(B, [(rdfs.label, Literal("b1"))])
    graph.add(A, [(rdfs.label, Literal("a")), (cg.field, None)])  # no object, no statement
    graph.add(B, [(rdfs.label, Literal("b2"))])
    assert graph.has(A) and not graph.has("urn:example:c")
    quads, union = graph.statements()
    assert [(q.subject.value, q.object.value) for q in quads] == [(A, "a"), (B, "b1"), (B, "b2")]
    assert {q.graph_name for q in quads} == {GRAPH}
    assert union == [q.triple for q in quads]


def test_the_union_leaves_out_what_another_graph_writes():
    graph = GraphStatements(None)
    graph.add(A, [(rdfs.label, Literal("A"))])
    graph.add(A, [(cg.denotes, NamedNode(B))], in_union=False)
    quads, union = graph.statements()
    assert len(quads) == 2
    assert union == [Triple(NamedNode(A), rdfs.label, Literal("A"))]


def test_the_union_holds_every_triple_of_the_quads_once(fixture_graph):
    mapper = RdfMapper(fixture_graph, BASE)
    quads: list[Quad] = []
    union: list[Triple] = []
    for unit in mapper.units():
        unit_quads, unit_union = mapper.map_unit(unit)
        quads += unit_quads
        union += unit_union
    assert len(union) == len(set(union)) < len(quads)
    assert set(union) == {quad.triple for quad in quads}
    assert quads == list(iter_rdf(fixture_graph, base_iri=BASE))


def test_units_hold_the_default_graph_then_the_paper_graphs_in_iri_order(fixture_graph):
    mapper = RdfMapper(fixture_graph, BASE)
    kinds = [unit.kind for unit in mapper.units()]
    assert kinds == sorted(kinds) and set(kinds) == {"default", "papers"}
    for unit in mapper.units():
        quads, _ = mapper.map_unit(unit)
        if unit.kind == "default":
            assert {quad.graph_name for quad in quads} == {DefaultGraph()}
        else:
            graphs = [quad.graph_name.value for quad in quads]
            assert graphs == sorted(graphs) and all(graph.startswith(BASE + "graph/") for graph in graphs)
