"""Whether a number states a change: a sign or a difference unit, a change noun or verb around it ("by
4%", "a 4% gain", "2.1 points higher than X"), a bracket after a change, or the next member of a list of
changes."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.numbers.match import ComparisonMatch
from claimgraph.extract.claims.numbers.metrics import _Metric
from claimgraph.extract.claims.numbers.name_lists import _name_word
from claimgraph.extract.claims.numbers.words import (
    _APPROX,
    _CHANGE_NOUNS,
    _HEDGES,
    _LIST_JOINERS,
    _LIST_MATERIAL,
    _PLACES,
    AFTER,
    _latex_opener,
    _original,
    _Places,
    _written,
)
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues


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


def _list_goes_on(
    view: SentenceView, before: Located, quantity: Located, places: _Places, skip: tuple[int, int] | None = None
) -> bool:
    """Whether only the previous number's metric and dataset and a list joiner stand between it and this
    one: "by 1.05% mIoU on GTA V --> Cityscapes and 1.04% mIoU on Synthia", "14.23% in IoU (14.11% in
    F1) and 2.05% in accuracy", "an improvement of 10.1 overall Dice score and 0.46 MCC" (a neutral modifier
    of the metric), "40-48% gains in BLEU scores and 25-27% in ROUGE" (the first change's own noun, before the
    joiner), "by 10.4% with GPT-4o, 8.6% with DeepSeek-V3" (with a named model); the second is a change too."""
    words, joined, placed = view.words, False, False
    neutral, suffixes = number_cues().neutral_modifiers, number_cues().metric_suffixes
    after = quantity.last + 1
    own_metric = after < len(words) and words[after] == "in" and after + 1 in places.metrics
    # the first change's own words before the joiner, never across a closing bracket ("(40.4% improvement)
    # and 32.67 IoU": a score)
    open_run = ")" not in words[before.last + 1 : quantity.first]
    for i in range(before.last + 1, quantity.first):
        if open_run and not joined:
            if words[i] in _CHANGE_NOUNS or (words[i] in suffixes and i - 1 in places.metrics):
                continue  # "40-48% gains in BLEU scores and 25-27% in ROUGE"
            if words[i] == "with" and i + 1 < quantity.first and _name_word(view, i + 1):
                placed = True  # "by 10.4% with GPT-4o, 8.6% with DeepSeek-V3": the change with another model
                continue
        if skip is not None and skip[0] <= i <= skip[1]:
            continue  # a bracket of other numbers stepped over (see _change_across_bracket)
        if words[i] in _LIST_JOINERS or (words[i] == "(" and own_metric):
            joined, placed = True, False  # "14.23% in IoU (14.11% in F1)": the same change in another metric
        elif words[i] in (")", "$") or _latex_opener(words[i]):
            continue  # a bracket or LaTeX math closing or opening around a number ("and $\\textbf{35.2%}$")
        elif joined and (words[i] in _HEDGES or words[i] == "to" and words[i - 1] == "up"):
            continue  # "by 1-10% in Dice and up to 11% in IoU"
        elif placed and _name_word(view, i):
            continue  # "by 52.33 points on OpenAI CLIP ViT-L/14 and 67.00 points on ...": the place is a model
        elif not (
            i in places.metrics
            or (words[i] in neutral and i + 1 in places.metrics)
            or i in places.datasets
            or words[i] in _LIST_MATERIAL
            or (i - 1 in places.datasets and len(words[i]) <= 3 and _original(view, i).isupper())  # "GTA V"
        ):
            return False
        placed = placed or words[i] in _PLACES
    return joined


def _change_across_bracket(
    view: SentenceView, quantities: tuple[Located, ...], index: int, roles: dict[int, str | None], places: _Places
) -> bool:
    """A list of changes goes on across a bracket of other numbers after the previous change: "improved
    accuracy by 3.3 percentage points (from 87.1% to 90.4%) and 1.4 points in macro-F1"; the bracket holds
    the change's before and after values, the number after it is the next change. ``roles`` maps the index
    of each earlier number to its role."""
    words, quantity = view.words, quantities[index]
    k = quantity.first - 1
    while k >= 0 and (words[k] in _LIST_JOINERS or words[k] in _HEDGES or words[k] == "$" or _latex_opener(words[k])):
        k -= 1
    place = k
    while place >= 0 and (place in places.metrics or place in places.datasets):
        place -= 1
    if place < k and place >= 1 and words[place] in _PLACES and words[place - 1] == ")":
        k = place - 1  # "by 9.61% (0.84->0.92) for PESQ and 11.47% ...": the bracket, then the change's place
    if k < 0 or words[k] != ")" or not any(w in _LIST_JOINERS for w in words[k + 1 : quantity.first]):
        return False
    opened = k - 1
    while opened >= 0 and words[opened] != "(":
        if words[opened] in (")", ";", ".", ":"):
            return False
        opened -= 1
    inside = [j for j in range(index) if quantities[j].first > opened and quantities[j].last < k]
    if opened < 0 or not inside or inside[-1] != index - 1 or inside[0] == 0:
        return False
    before = inside[0] - 1
    if roles.get(before) != "change" or quantities[before].last >= opened:
        return False
    return _list_goes_on(view, quantities[before], quantity, places, skip=(opened, k))


def _shared_change_noun(view: SentenceView, quantities: tuple[Located, ...], index: int, places: _Places) -> bool:
    """A number coordinated with later numbers before one change noun that heads them all: "achieving 12.9%
    mAP, 11.0% mAP, and 10.4% mAP improvements", "a 16% relative and 6% absolute reduction in WER"; each
    member is a change, as the last one is. Between members stand only list joiners, and after each number
    only its metric and change modifiers ("relative", "absolute")."""
    words, modifiers = view.words, number_cues().change_modifiers
    k = index
    while True:
        i = quantities[k].last + 1
        while i < len(words) and (i in places.metrics or words[i] in modifiers or words[i] == "$"):
            i += 1
        if i < len(words) and words[i] in _CHANGE_NOUNS:
            return k > index  # the last member alone is read by _is_change / _metric_then_change
        if quantities[k].span.text[:1].isalpha():
            return False  # "(r=0.97 and 14% accuracy gap)": a labelled statistic, not a member
        j = i
        while j < len(words) and words[j] in _LIST_JOINERS:
            j += 1
        if j == i or k + 1 >= len(quantities) or quantities[k + 1].first != j:
            return False
        k += 1


def _in_change_bracket(words: tuple[str, ...], first: int) -> bool:
    """A number in brackets right after a change noun: "with minimal accuracy loss (1.2% and 0.6% pass@1)",
    "a large gain (+3.1 mIoU)"; the bracket states the size of the change."""
    for k in range(first - 1, max(-1, first - 12), -1):
        if words[k] == "(":
            return k > 0 and (words[k - 1] in _CHANGE_NOUNS or _change_in_before(words, k))
        if words[k] in (")", ";", ".", ":") or words[k] in number_cues().statistic_words:
            return False
    return False


def _change_in_before(words: tuple[str, ...], bracket: int) -> bool:
    """A bracket that holds one number only ("(up to 0.08)"), opened right after "<change noun> in <metric>"
    ("fairness disparities in F1-score (up to 0.08)", "a gain in accuracy (2.1%)"): the bracket states the
    size of the change, not a score of the metric."""
    close = next((k for k in range(bracket + 1, min(len(words), bracket + 6)) if words[k] == ")"), None)
    if close is None or sum(any(c.isdigit() for c in words[k]) for k in range(bracket + 1, close)) != 1:
        return False
    for k in range(bracket - 2, max(-1, bracket - 6), -1):  # the metric: one to three words
        if words[k] == "in":
            return k > 0 and words[k - 1] in _CHANGE_NOUNS
        if words[k] in _LIST_JOINERS and k > 0 and words[k - 1] == ")":  # "... in F1 (up to 0.08) and TPR (0.11)"
            opener = next((j for j in range(k - 2, max(-1, k - 8), -1) if words[j] == "("), None)
            return opener is not None and _change_in_before(words, opener)
        if not words[k].replace("-", "").isalnum() or words[k][:1].isdigit():
            return False
    return False


def _bracket_then_change(view: SentenceView, quantity: Located, metrics: frozenset[int]) -> bool:
    """A number in brackets whose closing bracket is followed by a change noun: "(4.69%-15.26% in FID)
    improvement"."""
    words, i = view.words, quantity.last + 1
    while i < len(words) and (words[i] == "in" or i in metrics):
        i += 1
    return i + 1 < len(words) and words[i] == ")" and words[i + 1] in _CHANGE_NOUNS


def _glossed_metric_then_change(view: SentenceView, quantity: Located, places: _Places) -> bool:
    """The number, what it measures and that measure's abbreviation in brackets, then a change noun: "a
    0.015 mean Average Precision (mAP) drop", "a 67.7% Absolute Point Error (APE) improvement"; also
    across a slash pair of such numbers ("a 15 dB (PSNR) / 0.65 (MS-SSIM) increase": both are changes)."""
    words, i = view.words, quantity.last + 1
    modifiers = number_cues().change_modifiers
    for _ in range(2):
        while i < len(words) and i in places.metrics:
            i += 1
        if i >= len(words) or words[i] != "(" or (close := _gloss_end(words, i)) is None:
            return False
        i = close + 1
        while i < len(words) and words[i] in modifiers:
            i += 1
        if i < len(words) and words[i] in _CHANGE_NOUNS:
            return True
        if i + 1 >= len(words) or words[i] != "/" or i + 1 not in places.numbers:
            return False
        i += 1
        while i < len(words) and i in places.numbers:
            i += 1
    return False


def _change_in_metric_before(view: SentenceView, quantity: Located, places: _Places) -> bool:
    """A change noun, "in" and the metric right before the number: "an improvement in the Dice score 5%
    compared to the baselines" (the number is the size of the improvement, not a Dice score)."""
    words, k = view.words, quantity.first - 1
    while k >= 0 and _latex_opener(words[k]):
        k -= 1
    if k < 0 or k not in places.metrics:
        return False
    while k >= 0 and (k in places.metrics or words[k] in ("the", "a", "an")):
        k -= 1
    return k >= 1 and words[k] == "in" and words[k - 1] in _CHANGE_NOUNS


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
    """A change noun right after the metric the number is followed by: "~10% acceptance rate improvements",
    also a difference noun ("a 0.04% accuracy difference", "a 0.68 dB PSNR change")."""
    if metric is None or how != "after" or metric.first - quantity.last > 2:
        return False
    words, i = view.words, metric.last + 1
    while i < len(words) and words[i] in ("accuracy", "score", "scores"):
        i += 1  # "a 1.0 mAP accuracy reduction"
    if i < len(words) and words[i] == "of":  # "0.02--0.04 AUC of untapped headroom"
        return any(words[k] in _CHANGE_NOUNS for k in range(i + 1, min(len(words), i + 4)))
    return i < len(words) and (words[i] in _CHANGE_NOUNS or words[i] in number_cues().difference_nouns)


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


def _changed_metric_before(view: SentenceView, quantity: Located, metric: _Metric | None, how: str) -> bool:
    """A number right after the metric a change verb takes as its object: "reduces the MAE 4.7%",
    "improves accuracy 4.5% over X" (change_verbs, change_object_determiners); a score would follow "to"
    ("reduces the MAE to 4.7"). A verb in -ed needs a determiner after it: "with improved accuracy 91%"."""
    if metric is None or how != "before" or metric.last + 1 != quantity.first:
        return False
    nc, words, k = number_cues(), view.words, metric.first - 1
    determiner = k >= 0 and words[k] in nc.change_object_determiners
    if determiner:
        k -= 1
    return k >= 0 and words[k] in nc.change_verbs and (determiner or not words[k].endswith("ed"))


@cache
def _change_links() -> frozenset[str]:
    """Words between a change noun and its number ("gain amounts to 6.98%"), and the bound words that are
    words ("gaps exceeding 20 AP", "a gap below 1%": after a change noun, no bound but the change's value)."""
    nc = number_cues()
    return nc.change_links | frozenset(w for w in nc.bound_words if w.isalpha())


def _previous_is_change(words: tuple[str, ...], first: int, cues: ClaimCues) -> bool:
    if first >= 2 and words[first - 2 : first] == ("up", "to"):  # "improves answer accuracy up to 12.0%"
        k = first - 3
        if k >= 1 and words[k] == "(":
            k -= 1  # "improves global model accuracy (up to 7.1%)": the bracket states the size of the gain
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
    if words[i] in number_cues().difference_nouns and words[i + 1] == "of":
        return True  # "relative percentage differences of 9.74%"
    w = words[i]
    if w in ("by", "within") or w in _CHANGE_NOUNS or w in number_cues().change_verbs:
        return True  # "by 5%", "a gain of 5%", "while only losing 0.64% in accuracy"
    if i and words[i - 1] in _CHANGE_NOUNS and (w == "in" or (w == "," and i + 1 < first)):
        return True  # "average improvement in 27.8% Recall@10", "substantial gains, up to 34.50% in accuracy"
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
