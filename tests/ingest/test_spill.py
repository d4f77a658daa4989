"""Spilled ingest: the same papers, counts and problems as ingest(), in id order, a bucket of records held at a time."""

from __future__ import annotations

import random

import pytest

from claimgraph.ingest import ingest, spill
from claimgraph.ingest.dedup import Deduplicator, GroupIndex, merge
from claimgraph.ingest.ids import paper_id
from claimgraph.ingest.model import Paper, Source
from claimgraph.ingest.spill import Reading, spill_ingest
from tests.ingest.conftest import FIXTURES, SEEDS


def _record(rng: random.Random, line: int) -> Paper:
    """A record drawn from a few ids, arXiv ids, titles and abstracts, so that many collide."""
    title = rng.choice(["", "Attention Is All You Need", "attention is all you need!", "Orca 2", "???"])
    abstract = rng.choice(["We propose X.", "We study Y.", ""]) if title else rng.choice(["We propose X.", "Z."])
    arxiv = rng.choice([None, None, "1706.03762", "2311.11045"])
    given = rng.choice([None, None, None, "t1", "t2", "h-0123456789ab"])
    return Paper(
        id=paper_id(title, arxiv, given=given, abstract=abstract),
        title=title,
        abstract=abstract,
        arxiv_id=arxiv,
        url=rng.choice([None, f"u{line}"]),
        sources=(Source("in.jsonl", line, "jsonl"),),
    )


@pytest.mark.parametrize("seed", range(40))
def test_group_index_puts_each_record_in_the_deduplicators_paper(seed):
    rng = random.Random(seed)
    records = [_record(rng, line) for line in range(1, rng.randint(2, 30))]
    dedup, index, grouped = Deduplicator(), GroupIndex(), {}
    for record in records:
        dedup.add(record)
        number = index.add(record)
        grouped[number] = merge(grouped[number], record) if number in grouped else record
    assert [grouped[number] for number in range(len(index))] == list(dedup.papers)
    assert (index.records, index.duplicates) == (dedup.records, dedup.duplicates)


def test_a_paper_whose_title_hash_id_merge_replaces_by_its_arxiv_id_is_found_by_that_id():
    """merge() recomputes the id of two title-hash records: the paper's arXiv id, a key later records find."""
    records = [
        Paper(id="h-0123456789ab", title="A", abstract="x", arxiv_id="1706.03762"),
        Paper(id=paper_id("A"), title="A", abstract="y"),
        Paper(id="1706.03762", title="B", abstract="z", arxiv_id="2311.11045"),
    ]
    dedup, index = Deduplicator(), GroupIndex()
    dedup.extend(records)
    assert [index.add(record) for record in records] == [0, 0, 0]
    assert len(dedup.papers) == 1 and dedup.papers[0].id == "1706.03762"


def test_spilled_papers_are_ingests_papers_in_id_order(tmp_path, monkeypatch):
    """Buckets of 7 papers, at most 2 bucket files open: the seeds and the ingest fixtures (duplicates, bad lines)."""
    monkeypatch.setattr(spill, "OPEN_BUCKETS", 2)
    inputs = (SEEDS, FIXTURES)
    held = ingest(inputs)
    seen = []
    spilled = spill_ingest(Reading(inputs, on_problem=seen.append), tmp_path / "spill", run_papers=7)
    assert list(spilled.papers()) == sorted(held.papers, key=lambda paper: paper.id)
    assert (spilled.count, spilled.records, spilled.duplicates) == (held.count, held.records, held.duplicates)
    assert spilled.problems == held.problems == tuple(seen) and spilled.problems
    assert spilled.repairs == held.repairs
    assert spilled.held <= 7 + held.duplicates < held.records  # one bucket's records, not all of them
    assert sorted(path.name for path in (tmp_path / "spill").iterdir()) == [path.name for path in spilled.runs]
