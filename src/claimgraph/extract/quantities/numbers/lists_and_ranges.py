"""Quantities read together: units shared along a list, token counts by context, ranges and "out of" counts.

Plain functions over the list of quantities found in a text, in the order :func:`~.finding.find_quantities`
runs them: :func:`share_list_units` ("7B and 13B models"), :func:`tokens_by_context` ("a context window of
20K"), :func:`merge_ranges` ("between 3 and 4 bits"; "from 61% to 75%" stays two quantities) and
:func:`merge_out_of` ("4 out of 5 tasks").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimgraph.extract.quantities.numbers.quantity_match import QuantityMatch
from claimgraph.extract.quantities.units import _STOP_WORDS, CUES, MEASURE_UNITS

_LEVEL_AFTER_RE = re.compile(r"\s?(?:CI|C\.I\.|confidence)\b")
_JOIN_RE = re.compile(r"\s*(?:,|and|or|to|-{1,2}|\u2013|\u2014)(?:\s*(?:,|and|or))*\s*")


def share_list_units(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """``found`` with a bare number taking the unit of the next one when a list or range joins them: "7B and
    13B models", "3 or 4 bits", "128K to 512K context"; not a confidence level ("AUC: 0.80, 95% CI") nor a
    fraction listed beside a percentage."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):  # "7B and 13B models", "3 or 4 bits", "128K to 512K context"
        q, nxt = out[i], out[i + 1]
        if q.unit is None and nxt.unit and (q.multiplier == 1) == (nxt.multiplier == 1):
            if _JOIN_RE.fullmatch(text, q.end, nxt.start) and not _LEVEL_AFTER_RE.match(text, nxt.end):
                if not _fraction_beside_percent(text, q, nxt):
                    out[i] = replace(q, unit=nxt.unit)  # not "AUC: 0.80, 95% CI": a confidence level
    return out


_LIST_JOIN_RE = re.compile(r"\s*(?:,|and|or)(?:\s*(?:,|and|or))*\s*")


def _fraction_beside_percent(text: str, q: QuantityMatch, nxt: QuantityMatch) -> bool:
    """Whether a bare fraction below one is listed (",", "and", "or"; not a range) before a percentage of at
    least ten: another scale, so another measure ("an F1-score of 0.71 and 83% recall", "R2 = 0.729 and
    98.1% top-1 retrieval", "0.9487 or 94.87%"), which keeps no unit; not "0.5 to 1% labeled data", "gains
    of 0.5 and 1.5%"."""
    fraction = q.text.startswith(("0.", ".")) and q.value < 1
    return fraction and nxt.unit == "%" and nxt.value >= 10 and bool(_LIST_JOIN_RE.fullmatch(text, q.end, nxt.start))


_OUT_OF_RE = re.compile(r"\s(?:out\s)?of\s")


def tokens_by_context(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A thousands or millions count with no unit and no noun after it counts tokens after a context word
    ("a token length of 20K", "the context window exceeds 20K"), and so does the count a list joins to it
    ("ranging from 2k to 32k")."""
    out = list(found)
    for i, q in enumerate(out):
        if q.unit is not None or q.multiplier not in (1e3, 1e6) or not q.text[:1].isdigit():
            continue
        nxt = re.match(r"\s*([A-Za-z]+)", text[q.end : q.end + 30])
        if nxt and nxt.group(1).lower() not in _STOP_WORDS:
            continue  # "2K resolution": a noun says what it counts
        joined = i > 0 and out[i - 1].unit == "tokens" and _JOIN_RE.fullmatch(text, out[i - 1].end, q.start)
        if joined or _token_context(text, q.start):
            out[i] = replace(q, unit="tokens")
    return out


def _token_context(text: str, start: int) -> bool:
    """Whether a word of ``token_context_words`` stands in the five words before ``start`` (same sentence)."""
    before = text[max(0, start - 60) : start]
    cut = max(before.rfind(". "), before.rfind("; "))
    words = before[cut + 1 :].lower().replace("(", " ").replace(")", " ").split()[-5:]
    return any(w.strip(",:") in CUES.token_context_words for w in words)


def _merge_neighbours(
    found: list[QuantityMatch], join: Callable[[QuantityMatch, QuantityMatch], QuantityMatch | None]
) -> list[QuantityMatch]:
    """``found`` with each quantity merged into the one before it where ``join(before, it)`` gives the merge."""
    merged: list[QuantityMatch] = []
    for q in found:
        joined = join(merged[-1], q) if merged else None
        if joined is None:
            merged.append(q)
        else:
            merged[-1] = joined
    return merged


def merge_out_of(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """ "4 out of 5 tasks", "solves 45 of 50 problems": one count, of the noun after the total ("tasks")."""

    def join(last: QuantityMatch, q: QuantityMatch) -> QuantityMatch | None:
        if (
            last.unit is None
            and last.high is None
            and q.high is None
            and last.multiplier == 1.0
            and q.multiplier == 1.0
            and float(last.value).is_integer()
            and float(q.value).is_integer()
            and 0 <= last.value <= q.value
            and q.unit not in MEASURE_UNITS
            and (m := _OUT_OF_RE.fullmatch(text, last.end, q.start))
            and (" out " in m.group(0) or q.unit is not None)
        ):
            return replace(last, end=q.end, text=text[last.start : q.end], unit=q.unit)
        return None

    return _merge_neighbours(found, join)


def merge_ranges(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """Join "2x to 5x", "ranging from 6 billion to 13 billion", "between 3 and 4 bits" into one range.

    "from X to Y" of a score (%, points, x, no unit) is a change, two
    quantities ("improves accuracy from 61% to 75%"), unless "ranging" or
    "varying" comes first; of a size (parameters, tokens, GB) it is a range.
    """

    def join(last: QuantityMatch, q: QuantityMatch) -> QuantityMatch | None:
        if (
            last.high is None
            and q.high is None
            and q.value >= last.value
            and last.unit in (None, q.unit)
            and _is_range_join(text, last, q)
        ):
            return replace(last, end=q.end, text=text[last.start : q.end], high=q.value, unit=q.unit)
        return None

    return _merge_neighbours(found, join)


def _is_range_join(text: str, low: QuantityMatch, high: QuantityMatch) -> bool:
    between = text[low.end : high.start]
    math = _MATH_WRAP_RE.sub("", between)
    if math != between and math.strip() in ("-", "--", "to", "\u2013", "\u2014"):
        between = "to"  # "$0.97$ to $0.99$", "$31.0$-$42.4%$", "$0.008\\text{--}0.070$": a range set in math
    start = low.start
    while start > 0 and text[start - 1] in " $=":
        start -= 1  # "AUROC $= 0.97$ to $0.99$", "from $41.1%$ to $80.1%$": the words before the math
    before = [w.lstrip("([{") for w in text[max(0, start - 24) : start].lower().split()]  # "(from 80%"
    if between.strip() == "and":
        return bool(before) and before[-1] == "between"
    if between.strip() not in ("to", "\u2013", "\u2014"):
        return False
    if before and before[-1] == "from":
        # "ranging from 6B to 13B", "models from 125M to 2.7B parameters": a range of sizes;
        # "improves accuracy from 61% to 75%": a change, two quantities; "Dice scores ranging from 88.7% to
        # 92.9% and IoU scores from 66.3% to 93.3%": the range verb reaches the next "from" of its list
        return (
            (len(before) > 1 and before[-2] in _RANGE_VERBS)
            or high.unit not in _CHANGE_UNITS
            or _LISTED_RANGE_RE.search(text, max(0, start - 80), start) is not None
        )
    return True


#: LaTeX math around or between two numbers: "$", "\\text{--}".
_MATH_WRAP_RE = re.compile(r"\$|\\text\{|\\textrm\{|\\mathrm\{|\}")
#: "Dice scores ranging from a to b and IoU scores from": the same head noun before both "from"s.
_LISTED_RANGE_RE = re.compile(
    r"\b(?P<head>[a-z]+)\s+(?:ranging|ranged|varying|spanning)\s+from\s+\S+\s+to\s+\S+\s+and\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,2}(?P=head)\s+from\s*$"
)

_CHANGE_UNITS = frozenset({None, "%", "points", "x", "dB"})


_RANGE_VERBS = frozenset(
    {"ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "spanning", "span", "spans"}
)
