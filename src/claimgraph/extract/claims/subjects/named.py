"""Whether a named candidate is the subject (:func:`_named`): not one of a "respectively" list
(:func:`_respective_member`, :func:`_listed`), the base of an unnamed system ("a Qwen3-32B-based agent"),
a baseline in apposition, a piece of a longer name (:func:`_name_fragment`) nor a model the paper ranks
("the best model achieves", :func:`_ranked_other`); a variant of a proposed name (:func:`_variant`) and a
proposed name spelled out but untagged (:func:`names_proposed`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects.clauses import _subjectable
from claimgraph.extract.claims.subjects.context import PaperContext
from claimgraph.extract.claims.subjects.cues import _CONJUNCTIONS, _CUES, _JOINERS, _NOT_AGENT, ACTORS
from claimgraph.extract.claims.subjects.self_references import _coined
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView


def _ranked_other(view: SentenceView, lo: int, cue: int) -> bool:
    """Whether the clause opens with, or the words right before the finding verb are, a ranked model
    the paper evaluates: "the best model achieves", "even the strongest model reaches", "The
    best-performing combination achieves" (not "our best model", the paper's own; not when a name
    follows: "the best model, GPT-4, achieves" is about GPT-4)."""
    words = view.words
    for i in (*range(lo + 1, min(cue, lo + 3)), *range(max(lo + 3, cue - 4), cue)):  # clause start, before cue
        if words[i] in _CUES.superlative_words and i > 0 and words[i - 1] in ("the", "even"):
            if any(i < e.first < cue and e.label in ACTORS for e in view.entities):
                return False  # "the best model, GPT-4, achieves ...": the name is the subject
            return any(w in _CUES.superlative_heads for w in words[i + 1 : min(cue, i + 4)])
    return False


def _named(view: SentenceView, ctx: PaperContext, cues: ClaimCues, located: Located) -> tuple[Span | None, bool]:
    """A named subject candidate, or no subject when the name is not the one that achieves
    the result: one of a "respectively" list, the base of an unnamed system ("a
    Qwen3-32B-based agent"), a baseline described by an appositive ("BigCodec, the current
    SOTA codec, which ..."), or a generic Method naming an unnamed system ("a multi-task
    learning technique that ..."). The paper's own names are kept."""
    if ctx.is_proposed(located):
        return whole_word(view, located), True
    words = view.words
    after = located.last + 1
    if _respective_member(view, located):
        return None, True
    based = (after + 1 < len(words) and words[after] == "-" and words[after + 1] in _CUES.based_words) or words[
        located.last
    ].rpartition("-")[2] in _CUES.based_words
    if based and located.label == "Model":
        return None, True  # "a Qwen3-32B-based agent"; "the RLHF-based approach" keeps the Method
    trained = (after + 1 < len(words) and words[after] == "-" and words[after + 1] in _CUES.trained_words) or words[
        located.last
    ].rpartition("-")[2] in _CUES.trained_words
    if trained and located.label == "Method":
        # "the SFT-trained model achieves 86%": a model trained with the Method; "our SFT-trained model" is ours
        return (ctx.actor if located.first > 0 and words[located.first - 1] == "our" else None), False
    if (
        after + 1 < len(words)
        and words[after] == ","
        and words[after + 1] in ("the", "a", "an")
        and any(w in _CUES.appositive_baseline_words for w in words[after + 2 : after + 6])
    ):
        return None, True  # "BigCodec, the current SOTA codec, which achieves ..."
    if _name_fragment(view, located):
        return None, True  # "the Variable Threshold feature selection algorithm": not "feature selection"
    if (
        located.label == "Method"
        and not based
        and located.first > 0
        and words[located.first - 1] in _CUES.descriptor_determiners
        and after < len(words)
        and words[after] in cues.self_heads
    ):
        # "our Deep RL approach" is the paper's own system; "a multi-task learning technique"
        # (a lower-case class name) none; "the Self-Instruct approach" stays Self-Instruct
        if words[located.first - 1] in ("our", "proposed") and ctx.actor is not None and not _coined(located.span.text):
            return ctx.actor, False  # "our proposed DL4ND approach" keeps its coined name
        if located.span.text.islower():
            return None, True  # "the proposed SFDR method" (no other own name) keeps SFDR
    return located.span, True


def whole_word(view: SentenceView, located: Located) -> Span:
    """The span of a one-word name with the rest of its word when the word extends it with a hyphenated
    part the entity stage left out, one with a capital or a digit ("Our DDT-XL/2 achieves ..." for the
    tagged "DDT"): the whole name in the sentence, as for :func:`_variant`; else the name's own span."""
    word = view.words[located.last]
    key = located.key or located.span.text.lower()
    if located.first != located.last or not word.startswith(key + "-"):
        return located.span
    if located.span.start != view.starts[located.first]:
        return located.span
    end = view.starts[located.last + 1] if located.last + 1 < len(view.starts) else view.sentence.end
    rest = view.sentence.doc[located.span.end : end].text
    if not any(c.isupper() or c.isdigit() for c in rest):
        return located.span  # "HGLA-generated samples": a modifier, not a variant part ("-XL/2", "-7B")
    return view.sentence.doc[located.span.start : end]


def _name_fragment(view: SentenceView, located: Located) -> bool:
    """Whether a Method or Model name is the tail of a longer name we do not know: right after a
    capitalised word that no entity covers and that does not open the sentence or a clause ("the Variable
    Threshold feature selection algorithm combined with the SVM model achieved ..." names the Variable
    Threshold algorithm, not feature selection; "Point Transformer V3 achieves", "Attention U-Net paired
    with ...", "the Vision and Language Transformer" name neither Transformer nor U-Net)."""
    i = located.first - 1
    if located.label not in ACTORS or i < 1:
        return False
    if any(e.first <= i <= e.last for e in view.entities):
        return False
    word = view.sentence.doc[view.starts[i]].text
    return word[:1].isupper() and word.isalpha() and view.words[i - 1] not in (".", ",", ";", ":", "(")


def _variant(view: SentenceView, ctx: PaperContext, lo: int, cue: int) -> Located | None:
    """A Model/Method in the clause before the cue whose name extends a proposed name
    ("VCMamba-B", "ThinkLite-VL-7B" for the proposed "VCMamba", "ThinkLite-VL"), not
    after "than", "using" ..."""
    if not ctx.keys:
        return None
    for located in view.entities:
        if lo <= located.first and located.last < cue and located.label in ACTORS:
            key = located.key or located.span.text.lower()
            if key not in ctx.keys and any(key.startswith(k + "-") for k in ctx.keys):
                if _subjectable(located, ctx, view.words):
                    return located
    return None


def _listed(view: SentenceView, located: Located) -> bool:
    """Whether another Model/Method stands next to ``located`` joined only by list words
    ("GPTZero, Claude and GPT-4o")."""
    words = view.words
    for other in view.entities:
        if other is located or other.label not in ACTORS:
            continue
        gap = (
            words[other.last + 1 : located.first]
            if other.last < located.first
            else words[located.last + 1 : other.first]
        )
        if gap and len(gap) <= 2 and all(w in _JOINERS for w in gap):
            return True
    return False


def _respective_member(view: SentenceView, located: Located) -> bool:
    """Whether the sentence says "respectively" and ``located`` stands in a list of names: next to another
    Model/Method (:func:`_listed`) or last after "and"/"or" and a name no entity covers ("GPTZero, Claude
    Opus-4.6, and GPT-5.5 achieve 89.41%, 77.92%, and 75.94% respectively")."""
    if view.present.isdisjoint(_CUES.respective_words):
        return False
    if _listed(view, located):
        return True
    words, k = view.words, located.first - 1
    if k < 1 or words[k] not in _CONJUNCTIONS:
        return False  # "A and B", "A, B, and C"; not "On EVT-Bench, FooNet achieves ..."
    k -= 1 + (words[k - 1] == ",")
    if k < 0:
        return False
    word = view.sentence.doc[view.starts[k]].text
    return word[:1].isalnum() and any(c.isdigit() or c.isupper() for c in word)


def names_proposed(view: SentenceView, ctx: PaperContext, lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` spell a proposed name (tagged or not) in subject position."""
    if ctx.proposed is None:
        return False
    words = view.words
    for key in ctx.keys:
        first = key.split(" ", 1)[0]
        if " " not in key:  # "Medusa" also names "Medusa-1"
            if any(
                (w == key or w.startswith(key + "-")) and (i < 1 or words[i - 1] not in _NOT_AGENT)
                for i, w in enumerate(words[lo:hi], lo)
            ):
                return True
            continue
        if first not in view.present:
            continue
        width = key.count(" ") + 1
        for i in range(lo, hi - width + 1):
            if (
                words[i] == first
                and " ".join(words[i : i + width]) == key
                and (i < 1 or words[i - 1] not in _NOT_AGENT)
            ):
                return True
    return False
