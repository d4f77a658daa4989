"""Every example query in queries/ returns the expected rows on the fixture graph."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from graph_fixture import build_fixture_graph  # noqa: E402  (tests/ is on sys.path: conftest.py)

from claimgraph.export import export_graph
from claimgraph.extract.quantities.units import SCORE_UNITS
from claimgraph.query import read_query, run_query

P1, P2, P3 = "2401.00001", "2401.00002", "h-0a1b2c3d4e5f"
SPT = "Semantic-aware Permutation Training"


#: The queries' VALUES defaults name things of the seeds build; the fixture has its own.
FIXTURE_VALUES = {
    "models_on_benchmark": ('"MMLU"', '"GSM8K"'),
    "outperforms_model": ('"GPT-3.5"', '"LLaMA-7B"'),
    "claim_provenance": ('"h-6b1d943c6017"', f'"{P2}"'),
    "related_papers": ('"h-b9efe4d8e4cd"', f'"{P1}"'),
}


def _rows(queries_dir, build_dir, name):
    text = read_query(queries_dir / f"{name}.rq")
    if name in FIXTURE_VALUES:
        default, fixture = FIXTURE_VALUES[name]
        assert f"{{ {default} }}" in text, f"{name}.rq: VALUES default changed"
        text = text.replace(f"{{ {default} }}", f"{{ {fixture} }}")
    result = run_query(text, build_dir)
    return [tuple(None if v is None else v.toPython() for v in row) for row in result.rows], result.columns


def test_models_on_benchmark(queries_dir, build_dir):
    rows, columns = _rows(queries_dir, build_dir, "models_on_benchmark")
    assert columns == ("entity", "kind", "papers", "paperIds")
    assert rows == [("GPT-4", "Model", 1, P3), ("QuaRot", "Method", 1, P2), (SPT, "Method", 1, P1)]


def test_outperforms_model(queries_dir, build_dir):
    rows, columns = _rows(queries_dir, build_dir, "outperforms_model")
    assert columns == ("winner", "beaten", "paperId", "value", "unit", "quote")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        ("QuaRot", "LLaMA-7B", P2, Decimal("2.1"), "points"),
        ("QuaRot", "LLaMA-7B", P3, None, None),
        (SPT, "LLaMA-7B", P1, Decimal("4.2"), "%"),
    ]
    assert rows[1][5] == "As reported before, QuaRot outperforms LLaMA-7B."
    assert rows[2][5] == "SPT outperforms LLaMA-7B by 4.2% accuracy on GSM8K."


def test_top_benchmarks(queries_dir, build_dir):
    rows, _ = _rows(queries_dir, build_dir, "top_benchmarks")
    assert rows == [("GSM8K", 3, 3), ("MMLU", 2, 3), ("MathBench", 1, 0)]


def test_claims_per_metric(queries_dir, build_dir, tmp_path):
    # every number of the fixture's claims is a change (or has no comparison): no absolute score
    rows, columns = _rows(queries_dir, build_dir, "claims_per_metric")
    assert columns == ("metric", "claims", "values", "lowest", "highest", "units", "example")
    assert rows == []
    # asked for changes too, they count (the claim without comparisons still does not)
    text = read_query(queries_dir / "claims_per_metric.rq").replace('{ "score" }', '{ "score" "change" }')
    result = run_query(text, build_dir)
    rows = [tuple(None if v is None else v.toPython() for v in row) for row in result.rows]
    assert [r[:5] for r in rows] == [
        ("accuracy", 2, 2, Decimal("2.1"), Decimal("4.2")),
        ("perplexity", 1, 1, Decimal("99"), Decimal("99")),
    ]
    assert sorted(rows[0][5].split()) == ["%", "points"]
    assert rows[1][6] == "QuaRot preserves 99% of the perplexity of LLaMA-2-7B."
    # the query's unit filter is the leaderboard's SCORE_UNITS, spelled out
    listed = re.search(r"\?unit IN \(([^)]*)\)", read_query(queries_dir / "claims_per_metric.rq")).group(1)
    assert set(re.findall(r'"([^"]*)"', listed)) == SCORE_UNITS - {None}
    _claims_per_metric_counts_a_number_named_by_an_alias_of_the_metric(queries_dir, tmp_path)


def _claims_per_metric_counts_a_number_named_by_an_alias_of_the_metric(queries_dir, tmp_path):
    # "99% PPL" read as a score, the metric node labelled "perplexity" with the alias "PPL"
    G = build_fixture_graph()
    G.nodes["metric:perplexity"]["aliases"] = ["perplexity", "PPL"]
    [claim] = [n for n, d in G.nodes(data=True) if d.get("kind") == "Claim" and "99%" in d.get("text", "")]
    G.nodes[claim]["comparisons"] = [dict(G.nodes[claim]["comparisons"][0], metric="PPL", role="score")]
    export_graph(G, tmp_path, formats=("nq",))
    rows, _ = _rows(queries_dir, tmp_path, "claims_per_metric")
    assert [r[:5] for r in rows] == [("perplexity", 1, 1, Decimal("99"), Decimal("99"))]
    # a name that is neither the label nor an alias does not count
    G.nodes["metric:perplexity"]["aliases"] = ["perplexity"]
    export_graph(G, tmp_path / "other", formats=("nq",))
    assert _rows(queries_dir, tmp_path / "other", "claims_per_metric")[0] == []


def test_paper_proposals(queries_dir, build_dir):
    rows, _ = _rows(queries_dir, build_dir, "paper_proposals")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        (P1, SPT, "Method"),
        (P2, "QuaRot", "Method"),
        (P3, "MathBench", "Dataset"),
    ]


def test_hedged_claims(queries_dir, build_dir):
    rows, _ = _rows(queries_dir, build_dir, "hedged_claims")
    assert rows == [
        (P1, "finding", SPT, Decimal("0.55"), "These results suggest that SPT may generalize to other tasks.")
    ]


def test_model_variants(queries_dir, build_dir):
    rows, _ = _rows(queries_dir, build_dir, "model_variants")
    # LLaMA-2-7B is a variant of Llama 2, not of LLaMA
    assert rows == [("LLaMA-7B", 7_000_000_000, 3), ("LLaMA-13B", 13_000_000_000, 1)]


def test_shared_datasets(queries_dir, build_dir):
    rows, _ = _rows(queries_dir, build_dir, "shared_datasets")
    assert [(r[0], r[1], sorted(r[2].split())) for r in rows] == [
        ("GSM8K", 3, sorted([P1, P2, P3])),
        ("MMLU", 2, sorted([P2, P3])),
    ]


def test_related_papers(queries_dir, build_dir):
    rows, _ = _rows(queries_dir, build_dir, "related_papers")
    assert [(r[0], r[2], r[3]) for r in rows] == [(P2, 1, "GSM8K"), (P3, 1, "GSM8K")]
    assert rows[0][1].startswith("QuaRot")


def test_claim_provenance(queries_dir, build_dir):
    rows, columns = _rows(queries_dir, build_dir, "claim_provenance")
    assert columns == ("claim", "sources", "field", "start", "end", "version", "sentence")
    assert [r[0].rsplit("/", 2)[-2:] for r in rows] == [[P2, "0"], [P2, "1"]]
    claim = rows[1]
    assert sorted(claim[1].split()) == ["seeds/a.txt:40", "seeds/b.txt:3"]
    assert claim[2:6] == ("abstract", 139, 192, "0.1.0")
    assert claim[6] == "QuaRot preserves 99% of the perplexity of LLaMA-2-7B."


def test_every_example_query_is_tested_and_documented(queries_dir):
    tested = {
        name[len("test_") :]
        for name in globals()
        if name.startswith("test_") and not name.startswith(("test_every", "test_parameterised"))
    }
    files = {p.stem for p in queries_dir.glob("*.rq")}
    assert len(files) >= 8
    assert files == tested
    for path in queries_dir.glob("*.rq"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ") and "Question:" in text, path.name


@pytest.mark.parametrize(
    "name", ["models_on_benchmark", "outperforms_model", "model_variants", "related_papers", "claim_provenance"]
)
def test_parameterised_queries_have_one_values_line(queries_dir, name):
    text = (queries_dir / f"{name}.rq").read_text(encoding="utf-8")
    edit_lines = re.findall(r"^\s*VALUES \?\w+ \{[^}]*\}", text, flags=re.M)
    assert len(edit_lines) == 1, edit_lines
    assert "Edit the VALUES line" in text
