"""The word sets of ``cues/uses.json`` (:class:`UsesCues`) and what every reading shares: the labels a
tail can have, whether two names are one entity (:func:`same`), the case of a word and the words
between two places without a bracketed aside."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from claimgraph.extract.cues import load_cues
from claimgraph.extract.entities.name_shapes import capitals, initials
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView


@dataclass(frozen=True, slots=True)
class UsesCues:
    """Word sets of ``cues/uses.json``, read only by this module (see its ``_doc``)."""

    uses_train_verbs: frozenset[str]
    uses_eval_verbs: frozenset[str]
    uses_model_preps: frozenset[str]
    uses_object_verbs: frozenset[str]
    uses_opening_preps: frozenset[str]
    uses_part_nouns: frozenset[str]
    uses_part_modifiers: frozenset[str]
    uses_purpose_participles: frozenset[str]
    uses_purpose_words: frozenset[str]
    uses_purpose_infinitives: frozenset[str]
    uses_class_heads: frozenset[str]
    uses_own_nouns: frozenset[str]
    uses_subject_skips: frozenset[str]
    uses_part_verbs: frozenset[str]
    uses_into_verbs: frozenset[str]
    uses_core_nouns: frozenset[str]
    uses_core_links: frozenset[str]
    uses_adjective_cues: frozenset[str]
    uses_object_adjectives: frozenset[str]
    uses_extra_train_cues: frozenset[str]
    uses_train_noun_words: frozenset[str]
    uses_from_cues: frozenset[str]
    uses_method_cues: frozenset[str]
    uses_trained_vias: frozenset[str]
    uses_object_pronouns: frozenset[str]
    uses_others_nouns: frozenset[str]
    uses_rival_words: frozenset[str]
    uses_adverb_negators: frozenset[str]
    uses_inspired_words: frozenset[str]
    uses_by_kind_nouns: frozenset[str]
    uses_by_blockers: frozenset[str]
    uses_experiment_model_preps: frozenset[str]
    uses_experiment_skips: frozenset[str]
    uses_cue_noun_after: frozenset[str]
    uses_task_ends: frozenset[str]
    uses_component_nouns: frozenset[str]
    uses_head_task_ends: frozenset[str]
    uses_with_verbs: frozenset[str]
    uses_compat_words: frozenset[str]
    uses_compat_to_words: frozenset[str]
    uses_clause_openers: frozenset[str]
    uses_modifier_endings: frozenset[str]
    uses_name_closers: frozenset[str]
    uses_example_leads: frozenset[str]
    uses_version_words: frozenset[str]
    uses_generic_modifiers: frozenset[str]
    uses_rival_relative_words: frozenset[str]
    uses_model_class_ends: frozenset[str]
    uses_evaluation_nouns: frozenset[str]
    uses_phrase_stops: frozenset[str]
    uses_study_verbs: frozenset[str]
    uses_head_nonmethod_ends: frozenset[str]
    uses_than_words: frozenset[str]
    uses_result_preps: frozenset[str]
    uses_result_verbs: frozenset[str]
    uses_apply_object_verbs: frozenset[str]
    uses_naive_adverbs: frozenset[str]
    uses_list_markers: frozenset[str]
    uses_coined_nonpart_nouns: frozenset[str]
    uses_coined_study_words: frozenset[str]
    uses_ordinal_openers: frozenset[str]
    uses_hope_words: frozenset[str]
    uses_future_nouns: frozenset[str]
    uses_instance_leads: frozenset[str]
    uses_compat_with_verbs: frozenset[str]
    uses_opening_words: frozenset[str]
    uses_support_verbs: frozenset[str]
    uses_support_ranges: frozenset[str]
    uses_long_form_joiners: frozenset[str]
    uses_replace_verbs: frozenset[str]
    uses_replace_stops: frozenset[str]
    uses_result_finding_verbs: frozenset[str]
    uses_serving_nouns: frozenset[str]
    uses_advice_nouns: frozenset[str]
    uses_rival_result_preps: frozenset[str]
    uses_rival_pronouns: frozenset[str]
    uses_coined_standalone_nouns: frozenset[str]
    uses_kind_forming_modifiers: frozenset[str]
    uses_practice_tails: frozenset[str]
    uses_model_kind_nouns: frozenset[str]
    uses_own_adjectives: frozenset[str]
    uses_passive_part_verbs: frozenset[str]
    uses_part_propose_verbs: frozenset[str]
    uses_relative_pronouns: frozenset[str]
    uses_measured_nouns: frozenset[str]
    uses_study_nouns: frozenset[str]
    uses_others_subject_words: frozenset[str]
    uses_rival_based_words: frozenset[str]
    uses_application_nouns: frozenset[str]
    uses_sibling_counts: frozenset[str]
    #: derived: cue words that open a pattern besides relations.json's ``use_any``
    extra_cues: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        extra = self.uses_extra_train_cues | self.uses_from_cues | self.uses_method_cues
        object.__setattr__(self, "extra_cues", extra)


def uses_cues() -> UsesCues:
    """The packaged ``cues/uses.json``."""
    return load_cues(UsesCues, "uses.json")


#: Labels of the names a ``uses`` tail can be (a Metric or Task between words is no rival tail).
TAIL_LABELS = frozenset(("Method", "Model", "Dataset"))


def same(head: Span, tail: Located, abbreviated: bool = True) -> bool:
    """Whether a head and a tail name the same entity (same text, same kb id, or, if
    ``abbreviated``, one abbreviates the other: "PreFM" and "Predictive Future Modeling")."""
    if head.text.lower() == tail.key or bool(head.kb_id_) and head.kb_id_ == tail.span.kb_id_:
        return True
    return abbreviated and (_abbreviates(head.text, tail.span.text) or _abbreviates(tail.span.text, head.text))


def _abbreviates(short: str, long: str) -> bool:
    """Whether the capitals of a one-word name are the initials of a longer name's words
    ("PreFM", "Predictive Future Modeling"; "GSM++" and "Graph Sequence Model" are not one name)."""
    if " " in short or " " not in long or not short.isalnum():
        return False
    letters = capitals(short)
    return len(letters) > 1 and letters == initials(long)


def _without_aside(view: SentenceView, lo: int, hi: int) -> tuple[str, ...]:
    """The words from ``lo`` to ``hi`` without a leading parenthesis that holds no name
    ("LLaMA-2 (7B and 13B) and Mistral-7B" lists both models)."""
    words = view.words[lo:hi]
    if words[:1] == ("(",) and ")" in words and not any(lo < e.first < hi for e in view.entities):
        return words[words.index(")") + 1 :]
    return words
