"""run_query over a build folder, its errors, and the result formatters."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
import rdflib

from claimgraph.errors import QueryError
from claimgraph.query import clear_cache, find_export, format_result, read_query, run_query, to_csv, to_json
from claimgraph.query.formatting import compact_iri, format_table

MODELS = (
    "SELECT ?label ?params WHERE { ?m a cg:Model ; skos:prefLabel ?label . "
    "OPTIONAL { ?m cg:parameterCount ?params } } ORDER BY ?label"
)


def test_select_returns_columns_and_rdflib_terms(build_dir):
    result = run_query(MODELS, build_dir)
    assert result.columns == ("label", "params")
    labels = [str(label) for label, _ in result.rows]
    assert labels == ["GPT-4", "LLaMA", "LLaMA-13B", "LLaMA-2-7B", "LLaMA-7B", "Llama 2"]
    params = {str(label): value for label, value in result.rows}
    assert params["LLaMA"] is None
    assert isinstance(params["LLaMA-7B"], rdflib.Literal) and params["LLaMA-7B"].toPython() == 7_000_000_000
    assert result.to_python()[4] == {"label": "LLaMA-7B", "params": 7_000_000_000}
    assert result.source.name == "claimgraph.nq"


def test_default_graph_is_the_union_of_the_paper_graphs(build_dir):
    # claims live in named graphs, entities in the default graph: one pattern joins both
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?c a cg:Claim ; cg:subject ?s . ?s skos:prefLabel ?l }"
    assert run_query(query, build_dir).rows[0][0].toPython() == 5
    assert run_query(query, build_dir, union_default_graph=False).rows[0][0].toPython() == 0
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?c a cg:Claim } }"
    assert run_query(graphs, build_dir).rows[0][0].toPython() == 3


def test_ask_and_construct(build_dir):
    ask = run_query("ASK { ?c cg:hedged true }", build_dir)
    assert ask.kind == "ask" and ask.rows[0][0].toPython() is True
    built = run_query("CONSTRUCT { ?v cg:variantOf ?f } WHERE { ?v cg:variantOf ?f }", build_dir)
    assert built.kind == "graph" and built.columns == ("subject", "predicate", "object") and len(built) == 3


def test_turtle_only_build_and_single_file(tmp_path, build_dir):
    (tmp_path / "claimgraph.ttl").write_bytes((build_dir / "claimgraph.ttl").read_bytes())
    assert find_export(tmp_path)[0].name == "claimgraph.ttl"
    assert len(run_query(MODELS, tmp_path)) == 6
    assert len(run_query(MODELS, build_dir / "claimgraph.ttl")) == 6


def test_bad_sparql_is_a_query_error(build_dir):
    with pytest.raises(QueryError, match="bad SPARQL"):
        run_query("SELECT ?x WHERE { ?x ", build_dir)
    with pytest.raises(QueryError, match="empty"):
        run_query("   ", build_dir)


def test_missing_or_empty_build_is_a_query_error(tmp_path):
    with pytest.raises(QueryError, match="claimgraph build"):
        run_query(MODELS, tmp_path / "nowhere")
    with pytest.raises(QueryError, match="no RDF export"):
        run_query(MODELS, tmp_path)
    broken = tmp_path / "claimgraph.nq"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot load"):
        run_query(MODELS, tmp_path)


def test_a_rewritten_build_is_reloaded(tmp_path, build_dir):
    target = tmp_path / "claimgraph.nq"
    text = (build_dir / "claimgraph.nq").read_text(encoding="utf-8")
    target.write_text(text, encoding="utf-8")
    assert len(run_query(MODELS, tmp_path)) == 6
    lines = [ln for ln in text.splitlines() if "model/gpt-4>" not in ln]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.utime(target, ns=(1, 1))
    assert len(run_query(MODELS, tmp_path)) == 5
    clear_cache()
    assert len(run_query(MODELS, tmp_path)) == 5


def test_read_query_reads_files_and_passes_text(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK {}", encoding="utf-8")
    assert read_query(path) == "ASK {}"
    assert read_query(str(path)) == "ASK {}"
    assert read_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"
    with pytest.raises(QueryError, match="cannot read"):
        read_query(tmp_path / "missing.rq")


def test_formatters(build_dir):
    result = run_query(MODELS, build_dir)
    table = format_table(result)
    lines = table.splitlines()
    assert lines[0].split(" | ")[0].strip() == "label" and lines[-1] == "(6 rows)"
    assert "7000000000" in table
    rows = list(csv.reader(io.StringIO(to_csv(result))))
    assert rows[0] == ["label", "params"] and ["LLaMA", ""] in rows
    document = json.loads(to_json(result))
    assert document["head"]["vars"] == ["label", "params"]
    binding = document["results"]["bindings"][4]
    assert binding["params"] == {
        "type": "literal",
        "value": "7000000000",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }
    assert "params" not in document["results"]["bindings"][1]
    assert json.loads(to_json(run_query("ASK { ?s ?p ?o }", build_dir))) == {"head": {}, "boolean": True}
    assert format_result(result, "csv") == to_csv(result)
    with pytest.raises(ValueError):
        format_result(result, "xml")


def test_compact_iri():
    assert compact_iri("https://w3id.org/claimgraph/ontology#Claim") == "cg:Claim"
    assert compact_iri("http://example.org/x") == "<http://example.org/x>"
    assert compact_iri("http://example.org/x", {"ex": "http://example.org/"}) == "ex:x"
