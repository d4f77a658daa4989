"""Whether a cue word proposes: the authors are the subject of a proposal verb (:func:`_by_authors`) or name
the thing ("which we call X", :func:`_names_by_authors`); a naming cue of prior work (:func:`_names_prior_work`),
a verb after an adverb of earlier work (:func:`_earlier_work`) and an adjective "named"
(:func:`_adjective_cue`) propose nothing."""

from __future__ import annotations

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.pipeline.list_items import closes_marker
from claimgraph.extract.pipeline.token_table import TokenTable
from claimgraph.extract.relations.proposes.cues import ProposeCues, propose_cues

#: Words that join two clauses: a naming cue after them names ("we build a model and named it X").
_JOINS = frozenset({"and", "or"})

#: Words before a propose verb's form that make it a noun ("our design", "the release").
_NOUN_BEFORE = frozenset({"our", "the", "this", "its", "their", "a", "an"})


def _adjective_cue(tokens: TokenTable, cue: int, cues: NameCues) -> bool:
    """Whether a naming cue is an adjective, not a naming: after a preposition or an article ("agents
    operate on named AST entities", "the named entities") it says that things have names; a name follows
    a noun, a comma or a verb ("a method named X", "a framework, called X", "is termed X")."""
    return cue > 0 and tokens.lower[cue - 1] in cues.long_form_function_words and tokens.lower[cue - 1] not in _JOINS


def _names_prior_work(tokens: TokenTable, cue: int, authors: AuthorCues, parts: ProposeCues) -> bool:
    """Whether a naming cue names someone else's work: a prior-work word (``prior_part_leads``) before it in
    its sentence and no author word ("Recent work in scene understanding, termed Relevance, has ...";
    not "Unlike existing methods, we propose a framework, termed X")."""
    words = tokens.lower[tokens.sentence_start(cue) : cue]
    return any(w in parts.prior_part_leads for w in words) and not any(w in authors.author_words for w in words)


def _names_finding(tokens: TokenTable, cue: int, authors: AuthorCues, parts: ProposeCues) -> bool:
    """Whether a naming cue names a finding or a background term, not the paper's proposal: a finding
    verb before it in a sentence that proposes nothing (:func:`_reported_finding`: "We identify a critical
    scalability bottleneck, termed Structural Drift"), or no author word, proposal verb or novelty word
    from the document's start to its sentence's end ("LLMs with long CoT capability, termed Reasoning
    Models, demonstrate ..." opening the abstract). Not "we propose a framework, termed X", "a novel
    module, termed X", nor "The resulting compact model, named VISTA, ..." after "we introduce"."""
    if _reported_finding(tokens, cue, authors, parts):
        return True
    lower = tokens.lower[: tokens.sentence_end(cue)]
    return not any(w in authors.author_words or w in authors.propose_verbs or w in parts.novelty_words for w in lower)


def _reported_finding(tokens: TokenTable, at: int, authors: AuthorCues, parts: ProposeCues) -> bool:
    """Whether the authors report a finding before token ``at`` in its sentence (an author word, then a
    finding verb of ``finding_name_verbs``), no novelty word stands before it and the sentence has no proposal
    verb: what is named there is found, not proposed ("We identify a critical scalability bottleneck,
    termed Structural Drift", "We ... identify a specific layer named the Massive Emergence Layer (ME
    Layer)"); not "we identify this gap and propose X", nor "TSA identifies key semantics through the
    Hierarchical Attention (HA) mechanism" (the paper's own part finds)."""
    lower, start = tokens.lower, tokens.sentence_start(at)
    if any(w in authors.propose_verbs for w in lower[start : tokens.sentence_end(at)]):
        return False
    if any(w in parts.novelty_words for w in lower[start:at]):
        return False
    finding = next((j for j in range(start, at) if lower[j] in parts.finding_name_verbs), None)
    return finding is not None and any(w in authors.author_words for w in lower[start:finding])


def _names_by_authors(tokens: TokenTable, verb: int, authors: AuthorCues) -> bool:
    """ "which we call X", "we term this X": an author word right before a naming verb, not "call for"."""
    lower = tokens.lower
    if verb + 1 < len(lower) and lower[verb + 1] in ("for", "on", "upon"):
        return False
    return any(lower[i] in authors.author_words for i in range(max(tokens.sentence_start(verb), verb - 2), verb))


def _earlier_work(tokens: TokenTable, verb: int, parts: ProposeCues) -> bool:
    """Whether the proposal verb follows an adverb of earlier work ("we focus on the recently
    released benchmark, Deepfake-Eval-2024", "we revisit the recently proposed Drifting Model",
    "we previously introduced X"): the name is earlier work the paper builds on or tests, not its
    own contribution; "our newly collected dataset X" stays a proposal."""
    return verb > 0 and tokens.lower[verb - 1] in parts.earlier_work_adverbs


def _by_authors(tokens: TokenTable, verb: int, authors: AuthorCues) -> bool:
    """Whether the authors are the subject: "we", "our", "here", "this paper" shortly before the verb."""
    lower = tokens.lower
    if verb and lower[verb - 1] in _NOUN_BEFORE:
        return False  # "Central to our design is ...": the verb's form used as a noun
    # "we devise a pipeline for ... and propose X": a coordinated verb shares the subject, and so does one
    # opening an item of a marked list ("We (1) formalize ...; (2) introduce X, a benchmark ...")
    reach = 40 if verb and (lower[verb - 1] == "and" or _after_list_marker(tokens, verb)) else 6
    return any(_author_word(lower, i, authors) for i in range(max(tokens.sentence_start(verb), verb - reach), verb))


def _author_word(lower: list[str], i: int, authors: AuthorCues) -> bool:
    """Whether token ``i`` (lower-cased text ``lower``) is the authors speaking: an author word ("we", "our",
    "here") or an author noun after "this"/"our" ("this paper", "our work")."""
    if lower[i] in authors.author_words:
        return True
    return lower[i] in authors.author_nouns and i > 0 and lower[i - 1] in {"this", "our"}


def _after_list_marker(tokens: TokenTable, verb: int) -> bool:
    """Whether a bracketed list marker ("(2)", "(ii)") stands right before token ``verb``."""
    return verb >= 3 and tokens.text[verb - 3] == "(" and closes_marker(tokens, verb - 1, propose_cues().list_markers)
