"""Which metric each number of a sentence is bound to: the nearest one across gap words after or before
it, else across a list of numbers; and what unbinds it again (a qualified metric, an operating point, a
number of another unit or of another split)."""

from __future__ import annotations

from claimgraph.extract.claims.numbers.metric_lists import (
    _coordinated_metrics,
    _elided_metric,
    _joined_numbers,
    _metrics_after_numbers,
    _slashed,
)
from claimgraph.extract.claims.numbers.metrics import _Metric, _qualified
from claimgraph.extract.claims.numbers.words import _CHANGE_NOUNS, _LIST_JOINERS, _original, _unit
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues

GAP_AFTER = 4  # words between a number and the metric after it
GAP_BEFORE = 5  # words between a metric and the number after it
LIST_SPAN = 12  # words of a list of numbers sharing one metric


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


def _dataset_named(words: tuple[str, ...], lo: int, m: _Metric, nc: NumberCues) -> bool:
    """ "64.9% on the ImageReward test set": a metric's name after "on" and before a dataset noun (past test
    split words) names the data the number was measured on, not its metric."""
    if "on" not in words[lo : m.first]:
        return False
    j = m.last + 1
    while j < len(words) and words[j] in nc.test_split_words:
        j += 1
    return j < len(words) and words[j] in nc.dataset_nouns


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
                    and not (best[1] == "before" and "for" in words[q.last + 1 : m.first])  # "MAE of 1.57 bpm for HR"
                    and not _dataset_named(words, q.last + 1, m, nc)
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
    # "by 3.3 points in accuracy (from 87.1% to 90.4%)": a metric one number follows and another precedes
    read_before = frozenset(m.first for m, how, _ in direct if m is not None and how == "before")
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
                and not _leaves_bracket(words, q.first, x.first)
            ):
                found = (x, "list")
        if (
            found[0] is None
            and before
            and (owner.get(before[-1].first, "before") == "before" or _bracket_after(words, before[-1], q, read_before))
        ):
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
    out = _parts_after_for(view, out)
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
            if _unit(after) is None:
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
    out = _bracket_labels(view, metrics, out, numbers)
    return [(None, "") if m is not None and m.first in qualified else (m, how) for m, how in out]


def _leaves_bracket(words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` closes a bracket opened before ``lo``: a number inside a bracket ("in
    accuracy (from 87.1% to 90.4%) and 1.4 points in macro-F1") does not share a metric named after it."""
    depth = 0
    for w in words[lo:hi]:
        depth += w.count("(") - w.count(")")
        if depth < 0:
            return True
    return False


def _bracket_after(words: tuple[str, ...], metric: _Metric, q: Located, read_before: frozenset[int]) -> bool:
    """Whether ``q`` stands in a bracket opened right after ``metric`` that an earlier number of the
    bracket already reads as its own ("by 3.3 points in accuracy (from 87.1% to 90.4%)": 90.4% too)."""
    opened = metric.last + 1
    return (
        metric.first in read_before and opened < q.first and words[opened] == "(" and ")" not in words[opened : q.first]
    )


def _parts_after_for(view: SentenceView, out: list[tuple[_Metric | None, str]]) -> list[tuple[_Metric | None, str]]:
    """A list of numbers each followed by "for" and the part it measures keeps the metric named before the
    first: "an MAE of 1.57 bpm for HR, 1.08 bpm for RR": 1.08 is the MAE of RR, not a score of a metric
    named RR (the part after "for" is what the metric is measured on)."""
    words, quantities, fixed = view.words, view.quantities, list(out)
    for k in range(1, len(quantities)):
        m, how = fixed[k]
        previous, (shared, shared_how) = quantities[k - 1], fixed[k - 1]
        if m is None or how != "after" or shared is None or shared_how not in ("before", "list"):
            continue
        q = quantities[k]
        if "for" not in words[q.last + 1 : m.first] or words[previous.last + 1 : previous.last + 2] != ("for",):
            continue
        between = words[previous.last + 2 : q.first]  # "HR ," / "HR , and": the previous part, then a joiner
        if between and between[-1] in _LIST_JOINERS:
            fixed[k] = (shared, "list")
    return fixed


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
    if i + 2 < len(words) and words[i] in nc.gap_before and words[i].isalpha() and words[i + 1] in nc.from_words:
        i += 2  # "and R^2 rising from 0.918 to 0.976": the metric moves from its own first value
    return i in numbers and i > metric.last + 1


def _new_phrase(view: SentenceView, lo: int, hi: int, numbers: frozenset[int]) -> bool:
    """Whether, after the list's first number, an article opens another noun phrase ("a success rate of 93.8%
    and an overall score of 0.77": 0.77 is no success rate) or an acronym that names nothing we know another
    measure ("reduces FID from 14.36 to 7.65 and improves IS from 86.55": 86.55 is no FID), or a label of letters
    and digits right before "of" and the number ("Top-1 accuracy of 42.8% and Top-3 of 68%": 68% is no top-1
    accuracy)."""
    words = view.words
    first = next((i for i in range(lo, hi) if i in numbers), hi)
    named: frozenset[int] | None = None
    for i in range(first, hi):
        w = words[i]
        if w in ("a", "an", "the"):
            return True
        if i in numbers:
            continue
        labelled = i + 2 == hi and words[i + 1] in ("of", ":", "=") and _label_word(w)  # "... and Top-3 of 68%"
        if labelled or (len(w) >= 2 and w.isalpha() and _original(view, i).isupper()):
            if named is None:
                named = frozenset(k for e in view.entities for k in range(e.first, e.last + 1))
            if i not in named:
                return True  # a label or an acronym of its own: "Top-1 accuracy of 42.8% and Top-3 of 68%"
    return False


def _label_word(word: str) -> bool:
    """A word of letters and digits that labels a measure ("top-3", "r@5", "bleu-4"), not a plain word."""
    return any(c.isalpha() for c in word) and any(c.isdigit() for c in word)


def _bracket_label(words: tuple[str, ...], q: Located, numbers: frozenset[int]) -> tuple[int, int] | None:
    """The words (first, last) of a bracket right after the number ``q`` that holds a label of one to
    three words and no number ("0.854 (B-1)", "0.883 (CIDEr)"), else None."""
    if q.last + 1 >= len(words) or words[q.last + 1] != "(":
        return None
    for close in range(q.last + 3, min(len(words), q.last + 6)):
        if words[close] == ")":
            inside = range(q.last + 2, close)
            return None if any(i in numbers for i in inside) else (q.last + 2, close - 1)
        if words[close] in ("(", ",", ";"):
            return None
    return None


def _bracket_labels(
    view: SentenceView, metrics: list[_Metric], out: list[tuple[_Metric | None, str]], numbers: frozenset[int]
) -> list[tuple[_Metric | None, str]]:
    """In a list of numbers each labelled by a bracket right after it, where the brackets name metrics
    ("scores of 0.854 (B-1), 0.883 (CIDEr), 0.759 (METEOR)": at least two of them hold a metric we know),
    each number measures what its own bracket names: the metric in it, or none when it holds no metric we
    know (not CIDEr, the next number's, for 0.854). Brackets that name datasets or settings ("AUC scores of
    99.22% (FF++) and 100.00% (CelebDF-v2)") leave the binding alone."""
    words, quantities = view.words, view.quantities
    labels = [_bracket_label(words, q, numbers) for q in quantities]
    inside = [
        None if label is None else next((m for m in metrics if label[0] <= m.first and m.last <= label[1]), None)
        for label in labels
    ]
    out = list(out)
    k = 0
    while k < len(quantities):
        end = k
        while (
            end + 1 < len(quantities)
            and labels[end] is not None
            and labels[end + 1] is not None
            and quantities[end + 1].first - labels[end][1] <= 4
        ):
            end += 1
        run = range(k, end + 1)
        if end > k and sum(inside[j] is not None for j in run) >= 2:
            for j in run:
                out[j] = (inside[j], "after") if inside[j] is not None else (None, "")
        k = end + 1
    return out
