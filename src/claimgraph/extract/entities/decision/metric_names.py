"""Names the context typed a dataset that are metrics by their own shape (pure functions of the doc, the
decided spans and the cue tables): a name written "<name>@<k>" is a metric at a cutoff ("mR@3", "RTA@5",
:func:`metric_at_cutoff`), and a one-word name ending in a metric word ("VDCSCORE", "CLIPscore") is a metric
unless a dataset head word or a metric follows one of its mentions (:func:`score_names_typed`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.name_cues import NameCues


def metric_at_cutoff(span: Span, cues: NameCues) -> Span:
    """A name written "<name>@<k>" (``metric_cutoff_shape``) is a metric at a cutoff k ("2.70% on mAP@3+tgt and
    2.1% on mR@3", "RTA@5", "Cons@5"), never a dataset, whatever the "on" before it suggests."""
    if span.label_ != "Dataset" or not cues.metric_cutoff_shape.match(span.text):
        return span
    retyped = Span(doc=span.doc, start=span.start, end=span.end, label="Metric")
    set_evidence(retyped, get_evidence(span))
    return retyped


def score_names_typed(doc: Doc, spans: list[Span], cues: NameCues, dataset_heads_lower: frozenset[str]) -> list[Span]:
    """A one-word name ending in a metric word (``metric_name_endings``: "VDCSCORE", "CLIPscore") that only the
    context ("performance on VDCSCORE") typed a Dataset is a Metric, unless a dataset head word or a metric
    follows one of its mentions ("the WorldScore benchmark", "reaches 74.9 JumpScore mAP")."""
    endings = cues.metric_name_endings
    candidates = [
        span
        for span in spans
        if span.label_ == "Dataset"
        and get_evidence(span) == "dataset-head"
        and " " not in span.text
        and len(span.text) > 5
        and span.text.lower().endswith(endings)
    ]
    if not candidates:
        return spans
    candidate_ids = {id(span) for span in candidates}
    metric_starts = {span.start for span in spans if span.label_ == "Metric"}
    benchmarks = {  # every mention, also one no span holds yet
        doc[i].text for i in range(len(doc) - 1) if doc[i + 1].lower_ in dataset_heads_lower or (i + 1) in metric_starts
    }
    out = []
    for span in spans:
        if id(span) in candidate_ids and span.text not in benchmarks:
            retyped = Span(doc, span.start, span.end, label="Metric")
            set_evidence(retyped, get_evidence(span))
            span = retyped
        out.append(span)
    return out
