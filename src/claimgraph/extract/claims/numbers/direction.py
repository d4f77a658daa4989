"""Which way a number moves ("increase", "decrease", "within", "equal" or "unknown") and whether its
change is relative (x/times/fold, or "%" of a metric that is not itself a percentage)."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues, MetricInfo
from claimgraph.extract.claims.numbers.words import AFTER, BEFORE, _parsed, _written
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text


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


def is_relative(view: SentenceView, quantity: Located, heading: str, info: MetricInfo | None, cues: ClaimCues) -> bool:
    """Whether the number is a relative (ratio/percent-of) change."""
    match = _parsed(quantity)
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
