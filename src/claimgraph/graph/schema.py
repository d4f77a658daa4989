"""The graph schema of ``docs/graph-schema.md`` as data (kept in sync by a test)."""

from __future__ import annotations

from claimgraph.vocabulary import ENTITY_TYPES, PAIR_RELATIONS, PROPOSABLE_TYPES

NODE_KINDS: tuple[str, ...] = ("Paper", *ENTITY_TYPES, "Claim")

_ENTITY_ATTRIBUTES = ("kind", "label", "aliases", "canonical", "params", "paper_count")

NODE_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "Paper": (
        "kind",
        "label",
        "id",
        "title",
        "abstract",
        "authors",
        "author_count",
        "date",
        "upvotes",
        "url",
        "arxiv_id",
        "sources",
    ),
    **{kind: _ENTITY_ATTRIBUTES for kind in ENTITY_TYPES},
    "Claim": (
        "kind",
        "label",
        "claim_type",
        "text",
        "paper",
        "field",
        "start",
        "end",
        "hedged",
        "confidence",
        "quantities",
        "comparisons",
    ),
}

_MODEL_METHOD = ("Model", "Method")

# relation -> (source kinds, target kinds)
EDGE_ENDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mentions": (("Paper",), ENTITY_TYPES),
    "proposes": (("Paper",), PROPOSABLE_TYPES),
    "evaluated_on": (_MODEL_METHOD, ("Dataset",)),
    "outperforms": (_MODEL_METHOD, _MODEL_METHOD),
    "uses": (_MODEL_METHOD, ("Model", "Method", "Dataset")),
    "variant_of": (("Model",), ("Model",)),
    "asserts": (("Paper",), ("Claim",)),
    "subject": (("Claim",), ENTITY_TYPES),
    "baseline": (("Claim",), ENTITY_TYPES),
    "dataset": (("Claim",), ("Dataset",)),
    "metric": (("Claim",), ("Metric",)),
}

PROVENANCE: tuple[str, ...] = ("sentence", "field", "start", "end", "confidence")
#: Relations stated in a sentence: their edges carry the sentence and its position.
STATED_RELATIONS: frozenset[str] = frozenset(PAIR_RELATIONS)


def edge_attributes(relation: str) -> tuple[str, ...]:
    """Return the documented attributes of an edge of ``relation``."""
    if relation == "variant_of":
        return ("relation", "params")
    extra: tuple[str, ...] = ()
    if relation == "mentions":
        extra = ("mentions",)
    elif relation == "outperforms":
        extra = (*PROVENANCE, "margins")
    elif relation in STATED_RELATIONS:
        extra = PROVENANCE
    return ("relation", "paper", *extra)


# Attributes whose values are lists or dicts (JSON-encoded in GraphML).
JSON_ATTRIBUTES: frozenset[str] = frozenset(
    {"authors", "sources", "aliases", "quantities", "comparisons", "mentions", "margins"}
)
