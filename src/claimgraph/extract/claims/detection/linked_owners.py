"""The named Models and Methods a claim's numbers belong to, linked to the claim beside its baselines
(:func:`owners_to_link`) when they are named like a system, not a technique."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.numbers import ComparisonMatch
from claimgraph.extract.claims.subjects import PaperContext
from claimgraph.extract.entities.name_shapes import is_coined
from claimgraph.extract.pipeline.sentence_view import SentenceView


def owners_to_link(
    view: SentenceView,
    ctx: PaperContext,
    found: tuple[ComparisonMatch, ...],
    subject: Span | None,
    linked: tuple[Span, ...],
) -> tuple[Span, ...]:
    """The named Models and Methods the sentence ties a number to ("with Gemini-Pro-1.5 leading with 40%
    accuracy", "Proprietary models like GPT-4o achieve only 13% pass@1") that are neither the claim's
    subject nor already among its baselines: linked to the claim beside its baselines, so that the number
    is shown with its own model (a number whose model is not linked would be shown with no subject). Names
    are compared by their words, not their place: the subject named again ("Baselines achieve 70.2% while
    FooNet reaches 80.1%" in a paper proposing FooNet, whose subject may be its name in another sentence)
    and an entity the paper proposes are never linked as baselines (as :func:`baselines_of` skips them).
    A Method is linked only when named like a system (:func:`_system_name`), not a technique ("SSL
    (accuracy = 0.88)", "trained with Focal Loss achieves 99.25%": the number is not the technique's)."""
    actors = {e.span for e in view.entities if e.label == "Model" or (e.label == "Method" and _system_name(e.span))}
    skipped = {span.text.lower() for span in linked}
    if subject is not None:
        skipped.add(subject.text.lower())
    extra: list[Span] = []
    for c in found:
        model = c.model
        if model is None or model not in actors or c.role not in ("score", "baseline"):
            continue
        if model.text.lower() in skipped or ctx.is_proposed(model):
            continue
        skipped.add(model.text.lower())
        extra.append(model)
    return tuple(extra)


def _system_name(span: Span) -> bool:
    """Whether a name is shaped like a system's: a coined word (:func:`is_coined`: a capital inside it or a
    capital and a digit: "SD-Feedback", "CognitiveDrone-R1", "YOLOv11-DIoU") or one capitalised word
    ("Mamba"), not a technique's words ("Focal Loss", "semi-supervised learning")."""
    words = span.text.split()
    return any(is_coined(w) for w in words) or (len(words) == 1 and words[0][:1].isupper())
