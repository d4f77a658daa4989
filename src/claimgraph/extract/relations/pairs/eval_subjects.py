"""The head of evaluated_on: a subject other than the paper's (:func:`_other_subject`), the system a score
is stated for (:func:`_score_subject`), participle and variant leads, tools of the setup
(:func:`_instrument`, :func:`_instrument_class`) and models listed as examples of the evaluated systems
(:func:`_listed_models`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues, relation_cues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext, in_subject_position
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, written_word
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.pairs.sentences import _host, _past_adverbs, _Sentence

#: Words that may stand between a clause start and its named subject ("notably, our fine-tuned X").
_SUBJECT_LEAD = frozenset({"the", "a", "an", "our", "both", "and", "two", "these"})


def _actor_before(view: SentenceView, dataset: Located, ctx: PaperContext) -> bool:
    """Whether the paper's own Method/Model is named before the dataset ("OmegaUse also performs
    strongly on OS-Nav"): the sentence reports its result on the paper's dataset. Not the long
    form the dataset abbreviates ("akin to Finding Needles in Images (NiM)")."""
    words = view.words
    return any(
        e.label in ACTORS
        and e.key in ctx.keys
        and e.last < dataset.first
        and not (e.last + 2 == dataset.first and words[e.last + 1] == "(")
        for e in view.entities
    )


def _other_subject(view: SentenceView, dataset: Located, s: _Sentence, ctx: PaperContext) -> list[Located] | None:
    """The named Methods/Models that open the clause before the dataset, when the result is
    theirs, not the proposed entity's ("For data mixture, DoReMi and ODM improve MMLU
    accuracy", "The VideoMAE model achieves 75.58% on X", "our resulting model, X-70B,
    achieves 41.0% on Y"); an empty list when the subject is a variant the paper made of a
    named model ("notably, our fine-tuned Qwen2.5-VL reaches 51.7% on X": neither is the
    head), None when no other name opens the clause. Not a name after a preposition ("upon
    BART backbone, we achieve ..."), nor a gloss after "i.e.," or "e.g.," ("Using a 3B model, i.e.,
    Qwen2.5-VL-3B-Instruct, LENS achieves ..."), not the proposed entity."""
    words = view.words
    spans = {j for e in view.entities for j in range(e.first, e.last + 1)}
    found: list[Located] = []
    variant = False
    participles = reading_cues().subject_participles
    for e in view.entities:
        if e.last >= dataset.first or e.label not in ACTORS or ctx.is_proposed(e) or e.first in s.compared:
            continue
        j, lead = e.first - 1, []
        while j >= 0 and (words[j] in _SUBJECT_LEAD or j in spans or words[j].endswith("ed") and "-" in words[j]):
            if j not in spans:
                lead.append(words[j])
            j -= 1
        if j > 0 and words[j] == "," and words[j - 1] in reading_cues().gloss_markers:
            continue  # "Using a 3B model, i.e., Qwen2.5-VL-3B-Instruct, LENS achieves": a gloss of the opening
        if j > 0 and words[j] == "," and _instrument_class(view, j - 1):
            continue  # "validated using four off-the-shelf models, LLaMA-7B and ...": tools of the setup
        if (j < 0 or words[j] in (",", ":", ";")) and in_subject_position(e, ctx, words):
            found.append(e)
            variant = variant or "our" in lead or any(w in participles or w.endswith("ed") for w in lead)
    if not found:
        return None
    return [] if variant else found


def _score_subject(view: SentenceView, dataset: Located, s: _Sentence, rc: RelationCues) -> list[Located] | None:
    """The Method/Model named right before a score verb whose object holds the dataset ("Our
    strongest model, InternVL3, achieved 0.74 ROUGE-1 on the SciVQA test split", "with the leading
    model O3-Mini achieving 38.87% on X", "ProVCA achieves 69.3% on EgoSchema"): adverbs and an
    apposition comma may stand between; the nearest such verb before the dataset in its clause
    counts ("F1 scores of" is no verb: no name before it); with the names listed before it ("X and
    Y achieve", "X, Y and Z achieve"; a name before the last one's comma alone ends an opening phrase:
    "With a standard Qwen2.5-VL-3B-Instruct, Perception-R1 achieves"). None when no name stands there
    or it is a rival, a host ("in VGG") or a tool ("using BERT")."""
    words, reading = view.words, reading_cues()
    ends = {e.last: e for e in view.entities}
    for k in range(dataset.first - 1, max(0, dataset.first - 25), -1):
        if words[k] in (";", ":") or words[k] in rc.subject_clauses:
            return None
        if words[k] not in reading.score_verbs:
            continue
        p = _past_adverbs(words, k - 1, rc, floor=-1)
        apposed = p >= 0 and words[p] == ","
        e = ends.get(p - 1 if apposed else p)
        if e is None or e.label not in ACTORS:
            continue
        if apposed and not (e.first > 0 and words[e.first - 1] == ","):
            return None  # "On X, FooNet, achieves": not an apposition
        if e.first in s.compared or _host(words, e) or _instrument(view, e):
            return None
        found = [e]
        j = e.first - 1
        while j > 0 and words[j] in (",", "and", "or") and j - 1 in ends and ends[j - 1].label in ACTORS:
            if words[j] == "," and len(found) == 1:
                break  # "With a standard Qwen2.5-VL-3B-Instruct, Perception-R1 achieves": no list without "and"
            found.insert(0, ends[j - 1])  # "GroundingDINO and Qwen2.5-VL achieve less than 2% on X"
            j = ends[j - 1].first - 1
        return found
    return None


def _participle_subject(view: SentenceView, verb: int, dataset: Located) -> Located | None:
    """ "When evaluated on the OSWorld benchmark using o3 as planner, GroundNext attains ...",
    "Tested on X, FooNet reaches ...": an evaluation participle opening the sentence or a clause
    describes the subject of the main clause, the Method/Model named right after the comma that
    ends it. None for another opening or subject ("Evaluated on X, our approach ...")."""
    words = view.words
    if not words[verb].endswith("ed") or verb and words[verb - 1] not in ("when", "once", "if", "after", ","):
        return None
    comma = next((j for j in range(dataset.last + 1, min(len(words), dataset.last + 16)) if words[j] == ","), -1)
    if comma < 0:
        return None
    first = comma + 2 if comma + 1 < len(words) and words[comma + 1] == "the" else comma + 1
    e = next((e for e in view.entities if e.first == first), None)
    return e if e is not None and e.label in ACTORS else None


def _variant_lead(view: SentenceView, e: Located) -> bool:
    """Whether "our" or a participle leads the name in its noun phrase ("our fine-tuned Qwen2.5-VL",
    "the distilled LLaMA"): the paper's variant of the named model, not the model itself."""
    words = view.words
    participles = reading_cues().subject_participles
    for w in reversed(words[max(0, e.first - 4) : e.first]):
        if w == "our" or w in participles:
            return True
        if w not in _SUBJECT_LEAD and not (w.endswith("ed") and "-" in w):
            return False
    return False


#: The words that open the tools of an evaluation ("using E5-Base", "with two backbones").
_TOOL_PREPS = frozenset({"with", "using", "via"})


def _instrument(view: SentenceView, e: Located) -> bool:
    """Whether the name is in a "with/using/via" list after the evaluation verb ("we evaluate
    this approach using E5-Base and GTE-Base models on X"), or in a list apposed to a class noun
    after one ("validated using four off-the-shelf models, LLaMA-7B, LLaMA-13B and Mistral-7B, and two
    benchmarks, SQuAD and CoQA"): a tool of the setup, not the head."""
    words = view.words
    starts = {f.first: f for f in view.entities}
    ends = {f.last: f for f in view.entities}
    j = e.first - 1
    while j >= 0:
        if words[j] in _TOOL_PREPS:
            return True
        if words[j] == "," and _instrument_class(view, j - 1):
            return True
        if j in ends:
            j = ends[j].first - 1
        elif words[j] in (",", "and", "or", "the") or j in starts:
            j -= 1
        else:
            return False
    return False


def _instrument_class(view: SentenceView, j: int) -> bool:
    """Whether word ``j`` is a plural class noun that "with/using/via" opens, with at most three plain
    lower-case words between ("using four off-the-shelf models", "with two backbones")."""
    words = view.words
    if j < 1 or words[j] not in relation_cues().class_nouns:
        return False
    for k in range(j - 1, max(-1, j - 5), -1):
        if words[k] in _TOOL_PREPS:
            return True
        if not written_word(view, k).replace("-", "").isalnum() or not written_word(view, k).islower():
            return False
    return False


def _listed_models(view: SentenceView, s: _Sentence, rc: RelationCues) -> list[Span]:
    """Models named as examples of a plural class ("across various models, including o1-mini
    (-16.49%) and Gemini"): evaluated where the sentence's results are, when no proposed
    method or model is the head. Not the rivals of a comparison."""
    words = view.words
    intros = reading_cues().list_intros
    ends = {e.last: e for e in view.entities}
    found = []
    for e in view.entities:
        if e.label != "Model" or e.first in s.compared:
            continue  # "architectures, namely CNN, Transformer": kinds, not evaluated models
        j = e.first - 1
        while j >= 0:
            if words[j] == ")" and "(" in words[max(0, j - 8) : j]:
                j = max(k for k in range(max(0, j - 8), j) if words[k] == "(") - 1
            elif j in ends:
                j = ends[j].first - 1
            elif words[j] in (",", "and", "or"):
                j -= 1
            else:
                break
        if j >= 0 and words[j] == "as" and j and words[j - 1] == "such":
            j -= 1
        if j < 1 or words[j] not in intros:
            continue
        lead = [w for w in words[max(0, j - 3) : j] if w != ","]
        if any(w in rc.class_nouns or w in rc.class_plurals for w in lead):
            found.append(e.span)
    return found
