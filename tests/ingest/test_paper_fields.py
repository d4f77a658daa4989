"""Shared record rules: dates, authors, required fields, the size limit."""

from __future__ import annotations

import pytest

from claimgraph.ingest.model import Source
from claimgraph.ingest.paper_fields import (
    MAX_FIELD_CHARS,
    RecordError,
    build_paper,
    normalize_date,
    split_authors,
)

SOURCE = Source("x.jsonl", 1, "jsonl")


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("Mar 1, 2024", "2024-03-01"),
        ("Sep 20, 2023", "2023-09-20"),
        ("September 7, 2024", "2024-09-07"),
        ("2024-02-01T00:00:00.000Z", "2024-02-01"),
        ("2008-11-13", "2008-11-13"),
        ("Mon, 2 Apr 2007 19:18:42 GMT", "2007-04-02"),
        ("Jun 16", "Jun 16"),
        ("Feb 30, 2024", "Feb 30, 2024"),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(raw, date):
    assert normalize_date(raw) == date


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("A. Smith, B. Jones and C. Doe", ("A. Smith", "B. Jones", "C. Doe")),
        (["Ada", " Alan  Turing "], ("Ada", "Alan Turing")),
        ([{"name": "Grace Hopper"}, {"user": "x"}], ("Grace Hopper",)),
        ([["Balázs", "C.", ""], ["Yuan", "C. -P.", "Jr"]], ("C. Balázs", "C. -P. Yuan Jr")),
        ("Alexander Anderson", ("Alexander Anderson",)),
        (None, ()),
    ],
)
def test_split_authors(raw, names):
    assert split_authors(raw) == names


def test_split_authors_rejects_numbers():
    with pytest.raises(RecordError):
        split_authors(42)


def test_build_paper_cleans_and_keeps_original():
    paper = build_paper(" A  ``T'' ", "Abs\ntract 5\\%", SOURCE, arxiv="arXiv:2401.00001v3")
    assert (paper.title, paper.original_title) == ('A "T"', " A  ``T'' ")
    assert (paper.abstract, paper.original_abstract) == ("Abs tract 5%", "Abs\ntract 5\\%")
    assert paper.id == paper.arxiv_id == "2401.00001"
    assert paper.url == "https://arxiv.org/abs/2401.00001"
    assert paper.sources == (SOURCE,)


@pytest.mark.parametrize(
    ("title", "abstract", "message"),
    [
        (None, None, "no title and no abstract"),
        ("  \n ", "&#32;", "no title and no abstract"),
        ("Title", None, "no abstract"),
        ("Title", "&#32; ", "no abstract"),
        (17, "abstract", "title must be text"),
        ("Title", ["a"], "abstract must be text"),
        ("Title", "x" * (MAX_FIELD_CHARS + 1), "too long"),
        ("x" * (MAX_FIELD_CHARS + 1), "abstract", "too long"),
    ],
)
def test_unusable_records(title, abstract, message):
    with pytest.raises(RecordError, match=message):
        build_paper(title, abstract, SOURCE)


def test_field_at_the_limit_is_accepted():
    paper = build_paper("Title", "y" * MAX_FIELD_CHARS, SOURCE)
    assert len(paper.abstract) == MAX_FIELD_CHARS
