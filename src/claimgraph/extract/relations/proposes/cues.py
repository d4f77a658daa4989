"""The cue words of ``cues/proposes.json`` (:class:`ProposeCues`) and what every reading shares: the
window sizes, the title's colon (:func:`title_colon`), a Title Case name (:func:`title_case_name`) and the
token after a name's parenthesised abbreviation (:func:`_after_abbreviation`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from claimgraph.extract.cues import load_cues
from claimgraph.extract.entities.name_cues import name_cues
from claimgraph.extract.entities.name_shapes import title_case
from claimgraph.extract.pipeline.sentences import title_token_end
from claimgraph.extract.pipeline.token_table import TokenTable, table

WINDOW = 12
#: The colon that ends a "Name: what it does" title stands within its first eight tokens.
NAMED_TITLE_COLON = 8

#: Words an appositive coined name may span ("we present hyper-connections, a ...").
APPOSITIVE_WORDS = 4

#: Tokens after "a/an" in which the appositive names its kind ("a simple yet effective method").
APPOSITIVE_HEAD = 8


@dataclass(frozen=True, slots=True)
class ProposeCues:
    """``cues/proposes.json``: coined names that only the proposal sentence marks."""

    appositive_skip_words: frozenset[str]
    appositive_not_proposable: frozenset[str]
    appositive_dataset_heads: frozenset[str]
    appositive_model_heads: frozenset[str]
    appositive_kind_heads: frozenset[str]
    appositive_head_stops: frozenset[str]
    component_verbs: frozenset[str]
    task_name_breaks: frozenset[str]
    part_nouns: frozenset[str]
    part_endings: frozenset[str]
    prior_part_leads: frozenset[str]
    part_use_leads: frozenset[str]
    earlier_work_adverbs: frozenset[str]
    event_nouns: frozenset[str]
    event_report_openers: frozenset[str]
    novelty_words: frozenset[str]
    title_description_joiners: frozenset[str]
    title_description_skips: frozenset[str]
    finding_name_verbs: frozenset[str]
    list_markers: frozenset[str]
    result_adjectives: frozenset[str]
    subject_adverbs: frozenset[str]
    passive_proposal_verbs: frozenset[str]
    core_words: frozenset[str]
    core_verbs: frozenset[str]
    core_name_skips: frozenset[str]
    name_links: frozenset[str]
    announced_part_nouns: frozenset[str]
    announced_part_links: frozenset[str]
    announced_list_closers: frozenset[str]
    unnamed_part_heads: frozenset[str]
    result_phrases: tuple[str, ...]
    result_name_skips: frozenset[str]


def propose_cues() -> ProposeCues:
    """The packaged ``cues/proposes.json``."""
    return load_cues(ProposeCues, "proposes.json")


def _after_abbreviation(tokens: TokenTable, end: int) -> int:
    """The token after a name's parenthesised abbreviation ("Graph Neural Network (GNN)"), or ``end``."""
    if end < len(tokens) and tokens.text[end] == "(":
        for j in range(end + 1, min(end + 5, len(tokens))):
            if tokens.text[j] == ")":
                return j + 1
    return end


def title_colon(doc: Doc, within: int | None = None) -> int | None:
    """Token index of the title's first colon, or None; with ``within``, only among the title's first
    ``within`` tokens (the colon that ends a "Name: what it does" title)."""
    end = title_token_end(doc) if within is None else min(title_token_end(doc), within)
    tokens = table(doc)
    return next((j for j in range(1, end) if tokens.text[j] == ":"), None)


def title_case_name(text: str) -> bool:
    """Whether a name is two or more words in Title Case (:func:`title_case`, the small words of names.json's
    ``title_function_words``): "Dynamic Template Update with Mamba", "Cross-Modal Semantic Sieve", "3D Gaussian
    Splatting"; not "sparse attention", "Mamba", "Style Attributes Disentanglement approach"."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return len(words) >= 2 and title_case(words, name_cues().title_function_words)
