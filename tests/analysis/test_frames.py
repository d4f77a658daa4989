"""DataFrames of papers, entities and claims, and to_frame/biadjacency_frame."""

from __future__ import annotations

import pytest

from claimgraph.analysis import (
    biadjacency_frame,
    bipartite_projection,
    claims_frame,
    entities_frame,
    leaderboard,
    papers_frame,
    to_frame,
)

pd = pytest.importorskip("pandas", reason="pandas is the optional 'analysis' extra")


def test_papers_frame(toy):
    frame = papers_frame(toy)
    assert list(frame.index) == ["p1", "p2", "p3", "p4"]
    assert frame.loc["p3", "claims"] == 2 and frame.loc["p4", "entities"] == 8
    assert frame.loc["p3", "proposes"] == ["Gamma"] and frame.loc["p1", "proposes"] == []
    assert frame.loc["p4", "upvotes"] == 9


def test_entities_frame(toy):
    frame = entities_frame(toy)
    assert len(frame) == 11
    assert frame.index[0] == "Dataset:bench"  # mentioned by all four papers
    alpha = frame.loc["Model:alpha"]
    assert (alpha["label"], alpha["paper_count"], alpha["claims"]) == ("Alpha", 3, 1)
    assert (alpha["outperforms"], alpha["outperformed_by"]) == (2, 2)
    assert list(entities_frame(toy, kind="Model").index) == ["Model:alpha", "Model:beta"]


def test_claims_frame(toy):
    frame = claims_frame(toy)
    assert len(frame) == 6
    row = frame.loc["claim:p2:0"]
    assert row["subject"] == "Beta" and row["datasets"] == ["Bench"]
    assert row["metrics"] == ["accuracy", "perplexity"] and row["values"] == [84.0, 12.3, 7e9]
    assert frame.loc["claim:p3:1", "datasets"] == []


def test_to_frame_and_biadjacency(toy):
    table = to_frame(leaderboard(toy, dataset="Bench"))
    assert list(table["subject_label"]) == ["Beta", "Alpha", "Delta", "Gamma", "Delta", "Beta"]
    assert "sentence" in table.columns
    B = bipartite_projection(toy, rows="Model", cols="Dataset", relation="mentions")
    matrix = biadjacency_frame(B)
    assert list(matrix.index) == ["Alpha", "Beta"] and list(matrix.columns) == ["Bench", "Other"]
    assert matrix.values.tolist() == [[3, 1], [2, 0]]
