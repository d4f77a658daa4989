"""Component ``claimgraph_relations``: evaluated_on, outperforms and uses.

Token patterns over each sentence's words and the entities already found (no
parser); cue lists are data in ``data/relations.json``. Sentences that are
background (no author or proposed-entity reference, before the propose
sentence, not a claim) give no relations. The head of a relation is the claim's
subject when the sentence is a claim, else the entity in subject position, and
"our method", "it", "we" resolve to the proposed entity (``doc._.proposes``).
``proposes`` itself is emitted by ``claimgraph_proposes``.

==============  ==========================================================  ====
relation        pattern                                                     conf
==============  ==========================================================  ====
evaluated_on    Dataset in a sentence with an evaluation verb ("evaluate    0.75
                X on D", "tested on D")
evaluated_on    Dataset in a claim or in a sentence with result words       0.60
                ("experiments on D", "results on D", "achieves 84% on D")
outperforms     "outperforms/surpasses/beats/exceeds Y"                     0.80
outperforms     "better/higher/faster ... than Y", "gain of 2% over Y"      0.65
uses            "fine-tune Y", "built on/based on Y", "trained on D",       0.70
                "applied to Y", "initialized from Y", "on top of Y"
uses            "using/leverages/integrates/employs/via Y"                  0.55
==============  ==========================================================  ====

+0.05 when the head is named in the sentence (not resolved from "our method",
"it" or "we"), -0.15 when the sentence is hedged; clipped to [0.05, 0.99].
A Dataset after a training cue is a ``uses`` tail, never ``evaluated_on``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract.claim_cues import ClaimCues, load_claim_cues, load_relation_cues
from claimgraph.extract.claims import ClaimMatch, find_claims
from claimgraph.extract.sentence_view import (
    Located,
    SentenceView,
    release_views,
    sentence_views,
)
from claimgraph.extract.subjects import (
    ACTORS,
    PaperContext,
    entities_after,
    entity_mask,
    is_background,
    markers,
    own_reference,
    paper_context,
    resolve_subject,
)

TAILS_OF_USES = frozenset({"Model", "Method", "Dataset"})

if not Doc.has_extension("relations"):
    Doc.set_extension("relations", default=None)


@dataclass(frozen=True, slots=True)
class RelationMatch:
    """``head --relation--> tail`` found in ``sentence``."""

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


def _score(base: float, explicit: bool, hedged: bool) -> float:
    value = base + (0.05 if explicit else 0.0) - (0.15 if hedged else 0.0)
    return round(min(0.99, max(0.05, value)), 3)


def _default_head(s: _Sentence, ctx: PaperContext) -> Span | None:
    if s.claim is not None and s.claim.subject is not None and s.claim.subject.label_ in ACTORS:
        return s.claim.subject
    if ctx.proposed is not None and ctx.proposed.label_ in ACTORS and (s.own or s.after):
        return ctx.proposed
    return None


def _explicit(head: Span, view: SentenceView) -> bool:
    return any(e.span.start == head.start for e in view.entities)


def _trained(words: tuple[str, ...], first: int, rc: dict[str, frozenset[str]]) -> bool:
    return any(w in rc["train_cues"] for w in words[max(0, first - 4) : first])


def evaluated_on(s: _Sentence, ctx: PaperContext, rc: dict[str, frozenset[str]]) -> list[RelationMatch]:
    """Method/Model -> Dataset relations of one sentence."""
    view, words = s.view, s.view.words
    datasets = [e for e in view.entities if e.label == "Dataset"]
    if not datasets:
        return []
    verb = -1
    if not view.present.isdisjoint(rc["eval_verbs"]):
        verb = next(i for i, w in enumerate(words) if w in rc["eval_verbs"])
    if verb < 0 and s.claim is None and view.present.isdisjoint(rc["eval_cues"]):
        return []
    found = []
    default = _default_head(s, ctx)
    for dataset in datasets:
        if _trained(words, dataset.first, rc) or ctx.is_proposed(dataset) and default is None:
            continue
        heads: list[Span] = []
        if 0 <= verb < dataset.first:
            heads = [e.span for e in view.entities
                     if verb < e.first < dataset.first and e.label in ACTORS
                     and words[e.first - 1] not in ("with", "using", "via")]
        base = 0.75 if verb >= 0 else 0.60
        if not heads and default is not None:
            heads = [default]
        for head in heads:
            found.append(RelationMatch(head, "evaluated_on", dataset.span, view.sentence,
                                       _score(base, _explicit(head, view), s.hedged)))
    return found


def outperforms(s: _Sentence, ctx: PaperContext, cues: ClaimCues) -> list[RelationMatch]:
    """Method/Model -> Method/Model relations of one sentence."""
    view = s.view
    found = []
    for index, kind in markers(view, cues):
        if kind not in ("beat", "than", "over"):
            continue
        if s.claim is not None and s.claim.subject is not None and s.claim.subject.start < view.starts[index]:
            head, explicit = s.claim.subject, _explicit(s.claim.subject, view)
        else:
            head, explicit = resolve_subject(view, ctx, cues, index, 0, s.after)
        if head is None or head.label_ not in ACTORS:
            continue
        key = head.text.lower()
        for tail in entities_after(view, index, 14, ACTORS):
            if tail.key == key or ctx.is_proposed(tail) and ctx.is_proposed(head):
                continue
            base = 0.80 if kind == "beat" else 0.65
            found.append(RelationMatch(head, "outperforms", tail.span, view.sentence,
                                       _score(base, explicit, s.hedged)))
    return found


def uses(s: _Sentence, ctx: PaperContext, rc: dict[str, frozenset[str]],
         pairs: dict[str, frozenset[str]]) -> list[RelationMatch]:
    """Method -> Model/Method/Dataset relations of one sentence."""
    view, words = s.view, s.view.words
    if not (s.own or s.after):
        return []
    use_words = rc["use_strong"] | rc["use_weak"]
    if view.present.isdisjoint(use_words):
        return []
    masked = entity_mask(view)
    evaluative = s.claim is not None or not view.present.isdisjoint(rc["eval_verbs"])
    found = []
    for i in [i for i, w in enumerate(words) if w in use_words]:
        word = words[i]
        strong = word in rc["use_strong"]
        if i in masked:
            continue
        if word in pairs and (i + 1 >= len(words) or words[i + 1] not in pairs[word]):
            continue
        head, explicit = _uses_head(view, ctx, i, s)
        if head is None:
            continue
        training = word in rc["train_cues"]
        head_key = head.text.lower()
        for tail in entities_after(view, i, 7, TAILS_OF_USES):
            if tail.key == head_key or ctx.is_proposed(tail):
                continue
            if tail.label == "Dataset" and not training and evaluative:
                continue
            found.append(RelationMatch(head, "uses", tail.span, view.sentence,
                                       _score(0.70 if strong else 0.55, explicit, s.hedged)))
    return found


def _uses_head(view: SentenceView, ctx: PaperContext, index: int, s: _Sentence) -> tuple[Span | None, bool]:
    for located in reversed(view.entities):
        if located.last < index and index - located.last <= 8 and ctx.is_proposed(located):
            return (located.span, True) if located.label in ACTORS else (None, False)
    if ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
        return ctx.proposed, False
    return None, False


@lru_cache(maxsize=1)
def _next_word_pairs() -> dict[str, frozenset[str]]:
    rc = load_relation_cues()
    pairs: dict[str, set[str]] = {}
    for item in rc["needs_next"]:
        word, following = item.split(":")
        pairs.setdefault(word, set()).add(following)
    return {k: frozenset(v) for k, v in pairs.items()}


def find_relations(doc: Doc, claims: list[ClaimMatch] | None = None) -> list[RelationMatch]:
    """Return the evaluated_on, outperforms and uses relations of a doc (pure)."""
    cues = load_claim_cues()
    rc = load_relation_cues()
    pairs = _next_word_pairs()
    views = sentence_views(doc)
    ctx = paper_context(doc, views, cues)
    if claims is None:
        claims = find_claims(doc, cues, views)
    by_start = {c.sentence.start: c for c in claims}
    found: list[RelationMatch] = []
    release_views(doc)
    for view in views:
        claim = by_start.get(view.sentence.start)
        own = own_reference(view, ctx, cues)
        after = ctx.propose_index is not None and view.index >= ctx.propose_index
        if claim is None and not own and (not after or is_background(view, cues)):
            continue
        hedged = claim.hedged if claim is not None else view.has_any(cues.hedges)
        s = _Sentence(view, claim, own, after, hedged)
        found += evaluated_on(s, ctx, rc)
        found += outperforms(s, ctx, cues)
        found += uses(s, ctx, rc, pairs)
    return found


@Language.factory("claimgraph_relations")
def make_relations(nlp: Language, name: str):
    """Build the relations component (sets ``doc._.relations``)."""
    load_claim_cues()
    load_relation_cues()

    def set_relations(doc: Doc) -> Doc:
        claims = doc._.claims if Doc.has_extension("claims") else None
        doc._.relations = find_relations(doc, claims)
        return doc

    return set_relations


__all__ = ["RelationMatch", "find_relations", "Located"]
