"""`claimgraph papers`: output formats, summary, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.cli.group import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SUMMARY = "221 papers from 229 records (8 duplicates merged), 0 skipped"


@pytest.fixture
def run(monkeypatch):
    monkeypatch.chdir(ROOT)

    def invoke(*args: str):
        return CliRunner().invoke(main, ["papers", *args])

    return invoke


def test_default_input_is_seeds_and_table(run):
    result = run()
    assert result.exit_code == EXIT_OK, result.output
    assert SUMMARY in result.stderr
    assert SUMMARY not in result.stdout
    assert "h-2584cb2ab056" in result.stdout and "Orca 2" in result.stdout
    assert "Get trending" not in result.stdout


def test_jsonl_has_every_paper_and_field(run):
    result = run("--jsonl", "seeds")
    assert result.exit_code == EXIT_OK
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 221
    assert set(rows[0]) >= {
        "id",
        "title",
        "abstract",
        "original_title",
        "original_abstract",
        "authors",
        "author_count",
        "date",
        "upvotes",
        "url",
        "arxiv_id",
        "categories",
        "sources",
    }
    assert len({row["id"] for row in rows}) == 221


def test_json_array_and_limit(run):
    result = run("--json", "--limit", "3")
    assert result.exit_code == EXIT_OK
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == ["h-07db7008f2d7", "h-71eb16778c19", "h-b47c1877d17e"]
    assert SUMMARY in result.stderr  # the summary counts everything, not just what is shown


def test_skipped_records_exit_3_and_are_named(run):
    result = run("--jsonl", str(FIXTURES / "papers.json"), str(FIXTURES / "not_a_feed.xml"))
    assert result.exit_code == EXIT_SKIPPED
    assert len(result.stdout.splitlines()) == 2
    assert f"{FIXTURES / 'papers.json'}:10: record 2: record has no abstract" in result.stderr
    assert "not_a_feed.xml:1: XML document is not an Atom feed" in result.stderr
    assert "2 papers from 2 records (0 duplicates merged), 2 skipped" in result.stderr
    assert "Traceback" not in result.output


def test_strict_exits_1_at_first_problem(run):
    result = run("--strict", str(FIXTURES / "papers.json"))
    assert result.exit_code == EXIT_ERROR
    assert "error:" in result.stderr and "papers.json:10" in result.stderr
    assert "Traceback" not in result.output


def test_missing_input_exits_1(run):
    result = run("no/such/file.txt")
    assert result.exit_code == EXIT_ERROR
    assert "error: no/such/file.txt: no such file or folder" in result.stderr


def test_no_input_and_no_seeds_exits_1(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["papers"])
    assert result.exit_code == EXIT_ERROR
    assert "no INPUT given" in result.stderr


@pytest.mark.parametrize("args", [["--bogus"], ["--format", "csv"], ["--limit", "-1"]])
def test_usage_errors_exit_2(run, args):
    assert run(*args).exit_code == EXIT_USAGE


def test_format_option(run):
    result = run("--format", "atom", "--jsonl", str(FIXTURES / "arxiv_feed.xml"))
    assert result.exit_code == EXIT_OK
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["1706.03762", "2401.00001"]


def test_bad_bytes_never_give_a_traceback(run, tmp_path):
    for name, data in {
        "empty.txt": b"",
        "binary.bin": bytes(range(256)),
        "latin1.jsonl": b'{"title": "caf\xe9"}\n',
        "cut.json": b'[{"title": ',
        "bad.xml": b"<feed><entry>",
    }.items():
        (tmp_path / name).write_bytes(data)
    result = run(str(tmp_path))
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert result.stderr.count("skipped ") == 5
    assert "Traceback" not in result.output


def test_python_dash_m(tmp_path):
    env_path = str(ROOT / "src")
    completed = subprocess.run(
        [sys.executable, "-m", "claimgraph", "papers", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": env_path, "PATH": ""},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Usage: claimgraph papers" in completed.stdout
