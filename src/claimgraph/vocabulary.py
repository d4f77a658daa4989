"""The guide's vocabularies: entity, claim and relation types, in one place.

Every stage (extraction, scoring, the graph, the CLI) reads its type names
from here; this module imports nothing, so any stage may use it.
"""

from __future__ import annotations

#: Entity types of the annotation guide, in their canonical order.
ENTITY_TYPES: tuple[str, ...] = ("Model", "Method", "Dataset", "Metric", "Task")

#: Claim types of the annotation guide.
CLAIM_TYPES: tuple[str, ...] = (
    "comparison",
    "improvement",
    "state_of_the_art",
    "efficiency",
    "finding",
    "theoretical",
)

#: Relations between two entities stated in a sentence.
PAIR_RELATIONS: tuple[str, ...] = ("evaluated_on", "outperforms", "uses")

#: Every relation of the guide: the paper's proposals and the pair relations.
RELATION_TYPES: tuple[str, ...] = ("proposes", *PAIR_RELATIONS)

#: The entity types that act: heads of ``evaluated_on``, ``outperforms`` and ``uses``.
ACTOR_TYPES: tuple[str, ...] = ("Model", "Method")

#: The entity types a paper can propose (and the tails of ``uses``).
PROPOSABLE_TYPES: tuple[str, ...] = ("Model", "Method", "Dataset")

#: The text fields of a paper the extractor reads.
FIELDS: tuple[str, ...] = ("title", "abstract")

#: The RDF serialisations a build can write, named by their file extension.
RDF_FORMATS: tuple[str, ...] = ("ttl", "nt", "nq", "trig", "jsonld")

#: The RDF serialisations that keep one named graph per paper.
QUAD_FORMATS: frozenset[str] = frozenset({"nq", "trig", "jsonld"})

#: Every RDF file of a build is ``claimgraph.<format>``.
RDF_STEM = "claimgraph"
