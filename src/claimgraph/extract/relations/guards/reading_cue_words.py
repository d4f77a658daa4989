"""The word sets of ``cues/relation_reading.json`` that keep a relation from misreading a sentence.

:class:`ReadingCues` holds one frozen set per cue list of the file (is-a appositions, adjectival
participles, hedges, "X with Y" winners, cost and speed comparisons, ...; the file's ``_doc`` says what
each list is for) and the sets derived from other cue files (``own_system_nouns``, ``rival_adjectives``,
``task_list_nouns``, ...); :func:`reading_cues` loads the packaged file. Every other guard module and
the readers of ``relations/pairs/``, ``relations/uses/`` and ``relations/proposes/`` read their words here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimgraph.extract.cues import load_cues, read_cue_file
from claimgraph.extract.quantities.number_cues import number_cues


@dataclass(frozen=True, slots=True)
class ReadingCues:
    """Word sets of ``cues/relation_reading.json``: what keeps a sentence from being misread
    (is-a appositions, adjectival participles, hedges, "X with Y" winners; see its ``_doc``)."""

    adjectival_adverbs: frozenset[str]
    parity_links: frozenset[str]
    adjectival_participles: frozenset[str]
    object_preps: frozenset[str]
    likeness_suffixes: frozenset[str]
    data_nouns: frozenset[str]
    outperform_hedges: frozenset[str]
    subject_participles: frozenset[str]
    class_links: frozenset[str]
    own_object_words: frozenset[str]
    contrast_clauses: frozenset[str]
    evaluator_nouns: frozenset[str]
    list_intros: frozenset[str]
    phrase_preps: frozenset[str]
    setting_preps: frozenset[str]
    instrument_words: frozenset[str]
    data_verbs: frozenset[str]
    quantifiers: frozenset[str]
    descriptive_endings: frozenset[str]
    comparison_preps: frozenset[str]
    paradigm_tails: frozenset[str]
    instance_nouns: frozenset[str]
    clause_verbs: frozenset[str]
    modal_hedges: frozenset[str]
    hosting_preps: frozenset[str]
    naming_words: frozenset[str]
    gain_gap: frozenset[str]
    introducing_verbs: frozenset[str]
    valence_comparatives: frozenset[str]
    result_words: frozenset[str]
    compare_win_openers: frozenset[str]
    compare_win_words: frozenset[str]
    compare_loss_words: frozenset[str]
    compare_cost_words: frozenset[str]
    quality_nouns: frozenset[str]
    speed_comparatives: frozenset[str]
    purpose_leads: frozenset[str]
    gain_nouns: frozenset[str]
    score_verbs: frozenset[str]
    dataset_free_before: frozenset[str]
    resource_comparatives: frozenset[str]
    own_study_nouns: frozenset[str]
    win_over_words: frozenset[str]
    passive_auxiliaries: frozenset[str]
    component_nouns: frozenset[str]
    unnamed_object_leads: frozenset[str]
    ablation_words: frozenset[str]
    parity_verb_forms: frozenset[str]
    rival_preps: frozenset[str]
    anaphoric_objects: frozenset[str]
    anaphoric_leads: frozenset[str]
    transfer_words: frozenset[str]
    eval_instruments: frozenset[str]
    eval_purpose_verbs: frozenset[str]
    other_data_leads: frozenset[str]
    other_data_plurals: frozenset[str]
    language_names: frozenset[str]
    derivative_nouns: frozenset[str]
    liability_adjectives: frozenset[str]
    win_negations: frozenset[str]
    colon_list_leads: frozenset[str]
    set_up_nouns: frozenset[str]
    best_leads: frozenset[str]
    best_verbs: frozenset[str]
    best_words: frozenset[str]
    negation_breaks: frozenset[str]
    result_verbs: frozenset[str]
    source_roles: frozenset[str]
    benchmark_name_endings: frozenset[str]
    speedup_nouns: frozenset[str]
    system_nouns: frozenset[str]
    extra_metric_list_nouns: frozenset[str]
    metric_shape: re.Pattern
    quantity_shape: re.Pattern
    source_nouns: frozenset[str]
    extra_boost_verbs: frozenset[str]
    property_adjectives: frozenset[str]
    limit_nouns: frozenset[str]
    data_making_words: frozenset[str]
    subset_nouns: frozenset[str]
    kind_list_leads: frozenset[str]
    extra_rival_adjectives: frozenset[str]
    limit_determiners: frozenset[str]
    source_qualifiers: frozenset[str]
    data_model_nouns: frozenset[str]
    efficiency_adjectives: frozenset[str]
    eval_setting_preps: frozenset[str]
    retention_participles: frozenset[str]
    ability_modals: frozenset[str]
    product_participles: frozenset[str]
    product_nouns: frozenset[str]
    inquiry_verbs: frozenset[str]
    condition_words: frozenset[str]
    gloss_markers: frozenset[str]
    hardware_nouns: frozenset[str]
    object_fillers: frozenset[str]
    object_ends: frozenset[str]
    noun_determiners: frozenset[str]
    rival_words_after_kept: frozenset[str]
    technique_process_nouns: frozenset[str]
    technique_instance_nouns: frozenset[str]
    task_domain_nouns: frozenset[str]
    phenomenon_heads: frozenset[str]
    system_lead_nouns: frozenset[str]
    data_description_verbs: frozenset[str]
    pointer_determiners: frozenset[str]
    evaluation_purpose_words: frozenset[str]
    evaluation_set_nouns: frozenset[str]
    name_suffix_signs: frozenset[str]
    programming_languages: frozenset[str]
    subject_link_words: frozenset[str]
    theory_test_verbs: frozenset[str]
    theory_nouns: frozenset[str]
    #: derived: nouns after "our" that name a system of the paper's own (instance_nouns + system_nouns)
    own_system_nouns: frozenset[str] = field(init=False)
    #: derived: pronouns opening a clause whose comparison has the name before them as its
    #: winner ("FooNet-7B, which outperforms Y"): numbers.json relative_pronouns without "whose"
    winner_pronouns: frozenset[str] = field(init=False)
    #: derived: nouns by which a benchmark paper's sentence points to its benchmark ("this benchmark"):
    #: names.json dataset_heads, lower-cased
    benchmark_nouns: frozenset[str] = field(init=False)
    #: derived: verbs that open a plug-in phrase ("... and enhances GLIGEN"): claims.json improve_verbs
    #: and ``extra_boost_verbs``
    boost_verbs: frozenset[str] = field(init=False)
    #: derived: adjectives of unnamed rivals ("standard DPO and strong baselines"): ``kind_list_leads``,
    #: ``extra_rival_adjectives`` and relations.json others_words
    rival_adjectives: frozenset[str] = field(init=False)
    #: derived: words that rank an unnamed model ("the strongest dynamic MoE baseline"): subjects.json
    #: superlative_words, one list for the subject, number and relation readers
    superlatives: frozenset[str] = field(init=False)
    #: derived: nouns that end a list of metrics typed as datasets ("on SIM, CC, NSS and AUC-J metrics"):
    #: names.json metric_nouns (lower-cased) and ``extra_metric_list_nouns``
    metric_list_nouns: frozenset[str] = field(init=False)
    #: derived: nouns that make a list of acronyms tasks or settings ("GRES and GREC tasks"): names.json
    #: task_setting_nouns and their plurals
    task_list_nouns: frozenset[str] = field(init=False)
    #: derived: the words for a baseline ("baseline", "baselines"): numbers.json baseline_nouns
    baseline_nouns: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "own_system_nouns", self.instance_nouns | self.system_nouns)
        object.__setattr__(self, "winner_pronouns", number_cues().relative_pronouns - {"whose"})
        object.__setattr__(self, "baseline_nouns", number_cues().baseline_nouns)
        object.__setattr__(self, "superlatives", number_cues().superlative_modifiers)
        names = read_cue_file("names.json")
        object.__setattr__(self, "benchmark_nouns", frozenset(h.lower() for h in names["dataset_heads"]))
        metrics = frozenset(w.lower() for w in names["metric_nouns"])
        object.__setattr__(self, "metric_list_nouns", metrics | self.extra_metric_list_nouns)
        settings = names["task_setting_nouns"]
        object.__setattr__(self, "task_list_nouns", frozenset(settings) | frozenset(w + "s" for w in settings))
        improve = frozenset(read_cue_file("claims.json")["improve_verbs"])
        object.__setattr__(self, "boost_verbs", improve | self.extra_boost_verbs)
        others = frozenset(read_cue_file("relations.json")["others_words"])
        object.__setattr__(self, "rival_adjectives", self.kind_list_leads | self.extra_rival_adjectives | others)


def reading_cues() -> ReadingCues:
    """The packaged ``cues/relation_reading.json``."""
    return load_cues(ReadingCues, "relation_reading.json")
