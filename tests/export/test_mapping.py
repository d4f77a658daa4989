"""GraphBuffer: subject blocks in IRI order, and the text span shortcut."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Triple

from claimgraph.export import vocab as V
from claimgraph.export.collector import GraphBuffer, GraphTriples, integer_literal

GRAPH = NamedNode("urn:example:graph")
PAPER = NamedNode("urn:example:paper")
SPAN = "urn:example:span/1"


def _emitted_span(buffer: GraphBuffer, *, quote: bool) -> None:
    """The span written statement by statement, as :meth:`GraphBuffer.span` should write it."""
    position, exact = SPAN + "/position", SPAN + "/quote"
    buffer.emit(
        SPAN,
        [
            *((V.TYPE, cls) for cls in V.SPAN_TYPES),
            (V.HAS_SOURCE, PAPER),
            (V.FIELD, Literal("abstract")),
            (V.HAS_SELECTOR, buffer.iri(position)),
            (V.HAS_SELECTOR, buffer.iri(exact) if quote else None),
        ],
    )
    buffer.emit(
        position, [(V.TYPE, V.TEXT_POSITION_SELECTOR), (V.START, integer_literal(3)), (V.END, integer_literal(9))]
    )
    if quote:
        buffer.emit(exact, [(V.TYPE, V.TEXT_QUOTE_SELECTOR), (V.EXACT, Literal("GPT-3"))])


@pytest.mark.parametrize("triples", [False, True])
@pytest.mark.parametrize("quote", [False, True])
def test_span_writes_what_emit_would(triples, quote):
    shortcut = GraphBuffer(GRAPH, triples=triples, shared={})
    exact = Literal("GPT-3") if quote else None
    shortcut.span(SPAN, PAPER, Literal("abstract"), integer_literal(3), integer_literal(9), exact)
    reference = GraphBuffer(GRAPH, triples=triples, shared={})
    _emitted_span(reference, quote=quote)
    statements = shortcut.drain()
    assert statements == reference.drain()
    assert len(statements) == (11 if quote else 8)
    assert all(isinstance(s, Triple if triples else Quad) for s in statements)


def test_a_span_is_known_to_the_buffer_and_takes_later_statements():
    buffer = GraphBuffer(GRAPH, triples=False, shared={})
    buffer.span(SPAN, PAPER, Literal("title"), integer_literal(0), integer_literal(5), None)
    assert buffer.has(SPAN)
    assert buffer.iri(SPAN) == NamedNode(SPAN)
    buffer.emit(SPAN, [(V.DENOTES, NamedNode("urn:example:model"))])
    statements = buffer.drain()
    span_statements = [q for q in statements if q.subject == NamedNode(SPAN)]
    assert span_statements[-1] == Quad(NamedNode(SPAN), V.DENOTES, NamedNode("urn:example:model"), GRAPH)
    assert [q.subject.value for q in statements] == sorted(q.subject.value for q in statements)


@pytest.mark.parametrize("name", [GRAPH, None])
def test_triples_of_a_named_graph_drain_as_graph_triples(name):
    buffer = GraphBuffer(name, triples=True, shared={})
    _emitted_span(buffer, quote=True)
    statements = buffer.drain()
    assert isinstance(statements, GraphTriples) == (name is not None)
    assert getattr(statements, "graph", None) == name
    quads = GraphBuffer(GRAPH, triples=False, shared={})
    _emitted_span(quads, quote=True)
    assert statements == [quad.triple for quad in quads.drain()]


@pytest.mark.parametrize("triples", [False, True])
def test_drain_with_union_leaves_out_what_another_graph_writes(triples):
    buffer = GraphBuffer(GRAPH, triples=triples, shared={})
    model, paper = NamedNode("urn:example:model"), "urn:example:paper"
    buffer.emit(paper, [(V.LABEL, Literal("P"))])
    buffer.emit(paper, [(V.DENOTES, model)], in_union=False)
    graph, union = buffer.drain_with_union()
    assert len(graph) == 2
    assert union == [Triple(NamedNode(paper), V.LABEL, Literal("P"))]
    assert all(isinstance(s, Triple if triples else Quad) for s in graph)
