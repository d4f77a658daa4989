"""The meaning of a number inside a claim: role, metric, dataset, model, direction, scale.

**Role.** Every number of a claim sentence gets one:

- ``size``: a size or count ("7B parameters", "1.4B scale", "67M", "500 images");
- ``cost``: time, memory, compute or price ("12 GB", "3 hours", "$5");
- ``change``: a change, absolute or relative ("by 4.3 points", "a 2.6% increase",
  "+1.2", "3x speed-ups", "within 1%");
- ``baseline``: a baseline's score ("vs. 80.2", "RFT (53.6%)", the "61%" of
  "from 61% to 75%");
- ``score``: an absolute score ("reaching 27.2 PQ", "accuracy of 90.1%", the
  "75%" of "from 61% to 75%");
- None when unknown (a year, a bare integer, "3.9% of the data") or when the
  number is no score: a bound ("over 80%", "no model reaches 60%"), a share
  ("retains 99% of accuracy"), a statistic or confidence level ("P<0.001",
  "OR 3.14", "95% CI", "+- 0.24") or an operating point ("at 5% FPR").

**Metric.** A number is bound to a metric only when the sentence ties them:

- directly after it, across gap words only ("27.2 PQ", "a 2.6% increase in
  7-class accuracy": ``gap_after`` of ``cues/numbers.json``), or directly before
  it ("ACC: 0.9452", "an F1 score of 0.89", "accuracy improves by 2.6%":
  ``gap_before``), the nearer one winning;
- else across a list of numbers joined by commas and "and" ("85.2% and 80.1%
  accuracy", "accuracy of 85.2% and 80.1%"), in the direction the metric is
  already bound in: a metric that follows its own number ("7.33~8.26 BLEU") is
  never given to a later number ("and 1.66~3.36 CometScore");
- else none. A size is never bound to a metric; a cost or an "x" change only
  directly. A metric qualified by a content word ("bitwise accuracy",
  "Patho-FID", "LPIPS-Full", "mAP at 50") binds no number; lists of metrics and
  numbers pair by position only when they match ("accuracy and F1 of 85% and
  0.81, respectively", "a / b precision / recall").

**Dataset and model.** The dataset is the one named right after the number
("on GSM8K"), by "respectively" order, or the sentence's only dataset; the
model is a baseline or name right before the number ("GPT-4 (35.6%)",
"vs. GPT-4's 80%"), the name a clause ties it to ("Y, the current SOTA, which
achieves 0.84"; :func:`_owner`; also an unnamed baseline, "the baseline model which achieved 98.6%",
and a name no entity covers, "VibrantVS (2.71 m MAE)") or, for a baseline's score, the nearest baseline.
A list of names pairs with the list of numbers by position, as datasets do
(:func:`_by_position`: "A, B and C achieve 61%, 70% and 75%"); when the counts
differ ("even A and B achieve only 38%") the number has no model.

**Direction** (for every number): the one or two words right after the number
first ("2x speedup", "30% fewer parameters"), then the words before it,
nearest first ("reduces latency by 2x", "within 1% of X"); a leading "+"
means an increase. ``relative`` is True for x/times/fold changes and for "%"
changes of a metric that is not itself a percentage, False for points and
for "%" changes of a percentage metric, and False for a bare level.
``higher_is_better`` comes from the metric table (``lexicons/metrics.jsonl``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, MetricInfo, claim_cues
from claimgraph.extract.pipeline.sentence_view import CONTEXT_CACHE, Located, SentenceView, cue_before
from claimgraph.extract.pipeline.token_table import doc_text, span_text
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues
from claimgraph.extract.quantities.units import PHYSICAL_UNITS, SCORE_UNITS

BEFORE = 12  # words looked at before a number
AFTER = 2  # words looked at after a number
GAP_AFTER = 4  # words between a number and the metric after it
GAP_BEFORE = 5  # words between a metric and the number after it
LIST_SPAN = 12  # words of a list of numbers sharing one metric
ROLES = ("score", "change", "baseline", "size", "cost")
#: Words that join the members of a list: numbers ("61%, 70% and 75%") or names ("on A, B and C").
_LIST_JOINERS = frozenset({",", "and", "or", "&"})
#: Words a list of changes may hold besides metrics, datasets and joiners ("1.05% mIoU on GTA V --> Cityscapes").
_LIST_MATERIAL = frozenset(
    {"on", "in", "for", "of", "--", "-", ">", "-->", "->", "\u2192", "$\\rightarrow$", "\\rightarrow", "*", "\u2020"}
)
_HEDGES = number_cues().hedge_words  # "by up to", "an average of"
_OWN_NOUNS = number_cues().own_nouns  # "our method", "our model"
_CHANGE_NOUNS = number_cues().change_nouns  # "a 4% gain", "gain of 4%"


@dataclass(frozen=True, slots=True)
class ComparisonMatch:
    """One number of a claim with its meaning (see module doc)."""

    quantity: Span
    metric: Span | None
    direction: str  # "increase", "decrease", "within", "equal" or "unknown"
    relative: bool
    higher_is_better: bool | None
    baseline: Span | None
    role: str | None = None  # one of ROLES, or None
    dataset: Span | None = None
    model: Span | None = None


@dataclass(frozen=True, slots=True)
class _Metric:
    first: int
    last: int
    span: Span
    info: MetricInfo | None


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
    text = _written(quantity)
    if text.startswith("+"):
        return "increase"
    if text.startswith(("-", "\u2212")):
        return "decrease"
    words = view.words
    for i in range(quantity.last + 1, min(len(words), quantity.last + 1 + AFTER)):
        if words[i] in (",", ";", "(", ")", "and", "or"):
            break
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


def _gap_ok(words: tuple[str, ...], lo: int, hi: int, allowed: frozenset[str], numbers: frozenset[int]) -> bool:
    """Whether every word of ``words[lo:hi]`` is a gap word, a hyphenated modifier or in ``numbers``
    (numbers of a list, or a dataset's words: "a 13.3% boost in MMLU accuracy").

    An abbreviation in brackets right after a metric ("Peak Signal-to-Noise
    Ratio (PSNR) of 48.50") is skipped.
    """
    if "(" in allowed:  # gap words before a number
        if hi - lo >= 3 and words[lo] == "(" and words[lo + 2] == ")":
            lo += 3
        elif lo < hi and words[lo] == ")":  # the metric is itself the bracketed abbreviation
            lo += 1
    for i in range(lo, hi):
        w = words[i]
        if w in allowed or i in numbers or ("-" in w and any(c.isdigit() for c in w)):
            continue
        return False
    return True


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


def _own_noun_after(view: SentenceView, quantity: Located, nc: NumberCues, metric_starts: frozenset[int]) -> bool:
    """Whether a content word follows the number, naming what it measures: "FID of 1.02 with only 0.36%
    additional training compute", "PSNR with 90.9% classification accuracy" (then the metric before is
    not the number's)."""
    i = quantity.last + 1
    if i >= len(view.words):
        return False
    if i in metric_starts:
        return True
    w = view.words[i]
    if not w[:1].isalpha():
        return False
    return not (
        w in nc.non_qualifiers
        or w in nc.gap_after
        or w in nc.gap_before
        or w in _CHANGE_NOUNS
        or w in nc.versus_words
        or w.endswith(("ly", "ing", "ed"))
    )


def _bind_metrics(view: SentenceView, metrics: list[_Metric], nc: NumberCues) -> list[tuple[_Metric | None, str]]:
    """(metric, how) per quantity of the view: how is "after", "before", "list" or "".

    A number bound to a qualified metric (:func:`_qualified`) gets none.
    """
    words = view.words
    named = frozenset(i for e in view.entities if e.label == "Dataset" for i in range(e.first, e.last + 1))
    names = frozenset(i for e in view.entities if e.label != "Metric" for i in range(e.first, e.last + 1))
    names |= frozenset(i for q in view.quantities for i in range(q.first, q.last + 1))
    qualified = {m.first for m in metrics if _qualified(view, m, nc, names)}
    numbers = frozenset(i for q in view.quantities for i in range(q.first, q.last + 1))
    starts = frozenset(m.first for m in metrics)
    allowed_after = nc.gap_after | nc.neutral_modifiers
    direct: list[tuple[_Metric | None, str, int]] = []
    for q in view.quantities:
        best: tuple[_Metric | None, str, int] = (None, "", 99)
        for m in metrics:
            if m.first > q.last:
                gap = m.first - q.last - 1
                if (
                    gap <= GAP_AFTER
                    and gap < best[2] + 1
                    and _gap_ok(words, q.last + 1, m.first, allowed_after, named)
                    and not (_LIST_JOINERS.intersection(words[q.last + 1 : m.first]) and _owns_next(view, m, numbers))
                ):
                    best = (m, "after", gap)
                break
            if m.last < q.first:
                gap = q.first - m.last - 1
                if (
                    gap <= GAP_BEFORE
                    and _gap_ok(words, m.last + 1, q.first, nc.gap_before, frozenset())
                    and not _own_noun_after(view, q, nc, starts)
                ):
                    best = (m, "before", gap)
        direct.append(best)
    owner: dict[int, str] = {}
    for m, how, _ in direct:
        if m is not None:
            owner.setdefault(m.first, how)
    joiners = _LIST_JOINERS | nc.gap_after | nc.gap_before | nc.versus_words
    # "85.2% and 80.1% accuracy"; not "0.778 (+0.093) and a precision" (an article starts another phrase)
    after_joiners = (_LIST_JOINERS | nc.gap_after | nc.versus_words | {"(", ")", "to"}) - {"a", "an", "the"}
    out: list[tuple[_Metric | None, str]] = []
    for q, (m, how, _) in zip(view.quantities, direct, strict=True):
        if m is not None:
            out.append((m, how))
            continue
        found: tuple[_Metric | None, str] = (None, "")
        after = [x for x in metrics if x.first > q.last and x.first - q.last <= LIST_SPAN]
        before = [x for x in metrics if x.last < q.first and q.first - x.last <= LIST_SPAN]
        if after and owner.get(after[0].first, "after") == "after":
            x = after[0]  # "85.2% and 80.1% accuracy"; not "84.5% at 5% FPR" (no list joined by "at")
            if (
                _gap_ok(words, q.last + 1, x.first, after_joiners, numbers)
                and any(i in numbers for i in range(q.last + 1, x.first))
                and not _owns_next(view, x, numbers)  # "F1 of 0.83, 0.82, and 0.81, AUC values of 0.98"
            ):
                found = (x, "list")
        if found[0] is None and before and owner.get(before[-1].first, "before") == "before":
            x = before[-1]
            if (
                _gap_ok(words, x.last + 1, q.first, joiners, numbers)
                and any(i in numbers for i in range(x.last + 1, q.first))
                and not _own_noun_after(view, q, nc, starts)
                and not _new_phrase(view, x.last + 1, q.first, numbers)
                and words[q.first - 1] not in ("at", "@")  # "an error of 2.3% at 10 m": an operating point
            ):
                found = (x, "list")
        out.append(found)
    for k, q in enumerate(view.quantities):  # "a 95% Hausdorff Distance of 3.50 pixels": 95% names the metric
        m, how = out[k]
        if m is not None and how == "after" and m.first == q.last + 1:
            j = m.last + 1
            while j < len(words) and words[j] in ("of", "=", ":", "is", "was", "score", "scores"):
                j += 1
            if j > m.last + 1 and j < len(words) and j in numbers:
                out[k] = (None, "")
                qualified.add(m.first)
    for m in metrics:  # "83.38% mAP at 50", "mAP at IoU=0.5": the number after "at" sets the metric
        j = m.last + 1
        if j + 1 < len(words) and words[j] in ("at", "@") and j + 1 in numbers:
            after = next(q for q in view.quantities if q.first <= j + 1 <= q.last)
            if getattr(getattr(after.span._, "quantity", None), "unit", None) is None:
                qualified.add(m.first)  # not "86.16% F1 at 120 ms" (a cost)
    for k, q in enumerate(view.quantities):
        m, how = out[k]
        if m is not None and how == "before" and "at" in words[m.last + 1 : q.first]:
            out[k] = (None, "")  # "mean Average Precision at IoU=0.5", "mAP at 50"
    out = _elided_metric(view, out, nc)
    out = _coordinated_metrics(view, metrics, out, nc)
    out = _metrics_after_numbers(view, metrics, out)
    out = _slashed(view, metrics, out)
    for k, q in enumerate(view.quantities):  # "an accuracy (macro accuracy) of 87.9% (74.5%)": another measure
        if q.first - 1 > 0 and words[q.first - 1] == "(" and q.last + 1 < len(words) and words[q.last + 1] == ")":
            if q.first - 2 in numbers:
                out[k] = (None, "")
            elif (
                k
                and out[k - 1][0] is not None
                and out[k - 1][1] == "after"
                and _unit(view.quantities[k - 1]) != _unit(q)
            ):
                m = out[k - 1][0]
                if m.first == view.quantities[k - 1].last + 1 and m.last == q.first - 2:
                    out[k] = (None, "")  # "0.9389 bpb (11.74%)": a number of another unit after a score
    out = _odd_unit_unbound(view, out)
    out = _other_split_unbound(view, out, nc)
    return [(None, "") if m is not None and m.first in qualified else (m, how) for m, how in out]


def _other_split_unbound(
    view: SentenceView, out: list[tuple[_Metric | None, str]], nc: NumberCues
) -> list[tuple[_Metric | None, str]]:
    """A number whose own words (at most six before it, within its bracket or clause) name a validation or
    training split is no score when its metric is named with a test split or another number of the sentence
    is a test score: "a test accuracy of 86.4% (with a peak validation accuracy of 86.6%)": 86.6% is no
    (test) accuracy. A validation score alone stays ("95.5% accuracy on our validation set")."""
    words = view.words

    def own_words(k: int) -> set[str]:
        q, found = view.quantities[k], set()
        for i in range(q.first - 1, max(-1, q.first - 7), -1):
            if words[i] in ("(", ",", ";", ":"):
                break
            found.add(words[i])
        return found

    bound = [k for k, (m, _) in enumerate(out) if m is not None]
    own = {k: own_words(k) for k in bound}
    tested = any(not own[k].isdisjoint(nc.test_split_words) for k in bound)
    fixed = list(out)
    for k in bound:
        m = out[k][0]
        if own[k].isdisjoint(nc.held_in_split_words) or not own[k].isdisjoint(nc.test_split_words):
            continue
        if tested or not nc.test_split_words.isdisjoint(words[m.first : m.last + 1]):
            fixed[k] = (None, "")
    return fixed


def _odd_unit_unbound(view: SentenceView, out: list[tuple[_Metric | None, str]]) -> list[tuple[_Metric | None, str]]:
    """A bare number listed with the percentages a metric is directly bound to is not that metric's:
    "success rates of 58%, 98%, and 4.36 (Avg. Len)" (4.36 is another measure); not "improves accuracy by
    4.3 points, reaching 90.1%" (a change and the score it reaches)."""
    quantities, fixed = view.quantities, list(out)
    for k, (m, how) in enumerate(out):
        if m is None or how != "list" or _unit(quantities[k]) is not None or k == 0:
            continue
        if out[k - 1][0] is not m or not _joined_numbers(view.words, quantities[k - 1], quantities[k]):
            continue  # only a plain list ("58%, 98%, and 4.36"), not "by 44.6% (from 13.68 to 7.58)"
        direct = [_unit(quantities[j]) for j, (x, h) in enumerate(out) if x is m and h in ("before", "after")]
        if direct and all(unit == "%" for unit in direct):
            fixed[k] = (None, "")
    return fixed


def _owns_next(view: SentenceView, metric: _Metric, numbers: frozenset[int]) -> bool:
    """Whether numbers follow the metric as its own values ("AUC values of 0.9806, ...", "F1 = 0.9", "a
    Sensitivity (SE) of 0.83"): then a number listed before it ("F1 scores of 0.8283, 0.8282, and 0.8251,
    AUC values of ...") belongs to the list before, not to this metric."""
    words, nc = view.words, number_cues()
    i = metric.last + 1
    if i + 2 < len(words) and words[i] == "(" and words[i + 2] == ")":
        i += 3  # "Sensitivity (SE)"
    while i < len(words) and i - metric.last <= 8 and (words[i] in nc.metric_suffixes or words[i] in nc.value_links):
        i += 1
    return i in numbers and i > metric.last + 1


def _elided_metric(
    view: SentenceView, bound: list[tuple[_Metric | None, str]], nc: NumberCues
) -> list[tuple[_Metric | None, str]]:
    """A number of the same unit that repeats the previous number's pattern with its metric left out takes
    that metric: "64.89% accuracy on AffectNet and 94.24% on FERG", "75.8% success rate on AndroidWorld and
    96.8% on ScreenSpot-V2", "FVD scores of 103.3 on UCF101 and 25.5 on K600", "mIoU of 85.35% on A, 87.05%
    on B, and 52.19% on C" (the number after a place and a joiner, itself followed by a named place); not
    when the list names another metric for each member before it ("62.9 R@1 on MSCOCO, 68.8 NDCG@10 on
    Vatex, 69.9 on MTEB multilingual": 69.9 is no NDCG@10)."""
    words, quantities = view.words, view.quantities
    datasets = {i for e in view.entities if e.label == "Dataset" for i in range(e.first, e.last + 1)}
    out = list(bound)
    for k in range(1, len(quantities)):
        q, p = quantities[k], quantities[k - 1]
        previous, how = out[k - 1]
        if out[k][0] is not None or previous is None or how not in ("after", "before", "list"):
            continue
        if how == "after" and previous.first <= p.last:
            continue
        if k >= 2 and out[k - 2][0] not in (None, previous) and out[k - 2][1] == how == "after":
            continue  # "62.9 R@1 on MSCOCO, 68.8 NDCG@10 on Vatex, 69.9 on MTEB": each member names its own
        if _unit(p) != _unit(q) or q.last + 1 >= len(words) or words[q.last + 1] not in nc.place_words:
            continue
        between = range(previous.last + 1 if how == "after" and previous.first > p.last else p.last + 1, q.first)
        if not 2 <= len(between) <= 8 or words[between[0]] not in nc.place_words:
            continue
        if words[q.first - 1] not in _LIST_JOINERS:
            continue
        j = q.last + 2 + (q.last + 2 < len(words) and words[q.last + 2] == "the")
        if j >= len(words) or not (j in datasets or _original(view, j)[:1].isupper()):
            continue  # "and 12% on average": no named place after the number
        if _place_run(view, between, datasets, nc):
            out[k] = (previous, "list")
    return _elided_from_to(view, out, nc, datasets)


def _elided_from_to(
    view: SentenceView, out: list[tuple[_Metric | None, str]], nc: NumberCues, datasets: set[int]
) -> list[tuple[_Metric | None, str]]:
    """ "improving accuracy on AIME-2024 from 38.2% to 39.9%, on AIME-2025 from 19.8% to 22.3%": a later
    "from a to b" pair of the same units after a place and a comma takes the first pair's metric."""
    words, quantities = view.words, view.quantities
    for k in range(2, len(quantities) - 1):
        a, b, before = quantities[k], quantities[k + 1], quantities[k - 1]
        if out[k][0] is not None or out[k + 1][0] is not None or words[a.first - 1] not in nc.from_words:
            continue
        if words[a.last + 1 : b.first] not in (("to",),) or _unit(a) != _unit(before) or _unit(b) != _unit(a):
            continue
        metric, how = out[k - 1]
        if metric is None or words[quantities[k - 2].first - 1] not in nc.from_words:
            continue
        if words[quantities[k - 2].last + 1 : before.first] != ("to",):
            continue
        between = range(before.last + 1, a.first - 1)
        if not 2 <= len(between) <= 8 or words[between[0]] not in (",", ";", "and"):
            continue
        if not any(words[i] in nc.place_words for i in between):
            continue
        if _place_run(view, between, datasets, nc, (";",)):
            out[k] = out[k + 1] = (metric, "list")
    return out


def _place_run(
    view: SentenceView, between: range, datasets: set[int], nc: NumberCues, more: tuple[str, ...] = ()
) -> bool:
    """Whether the words ``between`` two numbers only name places: datasets, list joiners, "the", place
    words, data nouns and capitalised words ("on AffectNet and", ", on AIME-2025"; ``more``: other words
    allowed)."""
    words = view.words
    return all(
        i in datasets
        or words[i] in _LIST_JOINERS
        or words[i] == "the"
        or words[i] in more
        or words[i] in nc.place_words
        or words[i] in nc.dataset_nouns
        or _original(view, i)[:1].isupper()
        for i in between
    )


_METRIC_LIST_LEAD = number_cues().metric_list_leads  # "63.1% and 64.2% in HOTA and IDF1"


def _metrics_after_numbers(
    view: SentenceView, metrics: list[_Metric], out: list[tuple[_Metric | None, str]]
) -> list[tuple[_Metric | None, str]]:
    """A list of numbers followed by a list of metrics: "63.1% and 64.2% in HOTA and IDF1, respectively"
    pairs them by position when "respectively" says so and the counts match; otherwise, none of the list
    is bound (which number is which metric's is not said)."""
    words, quantities = view.words, view.quantities
    starts = {m.first: m for m in metrics}
    fixed, k = list(out), 0
    while k < len(quantities):
        end = k
        while end + 1 < len(quantities) and _joined_numbers(words, quantities[end], quantities[end + 1]):
            end += 1
        if end > k:
            i = quantities[end].last + 1
            while (
                i < len(words) and i not in starts and words[i] in _METRIC_LIST_LEAD and i - quantities[end].last <= 3
            ):
                i += 1
            chain: list[_Metric] = []
            while i in starts:
                chain.append(starts[i])
                i = starts[i].last + 1
                if i + 2 < len(words) and words[i] == "(" and words[i + 2] == ")":
                    i += 3  # "Peak Signal-to-Noise Ratio (PSNR), ..."
                while i < len(words) and words[i] in ("and", "or", ",", "/", "&") and i + 1 < len(words):
                    i += 1
                    if i in starts:
                        break
            if len(chain) > 1:
                paired = len(chain) == end - k + 1 and "respectively" in view.present
                fixed[k : end + 1] = [(m, "after") for m in chain] if paired else [(None, "")] * (end - k + 1)
        k = end + 1
    return fixed


def _joined_numbers(words: tuple[str, ...], a: Located, b: Located) -> bool:
    """Whether only list joiners stand between two numbers ("63.1% and 64.2%", "0.9, 0.8, and 0.7")."""
    gap = words[a.last + 1 : b.first]
    return 0 < len(gap) <= 2 and all(w in (",", "and", "or", "&") for w in gap)


def _slashed(
    view: SentenceView, metrics: list[_Metric], out: list[tuple[_Metric | None, str]]
) -> list[tuple[_Metric | None, str]]:
    """ "99.79 / 99.54 / 99.66 precision / recall / F1": numbers and metrics joined by slashes pair by
    position; when the counts differ, none is bound."""
    words, quantities = view.words, view.quantities
    starts = {m.first: m for m in metrics}
    fixed, k = list(out), 0
    while k < len(quantities):
        end = k
        while end + 1 < len(quantities) and words[quantities[end].last + 1 : quantities[end + 1].first] == ("/",):
            end += 1
        if end > k:
            chain, i = [], quantities[end].last + 1
            while i in starts:
                chain.append(starts[i])
                i = starts[i].last + 1
                if i + 1 < len(words) and words[i] == "/" and i + 1 in starts:
                    i += 1
            if len(chain) == end - k + 1:
                fixed[k : end + 1] = [(m, "after") for m in chain]
            elif len(chain) > 1:
                fixed[k : end + 1] = [(None, "")] * (end - k + 1)
            else:  # "34.66 dB / 0.9234 SSIM": a number of another unit than the last measures something else
                unit = _unit(quantities[end])
                for n in range(k, end):
                    if _unit(quantities[n]) != unit:
                        fixed[n] = (None, "")
        k = end + 1
    return fixed


def _unit(quantity: Located) -> str | None:
    return getattr(getattr(quantity.span._, "quantity", None), "unit", None)


def _coordinated_metrics(
    view: SentenceView, metrics: list[_Metric], out: list[tuple[_Metric | None, str]], nc: NumberCues
) -> list[tuple[_Metric | None, str]]:
    """Numbers after a list of metrics: "accuracy and F1 of 85% and 0.81, respectively" pairs them by
    position; "m-HIoU and HOTA scores of 20.68 and 10.73" (a member we do not know) or "precision and
    recall of 0.9" (counts differ, or no "respectively") binds none."""
    words = view.words
    ends = {m.last: m for m in metrics}
    fixed = list(out)

    def unbracket(i: int) -> int:  # "Mean Absolute Error (MAE) and ...": step over the abbreviation
        if i >= 2 and words[i] == ")" and words[i - 2] == "(":
            return i - 3
        return i

    for m in metrics:
        chain, unknown, i = [m], False, m.first - 1
        if i >= 1 and words[i] == "(" and i - 1 in ends:  # "Mean Absolute Percentage Error (MAPE) of"
            i = ends[i - 1].first - 1
        while i >= 1 and words[i] in ("and", "or", ",", "/", "&"):
            before = i - 1
            while before > 0 and words[before] in ("and", "or", ","):
                before -= 1  # "precision, recall, and F1"
            before = unbracket(before)
            if before in ends:
                chain.insert(0, ends[before])
                i = ends[before].first - 1
                continue
            w = words[before]
            unknown = w[:1].isalpha() and not (
                w in nc.non_qualifiers or w in nc.gap_before or w in nc.neutral_modifiers or w in _CHANGE_NOUNS
            )
            break
        if len(chain) == 1 and not unknown:
            continue
        mine = [k for k, (x, how) in enumerate(out) if x is m and how in ("before", "list")]
        if not mine:
            continue
        paired = not unknown and "respectively" in view.present and len(mine) == len(chain)
        for n, k in enumerate(mine):
            fixed[k] = (chain[n], out[k][1]) if paired else (None, "")
    return fixed


def _new_phrase(view: SentenceView, lo: int, hi: int, numbers: frozenset[int]) -> bool:
    """Whether, after the list's first number, an article opens another noun phrase ("a success rate of 93.8%
    and an overall score of 0.77": 0.77 is no success rate) or an acronym that names nothing we know another
    measure ("reduces FID from 14.36 to 7.65 and improves IS from 86.55": 86.55 is no FID)."""
    words = view.words
    first = next((i for i in range(lo, hi) if i in numbers), hi)
    named: frozenset[int] | None = None
    for i in range(first, hi):
        w = words[i]
        if w in ("a", "an", "the"):
            return True
        if i not in numbers and len(w) >= 2 and w.isalpha() and _original(view, i).isupper():
            if named is None:
                named = frozenset(k for e in view.entities for k in range(e.first, e.last + 1))
            if i not in named:
                return True
    return False


def _latex_opener(word: str) -> bool:
    """A LaTeX formatting command opening a group around a number: "\\textbf{", "\\mathbf{"."""
    return word[:1] == "\\" and word[-1:] == "{"


def _previous(words: tuple[str, ...], i: int) -> int:
    """Index of the first word before ``i`` that is not a hedge ("by up to", "an average of"), or -1."""
    i -= 1
    while i >= 0 and (
        words[i] in _HEDGES
        or (words[i] in ("to", "than") and i and words[i - 1] in ("up", "more", "less"))
        or _latex_opener(words[i])
    ):
        if words[i] == "of" and i and words[i - 1] in _CHANGE_NOUNS:
            return i - 1
        i -= 2 if words[i] == "than" else 1  # "an improvement of more than 25.3%"
    return i


def _written(quantity: Located) -> str:
    """The number as the quantity finder read it (the span may hold a whole token: "->2.44")."""
    match = getattr(quantity.span._, "quantity", None)
    return match.text if match is not None else span_text(quantity.span)


def _is_change(view: SentenceView, quantity: Located, unit: str | None, cues: ClaimCues) -> bool:
    """Whether the number states a change ("by 4%", "a 4% gain", "4 points higher", "+4", "3x")."""
    text = _written(quantity)
    if text.startswith(("+", "-", "\u2212")) or unit == "x" or _difference_unit(text):
        return True
    start = quantity.span.start_char
    if doc_text(view.sentence.doc)[max(0, start - 2) : start].endswith(("{+}", "+}")):
        return True  # "\texttt{+}3.5% accuracy": a sign set in LaTeX
    words = view.words
    k = quantity.last + 1
    if k + 1 < len(words) and words[k] in ("relative", "absolute") and words[k + 1] in (")", ",", ";", "."):
        return True  # "improving F1 from 0.501 to 0.603 (20% relative)"
    i, stop = quantity.last, min(len(words), quantity.last + 1 + AFTER)
    while i + 1 < stop:
        i += 1
        w = words[i]
        if w == "(" and i > quantity.last + 1 and (close := _gloss_end(words, i)) is not None:
            i, stop = close, min(len(words), close + AFTER)
            continue  # "23-35% LPIPS (learned perceptual image patch similarity) improvement"
        if w in (",", ";", "(", ")", "on", "in", "of", "for"):
            break
        if w.rsplit("-", 1)[-1] in _CHANGE_NOUNS and w not in _CHANGE_NOUNS:
            return True  # "19% self-improvement"
        if "(" in w and w.split("(", 1)[0] in _CHANGE_NOUNS:
            return True  # "3.1% accuracy improvement(J&F metric)": a bracket glued to the noun
        if w in _CHANGE_NOUNS or w in cues.increase_cues or w in cues.decrease_cues or w in cues.absolute_units:
            return (
                w not in cues.absolute_units
                or any(
                    words[k] in cues.increase_cues or words[k] in cues.decrease_cues or words[k] in _CHANGE_NOUNS
                    for k in range(i + 1, min(len(words), i + 3))
                )
                or _previous_is_change(words, quantity.first, cues)
            )
    return _previous_is_change(words, quantity.first, cues) or _in_change_bracket(words, quantity.first)


def _gloss_end(words: tuple[str, ...], bracket: int) -> int | None:
    """The closing bracket of a gloss opened at ``bracket`` after a word: at most eight words with no number,
    comma or clause break in them ("LPIPS (learned perceptual image patch similarity)"); None otherwise."""
    for k in range(bracket + 1, min(len(words), bracket + 10)):
        w = words[k]
        if w == ")":
            return k if k > bracket + 1 else None
        if w in ("(", ",", ";", ".", ":") or any(c.isdigit() for c in w):
            return None
    return None


def _difference_unit(text: str) -> bool:
    """Whether a number is written with a unit of a difference of percentages (``difference_units``:
    "$6.1$ percentage points", "4.5 pp"), never a score; not "0.5 bpp"."""
    low = text.lower()
    for unit in number_cues().difference_units:
        if low.endswith(unit) and len(low) > len(unit) and low[-len(unit) - 1] in "0123456789 $}~":
            return True
    return False


def _list_goes_on(view: SentenceView, before: Located, quantity: Located, places: _Places) -> bool:
    """Whether only the previous number's metric and dataset and a list joiner stand between it and this
    one: "by 1.05% mIoU on GTA V --> Cityscapes and 1.04% mIoU on Synthia", "14.23% in IoU (14.11% in
    F1) and 2.05% in accuracy"; the second is a change too."""
    words, joined, placed = view.words, False, False
    after = quantity.last + 1
    own_metric = after < len(words) and words[after] == "in" and after + 1 in places.metrics
    for i in range(before.last + 1, quantity.first):
        if words[i] in _LIST_JOINERS or (words[i] == "(" and own_metric):
            joined, placed = True, False  # "14.23% in IoU (14.11% in F1)": the same change in another metric
        elif words[i] == ")":
            continue
        elif joined and (words[i] in _HEDGES or words[i] == "to" and words[i - 1] == "up"):
            continue  # "by 1-10% in Dice and up to 11% in IoU"
        elif placed and _name_word(view, i):
            continue  # "by 52.33 points on OpenAI CLIP ViT-L/14 and 67.00 points on ...": the place is a model
        elif not (
            i in places.metrics
            or i in places.datasets
            or words[i] in _LIST_MATERIAL
            or (i - 1 in places.datasets and len(words[i]) <= 3 and _original(view, i).isupper())  # "GTA V"
        ):
            return False
        placed = placed or words[i] in _PLACES
    return joined


def _name_word(view: SentenceView, i: int) -> bool:
    """Whether word ``i`` is part of a name: inside an entity, or written with a capital or a digit
    and no function word ("OpenAI", "ViT-L/14")."""
    return any(e.first <= i <= e.last for e in view.entities) or _unknown_member(view, i)


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


def _ablation(words: tuple[str, ...], nc: NumberCues) -> bool:
    """Whether the sentence opens on an ablation ("Removing X drops accuracy to 17.91%", "Further, ablating
    the memory ..."): its numbers are an ablated variant's."""
    for w in words[:4]:
        if w.lower() in nc.ablation_openers:
            return True
        if w not in nc.opening_connectives:
            return False
    return False


def _in_change_bracket(words: tuple[str, ...], first: int) -> bool:
    """A number in brackets right after a change noun: "with minimal accuracy loss (1.2% and 0.6% pass@1)",
    "a large gain (+3.1 mIoU)"; the bracket states the size of the change."""
    for k in range(first - 1, max(-1, first - 12), -1):
        if words[k] == "(":
            return k > 0 and words[k - 1] in _CHANGE_NOUNS
        if words[k] in (")", ";", ".", ":") or words[k] in number_cues().statistic_words:
            return False
    return False


def _bracket_then_change(view: SentenceView, quantity: Located, metrics: frozenset[int]) -> bool:
    """A number in brackets whose closing bracket is followed by a change noun: "(4.69%-15.26% in FID)
    improvement"."""
    words, i = view.words, quantity.last + 1
    while i < len(words) and (words[i] == "in" or i in metrics):
        i += 1
    return i + 1 < len(words) and words[i] == ")" and words[i + 1] in _CHANGE_NOUNS


def _comparative_after(view: SentenceView, quantity: Located, places: _Places, nc: NumberCues) -> bool:
    """A comparative and "than" after the number and what it measures, in its clause: "(~2 dB in PSNR and
    45.7% in Cosine Distance better than existing methods)", "2.1 points higher than X": a difference."""
    words = view.words
    placed = 0  # unknown words allowed after "in"/"on"/"of" (a measure we do not know)
    for i in range(quantity.last + 1, min(len(words) - 1, quantity.last + 13)):
        w = words[i]
        if w in nc.than_comparatives:
            return words[i + 1] == "than"
        if i in places.numbers and i - 1 not in places.numbers and words[i - 1] not in _LIST_JOINERS:
            return False  # "MFID of 17.01 for cirrhosis synthesis 28% lower than ...": the other number's
        if i in places.metrics or i in places.numbers or i in places.datasets or w in _LIST_JOINERS:
            placed = 0
        elif w in ("in", "on", "of", "for", "~", "$") or w in _HEDGES or w in ("points", "point", "pp", "db"):
            placed = 3 if w in ("in", "on", "of", "for") else placed
        elif placed and w.isalpha():
            placed -= 1
        else:
            return False
    return False


def _bracket_after_change(
    view: SentenceView, quantity: Located, found: list[ComparisonMatch], before: Located | None
) -> bool:
    """A number in brackets right after a change: "improves accuracy by 6.2% (up to 61.4% on certain
    models)": the bracket gives the largest change, no score."""
    words = view.words
    if before is None or not found or found[-1].quantity != before.span or found[-1].role != "change":
        return False
    k = quantity.first - 1
    while k > before.last and (words[k] in _HEDGES or words[k] in _APPROX):
        k -= 1
    return k == before.last + 1 and words[k] == "("


def _after_share_verb(words: tuple[str, ...], quantity: Located, nc: NumberCues) -> bool:
    """A percentage right after a verb of keeping ("retaining up to 95.4% mIoU", "preserves 98% accuracy"):
    a share of a reference score, no score of its own."""
    k = quantity.first - 1
    while k >= 0 and (words[k] in _HEDGES or words[k] in _APPROX):
        k -= 1
    return k >= 0 and words[k] in nc.share_verbs


def _relative_to(view: SentenceView, quantity: Located, metric: _Metric | None, how: str) -> bool:
    """ "90% SSIM relative to the full-precision model", "95% relative to X": a percentage of a reference,
    no score (asked for "%" numbers only: "an error of 0.006 rad/s relative to the images" is a score)."""
    words = view.words
    i = (
        metric.last + 1
        if metric is not None and how == "after" and metric.first - quantity.last <= 2
        else quantity.last + 1
    )
    return i + 1 < len(words) and words[i] == "relative" and words[i + 1] == "to"


def _unknown_then_change(view: SentenceView, quantity: Located | Span) -> bool:
    """A measure name we do not know, then a change noun: "3.8% mBIoU absolute improvements"."""
    last = quantity.last if isinstance(quantity, Located) else view.word_of(quantity.end - 1)
    words, i = view.words, last + 1
    if i >= len(words) or not words[i][:1].isalpha() or words[i] in number_cues().non_qualifiers:
        return False
    i += 1
    while i < len(words) and words[i] in number_cues().change_modifiers:
        i += 1
    return i < len(words) and words[i] in _CHANGE_NOUNS


def _change_after_metric(view: SentenceView, quantity: Located, metric: _Metric | None, how: str) -> bool:
    """A change noun right after the metric the number is followed by: "~10% acceptance rate improvements"."""
    if metric is None or how != "after" or metric.first - quantity.last > 2:
        return False
    words, i = view.words, metric.last + 1
    while i < len(words) and words[i] in ("accuracy", "score", "scores"):
        i += 1  # "a 1.0 mAP accuracy reduction"
    if i < len(words) and words[i] == "of":  # "0.02--0.04 AUC of untapped headroom"
        return any(words[k] in _CHANGE_NOUNS for k in range(i + 1, min(len(words), i + 4)))
    return i < len(words) and words[i] in _CHANGE_NOUNS


def _metric_then_change(view: SentenceView, quantity: Span, metrics: frozenset[int]) -> bool:
    """Whether the number is followed by a metric name and a change noun: "2.9% mIoU gain"."""
    words, i = view.words, view.word_of(quantity.end - 1) + 1
    if i >= len(words) or i not in metrics:
        return False
    while i < len(words) and i in metrics:
        i += 1
    while i < len(words) and words[i] in number_cues().change_modifiers:
        i += 1  # "2.9% mIoU and 3.8% mBIoU absolute improvements"
    return i < len(words) and words[i] in _CHANGE_NOUNS


@cache
def _change_links() -> frozenset[str]:
    """Words between a change noun and its number ("gain amounts to 6.98%"), and the bound words that are
    words ("gaps exceeding 20 AP", "a gap below 1%": after a change noun, no bound but the change's value)."""
    nc = number_cues()
    return nc.change_links | frozenset(w for w in nc.bound_words if w.isalpha())


_APPROX = number_cues().approx_words  # "of around 1 point"


def _previous_is_change(words: tuple[str, ...], first: int, cues: ClaimCues) -> bool:
    if first >= 2 and words[first - 2 : first] == ("up", "to"):  # "improves answer accuracy up to 12.0%"
        k = first - 3
        while k > max(-1, first - 12):
            if words[k] == ")" and k >= 2 and words[k - 2] == "(":
                k -= 3  # "improve Average Precision (AP) up to 13%"
                continue
            if words[k] in (",", ";", "(", ")") or words[k][:1].isdigit():
                break
            if words[k] in cues.increase_cues or words[k] in cues.decrease_cues:
                return True
            k -= 1
    i = _previous(words, first)
    if i < 0:
        return False
    w = words[i]
    if w in ("by", "within") or w in _CHANGE_NOUNS or w in number_cues().change_verbs:
        return True  # "by 5%", "a gain of 5%", "while only losing 0.64% in accuracy"
    for k in range(first - 1, max(-1, first - 6), -1):  # "outperforms X by an average accuracy of 6%"
        if words[k] == "by":  # not "by achieving 17.4% WER": a gerund after "by" reports a score
            return all(
                words[j] in _HEDGES or (words[j].isalpha() and not words[j].endswith("ing"))
                for j in range(k + 1, first)
            )
        if words[k] in (",", ";", "(", ")", ":") or words[k][:1].isdigit():
            break
    if w == ":":  # "significant improvements over the baseline: 7.67% in Driving Score, 22.06% in ..."
        for k in range(i - 1, max(-1, i - 8), -1):
            if words[k] in _CHANGE_NOUNS:
                return True
            if words[k] in (",", ";", ".", "(", ")") or words[k][:1].isdigit():
                break
    linked = False  # "the performance gain amounts to 6.98%", "the improvement is 5%"; not "increases to 85%"
    for k in range(i, max(-1, i - 4), -1):  # "a gain as high as 0.545", "gains ranging from 1-10%"
        if words[k] in _CHANGE_NOUNS:
            return linked
        if words[k] not in _change_links():
            break
        linked = linked or words[k] not in ("to", "of")
    k = first - 1
    while k >= 0 and words[k] in _APPROX:
        k -= 1  # "an increase in success rate (SR) of around 1 point"
    if k < 0 or words[k] != "of":
        return False
    j, stop = k - 1, max(-1, k - 6)
    while j > stop:  # "an enhancement in retrieval accuracy of 5.1%"
        if words[j] == ")" and j >= 2 and words[j - 2] == "(":
            j, stop = j - 3, max(-1, stop - 3)  # "success rate (SR) of": step over the abbreviation
            continue
        if words[j] in (",", ";", "(", ")") or words[j][:1].isdigit():
            return False
        if words[j] in _CHANGE_NOUNS:
            return True
        j -= 1
    return False


def _size_or_cost(match, nc: NumberCues) -> str | None:
    unit = getattr(match, "unit", None)
    if unit in nc.size_units:
        return "size"
    if unit in nc.cost_units:
        return "cost"
    if unit not in SCORE_UNITS:
        return "size"  # a counted noun: "500 images", "3 datasets"
    if unit is None and getattr(match, "multiplier", 1.0) >= 1e3:
        return "size"  # "67M", "1.4B"
    return None


def _is_year(match) -> bool:
    value = getattr(match, "value", None)
    return (
        match is not None
        and match.unit is None
        and match.high is None
        and value is not None
        and float(value).is_integer()
        and 1900 <= value <= 2099
    )


def _entity_before(view: SentenceView, quantity: Located, labels: tuple[str, ...]) -> Located | None:
    """A name right before the number: "GPT-4 (35.6%)", "GPT-4: 80.1", "GPT-4's 80%"."""
    words, i = view.words, quantity.first - 1
    while i >= 0 and words[i] in ("(", ":", "=", "'s", "’s", "of", "at", "with", "only", "achieves", "scores"):
        i -= 1
    if i == quantity.first - 1 or i < 0:
        return None
    for e in view.entities:
        if e.last == i and e.label in labels:
            return e
    return None


def _bracketed_baseline(view: SentenceView, quantity: Located, nc: NumberCues) -> tuple[bool, Located | None]:
    """Whether the number stands in brackets after a name the sentence compares with, and that name.

    "outperforming CLAM (F1 = 0.7576, FPR = 69.26%)", "compared to ShieldGemma-2
    (64.80% accuracy)", "both T2M-GPT (FID = 0.116) and MMM (FID = 0.080)". Not
    "Qwen3-VL (35.5 vs 29.6)" (the first number is the subject's), not a name
    after "on"/"in" ("surpassing GPT-4 on MMLU (85.2%)"), and not when the
    comparison word is past a clause break ("outperforms X while reaching Y (...)").
    """
    words, i = view.words, quantity.first - 1
    while i >= 0 and quantity.first - i <= 10 and words[i] not in ("(", ")"):
        i -= 1
    if i <= 0 or words[i] != "(":
        return False, None
    close = i + 1
    while close < len(words) and words[close] != ")" and close - i <= 16:
        if words[close] in ("vs", "vs.", "versus"):
            return False, None
        close += 1
    last = _cited_name_end(words, i - 1)  # "matching UDOP~\\cite{udop} (89.8 AP)": the name before the citation
    if last < 0:
        return False, None
    name = next((e for e in view.entities if e.last == last), None)
    if name is not None:
        if name.label not in ("Model", "Method"):
            return False, None
        start = name.first
    else:
        token = view.sentence.doc[view.starts[last]].text
        named_class = words[last] in nc.compared_class_nouns  # "Geo-foundation models (mIoU: 76.4)"
        if not named_class and (
            not any(c.isupper() or c.isdigit() for c in token) or not any(c.isalpha() for c in token)
        ):
            depth, k = 0, last  # "an improvement over ImageNet only initialization (94.6%)",
            while k >= 0 and i - k <= 16:  # "compared to a U-Net baseline (.87 Dice) and zero-shot MedSAM (.90 Dice)"
                w = words[k]
                if w == ")" or (w == "(" and depth):
                    depth += 1 if w == ")" else -1
                    k -= 1
                    continue
                if depth == 0 and (w in (",", ";", ".", ":", "(") or w in nc.bracket_clause_breaks):
                    break
                if depth == 0 and (w in nc.baseline_markers or w in nc.outperform_words):
                    return True, None
                k -= 1
            return False, None
        start = last
    if start > 0 and words[start - 1] in nc.place_words:
        return False, None
    markers = nc.baseline_markers | nc.outperform_words
    depth, outside = 0, 0  # words inside the brackets of earlier members of a list do not count
    for k in range(start - 1, -1, -1):
        w = words[k]
        depth += (w == ")") - (w == "(")
        if depth > 0:
            continue
        outside += 1
        if outside > 30:
            break
        if w in (";", ".", ":") or w in nc.bracket_clause_breaks:
            return False, None
        if w in markers:
            return True, name
    return False, None


def _cited_name_end(words: tuple[str, ...], k: int) -> int:
    """Word ``k``, or the last word before the citation that ends at word ``k`` ("UDOP~\\cite{udop}",
    "UDOP [12]"), so that a bracketed number after a citation is still the cited name's."""
    if words[k] == "}":
        j = next((j for j in range(k - 1, max(-1, k - 6), -1) if words[j].startswith("\\cite")), None)
        if j is None:
            return k
        k = j - 1
    elif words[k] == "]":
        j = next((j for j in range(k - 1, max(-1, k - 8), -1) if words[j] == "["), None)
        if j is None or not all(w[:1].isdigit() or w in (",", "-") for w in words[j + 1 : k]):
            return k
        k = j - 1
    else:
        return k
    return k - 1 if k > 0 and words[k] == "~" else k


def _variant_owner(
    view: SentenceView,
    quantities: tuple[Located, ...],
    index: int,
    model: Located | None,
    subject: Span | None,
    places: _Places,
    nc: NumberCues,
) -> Located | None:
    """The variant a score belongs to when the sentence names one instead of its base, else None:

    - a tuned variant, a name followed by a tuning participle ("Gemma-2 finetuned" achieved 91.4 F1): the
      number's model, or the claim's subject when the number has none, with the participle;
    - sized variants ("our 7B and 72B variants achieve 49.1% and 65.9%"): the size the number goes with,
      by position, before a variant noun the number is tied to by link words only.

    Either is shown without the base's name (a leaderboard finds no entity of that name).
    """
    words, doc = view.words, view.sentence.doc
    base = model
    if base is None and subject is not None:
        key = span_text(subject).lower()
        base = next((e for e in view.entities if e.label in _ACTORS and (e.span == subject or e.key == key)), None)
    if (
        base is not None
        and base.label
        and base.first > 0
        and words[base.first - 1] in nc.tuning_participles
        and "our" not in words[max(0, base.first - 3) : base.first - 1]  # "our fine-tuned X" is the paper's X
    ):
        return _word_located(view, base.first - 1)  # "a fine-tuned Florence-2 achieves 49% IoU"
    if base is not None and base.label and base.last + 1 < len(words):
        nxt = base.last + 1 + (words[base.last + 1] in ('"', "'", "\u201d"))
        if words[base.last + 1] in nc.tuning_participles or (
            nxt < len(words) and nxt > base.last + 1 and words[nxt] in nc.tuning_participles
        ):
            k = base.last + 1 if words[base.last + 1] in nc.tuning_participles else nxt
            # the participle alone: a span that starts at the base's name is written as that name
            return _word_located(view, k)
    if model is not None:
        return None
    if base is not None and base.label:
        hosted = _hosted_in(view, base, nc)
        if hosted is not None:
            return hosted
    sizes = {q.first: q for q in quantities if _size_or_cost(getattr(q.span._, "quantity", None), nc) == "size"}
    ends = {q.last: q for q in sizes.values()}
    quantity = quantities[index]
    i = quantity.first - 1
    while i > 0 and quantity.first - i <= 12:
        w = words[i]
        if w in nc.variant_nouns and i - 1 in ends:
            chain = [ends[i - 1]]
            k = chain[0].first - 1
            while k >= 1 and words[k] in _LIST_JOINERS:
                before = k - 1 - (words[k] in ("and", "or") and words[k - 1] == ",")
                if before not in ends:
                    break
                chain.insert(0, ends[before])
                k = ends[before].first - 1
            start, end = _number_run(words, quantities, index, places.metrics)
            if len(chain) == 1:
                return chain[0]
            if len(chain) == end - start + 1:
                return chain[index - start]
            last = chain[-1]  # counts differ: the whole list, no single variant
            return Located(span=doc[chain[0].span.start : last.span.end], first=chain[0].first, last=last.last)
        if i in places.numbers or i in places.metrics or w in nc.owner_links or w in _LIST_JOINERS:
            i -= 1
            continue
        return None
    return None


def _qualified_base(
    view: SentenceView, quantity: Located, model: Located | None, subject: Span | None, nc: NumberCues, cues: ClaimCues
) -> Located | None:
    """The qualifier of a base model whose score the number is not, else None. The number's model (or the
    claim's subject), a named Model or Method the paper does not propose, is

    - the paper's method named after a qualifier of another model (:func:`_method_on_host`);
    - after a gerund that opens its clause (:func:`_gerund_qualifier`: "Training Qwen2.5-Coder-32B-Instruct
      on Bolt.diy trajectories ... achieves 38.2%");
    - followed by a qualifier up to the verb of its clause (:func:`_trailing_qualifier`: "EfficientNet-V2-S
      with SSL achieved an F1-score of 98.21%");
    - or given the paper's work after the number (:func:`_own_work_after`: "... with our method").

    The score is the qualified system's, not the base's: the qualifier (a span that does not start at the base's
    name, which would be written as that name) is shown instead, and a leaderboard finds no entity of that name.
    "FooNet with a ResNet-50 backbone" (the paper's own FooNet) and "X with a 92.3% AUC" (a number) are no
    qualifiers."""
    base = _trained_actor(view, quantity, cues, nc) or _base_actor(view, quantity, model, subject)
    if base is None or not base.label or base.last >= quantity.first:
        return None
    hosted = _method_on_host(view, base, nc)
    if hosted is not None:
        return hosted
    ctx = view.sentence.doc.user_data.get(CONTEXT_CACHE)
    if (ctx is not None and ctx.is_proposed(base)) or _ours(view.words, base.first):
        return None
    numbers = {k for q in view.quantities for k in range(q.first, q.last + 1)}
    return (
        _gerund_qualifier(view, base, quantity, numbers, nc, cues)
        or _trailing_qualifier(view, base, quantity, numbers, nc, cues)
        or _own_work_after(view, quantity, nc)
    )


def _method_on_host(view: SentenceView, base: Located, nc: NumberCues) -> Located | None:
    """The qualifier "with <base>" when ``base`` is a method put on another model named right before it,
    not the paper's own: "DeepSeek-R1-Distill-Llama-70B with SLOT achieves a SOTA accuracy of 68.69%" is
    shown as "with SLOT" (SLOT on that host), not as SLOT's own score nor as the host's; else None."""
    words = view.words
    if base.first < 2 or words[base.first - 1] not in nc.qualifier_openers:
        return None
    host = next((e for e in view.entities if e.label in _ACTORS and e.last == base.first - 2), None)
    if host is None:
        return None
    ctx = view.sentence.doc.user_data.get(CONTEXT_CACHE)
    if (ctx is not None and ctx.is_proposed(host)) or _ours(words, host.first):
        return None
    return _words_located(view, base.first - 1, base.last)


def _gerund_qualifier(
    view: SentenceView, base: Located, quantity: Located, numbers: set[int], nc: NumberCues, cues: ClaimCues
) -> Located | None:
    """The whole gerund phrase that opens the base model's clause, up to the clause's verb ("Training
    Qwen2.5-Coder-32B-Instruct on trajectories ... achieves 38.2%", "equipping SiT-XL/2 with CAR-Flow
    reduces FID from 2.07 to 1.68"), else None."""
    gerund = _after_gerund(view.words, base.first, cues, nc)
    if gerund is None:
        return None
    end = _qualifier_end(view.words, base.last + 1, quantity.first, numbers, nc, cues, longest=16)
    return _words_located(view, gerund, end) if end is not None else None


def _trailing_qualifier(
    view: SentenceView, base: Located, quantity: Located, numbers: set[int], nc: NumberCues, cues: ClaimCues
) -> Located | None:
    """The qualifier right after the base model's name, up to the verb of its clause ("a DiT-XL trained on
    FlatDINO latents achieves a gFID of 1.80", "EfficientNet-V2-S with SSL achieved 98.21%"), else None."""
    start = base.last + 1
    if start >= len(view.words) or view.words[start] not in nc.qualifier_openers:
        return None
    end = _qualifier_end(view.words, start, quantity.first, numbers, nc, cues)
    return _words_located(view, start, end) if end is not None and end > start else None


def _own_work_after(view: SentenceView, quantity: Located, nc: NumberCues) -> Located | None:
    """The paper's work given to a base model after its number, in the number's clause ("Llama3.1-8B reaches
    a 29.44 win rate on AlpacaEval 2.0 with our method": "with our method"), else None."""
    words = view.words
    for k in range(quantity.last + 1, min(len(words) - 2, quantity.last + 12)):
        if words[k] in (",", ";", ":", "(") or words[k] in nc.bracket_clause_breaks:
            return None
        if words[k] in nc.qualifier_openers and words[k + 1] == "our":
            last = k + 2
            if k + 3 < len(words) and words[k + 3] in nc.own_nouns:
                last = k + 3  # "with our method", not only "with our"
            return _words_located(view, k, last)
    return None


def _after_gerund(words: tuple[str, ...], first: int, cues: ClaimCues, nc: NumberCues) -> int | None:
    """The index of a training or qualifier gerund right before word ``first`` (articles skipped) that opens
    the sentence or a clause ("Training Qwen2.5 on ...", "; fine-tuning a Llama-3 on ...", ", equipping
    SiT-XL/2 with ..."), else None."""
    k = first - 1
    while k >= 0 and words[k] in ("a", "an", "the"):
        k -= 1
    if k < 0 or (words[k] not in cues.training_words and words[k] not in nc.qualifier_gerunds):
        return None
    return k if k == 0 or words[k - 1] in (",", ";", ":") else None


def _trained_actor(view: SentenceView, quantity: Located, cues: ClaimCues, nc: NumberCues) -> Located | None:
    """The Model or Method right after a gerund that opens the number's clause (:func:`_after_gerund`:
    "Training Qwen2.5-Coder-32B-Instruct on ... achieves 38.2%"), before the number and with no ";"
    between, else None."""
    words = view.words
    for e in view.entities:
        if e.label not in _ACTORS or e.last >= quantity.first:
            continue
        gerund = _after_gerund(words, e.first, cues, nc)
        if gerund is not None and ";" not in words[gerund : quantity.first]:
            return e
    return None


def _base_actor(view: SentenceView, quantity: Located, model: Located | None, subject: Span | None) -> Located | None:
    """The number's model, else the claim's subject as it stands in the number's clause (a Model or Method
    named before the number, with no ";" between)."""
    if model is not None:
        return model
    if subject is None:
        return None
    key = span_text(subject).lower()
    for e in view.entities:
        if e.label in _ACTORS and (e.span == subject or e.key == key):
            if e.last < quantity.first and ";" in view.words[e.last : quantity.first]:
                continue  # "FooBar is fine-tuned with X; it reaches 80%": another clause
            return e
    return None


def _qualifier_end(
    words: tuple[str, ...],
    start: int,
    limit: int,
    numbers: set[int],
    nc: NumberCues,
    cues: ClaimCues,
    longest: int = 8,
) -> int | None:
    """The last word of a qualifier that opens at word ``start`` and runs to the verb of its clause
    ("with SSL achieved", "trained on FlatDINO latents achieves"), at most ``longest`` words and before word
    ``limit``; None when no verb closes it, or a number stands in it ("with a 92.3% AUC", "with 7B
    parameters": a number, not a qualifier)."""
    for k in range(start, min(limit, start + longest + 1)):
        if k in numbers:
            return None
        verb = words[k] in cues.achieve_cues or words[k] in cues.improvement_cues or words[k] in cues.decrease_cues
        if k > start and verb and words[k - 1] not in _NOUN_LEADS:
            return k - 1  # not "this training set": a noun
        if words[k] in (",", ";", ":", "(", ")"):
            return None
    return None


#: Words after which a verb form is a noun ("this training set", "the test set").
_NOUN_LEADS = number_cues().noun_leads | number_cues().split_words


def _words_located(view: SentenceView, first: int, last: int) -> Located:
    """Words ``first..last`` as a located name with no entity label (a phrase, not a name we know)."""
    end = view.starts[last + 1] if last + 1 < len(view.starts) else view.sentence.end
    span = view.sentence.doc[view.starts[first] : end]
    return Located(span=span, first=first, last=last, key=span_text(span).lower(), label="")


def _hosted_in(view: SentenceView, base: Located, nc: NumberCues) -> Located | None:
    """The component a clause puts into ``base`` ("we integrate identical attention blocks within U-Net
    architecture ... 58.54% IoU"): the words from after the host verb to the host's name, shown without
    the host's name (the score is the component's in the host, not the host's), else None."""
    words = view.words
    i = base.first - 1
    if i < 2 or words[i] not in nc.host_prepositions:
        return None
    for v in range(i - 1, max(-1, i - 8), -1):
        w = words[v]
        if w in nc.host_verbs:
            if v + 1 >= i:
                return None
            k = v + 1 + (words[v + 1] in ("a", "an", "the", "our"))
            end = view.starts[base.last + 1] if base.last + 1 < len(view.starts) else view.sentence.end
            span = view.sentence.doc[view.starts[k] : end]
            return Located(span=span, first=k, last=base.last, key=span_text(span).lower(), label="")
        if w in (",", ";", ":", ".", "(", ")") or w in nc.bracket_clause_breaks:
            return None
    return None


def _scaled_before(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """Whether a verb of scaling ("nearly triple X's accuracy (32.5% to 89.5%)") stands before word
    ``first`` in its clause."""
    return cue_before(words, first, nc.scale_verbs, (";", ".", ":"), reach=BEFORE)


def _class_bracket(view: SentenceView, quantity: Located, nc: NumberCues) -> bool:
    """Whether the number stands in brackets right after a class of compared methods no entity names
    ("Geo-foundation models (mIoU: 76.37 - 87.10)"): the score of that class, not of the nearest named
    baseline."""
    words, i = view.words, quantity.first - 1
    while i >= 0 and quantity.first - i <= 10 and words[i] not in ("(", ")"):
        i -= 1
    if i <= 0 or words[i] != "(" or words[i - 1] not in nc.compared_class_nouns:
        return False
    return not any(e.last == i - 1 for e in view.entities)


_PLACES = ("on", "in", "for", "across")


def _place_after(view: SentenceView, last: int, datasets: list[Located]) -> tuple[list[Located], bool]:
    """The datasets named right after word ``last`` ("85.3% on GSM8K", "85.3% accuracy on the GSM8K
    dataset", "on ISIC-2017 and OAI-ZIB") and whether an "on" there names something else
    ("47.3% MOTA on real satellite video data")."""
    words, starts = view.words, {e.first: e for e in datasets}
    other, nc = False, number_cues()
    first = last + 1
    if first < len(words) and words[first] == ")" and "(" in words[max(0, last - 3) : last]:
        first += 1  # "near-perfect accuracy (99.8%) on ..."
    for i in range(first, min(len(words), first + 5)):
        w = words[i]
        if w in (",", ";", "(", ")", "and", "or", "while", "with", "compared", "vs", "vs."):
            break
        if w not in _PLACES:
            continue
        k = i + 1
        while k < len(words) and words[k] in ("the", "a", "an", "both", "all"):
            k += 1
        if k not in starts and w == "on":  # "on the hidden test set of the SemanticKITTI-MOS dataset"
            j = k
            while j < len(words) and (words[j] in nc.split_words or words[j] in nc.dataset_nouns):
                j += 1
            if j > k and j + 1 < len(words) and words[j] == "of":
                j += 1 + (words[j + 1] == "the")
                if j in starts:
                    k = j
                elif j < len(words) and _original(view, j)[:1].isupper():
                    return [], True  # a named place we do not know as a dataset
        if k not in starts:
            other = other or (w == "on" and k < len(words) and words[k] not in nc.split_words)
            continue
        found = [starts[k]]
        j = starts[k].last + 1
        while j + 1 < len(words) and words[j] in _LIST_JOINERS:  # "on A, B and C"
            n = j + 1 + (words[j] == "," and words[j + 1] in ("and", "or"))
            if n >= len(words):
                break
            if n not in starts:
                name = _original(view, n)
                if not name[:1].isdigit() and (name[:1].isupper() or any(c.isdigit() for c in name)):
                    return [], True  # "on ISIC-2017 and PrivSet": which one is not said
                break
            found.append(starts[n])
            j = starts[n].last + 1
        return found, False
    return [], other


def _named_before_bracket(view: SentenceView, quantity: Located, datasets: list[Located]) -> list[Located] | None:
    """The place named right before the bracket a number opens: "MiniF2F-Test (69.8% pass@32)" gives
    [MiniF2F-Test]; "Ineq-Comp-Seed (52.2% pass@32)", a name we do not know as a dataset, gives []; None
    when no name stands there."""
    words, i = view.words, quantity.first - 1
    while i >= 0 and words[i] in ("$", "~", "\u2248"):
        i -= 1
    if i < 1 or words[i] != "(":
        return None
    ends = {e.last: e for e in datasets}
    if i - 1 in ends:
        return [ends[i - 1]]
    if any(e.last == i - 1 for e in view.entities):
        return None  # a model's or metric's bracket: "GPT-4 (35.6%)", "accuracy (99.8%)"
    name, word = _original(view, i - 1), words[i - 1]
    if name[:1].isupper() and any(c.isdigit() or c == "-" for c in word) and not name.isupper():
        return []  # an unknown name of a place
    return None


def _coordinated(view: SentenceView, dataset: Located, numbers: frozenset[int]) -> bool:
    """Whether the dataset stands in a list of names ("chest X-rays (MIMIC-CXR) and fundus images",
    "on ISIC-2017 and OAI-ZIB"), not alone."""
    words, nc = view.words, number_cues()
    starts = {e.first for e in view.entities if e.label == "Dataset"}
    j = dataset.last + 1
    while j < len(words) and (words[j] == ")" or words[j] in nc.dataset_nouns):
        j += 1
    k = j + (j < len(words) and words[j] == "$")
    if k + 1 < len(words) and words[k].strip("$") in nc.to_words and words[k] != "to":
        return True  # "(AIME $\\rightarrow$ BeyondAIME)": a transfer between two places
    if j + 1 < len(words) and words[j] in _LIST_JOINERS and j + 1 not in numbers:
        nxt = words[j + 1]
        if j + 1 in starts or (words[j] != "," and nxt not in nc.non_qualifiers and nxt != "respectively"):
            return True  # "(MIMIC-CXR) and fundus images (FairGenMed)"; not "On X dataset, FooNet reaches"
    i = dataset.first - 1
    while i >= 0 and words[i] in ("(", "the"):
        i -= 1
    return i >= 1 and words[i] in _LIST_JOINERS and i - 1 not in numbers


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


def _dataset_for(
    view: SentenceView,
    quantities: tuple[Located, ...],
    index: int,
    datasets: list[Located],
    metrics: frozenset[int],
    cues: ClaimCues | None = None,
) -> Span | None:
    """The dataset a number is on (:func:`_dataset_on`), unless its name is cut short: a capitalised word
    that no entity covers follows it ("85.35% on ISPRS Vaihingen, 87.05% on ISPRS Potsdam": "ISPRS" alone
    names neither), so the number is shown with no dataset rather than a fragment."""
    found = _dataset_on(view, quantities, index, datasets, metrics)
    if found is None:
        return None
    located = next((d for d in datasets if d.span == found), None)
    if located is not None and cues is not None and _acts(view, located, cues):
        return None  # "CLUE reduced FID to 9.30": a system named like a dataset, not the place
    return None if located is not None and _cut_short(view, located) else found


def _acts(view: SentenceView, dataset: Located, cues: ClaimCues) -> bool:
    """Whether a dataset's name is the subject of a verb of scoring, change or comparison ("CLUE reduced FID
    to 9.30 (vs. 46.81)", "X outperforms ..."), across an adverb: the name is a system's there, the
    sentence names no place. Not after a place word, also across a determiner ("on the CIFAR-10 set"), not
    before a dataset noun ("set", "benchmark") or a score noun ("the VBench score by 7%")."""
    nc, words, i = number_cues(), view.words, dataset.last + 1
    while i < len(words) and words[i].endswith("ly") and words[i].isalpha():
        i += 1  # "CLUE consistently reduces"
    k = dataset.first - 1
    while k >= 0 and words[k] in ("the", "a", "an"):
        k -= 1
    if i >= len(words) or (k >= 0 and words[k] in nc.place_words):
        return False
    if words[i] in nc.dataset_nouns or words[i] in nc.score_nouns or words[i] in _CHANGE_NOUNS:
        return False
    verbs = cues.achieve_cues | cues.improve_verbs | cues.decrease_cues | cues.beat_verbs | cues.perform_verbs
    return words[i] in verbs


def _cut_short(view: SentenceView, dataset: Located) -> bool:
    """Whether the word after a dataset's name continues the name: a capitalised word, no dataset noun, no
    split word, no entity and no number ("ISPRS Vaihingen", "ISPRS Potsdam", "DVS128 Gesture"); or the name
    is a letter or two glued by a slash to a word before it, a part of a compound ("a controlled A/B
    benchmark"), not a dataset's name."""
    span = dataset.span
    if len(span.text) <= 2 and span.start_char > 0 and doc_text(span.doc)[span.start_char - 1] == "/":
        return True
    i, nc = dataset.last + 1, number_cues()
    if i >= len(view.words) or view.words[i] in nc.dataset_nouns or view.words[i] in nc.split_words:
        return False  # "the GSM8K benchmark", "Structured3D Validation split", "R2R-CE Val-Unseen"
    if any(e.first <= i <= e.last for e in view.entities) or any(q.first <= i <= q.last for q in view.quantities):
        return False
    word = _original(view, i)
    return word[:1].isupper() and word.isalpha()


def _dataset_on(
    view: SentenceView, quantities: tuple[Located, ...], index: int, datasets: list[Located], metrics: frozenset[int]
) -> Span | None:
    """The dataset a number is on: by "respectively" order, the one named right after it or after the
    list of numbers it ends ("85% and 76% on A and B": by position), else the sentence's only dataset when
    no other number is tied to it, no "on" after the number names something else and the dataset stands
    alone (not "on A and B" where B is no dataset we know)."""
    if not datasets:
        return None
    count = len(quantities)
    if "respectively" in view.present and count == len(datasets) and count > 1:
        return datasets[index].span
    words = view.words
    bracketed = _named_before_bracket(view, quantities[index], datasets)
    if bracketed is not None:
        return bracketed[0].span if bracketed else None
    start, end = _number_run(words, quantities, index, metrics)
    for k in range(index, end + 1):
        found, other = _place_after(view, quantities[k].last, datasets)
        if not found and other:
            return None
        if found:
            picked = found[0] if len(found) == 1 else _by_position(found, start, end, index)
            return None if picked is None else picked.span
    if len(datasets) != 1 or ("respectively" in view.present and count > 1):
        return None
    only = datasets[0]
    q = quantities[index]
    lo, hi = min(q.last, only.first), max(q.first, only.last)
    if ";" in words[lo:hi]:
        return None  # "... reaching an RFS of 8.06; it also does well on NAVSIM": another clause
    numbers = frozenset(i for q in quantities for i in range(q.first, q.last + 1))
    for k, q in enumerate(quantities):
        if k != index and any(e.span == only.span for e in _place_after(view, q.last, datasets)[0]):
            return None  # "61.1% MOTA on SDM-Car-SU and 47.3% MOTA on real data": tied to another number
    if _coordinated(view, only, numbers):
        return None
    nc, i = number_cues(), only.first - 1
    while i >= 0 and words[i] in ("the", "a", "an"):
        i -= 1
    if i >= 0 and (words[i] in nc.baseline_markers or words[i] in nc.outperform_words or words[i] in nc.aid_words):
        return None  # "an improvement over ImageNet only initialization", "with ImageNet-1K as ID": no test set
    if i >= 1 and words[i] in ("on", "with") and words[i - 1] in nc.aid_words:
        return None  # "models trained on Cell200-s": a training set
    number = quantities[index]
    if only.first > number.last and _names_a_score(words, only, nc):
        return None  # "drops LPIPS (from 0.480 to 0.169) and boosts the VBench score": VBench is a score here
    if only.first > number.last and _compared_after(words, number.last + 1, only.first, nc):
        return None  # "85.90%, surpassing Adv-CPG by +6 points and noise-based P3-Mask by +16": a compared name
    return only.span


def _names_a_score(words: tuple[str, ...], dataset: Located, nc: NumberCues) -> bool:
    """Whether a dataset's name stands before a score noun ("the VBench score"): it names that score, not
    the place of the numbers before it."""
    return dataset.last + 1 < len(words) and words[dataset.last + 1] in nc.score_nouns


def _compared_after(words: tuple[str, ...], lo: int, hi: int, nc: NumberCues) -> bool:
    """Whether an outperform word stands in ``words[lo:hi]`` (between a number and the dataset after it)
    with no place word after it: the name at ``hi`` is compared with, not the place of the number."""
    compared = False
    for w in words[lo:hi]:
        if w in nc.outperform_words and w != "over":  # "over" may be a place: "averaged over X"
            compared = True
        elif w in nc.place_words:
            compared = False
    return compared


def is_relative(view: SentenceView, quantity: Located, heading: str, info: MetricInfo | None, cues: ClaimCues) -> bool:
    """Whether the number is a relative (ratio/percent-of) change."""
    match = getattr(quantity.span._, "quantity", None)
    unit = (getattr(match, "unit", None) or "").lower()
    window = view.words[max(0, quantity.first - BEFORE) : quantity.last + 1 + AFTER]
    if "relative" in window or "relatively" in window:
        return True
    if unit in cues.absolute_units or "absolute" in window or any(w in cues.absolute_units for w in window):
        return False
    if unit in ("x", "×", "times", "fold", "-fold") or span_text(quantity.span).lower().endswith(("x", "×")):
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


def _from_to(
    view: SentenceView, quantities: tuple[Located, ...], nc: NumberCues, metrics: frozenset[int] = frozenset()
) -> dict[int, str]:
    """Index -> "baseline"/"score" for the two numbers of "from a to b", also of "<metric> a to b" with no
    "from" when a metric's name (a word of ``metrics``) stands right before a ("with WER 16.57% to 3.15%
    (+80.99%)": 16.57% is the earlier system's, 3.15% the subject's)."""
    roles: dict[int, str] = {}
    words = view.words
    for k in range(len(quantities) - 1):
        a, b = quantities[k], quantities[k + 1]
        between = words[a.last + 1 : b.first]
        if "".join(between) in nc.to_words:
            between = ("".join(between),)  # "3.30 -> 3.03" (the arrow split in two words)
        while len(between) > 1 and between[-1] in nc.to_hedges and between[-1] not in nc.to_words:
            between = between[:-1]  # "from 50.0% to a peak of 58.0%"
        if not between or between[-1] not in nc.to_words:
            continue
        # "from 61% to 75%", "from 0.420 (CT-Agent) to 0.480", "(95.07% to 94.92%)"
        named = (
            len(between) == 1
            or (between[0] == "(" and ")" in between and len(between) <= 6)
            or (len(between) <= 7 and not any(w in (",", ";", "(", ")", "and", "or") for w in between))
        )  # "from 0.195 with a base model supervisor to 0.732"
        head, tail = k, k + 1  # "from 34.66 dB / 0.9234 SSIM to 38.913 dB / 0.971 SSIM": slashed groups
        while head > 0 and words[quantities[head - 1].last + 1 : quantities[head].first] == ("/",):
            head -= 1
        while tail + 1 < len(quantities) and words[quantities[tail].last + 1 : quantities[tail + 1].first] == ("/",):
            tail += 1
        if head < k and tail - k - 1 != k - head:
            continue
        before = _before_math(words, quantities[head].first)  # "from $41.1%$ to $80.1%$", "F1 from $=0.501$"
        opened = before >= 0 and words[before] in nc.from_words
        opened = opened or (len(between) == 1 and before in metrics)
        if named and (opened or (a.first > 0 and words[a.first - 1] == "(" and len(between) == 1)):
            roles.update({i: "baseline" for i in range(head, k + 1)})
            roles.update({i: "score" for i in range(k + 1, tail + 1 if head < k else k + 2)})
            continue
        j = k  # "from 76% and 61% to 0%": every number of the list after "from" is a baseline
        while j > 0 and all(w in _LIST_JOINERS for w in words[quantities[j - 1].last + 1 : quantities[j].first]):
            j -= 1
            if quantities[j].first > 0 and words[quantities[j].first - 1] in nc.from_words and len(between) == 1:
                roles.update({i: "baseline" for i in range(j, k + 1)})
                roles[k + 1] = "score"
                break
    return roles


def _before_math(words: tuple[str, ...], first: int) -> int:
    """The index of the word before word ``first`` past the LaTeX math opener and equals sign a number may
    be set in ("from $41.1%$", "F1 from $=0.501$"); -1 at the sentence start."""
    k = first - 1
    while k >= 0 and words[k] in ("$", "="):
        k -= 1
    return k


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


def _is_fraction(view: SentenceView, quantity: Located, nc: NumberCues, unit: str | None = None) -> bool:
    """ "3.9% of the data", "5% of the parameters", "retains 99% of accuracy", "99.6% of R@1": a share of
    something, not a score (any "N% of")."""
    words = view.words
    i = quantity.last + 1
    if i >= len(words) or words[i] != "of":
        return False
    return unit == "%" or any(words[k] in nc.fraction_nouns for k in range(i + 1, min(len(words), i + 4)))


def _original(view: SentenceView, i: int) -> str:
    """The text of word ``i`` as written (the first token's text; words are lower-cased)."""
    return view.sentence.doc[view.starts[i]].text


def _is_bound(view: SentenceView, quantity: Located, nc: NumberCues) -> bool:
    """ "over 80%", "more than 0.9", "at least 70%", "nearly 56%", "$\\leq$ 5%", "90% or more": a bound,
    not a score."""
    words, text = view.words, quantity.span.text
    if text[:1] in "<>\u2264\u2265" or text.startswith(("\\leq", "\\geq", "\\le", "\\ge")):
        return True
    i = quantity.first - 1
    while i >= 0 and (words[i] in ("$", "the") or _latex_opener(words[i])):
        i -= 1  # "to exceed the 50 AP milestone"
    if i >= 1 and words[i - 1] in ("nearly", "almost") and words[i].isalpha() and words[i] not in nc.bound_words:
        return True  # "nearly sustains 0.99 recall", "almost reaches 90%"
    if i >= 0 and words[i].strip("$") in nc.bound_words and not (i and words[i - 1] == "-"):  # "over", "$\\geq$"
        return i == 0 or words[i - 1] not in _CHANGE_NOUNS or words[i] in ("nearly", "almost")
    if i >= 1 and (f"{words[i - 1]} {words[i]}" in nc.bound_pairs or words[i - 1] + words[i] in nc.bound_words):
        return True  # "more than 0.9", "< = 34%" (a "<=" read as two words)
    j = quantity.last + 1
    if j < len(words) and words[j] in nc.bound_after:
        return True
    return j + 1 < len(words) and f"{words[j]} {words[j + 1]}" in nc.bound_after


def _negated(view: SentenceView, quantity: Located, nc: NumberCues) -> bool:
    """ "no model reaches 60% accuracy", "none exceed 83%", "does not reach 50%": a bound denied, no score."""
    words = view.words
    for k in range(quantity.first - 1, max(-1, quantity.first - 5), -1):
        if words[k] in (",", ";", ":", "(", ")", ".") or words[k][:1].isdigit():
            return False
        if words[k] in nc.denials:
            return True
    return False


def _is_statistic(view: SentenceView, quantity: Located, nc: NumberCues) -> bool:
    """ "P<0.001", "p = 0.03", "(OR 3.14", "95% CI", "95% confidence interval": a test statistic or a
    confidence level, never a score."""
    text = span_text(quantity.span)
    if text[:1] in "Pp" and not text[1:2].isalpha():
        return True
    i = quantity.first - 1
    while i >= 0 and view.words[i] in ("=", "<", ">", ":", "\u2264", "\u2265", "$", "of"):
        i -= 1
    if i >= 0 and i < quantity.first - 1 and _original(view, i) in nc.statistic_words:
        return True  # "p = 0.03", "OR: 3.14"
    if i == quantity.first - 1 and i >= 0 and _original(view, i) in nc.statistic_words and _original(view, i) != "p":
        return True  # "OR 3.14", "HR 0.8"
    if i >= 0 and not view.words[i][:1].isalnum() and view.words[i] in nc.statistic_words:
        return True  # "0.79 +- 0.24 mm": the spread
    j = quantity.last + 1
    return j < len(view.words) and _original(view, j) in nc.statistic_words and view.words[j] not in ("p", "or")


@dataclass(frozen=True, slots=True)
class _Places:
    """Word positions of a sentence's numbers, metric names and dataset names."""

    numbers: frozenset[int]
    metrics: frozenset[int]
    datasets: frozenset[int]


_ACTORS = ("Model", "Method")


def _marker_before(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """A baseline marker in the three words before a number, not past a comma ("vs. 80.2", "than 45%",
    "up from 58.8%"; not "against strong baselines, reaching 59.8%")."""
    if first >= 2 and f"{words[first - 2]} {words[first - 1]}" in nc.baseline_pairs:
        return True
    return cue_before(words, first, nc.baseline_markers, (",", ";"), reach=3)


def _compared_clause(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """A number inside a comparison phrase, before any clause break: "compared to stateless ILION at
    F1 = 0.9756 with 5% FPR", "versus 72.1% for X" (the numbers are the compared one's)."""
    for k in range(first - 1, max(-1, first - 11), -1):
        w = words[k]
        if w in (",", ";", ":", "(", ")", ".") or w in nc.bracket_clause_breaks:
            return False
        if w in nc.versus_words or (w == "compared" and k + 1 < len(words) and words[k + 1] in ("to", "with")):
            return True
    return False


def _is_setting(
    view: SentenceView, quantity: Located, metric: _Metric | None, how: str, nc: NumberCues, metrics: list[_Metric]
) -> bool:
    """ "at 0.7 IoU threshold", "an IoU threshold of 0.5": a setting of the evaluation, no score; also a
    target ("the time needed to achieve a 90% ASR", "steps required to reach 80% accuracy"). ``metrics``:
    the sentence's :func:`metric_mentions`."""
    words = view.words
    if quantity.first > 0 and words[quantity.first - 1] in nc.setting_words:
        return True  # "top 5% validation accuracy"
    k = quantity.first - 1
    while k >= 0 and words[k] in ("a", "an", "the"):
        k -= 1
    if k > 0 and words[k] in nc.target_verbs and words[k - 1] == "to":
        before = words[max(0, k - 5) : k - 1]
        if any(w in nc.target_needs or w in nc.cost_words for w in before):
            return True
    if metric is not None and how == "after":
        i = metric.last + 1
        j = quantity.first - 1 - (quantity.first > 1 and words[quantity.first - 1] in ("a", "an"))
        if j >= 0 and words[j] == "at" and metric.first == quantity.last + 1:
            return True  # "recall of 84.5% at 5% FPR", "at 70% sparsity", "at a 1% FPR": an operating point
        return i < len(words) and words[i] in nc.setting_words
    if metric is not None and how == "before" and metric.first > 1 and words[metric.first - 1] == "(":
        # "R@1 (IoU = 0.3)", "AP (IoU 0.7)": a metric in brackets after another sets its operating point
        before = metric.first - 2  # not "Success Rate (SR) of 51.09%": the number is inside the bracket
        if ")" not in words[metric.last + 1 : quantity.first] and any(m.last == before for m in metrics):
            return True
    if metric is not None and how == "before" and metric.first > 1 and words[metric.first - 1] == "at":
        # "worse at FMR = 10^-3", "TPR at FPR of 1%": an operating point (not "ILION at F1 = 0.97")
        return not any(e.last == metric.first - 2 and e.label in _ACTORS for e in view.entities)
    for k in range(quantity.first - 1, max(-1, quantity.first - 4), -1):
        if words[k] in nc.setting_words:
            return True
        if words[k] not in ("of", "=", ":", "at", "a", "an", "the", "("):
            return False
    return False


def _owner(
    view: SentenceView,
    quantity: Located,
    metric: _Metric | None,
    how: str,
    nc: NumberCues,
    places: _Places,
    unknown: frozenset[int] | None = None,
) -> tuple[bool, Located | None]:
    """The name a clause ties a number to: (True, name), (True, None) for a person or chance
    ("human CER of 15.9%"), or (False, None).

    The name after "by" ("88% accuracy by X"), else the nearest Model or Method
    before the number across link words only ("EfficientNet with a 92.34%",
    "SD3.5 Large reaches 0.65", "ILION at F1 = 0.9756", "CNNs (mIoU: 78.5)"),
    metric names and the numbers, datasets and joiners of a list ("X achieves
    80% on A and 70% on B").
    """
    words = view.words
    starts = {e.first: e for e in view.entities if e.label in _ACTORS}
    if unknown is None:
        unknown = _unknown_names(view, nc)
    j = quantity.last + 1
    if metric is not None and how == "after":
        j = metric.last + 1
    if j + 1 < len(words) and words[j] in nc.owner_after:
        k = j + 2 if words[j + 1] == "the" else j + 1
        if k in starts:
            return True, starts[k]
    ends = {e.last: e for e in view.entities if e.label in _ACTORS}
    listed = places.numbers | places.metrics | places.datasets
    i = quantity.first - 1
    while i >= 0 and quantity.first - i <= 16:
        if i in ends:
            return True, ends[i]
        w = words[i]
        if w in nc.agent_words:
            return True, None
        if w == "(" and (clause_name := _relative_clause_name(view, i, ends, unknown, nc)) is not None:
            return True, clause_name  # "the attention-based MIL, which was less consistent (mean MAE = 10.7)"
        if i in listed or w in nc.owner_links or (w.endswith("ly") and w.isalpha() and len(w) > 4):
            pass  # a link word, a list's material or an adverb ("human can easily achieve 100%")
        elif i + 1 in places.metrics and w in nc.neutral_modifiers:
            pass  # "YOLOv11n-Seg reaches a segmentation precision of 0.91587"
        elif (
            w == ","
            and i + 1 < len(words)
            and words[i + 1] in nc.relative_pronouns
            and i - 1 not in unknown
            and _compared_before(words, i, nc, ends)
        ):
            return True, None  # "outperforming SD$^\mathrm{2}$Net, which achieves ...": a rival we cannot name
        elif w in (",", "and", "&", ")", "on", "in", "for") and i > 0 and (i - 1 in listed or words[i - 1] == ")"):
            pass
        elif w in ("and", "or") and i > 1 and words[i - 1] == "," and i - 2 in places.numbers:
            i -= 1  # "45.82%, 31.09%, and 17.79%": the comma before the last member
        elif (
            w == ","
            and i - 1 in ends
            and ends[i - 1].first >= 2
            and words[ends[i - 1].first - 1] in _LIST_JOINERS
            and _in_number_list(words, quantity, places.numbers)
        ):
            pass  # "o3-mini, o1, and DeepSeek-R1, achieve only 45.82%, ...": the comma closing a list of names
        elif w == "," and i - 1 in ends and _own_apposition(words, ends[i - 1].first):
            pass  # "our model, InternVL2-8B-MPO, achieves an accuracy of 67.0"
        elif w == "," and _apposed_name(words, i - 1, ends, unknown, nc):
            pass  # "the best classifier, EfficientNetV2S, achieved high accuracy (~ 96%)": the name set in commas
        elif w == "," and i + 1 < len(words) and words[i + 1] in nc.relative_pronouns:
            # "outperforming SD2Net, which achieves a mIoU of 64.97%"; across an apposition: "comparable
            # to BigCodec, the current SOTA codec, which achieves 0.84"
            i = _apposition_start(words, i, ends, unknown)
        elif w in nc.relative_pronouns and _baseline_noun_before(words, i, nc):
            return True, None  # "outperforming the baseline model which achieved 98.62% precision"
        elif w in nc.own_nouns and i > 0 and words[i - 1] in nc.baseline_nouns:
            return True, None  # "the baseline model achieves 61.2%": an unnamed baseline's score
        elif i in unknown:
            return True, _word_located(view, i)  # "UCAN-L achieves 31.63 dB", "VibrantVS (2.71 m MAE)"
        else:
            return False, None
        i -= 1
    return False, None


def _relative_clause_name(
    view: SentenceView, bracket: int, ends: dict[int, Located], unknown: frozenset[int], nc: NumberCues
) -> Located | None:
    """The name a relative clause ending at the bracket ``bracket`` describes: "compared with the
    attention-based MIL, which was less consistent (mean MAE = 10.7)": the number in the brackets is MIL's.
    The clause opens with a relative pronoun right after the name (or its comma), at most eight words
    before the bracket, and no comma, clause break or other bracket stands between. The name is a Model or
    Method, or a word that looks like a name no entity covers (:func:`_unknown_names`)."""
    words = view.words
    for k in range(bracket - 1, max(0, bracket - 9), -1):
        w = words[k]
        if w in nc.relative_pronouns:
            name = k - 1 - (words[k - 1] == ",")
            if name in ends:
                return ends[name]
            return _word_located(view, name) if name in unknown else None
        if w in (",", ";", ".", ":", "(", ")") or w in nc.bracket_clause_breaks or k in ends:
            return None
    return None


def _apposed_name(
    words: tuple[str, ...], last: int, ends: dict[int, Located], unknown: frozenset[int], nc: NumberCues
) -> bool:
    """Whether a name ending at word ``last`` stands in apposition to a class noun, set in commas: "the best
    classifier, EfficientNetV2S, achieved", "the resulting model, CodeV-R1-7B, achieves"."""
    if last in ends:
        first = ends[last].first
    elif last in unknown:
        first = last
    else:
        return False
    return first >= 2 and words[first - 1] == "," and _class_noun(words[first - 2], nc)


def _unnamed_rival(
    view: SentenceView,
    quantity: Located,
    nc: NumberCues,
    cues: ClaimCues,
    metrics: frozenset[int] = frozenset(),
    clause_subject: bool = False,
) -> bool:
    """Whether the number's clause gives it to an unnamed class of models that is not the paper's.

    The words before the verb of the number ("achieves", "delivered", "perform": :func:`_number_verb`), or
    before the comma of a participle after it ("..., achieving": :func:`_participle_phrase`), open with a
    plural class noun ("lightweight object detection models delivered strong performance (up to 77% mAP)",
    "zero-shot multilingual baselines ... fail ..., achieving a MOS of only 1.86") or a superlative one ("the
    best-performing model, when ..., achieves only 50.1%", "with the best model achieving an F1 score of
    0.5648"), with no word of the paper's own (``own_markers``: "our", "proposed", "resulting") and no name
    of a Model or Method, also in an apposition ("The leading approach, X-TFCLIP from UAM, attained"):
    :func:`_others_class`. ``metrics``: the words of the sentence's metric names. ``clause_subject``: with no
    verb of scoring, also the subject of the clause its brackets close (:func:`_bracketed_clause_subject`), when
    the claim's subject is a Model or Method the number would otherwise be shown with."""
    words = view.words
    verb = _number_verb(words, quantity, cues, metrics)
    if verb is None:
        phrase = _bracketed_clause_subject(view, quantity, nc) if clause_subject else None
        return phrase is not None and _others_class(view, *phrase, nc, cues)
    phrase = _participle_phrase(words, verb, nc) or _subject_phrase(view, verb, nc)
    return phrase is not None and _others_class(view, *phrase, nc, cues)


def _verb_like(word: str, cues: ClaimCues) -> bool:
    """Whether a word after a noun phrase opens its predicate: a verb of scoring, performing, change or
    comparison, a modal or a form of "be", a relative pronoun, an adverb or a past form ("provided")."""
    verbs = cues.achieve_cues | cues.perform_verbs | cues.improve_verbs | cues.decrease_cues | cues.beat_verbs
    if word in verbs or word in number_cues().relative_pronouns:
        return True
    if word in ("can", "could", "may", "might", "would", "will", "is", "was", "has", "had"):
        return True
    return word.isalpha() and word.endswith(("ly", "ed")) and len(word) > 4


def _indefinite_system(view: SentenceView, quantity: Located, nc: NumberCues, cues: ClaimCues) -> bool:
    """Whether the number's clause opens with an indefinite system of no name ("For the high-density ALS
    dataset, a point transformer model provided the best performance reaching 87.9%", "on Neu3D, a
    geometry-only variant reaches 0.902 mIoU"): "a"/"an", at most four words and a singular class noun
    (:func:`_class_noun`) before a word that opens a predicate (:func:`_verb_like`), at a clause opening
    (sentence start, a comma, ``class_clause_starts`` or ``contrast_openers``), with no Model or Method
    named in it or between it and the number, no word of the paper's own (``own_markers``) and no clause
    break (";", "while") between. Such a system is not the claim's subject: the paper calls its own
    "our"/"the proposed" one. Not an apposition ("PaddleOCR-VL-1.5, an upgraded model achieving 94.5%",
    "our model, a point transformer model, reaches"), not "a ResNet-18 classification model" (named), not
    after a system credited before it ("Using FooNet, a 7B model achieves": :func:`_system_credited_before`).
    """
    words = view.words
    actors = [e for e in view.entities if e.label in _ACTORS]
    for k in range(quantity.first - 1, max(-1, quantity.first - 26), -1):
        w = words[k]
        if w in (";", ".") or w in nc.contrast_openers or w in nc.own_markers:
            return False
        if any(e.first <= k <= e.last for e in actors):
            return False
        if w not in ("a", "an"):
            continue
        opening = k == 0 or words[k - 1] in (",", *nc.class_clause_starts, *nc.contrast_openers)
        if not opening:
            continue
        head = next((j for j in range(k + 1, min(k + 6, quantity.first)) if _class_noun(words[j], nc)), None)
        if head is None:
            continue  # "with a training set of 5000 segments and 92.0%": no system
        if words[head].endswith("s") or any(x in (",", "of", "and") for x in words[k + 1 : head]):
            return False
        if head + 1 >= len(words) or not _verb_like(words[head + 1], cues):
            continue  # "from 0.195 with a base model supervisor to 0.732", "our model, a point transformer model,"
        if k >= 2 and words[k - 1] == "," and _names_before(view, k - 2):
            return False
        return not _system_credited_before(view, k, nc)
    return False


def _component_subject(
    view: SentenceView, quantity: Located, nc: NumberCues, cues: ClaimCues, metrics: frozenset[int]
) -> Located | None:
    """The part of a system a number's finite verb has as its subject, when that subject is a lowercase noun
    phrase with no name and no class noun that opens its clause ("..., while adversarial review achieves 74%
    precision", "and our automated fail2pass validation reaches a precision of 0.92", "Our best
    configuration achieves 99.40%"): the score is that component's or setting's, not the whole system's (the
    paper's method shown as the claim's subject).

    The phrase runs back from the verb (over hedges and adverbs) to a determiner or a possessive
    (``noun_leads``, ``own_markers``) at most six words back, or stops before a function word. The word
    before it opens a clause (sentence start, punctuation, "and", "that", "while": not "evaluation under
    the same protocol yields"); after "and" the phrase opens with a determiner or a possessive (not "with
    new data and model design reaches"). None when its head is a class noun ("our method", "the model":
    :func:`_class_noun`), a pronoun ("it"), a result noun ("Our experiments achieved"), a task the system
    performs (``performed_task_nouns``: "Next frame prediction achieves"), a metric or in an entity; when a
    word is capitalised past the sentence's first word (a name no entity covers); when the phrase is the
    paper's own (``own_phrase_words``: "the proposed fusion", "this methodology"; "our" before a
    ``self_heads`` noun: "our strong baseline"); for a participle ("..., achieving 92%") and for "scores"
    ("notable scores of 43.1%": a noun)."""
    words = view.words
    verb = _number_verb(words, quantity, cues, metrics, nc.noun_leads)
    if verb is None or words[verb].endswith(("ing", "ly")) or words[verb] in nc.score_nouns:
        return None
    head = verb - 1
    while head >= 0 and (words[head] in nc.hedge_words or _list_adverb(words[head])):
        head -= 1
    if head < 0 or _class_noun(words[head], nc) or head in metrics:
        return None
    if words[head] in cues.self_pronouns or words[head] in cues.result_nouns or words[head] in nc.performed_task_nouns:
        return None
    first = None
    for k in range(head, max(-1, head - 6), -1):
        w = words[k]
        if w in nc.noun_leads or w in nc.own_markers:
            first = k if k < head else None
            break
        if w in nc.non_qualifiers or w in nc.relative_pronouns or not w.replace("-", "").isalnum():
            first = k + 1 if k < head else None
            break
        if k == 0:
            first = 0
    if first is None or (first > 0 and not _opens_clause(words[first - 1], nc)):
        return None
    if first > 0 and words[first - 1] == "and" and words[first] not in nc.noun_leads | nc.own_markers:
        return None  # "our strong baseline with the new data and model design reaches": one noun phrase
    if any(e.first <= head and e.last >= first for e in view.entities):
        return None
    phrase = words[first : head + 1]
    if not nc.own_phrase_words.isdisjoint(phrase):
        return None  # "the proposed prior-guided fusion achieves", "this innovative methodology achieved"
    if "our" in phrase and words[head] in cues.self_heads:
        return None  # "our strong baseline ... design reaches": the paper's system
    for k in range(first, head + 1):
        text = _word_text(view, k)
        if any(c.isupper() for c in (text[1:] if k == 0 else text)) or k in metrics:
            return None
    return _words_located(view, first, head)


def _opens_clause(word: str, nc: NumberCues) -> bool:
    """Whether a noun phrase after ``word`` opens a clause: after punctuation, "and", "but", a contrast
    opener ("while") or a relative pronoun ("that")."""
    return word in (",", ";", ":", "(", "and", "but") or word in nc.contrast_openers or word in nc.relative_pronouns


def _actor_before_contrast(view: SentenceView, quantity: Located, subject: Span, nc: NumberCues) -> Located | None:
    """When the claim's subject is named only after the number, in a clause that a contrast opener starts
    ("Key results show Pixtral as the top performer with an F1-score of 0.71 and 83% recall, while Gemini
    models gained precision"), the number is not the subject's: the Model or Method named last before it in
    its clause (no ";" or contrast opener between) is its owner. None when the subject is named before the
    number or no contrast opener stands between the number and the subject."""
    words, key = view.words, subject.text.lower()
    mentions = [e for e in view.entities if e.label in _ACTORS and e.span.text.lower() == key]
    if not mentions or any(e.first <= quantity.first for e in mentions):
        return None
    later = min(e.first for e in mentions)
    if nc.contrast_openers.isdisjoint(words[quantity.last + 1 : later]):
        return None
    owner = max(
        (e for e in view.entities if e.label in _ACTORS and e.last < quantity.first), default=None, key=lambda e: e.last
    )
    if owner is None:
        return None
    between = words[owner.last + 1 : quantity.first]
    return None if ";" in between or not nc.contrast_openers.isdisjoint(between) else owner


def _system_credited_before(view: SentenceView, first: int, nc: NumberCues) -> bool:
    """Whether a Model or Method after a qualifier opener ("with", "using", ...: ``qualifier_openers``)
    stands before word ``first`` in its clause: "With OREAL, for the first time, a 7B model can obtain 94.0
    pass@1": the system's result is the named one's."""
    words = view.words
    start = max((k for k in range(first) if words[k] in (";", ".")), default=-1) + 1
    return any(
        start < e.first < first and words[e.first - 1] in nc.qualifier_openers
        for e in view.entities
        if e.label in _ACTORS
    )


def _names_before(view: SentenceView, last: int) -> bool:
    """Whether word ``last`` ends a name: an entity's last word or a capitalised word ("PaddleOCR-VL-1.5")."""
    if any(e.last == last for e in view.entities):
        return True
    return any(c.isupper() for c in _word_text(view, last))


def _bracketed_clause_subject(view: SentenceView, quantity: Located, nc: NumberCues) -> tuple[int, int, int] | None:
    """For a number in brackets that close a clause with no verb of scoring ("we find that all systems
    collapse on dependency reasoning (Cascade: 3%, Absence: 1% in average accuracy)"): the clause's opening
    words up to its class noun, as (first word, end, class noun), when a class noun is among its first four
    words after no comparison word, and no Model or Method and no word of the paper's own stands between it
    and the brackets ("compared to previous methods, ObjFiller-3D produces ... (PSNR of 26.6 vs. ...)", "the
    proposed method achieved ... (MAE: 156.28)"); None otherwise. The bracket opens at most eight words
    before the number."""
    words = view.words
    bracket = next((k for k in range(quantity.first - 1, max(-1, quantity.first - 9), -1) if words[k] == "("), None)
    if bracket is None or ")" in words[bracket : quantity.first]:
        return None
    start = _clause_opening(words, bracket, nc)
    head = next((k for k in range(start, min(bracket, start + 4)) if _class_noun(words[k], nc)), None)
    if head is None:
        return None
    compared = nc.baseline_markers | nc.outperform_words
    if any(w in compared for w in words[start:head]) or any(w in nc.own_markers for w in words[start:bracket]):
        return None
    if any(head < e.first < bracket for e in view.entities if e.label in _ACTORS):
        return None
    return start, head + 1, head


def _number_verb(
    words: tuple[str, ...],
    quantity: Located,
    cues: ClaimCues,
    metrics: frozenset[int],
    noun_leads: frozenset[str] = _NOUN_LEADS,
) -> int | None:
    """The verb that gives the number its clause ("achieves", "delivered", "perform"), at most eleven words
    before it with no ";", ":" or "." between; not a noun: a metric's word ("the F1 score of 0.56") or a word
    after a determiner ("a Mean Opinion Score (MOS) of 1.86"; ``noun_leads``, by default also a split word:
    "the test set"). None when there is none."""
    for k in range(quantity.first - 1, max(-1, quantity.first - 12), -1):
        if words[k] not in cues.achieve_cues and words[k] not in cues.perform_verbs:
            continue
        if k in metrics or k - 1 in metrics or (k > 0 and words[k - 1] in noun_leads):
            continue
        return None if any(w in (";", ":", ".") for w in words[k : quantity.first]) else k
    return None


def _participle_phrase(words: tuple[str, ...], verb: int, nc: NumberCues) -> tuple[int, int, int | None] | None:
    """For a participle after a comma ("zero-shot multilingual baselines ... fail ..., achieving a MOS of
    1.86"): the clause before the comma as (first word, the comma, its class noun among its first six words
    or None); None for any other verb."""
    comma = verb - 1
    if comma < 0 or words[comma] != "," or not words[verb].endswith("ing"):
        return None
    start = _clause_opening(words, comma, nc)
    head = next((k for k in range(start, min(comma, start + 6)) if _class_noun(words[k], nc)), None)
    return start, comma, head


def _subject_phrase(view: SentenceView, verb: int, nc: NumberCues) -> tuple[int, int, int | None] | None:
    """The words before the verb, across hedges ("only") and an aside set in commas ("the best-performing
    model, when directly answering ..., achieves"), as (first word, end, the class noun that ends them or
    None); None when a Model or Method is named in that aside ("The leading approach, X-TFCLIP from UAM,
    attained": a named owner)."""
    words = view.words
    end = verb - 1
    while end >= 0 and (words[end] in nc.hedge_words or _list_adverb(words[end])):
        end -= 1
    if end >= 0 and words[end] == ",":
        comma = next((k for k in range(end - 1, max(-1, end - 12), -1) if words[k] == ","), None)
        if comma is None or any(comma < e.first < end for e in view.entities if e.label in _ACTORS):
            return None
        end = comma - 1
    start = _clause_opening(words, end + 1, nc)
    head = end if end >= 0 and _class_noun(words[end], nc) else None
    return start, end + 1, head


def _others_class(view: SentenceView, start: int, stop: int, head: int | None, nc: NumberCues, cues: ClaimCues) -> bool:
    """Whether words ``start`` to ``stop`` (excluded), with the class noun at ``head``, name a class of
    others' models: a plural class noun or a superlative (``superlatives``) one, no word of the paper's own
    and no Model or Method name. A plural after "the" is another's only when ranked or called current,
    existing, prior ("even the current frontier models perform poorly (~40% accuracy)"): "the detection
    models achieved 93.6% mAP" are the paper's, as are "Our best model achieves" and "The proposed model
    outperformed the others, achieving"."""
    words = view.words
    phrase = words[start:stop]
    if head is None or not phrase or not nc.own_markers.isdisjoint(phrase):
        return False  # "our best model", "the resulting models": the paper's
    if any(start <= e.first and e.last < stop for e in view.entities if e.label in _ACTORS):
        return False  # a name in the phrase: the owner rules decide
    noun, modifiers = words[head], words[start:head]
    plural = noun.endswith("s") and (noun in nc.compared_class_nouns or noun in nc.baseline_nouns)
    ranked = not nc.superlative_modifiers.isdisjoint(modifiers)
    if plural and "the" in modifiers and not ranked and cues.background_cues.isdisjoint(modifiers):
        return False  # "the license plate detection and character recognition models achieved": the paper's
    return plural or ranked


def _clause_opening(words: tuple[str, ...], end: int, nc: NumberCues) -> int:
    """The first word of the clause that ends before word ``end``: after a word of ``class_clause_starts``
    ("that", ";", ":", "with", "(") or ``contrast_openers`` ("while"), at most twenty words back."""
    for k in range(end - 1, max(-1, end - 21), -1):
        if words[k] in nc.class_clause_starts or words[k] in nc.contrast_openers:
            return k + 1
    return max(0, end - 20)


def _class_noun(word: str, nc: NumberCues) -> bool:
    """A noun that names a class of systems, singular or plural: "model", "classifiers", "baselines"."""
    return (
        word in nc.own_nouns
        or word in nc.compared_class_nouns
        or word + "s" in nc.compared_class_nouns
        or word in nc.baseline_nouns
    )


def _contrast_clause_actor(view: SentenceView, quantity: Located, nc: NumberCues) -> tuple[bool, Located | None]:
    """Who opens the contrast clause the number stands in, like :func:`_owner`: (True, name) for a Model or
    Method ("VGG achieves 66.94%, while DnCNN improves the PSNR value from 20.17 to 22.63": DnCNN), (True,
    None) for an unnamed model not the paper's ("..., while the transformer model reduced the CER to 1.79%"),
    else (False, None) ("while our method ...", no contrast clause)."""
    words = view.words
    k = quantity.first - 1
    while k >= 0 and words[k] not in nc.contrast_openers:
        if words[k] in (";", ".") or quantity.first - k > BEFORE:
            return False, None
        k -= 1
    if k < 0:
        return False, None
    start = k + 1 + (k + 1 < len(words) and words[k + 1] in ("the", "a", "an"))
    named = next((e for e in view.entities if e.first == start and e.label in _ACTORS), None)
    if named is not None and named.last < quantity.first:
        return True, named
    opening = words[k + 1 : min(quantity.first, start + 3)]
    unnamed = start > k + 1 and any(w in nc.own_nouns for w in opening) and "proposed" not in opening
    return unnamed, None


def _compared_before(words: tuple[str, ...], comma: int, nc: NumberCues, ends: dict[int, Located]) -> bool:
    """Whether a comparison word ("outperforming", "compared to") opens the phrase that ends at ``comma``
    (at most six words back, within the clause, no name we know, not "our ...")."""
    for k in range(comma - 1, max(-1, comma - 7), -1):
        w = words[k]
        if k in ends or w in (",", ";", ".", ":", "our", "we", "by") or w in nc.bracket_clause_breaks:
            return False
        if w in nc.outperform_words or w in nc.baseline_markers:
            return True
    return False


def _baseline_noun_before(words: tuple[str, ...], i: int, nc: NumberCues) -> bool:
    """Whether a baseline noun, alone or before a class noun, stands right before word ``i``: "the
    baseline which", "the baseline model that", "the baselines, which"."""
    k = i - 1 - (i > 0 and words[i - 1] == ",")
    if k >= 0 and (words[k] in nc.own_nouns or words[k] in nc.compared_class_nouns):
        k -= 1
    return k >= 0 and words[k] in nc.baseline_nouns


def _unknown_names(view: SentenceView, nc: NumberCues) -> frozenset[int]:
    """Words that look like a name no entity covers: one word outside every entity with two capitals, or
    a capital after its first letter ("UCAN-L", "VibrantVS", "OWL-T", "BigCodec", "RFAS"); not after a
    place word ("on XYZ (92.7%)") nor before a dataset noun ("the XYZ benchmark"), where it names data."""
    numbers = {k for q in view.quantities for k in range(q.first, q.last + 1)}
    covered = numbers | {k for e in view.entities for k in range(e.first, e.last + 1)}
    words, found = view.words, set()
    for i in range(len(words)):
        if i in covered or (i and words[i - 1] in nc.place_words):
            continue
        if i and words[i - 1] in _LIST_JOINERS and not nc.place_words.isdisjoint(words[max(0, i - 8) : i]):
            continue  # "On NVOS (92.7%) and XYZ (95.2%)": a list of places
        if i + 1 < len(words) and (words[i + 1] in nc.dataset_nouns or words[i + 1] in (":", "=", "of", "score")):
            continue  # "the XYZ benchmark"; "MCC: 0.83", "a test HSS of 0.575" label a number with a measure
        if i - 1 in numbers:
            continue  # "0.21 rFID": the word after a number is its unit or measure
        if words[i] in nc.neutral_modifiers or words[i] in nc.non_qualifiers:
            continue  # "a SOTA 47.3% J&F"
        text = _word_text(view, i)
        if not text[:1].isalpha() or "$" in text or "\\" in text:  # not "8B" (a size after a name)
            continue
        if sum(c.isupper() for c in text) >= 2 or any(c.isupper() for c in text[1:]):
            found.add(i)
    return frozenset(found)


def _word_text(view: SentenceView, i: int) -> str:
    """The text of word ``i`` as written (all its tokens)."""
    return span_text(_word_span(view, i))


def _word_span(view: SentenceView, i: int) -> Span:
    end = view.starts[i + 1] if i + 1 < len(view.starts) else view.sentence.end
    return view.sentence.doc[view.starts[i] : end]


def _word_located(view: SentenceView, i: int) -> Located:
    """Word ``i`` as a located name with no entity label (an unrecognised name)."""
    span = _word_span(view, i)
    return Located(span=span, first=i, last=i, key=span_text(span).lower(), label="")


def _in_number_list(words: tuple[str, ...], quantity: Located, numbers: frozenset[int]) -> bool:
    """Whether a list joiner links the number to another number right before or after it."""
    after, before = quantity.last + 1, quantity.first - 1
    if after + 1 < len(words) and words[after] in _LIST_JOINERS:
        nxt = after + 1 + (words[after] == "," and words[after + 1] in ("and", "or"))
        if nxt in numbers:
            return True
    return before >= 1 and words[before] in _LIST_JOINERS and (before - 1 in numbers or before - 2 in numbers)


def _apposition_start(
    words: tuple[str, ...], comma: int, ends: dict[int, Located], unknown: frozenset[int] = frozenset()
) -> int:
    """The comma after a name (or an unrecognised name, ``unknown``) that opens an apposition ending at
    ``comma`` ("BigCodec, the current SOTA codec, which"), else ``comma``."""
    if comma - 1 in ends or comma - 1 in unknown:
        return comma
    for k in range(comma - 1, max(0, comma - 10), -1):
        w = words[k]
        if w == "," and (k - 1 in ends or k - 1 in unknown) and k + 1 < comma and words[k + 1] in ("the", "a", "an"):
            return k
        if w in (",", ";", ":", "(", ")", "and", "or") or w[:1].isdigit():
            break
    return comma


def _name_list(view: SentenceView, name: Located) -> list[Located | None]:
    """The coordinated Model or Method names ``name`` ends: "GPTZero, Claude and GPT-4o", "A and B"
    (the names in order; ``[name]`` alone when it stands in no list). A member we do not know as a name
    holds its place as None: one word between two list commas ("o3-mini, o1, and DeepSeek-R1"), or up to
    three name words after a list comma or opening the list ("found that GPTZero, Claude Opus-4.6, and
    GPT-5.5")."""
    words, openers = view.words, number_cues().name_list_openers
    ends = {e.last: e for e in view.entities if e.label in _ACTORS}
    chain: list[Located | None] = [name]
    i = name.first - 1
    while i >= 1 and words[i] in _LIST_JOINERS:
        before = i - 1
        if words[i] in ("and", "or", "&") and words[before] == ",":
            before -= 1  # "A, B, and C"
        if before in ends:
            chain.insert(0, ends[before])
            i = ends[before].first - 1
            continue
        if before >= 2 and words[before - 1] == "," and before - 2 in ends and _unknown_member(view, before):
            chain.insert(0, None)  # "o3-mini, o1, and DeepSeek-R1": "o1" is a member we cannot name
            i = before - 1
            continue
        first = _name_group(view, before)
        if first is not None and first >= 2 and (words[first - 1] == "," or words[first - 1] in openers):
            chain.insert(0, None)  # "GPTZero, Claude Opus-4.6, and GPT-5.5": members we cannot name
            i = first - 1
            continue
        break
    return chain


def _glossed_name_list(view: SentenceView, before: int) -> list[Located | None]:
    """The list of two or more Model or Method names that ends right before word ``before`` (across the
    words that link a name to its number: "achieve", "achieving", ",", "only"), each name optionally
    glossed in brackets: "Mamba (state-space), RWKV-4 (linear attention), and RecurrentGemma (gated
    recurrence), achieving ..."; "models (e.g., GPT-5 and Qwen3-VL) achieve ...". A member we do not know
    as a name holds its place as None ("RWKV-4"); at least one member is named. Empty when there is none."""
    words, nc = view.words, number_cues()
    ends = {e.last: e for e in view.entities if e.label in _ACTORS}
    covered = {i for e in view.entities for i in range(e.first, e.last + 1)}
    k = before - 1
    while k >= 0 and (words[k] in nc.owner_links or words[k] == ",") and words[k] not in ("(", "of", "with"):
        k -= 1  # "..., achieving", "achieve only"
    chain: list[Located | None] = []
    while k >= 0:
        if words[k] == ")":
            opening = _opening_bracket(words, k)
            if opening is None:
                break
            glossed = opening - 1 in ends or (opening - 1 not in covered and _unknown_member(view, opening - 1))
            k = opening - 1 if glossed else k - 1  # a gloss after a name, or the bracket that holds the list
        if k in ends:
            chain.insert(0, ends[k])
            k = ends[k].first - 1
        elif k >= 0 and k not in covered and _unknown_member(view, k):
            chain.insert(0, None)
            k -= 1
        else:
            break
        joiners = 0
        while k >= 0 and words[k] in _LIST_JOINERS:
            k, joiners = k - 1, joiners + 1
        if not joiners:
            break
    return chain if len(chain) >= 2 and any(c is not None for c in chain) else []


def _respective_names(view: SentenceView, before: int, count: int) -> list[Located | None]:
    """The one list of ``count`` Model or Method names before word ``before`` that "respectively" pairs
    with a list of as many numbers ("GPT-4o and Gemini 1.5 Pro outperformed alternatives and displayed
    promising BERTScore of 0.906 and 0.888 respectively"); empty without "respectively", when no list or
    several lists of that length stand there, when as many datasets do (the numbers are then per
    dataset), or when the list is what the sentence compares with ("outperforms current CNN and ViT-based
    models with a mean Dice score of 0.624 and 0.883 respectively": the numbers are the paper's)."""
    if "respectively" not in view.present or count < 2:
        return []
    if sum(e.label == "Dataset" for e in view.entities) == count:
        return []
    nc, words = number_cues(), view.words
    markers = nc.outperform_words | nc.baseline_markers | nc.than_comparatives
    lists = []
    for e in view.entities:
        if e.label in _ACTORS and e.last < before:
            chain = _name_list(view, e)
            if len(chain) == count and all(c is not None for c in chain):
                lists.append(chain)
    if len(lists) != 1 or not markers.isdisjoint(words[max(0, lists[0][0].first - 3) : lists[0][0].first]):
        return []  # "our method outperforms current CNN and ViT-based models with a Dice of 0.624 and 0.883"
    return lists[0]


def _opening_bracket(words: tuple[str, ...], close: int) -> int | None:
    """The "(" that the ")" at word ``close`` closes, at most eight words back, or None."""
    for k in range(close - 1, max(-1, close - 9), -1):
        if words[k] == ")":
            return None
        if words[k] == "(":
            return k
    return None


def _name_group(view: SentenceView, last: int) -> int | None:
    """The first word of a run of one to three name words (:func:`_name_word`) ending at word ``last``
    ("Claude Opus-4.6"), or None."""
    first = last
    while first >= 0 and last - first < 3 and _name_word(view, first):
        first -= 1
    return first + 1 if first < last else None


def _unknown_member(view: SentenceView, i: int) -> bool:
    """Whether word ``i`` can be an unrecognised name in a list of names: one word holding a digit or a
    capital ("o1", "Gemini"), no function word."""
    word = _original(view, i)
    return (
        word[:1].isalnum()
        and any(c.isdigit() or c.isupper() for c in word)
        and view.words[i] not in number_cues().non_qualifiers
    )


def _owner_role(
    view: SentenceView,
    owner: Located | None,
    role: str,
    model: Located | None,
    subject: Span | None,
    baselines: tuple[Located, ...],
    owners: list[Located],
    peers: list[Located] | None = None,
) -> tuple[str, Located | None]:
    """The role and model of a number tied to ``owner`` (see :func:`_owner`). ``peers``: the list of names
    ``owner`` was picked from by position ("A, B and C achieve 61%, 70% and 75%"); when the claim's subject
    is one of them, each number is its own name's score."""
    if owner is None:
        return "baseline", None  # a person's or chance's number
    if any(owner.span == b.span for b in baselines):
        return "baseline", owner
    ctx = view.sentence.doc.user_data.get(CONTEXT_CACHE)
    proposed = ctx is not None and ctx.is_proposed(owner)
    own = proposed or _ours(view.words, (peers or [owner])[0].first)
    if not owner.label:  # an unrecognised name: the paper's own name, a variant of it ("UCAN-L") or another's
        if proposed or (subject is not None and owner.key == span_text(subject).lower()):
            return role, None  # the paper's own name: the claim's subject
        if not own and not _variant_of_own(owner.key, subject, ctx) and subject is not None:
            if subject.label_ in _ACTORS:
                return "baseline", owner
        return role, owner  # shown without the claim's subject: the leaderboard finds no entity of that name
    if subject is not None:
        key = span_text(subject).lower()
        # the subject itself, or a sized variant of it ("OpenSWE-32B and OpenSWE-72B" of OpenSWE)
        own = own or any(p.span == subject or p.key in (key, *_variants(p.key, key)) for p in peers or [owner])
        other = subject.label_ in _ACTORS and not own
    else:
        keys = {p.key for p in peers or [owner]}
        rivals = [o for o in owners if o.key not in keys]
        other = not own and (
            bool(rivals)
            or (ctx is not None and any(e.label in _ACTORS and ctx.is_proposed(e) for e in view.entities))
            or _speaks_of_own(view, owner)
        )
    owners.append(owner)
    if other:
        return "baseline", owner
    return role, owner


def _variant_of_own(key: str, subject: Span | None, ctx) -> bool:
    """Whether an unrecognised name is the paper's own name or a variant glued to it by a hyphen ("ucan-l"
    of the proposed UCAN, "owl-t" of OWL)."""
    keys = set(ctx.keys) if ctx is not None else set()
    if subject is not None:
        keys.add(span_text(subject).lower())
        keys.add("".join(w[:1] for w in re.split(r"[\s-]+", span_text(subject).lower()) if w))  # its initials
    base = key.split("-", 1)[0]
    return any(k in keys for k in (key, base)) or (ctx is not None and key.replace("-", "") in ctx.spelled)


def _own_apposition(words: tuple[str, ...], first: int) -> bool:
    """Whether the name at word ``first`` is set in apposition to "our <noun>": "our model, X, ..."."""
    return first >= 3 and words[first - 1] == "," and words[first - 3] == "our" and words[first - 2] in _OWN_NOUNS


def _ours(words: tuple[str, ...], first: int) -> bool:
    """Whether a word of the paper's own (``own_markers``: "our", "proposed", "resulting") stands right before
    word ``first``, or "our" before one participle there ("our fine-tuned Qwen2.5-VL"), or the name is in
    apposition to "our <noun>" ("our model, X,")."""
    if first > 0 and words[first - 1] in number_cues().own_markers:
        return True
    if _own_apposition(words, first):
        return True
    return first > 1 and words[first - 1].endswith("ed") and words[first - 2] == "our"


def _variants(name: str, subject: str) -> tuple[str, ...]:
    """``name`` when it is the subject's name with a size or version glued by a hyphen ("openswe-32b" of
    "openswe"), else nothing."""
    if name.startswith(subject + "-") and any(c.isdigit() for c in name[len(subject) + 1 :]):
        return (name,)
    return ()


def _speaks_of_own(view: SentenceView, owner: Located) -> bool:
    """Whether the sentence names the paper's own entity before ``owner`` ("our method", "our FooNet")."""
    nc, words = number_cues(), view.words
    starts = {e.first for e in view.entities if e.label in _ACTORS}
    for i in range(min(owner.first, len(words) - 1)):
        if words[i] == "our" and (
            i + 1 in starts or words[i + 1] in nc.own_nouns or (i + 2 < owner.first and words[i + 2] in nc.own_nouns)
        ):
            return True
    return False


def comparisons(
    view: SentenceView, baselines: tuple[Located, ...], cues: ClaimCues, subject: Span | None = None
) -> tuple[ComparisonMatch, ...]:
    """One :class:`ComparisonMatch` per number of the sentence (see module doc).

    ``subject`` is the claim's subject when known: a number the sentence ties
    to another Model or Method is that one's, a baseline's score.
    """
    nc = number_cues()
    quantities = view.quantities
    metrics = metric_mentions(view, cues)
    bound = _bind_metrics(view, metrics, nc)
    places = _Places(
        numbers=frozenset(i for q in quantities for i in range(q.first, q.last + 1)),
        metrics=frozenset(i for m in metrics for i in range(m.first, m.last + 1)),
        datasets=frozenset(i for e in view.entities if e.label == "Dataset" for i in range(e.first, e.last + 1)),
    )
    owners: list[Located] = []  # the names earlier numbers of the sentence were tied to
    unknown: frozenset[int] | None = None  # words that look like names no entity covers
    datasets = [e for e in view.entities if e.label == "Dataset"]
    pairs = _from_to(view, quantities, nc, places.metrics)
    from_to = {quantities[k].span for k in pairs}
    words = view.words
    found = []
    previous: tuple[Located, str] | None = None
    ablated = _ablation(words, nc)
    for index, quantity in enumerate(quantities):
        match = getattr(quantity.span._, "quantity", None)
        unit = getattr(match, "unit", None)
        heading = direction(view, quantity, cues)
        listed = previous is not None and previous[0].last >= quantity.first - 3
        if heading == "unknown" and listed:
            heading = previous[1]  # "by 13.4% and 9.8%", "2x to 5x"
        previous = (quantity, heading)
        metric, how = bound[index]
        role = _size_or_cost(match, nc)
        model: Located | None = None
        if role is None:
            named = _entity_before(view, quantity, ("Model", "Method"))
            marker = _marker_before(words, quantity.first, nc)
            is_baseline = named is not None and any(named.span == b.span for b in baselines)
            bracketed, compared = _bracketed_baseline(view, quantity, nc)
            versus = quantity.last + 1 < len(words) and words[quantity.last + 1] in nc.versus_words
            if versus:  # "(35.5 vs 29.6)": the first number is the subject's
                is_baseline = bracketed = marker = False
            if _is_statistic(view, quantity, nc):
                role, metric = None, None  # "P<0.001", "OR 3.14", "95% CI"
            elif _is_fraction(view, quantity, nc, unit) or (unit == "%" and _after_share_verb(words, quantity, nc)):
                role, metric = None, None  # "retains 99% of accuracy", "retaining up to 95.4% mIoU": a share
            elif index in pairs:
                role = pairs[index]
                if role == "score" and _is_bound(view, quantity, nc):
                    role = None  # "F1 improves from 0.66 to over 0.80"
            elif (
                _is_change(view, quantity, unit, cues)
                or _change_after_metric(view, quantity, metric, how)
                or _unknown_then_change(view, quantity)
                or _bracket_then_change(view, quantity, places.metrics)
                or _comparative_after(view, quantity, places, nc)
                or _bracket_after_change(view, quantity, found, quantities[index - 1] if index else None)
                or heading == "within"
                or (
                    found
                    and found[-1].role == "change"
                    and found[-1].quantity == quantities[index - 1].span
                    and (listed or _list_goes_on(view, quantities[index - 1], quantity, places))
                )
            ):
                role = "change"
            elif _is_bound(view, quantity, nc) or _negated(view, quantity, nc):
                role = None  # "over 80%", "no model reaches 60%": a bound, no score
            elif unit == "%" and _relative_to(view, quantity, metric, how):
                role, metric = None, None  # "90% SSIM relative to the full-precision model": a ratio
            elif is_baseline or marker or bracketed or _compared_clause(words, quantity.first, nc):
                role = "baseline"
                model = named or compared
            elif versus:
                role = "score"
            elif _is_year(match) and metric is None:
                role = None
            elif _is_setting(view, quantity, metric, how, nc, metrics):
                role, metric = None, None  # "at 0.7 IoU threshold": a setting, no score
            elif (
                metric is not None
                or unit in ("%", "points")
                or (match is not None and not float(match.value).is_integer())
            ):
                role = "score"
                model = named
            if role in ("score", "baseline") and not versus:
                if unknown is None:
                    unknown = _unknown_names(view, nc)  # once per sentence, when a number needs an owner
                tied, owner = _owner(view, quantity, metric, how, nc, places, unknown)
                if not tied:
                    tied, owner = _contrast_clause_actor(view, quantity, nc)
                glossed: list[Located | None] = []
                if not tied:
                    # "to Mamba (state-space), RWKV-4 (...), and RecurrentGemma (...), achieving 0.963, 0.972, and
                    # 0.936 AUC respectively": a list of names glossed in brackets, one number each
                    start, end = _number_run(words, quantities, index, places.metrics)
                    glossed = _glossed_name_list(view, quantities[start].first) if end > start else []
                    if len(glossed) != end - start + 1:
                        glossed = _respective_names(view, quantities[start].first, end - start + 1)
                    if len(glossed) == end - start + 1:
                        tied, owner = True, next(g for g in reversed(glossed) if g is not None)
                    else:
                        glossed = []
                peers = glossed or (_name_list(view, owner) if tied and owner is not None else [])
                if len(peers) > 1:  # "A, B and C achieve 61%, 70% and 75%": by position, or none
                    start, end = _number_run(words, quantities, index, places.metrics)
                    owner = _by_position(peers, start, end, index)
                    if owner is None and len(peers) == end - start + 1:
                        tied, role, model = False, "baseline", None  # the score of a member we cannot name
                    elif owner is None:
                        tied, model = False, None
                    peers = [p for p in peers if p is not None]
                if tied:
                    role, model = _owner_role(view, owner, role, model, subject, baselines, owners, peers)
        if (
            role == "score"
            and getattr(match, "high", None) is not None
            and " to " in _written(quantity)
            and (heading in ("increase", "decrease") or _scaled_before(words, quantity.first, nc))
        ):
            role = "change"  # "triple X's accuracy (32.5% to 89.5%)", "from a to b on A and c to d on B"
        if role == "score":
            model = (
                _variant_owner(view, quantities, index, model, subject, places, nc)
                or _qualified_base(view, quantity, model, subject, nc, cues)
                or model
            )
        named_subject = subject is not None and subject.label_ in _ACTORS
        if (
            role == "score"
            and model is None
            and _unnamed_rival(view, quantity, nc, cues, places.metrics, named_subject)
        ):
            role = "baseline"  # "lightweight detectors delivered (up to 77% mAP)": a class of others' models
        if role == "score" and model is None and named_subject and _indefinite_system(view, quantity, nc, cues):
            role = "baseline"  # "a point transformer model provided the best performance reaching 87.9%"
        if role == "score" and model is None:
            model = _component_subject(view, quantity, nc, cues, places.metrics)  # "adversarial review achieves 74%"
        if role == "score" and model is None and named_subject:
            model = _actor_before_contrast(view, quantity, subject, nc)  # "X ... 0.71 F1, while <subject> ..."
        if role == "score" and ablated and model is None:
            role = "baseline"  # "Removing X drops accuracy to 17.91%": an ablated variant's score
        if role == "size" or (role in ("cost", "change") and how == "list" and (unit == "x" or role == "cost")):
            metric = None
        if role in ("score", "baseline") and metric is not None and _cost_ratio(metric, nc):
            role = "cost"  # "a 4.71% compression ratio": a setting or cost of the method, no score
        if role == "score" and unit == "%" and metric is not None and not _score_metric(metric, nc):
            role = "change"  # "we reduce 40% FLOPs", "0.1% FLOPs overhead": a share of a cost, no score
        elif role in ("score", "baseline") and metric is not None and _cost_metric(metric, nc):
            role = "cost"  # "reducing FLOPs from 8.21 G to 1.55 G", "a step latency of 0.367 s": a cost, no score
        if metric is not None and _metric_family(words, metric):
            metric = None  # "BLEU 1--4 (0.825, 0.788, ...)", "BLEU-1 to BLEU-4 of ...": one number per order
        if role == "score" and metric is not None and metric.info is not None and metric.info.percent:
            if unit in PHYSICAL_UNITS:
                metric = None  # "an average accuracy of 1.08 m": a length, not the accuracy score
        if role == "score" and metric is not None and _foreign_label(span_text(quantity.span)):
            metric = None  # "Spearman rho=0.97, R^2=0.95": the number is R^2's
        if role == "cost" and metric is not None and nc.cost_words.isdisjoint(metric.span.text.lower().split()):
            metric = None  # "86.16% F1 at 120 ms": the time is no F1
        if role == "change" and unit == "x" and metric is not None and metric.info is not None and metric.info.percent:
            metric = None  # "3x" of accuracy: a speed-up, not accuracy
        metric_span = None if metric is None else metric.span
        info = None if metric is None else metric.info
        baseline = None
        if baselines and (heading != "unknown" or role == "baseline"):
            baseline = min(baselines, key=lambda b: abs(b.first - quantity.first)).span
        if role == "baseline" and model is None and baseline is not None and not _class_bracket(view, quantity, nc):
            model = next(b for b in baselines if b.span == baseline)
        dataset = (
            None
            if role in ("size", "cost", None)
            else _dataset_for(view, quantities, index, datasets, places.metrics, cues)
        )
        if heading == "unknown" and metric_span is None and role is None:
            continue
        found.append(
            ComparisonMatch(
                quantity=quantity.span,
                metric=metric_span,
                direction=heading,
                relative=role not in ("score", "baseline") and is_relative(view, quantity, heading, info, cues),
                higher_is_better=None if info is None else info.higher_is_better,
                baseline=baseline,
                role=role,
                dataset=dataset,
                model=None if model is None else model.span,
            )
        )
    for k, (a, b) in enumerate(zip(found, found[1:], strict=False)):  # "improves F1 from 0.420 (CT-Agent) to 0.480"
        paired = a.quantity in from_to and b.quantity in from_to  # not "accuracy (83% vs. 79%), clarity (75% ..."
        unit_a, unit_b = (getattr(getattr(x.quantity._, "quantity", None), "unit", None) for x in (a, b))
        paired = paired and unit_a == unit_b  # not "from 34.66 dB / 0.9234 SSIM to 38.913 dB / 0.971 SSIM"
        if paired and a.role == "baseline" and b.role == "score" and (a.metric is None) != (b.metric is None):
            metric = a.metric or b.metric
            same = a.higher_is_better if a.metric is not None else b.higher_is_better
            found[k] = replace(a, metric=metric, higher_is_better=same)
            found[k + 1] = replace(b, metric=metric, higher_is_better=same)
    return _spread_over_lists(view, tuple(found), places)


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
    LPIPS", "gains of 13.56% on consistency and 13.37% on accuracy")."""
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
