"""The cues of claims and relations (``cues/claims.json``, ``cues/relations.json``).

Both files are plain data; :func:`claim_cues` and :func:`relation_cues` read
them through :func:`claimgraph.extract.cues.load_cues` once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.extract.cues import author_cues, load_cues
from claimgraph.extract.lexicons import metric_directions


@dataclass(frozen=True, slots=True)
class MetricInfo:
    """One row of the metric table: direction of improvement and scale."""

    higher_is_better: bool | None
    percent: bool


@dataclass(frozen=True, slots=True)
class ClaimCues:
    """Word sets of ``cues/claims.json`` (see the package claims/detection/ for their use).

    Fields after ``metric_table`` are derived: ``sota_phrases`` holds the
    phrases joined by spaces and ``sota_first`` their first words, ``metric_table``
    the metric directions of ``lexicons/metrics.jsonl`` by lower-cased form, and the author words come from
    ``cues/authors.json``.
    """

    self_heads: frozenset[str]
    self_pronouns: frozenset[str]
    finding_verbs: frozenset[str]
    result_nouns: frozenset[str]
    comparison_cues: frozenset[str]
    improvement_cues: frozenset[str]
    achieve_cues: frozenset[str]
    decrease_cues: frozenset[str]
    increase_cues: frozenset[str]
    within_cues: frozenset[str]
    equal_cues: frozenset[str]
    absolute_units: frozenset[str]
    sota_verbs: frozenset[str]
    hedges: frozenset[str]
    background_cues: frozenset[str]
    negations: frozenset[str]
    title_verbs: frozenset[str]
    title_question_words: frozenset[str]
    description_verbs: frozenset[str]
    mechanism_verbs: frozenset[str]
    theory_strong: frozenset[str]
    comparatives: frozenset[str]
    compare_openers: frozenset[str]
    beat_verbs: frozenset[str]
    match_verbs: frozenset[str]
    matching_verbs: frozenset[str]
    match_objects: frozenset[str]
    improve_verbs: frozenset[str]
    availability_strong: frozenset[str]
    release_words: frozenset[str]
    plan_words: frozenset[str]
    efficiency_strong: frozenset[str]
    efficiency_objects: frozenset[str]
    gained_efficiency_heads: frozenset[str]
    field_advance_words: frozenset[str]
    advance_noun_before: frozenset[str]
    advance_noun_after: frozenset[str]
    gain_object_breaks: frozenset[str]
    topic_gerund_preps: frozenset[str]
    efficiency_qualifiers: frozenset[str]
    how_words: frozenset[str]
    down_comparatives: frozenset[str]
    lower_better_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    finding_nouns: frozenset[str]
    finding_adverbs: frozenset[str]
    passive_aux: frozenset[str]
    size_comparatives: frozenset[str]
    cost_nouns: frozenset[str]
    weak_comparison_cues: frozenset[str]
    result_only_verbs: frozenset[str]
    uncoordinated_finding_verbs: frozenset[str]
    theory_weak: frozenset[str]
    idiom_nouns: frozenset[str]
    take_words: frozenset[str]
    decline_words: frozenset[str]
    sota_other_heads: frozenset[str]
    chance_words: frozenset[str]
    concessive_qualifiers: frozenset[str]
    reference_verbs_objects: frozenset[str]
    own_result_heads: frozenset[str]
    opening_adverbs: frozenset[str]
    training_words: frozenset[str]
    sota_report_verbs: frozenset[str]
    not_only_words: frozenset[str]
    rise_words: frozenset[str]
    harm_phrase_breaks: frozenset[str]
    perform_verbs: frozenset[str]
    sota_result_heads: frozenset[str]
    description_openers: frozenset[str]
    description_results: frozenset[str]
    standalone_comparatives: frozenset[str]
    winning_comparatives: frozenset[str]
    rival_words: frozenset[str]
    rival_clause_ends: frozenset[str]
    gain_rival_words: frozenset[str]
    analysis_nouns: frozenset[str]
    prove_verbs: frozenset[str]
    measured_savings: frozenset[str]
    gain_rival_heads: frozenset[str]
    sota_phrases: tuple[tuple[str, ...], ...]
    metric_table: dict[str, MetricInfo] = field(init=False)
    sota_set: frozenset[str] = field(init=False)
    sota_first: frozenset[str] = field(init=False)
    metric_first: frozenset[str] = field(init=False)
    author_words: frozenset[str] = field(init=False)
    author_nouns: frozenset[str] = field(init=False)
    propose_verbs: frozenset[str] = field(init=False)
    result_words: frozenset[str] = field(init=False)
    efficiency_words: frozenset[str] = field(init=False)
    any_cue: frozenset[str] = field(init=False)
    marker_words: frozenset[str] = field(init=False)
    described_results: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        # Phrases are matched over hyphen-joined words, so "state of the art" and
        # "state-of-the-art" are both written as word sequences joined by spaces.
        phrases = frozenset(" ".join(p).replace(" - ", "-") for p in self.sota_phrases)
        metrics = {name: MetricInfo(*row) for name, row in metric_directions().items()}
        authors = author_cues()
        result_words = (
            self.achieve_cues
            | self.improvement_cues
            | self.decrease_cues
            | self.efficiency_strong
            | self.measured_savings
            | {"better"}
        )
        derived = {
            "metric_table": metrics,
            "sota_set": phrases,
            "sota_first": frozenset(p.split(" ")[0] for p in phrases),
            "metric_first": frozenset(name.split(" ")[0] for name in metrics),
            "author_words": authors.author_words,
            "author_nouns": authors.author_nouns,
            "propose_verbs": authors.propose_verbs,
            "result_words": result_words,
            "efficiency_words": self.efficiency_strong | self.efficiency_objects | self.measured_savings,
            "marker_words": self.beat_verbs
            | self.match_verbs
            | self.improve_verbs
            | self.compare_openers
            | {"than", "over", "within"},
        }
        # what turns a description ("we propose X, which achieves ...") into a claim; not "template matching"
        derived["described_results"] = (
            self.achieve_cues
            | self.beat_verbs
            | self.finding_verbs
            | self.description_results
            | frozenset(w for w in self.match_verbs if not w.endswith("ing"))
        )
        derived["any_cue"] = (
            result_words
            | self.finding_verbs
            | self.reporting_verbs
            | self.finding_nouns
            | self.finding_adverbs
            | derived["sota_first"]
            | self.comparison_cues
            | self.title_verbs
        )
        for name, value in derived.items():
            object.__setattr__(self, name, value)


def claim_cues() -> ClaimCues:
    """The packaged ``cues/claims.json``."""
    return load_cues(ClaimCues, "claims.json")


@dataclass(frozen=True, slots=True)
class RelationCues:
    """Word sets of ``cues/relations.json`` (see relations/pairs/ and relations/uses/).

    Derived: ``use_any``, every word that can open a ``uses`` pattern,
    ``next_words``, the ``needs_next`` pairs as word -> allowed next words, and
    ``use_suffix_tuple``, ``use_suffixes`` as a tuple for ``str.endswith``.
    """

    eval_verbs: frozenset[str]
    eval_cues: frozenset[str]
    train_cues: frozenset[str]
    use_strong: frozenset[str]
    use_weak: frozenset[str]
    needs_next: frozenset[str]
    eval_preps: frozenset[str]
    use_suffixes: frozenset[str]
    applied_participles: frozenset[str]
    via_words: frozenset[str]
    experiment_nouns: frozenset[str]
    experiment_preps: frozenset[str]
    dataset_preps: frozenset[str]
    chain_words: frozenset[str]
    use_stops: frozenset[str]
    apposition_blockers: frozenset[str]
    improve_gap: frozenset[str]
    not_after: frozenset[str]
    name_markers: frozenset[str]
    tail_head_nouns: frozenset[str]
    enable_verbs: frozenset[str]
    comparison_openers: frozenset[str]
    eval_nounlike: frozenset[str]
    eval_verb_context: frozenset[str]
    likeness_words: frozenset[str]
    role_nouns: frozenset[str]
    apply_verbs: frozenset[str]
    result_after: frozenset[str]
    eval_slot_blockers: frozenset[str]
    eval_slot_parts: frozenset[str]
    eval_passive: frozenset[str]
    others_words: frozenset[str]
    modifier_suffixes: frozenset[str]
    name_continuations: frozenset[str]
    class_plurals: frozenset[str]
    parity_words: frozenset[str]
    subject_clauses: frozenset[str]
    own_words: frozenset[str]
    adverbs: frozenset[str]
    kind_plurals: frozenset[str]
    task_nouns: frozenset[str]
    class_nouns: frozenset[str]
    family_nouns: frozenset[str]
    list_joiners: frozenset[str]
    modifier_words: frozenset[str]
    uses_free_words: frozenset[str]
    uses_negators: frozenset[str]
    uses_view_nouns: frozenset[str]
    uses_same_words: frozenset[str]
    uses_kind_gap: frozenset[str]
    uses_analysis_words: frozenset[str]
    uses_modality_nouns: frozenset[str]
    uses_apply_eval_verbs: frozenset[str]
    use_any: frozenset[str] = field(init=False)
    next_words: dict[str, frozenset[str]] = field(init=False)
    use_suffix_tuple: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "use_any", self.use_strong | self.use_weak | self.experiment_nouns)
        object.__setattr__(self, "use_suffix_tuple", tuple(sorted(self.use_suffixes)))
        pairs: dict[str, set[str]] = {}
        for item in self.needs_next:  # "word:following": the word counts only before that next word
            word, following = item.split(":")
            pairs.setdefault(word, set()).add(following)
        object.__setattr__(self, "next_words", {k: frozenset(v) for k, v in pairs.items()})


def relation_cues() -> RelationCues:
    """The packaged ``cues/relations.json``."""
    return load_cues(RelationCues, "relations.json")
