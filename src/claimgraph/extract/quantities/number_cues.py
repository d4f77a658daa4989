"""The cues of ``cues/numbers.json``: number roles in claims and sentence-final abbreviations.

Read once per process by :func:`number_cues` (the file's ``_doc`` says what each key holds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from claimgraph.extract.cues import load_cues, read_cue_file


@dataclass(frozen=True, slots=True)
class NumberCues:
    """Word sets of ``cues/numbers.json`` (see the claims/numbers package and pipeline/sentences.py)."""

    size_units: frozenset[str]
    cost_units: frozenset[str]
    target_verbs: frozenset[str]
    gap_after: frozenset[str]
    gap_before: frozenset[str]
    baseline_markers: frozenset[str]
    from_words: frozenset[str]
    to_words: frozenset[str]
    to_hedges: frozenset[str]
    outperform_words: frozenset[str]
    bracket_clause_breaks: frozenset[str]
    place_words: frozenset[str]
    versus_words: frozenset[str]
    cost_words: frozenset[str]
    fraction_nouns: frozenset[str]
    sentence_abbreviations: frozenset[str]
    sentence_abbreviations_always: frozenset[str]
    owner_links: frozenset[str]
    owner_after: frozenset[str]
    model_owner_after: frozenset[str]
    agent_words: frozenset[str]
    compared_class_nouns: frozenset[str]
    setting_words: frozenset[str]
    own_nouns: frozenset[str]
    hedge_words: frozenset[str]
    change_nouns: frozenset[str]
    bound_words: frozenset[str]
    bound_pairs: frozenset[str]
    bound_after: frozenset[str]
    statistic_words: frozenset[str]
    neutral_modifiers: frozenset[str]
    non_qualifiers: frozenset[str]
    split_words: frozenset[str]
    change_links: frozenset[str]
    dataset_nouns: frozenset[str]
    baseline_pairs: frozenset[str]
    denials: frozenset[str]
    change_modifiers: frozenset[str]
    metric_suffixes: frozenset[str]
    aid_words: frozenset[str]
    change_verbs: frozenset[str]
    change_object_determiners: frozenset[str]
    relative_pronouns: frozenset[str]
    ablation_openers: frozenset[str]
    opening_connectives: frozenset[str]
    target_needs: frozenset[str]
    spread_nouns: frozenset[str]
    metric_list_leads: frozenset[str]
    approx_words: frozenset[str]
    baseline_nouns: frozenset[str]
    than_comparatives: frozenset[str]
    share_verbs: frozenset[str]
    variant_nouns: frozenset[str]
    tuning_participles: frozenset[str]
    host_prepositions: frozenset[str]
    host_verbs: frozenset[str]
    scale_verbs: frozenset[str]
    contrast_openers: frozenset[str]
    name_list_openers: frozenset[str]
    qualifier_openers: frozenset[str]
    qualifier_gerunds: frozenset[str]
    own_markers: frozenset[str]
    value_links: frozenset[str]
    ratio_nouns: frozenset[str]
    noun_leads: frozenset[str]
    class_clause_starts: frozenset[str]
    score_nouns: frozenset[str]
    cutoff_metric_heads: frozenset[str]
    cutoff_measure_words: frozenset[str]
    test_split_words: frozenset[str]
    held_in_split_words: frozenset[str]
    own_phrase_words: frozenset[str]
    performed_task_nouns: frozenset[str]
    difference_units: frozenset[str]
    difference_nouns: frozenset[str]
    rank_cutoffs: frozenset[str]
    name_joiners: frozenset[str]
    correlation_nouns: frozenset[str]
    contrast_score_verbs: frozenset[str]
    pronoun_subjects: frozenset[str]
    clause_quantifiers: frozenset[str]
    baseline_phrase_preps: frozenset[str]
    #: derived: words before a class noun that name an unnamed model the sentence ranks ("the best-performing
    #: model achieves only 50.1%"): ``superlative_words`` of ``cues/subjects.json``, one list for the subject,
    #: number and relation readers
    superlative_modifiers: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        superlatives = frozenset(read_cue_file("subjects.json")["superlative_words"])
        object.__setattr__(self, "superlative_modifiers", superlatives)


@cache
def number_cues() -> NumberCues:
    """The packaged ``cues/numbers.json``."""
    return load_cues(NumberCues, "numbers.json")
