"""Component ``claimgraph_claims``: sentences asserting the paper's own results.

Every sentence is scanned once (as hyphen-joined words, see
:mod:`claimgraph.extract.pipeline.sentence_view`); the cue lists are data in
``data/claims.json``. A sentence is a claim when its strongest evidence
reaches :data:`THRESHOLD` and no gate rejects it.

Evidence and confidence (the one place where confidence is defined)
-------------------------------------------------------------------
==========================  =====  =============================================
evidence                    base   fires when
==========================  =====  =============================================
finding                     0.85   "we show/find/prove/identify ...", "results/experiments
                                   ... demonstrate/indicate ...", "this paper shows",
                                   "X is found to ...", "we analyze X and find",
                                   "..., demonstrating", "we provide evidence that",
                                   "we argue/posit that" (after the propose sentence)
adverb                      0.70   "Interestingly, / surprisingly ..." among the first
                                   words, with the authors speaking or after sentence 2
state_of_the_art            0.80   "achieves/sets (new) state-of-the-art",
                                   "first place" after an achieve verb
comparison                  0.75   "outperforms/surpasses/beats", "better than",
                                   "competitive with", "matches" (own or after
                                   the propose sentence)
number                      0.70   a quantity with a direction ("by 4.3 points",
                                   "2x faster", "reduces ... by 50%")
result verb                 0.60   achieve/improve/reduce/speed-up words with the
                                   paper's own subject ("our method", "it", the
                                   proposed name, "we")
title                       0.60   a title that asserts ("X Can Self-correct")
==========================  =====  =============================================

Then: +0.05 when the subject is named in the sentence (not resolved),
+0.05 when a dataset, metric or baseline is linked, +0.05 when a quantity is
linked, +0.05 when two or more kinds of evidence fired, -0.15 when hedged;
clipped to [0.05, 0.99].

An enumerated item ("1) ...", "(2) ...") right after a finding claim speaks
for the authors like that claim and is typed finding. A gain stated over a
baseline ("improvements ... over BERT", "over the baseline") is a comparison.

Gates (a sentence failing one is not a claim): availability ("code is
available", URLs, "we release"), plans ("we will", "future work"), method
descriptions ("we propose X, which ...", "it consists of ...") and research
questions ("we investigate whether ...") unless they also carry finding,
comparison, state-of-the-art or number evidence, and background (no author or
proposed-entity reference, and before the propose sentence or with
background words such as "recent", "existing", "however").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.claims.cues import ClaimCues, claim_cues
from claimgraph.extract.claims.numbers import ComparisonMatch, comparisons, moves
from claimgraph.extract.claims.subjects import (
    PaperContext,
    baselines_of,
    clause_start,
    entity_mask,
    is_background,
    is_purpose,
    own_reference,
    paper_context,
    resolve_subject,
)
from claimgraph.extract.pipeline.sentence_view import (
    Located,
    SentenceView,
    sentence_views,
)

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


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """One claim sentence with its type, links and confidence."""

    sentence: Span
    type: str
    subject: Span | None
    baselines: tuple[Span, ...]
    datasets: tuple[Span, ...]
    metrics: tuple[Span, ...]
    quantities: tuple[Span, ...]
    hedged: bool
    confidence: float
    comparisons: tuple[ComparisonMatch, ...] = ()


@dataclass(frozen=True, slots=True)
class Signals:
    """What fired in one sentence (word indices, -1 when absent)."""

    finding: int
    sota: int
    comparison: int
    result: int
    theory: bool
    efficiency: bool
    improvement: bool
    hedged: bool
    adverb: bool = False


def _finding_index(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> int:
    """Index of the word that reports a finding of the authors, or -1.

    A finding verb counts after a result noun ("results show"), an author word
    ("we find"), "this/these/which", "this paper/our study", a passive
    auxiliary before "to" ("is found to"), or "and"/"," in a sentence whose
    subject is the authors ("we analyze X and find ...", "..., demonstrating
    ..."). Reporting verbs and nouns ("argue", "evidence") count only before
    "that" and after an author word ("we argue that", "we provide evidence that").
    """
    words = view.words
    present = view.present
    if (
        present.isdisjoint(cues.finding_verbs)
        and present.isdisjoint(cues.reporting_verbs)
        and present.isdisjoint(cues.finding_nouns)
    ):
        return -1
    seen_result_noun = False
    for i, word in enumerate(words):
        if word in cues.result_nouns and i not in masked:
            seen_result_noun = True
        if i in masked:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in cues.reporting_verbs or word in cues.finding_nouns:
            if following == "that" and any(w in cues.author_words for w in words[max(0, i - 4) : i]):
                return i
            continue
        if word not in cues.finding_verbs or is_purpose(words, i):
            continue
        if following in cues.how_words:
            continue  # "we show how to ...": a description
        before = words[max(0, i - 3) : i]
        if (
            seen_result_noun
            or any(w in cues.author_words for w in before)
            or (i and words[i - 1] in ("this", "these", "which"))
            or _paper_noun(words, i, cues)
            or (i and words[i - 1] in cues.passive_aux and following == "to")
        ):
            return i
        if (
            i > 1
            and words[i - 1] in ("and", ",")
            and any(w in cues.author_words for w in words[max(0, i - 12) : i - 1])
        ):
            return i  # "we analyze X and find ...", "We leverage X, demonstrating ..."
    return -1


def _paper_noun(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """ "this paper shows", "our study reveals": the paper itself reports."""
    return i > 1 and words[i - 1] in cues.author_nouns and words[i - 2] in ("this", "our")


def _adverb_opening(view: SentenceView, cues: ClaimCues) -> bool:
    """ "Interestingly, ...", "In addition, X is surprisingly ...": a sentence adverb of finding."""
    if view.present.isdisjoint(cues.finding_adverbs):
        return False
    return any(w in cues.finding_adverbs for w in view.words[:8])


def _sota_index(view: SentenceView, cues: ClaimCues) -> int:
    words = view.words
    if view.present.isdisjoint(cues.sota_first):
        return -1
    for i, word in enumerate(words):
        if word not in cues.sota_first:
            continue
        for width in (1, 2, 4):
            if " ".join(words[i : i + width]) not in cues.sota_set:
                continue
            if i and words[i - 1] == "new":
                return i
            for j in range(i - 1, max(-1, i - 11), -1):
                if words[j] in cues.beat_verbs or words[j] in ("than", "over", "with", "to", "against"):
                    break
                if words[j] in cues.sota_verbs:
                    return i
    return -1


def _comparison_index(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> int:
    words = view.words
    if view.present.isdisjoint(cues.comparison_cues):
        return -1
    for i, word in enumerate(words):
        if word not in cues.comparison_cues or i in masked or is_purpose(words, i):
            continue
        if word in ("better", "worse", "stronger") and "than" not in words[i + 1 : i + 6]:
            continue
        return i
    return -1


def _efficiency(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> bool:
    words = view.words
    if view.present.isdisjoint(cues.efficiency_words):
        return False
    for i, word in enumerate(words):
        if i in masked or is_purpose(words, i):
            continue
        if word in cues.efficiency_strong:
            return True
        if word in cues.efficiency_objects and any(
            w in cues.efficiency_qualifiers for w in words[max(0, i - 3) : i + 3]
        ):
            return True
    return False


def signals(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> Signals:
    """Scan one sentence for every kind of evidence (pure)."""
    words = view.words
    present = view.present
    result = improvement = -1
    for i, word in enumerate(words if not present.isdisjoint(cues.result_words) else ()):
        if word not in cues.result_words or i in masked or is_purpose(words, i):
            continue
        if word in cues.improvement_cues or word == "better":
            improvement = i if improvement < 0 else improvement
        if result < 0 and (
            word in cues.achieve_cues
            or word in cues.improvement_cues
            or word in cues.decrease_cues
            or word in cues.efficiency_strong
        ):
            result = i
    return Signals(
        finding=_finding_index(view, cues, masked),
        sota=_sota_index(view, cues),
        comparison=_comparison_index(view, cues, masked),
        result=result,
        theory=not present.isdisjoint(cues.theory_strong),
        efficiency=_efficiency(view, cues, masked),
        improvement=improvement >= 0,
        hedged=not present.isdisjoint(cues.hedges),
        adverb=_adverb_opening(view, cues),
    )


def _gated(view: SentenceView, cues: ClaimCues, strong: bool) -> bool:
    """Whether availability, plans or a method description rule the sentence out."""
    words, present = view.words, view.present
    if not present.isdisjoint(cues.availability_strong):
        return True
    if present.isdisjoint(cues.author_words) and present.isdisjoint(cues.author_nouns):
        return False
    authored = [i for i, w in enumerate(words) if w in cues.author_words or w in cues.author_nouns]
    if not present.isdisjoint(cues.release_words) and authored and not strong:
        return True
    if not present.isdisjoint(cues.plan_words) and authored:
        return True
    for i in authored:
        after = words[i + 1 : i + 4]
        if any(w in cues.description_verbs for w in after) and not strong:
            return True
    return False


def _title_claim(view: SentenceView, cues: ClaimCues) -> bool:
    words = view.words
    if not words or words[0] in cues.title_question_words or words[-1] == "?":
        return False
    return any(w in cues.title_verbs for w in words[1:])


def detect(view: SentenceView, ctx: PaperContext, cues: ClaimCues, listed: bool = False) -> ClaimMatch | None:
    """Return the claim of one sentence, or None (pure).

    ``listed``: the sentence is an enumerated item ("2) The finer ...") right
    after a finding claim ("we identify two phenomena."); it speaks for the
    authors like that claim.
    """
    if view.present.isdisjoint(cues.any_cue) and not view.quantities:
        return None  # nothing that could fire: skip the rest of the scan
    masked = entity_mask(view)
    sig = signals(view, cues, masked)
    own = listed or own_reference(view, ctx, cues)
    after = ctx.propose_index is not None and view.index >= ctx.propose_index
    moving = bool(view.quantities) and moves(view, cues)
    fired: dict[str, float] = {}
    if view.index == 0 and ctx.has_title:
        if _title_claim(view, cues):
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
        if sig.result >= 0 and own:
            fired["result"] = STRENGTH["result"]
    if not fired:
        return None
    strong = any(k in fired for k in ("finding", "sota", "comparison", "number"))
    if view.index or not ctx.has_title:
        if _gated(view, cues, strong):
            return None
        adverb = sig.finding < 0 and "finding" in fired
        if not own and (
            is_background(view, cues, OPENING if adverb else None) or not after and sig.finding < 0 and not adverb
        ):
            return None
        if not after and not own and not strong:
            return None
        if not strong and _describes_mechanism(view, cues, sig.result):
            return None
    base = max(fired.values())
    if base < THRESHOLD:
        return None
    match = _build(view, ctx, cues, sig, fired, base, after)
    return replace(match, type="finding") if listed and match.type in ("improvement", "comparison") else match


def _describes_mechanism(view: SentenceView, cues: ClaimCues, cue: int) -> bool:
    words = view.words
    if view.present.isdisjoint(cues.mechanism_verbs):
        return False
    stop = cue if cue >= 0 else len(words)
    return any(w in cues.mechanism_verbs for w in words[:stop])


def _build(view, ctx, cues, sig: Signals, fired, base, after) -> ClaimMatch:
    lo = clause_start(view, sig.finding)
    cue = min((i for i in (sig.comparison, sig.sota, sig.result) if i >= lo), default=-1)
    subject, explicit = resolve_subject(view, ctx, cues, cue, lo, after)
    baselines = baselines_of(view, ctx, cues, subject)
    found = comparisons(view, baselines, cues, subject=subject) if view.quantities else ()
    baseline_spans = tuple(b.span for b in baselines)
    datasets = tuple(e.span for e in view.entities if e.label == "Dataset" and e.span is not subject)
    metrics = tuple(e.span for e in view.entities if e.label == "Metric")
    quantities = tuple(q.span for q in view.quantities)
    confidence = base
    confidence += 0.05 if explicit else 0.0
    confidence += 0.05 if (datasets or metrics or baseline_spans) else 0.0
    confidence += 0.05 if quantities else 0.0
    confidence += 0.05 if len(fired) >= 2 else 0.0
    confidence -= 0.15 if sig.hedged else 0.0
    return ClaimMatch(
        sentence=view.sentence,
        type=claim_type(sig, found, bool(baselines), over=_over_baseline(view.words, baselines)),
        subject=subject,
        baselines=baseline_spans,
        datasets=datasets,
        metrics=metrics,
        quantities=quantities,
        hedged=sig.hedged,
        confidence=round(min(0.99, max(0.05, confidence)), 3),
        comparisons=found,
    )


def _over_baseline(words: tuple[str, ...], baselines: tuple[Located, ...]) -> bool:
    """ "... over BERT", "over the (strong) baseline(s)": a gain measured against a baseline."""
    if "over" not in words:
        return False
    if any("over" in words[max(0, b.first - 3) : b.first] for b in baselines):
        return True
    return any(w == "over" and any(x.startswith("baseline") for x in words[i + 1 : i + 5]) for i, w in enumerate(words))


def claim_type(sig: Signals, found: tuple[ComparisonMatch, ...], has_baseline: bool, *, over: bool = False) -> str:
    """Type a claim: theoretical, state_of_the_art, efficiency, comparison, improvement, finding.

    A gain stated over a baseline (``over``: "improvements ... over BERT",
    "over the baseline") is a comparison; a gain of a named model ("boosts the
    performance of FLAN-T5") stays an improvement.
    """
    if sig.theory and not found and sig.sota < 0:
        return "theoretical"
    if sig.sota >= 0:
        return "state_of_the_art"
    if sig.efficiency:
        return "efficiency"
    if sig.comparison >= 0:
        return "comparison"
    if sig.improvement or any(c.direction in ("increase", "decrease") for c in found):
        return "comparison" if over else "improvement"
    if has_baseline:
        return "comparison"
    return "finding"


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
    return len(head) > 1 and head[1] == ")" and (head[0].isdigit() or head[0] in ("i", "ii", "iii", "iv", "v"))


@Language.factory("claimgraph_claims")
def make_claims(nlp: Language, name: str):
    """Build the claims component (sets ``doc._.claims``)."""
    cues = claim_cues()

    def set_claims(doc: Doc) -> Doc:
        doc._.claims = find_claims(doc, cues)
        return doc

    return set_claims


__all__ = ["ClaimMatch", "ComparisonMatch", "Located", "find_claims", "claim_type", "detect", "signals"]
