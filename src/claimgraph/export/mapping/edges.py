"""A graph's edges: each a direct triple, with its mention spans or its reified relation assertion.

An edge saying what an earlier one of the same graph said adds nothing. A
``schema:mentions`` edge may give its text spans (``cg:TextSpan`` s that
``cg:denotes`` the entity); a relation a paper states (``STATED_RELATIONS``)
is also a ``cg:RelationAssertion`` with its evidence sentence. An entity's
relation stated by several papers goes to the union of all graphs from the
first of them only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from pyoxigraph import NamedNode

from claimgraph.export.literals import decimal_literal
from claimgraph.export.mapping.claims import comparison_iri
from claimgraph.export.mapping.graph_keys import edge_order, mention_order, relation_of
from claimgraph.export.mapping.schema_terms import PAPER_KINDS, RELATION_PROPERTIES
from claimgraph.export.mapping.text_spans import add_span
from claimgraph.export.statements import GraphStatements
from claimgraph.export.vocabulary import cg, prov, rdf
from claimgraph.graph.schema import STATED_RELATIONS

if TYPE_CHECKING:
    from claimgraph.export.mapping.mapper import RdfMapper


def add_edges(mapper: RdfMapper, out: GraphStatements, edges: Iterable[tuple], paper: str | None) -> None:
    """Add edges of one graph (``paper``'s, or the default graph), in order; an edge saying
    what an earlier one said adds nothing."""
    done: set[tuple[str, str, str]] = set()
    for u, v, key, data in sorted(edges, key=edge_order):
        relation = relation_of(key, data)
        if (u, relation, v) not in done:
            done.add((u, relation, v))
            add_edge(mapper, out, u, v, relation, data, paper)


def add_edge(
    mapper: RdfMapper, out: GraphStatements, u: str, v: str, relation: str, data: Mapping[str, Any], paper: str | None
) -> None:
    """Add one edge: the direct triple, plus spans or a statement where it has them.

    Raises
    ------
    ValueError
        For an edge relation the schema does not define.
    """
    predicate = RELATION_PROPERTIES.get(relation)
    if predicate is None:
        raise ValueError(f"edge {u!r} -> {v!r}: unknown relation {relation!r} (see docs/graph-schema.md)")
    tail = NamedNode(mapper.node_iris[v])
    shared_subject = mapper.kinds[u] not in PAPER_KINDS
    in_union = not (shared_subject and paper) or mapper.first_stater.get((u, relation, v)) == paper
    out.add(mapper.node_iris[u], [(predicate, tail)], in_union=in_union)
    if relation == "mentions" and paper and mapper.mention_spans:
        denoting: set[str] = set()
        for m in sorted(data.get("mentions") or (), key=mention_order):
            span = add_span(mapper, out, paper, m.get("field"), m.get("start"), m.get("end"), m.get("text"))
            if span is not None and span not in denoting:
                denoting.add(span)
                out.add(span, [(cg.denotes, tail)])
    elif relation in STATED_RELATIONS and paper:
        add_relation_assertion(mapper, out, paper, relation, u, v, predicate, data)


def add_relation_assertion(
    mapper: RdfMapper,
    out: GraphStatements,
    paper: str,
    relation: str,
    u: str,
    v: str,
    predicate: NamedNode,
    data: Mapping,
) -> None:
    """Add the reified ``cg:RelationAssertion`` of one paper's relation edge.

    It keeps its ``prov:wasDerivedFrom`` paper (no other triple outside its graph names that paper); its
    extraction is the ``prov:wasGeneratedBy`` of the paper's graph.
    """
    span = add_span(mapper, out, paper, data.get("field"), data.get("start"), data.get("end"), data.get("sentence"))
    out.add(
        mapper.mint.relation(paper, relation, u, v),
        [
            (rdf.type, cg.RelationAssertion),
            (rdf.subject, NamedNode(mapper.node_iris[u])),
            (rdf.predicate, predicate),
            (rdf.object, NamedNode(mapper.node_iris[v])),
            (prov.wasDerivedFrom, NamedNode(mapper.paper_iri(paper))),
            (cg.confidence, decimal_literal(data.get("confidence"))),
            (cg.hasEvidence, span and NamedNode(span)),
            *(
                (cg.margin, NamedNode(comparison_iri(mapper.node_iris[m["claim"]], m["comparison"])))
                for m in data.get("margins") or ()
            ),
        ],
    )
