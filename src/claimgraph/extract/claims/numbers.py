"""The meaning of a number inside a claim: direction, metric, scale, baseline.

For each quantity of a claim sentence the nearest direction cue decides the
direction: the one or two words right after the number first ("2x speedup",
"30% fewer parameters", "4.3 points higher"), then the words before it,
nearest first ("reduces latency by 2x", "within 1% of X", "a gain of 12%").
A leading "+" means an increase.

``relative`` is True for x/times/fold changes and for "%" changes of a metric
that is not itself a percentage (memory, latency), False for points and for
"%" changes of a percentage metric (accuracy by 4.3% = 4.3 points), and False
for a bare level ("achieves 84%"). ``higher_is_better`` comes from the metric
table in ``data/claims.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, MetricInfo
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView

BEFORE = 12  # words looked at before a number
AFTER = 2  # words looked at after a number


@dataclass(frozen=True, slots=True)
class ComparisonMatch:
    """One number of a claim with its meaning (see module doc)."""

    quantity: Span
    metric: Span | None
    direction: str  # "increase", "decrease", "within", "equal" or "unknown"
    relative: bool
    higher_is_better: bool | None
    baseline: Span | None


def _direction_of(word: str, cues: ClaimCues) -> str | None:
    if word in cues.within_cues:
        return "within"
    if word in cues.decrease_cues:
        return "decrease"
    if word in cues.increase_cues:
        return "increase"
    if word in cues.equal_cues:
        return "equal"
    return None


def direction(view: SentenceView, quantity: Located, cues: ClaimCues) -> str:
    """The direction of change a number reports, or "unknown"."""
    if quantity.span.text.startswith("+"):
        return "increase"
    if quantity.span.text.startswith(("-", "\u2212")):
        return "decrease"
    words = view.words
    for i in range(quantity.last + 1, min(len(words), quantity.last + 1 + AFTER)):
        found = _direction_of(words[i], cues)
        if found and found != "equal":
            return found
    for i in range(quantity.first - 1, max(-1, quantity.first - 1 - BEFORE), -1):
        if words[i] in (";", ".", ":"):
            break
        found = _direction_of(words[i], cues)
        if found:
            return found
    return "unknown"


def metric_for(view: SentenceView, quantity: Located, cues: ClaimCues) -> tuple[Span | None, MetricInfo | None]:
    """The metric a number measures: nearest Metric entity, else a table word."""
    best: Located | None = None
    best_distance = 99
    for located in view.entities:
        if located.label != "Metric":
            continue
        distance = quantity.first - located.last if located.last < quantity.first else located.first - quantity.last
        if located.last < quantity.first and distance <= 10 or located.first > quantity.last and distance <= 5:
            if distance < best_distance:
                best, best_distance = located, distance
    if best is not None:
        key = (best.span.kb_id_ or best.span.text).lower()
        return best.span, cues.metric_table.get(key) or cues.metric_table.get(best.span.text.lower())
    words = view.words
    lo, hi = max(0, quantity.first - BEFORE), min(len(words), quantity.last + 1 + 3)
    order = list(range(quantity.last + 1, hi)) + list(range(quantity.first - 1, lo - 1, -1))
    for i in order:
        if words[i] not in cues.metric_first:
            continue  # no metric name starts here
        for width in (3, 2, 1):
            key = " ".join(words[i : i + width])
            info = cues.metric_table.get(key)
            if info is not None:
                doc = view.sentence.doc
                end = view.starts[i + width] if i + width < len(view.starts) else view.sentence.end
                return doc[view.starts[i] : end], info
    return None, None


def is_relative(view: SentenceView, quantity: Located, heading: str, info: MetricInfo | None, cues: ClaimCues) -> bool:
    """Whether the number is a relative (ratio/percent-of) change."""
    match = getattr(quantity.span._, "quantity", None)
    unit = (getattr(match, "unit", None) or "").lower()
    window = view.words[max(0, quantity.first - BEFORE) : quantity.last + 1 + AFTER]
    if "relative" in window or "relatively" in window:
        return True
    if unit in cues.absolute_units or "absolute" in window or any(w in cues.absolute_units for w in window):
        return False
    if unit in ("x", "×", "times", "fold", "-fold") or quantity.span.text.lower().endswith(("x", "×")):
        return True
    if unit == "%":
        if heading == "unknown":
            return False
        if heading == "within":
            return True
        return not (info is not None and info.percent)
    return False


def moves(view: SentenceView, cues: ClaimCues) -> bool:
    """Whether a number of the sentence reports a direction of change (cheap)."""
    return any(direction(view, quantity, cues) != "unknown" for quantity in view.quantities)


def comparisons(view: SentenceView, baselines: tuple[Located, ...], cues: ClaimCues) -> tuple[ComparisonMatch, ...]:
    """One :class:`ComparisonMatch` per number that reports a change or a metric."""
    found = []
    previous: tuple[Located, str] | None = None
    for quantity in view.quantities:
        heading = direction(view, quantity, cues)
        if heading == "unknown" and previous is not None and previous[0].last >= quantity.first - 3:
            heading = previous[1]  # "by 13.4% and 9.8%", "2x to 5x"
        previous = (quantity, heading)
        metric, info = metric_for(view, quantity, cues)
        if heading == "unknown" and metric is None:
            continue
        baseline = None
        if baselines and heading != "unknown":
            baseline = min(baselines, key=lambda b: abs(b.first - quantity.first)).span
        found.append(
            ComparisonMatch(
                quantity=quantity.span,
                metric=metric,
                direction=heading,
                relative=is_relative(view, quantity, heading, info, cues),
                higher_is_better=None if info is None else info.higher_is_better,
                baseline=baseline,
            )
        )
    return tuple(found)
