"""The records the extract stage produces: plain frozen dataclasses, no spans.

The field names follow ``annotation-guide.md`` (the JSON Lines format of
``claimgraph extract``); mentions add character offsets into the paper's
cleaned ``title`` or ``abstract`` (``field``).
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.vocabulary import CLAIM_TYPES, ENTITY_TYPES, FIELDS, RELATION_TYPES

__all__ = ["CLAIM_TYPES", "ENTITY_TYPES", "FIELDS", "RELATION_TYPES"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a name or number: ``text[start:end]`` of ``field``."""

    start: int
    end: int
    field: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A distinct entity of one paper with every surface form it uses.

    ``text`` is the paper's preferred surface form (the long form where an
    abbreviation is defined); ``canonical`` is the lexicon's canonical name
    when a lexicon knows the entity, else None.
    """

    text: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    canonical: str | None = None
    evidence: str = "lexicon"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number written in digits: ``value`` already scaled, ``high`` for ranges."""

    text: str
    value: float
    high: float | None
    unit: str | None
    measures: str | None
    mentions: tuple[Mention, ...]
    multiplier: float = 1.0


@dataclass(frozen=True, slots=True)
class Comparison:
    """The meaning of a number in a claim: how much, of what, against whom.

    ``role`` is "score" (an absolute score of ``metric``), "change" (a change,
    ``direction`` and ``relative`` say which), "baseline" (a baseline's score),
    "size" (parameters, tokens, samples, counts), "cost" (time, memory, FLOPs,
    price) or None when unknown; ``dataset`` and ``model`` are the entities the
    sentence ties the number to, or None.
    """

    quantity: str
    metric: str | None
    direction: str  # "increase", "decrease", "within", "equal" or "unknown"
    relative: bool  # True for %-of / x-fold changes, False for absolute points
    higher_is_better: bool | None
    baseline: str | None
    role: str | None = None
    dataset: str | None = None
    model: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence in which the authors assert a result of their own work."""

    text: str
    type: str
    subject: str | None
    baselines: tuple[str, ...]
    datasets: tuple[str, ...]
    metrics: tuple[str, ...]
    quantities: tuple[str, ...]
    hedged: bool
    start: int
    end: int
    field: str
    confidence: float
    comparisons: tuple[Comparison, ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """``head --relation--> tail`` between entity texts, with its evidence ``sentence``: one sentence, or
    consecutive abstract sentences (a comparison set-up and the "outperforms them" after it; a benchmark
    paper's passage from the sentence naming its benchmark to a model's result), never across title and
    abstract; ``start``/``end`` are its offsets in ``field``."""

    head: str
    relation: str
    tail: str
    sentence: str
    start: int
    end: int
    field: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one paper.

    ``error`` says why extraction failed for this paper (a component raised on it); the paper then has no
    facts, and the other papers of the run are extracted as usual."""

    id: str
    title: str
    entities: tuple[Entity, ...]
    quantities: tuple[Quantity, ...]
    proposes: tuple[str, ...]
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    error: str | None = None
