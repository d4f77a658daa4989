"""Map the claimgraph NetworkX graph (``docs/graph-schema.md``) to quads.

The default graph holds what no single paper owns: the entities with their
labels and ``variantOf`` links, the extraction activity and software agent, and
one ``cg:PaperGraph`` description per paper. Each paper's named graph holds
that paper's own assertions: its description, mentions (with their spans),
proposals, relation statements (with their evidence sentence) and claims (with
quantities, comparisons and evidence sentence).

Each node has one ``rdf:type``, its ``cg:`` class; what is the same for every
node of a graph is said once, by the graph's ``cg:PaperGraph`` description
(``prov:wasDerivedFrom`` its paper, ``prov:wasGeneratedBy`` the extraction), not
by every claim in it (docs/ontology.md, "One type a node, provenance once a
graph"). A value is said once too: no ``rdfs:label`` repeats an entity's
``skos:prefLabel``, a paper's ``dcterms:title`` or a claim's ``schema:text``
(the ontology makes those properties sub-properties of ``rdfs:label``), no
comparison's ``cg:quantityText`` the label of its ``cg:quantity``, no paper
graph the ``dcterms:source`` of its paper, and no quote selector a claim's
``schema:text`` (a claim's evidence span has its position selector only)
(docs/ontology.md, "Each value once").

The mapping runs in fixed units (a chunk of the default graph, or a run of
paper graphs), each graph's subjects sorted by IRI and each subject's
statements in the order the modules below add them
(:mod:`claimgraph.export.statements`), so the same graph always gives the
same sequence, units can be mapped in parallel, and memory stays bounded by
the largest unit.

**Modules**, in the order they import each other: :mod:`.schema_terms` (the ``cg:`` class of each node kind,
the property of each edge relation), :mod:`.graph_keys` (paper ids, the paper of a claim or edge, an edge's
relation, sort orders), :mod:`.units` (the fixed units: :class:`Unit`), :mod:`.provenance` (the extraction
activity, its software agent, each paper graph's description), :mod:`.text_spans` (evidence spans and their
selectors), :mod:`.papers` (a paper's description), :mod:`.claims` (claims, quantities and comparisons),
:mod:`.edges` (edge triples, mention spans and ``cg:RelationAssertion`` s), :mod:`.entities` (entities, in
the default graph) and :mod:`.mapper` (:class:`RdfMapper`, which indexes the graph and maps it unit by
unit, and :func:`iter_rdf`).
"""

from __future__ import annotations

from claimgraph.export.mapping.graph_keys import edge_order, relation_of, software_version
from claimgraph.export.mapping.mapper import RdfMapper, iter_rdf
from claimgraph.export.mapping.schema_terms import KIND_CLASSES, PAPER_KINDS, RELATION_PROPERTIES
from claimgraph.export.mapping.units import Unit  # its sizes stay in units.py, the one place to set them

__all__ = [
    "KIND_CLASSES",
    "PAPER_KINDS",
    "RELATION_PROPERTIES",
    "RdfMapper",
    "Unit",
    "edge_order",
    "iter_rdf",
    "relation_of",
    "software_version",
]
