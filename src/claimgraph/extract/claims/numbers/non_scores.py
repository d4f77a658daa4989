"""Numbers that are no score: sizes and costs by their unit, years, shares ("3.9% of the data",
"retains 95%"), percentages of a reference, bounds ("over 80%", "no model reaches 60%"), test statistics and
settings of the evaluation ("at 5% FPR", "to reach 80% accuracy")."""

from __future__ import annotations

from claimgraph.extract.claims.numbers.metrics import _Metric
from claimgraph.extract.claims.numbers.words import (
    _ACTORS,
    _APPROX,
    _CHANGE_NOUNS,
    _HEDGES,
    _LIST_JOINERS,
    _latex_opener,
    _original,
    _parsed,
)
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.quantities.number_cues import NumberCues
from claimgraph.extract.quantities.units import SCORE_UNITS


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


def _is_fraction(view: SentenceView, quantity: Located, nc: NumberCues, unit: str | None = None) -> bool:
    """ "3.9% of the data", "5% of the parameters", "retains 99% of accuracy", "99.6% of R@1": a share of
    something, not a score (any "N% of")."""
    words = view.words
    i = quantity.last + 1
    if i >= len(words) or words[i] != "of":
        return False
    return unit == "%" or any(words[k] in nc.fraction_nouns for k in range(i + 1, min(len(words), i + 4)))


def _is_bound(view: SentenceView, quantity: Located, nc: NumberCues) -> bool:
    """ "over 80%", "more than 0.9", "at least 70%", "nearly 56%", "$\\leq$ 5%", "90% or more": a bound,
    not a score."""
    words, text = view.words, quantity.span.text
    if text[:1] in "<>\u2264\u2265" or text.startswith(("\\leq", "\\geq", "\\le", "\\ge")):
        return True
    i = quantity.first - 1
    while i >= 0 and (words[i] in ("$", "the", "a", "an") or _latex_opener(words[i])):
        i -= 1  # "to exceed the 50 AP milestone", "none exceed a 22% success rate"
    if i >= 1 and words[i - 1] in ("nearly", "almost") and words[i].isalpha() and words[i] not in nc.bound_words:
        return True  # "nearly sustains 0.99 recall", "almost reaches 90%"
    hyphen = i > 0 and words[i - 1] == "-" and not _dash(view, i - 1)  # not "settings - surpassing 70%"
    if i >= 0 and words[i].strip("$") in nc.bound_words and not hyphen:  # "over", "$\\geq$"
        return i == 0 or words[i - 1] not in _CHANGE_NOUNS or words[i] in ("nearly", "almost")
    if i >= 1 and (f"{words[i - 1]} {words[i]}" in nc.bound_pairs or words[i - 1] + words[i] in nc.bound_words):
        return True  # "more than 0.9", "< = 34%" (a "<=" read as two words)
    j = quantity.last + 1
    if j < len(words) and words[j] in nc.bound_after:
        return True
    return j + 1 < len(words) and f"{words[j]} {words[j + 1]}" in nc.bound_after


def _listed_after_bound(
    view: SentenceView, quantities: tuple[Located, ...], index: int, nc: NumberCues, metrics: frozenset[int]
) -> bool:
    """ "under 50% precision and 65% recall", "over 90% and 85%": a number listed right after a bound (only
    joiners and metric words between) shares the bound."""
    if index == 0 or not _is_bound(view, quantities[index - 1], nc):
        return False
    gap = range(quantities[index - 1].last + 1, quantities[index].first)
    return any(view.words[i] in _LIST_JOINERS for i in gap) and all(
        view.words[i] in _LIST_JOINERS or i in metrics for i in gap
    )


def _correlated(
    view: SentenceView, quantity: Located, metric: _Metric | None, nc: NumberCues, metrics: frozenset[int]
) -> bool:
    """ "the correlation with human judgments improves from 0.17 (EM) and 0.36 (F1-score) to 0.85", "a
    correlation of 0.85 with human F1 judgments": a correlation noun before the number in its clause and the
    metric after that noun make the number a correlation with the metric, no score of it. A correlation
    that is itself a metric ("a Spearman correlation of 0.74 ... and 0.91 F1", words of ``metrics``) has
    its own number."""
    words = view.words
    if metric is None:
        return False
    if metric.last < quantity.first and all(
        w in ("=", "$", ":", "of") for w in words[metric.last + 1 : quantity.first]
    ):
        return False  # "a correlation with X ($R^2 = 0.91$)": the metric right before the number labels it
    for k in range(quantity.first - 1, max(-1, quantity.first - 20), -1):
        if words[k] in (";", ".", ":") or k in metrics and words[k] in nc.correlation_nouns:
            return False
        if words[k] in nc.correlation_nouns:  # "correlation with/of/between", not "a correlation target"
            return metric.first > k and k + 1 < len(words) and words[k + 1] in ("with", "of", "between")
    return False


def _dash(view: SentenceView, i: int) -> bool:
    """Whether word ``i`` ("-") is a dash set off by spaces ("settings - surpassing 70%"), not a hyphen."""
    token = view.sentence.doc[view.starts[i]]
    return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


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
        j = quantity.first - 1
        while j > 0 and words[j] not in ("at", "@") and (words[j] in ("a", "an") or words[j] in nc.approx_words):
            j -= 1  # "at a 1% FPR", "at about 1600 Elo"
        if j >= 0 and words[j] in ("at", "@") and metric.first == quantity.last + 1:
            return True  # "recall of 84.5% at 5% FPR", "at 70% sparsity", "TPR @ 1% FPR": an operating point
        return i < len(words) and words[i] in nc.setting_words
    if metric is not None and how == "before" and metric.first > 1 and words[metric.first - 1] == "(":
        # "R@1 (IoU = 0.3)", "AP (IoU 0.7)": a metric in brackets after another sets its operating point
        before = metric.first - 2  # not "Success Rate (SR) of 51.09%": the number is inside the bracket
        if ")" not in words[metric.last + 1 : quantity.first] and any(m.last == before for m in metrics):
            return True
    at = -1 if metric is None else metric.first - 1
    if at > 0 and words[at] == "(":  # "at a False Match Rate (FMR) of 1 percent": the long form the metric glosses
        at = next((m.first - 1 for m in metrics if m.last == at - 1), at)
    if at > 1 and words[at] in ("a", "an"):
        at -= 1
    if metric is not None and how == "before" and at > 0 and words[at] == "at":
        # "worse at FMR = 10^-3", "TPR at FPR of 1%", "obtained at a False Match Rate (FMR) of 1 percent": an
        # operating point (not "ILION at F1 = 0.97")
        return not any(e.last == at - 1 and e.label in _ACTORS for e in view.entities)
    if metric is not None and how == "before" and _under_condition(words, metric.first, nc):
        return True
    for k in range(quantity.first - 1, max(-1, quantity.first - 4), -1):
        if words[k] in nc.setting_words:
            return True
        if words[k] not in ("of", "=", ":", "at", "a", "an", "the", "("):
            return False
    return False


def _under_condition(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """Whether the metric at word ``first`` follows "with (a/an)" (and a long form it glosses) in a phrase
    opened by "under" (at most eight words back, no punctuation between): "under the Rayleigh fading
    channel with a signal-to-noise ratio (SNR) of $20$ dB, ICDM reduces the MSE by 4.54 dB": a condition
    of the test, no result. Only when nothing before "under" reports a result (no number, no verb that
    links a metric to its value): not "FooNet reaches 31.2 dB under noise with an SSIM of 0.91"."""
    k = first - 1  # past the articles and a long form glossed by the metric ("a signal-to-noise ratio (SNR)")
    while k >= 0 and first - k <= 7 and words[k] != "with" and (words[k] == "(" or words[k][:1].isalpha()):
        k -= 1
    if k < 0 or words[k] != "with":
        return False
    for i in range(k - 1, max(-1, k - 9), -1):
        if words[i] == "under":
            return not any(w[:1].isdigit() or (w in nc.gap_before and w.endswith(("s", "ed"))) for w in words[:i])
        if not words[i][:1].isalnum():
            return False
    return False


def _value_range(quantity: Located) -> tuple[float, float] | None:
    """The low and high value of a number ("69.9" -> (69.9, 69.9), "1.13-1.36" -> (1.13, 1.36)); None
    when it has no value."""
    match = _parsed(quantity)
    value = getattr(match, "value", None)
    if value is None:
        return None
    high = getattr(match, "high", None)
    return float(value), float(value if high is None else high)


def _plain_value(word: str) -> tuple[float, float] | None:
    """A bare decimal word as a value range ("1.24" -> (1.24, 1.24)); None for any other word."""
    try:
        value = float(word.rstrip("%"))
    except ValueError:
        return None
    return value, value


def _is_interval_bound(view: SentenceView, quantities: tuple[Located, ...], index: int, nc: NumberCues) -> bool:
    """A bound of the interval bracketed right after another number: "+/-1 accuracy of 74.4% (69.9,
    78.8%)", "an MAE of 1.01 (95% CI 0.92-1.11)", "MAE 1.24 (1.13-1.36)". The bracket holds only the two
    bounds (two numbers, or one range) besides joiners and the words of a confidence level, and the
    number before lies between them: a confidence interval, never a score. Not "87.9% (74.5%)" (one
    number, another measure) nor "(35.5 vs 29.6)"."""
    words = view.words
    quantity = quantities[index]
    k = index
    while k > 0 and words[quantities[k - 1].last + 1 : quantities[k].first] in ((",",), ("-",), ("to",), ("\u2013",)):
        k -= 1  # the first bound of the bracket
    k = next((j for j in range(k, index + 1) if not _is_statistic(view, quantities[j], nc)), index)
    open_at = quantities[k].first - 1
    while open_at >= 0 and words[open_at] not in ("(", "[") and open_at >= quantities[k].first - 4:
        open_at -= 1
    if open_at < 1 or words[open_at] not in ("(", "["):
        return False
    inner = [j for j, q in enumerate(quantities) if open_at < q.first and not _is_statistic(view, q, nc)]
    close = next((i for i in range(quantity.last + 1, len(words)) if words[i] in (")", "]")), None)
    if close is None:
        return False
    inner = [j for j in inner if quantities[j].last < close]
    if not inner or len(inner) > 2 or index not in inner:
        return False
    covered = {i for q in quantities if open_at < q.first and q.last < close for i in range(q.first, q.last + 1)}
    for i in range(open_at + 1, close):
        joiner = words[i] in (",", "-", "to", "\u2013", ":") or _original(view, i) in nc.statistic_words
        if i not in covered and not joiner:
            return False
    before = next((q for q in quantities if q.last == open_at - 1), None)
    ranges = [_value_range(quantities[j]) for j in inner]
    point = _value_range(before) if before is not None else _plain_value(words[open_at - 1])
    if point is None or any(r is None for r in ranges):
        return False
    low, high = ranges[0][0], ranges[-1][1]
    return low < high and low <= point[0] <= high  # one range, or two numbers around the point


def _is_count(view: SentenceView, quantity: Located, numbers: frozenset[int]) -> bool:
    """A whole number with no unit in a count "<a> of <b>" / "<a> out of <b>": "110 of 200 were accepted",
    "the final success rate reached 91.5% (183 of 200)": how many of how many, never a score of the metric
    around it (not "an mAP50 of 98.8": a metric name before "of")."""
    match = _parsed(quantity)
    value = getattr(match, "value", None)
    if value is None or match.unit is not None or match.high is not None or not float(value).is_integer():
        return False
    words = view.words
    if not words[quantity.first].isdigit():
        return False
    after = quantity.last + 1
    if after < len(words) and words[after] == "out":
        after += 1
    if after + 1 < len(words) and words[after] == "of" and after + 1 in numbers and words[after + 1].isdigit():
        return True
    before = quantity.first - 1
    if before < 1 or words[before] != "of":
        return False
    before -= 1 + (words[before - 1] == "out")
    return before >= 0 and before in numbers and words[before].isdigit()


def _rank_cutoff_after(view: SentenceView, quantity: Located, metric: _Metric | None, nc: NumberCues) -> bool:
    """ "a Recall of 81% at the first chunk", "99.1% recall within the top ten": the number (and its metric
    right after it) is followed by "at/within the" and a rank cutoff, so it measures the metric at that
    cutoff (Recall@1), not the bare metric."""
    words = view.words
    j = quantity.last + 1
    if metric is not None and metric.first == j:
        j = metric.last + 1
    if j + 2 >= len(words) or words[j] not in ("at", "within"):
        return False
    return words[j + 1] == "the" and words[j + 2] in nc.rank_cutoffs


def _operating_point_metric(view: SentenceView, metric: _Metric | None, how: str) -> bool:
    """Whether the metric named before a number is the operating point of another measure: "a TPR@1% FPR of
    0.470", "TPR at 1% FPR of 0.47": the number is the measure named before "@" or "at" (the true positive
    rate), read at a false positive rate of 1%, never a false positive rate."""
    if metric is None or how != "before":
        return False
    words, k = view.words, metric.first - 1
    if k >= 0 and words[k] in ("%", "percent"):
        k -= 1
    if k < 0:
        return False
    head, at, point = words[k].rpartition("@")
    if at and head and point.replace(".", "", 1).isdigit():
        return True  # "TPR@1% FPR"
    return k >= 2 and words[k - 1] == "at" and words[k].replace(".", "", 1).isdigit() and words[k - 2].isalnum()
