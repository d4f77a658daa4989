"""The cues of name recognition (``cues/names.json``): name shapes and the words around names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimgraph.extract.cues import load_cues


@dataclass(frozen=True, slots=True)
class NameCues:
    """Compiled shapes and word lists of ``cues/names.json`` (the file documents each key)."""

    size_suffix: re.Pattern[str]
    glued_variant: re.Pattern[str]
    glued_version: re.Pattern[str]
    parameter_count: re.Pattern[str]
    model_shape: re.Pattern[str]
    version: re.Pattern[str]
    suffix_stoplist: frozenset[str]
    variant_words: frozenset[str]
    naming_cues: frozenset[str]
    dataset_heads: frozenset[str]
    model_heads: frozenset[str]
    method_heads: frozenset[str]
    method_part_heads: frozenset[str]
    metric_heads: frozenset[str]
    acronym_stoplist: frozenset[str]
    task_context_before: frozenset[str]
    task_phrase_heads: frozenset[str]
    task_context_after: frozenset[str]
    task_modifier_stoplist: frozenset[str]
    skip_after_propose_verb: frozenset[str]
    naming_heads: dict[str, str]
    proposal_list_counts: dict[str, int]
    proposal_list_kinds: dict[str, str]
    not_name_starts: frozenset[str]
    comparison_markers: frozenset[str]
    comparison_list_verbs: frozenset[str]
    comparison_prepositions: frozenset[str]
    metric_nouns: frozenset[str]
    appositive_starts: frozenset[str]
    appositive_skip: frozenset[str]
    appositive_stops: frozenset[str]
    task_long_form_heads: frozenset[str]
    method_long_form_endings: tuple[str, ...]
    lexicon_trimmed_heads: frozenset[str]
    lexicon_trimmed_articles: frozenset[str]
    task_setting_ends: frozenset[str]
    task_attributive_nouns: frozenset[str]
    indefinite_articles: frozenset[str]
    hyphen_name_connectors: frozenset[str]
    markup: re.Pattern[str]
    dataset_name_connectors: frozenset[str]
    glued_name_part: re.Pattern[str]
    version_counts: frozenset[str]
    example_markers: frozenset[str]
    head_before_words: frozenset[str]
    metric_qualifiers: frozenset[str]
    metric_qualifier_shape: re.Pattern[str]
    variant_part: re.Pattern[str]
    task_of_nouns: frozenset[str]
    task_setting_nouns: frozenset[str]
    evaluated_on_words: frozenset[str]
    dataset_name_endings: tuple[str, ...]
    task_heads: frozenset[str]
    evaluation_verbs: frozenset[str]
    spaced_lowercase_variants: frozenset[str]
    dataset_verbs: frozenset[str]
    count_suffix: re.Pattern[str]
    benchmark_subtitle_starts: frozenset[str]
    title_task_heads: frozenset[str]
    title_task_before: frozenset[str]
    title_task_nouns: frozenset[str]
    long_form_determiners: frozenset[str]
    long_form_function_words: frozenset[str]
    task_of_phrase_nouns: frozenset[str]
    task_of_phrase_coordinators: frozenset[str]
    plural_head_name_openers: frozenset[str]
    long_form_named_types: frozenset[str]
    long_form_class_heads: frozenset[str]
    long_form_quantity_heads: frozenset[str]
    pair_name_kind_words: frozenset[str]
    long_form_thing_heads: frozenset[str]
    introduction_stops: frozenset[str]
    model_verbs: frozenset[str]
    metric_value_connectors: frozenset[str]
    metric_number_units: frozenset[str]
    metric_introducers: frozenset[str]
    lowercase_metric_heads: frozenset[str]
    list_openers: frozenset[str]
    task_subject_verbs: frozenset[str]
    task_subject_heads: frozenset[str]
    task_error_prefixes: frozenset[str]
    dimension: re.Pattern[str]
    spaced_version_part: re.Pattern[str]
    model_size_parts: frozenset[str]
    verb_openers: frozenset[str]
    proposed_phrase_heads: frozenset[str]
    title_method_before: frozenset[str]
    title_method_generic_heads: frozenset[str]
    proposed_phrase_markers: frozenset[str]
    proposed_phrase_fillers: frozenset[str]
    passive_phrase_adverbs: frozenset[str]
    bare_phrase_breaks: frozenset[str]
    bare_phrase_nonheads: frozenset[str]
    name_part_nouns: frozenset[str]
    title_function_words: frozenset[str]
    title_phrase_continuations: frozenset[str]
    title_goal_openers: frozenset[str]
    family_variant_words: frozenset[str]
    long_form_clause_words: frozenset[str]
    metric_name_endings: tuple[str, ...]
    setting_acronyms: frozenset[str]
    metric_cutoff_shape: re.Pattern[str]
    underscore_variant: re.Pattern[str]
    release_mark: re.Pattern[str]
    release_number: re.Pattern[str]
    numbered_word_part: re.Pattern[str]
    method_qualifier_connectors: frozenset[str]
    dataset_number_suffix: re.Pattern[str]
    dataset_year: re.Pattern[str]
    dataset_year_counts: frozenset[str]
    rival_heads: frozenset[str]
    example_model_heads: frozenset[str]
    baseline_heads: frozenset[str]
    subject_name_determiners: frozenset[str]
    subject_name_openers: frozenset[str]
    subject_name_adverbs: frozenset[str]
    subject_name_verbs: frozenset[str]
    challenge_heads: frozenset[str]
    challenge_topic_words: frozenset[str]
    scored_name_heads: frozenset[str]
    scored_name_closers: frozenset[str]
    measure_heads: frozenset[str]
    measure_modifier_stoplist: frozenset[str]
    measure_change_nouns: frozenset[str]
    #: derived: the task head words a noun before a metric may be ("detection accuracy")
    metric_modifier_heads: frozenset[str] = field(init=False)
    #: derived: lower-case kind and part words that may follow a whole name ("framework", "model", "module",
    #: "dataset", "score"): the method, model, dataset and metric heads, name_part_nouns and naming_heads
    kind_words: frozenset[str] = field(init=False)
    #: derived: the last words of comparison_prepositions ("to" of "compared to")
    comparison_preposition_ends: frozenset[str] = field(init=False)
    #: derived: ``metric_introducers`` as word tuples ("in terms of" as ("in", "terms", "of")), sorted
    metric_introducer_words: tuple[tuple[str, ...], ...] = field(init=False)

    def __post_init__(self) -> None:
        heads = self.task_phrase_heads | self.title_task_heads | self.task_long_form_heads
        object.__setattr__(self, "metric_modifier_heads", heads)
        kinds = self.method_heads | self.model_heads | self.dataset_heads | self.metric_heads | self.name_part_nouns
        object.__setattr__(self, "kind_words", frozenset(w.lower() for w in kinds) | frozenset(self.naming_heads))
        ends = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in self.comparison_prepositions)
        object.__setattr__(self, "comparison_preposition_ends", ends)
        words = tuple(tuple(phrase.split()) for phrase in sorted(self.metric_introducers))
        object.__setattr__(self, "metric_introducer_words", words)


def name_cues() -> NameCues:
    """The packaged ``cues/names.json``."""
    return load_cues(NameCues, "names.json")
