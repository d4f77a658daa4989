"""JSON arrays, decoded element by element."""

from __future__ import annotations

import json

from claimgraph.ingest import ingest


def test_array_fixture(fixtures_dir):
    result = ingest([fixtures_dir / "papers.json"])
    first, third = result.papers
    assert (first.id, first.arxiv_id, first.authors, first.date) == (
        "2403.00003",
        "2403.00003",
        ("Array Author",),
        "2024-03-03",
    )
    assert (third.title, third.url, third.sources[0].line) == ("Third Array Paper", "https://example.org/papers/3", 14)
    (problem,) = result.problems
    assert problem.line == 10 and "record 2" in problem.message and "no abstract" in problem.message


def test_large_array_across_chunks_keeps_line_numbers(tmp_path):
    records = [{"title": f"Paper {n}", "abstract": "word " * 50 + str(n)} for n in range(2000)]
    path = tmp_path / "big.json"
    path.write_text("[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n", encoding="utf-8")
    assert path.stat().st_size > 4 * 65536
    result = ingest([path])
    assert result.problems == ()
    assert [p.title for p in result.papers] == [f"Paper {n}" for n in range(2000)]
    assert [p.sources[0].line for p in result.papers[:3]] == [2, 3, 4]
    assert result.papers[-1].sources[0].line == 2001


def test_one_line_array_and_non_object_elements(tmp_path):
    path = tmp_path / "one.json"
    path.write_text('[{"title": "A", "abstract": "B."}, 7, {"title": "C", "abstract": "D."}]', encoding="utf-8")
    result = ingest([path])
    assert [p.title for p in result.papers] == ["A", "C"]
    assert [(p.line, "record 2" in p.message) for p in result.problems] == [(1, True)]


def test_truncated_array_reports_and_keeps_earlier_records(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[\n{"title": "A", "abstract": "B."},\n{"title": "C", "abs', encoding="utf-8")
    result = ingest([path])
    assert [p.title for p in result.papers] == ["A"]
    (problem,) = result.problems
    assert "invalid JSON in record 2" in problem.message and problem.line == 3


def test_syntax_error_between_elements(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"title": "A", "abstract": "B."} {"title": "C"}]', encoding="utf-8")
    result = ingest([path])
    assert [p.title for p in result.papers] == ["A"]
    assert "expected ',' or ']'" in result.problems[0].message


def test_empty_array_is_reported_as_no_records(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("[ ]\n", encoding="utf-8")
    result = ingest([path])
    assert result.papers == ()
    assert [p.message for p in result.problems] == ["no paper records found"]


def test_invalid_utf8_in_array(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'[{"title": "A", "abstract": "B."},\n{"title": "caf\xe9", "abstract": "x"}]')
    result = ingest([path])
    assert [p.title for p in result.papers] == ["A"]
    assert "invalid UTF-8" in result.problems[0].message
