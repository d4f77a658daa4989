"""One claim: :class:`ClaimMatch`, and :func:`build_claim`, which finds the cue of the reported clause
(:func:`clause_cue`), its subject, baselines, numbers, datasets and metrics, the claim's confidence (see
the package docstring) and its type."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.detection.benchmark_papers import about_evaluated_models
from claimgraph.extract.claims.detection.claim_types import (
    analysis_report,
    claim_type,
    merit_over_rival,
    over_baseline,
    reported_effect,
)
from claimgraph.extract.claims.detection.comparison_words import comparison_index
from claimgraph.extract.claims.detection.linked_owners import owners_to_link
from claimgraph.extract.claims.detection.results import result_index
from claimgraph.extract.claims.detection.signals import Signals
from claimgraph.extract.claims.numbers import ComparisonMatch, comparisons
from claimgraph.extract.claims.subjects import (
    baselines_of,
    clause_start,
    compared_against,
    entity_mask,
    opening_end,
    own_reference,
    resolve_subject,
)
from claimgraph.extract.pipeline.sentence_view import SentenceView


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


def clause_cue(view: SentenceView, cues: ClaimCues, sig: Signals, lo: int) -> int:
    """The first comparison, state-of-the-art or result word of the reported clause (at or
    after ``lo``); a cue word before it ("..., and experiments on X show that it improves
    Y") does not hide the clause's own."""
    cue = min((i for i in (sig.comparison, sig.sota, sig.result) if i >= lo), default=-1)
    if lo == 0 and cue > 0:
        start = opening_end(view.words)
        if start is not None and cue < start:
            lo = start  # "By mitigating X and improving Y, DCC strengthens ...": the main clause's cue
            cue = -1
    if cue >= 0 or lo == 0 or (sig.comparison < 0 and sig.result < 0):
        return cue
    masked = entity_mask(view)
    later = [i for i in (comparison_index(view, cues, masked, lo), result_index(view, cues, masked, lo)) if i >= 0]
    return min(later, default=-1)


def build_claim(view, ctx, cues, sig: Signals, fired, base, after, listed: bool = False) -> ClaimMatch:
    """The claim of a sentence whose strongest evidence (``base``, of the ``fired`` kinds) reached the threshold:
    its subject, links, confidence and type (``after``: at or after the propose sentence; ``listed`` as in
    :func:`~.component.detect`)."""
    lo = clause_start(view, sig.finding)
    cue = clause_cue(view, cues, sig, lo)
    subject, explicit = resolve_subject(view, ctx, cues, cue, lo, after)
    if listed and not explicit and subject is not None and not own_reference(view, ctx, cues):
        # an item of a listed finding ("2) While smaller models ... show promise, they still lag
        # behind ...") is about what its own clause names, not the paper's proposal
        subject = None
    if not explicit and subject is not None and compared_against(view, cues, subject):
        subject = None  # "our best model achieved 0.85, outperforming the baseline EVA-02 model": not EVA-02
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
    over = over_baseline(view.words, baselines, cues)
    ctype = claim_type(sig, found, bool(baselines), over=over)
    if ctype == "finding" and merit_over_rival(view, cues):
        ctype = "comparison"  # "demonstrate the robustness of ARASFSR over existing state-of-the-art methods"
    if ctype != "theoretical" and about_evaluated_models(view, ctx, cues, subject):
        ctype = "finding"  # a benchmark paper's results about the models it evaluates are findings
    elif (
        ctype in ("improvement", "efficiency")
        and subject is None
        and not quantities
        and reported_effect(view, ctx, cues, sig.finding)
    ):
        ctype = "finding"  # "experiments demonstrate that action locality is essential for boosting ..."
    elif ctype in ("comparison", "improvement") and not over and analysis_report(view, ctx, cues, sig.finding):
        # "ablation studies confirm that these gains stem from ..."; not "... show improvements over the baseline"
        ctype = "finding"
    return ClaimMatch(
        sentence=view.sentence,
        type=ctype,
        subject=subject,
        baselines=baseline_spans + owners_to_link(view, ctx, found, subject, baseline_spans),
        datasets=datasets,
        metrics=metrics,
        quantities=quantities,
        hedged=sig.hedged,
        confidence=round(min(0.99, max(0.05, confidence)), 3),
        comparisons=found,
    )
