"""The word sets of ``cues/subjects.json`` (:class:`SubjectCues`) and those the other modules share:
:data:`ACTORS`, :data:`PROPOSE_VERBS`, list joiners, baseline markers, gain verbs and clause breaks; and
the words inside entity names, where cue words do not count (:func:`entity_mask`)."""

from __future__ import annotations

from dataclasses import dataclass

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.claims.cues import claim_cues, relation_cues
from claimgraph.extract.cues import author_cues, load_cues, read_cue_file
from claimgraph.extract.pipeline.sentence_view import SentenceView
from claimgraph.vocabulary import ACTOR_TYPES

ACTORS = frozenset(ACTOR_TYPES)
_ENABLE = relation_cues().enable_verbs
_JOINERS = relation_cues().list_joiners
_CONJUNCTIONS = _JOINERS - {","}
_SELF_HEADS = claim_cues().self_heads  # "our method", "the proposed framework" ...
_OTHERS = relation_cues().others_words  # "existing", "prior" ...
PROPOSE_VERBS = author_cues().propose_verbs


@dataclass(frozen=True, slots=True)
class SubjectCues:
    """Word sets of ``cues/subjects.json`` (the file documents each key)."""

    not_subject_after: frozenset[str]
    enumerators: frozenset[str]
    clause_openers: frozenset[str]
    our_determiners: frozenset[str]
    clause_stops: frozenset[str]
    compare_gap_stops: frozenset[str]
    clause_breaks: frozenset[str]
    family_markers: frozenset[str]
    dataset_self_heads: frozenset[str]
    subject_preps: frozenset[str]
    infinitive_adverbs: frozenset[str]
    component_heads: frozenset[str]
    respective_words: frozenset[str]
    based_words: frozenset[str]
    appositive_baseline_words: frozenset[str]
    descriptor_determiners: frozenset[str]
    superlative_words: frozenset[str]
    superlative_heads: frozenset[str]
    trained_words: frozenset[str]
    merit_nouns: frozenset[str]
    subject_example_markers: frozenset[str]
    subject_phrase_preps: frozenset[str]
    aim_words: frozenset[str]
    purpose_gerund_preps: frozenset[str]
    effect_adjectives: frozenset[str]
    place_preps: frozenset[str]
    ablation_nouns: frozenset[str]
    made_with_preps: frozenset[str]
    not_made_participles: frozenset[str]
    adding_gerunds: frozenset[str]
    discovery_verbs: frozenset[str]
    phenomenon_clause_words: frozenset[str]
    collection_heads: frozenset[str]
    pair_preps: frozenset[str]
    output_modifiers: frozenset[str]
    need_nouns: frozenset[str]


def subject_cues() -> SubjectCues:
    """The packaged ``cues/subjects.json``."""
    return load_cues(SubjectCues, "subjects.json")


_CUES = subject_cues()
#: learning paradigms and architecture classes ("cnn", "transfer learning"): relation_reading.json's paradigm_tails
_PARADIGMS = frozenset(read_cue_file("relation_reading.json")["paradigm_tails"])


#: Words before a proposed name that keep it from being the subject; "by" introduces a passive agent.
_NOT_AGENT = _CUES.not_subject_after - {"by"}
#: Words after which a background word ("over recent models", "than existing methods") describes a baseline.
_BASELINE_MARKERS = frozenset({"over", "than", "against"}) | claim_cues().beat_verbs
#: Verbs of a gain or a saving ("This improves ...", "This reduces ..."), not of achieving ("This sets ...").
_GAIN_VERBS = frozenset(w for w in claim_cues().improvement_cues | claim_cues().decrease_cues if w.endswith("s"))
#: Words that open a new clause before a name ("show that X ...", "whereas X ...").
_BREAKS = _CUES.clause_breaks - {"and", ","}


def entity_mask(view: SentenceView) -> frozenset[int]:
    """Indices of words inside non-metric entity names (their cue words do not count)."""
    return frozenset(i for e in view.entities if e.label != "Metric" for i in range(e.first, e.last + 1))
