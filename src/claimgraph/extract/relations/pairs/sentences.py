"""What every reading of the package shares: the found relation (``RelationMatch``), one sentence with what
the claims stage says about it (``_Sentence``), the confidence score, and small word tests (a name that only
modifies the next name, a head named or resolved, a name standing for a class, list joiners, capitalised
words, adverbs skipped before a verb, list enumerators)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues, relation_cues
from claimgraph.extract.claims.detection import ClaimMatch
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import class_mention, glued_modifier, reading_cues

#: Propose verbs that introduce a dataset ("construct", "release"), not the training verbs ("we train").
_INTRODUCING = frozenset(v for v in PROPOSE_VERBS if v not in relation_cues().train_cues and "train" not in v)


@dataclass(frozen=True, slots=True)
class RelationMatch:
    """``head --relation--> tail`` found in ``sentence``, the evidence: one sentence, or consecutive abstract
    sentences (:func:`_anaphoric_rivals`, :func:`_benchmark_passage`), never across title and abstract."""

    head: Span
    relation: str
    tail: Span
    sentence: Span
    confidence: float


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence with what the claims stage and the paper context say about it."""

    view: SentenceView
    claim: ClaimMatch | None
    own: bool
    after: bool
    hedged: bool
    marks: tuple[tuple[int, str], ...] = ()
    compared: frozenset[int] = frozenset()  # first words of entities after a comparison marker


def _score(base: float, explicit: bool, hedged: bool) -> float:
    value = base + (0.05 if explicit else 0.0) - (0.15 if hedged else 0.0)
    return round(min(0.99, max(0.05, value)), 3)


def _modified(view: SentenceView, e: Located) -> Located | None:
    """The name that ``e`` modifies when ``e`` is only the first part of a hyphenated
    modifier of it ("Transformer-based Swin-UNet" -> Swin-UNet), else None. "RLHF-based
    approach" keeps RLHF: a generic noun is not a name."""
    word = view.words[e.last]
    rest = word[len(e.key) :] if word.startswith(e.key) else ""
    if len(rest) < 2 or rest[0] != "-" or not rest[1:].isalpha():
        return None
    return next((f for f in view.entities if f.first == e.last + 1 and f.label in ACTORS), None)


def _located(view: SentenceView, span: Span) -> Located | None:
    """The entity of the sentence that starts where ``span`` does (an argument read for this sentence)."""
    return next((e for e in view.entities if e.span.start == span.start), None)


def _unmodified(view: SentenceView, head: Span) -> Span:
    """``head``, or the name it modifies ("Transformer-based Swin-UNet" -> Swin-UNet)."""
    located = _located(view, head)
    modified = _modified(view, located) if located is not None else None
    return modified.span if modified is not None else head


def _explicit(head: Span, view: SentenceView) -> bool:
    return any(e.span.start == head.start for e in view.entities)


def _stands_for_class(view: SentenceView, span: Span, ctx: PaperContext, rc: RelationCues, glued: bool = True) -> bool:
    """Whether a named argument stands for a class of methods ("CNN baselines", "other FD
    methods") or, with ``glued``, only modifies a generic noun ("the BLOOMZ-based model"):
    then it is neither head nor rival (relations/guards/class_mentions.py). The paper's own names are kept."""
    located = _located(view, span)
    if located is None or ctx.is_proposed(located):
        return False
    return class_mention(view, located, rc) or glued and glued_modifier(view, located, rc)


def _made_with_prefix(view: SentenceView, span: Span, ctx: PaperContext) -> bool:
    """Whether a named model follows a word glued to a training participle ("a GoodPoint-trained
    Qwen3-8B surpasses Y", "DCoLT-reinforced LLaDA boosts accuracy on X", "the RAG-augmented LLaMA
    models outperform Y"): the model made with the other name wins or is evaluated, not the base
    model, so it is neither head nor rival. The paper's own names are kept."""
    located = _located(view, span)
    if located is None or ctx.is_proposed(located) or not located.first:
        return False
    word = view.words[located.first - 1]
    return "-" in word.strip("-") and word.rsplit("-", 1)[-1] in reading_cues().subject_participles


#: Words that join a list of datasets; reading back over them costs no step ("(i.e., A, B, and C)").
_LIST_JOINS = frozenset({",", "and", "or", "i.e.", "e.g."})


def _host(words: tuple[str, ...], e: Located) -> bool:
    """Whether the name follows "in/within/into" ("Hybrid branching in VGG improves accuracy on
    X"): it is the backbone that hosts what is evaluated, not what is evaluated."""
    return e.first > 0 and words[e.first - 1] in reading_cues().hosting_preps


def _past_adverbs(words: tuple[str, ...], k: int, rc: RelationCues, *, floor: int = 0) -> int:
    """The first word at or before ``k`` (looking back, not past ``floor``) that is no adverb: a word of
    ``rc.adverbs`` or one ending in "-ly" ("which <significantly> outperforms", "<also> surpassing")."""
    while k > floor and (words[k] in rc.adverbs or words[k].endswith("ly")):
        k -= 1
    return k


def _enumerator(word: str) -> bool:
    return word.isdigit() and len(word) <= 2 or word in ("i", "ii", "iii", "iv", "v", "a", "b", "c", "d")
