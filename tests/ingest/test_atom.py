"""arXiv API Atom feeds, read with a hardened parser."""

from __future__ import annotations

import gzip

from claimgraph.ingest import ingest

ENTRY = (
    "<entry><id>http://arxiv.org/abs/{id}v1</id><published>2024-01-02T00:00:00Z</published>"
    "<title>{title}</title>{summary}<author><name>A</name></author></entry>"
)
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'


def test_feed_fixture(fixtures_dir):
    result = ingest([fixtures_dir / "arxiv_feed.xml"])
    assert result.problems == ()
    attention, synthetic = result.papers
    expected = (fixtures_dir / "attention_abstract.txt").read_text(encoding="utf-8").strip()
    assert (attention.id, attention.title, attention.abstract) == ("1706.03762", "Attention Is All You Need", expected)
    assert attention.authors == ("Ashish Vaswani", "Noam Shazeer") and attention.author_count == 2
    assert (attention.date, attention.url) == ("2017-06-12", "http://arxiv.org/abs/1706.03762v7")
    assert attention.categories == ("cs.CL", "cs.LG")
    assert attention.sources[0].line == 8 and attention.sources[0].format == "atom"
    assert synthetic.title == "A Synthetic Feed Entry & Its Entities"
    assert synthetic.abstract == (
        'This synthetic test entry has escaped markup: scores < 5 and R&D, plus "LaTeX quotes" across a line break.'
    )


def test_gzip_feed(fixtures_dir, tmp_path):
    target = tmp_path / "feed.atom.gz"
    target.write_bytes(gzip.compress((fixtures_dir / "arxiv_feed.xml").read_bytes()))
    assert [p.id for p in ingest([target]).papers] == ["1706.03762", "2401.00001"]


def test_not_a_feed(fixtures_dir):
    result = ingest([fixtures_dir / "not_a_feed.xml"])
    assert result.papers == ()
    (problem,) = result.problems
    assert "not an Atom feed" in problem.message and "<rss>" in problem.message


def test_entity_expansion_and_external_entities_are_refused(fixtures_dir):
    for name in ("billion_laughs.xml", "external_entity.xml"):
        result = ingest([fixtures_dir / name])
        assert result.papers == ()
        (problem,) = result.problems
        assert problem.message.startswith("refused unsafe XML"), problem
        assert "lol" not in problem.message and "root:" not in problem.message


def test_entry_without_summary_is_skipped(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(
        HEAD
        + ENTRY.format(id="2401.00001", title="No Summary", summary="")
        + "\n"
        + ENTRY.format(id="2401.00002", title="Fine", summary="<summary>Text.</summary>")
        + "\n</feed>\n",
        encoding="utf-8",
    )
    result = ingest([path])
    assert [p.id for p in result.papers] == ["2401.00002"]
    (problem,) = result.problems
    assert problem.line == 3 and "entry 1" in problem.message and "no abstract" in problem.message


def test_malformed_xml_keeps_entries_before_the_error(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text(
        HEAD + ENTRY.format(id="2401.00003", title="Fine", summary="<summary>Text.</summary>") + "\n<entry><title>Cut",
        encoding="utf-8",
    )
    result = ingest([path])
    assert [p.id for p in result.papers] == ["2401.00003"]
    (problem,) = result.problems
    assert problem.message.startswith("invalid XML") and problem.line == 4


def test_unknown_encoding_declaration_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(b'<?xml version="1.0" encoding="AUTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>\n')
    result = ingest([path], format="atom")
    assert not result.papers
    (problem,) = result.problems
    assert problem.line == 1 and problem.message == "invalid XML: unknown encoding: AUTF-8"
