"""A claim, its quantities and its comparisons, in its paper's named graph.

Its paper is the one that ``cg:asserts`` it and its extraction the
``prov:wasGeneratedBy`` of the paper's graph: neither is repeated on the claim.
Its text is its ``schema:text`` (a sub-property of ``rdfs:label``); a
comparison names its number by ``cg:quantity``, whose ``rdfs:label`` is the
number's text (docs/ontology.md, "Each value once").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pyoxigraph import NamedNode

from claimgraph.export.literals import boolean_literal, decimal_literal, string_literal
from claimgraph.export.mapping.graph_keys import claim_paper
from claimgraph.export.mapping.text_spans import add_span
from claimgraph.export.statements import GraphStatements
from claimgraph.export.vocabulary import cg, rdf, rdfs, schema

if TYPE_CHECKING:
    from claimgraph.export.mapping.mapper import RdfMapper


def comparison_iri(claim_iri: str, index: int) -> str:
    """The IRI of comparison ``index`` of a claim (a number's meaning, ``cg:Comparison``)."""
    return f"{claim_iri}/comparison/{index}"


def add_claim(mapper: RdfMapper, out: GraphStatements, key: str, data: Mapping[str, Any]) -> None:
    """A claim, its quantities, comparisons and evidence span (in its paper's graph).

    Its paper is the one that ``cg:asserts`` it, and its extraction the ``prov:wasGeneratedBy`` of the
    paper's graph: neither is repeated on the claim. Its text is its ``schema:text``, not repeated by a quote
    selector of its evidence span (which has its position selector only), and its label (``schema:text`` is
    a sub-property of ``rdfs:label``). A comparison names its number by ``cg:quantity``, whose
    ``rdfs:label`` is the number's text; ``cg:quantityText`` only for a number no quantity of the claim has.
    """
    paper = claim_paper(key, data)
    iri = mapper.node_iris[key]
    text = data.get("text")
    span = add_span(mapper, out, paper, data.get("field"), data.get("start"), data.get("end"), text, quoted=not text)
    quantities = list(data.get("quantities") or ())
    comparisons = list(data.get("comparisons") or ())
    out.add(
        iri,
        [
            (rdf.type, cg.Claim),
            (schema.text, string_literal(text)),
            (cg.claimType, string_literal(data.get("claim_type"))),
            (cg.hedged, boolean_literal(bool(data.get("hedged", False)))),
            (cg.confidence, decimal_literal(data.get("confidence"))),
            (cg.hasEvidence, span and NamedNode(span)),
            *((cg.hasQuantity, NamedNode(f"{iri}/quantity/{i}")) for i in range(len(quantities))),
            *((cg.hasComparison, NamedNode(comparison_iri(iri, i))) for i in range(len(comparisons))),
        ],
    )
    by_text: dict[str, NamedNode] = {}
    for i, q in enumerate(quantities):
        q_iri = f"{iri}/quantity/{i}"
        by_text.setdefault(str(q.get("text")), NamedNode(q_iri))
        out.add(
            q_iri,
            [
                (rdf.type, cg.Quantity),
                (rdfs.label, string_literal(q.get("text"))),
                (schema.value, decimal_literal(q.get("value"))),
                (schema.maxValue, decimal_literal(q.get("high"))),
                (schema.unitText, string_literal(q.get("unit"))),
                (cg.measures, string_literal(q.get("measures"))),
            ],
        )
    for i, c in enumerate(comparisons):
        quantity = by_text.get(str(c.get("quantity")))
        out.add(
            comparison_iri(iri, i),
            [
                (rdf.type, cg.Comparison),
                (cg.quantityText, None if quantity else string_literal(c.get("quantity"))),
                (cg.quantity, quantity),
                (cg.metricName, string_literal(c.get("metric"))),
                (cg.baselineName, string_literal(c.get("baseline"))),
                (cg.direction, string_literal(c.get("direction") or "unknown")),
                (cg.relative, boolean_literal(c.get("relative"))),
                (cg.higherIsBetter, boolean_literal(c.get("higher_is_better"))),
                (cg.numberRole, string_literal(c.get("role"))),
                (cg.datasetName, string_literal(c.get("dataset"))),
                (cg.modelName, string_literal(c.get("model"))),
            ],
        )
