"""An entity (model, method, data set, metric or task), in the default graph.

The papers share their entities, so an entity and its paper-less edges
(``variantOf``) are in the default graph. Its label is its ``skos:prefLabel``
(a sub-property of ``rdfs:label``), not repeated as ``rdfs:label``; its other
names are ``skos:altLabel`` s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimgraph.export.literals import integer_literal, string_literal
from claimgraph.export.mapping.edges import add_edges
from claimgraph.export.mapping.schema_terms import KIND_CLASSES
from claimgraph.export.statements import GraphStatements
from claimgraph.export.vocabulary import cg, rdf, skos

if TYPE_CHECKING:
    from claimgraph.export.mapping.mapper import RdfMapper


def add_entity(mapper: RdfMapper, out: GraphStatements, key: str) -> None:
    """An entity and its paper-less edges (``variantOf``), in the default graph.

    Its label is its ``skos:prefLabel`` (a sub-property of ``rdfs:label``), not repeated as ``rdfs:label``.
    """
    data = mapper.G.nodes[key]
    label = str(data.get("label") or str(key).partition(":")[2])
    aliases = sorted({str(a) for a in data.get("aliases") or ()} - {label})
    params = integer_literal(data.get("params")) if data["kind"] == "Model" else None
    out.add(
        mapper.node_iris[key],
        [
            (rdf.type, KIND_CLASSES[data["kind"]]),
            (skos.prefLabel, string_literal(label)),
            *((skos.altLabel, string_literal(alias)) for alias in aliases),
            (cg.canonicalName, string_literal(data.get("canonical"))),
            (cg.parameterCount, params),
            (cg.paperCount, integer_literal(data.get("paper_count"))),
        ],
    )
    add_edges(mapper, out, mapper.default_edges.get(key, ()), None)
