"""Paper ids: a record's own id is kept, a hash is made only when there is none; a title is optional."""

from __future__ import annotations

import json

from claimgraph.ingest import ingest
from claimgraph.ingest.ids import is_title_hash, paper_id


def _ingest(tmp_path, *records):
    path = tmp_path / "p.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return ingest([path])


def test_a_records_own_id_is_kept(tmp_path):
    result = _ingest(
        tmp_path,
        {"id": "t1", "title": "One", "abstract": "A."},
        {"id": 17, "title": "Two", "abstract": "B."},
        {"id": "arXiv:2401.00001v2", "title": "Three", "abstract": "C."},
        {"id": "t4", "url": "https://arxiv.org/abs/2401.00004", "title": "Four", "abstract": "D."},
        {"paper_id": "  W 5 ", "title": "Five", "abstract": "E."},
        {"title": "Orca 2: Teaching Small Language Models How to Reason", "abstract": "F."},
        {"id": "t1", "title": "One, again", "abstract": "A2.", "date": "2024-01-01"},
    )
    ids = [(p.id, p.arxiv_id) for p in result.papers]
    assert ids == [
        ("t1", None),
        ("17", None),
        ("2401.00001", "2401.00001"),
        ("t4", "2401.00004"),
        ("W 5", None),
        ("h-2584cb2ab056", None),
    ]
    one = result.papers[0]
    assert (one.title, one.date, result.duplicates) == ("One", "2024-01-01", 1)  # the same id is the same paper


def test_papers_jsonl_reads_back_with_the_same_ids(tmp_path):
    records = [
        {"id": "t4", "arxiv_id": "2401.00004", "title": "Four", "abstract": "D."},
        {"id": paper_id("Five"), "arxiv_id": None, "title": "Five", "abstract": "E."},
    ]
    assert [p.id for p in _ingest(tmp_path, *records).papers] == ["t4", paper_id("Five")]


def test_a_title_hash_gives_way_to_a_real_id_when_records_merge(tmp_path):
    result = _ingest(
        tmp_path,
        {"title": "Same Title", "abstract": "First."},
        {"id": "own-7", "title": "Same  title", "abstract": "Second."},
    )
    assert [(p.id, p.abstract) for p in result.papers] == [("own-7", "First.")]


def test_a_record_with_an_abstract_but_no_title_is_processed(tmp_path):
    result = _ingest(
        tmp_path,
        {"abstract": "We propose NoTitleNet, which improves BLEU on WMT14."},
        {"title": "", "abstract": "A different abstract, also without a title."},
        {"abstract": "We propose NoTitleNet, which improves BLEU on WMT14."},
        {"title": "A title", "abstract": ""},
    )
    assert [p.title for p in result.papers] == ["", ""]
    assert len({p.id for p in result.papers}) == 2 and all(is_title_hash(p.id) for p in result.papers)
    assert result.duplicates == 1  # the same abstract twice is one paper
    assert [p.message for p in result.problems] == ["record has no abstract (title: 'A title')"]
    assert paper_id("", abstract="x") != paper_id("abstract x")  # an abstract's hash is never a title's
