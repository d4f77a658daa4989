"""Format detection from content, and the format override."""

from __future__ import annotations

import shutil

import pytest

from claimgraph.errors import ConfigError
from claimgraph.ingest import ingest
from claimgraph.ingest.detect import check_format, detect_format


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b'\n [{"title": "x"}]', "json"),
        (b'{"title": "x", "abstract": "y"}\n', "jsonl"),
        (b'{"id": "0704.0001", "versions": [], "update_date": "2008-11-13"}\n', "arxiv-snapshot"),
        (b'\xef\xbb\xbf<?xml version="1.0"?><feed/>', "atom"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'/>", "atom"),
        (b"new\n\nGet trending papers in your email inbox!\n", "dailypapers"),
        (b"Some Title\n\nSome abstract.", "dailypapers"),
    ],
)
def test_detect_format(head, name):
    assert detect_format(head) == name


def test_content_not_name_decides(fixtures_dir, tmp_path):
    disguised = tmp_path / "listing.txt"
    shutil.copy(fixtures_dir / "arxiv_feed.xml", disguised)
    result = ingest([disguised])
    assert [s.format for p in result.papers for s in p.sources] == ["atom", "atom"]


def test_format_override(fixtures_dir, tmp_path):
    path = tmp_path / "data.txt"
    path.write_text('{"title": "T", "abstract": "A."}\n', encoding="utf-8")
    assert ingest([path]).papers[0].sources[0].format == "jsonl"
    forced = ingest([path], format="dailypapers")
    assert forced.papers == () and forced.problems  # read as text it holds no paper
    assert (
        ingest([fixtures_dir / "papers.jsonl"], format="arxiv-snapshot").papers[0].sources[0].format == "arxiv-snapshot"
    )


def test_unknown_format_is_a_config_error():
    assert check_format(None) is None and check_format("atom") == "atom"
    with pytest.raises(ConfigError, match="unknown input format"):
        ingest(["seeds"], format="csv")
