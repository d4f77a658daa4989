"""The spaCy component ``claimgraph_entities`` (:class:`EntityDecider`, built by :func:`make_entities`): runs the
steps of the other modules over a doc's candidates, in order, and writes ``doc.spans["entities"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.cues import author_cues
from claimgraph.extract.entities.decision.abbreviation_pairs import abbreviation_spans
from claimgraph.extract.entities.decision.coined_names import coined_names
from claimgraph.extract.entities.decision.dropping import (
    LATEX_COMMAND,
    glued_word,
    is_attributive_task,
    is_generic,
    is_name_part,
    is_task_error,
    participle_modifier,
    suspended_hyphen,
)
from claimgraph.extract.entities.decision.extents import grown_span
from claimgraph.extract.entities.decision.metric_names import metric_at_cutoff, score_names_typed
from claimgraph.extract.entities.decision.name_propagation import list_members, repeated_mentions
from claimgraph.extract.entities.decision.overlaps import (
    crosses_sentence,
    drop_weak_overlaps,
    head_named_over_variants,
    resolve_overlaps,
    stated_over_variants,
)
from claimgraph.extract.entities.decision.own_names import own_names_typed
from claimgraph.extract.entities.decision.short_forms import phrase_occurrences
from claimgraph.extract.entities.decision.task_trimming import (
    drop_shortened_tasks,
    narrowed_in_title,
    trim_task_phrases,
)
from claimgraph.extract.entities.decision.type_unification import sized_families, unify_types
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.entities.name_patterns import WEAK_TYPES
from claimgraph.extract.lexicons import load_english_frequencies, load_lexicon
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.names import normalize_name

ENTITIES = "entities"


class EntityDecider:
    """Choose the final entity spans from all candidates."""

    def __init__(
        self,
        generic: frozenset[str],
        cues: NameCues,
        propose_verbs: frozenset[str] = frozenset(),
        known_forms: dict[str, frozenset[str]] | None = None,
        listed_forms: dict[str, tuple[str, ...]] | None = None,
    ):
        self.generic = generic
        self.cues = cues
        self.propose_verbs = propose_verbs
        self.known_forms = known_forms or {}  # lexicon canonical name -> its normalised surface forms
        self.listed_forms = listed_forms or {}  # lexicon canonical name -> its surface forms as written
        self.all_forms = frozenset().union(*self.known_forms.values())
        self._lower_dataset_heads = frozenset(word.lower() for word in cues.dataset_heads)

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc.spans.get(CANDIDATES, []))  # iterating a span group makes new Span objects each time
        starts = {s.start for s in found}
        candidates = [
            grown_span(doc, s, starts, self.cues, self.all_forms)
            for s in found
            if not is_generic(s, self.generic) and not LATEX_COMMAND.search(span_text(s))
        ]
        candidates = [s for s in candidates if not crosses_sentence(doc, s.start, s.end)]
        candidates = stated_over_variants(drop_weak_overlaps(candidates))
        candidates = head_named_over_variants(doc, candidates, self.cues.dataset_heads)
        candidates = [
            s
            for s in candidates
            if not is_attributive_task(doc, s, self.cues)
            and not is_name_part(doc, s, self.cues)
            and not is_task_error(s, self.cues)
        ]
        candidates = [
            s
            for s in trim_task_phrases(doc, candidates, self.cues)
            if not (s.label_ == "Task" and get_evidence(s) == "lexicon" and narrowed_in_title(doc, s, self.cues))
        ]
        pairs = doc._.abbreviations
        weak = set(doc.user_data.pop(WEAK_TYPES, None) or ())
        if pairs:
            overridden: set[tuple[int, int]] = set()
            classes: set[tuple[int, int]] = set()
            unnamed: set[tuple[str, ...]] = set()
            added = abbreviation_spans(
                doc,
                pairs,
                candidates,
                weak,
                overridden,
                classes,
                unnamed,
                cues=self.cues,
                generic=self.generic,
                propose_verbs=self.propose_verbs,
                known_forms=self.known_forms,
                listed_forms=self.listed_forms,
            )
            if unnamed:  # "Growing Networks with Autonomous Pruning (GNAP)": GNAP names it, in the title too
                inside = phrase_occurrences(doc, unnamed)
                candidates = [
                    s
                    for s in candidates
                    if get_evidence(s).startswith("lexicon") or not any(a <= s.start and s.end <= b for a, b in inside)
                ]
            if overridden:  # a local definition replaces the lexicon's reading of its short form
                candidates = [
                    s
                    for s in candidates
                    if not (get_evidence(s).startswith("lexicon") and (s.start, s.end) in overridden)
                ]
            if classes:  # "small vision-language models (sVLMs)": "a detection-guided sVLM framework" names no sVLM
                candidates = [
                    s for s in candidates if get_evidence(s).startswith("lexicon") or (s.start, s.end) not in classes
                ]
            candidates.extend(added)
        decided = drop_shortened_tasks(unify_types(resolve_overlaps(candidates), weak, pairs))
        decided = [
            metric_at_cutoff(span, self.cues)
            for span in own_names_typed(doc, decided, self.cues, self.propose_verbs, self._lower_dataset_heads)
            if not glued_word(span)
            and not participle_modifier(span)
            and span_text(span) not in self.cues.setting_acronyms
        ]
        decided = score_names_typed(doc, decided, self.cues, self._lower_dataset_heads)
        listed = list_members(doc, decided, weak, self.cues, self.all_forms)
        if listed:
            decided = resolve_overlaps(decided + listed)
        repeats = repeated_mentions(doc, decided, self.cues)
        decided = resolve_overlaps(decided + repeats) if repeats else decided
        coined = coined_names(doc, decided, weak, self.cues, self.generic)
        if coined:
            decided = resolve_overlaps(decided + coined)
        doc.spans[ENTITIES] = [span for span in sized_families(decided, self.cues) if not suspended_hyphen(span)]
        return doc


@Language.factory("claimgraph_entities", default_config={"directory": None})
def make_entities(nlp: Language, name: str, directory: str | None) -> EntityDecider:
    """Build the entity decision component."""
    lexicon = load_lexicon(directory)
    load_english_frequencies()  # at start-up, not on a paper (forked workers share it)
    forms = {entry.name: frozenset(normalize_name(form) for form in entry.forms) for entry in lexicon.entries}
    listed = {entry.name: tuple(entry.forms) for entry in lexicon.entries}
    return EntityDecider(lexicon.generic, name_cues(), author_cues().propose_verbs, forms, listed)
