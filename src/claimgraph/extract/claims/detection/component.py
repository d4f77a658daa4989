"""The spaCy component ``claimgraph_claims``, built by :func:`make_claims`: :func:`find_claims` runs
:func:`detect` over the sentences of a doc in text order; :func:`detect` weighs the evidence of one sentence
(:data:`STRENGTH`, :data:`THRESHOLD`), applies the gates and builds the claim (see the package docstring)."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.claims.cues import ClaimCues, claim_cues
from claimgraph.extract.claims.detection.benchmark_papers import benchmark_score
from claimgraph.extract.claims.detection.claim_match import ClaimMatch, build_claim
from claimgraph.extract.claims.detection.findings import title_claim
from claimgraph.extract.claims.detection.gates import described_only, describes_mechanism, gated, states_aim
from claimgraph.extract.claims.detection.signals import signals
from claimgraph.extract.claims.numbers import moves
from claimgraph.extract.claims.subjects import PaperContext, entity_mask, is_background, own_reference, paper_context
from claimgraph.extract.pipeline.sentence_view import SentenceView, sentence_views

THRESHOLD = 0.6
#: Background words of a sentence opened by a finding adverb count only among its first words.
OPENING = 6
STRENGTH = {
    "finding": 0.85,
    "sota": 0.80,
    "comparison": 0.75,
    "number": 0.70,
    "result": 0.60,
    "title": 0.60,
    "adverb": 0.70,
}


def detect(view: SentenceView, ctx: PaperContext, cues: ClaimCues, listed: bool = False) -> ClaimMatch | None:
    """Return the claim of one sentence, or None (pure).

    ``listed``: the sentence is an enumerated item ("2) The finer ...") right
    after a finding claim ("we identify two phenomena."); it speaks for the
    authors like that claim.
    """
    if view.present.isdisjoint(cues.any_cue) and not view.quantities and not listed:
        return None  # nothing that could fire: skip the rest of the scan
    masked = entity_mask(view)
    own_ends = frozenset(e.last for e in view.entities if ctx.is_proposed(e)) if ctx.keys else frozenset()
    sig = signals(view, cues, masked, own_ends)
    own = listed or own_reference(view, ctx, cues)
    after = ctx.propose_index is not None and view.index >= ctx.propose_index
    moving = bool(view.quantities) and moves(view, cues)
    fired: dict[str, float] = {}
    if view.index == 0 and ctx.has_title:
        if title_claim(view, cues):
            fired["title"] = STRENGTH["title"]
    else:
        if sig.finding >= 0 and (
            view.words[sig.finding] not in cues.reporting_verbs
            or ctx.propose_index is not None
            and view.index > ctx.propose_index
        ):
            fired["finding"] = STRENGTH["finding"]
        elif sig.adverb and (own or after or view.index >= 2):
            fired["finding"] = STRENGTH["adverb"]
        if sig.sota >= 0 and (own or after):
            fired["sota"] = STRENGTH["sota"]
        if sig.comparison >= 0 and (own or after or sig.finding >= 0):
            fired["comparison"] = STRENGTH["comparison"]
        if moving and (own or after or sig.finding >= 0):
            fired["number"] = STRENGTH["number"]
        if sig.result >= 0 and (own or after and benchmark_score(view, ctx, view.words[sig.result])):
            fired["result"] = STRENGTH["result"]
    if listed and not fired:
        fired["finding"] = STRENGTH["adverb"]  # "(b) ... a BERT-based model can master ...": an item of the finding
    if not fired:
        return None
    strong = any(k in fired for k in ("finding", "sota", "comparison", "number"))
    if view.index or not ctx.has_title:
        if gated(view, cues, strong) or (
            "number" not in fired and "sota" not in fired and not listed and described_only(view, cues)
        ):
            return None
        adverb = sig.finding < 0 and "finding" in fired
        # after the proposal, what a finding verb reports may be about current methods
        # ("This suggests a notable gap in current LLMs"): only words before it are background
        within = OPENING if adverb else (sig.finding if after and "finding" in fired and sig.finding >= 0 else None)
        if not own and (is_background(view, cues, within) or not after and sig.finding < 0 and not adverb):
            return None
        if not after and not own and not strong:
            return None
        if not strong and (describes_mechanism(view, cues, sig.result) or states_aim(view, cues, sig.result)):
            return None
    base = max(fired.values())
    if base < THRESHOLD:
        return None
    match = build_claim(view, ctx, cues, sig, fired, base, after, listed)
    if "title" in fired and match.type != "finding":
        # a title asserts a finding unless it says who beats ("X Outperforms Y") or improves what
        if sig.comparison >= 0 and view.words[sig.comparison] in cues.beat_verbs:
            match = replace(match, type="comparison")
        elif view.present.isdisjoint(cues.improve_verbs):
            match = replace(match, type="finding")
    return replace(match, type="finding") if listed and match.type in ("improvement", "comparison") else match


def find_claims(doc: Doc, cues: ClaimCues | None = None, views: list[SentenceView] | None = None) -> list[ClaimMatch]:
    """Return the claims of a processed doc, in text order (pure)."""
    cues = cues or claim_cues()
    views = views if views is not None else sentence_views(doc)
    ctx = paper_context(doc, views, cues)
    claims: list[ClaimMatch] = []
    previous: ClaimMatch | None = None
    for view in views:
        listed = previous is not None and previous.type == "finding" and _enumerated(view.words)
        match = detect(view, ctx, cues, listed)
        if match is not None:
            claims.append(match)
        if match is not None or not listed:
            previous = match
    return claims


def _enumerated(words: tuple[str, ...]) -> bool:
    """Whether a sentence opens with an item number: "1) ...", "(2) ...", "ii) ..."."""
    head = words[:3]
    if len(head) < 2:
        return False
    if head[0] == "(":
        head = head[1:]
    return (
        len(head) > 1
        and head[1] == ")"
        and (head[0].isdigit() or head[0] in ("i", "ii", "iii", "iv", "v", "a", "b", "c", "d", "e"))
    )


@Language.factory("claimgraph_claims")
def make_claims(nlp: Language, name: str):
    """Build the claims component (sets ``doc._.claims``)."""
    cues = claim_cues()

    def set_claims(doc: Doc) -> Doc:
        doc._.claims = find_claims(doc, cues)
        return doc

    return set_claims
