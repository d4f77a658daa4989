"""benchmarks/bench_scale.py: its arguments, what it reads from a build, its estimate, and a tiny end-to-end run.

No assertion is about time: speed lives in the benchmark's output, not in tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import pytest

from tests.benchmarks.helpers import load_script
from tests.benchmarks.test_recombined_abstracts import source_records

bench = load_script("bench_scale")
PROJECT = Path(__file__).resolve().parents[2]
QUERY_NAMES = sorted(path.stem for path in (PROJECT / "queries").glob("*.rq"))

SUMMARY = """\
4 papers from 4 records (0 duplicates merged), 0 skipped
                 build written to /tmp/x
┌────────────────┬──────────────────────────────────────────────────────────────┐
│ version        │ versions/20261205T1-ab12                                     │
│ papers         │ 1,200 (1,200 extracted, 0 reused)                            │
│ models         │ 31                                                           │
│ time           │ extract 12.5 s, resolve 0.4 s, graph 1.0 s, export 3.2 s     │
└────────────────┴──────────────────────────────────────────────────────────────┘
"""


@pytest.mark.parametrize(
    ("text", "size"), [("20000", 20_000), ("100k", 100_000), ("1M", 1_000_000), ("2.5M", 2_500_000), ("300K", 300_000)]
)
def test_sizes_are_read_with_k_and_m(text, size):
    assert bench.parse_size(text) == size


@pytest.mark.parametrize("text", ["", "0", "1.5", "ten", "5G", "-3"])
def test_bad_sizes_are_refused(text):
    with pytest.raises(argparse.ArgumentTypeError):
        bench.parse_size(text)


def test_arguments_and_their_defaults():
    options = bench.parser().parse_args([])
    assert options.sizes == [100_000, 300_000, 1_000_000]
    assert options.jobs >= 1 and options.shard_size is None and not options.keep and options.out is None
    options = bench.parser().parse_args(
        ["20k", "1M", "--jobs", "3", "--shard-size", "5000", "--keep", "--out", "/tmp/o", "--build-arg=--rdf=nq"]
    )
    assert options.sizes == [20_000, 1_000_000]
    assert (options.jobs, options.shard_size, options.keep, options.out) == (3, 5000, True, Path("/tmp/o"))
    assert options.build_arg == ["--rdf=nq"]
    with pytest.raises(SystemExit):
        bench.parser().parse_args(["lots"])


def test_options_of_the_build_are_found_in_its_help():
    help_text = "  -j, --jobs INTEGER RANGE  Worker processes\n  --shard-size INTEGER  Papers a shard\n"
    assert bench.supports(help_text, "--shard-size")
    assert not bench.supports(help_text.replace("--shard-size", "--shard-sizes"), "--shard-size")
    assert not bench.supports("  --scheduler ADDRESS", "--shard-size")


def test_the_summary_table_gives_rows_stage_times_and_papers():
    rows = bench.summary_rows(SUMMARY)
    assert rows["version"] == "versions/20261205T1-ab12"
    assert bench.stage_seconds(rows) == {"extract": 12.5, "resolve": 0.4, "graph": 1.0, "export": 3.2}
    assert bench.leading_int(rows["papers"]) == 1200
    assert bench.stage_seconds({}) == {}
    assert bench.leading_int(None) is None


def test_output_bytes_are_those_of_the_current_version(tmp_path):
    version = tmp_path / "versions" / "v1"
    (version / "index").mkdir(parents=True)
    (version / "claimgraph.nq.gz").write_bytes(b"x" * 100)
    (version / "index" / "a").write_bytes(b"y" * 30)
    (version / "index" / "b").write_bytes(b"y" * 12)
    (tmp_path / "current").symlink_to(Path("versions") / "v1")
    assert bench.current_version(tmp_path) == version.resolve()
    assert bench.folder_bytes(bench.current_version(tmp_path)) == {"claimgraph.nq.gz": 100, "index/": 42}
    assert bench.current_version(tmp_path / "versions") == tmp_path / "versions"  # a flat build: the folder itself


def test_memory_of_a_child_process_is_measured():
    child = "import sys; block = bytearray(300 * 2**20); block[::4096] = b'x' * len(block[::4096]); sys.exit(3)"
    measured = bench.run_measured([sys.executable, "-c", child], interval=0.05)
    assert measured.returncode == 3
    assert measured.max_rss_mb >= 250


def test_the_estimate_spreads_the_parallel_stages_over_the_workers():
    report = {
        "size": 1000,
        "papers": 1000,
        "jobs": 2,
        "build": {"seconds": 100.0},
        "stages": {"extract": 60.0, "resolve": 10.0, "graph": 5.0, "export": 20.0},
    }
    found = bench.estimate(report, target=3600, workers=(1, 8))
    # workers' part: (60 + 20) s * 2 jobs / 1000 papers = 0.16 core-s a paper; serial: (100 - 80) / 1000 = 0.02 s
    assert found.parallel_core_s_per_paper == pytest.approx(0.16)
    assert found.serial_s_per_paper == pytest.approx(0.02)
    assert found.hours == pytest.approx({1: 0.18, 8: 0.04})
    assert "8 workers" in bench.format_estimate(found, report)


def test_example_queries_ask_about_a_paper_of_the_build():
    queries = bench.example_queries("synth-0-0000007")
    assert sorted(queries) == QUERY_NAMES
    text = "\n".join(queries.values())
    assert '"synth-0-0000007"' in text and not bench.SEED_PAPER.search(text)


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("source") / "real.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in source_records(120))
    return path


def test_a_tiny_run_measures_every_part(tmp_path, source, capsys):
    out = tmp_path / "work"
    arguments = ["150", "--out", str(out), "--source", str(source), "--jobs", "1", "--repeats", "1", "--keep"]
    (report,) = bench.main([*arguments, "--shard-size", "50"])
    printed = capsys.readouterr().out
    assert report.build["returncode"] == 0 and report.extract["returncode"] == 0
    assert report.papers == 150
    assert {"extract", "export"} <= set(report.stages)
    assert report.build["max_rss_mb"] > 0 and report.build["tree_pss_mb"] > 0
    assert sum(report.output_bytes.values()) > 0
    assert sum(report.output_bytes_with_index.values()) >= sum(report.output_bytes.values())
    assert report.paper_id and report.paper_id.startswith("synth-0-")
    assert sorted(report.queries) == QUERY_NAMES
    assert any(result["rows"] for result in report.queries.values())
    shard_size_passed = bench.supports(bench.build_help([sys.executable, "-m", "claimgraph"]), "--shard-size")
    assert shard_size_passed or any("--shard-size" in note for note in report.notes)
    for target in (
        "target <= 1.3 x",
        "target <= 6144 MB",
        "target <= 15 KB",
        "target <= 1 s",
        "1 worker",
        "32 workers",
    ):
        assert target in printed
    assert (out / "input-150.jsonl.gz").is_file() and (out / "build-150" / "current").exists()
    saved = json.loads((out / "bench_scale.json").read_text(encoding="utf-8"))
    assert saved[0]["size"] == 150
    bench.main(["--estimate-from", str(out / "bench_scale.json"), "--workers", "4"])
    assert "4 workers" in capsys.readouterr().out
