"""The entity that uses (:func:`uses_head`), and the sentences that give no head: a question, a
background sentence, an observed finding about others, an experiment on another system, listed
Models, the appositive of a later name, another named system of the authors'."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, claim_cues, relation_cues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext, own_reference
from claimgraph.extract.pipeline.sentence_view import (
    Located,
    SentenceView,
    past_abbreviation,
    sentence_views,
    written_word,
)
from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.uses.cues import TAIL_LABELS, uses_cues
from claimgraph.extract.relations.uses.openings import _opening_object, _untagged_subject, _uses_head
from claimgraph.extract.relations.uses.own_method import _paper_facts, component_actor, described_only


def uses_head(view: SentenceView, ctx: PaperContext, index: int) -> tuple[Span | None, bool]:
    """The method that uses (see :func:`_uses_head`), unless it is only a component of the paper's
    contribution and stands in for the paper ("we", "our method") without being named
    (:func:`component_actor`). Heads that are no method of the paper's own (:func:`not_own_method`)
    are dropped where the pairs are added (``pairs.uses``)."""
    head, explicit = _uses_head(view, ctx, index)
    if head is None:
        return None, False
    if _asked(view.words, index):
        return None, False  # "which raises the question: Can we adopt the DiT-based model for Real-ISR?"
    if not explicit and _opening_object(view, head, index):
        return None, False  # "Building on SGDF, we further present GDCN": GDCN is built on SGDF, not SGDF on it
    if _conceded_background(view, index) and not (explicit and view.sentence.start <= head.start < view.starts[index]):
        return None, False  # "While transformers provide global modeling through self-attention, their ..."
    if not explicit and head is ctx.proposed and component_actor(ctx):
        return None, False  # "we propose a dehazing method via EM ..." is not the later "RDC block"
    if not explicit and head is ctx.proposed and _used_by_ours(ctx):
        return None, False  # "Our framework leverages the FLOWER framework": FLOWER is a tool, not ours
    if not explicit and head is ctx.proposed and described_only(head):
        return None, False  # "a reliability-aware diffusion framework": a description, not a name
    if not explicit and _other_own_named(view, ctx, index):
        return None, False  # "our NanoVerse YOLO model integrates X": another named system of the paper
    if not explicit and _before_own_work(view, ctx):
        return None, False  # "Integrating FL with FM fine-tuning offers a solution ...": background
    if not explicit and _defines_other(view, ctx, index):
        return None, False  # "FastSAM is an efficient CNN-based re-implementation of SAM": FastSAM's
    if _observed_finding(view, ctx, index):
        return None, False  # "We observe that DETR-based real-time detectors degrade ...": others' systems
    if not explicit and _experiment_on_others(view, ctx, index):
        return None, False  # "evaluations on Qwen3-8B show that KV-Reuse improves ...": not the paper's method
    if _apposed_other(view, head, index):
        return None, False  # "we propose X, a reward model ..., and WRITER, a model combining SFT with GRPO"
    if explicit and _listed_models(view, ctx, head):
        return None, False  # "Upon SFT with our data, Qwen3-4B, Qwen3-8B and Olmo-3-7B achieve ...": models studied
    if _other_model_trained(view, ctx, head, index):
        return None, False  # "Applied to BERT and RoBERTa trained on MNLI, our pipeline ...": their training data
    return head, explicit


def _other_model_trained(view: SentenceView, ctx: PaperContext, head: Span, index: int) -> bool:
    """Whether the cue is a training participle ("trained", "fine-tuned") right after a Model that is
    neither the head nor the paper's own ("Applied to BERT and RoBERTa trained on MNLI, our pipeline
    rediscovers ..."): what that model was trained on, not what the head uses."""
    word = view.words[index]
    if not word.endswith("ed") or word not in relation_cues().train_cues:
        return False
    model = next((e for e in view.entities if e.last == index - 1), None)
    return (
        model is not None
        and model.label == "Model"
        and model.span.start != head.start
        and not ctx.is_proposed(model)
        and not _own_model(ctx, model.span)
    )


def _apposed_other(view: SentenceView, head: Span, index: int) -> bool:
    """Whether, between ``head`` (or the sentence's start when the head is not before the cue) and the
    cue at ``index``, the sentence introduces another name with an appositive: ", and NAME, a/an/the
    ..." with NAME written capitalised ("we propose STORYLENSEVAL, a reward model ..., and
    STORYLENSWRITER, a two-stage rewriting model combining supervised fine-tuning with GRPO"). The cue
    is in that name's description, so the head does not use its tail. Not "EARL: Editing with
    Autoregression and RL, a strong RL-based image editing model": no comma before "and"."""
    words = view.words
    lo = next((e.last + 1 for e in view.entities if e.span.start == head.start and e.last < index), 0)
    return any(
        words[j - 1] == ","
        and words[j] == "and"
        and words[j + 2] == ","
        and words[j + 3] in ("a", "an", "the")
        and written_word(view, j + 1)[:1].isupper()
        for j in range(max(lo, 1), index - 3)
    )


def _listed_models(view: SentenceView, ctx: PaperContext, head: Span) -> bool:
    """Whether ``head`` is a Model the paper does not propose, listed with another such Model (only
    commas, "and" or "or" between): "Upon supervised finetuning with 66.6K UniCo-generated instances,
    Qwen3-4B, Qwen3-8B and Olmo-3-7B-Instruct achieve ...". Models listed so are those the study
    trains or tests, not the paper's method that uses."""
    if head.label_ != "Model" or _own_model(ctx, head):
        return False
    entities = view.entities
    j = next((j for j, e in enumerate(entities) if e.span.start == head.start), None)
    if j is None:
        return False
    for other in entities[max(0, j - 1) : j] + entities[j + 1 : j + 2]:
        first, second = sorted((other, entities[j]), key=lambda e: e.first)
        gap = view.words[first.last + 1 : second.first]
        listed = 0 < len(gap) <= 2 and all(w in (",", "and", "or") for w in gap)
        if listed and other.label == "Model" and not _own_model(ctx, other.span):
            return True
    return False


def _own_model(ctx: PaperContext, name: Span | Located) -> bool:
    """Whether ``name`` names a model the paper proposes, also at one size ("Qwen-AgentWorld-35B-A3B"
    for the proposed Qwen-AgentWorld)."""
    text = name.key if isinstance(name, Located) else name.text.lower()
    return ctx.is_proposed(name) or any(len(key) > 2 and text.startswith(key) for key in ctx.keys)


def _observed_finding(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether word ``index`` sits in the "that"/"how" clause of an observing finding verb (claims.json
    finding_verbs less uses_result_finding_verbs: "observe", "find", "reveal", "indicate"; not "show",
    "demonstrate" or "suggest", which report the paper's results) and the clause's words before it name
    neither the authors nor their method ("we", "our", "it", a proposed name): a finding about
    other systems, not a use ("We observe that, under domain shift, DETR-based real-time detectors
    degrade", "our experiments indicate that applying OPD to TIR leads to a failure mode",
    "revealing how RAG-based agents inherit visual biases"; not "we find that FooNet, trained on
    X, ..."). A colon, semicolon or full stop ends the search."""
    words, cues = view.words, claim_cues()
    if view.present.isdisjoint(cues.finding_verbs):
        return False
    own, results = relation_cues().own_words, uses_cues().uses_result_finding_verbs
    for j in range(index - 1, 0, -1):
        if words[j] in (";", ":", "."):
            return False
        if words[j] in ("that", "how") and words[j - 1] in cues.finding_verbs:
            if words[j - 1] in results:
                return False
            if any(w in cues.author_words or w in own or w in ctx.keys for w in words[j + 1 : index]):
                return False
            return not any(j < e.first < index and ctx.is_proposed(e) for e in view.entities)
    return False


def _experiment_on_others(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether the cue at ``index`` is an experiment's preposition ("experiments on", "evaluations
    with") whose finding, a claims.json finding verb and "that" later in the sentence (no ';' or
    ':' between), has for subject an others word, a baseline noun or a Method/Model the paper does
    not propose, and names neither the authors ("we", "our", "it") nor the paper's entity after it:
    the experiment reports on that other system ("Extensive evaluations on Qwen3-8B show that
    KV-Reuse improves long-range acceptance", "experiments across open and closed video LMs reveal
    that existing models struggle"); not "... show that FooNet works", "... that our method ..."."""
    words, rc = view.words, relation_cues()
    if not (index > 0 and words[index] in rc.experiment_preps and words[index - 1] in rc.experiment_nouns):
        return False
    finding = claim_cues().finding_verbs
    that = next(
        (
            k
            for k in range(index + 1, len(words))
            if words[k] in (";", ":") or words[k] == "that" and words[k - 1] in finding
        ),
        -1,
    )
    if that < 0 or words[that] != "that":
        return False
    k = that + 1
    while k < len(words) and (words[k] in rc.subject_clauses or words[k] in ("the", ",")):
        k += 1
    other = any(e.first == k and e.label in TAIL_LABELS and not ctx.is_proposed(e) for e in view.entities)
    if not (other or k < len(words) and (words[k] in rc.others_words or words[k] in reading_cues().baseline_nouns)):
        return False
    authors = claim_cues().author_words
    if any(w in rc.own_words or w in authors or w in ctx.keys for w in words[that + 1 :]):
        return False
    return not any(ctx.is_proposed(e) and e.first > that for e in view.entities)


def _asked(words: tuple[str, ...], index: int) -> bool:
    """Whether word ``index`` stands in a question: a "?" ends its clause (no ".", ";" between). A
    question states no use ("which raises the question: Can we adopt the DiT-based diffusion model
    for Real-ISR?", "Theory of Space: Can Foundation Models Construct Spatial Beliefs through Active
    Exploration?"), only what the paper asks."""
    for word in words[index + 1 :]:
        if word in (".", ";"):
            return False
        if word == "?":
            return True
    return False


def _defines_other(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether the sentence opens (past an article) with a Method/Model the paper does not propose,
    then (past an abbreviation in parentheses) "is/are a/an/the", and the cue at ``index`` stands
    before any comma: that clause defines the other system ("FastSAM is an efficient CNN-based
    re-implementation of the Segment Anything Model (SAM)" in a paper proposing Semantic-Fast-SAM),
    so what it names is no use of the paper's method (a clause after a comma may be about ours)."""
    words = view.words
    if "," in words[:index]:
        return False
    start = int(bool(words) and words[0] in ("the", "a", "an"))
    first = next((e for e in view.entities if e.first == start), None)
    if first is not None and (first.label not in ACTORS or ctx.is_proposed(first)):
        return False
    if first is None and not _untagged_subject(view, start):
        return False  # an untagged capitalised name ("FastSAM") is a name too
    key, last = (first.key, first.last) if first is not None else (words[start], start)
    if any(key.startswith(own) or own.startswith(key) for own in ctx.keys):
        return False  # "DiTaiListener-Gen is a ...": a part named after the paper's DiTaiListener
    at = past_abbreviation(words, last + 1)
    return at + 1 < len(words) and words[at] in ("is", "are") and words[at + 1] in ("a", "an", "the")


def _used_by_ours(ctx: PaperContext) -> bool:
    """Whether the paper's own system uses its proposed entity: a sentence has "our" and an own noun
    (at most two words between), then a use cue and (past an article) the proposed name ("Our
    framework leverages the FLOWER framework with RAY"): the name is a tool the authors build on,
    so it never stands in for the paper as the head of a use. Found once per paper."""
    return _paper_facts(ctx)[2]


def _other_own_named(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether the cue's subject is "our" and a capitalised name that is no part of a proposed name,
    then an own noun ("model", "network") or the cue itself ("For traffic sign detection, our
    NanoVerse YOLO model integrates X" in a paper proposing TSR-MCL): the sentence names the system
    that uses, and it is not the paper's proposed entity. Not "our key finding is that MM-DiT ...".
    """
    words = view.words
    at = index - 1
    if at >= 0 and words[at] in uses_cues().uses_own_nouns:
        at -= 1
    end = at
    while at >= 0 and written_word(view, at)[:1].isupper() and words[at] not in ("our", "we"):
        at -= 1
    if at < 0 or words[at] != "our" or at == end:
        return False
    if any(at < e.last and e.first <= end and ctx.is_proposed(e) for e in view.entities):
        return False
    return not any(words[j] in key for j in range(at + 1, end + 1) for key in ctx.keys)


def _before_own_work(view: SentenceView, ctx: PaperContext) -> bool:
    """Whether the sentence belongs to the abstract's background: neither it nor any abstract
    sentence before it speaks of the authors' own work (:func:`own_reference`: "we", "our", the
    proposed name, "this paper"). "Integrating federated learning (FL) with foundation models
    fine-tuning offers a potential solution ..." before "we propose FedSCA" states no use of FedSCA,
    although the title names it."""
    title_end = view.sentence.doc.user_data.get(TITLE_END) or 0
    if view.sentence.start_char < title_end:
        return False
    cues = claim_cues()
    for v in sentence_views(view.sentence.doc):
        if v.index > view.index:
            break
        if v.sentence.start_char >= title_end and (own_reference(v, ctx, cues) or _presents(v.words, cues)):
            return False
    return True


def _presents(words: tuple[str, ...], cues: ClaimCues) -> bool:
    """Whether a sentence presents work: a propose verb ("This paper introduces a novel training
    strategy based on X") or "this" and an author noun ("this paper", "this work")."""
    return any(w in PROPOSE_VERBS for w in words) or any(
        w == "this" and k + 1 < len(words) and words[k + 1] in cues.author_nouns for k, w in enumerate(words)
    )


def _conceded_background(view: SentenceView, index: int) -> bool:
    """Whether word ``index`` sits in an opening concession clause ("While", "Although": reading
    cues' contrast_clauses, first word of the sentence, before its first comma) that speaks of no
    "we", "our" or "it": background the paper sets itself against ("While transformers provide
    strong global modeling through self-attention, their attention kernels incur latency",
    "Although imitation learning has seen great interest, our work differs"); not "While
    maintaining X, we ..." (the main clause's subject acts) nor "While FooNet uses X, it ..."."""
    words = view.words
    if not words or words[0] not in reading_cues().contrast_clauses or "," in words[:index]:
        return False
    clause = words[1:index]
    return (
        bool(clause)
        and not clause[0].endswith("ing")
        and not any(w in ("we", "our", "it", "its", "us", "ours") for w in clause)
    )
