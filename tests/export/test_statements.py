"""One graph's statements: subjects in IRI order, statements in the order added, the union without repeats."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Triple

from claimgraph.export.statements import GraphStatements, MappedUnit
from claimgraph.export.vocabulary import cg, rdfs

GRAPH = NamedNode("urn:example:graph")
A, B = "urn:example:a", "urn:example:b"


def test_subjects_are_sorted_and_each_keeps_its_statement_order():
    graph = GraphStatements(GRAPH)
    graph.add(B, [(rdfs.label, Literal("b1"))])
    graph.add(A, [(rdfs.label, Literal("a")), (cg.field, None)])  # no object, no statement
    graph.add(B, [(rdfs.label, Literal("b2"))])
    assert graph.has(A) and not graph.has("urn:example:c")
    quads = graph.quads()
    assert [(q.subject.value, q.object.value) for q in quads] == [(A, "a"), (B, "b1"), (B, "b2")]
    assert {q.graph_name for q in quads} == {GRAPH}
    assert MappedUnit(quads, graph.left_out).union == [q.triple for q in quads]


def test_the_union_leaves_out_what_another_graph_writes():
    graph = GraphStatements(None)
    graph.add(A, [(rdfs.label, Literal("A"))])
    graph.add(A, [(cg.denotes, NamedNode(B))], in_union=False)
    mapped = MappedUnit(graph.quads(), graph.left_out)
    assert len(mapped.quads) == 2
    assert mapped.union == [Triple(NamedNode(A), rdfs.label, Literal("A"))]
