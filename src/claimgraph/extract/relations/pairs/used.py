"""The uses reading of one sentence (:func:`uses`): the tails of the cue words of
:mod:`claimgraph.extract.relations.uses`, without the paper's own parts, tails driven by its method, role
appositions and likenesses."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext, is_component
from claimgraph.extract.entities.abbreviation_forms import long_forms
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import ReadingCues, class_mention, reading_cues
from claimgraph.extract.relations.pairs.sentences import RelationMatch, _score, _Sentence, _stands_for_class
from claimgraph.extract.relations.uses import (
    application_example,
    applied_to,
    class_apposition,
    coordinated,
    cue_tails,
    evaluator,
    inspired_tail,
    listed_as_data,
    not_own_method,
    same,
    sibling_items,
    tail_shapes,
    use_cues,
    uses_cues,
    uses_head,
)
from claimgraph.vocabulary import PROPOSABLE_TYPES

TAILS_OF_USES = frozenset(PROPOSABLE_TYPES)


def uses(
    s: _Sentence,
    ctx: PaperContext,
    rc: RelationCues,
    pairs: dict[str, frozenset[str]],
    self_heads: frozenset[str],
) -> list[RelationMatch]:
    """Method -> Model/Method/Dataset relations of one sentence (see module doc)."""
    view = s.view
    if not (s.own or s.after) or ctx.proposed is None and not ctx.keys:
        return []
    reading = reading_cues()
    tails = [
        e
        for e in view.entities
        if e.label in TAILS_OF_USES
        and e.first not in s.compared
        and (e.last + 1 >= len(view.words) or view.words[e.last + 1] not in rc.task_nouns or e.label == "Dataset")
        and (
            view.present.isdisjoint(rc.likeness_words)
            or all(w not in rc.likeness_words for w in view.words[max(0, e.first - 3) : e.first])
        )
        and not _likened(view, e, reading)
        and e.key not in reading.language_names  # "trains on curated English and Korean speech": a language
        and not (e.label != "Dataset" and e.last + 1 < len(view.words) and view.words[e.last + 1] in reading.data_nouns)
    ]
    roles = [e for e in view.entities if e.label in TAILS_OF_USES and _role_apposition(view.words, e, rc)]
    if not tails and not roles:
        return []
    found: dict[tuple[int, int], RelationMatch] = {}
    evaluative = s.claim is not None or not view.present.isdisjoint(rc.eval_verbs)

    def add(head: Span | None, explicit: bool, tail: Located, base: float) -> None:
        if head is None or head.label_ not in ACTORS or tail.key == head.text.lower() or not_own_method(head):
            return  # not_own_method: "multi-task learning", "Text-to-CAD Retrieval" use nothing of the paper's
        if not ctx.is_proposed(tail) and class_mention(view, tail, rc):
            return  # "into standard PCR pipelines": a class, not a method used
        if explicit and _stands_for_class(view, head, ctx, rc):
            return
        if ctx.is_proposed(tail) and (
            not explicit and not _own_part(head, tail, ctx) or ctx.is_proposed(head) and same(head, tail)
        ):
            return  # one proposed entity uses another only when both are named, or it is its part
        if coordinated(view, head, tail) or evaluator(view.words, tail, rc) or _driven_by_ours(view, tail, ctx, rc):
            return
        if sibling_items(view, head, tail, ctx.is_proposed(tail), uses_cues()):
            return  # "two components: the DGAM modulates ..., and the DPFM enables ...": siblings
        if tail.label != "Dataset" and listed_as_data(view, tail, rc):
            return  # "We evaluated X with the Alpaca-Eval 2.0 and Arena-Hard benchmarks": data, mistyped
        if application_example(view.words, tail, rc):
            return  # "potential for applications like RL-based post-training": what the head serves
        if inspired_tail(view.words, tail):
            return  # "a layer inspired by normalizing flows": what the method draws on
        if class_apposition(view, tail, rc):
            return  # "Prune&Comp, a novel plug-and-play layer pruning scheme": what the name is
        if _practice(tail):
            return  # "combines prompt engineering, ...", "powered by high performance computing": no method
        match = RelationMatch(head, "uses", tail.span, view.sentence, _score(base, explicit, s.hedged))
        key = (head.start, tail.span.start)
        if key not in found or found[key].confidence < match.confidence:
            found[key] = match

    for i, base in use_cues(view, rc, pairs):
        head, explicit = uses_head(view, ctx, i)
        for tail in cue_tails(view, i, tails, rc, evaluative):
            add(head, explicit, tail, base)
    for head, explicit, tail in applied_to(view, tails, ctx, rc, self_heads):
        add(head, explicit, tail, 0.65)
    for tail, base, named in tail_shapes(view, tails, ctx, rc, self_heads):
        head, explicit = (named, True) if named is not None else uses_head(view, ctx, tail.first)
        add(head, explicit, tail, base)
    for e in roles:
        head, explicit = uses_head(view, ctx, e.first)
        add(head, explicit, e, 0.65)  # "outperforms its base model, MPT-30B"
    for index, kind in s.marks:
        head, explicit = uses_head(view, ctx, index)
        if (
            kind == "improve"
            and head is not None
            and head.label_ == "Method"
            and not view.words[index].endswith(("ed", "ing"))
            and (explicit or any(w in rc.own_words for w in view.words[max(0, index - 6) : index]))
        ):  # "a STA strategy improves the robustness of X": not the paper's method as a whole
            for tail in cue_tails(view, index, tails, rc, True):
                if tail.label != "Dataset" and all(w in rc.improve_gap for w in view.words[index + 1 : tail.first]):
                    add(head, explicit, tail, 0.55)
    return list(found.values())


def _own_part(head: Span, tail: Located, ctx: PaperContext) -> bool:
    """Whether ``tail`` is a named part of the paper's system ``head`` ("we introduce a TA strategy
    ..., and a Dual-Reference Structural Rectification (DRSR) mechanism" in a paper on GTASR)."""
    proposed = ctx.proposed
    return (
        proposed is not None
        and head.start == proposed.start
        and tail.span.start != proposed.start
        and is_component(tail.span)
    )


def _driven_by_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues) -> bool:
    """ "query rewriting guided by HalluciBot's estimates": the tail is what the paper's entity
    drives, not something the paper's entity uses."""
    words, at = view.words, tail.last + 1
    if at + 2 >= len(words) or words[at] not in rc.use_weak or words[at + 1] != "by":
        return False
    return any(e.first == at + 2 and ctx.is_proposed(e) for e in view.entities)


def _role_apposition(words: tuple[str, ...], e: Located, rc: RelationCues) -> bool:
    """ "its base model, MPT-30B", "our backbone, LLaMA-2": the name is the role the method
    builds on, even after a comparison ("outperforms its base model, X")."""
    before = words[max(0, e.first - 4) : e.first]
    if len(before) < 3 or before[-1] != ",":
        return False
    return any(w in rc.role_nouns for w in before[:-1]) and any(w in ("its", "our", "their") for w in before[:-1])


def _practice(e: Located) -> bool:
    """Whether the entity names a practice or a field, not a method a system is built on
    (``uses_practice_tails``: "prompt engineering", "red teaming", "remote sensing", "high performance
    computing"), by its text, the lexicon name it is linked to or the long form it abbreviates ("HPC")."""
    practices = uses_cues().uses_practice_tails
    text = e.span.text.lower()
    names = {e.key, text, e.span.kb_id_.lower()}
    names |= {long.lower() for long in long_forms(e.span.doc, text)}
    return any(name.replace("-", " ") in practices for name in names)


def _likened(view: SentenceView, e: Located, reading: ReadingCues) -> bool:
    """ "LISA-like models", "DenseNet-style blocks": a point of likeness, not a tail."""
    word = view.words[e.last]
    part = e.key.rsplit(" ", 1)[-1]
    rest = word[len(part) :] if word.startswith(part) else ""
    return rest[:1] == "-" and rest[1:] in reading.likeness_suffixes
