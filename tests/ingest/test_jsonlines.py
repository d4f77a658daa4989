"""JSON Lines and the arXiv metadata snapshot (plain and gzip)."""

from __future__ import annotations

import gzip
import json
import shutil

from claimgraph.ingest import ingest, iter_records
from claimgraph.ingest.paper_fields import MAX_FIELD_CHARS


def _line(**fields) -> str:
    return json.dumps(fields) + "\n"


def test_papers_fixture(fixtures_dir):
    result = ingest([fixtures_dir / "papers.jsonl"])
    assert result.problems == ()
    orca, strings, nested = result.papers
    assert (orca.id, orca.authors, orca.date) == ("2311.11045", ("Arindam Mitra", "Luciano Del Corro"), "2023-11-18")
    assert strings.title == 'A Record With "String" Authors'
    assert strings.authors == ("Ada Lovelace", "Alan Turing", "Grace Hopper")
    assert strings.abstract.endswith("commas and and. The line break in this abstract is a stray one.")
    assert strings.date == "2024-03-01" and strings.id.startswith("h-")
    assert [s.line for s in strings.sources] == [3]  # the blank line 2 is skipped
    assert (nested.id, nested.upvotes, nested.authors, nested.date) == (
        "2402.00002",
        7,
        ("Nested Author",),
        "2024-02-01",
    )
    assert nested.abstract.startswith("The Hugging Face API nests the paper")
    assert {s.format for p in result.papers for s in p.sources} == {"jsonl"}


ATTENTION_TITLE = "Attention Is All You Need"


def _check_snapshot(result, attention_abstract, path_name):
    assert result.problems == ()
    first, attention, old = result.papers
    assert first.id == "0704.0001"
    assert first.title == "Calculation of prompt diphoton production cross sections at Tevatron energies"
    assert first.original_title == "Calculation of prompt diphoton production cross sections at Tevatron\n  energies"
    assert first.authors == ("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan")
    assert first.date == "2007-04-02"  # first version, not update_date
    assert first.categories == ("hep-ph",)
    assert first.abstract.startswith(
        "A fully differential calculation in perturbative quantum chromodynamics is presented"
    )
    assert attention.title == ATTENTION_TITLE and attention.abstract == attention_abstract
    assert attention.categories == ("cs.CL", "cs.LG")
    assert (old.id, old.date) == ("cs/9901001", "1999-01-04")  # no versions: update_date
    assert old.title == 'A "Synthetic" Record for Old-Style Identifiers'
    assert "12.5% over the baseline & more." in old.abstract
    assert [(s.path.endswith(path_name), s.line, s.format) for p in result.papers for s in p.sources] == [
        (True, 1, "arxiv-snapshot"),
        (True, 2, "arxiv-snapshot"),
        (True, 3, "arxiv-snapshot"),
    ]


def test_arxiv_snapshot_plain(fixtures_dir):
    abstract = (fixtures_dir / "attention_abstract.txt").read_text(encoding="utf-8").strip()
    _check_snapshot(ingest([fixtures_dir / "arxiv_snapshot.jsonl"]), abstract, "arxiv_snapshot.jsonl")


def test_arxiv_snapshot_gzip(fixtures_dir, tmp_path):
    abstract = (fixtures_dir / "attention_abstract.txt").read_text(encoding="utf-8").strip()
    target = tmp_path / "arxiv-metadata-oai-snapshot.json.gz"
    with open(fixtures_dir / "arxiv_snapshot.jsonl", "rb") as src, gzip.open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    _check_snapshot(ingest([target]), abstract, "snapshot.json.gz")


def test_snapshot_streams_one_record_at_a_time(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for number in range(5000):
            out.write(_line(id=f"2401.{number:05d}", title=f"Paper {number}", abstract="An abstract.", versions=[]))
    records = iter_records([path])
    first = next(records)
    assert first.id == "2401.00000" and first.sources[0].format == "arxiv-snapshot"
    assert sum(1 for _ in records) == 4999


def test_bad_lines_are_skipped_one_problem_each(tmp_path):
    path = tmp_path / "mixed.jsonl"
    huge = "x" * (5 * 1024 * 1024)
    data = (
        (
            _line(title="Good One", abstract="Fine.")
            + '{"title": "Broken", "abstract": \n'
            + "[1, 2]\n"
            + _line(title="No Abstract")
            + _line(abstract="No title.")
            + _line()
            + _line(title="Huge", abstract=huge)
            + _line(title="Bad Authors", abstract="x", authors=5)
        ).encode()
        + b'{"title": "caf\xe9", "abstract": "x"}\n'
        + _line(title="Good Two", abstract="Fine too.").encode()
    )
    path.write_bytes(data + b'{"title": "Truncated", "abst')
    problems = []
    result = ingest([path], on_problem=problems.append)
    titles = [(p.title, p.abstract) for p in result.papers]
    assert titles == [("Good One", "Fine."), ("", "No title."), ("Good Two", "Fine too.")]  # a title is optional
    assert result.problems == tuple(problems)
    assert [p.line for p in problems] == [2, 3, 4, 6, 7, 8, 9, 11]
    messages = [p.message for p in problems]
    assert messages[0].startswith("invalid JSON")
    assert "expected a JSON object" in messages[1]
    assert "no abstract" in messages[2] and "no title and no abstract" in messages[3]
    assert f"limit is {MAX_FIELD_CHARS:,}" in messages[4]
    assert "authors must be" in messages[5]
    assert "invalid UTF-8" in messages[6]
    assert messages[7].startswith("invalid JSON")
    assert all(p.path == str(path) for p in problems)
