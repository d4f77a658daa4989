"""The Daily Papers reader on small synthetic layouts and broken dumps."""

from __future__ import annotations

from claimgraph.ingest import ingest
from claimgraph.ingest.dailypapers import read_dailypapers
from claimgraph.ingest.paper_fields import MAX_FIELD_CHARS
from claimgraph.ingest.sources import iter_lines

LONG = "This abstract is long enough to look like one. " * 8  # > 300 characters


def _read(tmp_path, text: str | bytes):
    path = tmp_path / "dump.txt"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    problems = []
    with open(path, "rb") as stream:
        papers = list(read_dailypapers(iter_lines(stream), str(path), problems.append))
    return papers, problems


def test_wrapped_fixture(fixtures_dir):
    result = ingest([fixtures_dir / "dailypapers_wrapped.txt"])
    assert result.problems == ()
    first, second = result.papers
    assert first.title == 'A Wrapped Abstract & "Quoted" Title'
    assert first.original_title == "A Wrapped Abstract &amp; ``Quoted'' Title"
    assert first.abstract.startswith("This synthetic abstract is wrapped at a narrow width, the way text copied from")
    assert "its stray line breaks must become single spaces; it also reports a gain of 3.5% and" in first.abstract
    assert first.abstract.endswith("keeps going to the very last word of the paragraph.")
    assert "\n" in first.original_abstract and "\n" not in first.abstract
    assert (first.author_count, first.date, first.upvotes) == (2, "2025-01-04", 12)
    assert (second.title, second.abstract, second.date) == (
        "Second Paper Without Metadata",
        "A second abstract on one line.",
        None,
    )
    assert second.sources[0].line == 20


def test_compact_layout_glued_to_subscribe(tmp_path):
    text = (
        "Get trending papers in your email inbox once a day!\n"
        "Get trending papers in your email inbox!\n"
        f"SubscribeFirst Title: Glued\n{LONG}\nsecond title in lower case\n{LONG}\n"
    )
    papers, problems = _read(tmp_path, text)
    assert problems == []
    assert [p.title for p in papers] == ["First Title: Glued", "second title in lower case"]
    assert [p.sources[0].line for p in papers] == [3, 5]
    assert all(p.abstract == LONG.strip() for p in papers)


def test_subscribe_followed_by_lowercase_is_not_split(tmp_path):
    papers, _ = _read(tmp_path, f"Subscribers Matter\n\n{LONG}\n")
    assert papers[0].title == "Subscribers Matter"


def test_title_without_abstract_is_reported_and_reading_resyncs(tmp_path):
    text = f"new\n\nLonely Title\n\nGood Title\n\n{LONG}\n\nLast Title\n\n{LONG}\n"
    papers, problems = _read(tmp_path, text)
    assert [p.title for p in papers] == ["Good Title", "Last Title"]
    assert len(problems) == 1
    assert problems[0].line == 3 and "title without an abstract" in problems[0].message


def test_trailing_title_without_abstract(tmp_path):
    papers, problems = _read(tmp_path, f"A Title\n\n{LONG}\n\nDangling Title\n")
    assert [p.title for p in papers] == ["A Title"]
    assert [(p.line, "Dangling Title" in p.message) for p in problems] == [(5, True)]


def test_metadata_right_after_title_means_no_abstract(tmp_path):
    text = f"Title One\n\n  • 3 authors\n·\nMar 1, 2024\n\nTitle Two\n\n{LONG}\n"
    papers, problems = _read(tmp_path, text)
    assert [p.title for p in papers] == ["Title Two"]
    assert problems[0].line == 1


def test_abstract_without_title_is_reported(tmp_path):
    text = f"Mar 14\n\n{LONG}\n\nReal Title\n\n{LONG}\n"
    papers, problems = _read(tmp_path, text)
    assert [p.title for p in papers] == ["Real Title"]
    assert problems[0].line == 3 and "where a title was expected" in problems[0].message


def test_short_abstract_without_period_is_still_an_abstract(tmp_path):
    text = "Title A\n\nWe present X\n\nTitle B\n\nAnother short abstract\n"
    papers, problems = _read(tmp_path, text)
    assert problems == []
    assert [(p.title, p.abstract) for p in papers] == [
        ("Title A", "We present X"),
        ("Title B", "Another short abstract"),
    ]


def test_invalid_utf8_skips_only_that_record(tmp_path):
    data = f"Good Title\n\n{LONG}\n\nBad Title\n\n".encode() + b"caf\xe9 abstract\n\nThird\n\n" + LONG.encode()
    papers, problems = _read(tmp_path, data)
    assert [p.title for p in papers] == ["Good Title", "Third"]
    assert len(problems) == 1
    assert problems[0].line == 7 and "invalid UTF-8" in problems[0].message


def test_huge_abstract_is_skipped_with_a_message(tmp_path):
    huge = "word " * 1_000_000  # 5 MB on one line
    papers, problems = _read(tmp_path, f"Huge Paper\n\n{huge}\n\nSmall Paper\n\n{LONG}\n")
    assert [p.title for p in papers] == ["Small Paper"]
    assert len(problems) == 1
    assert problems[0].line == 1
    assert f"limit is {MAX_FIELD_CHARS:,}" in problems[0].message
