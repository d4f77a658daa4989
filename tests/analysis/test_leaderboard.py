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


def _graph_with_roles():
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_node("Dataset:mmlu", kind="Dataset", label="MMLU")
    G.add_node("Dataset:gsm8k", kind="Dataset", label="GSM8K")
    G.add_node("Model:a", kind="Model", label="A")
    G.add_node(
        "claim:p:0",
        kind="Claim",
        paper="p",
        text="A improves accuracy from 61% to 75% on MMLU (+14 points), with 7B parameters, and 80% on GSM8K.",
        quantities=[
            {"text": "61%", "value": 61.0, "unit": "%"},
            {"text": "75%", "value": 75.0, "unit": "%"},
            {"text": "+14 points", "value": 14.0, "unit": "points"},
            {"text": "7B", "value": 7e9, "unit": None},
            {"text": "80%", "value": 80.0, "unit": "%"},
        ],
        comparisons=[
            {"quantity": "61%", "metric": "accuracy", "role": "baseline", "dataset": "MMLU", "relative": False},
            {"quantity": "75%", "metric": "accuracy", "role": "score", "dataset": "MMLU", "relative": False},
            {"quantity": "+14 points", "metric": "accuracy", "role": "change", "dataset": "MMLU", "relative": False},
            {"quantity": "7B", "metric": None, "role": "size", "relative": False},
            {"quantity": "80%", "metric": "accuracy", "role": "score", "dataset": "GSM8K", "relative": False},
        ],
    )
    G.add_edge("claim:p:0", "Model:a", relation="subject")
    G.add_edge("claim:p:0", "Dataset:mmlu", relation="dataset")
    G.add_edge("claim:p:0", "Dataset:gsm8k", relation="dataset")
    return G


def test_only_absolute_scores_by_default_each_on_its_own_dataset():
    rows = leaderboard(_graph_with_roles(), dataset=None)
    assert [(r.dataset_label, r.quantity) for r in rows] == [("GSM8K", "80%"), ("MMLU", "75%")]


def test_changes_only_when_asked():
    rows = leaderboard(_graph_with_roles(), dataset="MMLU", roles=("score", "change"))
    assert sorted(r.quantity for r in rows) == ["+14 points", "75%"]
    assert leaderboard(_graph_with_roles(), dataset="MMLU", roles=("baseline",))[0].quantity == "61%"


def _graph_with_unbound_numbers():
    import networkx as nx

    G = nx.MultiDiGraph()
    for key, label in (("Dataset:mmlu", "MMLU"), ("Dataset:gsm8k", "GSM8K")):
        G.add_node(key, kind="Dataset", label=label)
    G.add_node("Model:a", kind="Model", label="A")
    G.add_node(
        "claim:p:0",
        kind="Claim",
        paper="p",
        text="A reaches 80% accuracy on MMLU, 71.2 on GSM8K, 65% on SDXL and 3.1 overall.",
        quantities=[
            {"text": "80%", "value": 80.0, "unit": "%"},
            {"text": "71.2", "value": 71.2, "unit": None},
            {"text": "65%", "value": 65.0, "unit": "%"},
            {"text": "3.1", "value": 3.1, "unit": None},
        ],
        comparisons=[
            {"quantity": "80%", "metric": "accuracy", "role": "score", "dataset": "MMLU", "relative": False},
            {"quantity": "71.2", "metric": None, "role": "score", "dataset": "GSM8K", "relative": False},
            {"quantity": "65%", "metric": "accuracy", "role": "score", "dataset": "SDXL", "relative": False},
            {"quantity": "3.1", "metric": "accuracy", "role": "score", "dataset": None, "relative": False},
        ],
    )
    G.add_edge("claim:p:0", "Model:a", relation="subject")
    G.add_edge("claim:p:0", "Dataset:mmlu", relation="dataset")
    G.add_edge("claim:p:0", "Dataset:gsm8k", relation="dataset")
    return G


def test_a_number_without_a_metric_or_a_known_dataset_gives_no_row():
    rows = leaderboard(_graph_with_unbound_numbers(), dataset=None)
    # 71.2 has no metric; 65% is on a dataset the claim does not link; 3.1 names no dataset
    assert [(r.dataset_label, r.quantity, r.metric) for r in rows] == [("MMLU", "80%", "accuracy")]
    assert leaderboard(_graph_with_unbound_numbers(), dataset="GSM8K") == []


def test_a_row_belongs_to_the_model_its_number_is_tied_to():
    G = _graph_with_roles()
    G.add_node("Model:b", kind="Model", label="B")
    G.add_edge("claim:p:0", "Model:b", relation="baseline")
    for c in G.nodes["claim:p:0"]["comparisons"]:
        if c["quantity"] == "80%":
            c["model"] = "B"  # "..., while B reaches 80% on GSM8K"
    rows = {r.quantity: r.subject_label for r in leaderboard(G, dataset=None)}
    assert rows == {"80%": "B", "75%": "A"}  # the claim's subject keeps the numbers tied to no other name


def test_a_named_model_found_nowhere_gives_no_subject_rather_than_the_claims():
    G = _graph_with_roles()
    for c in G.nodes["claim:p:0"]["comparisons"]:
        if c["quantity"] == "80%":
            c["model"] = "Unknown-7B"
    rows = {r.quantity: r.subject for r in leaderboard(G, dataset=None)}
    assert rows == {"80%": None, "75%": "Model:a"}


def test_decibel_scores_give_rows():
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_node("Dataset:set5", kind="Dataset", label="Set5")
    G.add_node("Model:a", kind="Model", label="A")
    G.add_node(
        "claim:p:0",
        kind="Claim",
        paper="p",
        text="A reaches a PSNR of 32.1 dB on Set5.",
        quantities=[{"text": "32.1 dB", "value": 32.1, "unit": "dB"}],
        comparisons=[{"quantity": "32.1 dB", "metric": "PSNR", "role": "score", "dataset": "Set5", "relative": False}],
    )
    G.add_edge("claim:p:0", "Model:a", relation="subject")
    G.add_edge("claim:p:0", "Dataset:set5", relation="dataset")
    [row] = leaderboard(G, dataset="Set5")
    assert (row.value, row.unit, row.metric) == (32.1, "dB", "PSNR")


def _one_claim(quantity: dict, comparison: dict):
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_node("Dataset:dfc23", kind="Dataset", label="DFC23")
    G.add_node("Model:m", kind="Model", label="M")
    G.add_node(
        "claim:p:0", kind="Claim", paper="p", text="M reaches it.", quantities=[quantity], comparisons=[comparison]
    )
    G.add_edge("claim:p:0", "Model:m", relation="subject")
    G.add_edge("claim:p:0", "Dataset:dfc23", relation="dataset")
    return G


def test_a_physical_unit_is_a_score_unit_shown_with_the_value():
    G = _one_claim(
        {"text": "1.77~m", "value": 1.77, "high": None, "unit": "m"},
        {"quantity": "1.77~m", "metric": "RMSE", "role": "score", "dataset": "DFC23", "relative": False},
    )
    [row] = leaderboard(G, dataset="DFC23")
    assert (row.value, row.unit, row.metric) == (1.77, "m", "RMSE")


def test_only_absolute_scores_give_rows():
    for role in ("baseline", "change", "size", "cost", None):
        G = _one_claim(
            {"text": "99%", "value": 99.0, "high": None, "unit": "%"},
            {"quantity": "99%", "metric": "accuracy", "role": role, "dataset": "DFC23", "relative": False},
        )
        assert leaderboard(G, dataset="DFC23") == []
    G = _one_claim(
        {"text": "12 GB", "value": 12.0, "high": None, "unit": "GB"},
        {"quantity": "12 GB", "metric": "memory", "role": "score", "dataset": "DFC23", "relative": False},
    )
    assert leaderboard(G, dataset="DFC23") == []  # a cost unit is never a score


def test_a_number_without_a_comparison_gives_no_row_in_a_graph_with_roles():
    G = _one_claim(
        {"text": "1.77~m", "value": 1.77, "high": None, "unit": "m"},
        {"quantity": "1.77~m", "metric": "RMSE", "role": "score", "dataset": "DFC23", "relative": False},
    )
    G.add_node(
        "claim:q:0",
        kind="Claim",
        paper="q",
        text="It reaches an accuracy of over 99%.",
        comparisons=[],
        quantities=[{"text": "99%", "value": 99.0, "high": None, "unit": "%", "measures": "accuracy"}],
    )
    G.add_edge("claim:q:0", "Dataset:dfc23", relation="dataset")
    assert [r.claim for r in leaderboard(G, dataset="DFC23")] == ["claim:p:0"]
