"""Lists of numbers: the run a number stands in, the member of a list of names that goes with it by
position, and a change or baseline role spread over the scores listed with it."""

from __future__ import annotations

from dataclasses import replace

from claimgraph.extract.claims.numbers.changes import _metric_then_change, _unknown_then_change
from claimgraph.extract.claims.numbers.match import ComparisonMatch
from claimgraph.extract.claims.numbers.words import _CHANGE_NOUNS, _HEDGES, _LIST_JOINERS, _Places
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView


def _number_run(
    words: tuple[str, ...], quantities: tuple[Located, ...], index: int, metrics: frozenset[int]
) -> tuple[int, int]:
    """The first and last index of the list of numbers quantity ``index`` stands in, joined by commas,
    "and"/"or" and metric names only: "85.29% and 75.76%", "83.2% Rank-1 and 80.1% mAP"."""

    def joined(a: Located, b: Located) -> bool:
        gap = range(a.last + 1, b.first)
        return len(gap) <= 4 and all(words[i] in _LIST_JOINERS or i in metrics for i in gap)

    end = index
    while end + 1 < len(quantities) and joined(quantities[end], quantities[end + 1]):
        end += 1
    start = index
    while start > 0 and joined(quantities[start - 1], quantities[start]):
        start -= 1
    return start, end


def _by_position(names: list[Located], start: int, end: int, index: int) -> Located | None:
    """The name of a list that goes with number ``index`` of the list of numbers ``start..end``: the i-th
    name with the i-th number ("85% and 76% on A and B", "A and B achieve 36.3 and 38.1 AP"); None when
    the counts differ (which is whose is not said)."""
    if len(names) != end - start + 1:
        return None
    return names[index - start]


def _in_number_list(words: tuple[str, ...], quantity: Located, numbers: frozenset[int]) -> bool:
    """Whether a list joiner links the number to another number right before or after it."""
    after, before = quantity.last + 1, quantity.first - 1
    if after + 1 < len(words) and words[after] in _LIST_JOINERS:
        nxt = after + 1 + (words[after] == "," and words[after + 1] in ("and", "or"))
        if nxt in numbers:
            return True
    return before >= 1 and words[before] in _LIST_JOINERS and (before - 1 in numbers or before - 2 in numbers)


_SPREAD = frozenset({"change", "baseline"})


def _list_adverb(word: str) -> bool:
    """An adverb that qualifies one member of a list of changes ("and relatively 14.5% on HD95"); not
    "respectively" (which closes the list)."""
    return word.endswith("ly") and word.isalpha() and len(word) > 4 and word != "respectively"


def _joined(
    view: SentenceView,
    a: ComparisonMatch,
    b: ComparisonMatch,
    metrics: frozenset[int] = frozenset(),
    loose: bool = False,
) -> bool:
    """Whether two numbers stand in one list: only joiners, "for/on/in", dataset names and
    (given ``metrics``, the metric words' positions) metric names between them; ``loose`` (after a
    change) also allows change nouns and one word after "on/in/for" ("a 17% reduction in CD and 26% in
    LPIPS", "gains of 13.56% on consistency and 13.37% on accuracy") but then needs a list joiner between
    them."""
    words = view.words
    lo, hi = view.word_of(a.quantity.end - 1) + 1, view.word_of(b.quantity.start)
    if hi - lo > 8:
        return False
    names = {i for e in view.entities if e.label == "Dataset" for i in range(e.first, e.last + 1)}
    depth, placed = 0, False
    for i in range(lo, hi):
        w = words[i]
        depth += (w == "(") - (w == ")")
        placed = (placed and w not in _LIST_JOINERS) or w in ("on", "in", "for")
        if not (
            (loose and placed and w.isalpha())  # "by 7% on semantic similarity, 11% on pixel quality"
            or (loose and _list_adverb(w))  # "by 0.65% on Dice, ..., and relatively 14.5% on HD95"
            or depth > 0
            or w == ")"
            or w in _LIST_JOINERS
            or w in ("&", "$", "for", "on", "in")
            or i in names
            or (metrics and (i in metrics or w in ("score", "scores")))
            or (
                loose
                and (
                    w in _CHANGE_NOUNS
                    or w in _HEDGES
                    or w in ("the", "to")
                    or (i > lo and words[i - 1] in ("on", "in", "for"))
                )
            )
        ):
            return False
    if loose and not any(w in _LIST_JOINERS or w == "&" for w in words[lo:hi]):
        return False  # "a gap of 0.05 in F1 between groups while reaching 0.91 F1": no list, the score stands
    return depth == 0


def _spread_over_lists(
    view: SentenceView, found: tuple[ComparisonMatch, ...], places: _Places | None = None
) -> tuple[ComparisonMatch, ...]:
    """A change or baseline role covers the scores listed with it.

    "0.84, 2.17, and 2.35 points improvement" (backwards), "BAGEL-7B (0.82 &
    0.55)", "by 52.64% for MNIST, 45.06% for CIFAR10" (forwards); a baseline's
    also across metric names ("EfficientNet with a 92.3% AUC, 91.5% accuracy").
    """
    out = list(found)
    metrics = places.metrics if places is not None else frozenset()
    for k in range(len(out) - 2, -1, -1):  # "2.57% F1-score and 2.9% mIoU gain": across metric names too
        later = out[k + 1].quantity
        named = (
            metrics if _metric_then_change(view, later, metrics) or _unknown_then_change(view, later) else frozenset()
        )
        if out[k].role == "score" and out[k + 1].role == "change" and _joined(view, out[k], out[k + 1], named):
            out[k] = replace(out[k], role="change")
    for k in range(1, len(out)):
        previous = out[k - 1]
        if (
            out[k].role == "score"
            and previous.role in _SPREAD
            and _joined(view, previous, out[k], metrics, loose=previous.role == "change")
            and (out[k].model is None or out[k].model == previous.model)
        ):
            model = out[k].model or (previous.model if previous.role == "baseline" else None)
            out[k] = replace(out[k], role=previous.role, model=model)
    return tuple(out)
