"""The sharded build: bytes that depend on neither shard size nor workers, --update under sharding, what pass 1
and pass 2 hold (counted), an interrupted sharded build, the compact default output and the readers of it."""

from __future__ import annotations

import gc
import gzip
import json
import os
import textwrap
from collections import Counter
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

import claimgraph
from claimgraph import build_folder
from claimgraph.build_folder import GRAPH_FORMATS, build, shard_export
from claimgraph.build_layout import CURRENT, MANIFEST, current_build
from claimgraph.cli import main
from claimgraph.export import export_graph
from claimgraph.extract.model import Entity, Extraction
from claimgraph.graph import build_graph, read_node_link
from claimgraph.graph.io import node_link_bytes
from claimgraph.ingest import Paper, ingest
from claimgraph.ingest.spill import Reading
from claimgraph.query import run_query
from claimgraph.resolve import Resolver, resolve
from claimgraph.vocabulary import RDF_FORMATS
from tests.build_helpers import COUNT_PAPERS, contents, kill_when_ready

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
EVERYTHING = {"formats": RDF_FORMATS, "provenance": "mentions", "graph_formats": GRAPH_FORMATS, "index": False}


@pytest.fixture(scope="module")
def seeds():
    return ingest([SEEDS])


@pytest.fixture(scope="module")
def sharded(seeds, tmp_path_factory):
    """The seeds (221 papers) in shards of 100, one process, every file."""
    out = tmp_path_factory.mktemp("sharded")
    summary = build(seeds, out, jobs=1, shard_size=100, **EVERYTHING)
    return out, summary


def quads(path: Path, fmt: pyoxigraph.RdfFormat) -> set:
    data = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
    return set(pyoxigraph.parse(data, format=fmt))


def test_shard_size_and_workers_do_not_change_a_byte(seeds, sharded, tmp_path):
    out, summary = sharded
    assert summary.shards == 3 and summary.papers == 221
    whole = build(seeds, tmp_path / "one", jobs=2, shard_size=10_000, **EVERYTHING)
    assert whole.shards == 1
    assert contents(tmp_path / "one") == contents(out)
    assert whole.version.name == summary.version.name
    odd = build(seeds, tmp_path / "odd", jobs=2, shard_size=150, **EVERYTHING)  # rounded up to 200: 2 shards
    assert odd.shards == 2 and contents(tmp_path / "odd") == contents(out)


def test_sharded_files_hold_the_statements_of_the_whole_graph(sharded, tmp_path):
    """Each format holds what export_graph writes from the whole graph in memory (order aside)."""
    out, _ = sharded
    version = current_build(out)
    G = read_node_link(version / "graph.json")
    export_graph(G, tmp_path, formats=RDF_FORMATS)
    for name in RDF_FORMATS:
        fmt = pyoxigraph.RdfFormat.from_extension(name)
        written = version / ("claimgraph.nq.gz" if name == "nq" else f"claimgraph.{name}")
        assert quads(written, fmt) == quads(tmp_path / f"claimgraph.{name}", fmt), name


def test_the_graph_files_are_the_graph_of_the_whole_build(seeds, sharded):
    out, _ = sharded
    extractions = [
        json.loads(line)
        for line in gzip.decompress((current_build(out) / "extractions.jsonl.gz").read_bytes()).splitlines()
    ]
    assert [e["id"] for e in extractions] == sorted(e["id"] for e in extractions)
    from claimgraph.extract.jsonl import from_record

    parsed = [from_record(e) for e in extractions]
    expected = build_graph(seeds.papers, parsed, resolve(parsed))
    assert node_link_bytes(read_node_link(current_build(out) / "graph.json")) == node_link_bytes(expected)


def test_update_equals_a_full_build_under_sharding(seeds, tmp_path):
    halves = [tmp_path / "first.jsonl", tmp_path / "second.jsonl"]
    for n, half in enumerate(halves):  # every other paper, so that both halves span the shards
        records = [{"id": p.id, "title": p.title, "abstract": p.abstract} for p in seeds.papers[n::2]]
        half.write_text("".join(json.dumps(record) + "\n" for record in records))
    full, incremental = tmp_path / "full", tmp_path / "incremental"
    build(ingest(halves), full, jobs=1, shard_size=100, **EVERYTHING)
    build(ingest(halves[:1]), incremental, jobs=1, shard_size=100, **EVERYTHING)
    updated = build(Reading(tuple(halves[1:])), incremental, update=True, jobs=2, shard_size=100, **EVERYTHING)
    assert updated.reused == 111 and updated.extracted == 110 and updated.papers == 221 and updated.shards == 3
    assert contents(incremental) == contents(full)


def test_a_build_that_reads_its_inputs_writes_the_bytes_of_one_given_the_papers(seeds, sharded, tmp_path):
    summary = build(Reading((SEEDS,)), tmp_path, jobs=1, shard_size=100, **EVERYTHING)
    assert contents(tmp_path) == contents(sharded[0])
    counts = (summary.ingested.count, summary.ingested.records, summary.ingested.duplicates)
    assert counts == (seeds.count, seeds.records, seeds.duplicates) == (221, 229, 8)


def test_a_build_holds_a_shard_of_papers_not_its_input(tmp_path):
    """Paper objects alive (counted with gc) as the build reports progress, 400 papers in shards of 100.

    Extraction is sampled as it starts: once it runs, spaCy's batches hold up to
    its batch size of papers whatever the input.
    """
    source = tmp_path / "papers.jsonl"
    records = (
        {"id": f"s{i:04d}", "title": f"Study {i} of widgets", "abstract": f"We propose Widget-{i} for ImageNet."}
        for i in range(400)
    )
    source.write_text("".join(json.dumps(record) + "\n" for record in records))
    alive, calls = {}, Counter()

    def papers() -> int:
        return sum(1 for item in gc.get_objects() if isinstance(item, Paper))

    before = papers()  # held by other tests' fixtures

    def progress(stage: str, done: int, total: int) -> None:
        calls[stage] += 1
        if (stage != "extract" and calls[stage] % 20 == 1) or done == 0 or done == total:
            alive[stage] = max(alive.get(stage, 0), papers() - before)

    summary = build(Reading((source,)), tmp_path / "out", jobs=1, shard_size=100, progress=progress, index=False)
    assert summary.papers == 400 and summary.ingested.held <= 100
    assert list(alive) == list(build_folder.STAGE_UNITS) and max(alive.values()) <= 100, alive


def repeated(copies: int) -> list[Extraction]:
    """The same names in ``copies`` papers: what pass 1 holds must not grow with them."""
    names = [("GPT-3", "Model", ()), ("Semantic Permutation Training", "Method", ("SPT",)), ("ImageNet", "Dataset", ())]
    return [
        Extraction(
            id=f"p{i:06d}",
            title="",
            entities=tuple(Entity(text=t, type=k, aliases=a, mentions=()) for t, k, a in names),
            quantities=(),
            proposes=(),
        )
        for i in range(copies)
    ]


def test_pass_one_holds_distinct_names_not_mentions():
    sizes = []
    for copies in (10, 1000):
        resolver = Resolver()
        for extraction in repeated(copies):
            resolver.add(extraction)
        sizes.append(resolver.size())
        table = resolver.finish()
        assert len(table) == 3
    assert sizes[0] == sizes[1]


def test_pass_one_takes_papers_in_id_order_only():
    resolver = Resolver()
    resolver.add(Extraction(id="b", title="", entities=(), quantities=(), proposes=()))
    with pytest.raises(ValueError, match="id order"):
        resolver.add(Extraction(id="a", title="", entities=(), quantities=(), proposes=()))


def test_pass_two_holds_one_shard_at_a_time(seeds, tmp_path, monkeypatch):
    held = []
    real = shard_export.graph_of_shard

    def counting(shard, table):
        paper_ids, G, counts = real(shard, table)
        held.append(sum(1 for _, kind in G.nodes(data="kind") if kind == "Paper"))
        return paper_ids, G, counts

    monkeypatch.setattr(shard_export, "graph_of_shard", counting)
    summary = build(seeds, tmp_path, jobs=1, shard_size=100, index=False)
    assert held == [100, 100, 21] and summary.shards == 3


def test_pass_two_pauses_the_cyclic_garbage_collector_per_shard_only(seeds, tmp_path, monkeypatch):
    """Full collections walk the entity table again and again: pass 2 builds a shard with them paused."""
    seen = []
    real = shard_export.graph_of_shard

    def watching(shard, table):
        seen.append(gc.isenabled())
        return real(shard, table)

    monkeypatch.setattr(shard_export, "graph_of_shard", watching)
    assert gc.isenabled()
    build(seeds, tmp_path, jobs=1, shard_size=100, index=False)
    assert seen == [False, False, False] and gc.isenabled()
    gc.disable()
    try:  # a caller that paused it finds it paused
        build(seeds, tmp_path / "again", jobs=1, shard_size=100, index=False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_interrupted_sharded_build_leaves_the_previous_build(sharded, tmp_path):
    out = tmp_path / "out"
    previous = build(ingest(SEED_FILES[:3]), out, jobs=1, index=False)
    before = contents(out)
    ready = tmp_path / "ready"
    script = textwrap.dedent(
        f"""
        import pathlib, time
        from claimgraph.build_folder import build
        from claimgraph.ingest import ingest

        def progress(stage, done, total):
            if stage == "graph" and done >= 100:  # a shard of pass 2 done, the others not
                pathlib.Path({str(ready)!r}).touch()
                time.sleep(600)

        build(ingest([pathlib.Path({str(SEEDS)!r})]), pathlib.Path({str(out)!r}), jobs=1, shard_size=100,
              progress=progress)
        """
    )
    kill_when_ready(script, ready)
    staging = sorted(p for p in out.iterdir() if p.name.startswith(".build-"))
    assert len(staging) == 2 and (staging[0] / ".shards").is_dir()
    assert staging[1].name == staging[0].name + ".oxigraph"  # the query store, half loaded
    assert contents(out) == before and current_build(out) == previous.version
    assert int(run_query(COUNT_PAPERS, out).rows[0][0]) == previous.papers
    build(ingest([SEEDS]), out, jobs=1, shard_size=100, **EVERYTHING)
    assert not any(p.name.startswith(".build-") for p in out.iterdir())
    assert contents(out) == contents(sharded[0])


# ------------------------------------------------------------ the default output and its readers


@pytest.fixture(scope="module")
def default_build(seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("default")
    return out, build(seeds, out)


def test_a_default_build_writes_compressed_n_quads_and_the_query_store(default_build):
    out, summary = default_build
    version = current_build(out)
    assert {p.name for p in version.iterdir()} == {
        "papers.jsonl.gz",
        "extractions.jsonl.gz",
        "claimgraph.nq.gz",
        MANIFEST,
        ".claimgraph.nq.gz.oxigraph",
    }
    manifest = json.loads((version / MANIFEST).read_text())
    assert manifest["formats"] == ["nq"] and manifest["files"] == {"nq": "claimgraph.nq.gz"}
    assert manifest["provenance"] == "sentences"
    text = gzip.decompress((version / "claimgraph.nq.gz").read_bytes())
    assert len(list(pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.N_QUADS))) == summary.triples
    assert list(summary.seconds)[-1] == "index"


def test_the_query_store_made_during_the_build_holds_the_quads_of_the_n_quads(default_build, tmp_path):
    """The store is loaded from the shards' bodies and the sections as they are written: the same quads."""
    out, summary = default_build
    version = current_build(out)
    made = pyoxigraph.Store.read_only(str(version / ".claimgraph.nq.gz.oxigraph"))
    loaded = pyoxigraph.Store()  # what the first query would make from the file
    loaded.bulk_load(
        input=gzip.decompress((version / "claimgraph.nq.gz").read_bytes()), format=pyoxigraph.RdfFormat.N_QUADS
    )
    assert len(loaded) == summary.triples
    assert set(made.quads_for_pattern(None, None, None, None)) == set(loaded.quads_for_pattern(None, None, None, None))
    assert not [p.name for p in out.iterdir() if p.name.startswith(".build-")]


def test_sentence_provenance_keeps_evidence_spans_and_leaves_mention_spans_out(default_build, sharded):
    default = current_build(default_build[0]) / "claimgraph.nq.gz"
    full = current_build(sharded[0]) / "claimgraph.nq.gz"
    denotes = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?span cg:denotes ?entity } }"
    evidence = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?claim cg:hasEvidence/oa:hasSelector ?s } }"
    mentions = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?paper schema:mentions ?entity } }"
    count = lambda query, path: int(run_query(query, path).rows[0][0])  # noqa: E731
    assert count(denotes, default) == 0 < count(denotes, full)
    assert count(evidence, default) == count(evidence, full) > 0
    assert count(mentions, default) == count(mentions, full) > 0
    assert default.stat().st_size < full.stat().st_size / 1.4


def test_load_rebuilds_the_graph_of_a_default_build(default_build, sharded):
    loaded = claimgraph.load(default_build[0])
    assert node_link_bytes(loaded) == node_link_bytes(read_node_link(current_build(sharded[0]) / "graph.json"))
    some = claimgraph.load(default_build[0], papers=["h-6b1d943c6017"])
    assert [n for n, kind in some.nodes(data="kind") if kind == "Paper"] == ["paper:h-6b1d943c6017"]
    via_rdf_file = claimgraph.load(current_build(default_build[0]) / "claimgraph.nq.gz")
    assert via_rdf_file.number_of_nodes() == loaded.number_of_nodes()


def test_query_and_view_read_a_default_build(default_build, tmp_path):
    out, summary = default_build
    answer = CliRunner().invoke(main, ["query", COUNT_PAPERS, "--data", str(out), "--format", "csv"])
    assert answer.exit_code == 0, answer.output
    assert answer.stdout == f"n\n{summary.papers}\n"
    page = tmp_path / "view.html"
    viewed = CliRunner().invoke(main, ["view", str(out), "-o", str(page)])
    assert viewed.exit_code == 0, viewed.output
    assert page.stat().st_size > 1000


def test_build_options_on_the_command_line(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["build", str(SEED_FILES[0]), "-o", str(out), "--rdf", "ttl,nq", "--rdf", "trig", "--graph", "json"]
        + ["--provenance", "mentions", "--shard-size", "7", "--no-index"],
    )
    assert result.exit_code == 0, result.output
    assert not (current_build(out) / ".claimgraph.nq.gz.oxigraph").exists()
    names = {p.name for p in current_build(out).iterdir() if not p.name.startswith(".")}
    assert {"claimgraph.ttl", "claimgraph.nq.gz", "claimgraph.trig", "graph.json"} <= names
    assert "graph.graphml" not in names and "claimgraph.jsonld" not in names
    bad = CliRunner().invoke(main, ["build", str(SEED_FILES[0]), "-o", str(out), "--rdf", "xml"])
    assert bad.exit_code == 2 and "xml" in bad.output
    assert os.readlink(out / CURRENT).startswith("versions/")


def test_a_cluster_task_carries_its_shard_and_needs_no_shared_folder(sharded, tmp_path):
    """What a Dask worker runs for a shard reads only what the task carries, and gives the bodies of a local run."""
    from dataclasses import replace

    from claimgraph.extract.jsonl import from_record
    from claimgraph.ingest.serialize import paper_from_dict
    from claimgraph.shard_files import ShardWriter, spill_papers

    version = current_build(sharded[0])
    papers = [
        paper_from_dict(json.loads(line))
        for line in gzip.decompress((version / "papers.jsonl.gz").read_bytes()).splitlines()
    ][:100]
    extractions = [
        from_record(json.loads(line))
        for line in gzip.decompress((version / "extractions.jsonl.gz").read_bytes()).splitlines()
    ][:100]
    [shard], resolver = spill_papers(papers, tmp_path, 100), Resolver()
    writer = ShardWriter(shard)
    for extraction in extractions:
        writer.add(extraction, resolver.add(extraction))
    writer.close()
    table = resolver.finish()
    options = shard_export.ShardOptions(("nq", "ttl"), "https://w3id.org/claimgraph/", False, True)
    inputs = {what: shard.path(what).read_bytes() for what in shard_export.SHARD_INPUTS}
    elsewhere = replace(shard, folder=tmp_path / "not-on-this-worker")
    remote, bodies = shard_export.export_shard_on_cluster((elsewhere, inputs), table=table, options=options)
    local = shard_export.export_shard(shard, table, options)
    assert remote == local and not elsewhere.folder.exists()
    assert bodies == {
        what: shard.path(what).read_bytes() for what in ("rdf-nq", "rdf-ttl", "papers.gz", "extractions.gz")
    }
