"""The ``cg:`` class of each node kind and the property of each edge relation.

Both tables follow docs/graph-schema.md; a kind or relation missing here is one
the schema does not define, and the mapping refuses it. :data:`PAPER_KINDS`
tells the nodes a paper owns (they go to its named graph) from the entities the
papers share (they go to the default graph).
"""

from __future__ import annotations

from claimgraph.export.vocabulary import cg, schema

#: ``rdf:type`` of each node kind: its one claimgraph class. The standard classes it specialises
#: (``schema:ScholarlyArticle``, ``mls:Model``, ``cg:Entity``, ...) are ``rdfs:subClassOf`` axioms of
#: ``ontology/claimgraph.ttl``, stated once there rather than on every node (docs/ontology.md, "One type a
#: node"); a query finds every node of a kind by its ``cg:`` class alone.
KIND_CLASSES = {
    "Paper": cg.Paper,
    "Model": cg.Model,
    "Method": cg.Method,
    "Dataset": cg.Dataset,
    "Metric": cg.Metric,
    "Task": cg.Task,
    "Claim": cg.Claim,
}

#: Edge ``relation`` (docs/graph-schema.md) -> property.
RELATION_PROPERTIES = {
    "mentions": schema.mentions,
    "proposes": cg.proposes,
    "evaluated_on": cg.evaluatedOn,
    "outperforms": cg.outperforms,
    "uses": cg.uses,
    "variant_of": cg.variantOf,
    "asserts": cg.asserts,
    "subject": cg.subject,
    "baseline": cg.baseline,
    "dataset": cg.dataset,
    "metric": cg.metric,
}

#: Kinds whose nodes belong to one paper; the other nodes (entities) are shared by the papers.
PAPER_KINDS = ("Paper", "Claim")
