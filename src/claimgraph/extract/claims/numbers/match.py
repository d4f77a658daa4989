"""What a number of a claim means: the :class:`ComparisonMatch` the reading gives each number, and the
roles it may take."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

ROLES = ("score", "change", "baseline", "size", "cost")


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
