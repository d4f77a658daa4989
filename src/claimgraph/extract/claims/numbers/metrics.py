"""Which metric names a sentence has (Metric entities and metric-table words), which of them a content
word qualifies so that they bind no number ("bitwise accuracy", "Patho-FID"), and what kind of measure a
metric is: a cost, a ratio of a cost, a family of orders ("BLEU 1--4"), a label glued to the number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, MetricInfo, claim_cues
from claimgraph.extract.claims.numbers.words import _CHANGE_NOUNS
from claimgraph.extract.pipeline.sentence_view import SentenceView
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.quantities.number_cues import NumberCues


@dataclass(frozen=True, slots=True)
class _Metric:
    first: int
    last: int
    span: Span
    info: MetricInfo | None


def _metric_info(span: Span, cues: ClaimCues) -> MetricInfo | None:
    text = span_text(span)
    return cues.metric_table.get((span.kb_id_ or text).lower()) or cues.metric_table.get(text.lower())


def metric_mentions(view: SentenceView, cues: ClaimCues) -> list[_Metric]:
    """The sentence's metrics: Metric entities, then metric-table words outside entities, by position."""
    found = [_Metric(e.first, e.last, e.span, _metric_info(e.span, cues)) for e in view.entities if e.label == "Metric"]
    if view.present.isdisjoint(cues.metric_first):
        return sorted(found, key=lambda m: m.first)
    taken = {i for e in view.entities for i in range(e.first, e.last + 1)}
    taken |= {i for q in view.quantities for i in range(q.first, q.last + 1)}
    words, doc = view.words, view.sentence.doc
    i = 0
    while i < len(words):
        if words[i] in cues.metric_first and i not in taken:
            for width in (3, 2, 1):
                if any(k in taken for k in range(i, i + width)):
                    continue
                info = cues.metric_table.get(" ".join(words[i : i + width]))
                if info is not None:
                    end = view.starts[i + width] if i + width < len(view.starts) else view.sentence.end
                    found.append(_Metric(i, i + width - 1, doc[view.starts[i] : end], info))
                    i += width - 1
                    break
        i += 1
    return sorted(found, key=lambda m: m.first)


def _qualified(view: SentenceView, metric: _Metric, nc: NumberCues, names: frozenset[int]) -> bool:
    """Whether a content word right before the metric qualifies it: "bitwise accuracy", "memory accuracy",
    "band alignment accuracy", "Level 2 accuracy", "Top-3 accuracy", "Patho-FID".

    Not a neutral modifier ("classification accuracy", "average F1", "7-class
    accuracy"), a verb or function word ("improves accuracy", "with F1"), an
    adverb, a name ("ImageNet accuracy") or a number ("85% accuracy").
    """
    if view.starts[metric.first] < metric.span.start:
        return True  # glued by a hyphen: "Patho-FID"
    nxt = metric.last + 1
    end = view.starts[nxt] if nxt < len(view.starts) else view.sentence.end
    if end > metric.span.end:  # "LPIPS-Full", not "F1-score"
        tail = view.sentence.doc[metric.span.end : end].text.lstrip("-").lower()
        if tail and tail not in nc.metric_suffixes:
            return True
    if nxt < len(view.words) and view.words[nxt] in ("*", "\u2020") and not metric.span[-1].whitespace_:
        return True  # "PSNR*": a variant of the metric the paper defines
    if _cutoff_of_another_measure(view, metric, nc):
        return True
    text = span_text(metric.span).lower()
    if "-" in text and text.split("-", 1)[1] in _metric_forms() and text not in _metric_forms():
        return True  # one entity "Patho-FID" whose known form is "FID"
    i = metric.first - 1
    if i >= 1 and view.words[i] == "of" and view.words[i - 1] in nc.spread_nouns:
        return True  # "the standard deviation of accuracy": a spread, no score of the metric
    if i < 0 or i in names:
        return False
    w = view.words[i]
    if w.isdigit():
        return True  # "Level 2 accuracy" (a number that is no quantity)
    if not any(c.isalpha() for c in w):
        return False
    if w[:1].isdigit() and "-" in w:
        return w[w.index("-") :] not in nc.neutral_modifiers  # "7-class accuracy" is accuracy, "1-step FID" is not
    return not (
        w in nc.neutral_modifiers
        or w in nc.non_qualifiers
        or w in nc.gap_before
        or w in _CHANGE_NOUNS
        or (w.endswith("ly") and w.isalpha())
    )


def _cutoff_of_another_measure(view: SentenceView, metric: _Metric, nc: NumberCues) -> bool:
    """Whether a metric written as a bare cutoff ("Top-1", "Rank-1") is followed by a word naming another
    measure at that cutoff: "84.03% Top-1 Loc", "51.7% in Top-1 Localization accuracy" (localization accuracy),
    "Top-1 error"; never "Top-1 on ImageNet" or "Top-1 classification accuracy"."""
    head, _, cutoff = span_text(metric.span).lower().partition("-")
    if head not in nc.cutoff_metric_heads or not cutoff.isdigit():
        return False
    nxt = metric.last + 1
    return nxt < len(view.words) and view.words[nxt] in nc.cutoff_measure_words


@cache
def _metric_forms() -> frozenset[str]:
    """Every lower-cased surface form of the metric table."""
    return frozenset(claim_cues().metric_table)


_ORDER_RANGE_RE = re.compile(r"\d(?:--|-|\u2013|\u2014|~)\d")


def _metric_family(words: tuple[str, ...], metric: _Metric) -> bool:
    """Whether the metric name opens a range of its orders ("BLEU 1--4", "BLEU-1 to BLEU-4", "ROUGE-1 to
    ROUGE-L"): the numbers after it are each of another order, none of the first."""
    i = metric.last + 1
    if i < len(words) and _ORDER_RANGE_RE.fullmatch(words[i]):
        return True
    head, j = words[metric.first].split("-", 1)[0], metric.first - 1

    def order(k: int) -> bool:
        return 0 <= k < len(words) and "-" in words[k] and words[k].split("-", 1)[0] == head

    return (i < len(words) and words[i] == "to" and order(i + 1)) or (j >= 0 and words[j] == "to" and order(j - 1))


def _score_metric(metric: _Metric, nc: NumberCues) -> bool:
    """Whether a metric can take a "%" score: not a cost (FLOPs, latency, memory, parameters)."""
    return nc.cost_words.isdisjoint(metric.span.text.lower().replace("-", " ").split())


def _cost_metric(metric: _Metric, nc: NumberCues) -> bool:
    """Whether a metric names a cost by its head word ("FLOPs", "inference latency", "GPU memory"; not
    "training accuracy")."""
    head = metric.span.text.lower().replace("-", " ").split()[-1:]
    return bool(head) and head[0] in nc.cost_words


def _cost_ratio(metric: _Metric, nc: NumberCues) -> bool:
    """Whether a metric is a ratio or rate of a cost ("compression ratio", "compression rate"): what the
    method spends or saves, not how well it performs."""
    words = metric.span.text.lower().replace("-", " ").split()
    return len(words) >= 2 and words[-1] in nc.ratio_nouns and words[-2] in nc.cost_words


def _foreign_label(text: str) -> bool:
    """A symbol glued to the number names what it is: "R^2=0.95", "r=0.98" (not a model: "CNN=0.46")."""
    label = text.split("=", 1)[0] if "=" in text else ""
    return bool(label) and not (len(label) >= 3 and label[:1].isupper() and label.replace("-", "").isalnum())
