"""Counts and Accuracy: sums and undefined ratios."""

from __future__ import annotations

from claimgraph.evaluate import Accuracy, Counts


def test_counts_undefined_ratios() -> None:
    assert Counts().f1 is None and Counts().precision is None
    only_fn = Counts(0, 0, 3)
    assert only_fn.precision is None and only_fn.recall == 0.0 and only_fn.f1 == 0.0
    assert Counts(1, 1, 1) + Counts(1, 0, 0) == Counts(2, 1, 1)
    assert Accuracy().value is None and Accuracy(1, 4).value == 0.25
