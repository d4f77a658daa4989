"""leaderboard(): rows, metric direction, ranks and filters on the toy graph."""

from __future__ import annotations

import pytest

from claimgraph.analysis import leaderboard, metric_direction


def _rows(rows):
    return [(r.rank, r.subject_label, r.value, r.metric, r.relative) for r in rows]


def test_full_leaderboard_is_sorted_by_metric_and_direction(toy):
    rows = leaderboard(toy, dataset="Dataset:bench")
    assert _rows(rows) == [
        (1, "Beta", 84.0, "accuracy", False),
        (2, "Alpha", 81.5, "accuracy", False),  # a tie shares the rank
        (2, "Delta", 81.5, "accuracy", False),
        (1, "Gamma", 2.0, "accuracy", True),
        (1, "Delta", 10.1, "perplexity", False),  # lower is better
        (2, "Beta", 12.3, "perplexity", False),
    ]


def test_rows_carry_provenance_and_directions(toy):
    beta = [r for r in leaderboard(toy, dataset="Bench") if r.subject == "Model:beta"]
    accuracy, perplexity = beta
    assert accuracy.metric_key == "Metric:accuracy" and accuracy.higher_is_better is True
    assert accuracy.paper == "p2" and accuracy.claim == "claim:p2:0" and accuracy.quantity == "84.0%"
    assert accuracy.sentence.startswith("Beta reaches 84.0% accuracy")
    # no comparison: the metric comes from "measures", the direction from the default table
    assert perplexity.metric_key == "Metric:perplexity" and perplexity.higher_is_better is False
    assert perplexity.unit is None and perplexity.dataset_label == "Bench"
    assert all(r.unit != "parameters" for r in leaderboard(toy, dataset="Bench"))


def test_filters(toy):
    assert _rows(leaderboard(toy, dataset="bench-x", metric="Perplexity")) == [
        (1, "Delta", 10.1, "perplexity", False),
        (2, "Beta", 12.3, "perplexity", False),
    ]
    assert [r.subject_label for r in leaderboard(toy, dataset="Bench", metric="acc", relative=True)] == ["Gamma"]
    assert len(leaderboard(toy, dataset="Bench", relative=False)) == 5
    assert leaderboard(toy, dataset="Dataset:other") == []
    assert leaderboard(toy, dataset="Bench", metric="BLEU") == []
    assert len(leaderboard(toy, dataset=None)) == 6


def test_unknown_dataset_is_an_error(toy):
    with pytest.raises(KeyError, match="no Dataset called 'nope'"):
        leaderboard(toy, dataset="nope")


def test_metric_direction_table():
    assert metric_direction("Top-1 Accuracy") is True
    assert metric_direction("WER") is False and metric_direction("bits per dimension") is False
    assert metric_direction(None) is None and metric_direction("novelty") is None
