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
- None when unknown (a year, a bare integer, "3.9% of the data").

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
  directly.

**Dataset and model.** The dataset is the one named right after the number
("on GSM8K"), by "respectively" order, or the sentence's only dataset; the
model is a baseline or name right before the number ("GPT-4 (35.6%)",
"vs. GPT-4's 80%") or, for a baseline's score, the nearest baseline.

**Direction** (for every number): the one or two words right after the number
first ("2x speedup", "30% fewer parameters"), then the words before it,
nearest first ("reduces latency by 2x", "within 1% of X"); a leading "+"
means an increase. ``relative`` is True for x/times/fold changes and for "%"
changes of a metric that is not itself a percentage, False for points and
for "%" changes of a percentage metric, and False for a bare level.
``higher_is_better`` comes from the metric table (``lexicons/metrics.jsonl``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, MetricInfo
from claimgraph.extract.pipeline.sentence_view import CONTEXT_CACHE, Located, SentenceView
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues

BEFORE = 12  # words looked at before a number
AFTER = 2  # words looked at after a number
GAP_AFTER = 4  # words between a number and the metric after it
GAP_BEFORE = 5  # words between a metric and the number after it
LIST_SPAN = 12  # words of a list of numbers sharing one metric
ROLES = ("score", "change", "baseline", "size", "cost")
SCORE_UNITS = frozenset({None, "%", "points", "x", "dB"})
_LIST_JOINERS = frozenset({",", "and", "or", "&"})
_HEDGES = frozenset(
    {
        "$",
        "at",
        "least",
        "most",
        "up",
        "about",
        "approximately",
        "around",
        "nearly",
        "over",
        "roughly",
        "only",
        "~",
        "≈",
        "an",
        "a",
        "average",
        "absolute",
        "relative",
        "just",
        "almost",
        "of",
    }
)
_CHANGE_NOUNS = frozenset(
    {
        "gain",
        "gains",
        "improvement",
        "improvements",
        "increase",
        "increases",
        "reduction",
        "reductions",
        "drop",
        "drops",
        "boost",
        "boosts",
        "margin",
        "margins",
        "decrease",
        "decreases",
        "decline",
        "uplift",
        "lift",
        "rise",
        "speedup",
        "speed-up",
        "speedups",
        "speed-ups",
        "acceleration",
        "enhancement",
        "degradation",
        "increment",
        "jump",
        "loss",
        "savings",
        "saving",
        "above",
        "below",
        "ahead",
    }
)


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
    if quantity.span.text.startswith("+"):
        return "increase"
    if quantity.span.text.startswith(("-", "\u2212")):
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
    return cues.metric_table.get((span.kb_id_ or span.text).lower()) or cues.metric_table.get(span.text.lower())


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


def metric_for(view: SentenceView, quantity: Located, cues: ClaimCues) -> tuple[Span | None, MetricInfo | None]:
    """The metric a sentence ties one number to, or (None, None) (see module doc)."""
    metrics = metric_mentions(view, cues)
    bound = _bind_metrics(view, metrics, number_cues())
    for q, (metric, _) in zip(view.quantities, bound, strict=True):
        if q.span == quantity.span and metric is not None:
            return metric.span, metric.info
    return None, None


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


def _bind_metrics(view: SentenceView, metrics: list[_Metric], nc: NumberCues) -> list[tuple[_Metric | None, str]]:
    """(metric, how) per quantity of the view: how is "after", "before", "list" or ""."""
    words = view.words
    named = frozenset(i for e in view.entities if e.label == "Dataset" for i in range(e.first, e.last + 1))
    direct: list[tuple[_Metric | None, str, int]] = []
    for q in view.quantities:
        best: tuple[_Metric | None, str, int] = (None, "", 99)
        for m in metrics:
            if m.first > q.last:
                gap = m.first - q.last - 1
                if gap <= GAP_AFTER and gap < best[2] + 1 and _gap_ok(words, q.last + 1, m.first, nc.gap_after, named):
                    best = (m, "after", gap)
                break
            if m.last < q.first:
                gap = q.first - m.last - 1
                if gap <= GAP_BEFORE and _gap_ok(words, m.last + 1, q.first, nc.gap_before, frozenset()):
                    best = (m, "before", gap)
        direct.append(best)
    owner: dict[int, str] = {}
    for m, how, _ in direct:
        if m is not None:
            owner.setdefault(m.first, how)
    numbers = frozenset(i for q in view.quantities for i in range(q.first, q.last + 1))
    joiners = _LIST_JOINERS | nc.gap_after | nc.gap_before | nc.versus_words
    out: list[tuple[_Metric | None, str]] = []
    for q, (m, how, _) in zip(view.quantities, direct, strict=True):
        if m is not None:
            out.append((m, how))
            continue
        found: tuple[_Metric | None, str] = (None, "")
        after = [x for x in metrics if x.first > q.last and x.first - q.last <= LIST_SPAN]
        before = [x for x in metrics if x.last < q.first and q.first - x.last <= LIST_SPAN]
        if after and owner.get(after[0].first, "after") == "after":
            x = after[0]
            if _gap_ok(words, q.last + 1, x.first, joiners, numbers) and any(
                i in numbers for i in range(q.last + 1, x.first)
            ):
                found = (x, "list")
        if found[0] is None and before and owner.get(before[-1].first, "before") == "before":
            x = before[-1]
            if _gap_ok(words, x.last + 1, q.first, joiners, numbers) and any(
                i in numbers for i in range(x.last + 1, q.first)
            ):
                found = (x, "list")
        out.append(found)
    return out


def _latex_opener(word: str) -> bool:
    """A LaTeX formatting command opening a group around a number: "\\textbf{", "\\mathbf{"."""
    return word[:1] == "\\" and word[-1:] == "{"


def _previous(words: tuple[str, ...], i: int) -> int:
    """Index of the first word before ``i`` that is not a hedge ("by up to", "an average of"), or -1."""
    i -= 1
    while i >= 0 and (
        words[i] in _HEDGES or (words[i] == "to" and i and words[i - 1] == "up") or _latex_opener(words[i])
    ):
        if words[i] == "of" and i and words[i - 1] in _CHANGE_NOUNS:
            return i - 1
        i -= 1
    return i


def _is_change(view: SentenceView, quantity: Located, unit: str | None, cues: ClaimCues) -> bool:
    """Whether the number states a change ("by 4%", "a 4% gain", "4 points higher", "+4", "3x")."""
    text = quantity.span.text
    if text.startswith(("+", "-", "\u2212")) or unit == "x":
        return True
    words = view.words
    for i in range(quantity.last + 1, min(len(words), quantity.last + 1 + AFTER)):
        w = words[i]
        if w in (",", ";", "(", ")", "on", "in", "of", "for"):
            break
        if w.rsplit("-", 1)[-1] in _CHANGE_NOUNS and w not in _CHANGE_NOUNS:
            return True  # "19% self-improvement"
        if w in _CHANGE_NOUNS or w in cues.increase_cues or w in cues.decrease_cues or w in cues.absolute_units:
            return (
                w not in cues.absolute_units
                or any(
                    words[k] in cues.increase_cues or words[k] in cues.decrease_cues or words[k] in _CHANGE_NOUNS
                    for k in range(i + 1, min(len(words), i + 3))
                )
                or _previous_is_change(words, quantity.first, cues)
            )
    return _previous_is_change(words, quantity.first, cues)


def _change_after_metric(view: SentenceView, quantity: Located, metric: _Metric | None, how: str) -> bool:
    """A change noun right after the metric the number is followed by: "~10% acceptance rate improvements"."""
    if metric is None or how != "after" or metric.first - quantity.last > 2:
        return False
    i = metric.last + 1
    return i < len(view.words) and view.words[i] in _CHANGE_NOUNS


def _previous_is_change(words: tuple[str, ...], first: int, cues: ClaimCues) -> bool:
    if first >= 2 and words[first - 2 : first] == ("up", "to"):  # "improves answer accuracy up to 12.0%"
        for k in range(first - 3, max(-1, first - 9), -1):
            if words[k] in (",", ";", "(", ")") or words[k][:1].isdigit():
                break
            if words[k] in cues.increase_cues or words[k] in cues.decrease_cues:
                return True
    i = _previous(words, first)
    if i < 0:
        return False
    w = words[i]
    if w in ("by", "within") or w in _CHANGE_NOUNS:
        return True
    k = first - 1
    while k >= 0 and words[k] in ("$", "~", "about", "approximately", "up", "to", "at", "least", "most"):
        k -= 1
    if k < 0 or words[k] != "of":
        return False
    for j in range(k - 1, max(-1, k - 6), -1):  # "an enhancement in retrieval accuracy of 5.1%"
        if words[j] in (",", ";", "(", ")") or words[j][:1].isdigit():
            return False
        if words[j] in _CHANGE_NOUNS:
            return True
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
    name = next((e for e in view.entities if e.last == i - 1), None)
    if name is not None:
        if name.label not in ("Model", "Method"):
            return False, None
        start = name.first
    else:
        token = view.sentence.doc[view.starts[i - 1]].text
        named_class = words[i - 1] in nc.compared_class_nouns  # "Geo-foundation models (mIoU: 76.4)"
        if not named_class and (
            not any(c.isupper() or c.isdigit() for c in token) or not any(c.isalpha() for c in token)
        ):
            return False, None
        start = i - 1
    if start > 0 and words[start - 1] in nc.place_words:
        return False, None
    markers = nc.baseline_markers | nc.outperform_words
    depth = 0
    for k in range(start - 1, max(-1, start - 31), -1):
        w = words[k]
        depth += (w == ")") - (w == "(")
        if depth > 0:
            continue
        if w in (";", ".", ":") or w in nc.bracket_clause_breaks:
            return False, None
        if w in markers:
            return True, name
    return False, None


def _dataset_for(view: SentenceView, quantity: Located, index: int, count: int, datasets: list[Located]) -> Span | None:
    if not datasets:
        return None
    if "respectively" in view.present and count == len(datasets) and count > 1:
        return datasets[index].span
    words = view.words
    for e in datasets:  # "85.3% on GSM8K", "85.3% accuracy on GSM8K"
        if e.first > quantity.last and e.first - quantity.last <= 4:
            between = words[quantity.last + 1 : e.first]
            if any(w in ("on", "in", "for", "over", "across") for w in between) and not any(
                w in (",", ";", "and") for w in between
            ):
                return e.span
            break
    if len(datasets) == 1 and not ("respectively" in view.present and count > 1):
        return datasets[0].span
    return None


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


def _from_to(view: SentenceView, quantities: tuple[Located, ...], nc: NumberCues) -> dict[int, str]:
    """Index -> "baseline"/"score" for the two numbers of "from a to b"."""
    roles: dict[int, str] = {}
    words = view.words
    for k in range(len(quantities) - 1):
        a, b = quantities[k], quantities[k + 1]
        between = words[a.last + 1 : b.first]
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
        opened = a.first > 0 and words[a.first - 1] in nc.from_words
        if named and (opened or (a.first > 0 and words[a.first - 1] == "(" and len(between) == 1)):
            roles[k], roles[k + 1] = "baseline", "score"
            continue
        j = k  # "from 76% and 61% to 0%": every number of the list after "from" is a baseline
        while j > 0 and all(w in _LIST_JOINERS for w in words[quantities[j - 1].last + 1 : quantities[j].first]):
            j -= 1
            if quantities[j].first > 0 and words[quantities[j].first - 1] in nc.from_words and len(between) == 1:
                roles.update({i: "baseline" for i in range(j, k + 1)})
                roles[k + 1] = "score"
                break
    return roles


def _is_fraction(view: SentenceView, quantity: Located, nc: NumberCues) -> bool:
    """ "3.9% of the data", "5% of the parameters": a share of something, not a score."""
    words = view.words
    i = quantity.last + 1
    if i >= len(words) or words[i] != "of":
        return False
    return any(words[k] in nc.fraction_nouns for k in range(i + 1, min(len(words), i + 4)))


@dataclass(frozen=True, slots=True)
class _Places:
    """Word positions of a sentence's numbers, metric names and dataset names."""

    numbers: frozenset[int]
    metrics: frozenset[int]
    datasets: frozenset[int]


_ACTORS = ("Model", "Method")


def _marker_before(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """A baseline marker in the three words before a number, not past a comma ("vs. 80.2", "than 45%";
    not "against strong baselines, reaching 59.8%")."""
    for k in range(first - 1, max(-1, first - 4), -1):
        if words[k] in (",", ";"):
            return False
        if words[k] in nc.baseline_markers:
            return True
    return False


def _is_setting(view: SentenceView, quantity: Located, metric: _Metric | None, how: str, nc: NumberCues) -> bool:
    """ "at 0.7 IoU threshold", "an IoU threshold of 0.5": a setting of the evaluation, no score."""
    words = view.words
    if metric is not None and how == "after":
        i = metric.last + 1
        return i < len(words) and words[i] in nc.setting_words
    for k in range(quantity.first - 1, max(-1, quantity.first - 4), -1):
        if words[k] in nc.setting_words:
            return True
        if words[k] not in ("of", "=", ":", "at", "a", "an", "the", "("):
            return False
    return False


def _owner(
    view: SentenceView, quantity: Located, metric: _Metric | None, how: str, nc: NumberCues, places: _Places
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
        if i in listed or w in nc.owner_links or (w.endswith("ly") and w.isalpha() and len(w) > 4):
            pass  # a link word, a list's material or an adverb ("human can easily achieve 100%")
        elif w in (",", "and", "&", ")", "on", "in", "for") and i > 0 and (i - 1 in listed or words[i - 1] == ")"):
            pass
        else:
            return False, None
        i -= 1
    return False, None


def _owner_role(
    view: SentenceView,
    owner: Located | None,
    role: str,
    model: Located | None,
    subject: Span | None,
    baselines: tuple[Located, ...],
    owners: list[Located],
) -> tuple[str, Located | None]:
    """The role and model of a number tied to ``owner`` (see :func:`_owner`)."""
    if owner is None:
        return "baseline", None  # a person's or chance's number
    if any(owner.span == b.span for b in baselines):
        return "baseline", owner
    ctx = view.sentence.doc.user_data.get(CONTEXT_CACHE)
    proposed = ctx is not None and ctx.is_proposed(owner)
    own = proposed or (owner.first > 0 and view.words[owner.first - 1] in ("our", "proposed"))
    if subject is not None:
        own = own or owner.span == subject or owner.key == subject.text.lower()
        other = subject.label_ in _ACTORS and not own
    else:
        rivals = [o for o in owners if o.key != owner.key]
        other = not own and (
            bool(rivals)
            or (ctx is not None and any(e.label in _ACTORS and ctx.is_proposed(e) for e in view.entities))
            or _speaks_of_own(view, owner)
        )
    owners.append(owner)
    if other:
        return "baseline", owner
    return role, owner


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
    datasets = [e for e in view.entities if e.label == "Dataset"]
    pairs = _from_to(view, quantities, nc)
    from_to = {quantities[k].span for k in pairs}
    words = view.words
    found = []
    previous: tuple[Located, str] | None = None
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
            if index in pairs:
                role = pairs[index]
            elif (
                _is_change(view, quantity, unit, cues)
                or _change_after_metric(view, quantity, metric, how)
                or heading == "within"
                or (
                    listed and found and found[-1].role == "change" and found[-1].quantity == quantities[index - 1].span
                )
            ):
                role = "change"
            elif is_baseline or marker or bracketed:
                role = "baseline"
                model = named or compared
            elif versus:
                role = "score"
            elif _is_year(match) and metric is None or _is_fraction(view, quantity, nc):
                role = None
            elif _is_setting(view, quantity, metric, how, nc):
                role, metric = None, None  # "at 0.7 IoU threshold": a setting, no score
            elif (
                metric is not None
                or unit in ("%", "points")
                or (match is not None and not float(match.value).is_integer())
            ):
                role = "score"
                model = named
            if role in ("score", "baseline") and not versus:
                tied, owner = _owner(view, quantity, metric, how, nc, places)
                if tied:
                    role, model = _owner_role(view, owner, role, model, subject, baselines, owners)
        if role == "size" or (role in ("cost", "change") and how == "list" and (unit == "x" or role == "cost")):
            metric = None
        if role == "cost" and metric is not None and nc.cost_words.isdisjoint(metric.span.text.lower().split()):
            metric = None  # "86.16% F1 at 120 ms": the time is no F1
        if role == "change" and unit == "x" and metric is not None and metric.info is not None and metric.info.percent:
            metric = None  # "3x" of accuracy: a speed-up, not accuracy
        metric_span = None if metric is None else metric.span
        info = None if metric is None else metric.info
        baseline = None
        if baselines and (heading != "unknown" or role == "baseline"):
            baseline = min(baselines, key=lambda b: abs(b.first - quantity.first)).span
        if role == "baseline" and model is None and baseline is not None:
            model = next(b for b in baselines if b.span == baseline)
        dataset = (
            None if role in ("size", "cost", None) else _dataset_for(view, quantity, index, len(quantities), datasets)
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
        if paired and a.role == "baseline" and b.role == "score" and (a.metric is None) != (b.metric is None):
            metric = a.metric or b.metric
            same = a.higher_is_better if a.metric is not None else b.higher_is_better
            found[k] = replace(a, metric=metric, higher_is_better=same)
            found[k + 1] = replace(b, metric=metric, higher_is_better=same)
    return _spread_over_lists(view, tuple(found), places)


_SPREAD = frozenset({"change", "baseline"})


def _joined(view: SentenceView, a: ComparisonMatch, b: ComparisonMatch, metrics: frozenset[int] = frozenset()) -> bool:
    """Whether two numbers stand in one list: only joiners, "for/on/in", dataset names and
    (given ``metrics``, the metric words' positions) metric names between them."""
    words = view.words
    lo, hi = view.word_of(a.quantity.end - 1) + 1, view.word_of(b.quantity.start)
    if hi - lo > 8:
        return False
    names = {i for e in view.entities if e.label == "Dataset" for i in range(e.first, e.last + 1)}
    depth = 0
    for i in range(lo, hi):
        w = words[i]
        depth += (w == "(") - (w == ")")
        if not (
            depth > 0
            or w == ")"
            or w in _LIST_JOINERS
            or w in ("&", "$", "for", "on", "in")
            or i in names
            or (metrics and (i in metrics or w in ("score", "scores")))
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
    for k in range(len(out) - 2, -1, -1):
        if out[k].role == "score" and out[k + 1].role == "change" and _joined(view, out[k], out[k + 1]):
            out[k] = replace(out[k], role="change")
    for k in range(1, len(out)):
        previous = out[k - 1]
        if (
            out[k].role == "score"
            and previous.role in _SPREAD
            and _joined(view, previous, out[k], metrics)
            and (out[k].model is None or out[k].model == previous.model)
        ):
            model = out[k].model or (previous.model if previous.role == "baseline" else None)
            out[k] = replace(out[k], role=previous.role, model=model)
    return tuple(out)
