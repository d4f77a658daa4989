"""``claimgraph build``: all files, determinism, --update equals a full build, progress, and versions that
replace each other as a whole (interrupted builds, stale formats, readers of an old version, leftovers)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import stat
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.build_folder import GRAPH_FORMATS, STAGE_UNITS, build
from claimgraph.build_layout import CURRENT, MANIFEST, VERSIONS, current_build, locked
from claimgraph.cli import main
from claimgraph.errors import ConfigError
from claimgraph.graph import load, read_node_link
from claimgraph.ingest import ingest
from claimgraph.query import run_query
from claimgraph.vocabulary import RDF_FORMATS
from tests.build_helpers import COUNT_PAPERS, contents, kill_when_ready

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SMALL = [SEEDS / "004_cf0922f0ed0f46cc.txt"]
OTHER = [SEEDS / "001_2aa1b68b46b5bb1e.txt"]
EXPECTED = {
    "papers.jsonl.gz",
    "extractions.jsonl.gz",
    "graph.json",
    "graph.graphml",
    MANIFEST,
    "claimgraph.ttl",
    "claimgraph.nt",
    "claimgraph.nq.gz",
    "claimgraph.trig",
    "claimgraph.jsonld",
}
#: Every file a build can write (a default build writes the papers, extractions, N-Quads and manifest).
EVERYTHING = {"formats": RDF_FORMATS, "graph_formats": GRAPH_FORMATS}


def papers_in(folder: Path) -> int:
    return int(run_query(COUNT_PAPERS, folder).rows[0][0])


def entries(folder: Path) -> set[str]:
    """What a build folder holds at its top and in ``versions/``."""
    top = {p.name for p in folder.iterdir()}
    versions = (
        {f"{VERSIONS}/{p.name}" for p in (folder / VERSIONS).iterdir()} if (folder / VERSIONS).is_dir() else set()
    )
    return top | versions


def copy_build(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    summary = build(ingest(SMALL), out, **EVERYTHING)
    return out, summary


def test_writes_every_file_into_one_version_and_nothing_else(small_build):
    out, summary = small_build
    version = summary.version
    assert entries(out) == {CURRENT, VERSIONS, ".lock", f"{VERSIONS}/{version.name}"}
    assert (out / CURRENT).is_symlink() and os.readlink(out / CURRENT) == f"{VERSIONS}/{version.name}"
    assert current_build(out) == version == out / VERSIONS / version.name
    assert {p.name for p in version.iterdir() if not p.name.startswith(".")} == EXPECTED
    assert set(summary.files.values()) == {version / name for name in EXPECTED}
    assert summary.papers == 22 and summary.extracted == 22 and summary.reused == 0
    assert summary.triples > 1000


def test_graph_file_is_the_graph(small_build):
    out, summary = small_build
    graph = read_node_link(summary.files["graph"])
    kinds = [d["kind"] for _, d in graph.nodes(data=True)]
    assert kinds.count("Paper") == 22
    assert kinds.count("Claim") == summary.claims
    assert load(out).number_of_nodes() == graph.number_of_nodes()  # load() reads the current version


def test_same_input_gives_byte_identical_builds(small_build, tmp_path):
    out, summary = small_build
    again = build(ingest(SMALL), tmp_path, **EVERYTHING)
    assert contents(tmp_path) == contents(out)
    assert again.version.name == summary.version.name  # the version is named by its content


def test_two_jobs_give_the_same_build(small_build, tmp_path):
    out, _ = small_build
    build(ingest(SMALL), tmp_path, jobs=2, **EVERYTHING)
    assert contents(tmp_path) == contents(out)


def test_jobs_zero_starts_workers_only_for_large_inputs(monkeypatch):
    from claimgraph.build_folder import workers

    monkeypatch.setattr(workers.os, "cpu_count", lambda: 6)
    assert workers.auto_jobs(0, workers.PARALLEL_FROM - 1) == 1
    assert workers.auto_jobs(0, workers.PARALLEL_FROM) == 6
    assert workers.auto_jobs(2, 5) == 2
    monkeypatch.setattr(workers.os, "cpu_count", lambda: None)
    assert workers.auto_jobs(0, 10**6) == 1


def test_update_equals_full_build_and_reuses_extractions(tmp_path):
    full = tmp_path / "full"
    whole = build(ingest(SMALL + OTHER), full, **EVERYTHING)
    incremental = tmp_path / "incremental"
    build(ingest(SMALL), incremental, **EVERYTHING)
    summary = build(ingest(OTHER), incremental, update=True, **EVERYTHING)
    assert summary.reused == 22 and summary.extracted == summary.papers - 22
    assert contents(incremental) == contents(full)
    assert summary.version.name == whole.version.name


def test_update_re_extracts_a_changed_paper(tmp_path):
    original = tmp_path / "p.jsonl"
    original.write_text(json.dumps({"id": "2401.00001", "title": "T", "abstract": "We use BERT."}) + "\n")
    out = tmp_path / "out"
    build(ingest([original]), out)
    original.write_text(json.dumps({"id": "2401.00001", "title": "T", "abstract": "We use GPT-4 on GSM8K."}) + "\n")
    summary = build(ingest([original]), out, update=True)
    assert summary.extracted == 1
    record = json.loads(gzip.decompress((current_build(out) / "extractions.jsonl.gz").read_bytes()))
    assert {e["text"] for e in record["entities"]} == {"GPT-4", "GSM8K"}


def test_update_re_extracts_a_paper_missing_from_the_earlier_extractions(tmp_path):
    def write(path, numbers):
        records = [{"id": f"2401.0000{n}", "title": f"Title {n}", "abstract": "We use BERT on GLUE."} for n in numbers]
        path.write_text("".join(json.dumps(record) + "\n" for record in records))

    write(tmp_path / "a.jsonl", (1, 2))
    write(tmp_path / "b.jsonl", (3,))
    out = tmp_path / "out"
    build(ingest([tmp_path / "a.jsonl"]), out)
    extractions = current_build(out) / "extractions.jsonl.gz"
    first, second = gzip.decompress(extractions.read_bytes()).splitlines(keepends=True)
    extractions.write_bytes(gzip.compress(second))  # paper 1 lost; the manifest still lists its hash
    summary = build(ingest([tmp_path / "b.jsonl"]), out, update=True)
    assert (summary.extracted, summary.reused) == (2, 1)
    full = build(ingest([tmp_path / "a.jsonl", tmp_path / "b.jsonl"]), tmp_path / "full")
    name = "extractions.jsonl.gz"
    assert (current_build(out) / name).read_bytes() == (full.version / name).read_bytes()


def test_progress_is_reported_for_every_stage_in_order(tmp_path):
    calls: list[tuple[str, int, int]] = []
    summary = build(ingest(SMALL), tmp_path, formats=("nq", "ttl"), progress=lambda *call: calls.append(call))
    assert list(dict.fromkeys(stage for stage, _, _ in calls)) == list(STAGE_UNITS)
    totals = {"extract": 22, "resolve": 22, "graph": 22, "export": 2 + 2 + 1}
    for stage, total in totals.items():
        reports = [(done, of) for name, done, of in calls if name == stage]
        assert reports[0] == (0, total) and reports[-1] == (total, total), stage
        assert [done for done, _ in reports] == sorted(done for done, _ in reports), stage
    assert len([call for call in calls if call[0] == "extract"]) == 22 + 1  # one report per paper extracted
    assert list(summary.seconds) == [*STAGE_UNITS, "index"] and all(s >= 0 for s in summary.seconds.values())


def test_progress_of_an_update_that_reuses_every_paper(small_build, tmp_path):
    out = copy_build(small_build[0], tmp_path / "copy")
    calls: list[tuple[str, int, int]] = []
    build(ingest(SMALL), out, update=True, progress=lambda *call: calls.append(call), **EVERYTHING)
    assert [call for call in calls if call[0] == "extract"] == [("extract", 0, 0)]
    assert ("resolve", 22, 22) in calls and calls[-1] == ("export", 10, 10)


def test_the_export_is_switched_in_before_the_last_progress_report(tmp_path):
    seen = []

    def progress(stage, done, total):
        if stage == "export":
            seen.append((done, (tmp_path / CURRENT).exists()))

    build(ingest(SMALL), tmp_path, formats=("nq",), progress=progress)
    assert seen[-1] == (4, True) and not any(switched for _, switched in seen[:-1])


def test_a_failed_export_leaves_the_previous_build_readable(small_build, tmp_path, monkeypatch):
    out = copy_build(small_build[0], tmp_path / "copy")
    before, link = contents(out), os.readlink(out / CURRENT)
    real_assemble = sys.modules["claimgraph.build_folder.export_files"].assemble

    def explode(*arguments, **options):
        real_assemble(*arguments, **options)  # every RDF file written, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("claimgraph.build_folder.export_files.assemble", explode)
    with pytest.raises(OSError):
        build(ingest(OTHER), out)
    assert contents(out) == before and os.readlink(out / CURRENT) == link
    assert entries(out) == {CURRENT, VERSIONS, ".lock", link}  # no staging folder left
    assert papers_in(out) == 22


def test_a_build_killed_after_writing_files_leaves_the_previous_build_and_the_next_removes_the_rest(
    small_build, tmp_path
):
    out = copy_build(small_build[0], tmp_path / "copy")
    before, link = contents(out), os.readlink(out / CURRENT)
    ready = tmp_path / "ready"
    script = textwrap.dedent(
        f"""
        import pathlib, time
        from claimgraph.build_folder import build
        from claimgraph.ingest import ingest

        def progress(stage, done, total):
            if stage == "export" and done == total - 1:  # every file but the manifest written
                pathlib.Path({str(ready)!r}).touch()
                time.sleep(600)

        build(ingest([pathlib.Path({str(OTHER[0])!r})]), pathlib.Path({str(out)!r}), progress=progress)
        """
    )
    kill_when_ready(script, ready)
    staging = sorted(p.name for p in out.iterdir() if p.name.startswith(".build-"))
    assert len(staging) == 2 and staging[1] == staging[0] + ".oxigraph"  # the files, and the query store being made
    assert {"papers.jsonl.gz", "claimgraph.nq.gz"} <= {p.name for p in (out / staging[0]).iterdir()}
    assert contents(out) == before and os.readlink(out / CURRENT) == link
    assert papers_in(out) == 22 and load(out).number_of_nodes() > 22
    assert CliRunner().invoke(main, ["query", COUNT_PAPERS, "--data", str(out), "--format", "csv"]).stdout == "n\n22\n"

    summary = build(ingest(OTHER), out)
    assert entries(out) == {CURRENT, VERSIONS, ".lock", link, f"{VERSIONS}/{summary.version.name}"}
    assert papers_in(out) == summary.papers != 22


def test_the_next_build_removes_leftovers_and_versions_but_the_current_one(small_build, tmp_path):
    out = copy_build(small_build[0], tmp_path / "copy")
    link = os.readlink(out / CURRENT)
    (out / ".build-killed").mkdir()
    (out / ".build-killed" / "claimgraph.nq.gz").write_text("half")
    os.symlink("versions/nowhere", out / ".current-unfinished")
    (out / VERSIONS / "0123456789abcdef").mkdir()  # renamed in, never switched to
    first = build(ingest(OTHER), out)
    assert entries(out) == {CURRENT, VERSIONS, ".lock", link, f"{VERSIONS}/{first.version.name}"}
    second = build(ingest(SMALL), out, **EVERYTHING)  # removes the version the first one replaced
    assert entries(out) == {CURRENT, VERSIONS, ".lock", f"{VERSIONS}/{first.version.name}", link}
    assert second.version.name == Path(link).name  # the same input as before: the same version again
    # nothing changed: nothing is switched, the version it replaced goes
    third = build(ingest(SMALL), out, **EVERYTHING)
    assert third.version == second.version and entries(out) == {CURRENT, VERSIONS, ".lock", link}


def test_a_reader_of_the_old_version_reads_it_whole_after_a_new_build(small_build, tmp_path):
    out = copy_build(small_build[0], tmp_path / "copy")
    old = current_build(out)
    before = contents(old)
    handle = (old / "claimgraph.nq.gz").open("rb")
    first_line = handle.readline()
    try:
        build(ingest(OTHER), out)  # switches to a new version: the old one stays until the next build
        assert current_build(out) != old
        assert contents(old) == before and papers_in(old) == 22 and load(old).number_of_nodes() > 22
        build(ingest(SMALL + OTHER), out)  # removes the old version's folder ...
        assert not old.exists()
        rest = handle.read()  # ... and a reader with the file open still reads all of it
        assert first_line + rest == before["claimgraph.nq.gz"]
    finally:
        handle.close()


def test_a_query_after_a_new_build_answers_from_the_new_version(small_build, tmp_path):
    out = copy_build(small_build[0], tmp_path / "copy")
    assert papers_in(out) == 22  # cached in this process, keyed on the version's file
    summary = build(ingest(OTHER), out)
    assert papers_in(out) == summary.papers != 22


def test_a_build_with_fewer_formats_removes_the_other_rdf_files(small_build, tmp_path):
    out, summary = small_build
    copy = copy_build(out, tmp_path / "copy")
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert CliRunner().invoke(main, ["query", query, "--data", str(copy)]).exit_code == 0  # makes the nq index
    result = CliRunner().invoke(main, ["build", str(SMALL[0]), "-o", str(copy), "--rdf", "ttl"])
    assert result.exit_code == 0, result.output
    version = current_build(copy)
    assert {p.name for p in version.iterdir()} == EXPECTED - {
        *(f"claimgraph.{f}" for f in ("nt", "nq.gz", "trig", "jsonld")),
        "graph.json",
        "graph.graphml",
    }
    assert json.loads((version / MANIFEST).read_text())["formats"] == ["ttl"]
    answer = CliRunner().invoke(main, ["query", query, "--data", str(copy), "--format", "csv"])
    assert answer.stdout.splitlines() == ["n", str(summary.triples)]  # from the new Turtle, not an old N-Quads
    assert "warning" not in answer.stderr


def test_a_flat_build_of_an_earlier_claimgraph_is_read_and_then_replaced(small_build, tmp_path):
    out, _ = small_build
    flat = tmp_path / "flat"
    flat.mkdir()
    for path in current_build(out).iterdir():
        if not path.name.startswith("."):
            shutil.copy(path, flat / path.name)
    (flat / "README.md").write_text("mine")
    (flat / ".build-old-staging").mkdir()
    assert current_build(flat) == flat and papers_in(flat) == 22 and load(flat).number_of_nodes() > 22
    run_query(COUNT_PAPERS, flat, persistent=True)
    assert (flat / ".claimgraph.nq.gz.oxigraph").is_dir()
    summary = build(ingest(OTHER), flat, formats=("nq",))
    assert entries(flat) == {"README.md", CURRENT, VERSIONS, ".lock", f"{VERSIONS}/{summary.version.name}"}
    assert papers_in(flat) == summary.papers


def test_a_copy_that_turned_the_link_into_a_folder_is_read_and_rebuilt(small_build, tmp_path):
    out, _ = small_build
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)  # follows the link: current is a folder now
    assert not (copy / CURRENT).is_symlink() and current_build(copy) == copy / CURRENT
    assert papers_in(copy) == 22
    summary = build(ingest(OTHER), copy)
    assert (copy / CURRENT).is_symlink() and current_build(copy) == summary.version
    assert not [p for p in copy.iterdir() if p.name.startswith(".build-")]


def test_a_current_link_to_a_missing_version_is_a_clear_error_and_a_build_repairs_it(small_build, tmp_path):
    out = copy_build(small_build[0], tmp_path / "copy")
    shutil.rmtree(current_build(out))
    for read in (current_build, load, papers_in):
        with pytest.raises(ConfigError, match="which is missing: rebuild"):
            read(out)
    result = CliRunner().invoke(main, ["query", COUNT_PAPERS, "--data", str(out)])
    assert result.exit_code == 1 and "which is missing" in result.stderr and "Traceback" not in result.output
    build(ingest(SMALL), out, formats=("nq",))
    assert papers_in(out) == 22


def test_a_second_build_of_a_folder_is_refused_while_one_runs(tmp_path):
    with locked(tmp_path), pytest.raises(ConfigError, match="another claimgraph build is writing"):
        build(ingest(SMALL), tmp_path)
    assert not (tmp_path / CURRENT).exists()


def test_cli_build_summary_and_exit_code(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SMALL[0]), "-o", str(tmp_path / "b"), "--rdf", "nq"])
    assert result.exit_code == 0, result.output
    assert "papers" in result.stderr and "triples" in result.stderr
    assert "versions/" in result.stderr and "resolve" in result.stderr and "export" in result.stderr
    assert (tmp_path / "b" / CURRENT / "claimgraph.nq.gz").exists()
    assert not (tmp_path / "b" / CURRENT / "claimgraph.ttl").exists()


def test_cli_query_over_a_build(small_build):
    out, _ = small_build
    result = CliRunner().invoke(main, ["query", COUNT_PAPERS, "--data", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "22"]
    assert (current_build(out) / ".claimgraph.nq.gz.oxigraph").is_dir()  # the CLI queries the version's on-disk index
    in_memory = CliRunner().invoke(main, ["query", COUNT_PAPERS, "--data", str(out), "--format", "csv", "--in-memory"])
    assert in_memory.stdout == result.stdout
    bad = CliRunner().invoke(main, ["query", "SELECT WHERE {", "--data", str(out)])
    assert bad.exit_code == 1 and "SPARQL" in bad.stderr


def test_build_files_have_the_usual_permissions(small_build):
    mask = os.umask(0)
    os.umask(mask)
    out, summary = small_build
    assert stat.S_IMODE(summary.version.stat().st_mode) == 0o777 & ~mask
    for path in summary.version.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path.name


def test_papers_and_extractions_are_gzip_members_of_a_block_each_with_no_time(tmp_path):
    summary = build(ingest([SEEDS]), tmp_path / "out", jobs=1, shard_size=100)
    for key in ("papers", "extractions"):
        data = summary.files[key].read_bytes()
        members = data.count(b"\x1f\x8b\x08\x00\x00\x00\x00\x00")  # magic, deflate, no flags (no name), mtime 0
        assert summary.files[key].name.endswith(".jsonl.gz") and members == -(-summary.papers // 100)
        lines = gzip.decompress(data).decode("utf-8").splitlines()
        assert len(lines) == summary.papers and [json.loads(line)["id"] for line in lines] == sorted(
            json.loads(line)["id"] for line in lines
        )


def test_a_build_before_compression_is_updated_and_loaded(tmp_path):
    out = tmp_path / "old"
    build(ingest(SMALL), out)
    version = current_build(out)
    for name in ("papers.jsonl", "extractions.jsonl"):  # what builds before compression wrote
        (version / name).write_bytes(gzip.decompress((version / f"{name}.gz").read_bytes()))
        (version / f"{name}.gz").unlink()
    assert load(out).number_of_nodes() == load(build(ingest(SMALL), tmp_path / "again").out_dir).number_of_nodes()
    summary = build(ingest(OTHER), out, update=True)
    assert summary.reused == 22
    full = build(ingest(SMALL + OTHER), tmp_path / "full")
    assert contents(out) == contents(tmp_path / "full") and summary.version.name == full.version.name


def test_a_query_store_that_failed_to_load_during_the_build_is_made_from_the_file(tmp_path, monkeypatch):
    from claimgraph.query import store_cache

    def broken(self):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(store_cache.IndexLoader, "_load", broken)
    out = tmp_path / "out"
    summary = build(ingest(SMALL), out)
    assert (summary.version / ".claimgraph.nq.gz.oxigraph" / store_cache.STAMP).is_file()
    assert not [p.name for p in out.iterdir() if p.name.startswith(".build-")]
    assert CliRunner().invoke(main, ["query", COUNT_PAPERS, "--data", str(out), "--format", "csv"]).stdout == "n\n22\n"
