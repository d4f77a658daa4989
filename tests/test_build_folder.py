"""``claimgraph build``: all files, determinism, --update equals a full build, atomic writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.build_folder import MANIFEST, build
from claimgraph.cli import main
from claimgraph.graph import read_node_link
from claimgraph.ingest import ingest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SMALL = [SEEDS / "004_cf0922f0ed0f46cc.txt"]
EXPECTED = {
    "papers.jsonl",
    "extractions.jsonl",
    "graph.json",
    "graph.graphml",
    MANIFEST,
    "claimgraph.ttl",
    "claimgraph.nt",
    "claimgraph.nq",
    "claimgraph.trig",
    "claimgraph.jsonld",
}


def contents(folder: Path) -> dict[str, bytes]:
    """The build's files (hidden entries, such as the query index, are caches)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    summary = build(ingest(SMALL), out)
    return out, summary


def test_writes_every_file_and_nothing_else(small_build):
    out, summary = small_build
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == EXPECTED
    assert summary.papers == 22 and summary.extracted == 22 and summary.reused == 0
    assert summary.triples > 1000


def test_graph_file_is_the_graph(small_build):
    out, summary = small_build
    graph = read_node_link(out / "graph.json")
    kinds = [d["kind"] for _, d in graph.nodes(data=True)]
    assert kinds.count("Paper") == 22
    assert kinds.count("Claim") == summary.claims


def test_same_input_gives_byte_identical_builds(small_build, tmp_path):
    out, _ = small_build
    build(ingest(SMALL), tmp_path)
    assert contents(tmp_path) == contents(out)


def test_two_jobs_give_the_same_build(small_build, tmp_path):
    out, _ = small_build
    build(ingest(SMALL), tmp_path, jobs=2)
    assert contents(tmp_path) == contents(out)


def test_jobs_zero_starts_workers_only_for_large_inputs(monkeypatch):
    from claimgraph import build_folder as build_module

    monkeypatch.setattr(build_module.os, "cpu_count", lambda: 6)
    assert build_module.auto_jobs(0, build_module.PARALLEL_FROM - 1) == 1
    assert build_module.auto_jobs(0, build_module.PARALLEL_FROM) == 6
    assert build_module.auto_jobs(2, 5) == 2
    monkeypatch.setattr(build_module.os, "cpu_count", lambda: None)
    assert build_module.auto_jobs(0, 10**6) == 1


def test_update_equals_full_build_and_reuses_extractions(tmp_path):
    first, second = SEEDS / "004_cf0922f0ed0f46cc.txt", SEEDS / "001_2aa1b68b46b5bb1e.txt"
    full = tmp_path / "full"
    build(ingest([first, second]), full)
    incremental = tmp_path / "incremental"
    build(ingest([first]), incremental)
    summary = build(ingest([second]), incremental, update=True)
    assert summary.reused == 22 and summary.extracted == summary.papers - 22
    assert contents(incremental) == contents(full)


def test_update_re_extracts_a_changed_paper(tmp_path):
    original = tmp_path / "p.jsonl"
    original.write_text(json.dumps({"id": "2401.00001", "title": "T", "abstract": "We use BERT."}) + "\n")
    out = tmp_path / "out"
    build(ingest([original]), out)
    original.write_text(json.dumps({"id": "2401.00001", "title": "T", "abstract": "We use GPT-4 on GSM8K."}) + "\n")
    summary = build(ingest([original]), out, update=True)
    assert summary.extracted == 1
    record = json.loads((out / "extractions.jsonl").read_text())
    assert {e["text"] for e in record["entities"]} == {"GPT-4", "GSM8K"}


def test_a_failed_build_leaves_the_previous_files(small_build, tmp_path, monkeypatch):
    out, _ = small_build
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    before = contents(copy)

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("claimgraph.build_folder.write_graphml", explode)
    with pytest.raises(RuntimeError):
        build(ingest([SEEDS / "001_2aa1b68b46b5bb1e.txt"]), copy)
    assert contents(copy) == before  # every file as it was, no staging folder left


def test_cli_build_summary_and_exit_code(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SMALL[0]), "-o", str(tmp_path / "b"), "--rdf", "nq"])
    assert result.exit_code == 0, result.output
    assert "papers" in result.stderr and "triples" in result.stderr
    assert (tmp_path / "b" / "claimgraph.nq").exists() and not (tmp_path / "b" / "claimgraph.ttl").exists()


def test_cli_query_over_a_build(small_build):
    out, _ = small_build
    query = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }"
    result = CliRunner().invoke(main, ["query", query, "--data", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "22"]
    assert (out / ".claimgraph.nq.oxigraph").is_dir()  # the CLI queries the on-disk index
    in_memory = CliRunner().invoke(main, ["query", query, "--data", str(out), "--format", "csv", "--in-memory"])
    assert in_memory.stdout == result.stdout
    bad = CliRunner().invoke(main, ["query", "SELECT WHERE {", "--data", str(out)])
    assert bad.exit_code == 1 and "SPARQL" in bad.stderr


def test_build_files_have_the_usual_permissions(small_build):
    import os
    import stat

    mask = os.umask(0)
    os.umask(mask)
    out, _ = small_build
    for path in out.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path.name


def test_a_build_with_fewer_formats_removes_the_other_rdf_files(small_build, tmp_path):
    out, summary = small_build
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert CliRunner().invoke(main, ["query", query, "--data", str(copy)]).exit_code == 0  # makes the nq index
    result = CliRunner().invoke(main, ["build", str(SMALL[0]), "-o", str(copy), "--rdf", "ttl"])
    assert result.exit_code == 0, result.output
    assert {p.name for p in copy.iterdir()} == EXPECTED - {f"claimgraph.{f}" for f in ("nt", "nq", "trig", "jsonld")}
    assert json.loads((copy / MANIFEST).read_text())["formats"] == ["ttl"]
    answer = CliRunner().invoke(main, ["query", query, "--data", str(copy), "--format", "csv"])
    assert answer.stdout.splitlines() == ["n", str(summary.triples)]  # from the new Turtle, not an old N-Quads
