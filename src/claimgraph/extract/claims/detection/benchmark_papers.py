"""Claims of a benchmark paper (it proposes a Dataset and no Method or Model): a sentence that reports a score
is a result (:func:`benchmark_score`), and a claim about the models the paper evaluates is a finding
(:func:`about_evaluated_models`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects import PaperContext
from claimgraph.extract.pipeline.sentence_view import SentenceView


def benchmark_score(view: SentenceView, ctx: PaperContext, sig_word: str) -> bool:
    """Whether a sentence of a benchmark paper (it proposes a Dataset and no Method or Model)
    reports a score: a percentage or a metric with a number ("The best system achieves only
    61.43% accuracy", "GPT-4o reaches 0.41 F1 on FooBench"). Such scores are the paper's results."""
    if ctx.dataset is None or ctx.actor is not None or not view.quantities:
        return False
    if sig_word.endswith("ly"):
        return False  # "Notably, 84% of samples require audio": an adverb, not a score verb
    if any(e.label == "Metric" for e in view.entities):
        return True
    return any(q.span.text.rstrip().endswith("%") for q in view.quantities)


def about_evaluated_models(view: SentenceView, ctx: PaperContext, cues: ClaimCues, subject: Span | None) -> bool:
    """Whether a claim of a benchmark paper (it proposes a Dataset and no Method or Model)
    is about the models it evaluates ("GPT-4 is the only model to do better than chance",
    "most LLMs dip dramatically after 20K tokens"), not about the paper's own work: no
    "our"/"proposed", no proposed name, no training on the data ("models trained on X
    improve ...", "our workflow improves ...")."""
    if ctx.dataset is None or ctx.actor is not None or subject is not None and ctx.is_proposed(subject):
        return False
    present = view.present
    if "our" in present or "proposed" in present or not present.isdisjoint(cues.training_words):
        return False
    return present.isdisjoint(ctx.keys) and not any(ctx.is_proposed(e) for e in view.entities)
