"""Counters of the scores and the one-to-one matching they are built on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one row.

    Ratios whose denominator is zero are ``None`` (undefined), not 0:
    ``precision`` is undefined without predictions, ``recall`` without gold
    items, and ``f1 = 2tp / (2tp + fp + fn)`` only when both are empty.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """``tp / (tp + fp)``, or None without predictions."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """``tp / (tp + fn)``, or None without gold items."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """``2tp / (2tp + fp + fn)``, or None when there is nothing at all."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None

    def as_dict(self) -> dict[str, float | int | None]:
        """The counts and ratios as a JSON-ready dict."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``correct`` out of ``total`` matched pairs; ``value`` is None when total is 0."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        """``correct / total`` or None."""
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, float | int | None]:
        """The counts and the ratio as a JSON-ready dict."""
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


def max_matching(candidates: Sequence[Sequence[int]], n_gold: int) -> list[int | None]:
    """Pair predictions with gold items, each used at most once, as many as possible.

    Kuhn's augmenting-path algorithm; the lists are small (one paper, one type).

    Parameters
    ----------
    candidates : sequence of sequence of int
        ``candidates[i]`` lists the gold indices prediction ``i`` may match, in
        order of preference.
    n_gold : int
        Number of gold items.

    Returns
    -------
    list of (int or None)
        For each prediction, the gold index it is matched to, or None.

    Examples
    --------
    >>> max_matching([[0, 1], [0]], 2)
    [1, 0]
    >>> max_matching([[0], [0]], 1)
    [0, None]
    """
    owner: list[int | None] = [None] * n_gold

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            current = owner[j]
            if current is None or augment(current, seen):
                owner[j] = i
                return True
        return False

    for i in range(len(candidates)):
        augment(i, set())
    assignment: list[int | None] = [None] * len(candidates)
    for j, i in enumerate(owner):
        if i is not None:
            assignment[i] = j
    return assignment


def matched_counts(candidates: Sequence[Sequence[int]], n_gold: int) -> Counts:
    """Counts of a maximum one-to-one matching (see :func:`max_matching`)."""
    tp = sum(1 for j in max_matching(candidates, n_gold) if j is not None)
    return Counts(tp=tp, fp=len(candidates) - tp, fn=n_gold - tp)
