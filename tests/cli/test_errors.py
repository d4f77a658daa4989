"""Rough edges of error handling: each bad situation gives one clear line and the right exit code, no traceback."""

from __future__ import annotations

import builtins
import gzip
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.build_layout import MANIFEST, current_build
from claimgraph.cli import main
from claimgraph.cli.group import EXIT_ERROR, EXIT_SKIPPED
from claimgraph.ingest import sources

ROOT = Path(__file__).resolve().parents[2]
ONE_SEED = ROOT / "seeds" / "004_cf0922f0ed0f46cc.txt"
GOOD = {"title": "Good", "abstract": "We propose GoodNet, which improves accuracy on SQuAD."}


def run(*args: str):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def clean_failure(result, code: int = EXIT_ERROR) -> str:
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # handled, not a crash
    assert "Traceback" not in result.output
    return result.stderr


@pytest.fixture(scope="module")
def one_seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "b"
    assert run("build", ONE_SEED, "-o", out, "--rdf", "nq").exit_code == 0
    return out


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.jsonl"
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def unreadable(tmp_path, monkeypatch) -> Path:
    """A file the user may not read (simulated: the tests may run as root, who reads everything)."""
    path = tmp_path / "secret.jsonl"
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    real_access, real_open = os.access, builtins.open

    def access(target, mode, *args, **kwargs):
        return False if Path(target) == path and mode & os.R_OK else real_access(target, mode, *args, **kwargs)

    def refuse(target, *args, **kwargs):
        if Path(target) == path:
            raise PermissionError(13, "Permission denied", str(target))
        return real_open(target, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(sources, "open", refuse, raising=False)
    return path


def test_an_unreadable_input_is_skipped_with_a_message(good, unreadable):
    result = run("papers", "--jsonl", good, unreadable)
    stderr = clean_failure(result, EXIT_SKIPPED)
    assert f"skipped {unreadable}: cannot read: Permission denied" in stderr
    assert len(result.stdout.splitlines()) == 1  # the readable file is still read


def test_an_unreadable_folder_is_skipped_with_a_message(good, tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        if Path(top) == locked:
            onerror(PermissionError(13, "Permission denied", str(locked)))
            return iter(())
        return real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(sources.os, "walk", walk)
    stderr = clean_failure(run("papers", good, locked), EXIT_SKIPPED)
    assert f"skipped {locked}: cannot read folder: Permission denied" in stderr


@pytest.mark.parametrize(
    "command",
    [
        ("build", "-o", "{blocked}/build"),
        ("extract", "-o", "{blocked}/out.jsonl"),
        ("view", "{build}", "-o", "{blocked}/graph.html"),
    ],
    ids=lambda command: command[0],
)
def test_an_output_that_cannot_be_written_is_refused_before_any_work(good, tmp_path, command):
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    build_dir = tmp_path / "b"
    (build_dir).mkdir()
    (build_dir / "graph.json").write_text('{"directed":true,"multigraph":true,"graph":{},"nodes":[],"edges":[]}')
    args = [part.format(blocked=blocked, build=build_dir) for part in command]
    inputs = [good] if command[0] != "view" else []
    stderr = clean_failure(run(*args, *inputs))
    assert stderr.startswith(f"error: {blocked}/") and "a-file is a file" in stderr
    assert len(stderr.splitlines()) == 1


def test_an_error_while_writing_is_one_line(good, tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "out.jsonl"))

    monkeypatch.setattr("claimgraph.cli.extract.atomic_open", full)
    stderr = clean_failure(run("extract", good, "-o", tmp_path / "out.jsonl"))
    assert stderr.splitlines()[-1] == f"error: {tmp_path / 'out.jsonl'}: No space left on device"


def test_a_bad_base_iri_is_refused_before_ingest_and_leaves_nothing(tmp_path):
    out = tmp_path / "never"
    stderr = clean_failure(run("build", tmp_path / "no-such-input", "-o", out, "--base-iri", "not an iri"))
    assert "base IRI 'not an iri'" in stderr and "no-such-input" not in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        (MANIFEST, "{not json"),
        (MANIFEST, "[1, 2]"),
        ("papers.jsonl.gz", '{"id": "x", "title": "t", "abstract": "a"}\n{"id": '),
        ("papers.jsonl.gz", '{"unknown": 1}\n'),
        ("extractions.jsonl.gz", "[]\n"),
        ("papers.jsonl.gz", None),  # not gzip at all
        ("extractions.jsonl.gz", b""),  # cut short: a gzip file with no end
    ],
)
def test_a_corrupt_build_under_update_is_a_clear_error(one_seed_build, good, tmp_path, name, damage):
    out = tmp_path / "b"
    shutil.copytree(one_seed_build, out, symlinks=True)
    damaged = current_build(out) / name
    if name == MANIFEST:
        damaged.write_text(damage, encoding="utf-8")
    elif damage is None:
        damaged.write_text('{"id": "x"}\n', encoding="utf-8")
    elif isinstance(damage, bytes):
        damaged.write_bytes(damaged.read_bytes()[:40])
    else:
        damaged.write_bytes(gzip.compress(damage.encode("utf-8")))
    stderr = clean_failure(run("build", good, "-o", out, "--rdf", "nq", "--update"))
    assert stderr.startswith(f"error: {damaged}") and "without --update" in stderr


def test_eval_refuses_files_of_the_wrong_kind(tmp_path):
    gold = ROOT / "tests" / "data" / "gold.jsonl"
    papers = tmp_path / "papers.jsonl"
    papers.write_text(json.dumps({"id": "x", "title": "T", "abstract": "A."}) + "\n", encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    stranger = tmp_path / "stranger.jsonl"
    stranger.write_text(json.dumps({"id": "zz", "title": "Nobody", "entities": []}) + "\n", encoding="utf-8")
    assert "not an annotation or extraction file" in clean_failure(run("eval", gold, papers))
    assert "no papers in it" in clean_failure(run("eval", gold, empty))
    assert "pairs with a paper" in clean_failure(run("eval", gold, stranger))


def test_control_characters_never_reach_the_terminal(tmp_path):
    path = tmp_path / "evil\x1b[2J.jsonl"
    record = {"id": "x\x1b]0;pwn\x07", "title": "Evil \x1b[31mred\x9b2J", "abstract": "We propose X \x1b[0m."}
    path.write_text(json.dumps(record) + "\n{broken\n", encoding="utf-8")
    result = run("papers", path)
    assert result.exit_code == EXIT_SKIPPED
    assert not any(char in result.output for char in "\x1b\x9b\x07")
    assert "Evil [31mred2J" in result.stdout
    assert "cleaned" in result.stderr and "5 control characters removed" in result.stderr


def test_the_first_query_says_it_is_making_the_index(tmp_path):
    """A large build's first query spends a long time indexing: it says so on stderr, once."""
    from click.testing import CliRunner

    from claimgraph.build_folder import build
    from claimgraph.cli import main
    from claimgraph.ingest import ingest

    build(ingest([ONE_SEED]), tmp_path / "b", formats=("nq",), index=False)  # a build makes the index unless told not
    runner = CliRunner()
    first = runner.invoke(main, ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--data", str(tmp_path / "b")])
    again = runner.invoke(main, ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--data", str(tmp_path / "b")])
    assert first.exit_code == 0 and "making the query index" in first.stderr
    assert again.exit_code == 0 and "making the query index" not in again.stderr
