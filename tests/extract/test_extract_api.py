"""The extract stage end to end: format, offsets, determinism, jobs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.extract import extract
from claimgraph.extract.jsonl import dumps, from_record, to_record
from claimgraph.extract.model import CLAIM_TYPES, ENTITY_TYPES, RELATION_TYPES
from claimgraph.ingest import ingest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GUIDE_KEYS = ["id", "title", "entities", "quantities", "proposes", "claims", "relations"]


@pytest.fixture(scope="module")
def papers():
    return ingest([SEEDS]).papers[:60]


@pytest.fixture(scope="module")
def extractions(papers):
    return list(extract(papers))


def test_one_extraction_per_paper_in_order(papers, extractions):
    assert [e.id for e in extractions] == [p.id for p in papers]


def test_records_follow_the_guide_format(extractions):
    for extraction in extractions:
        record = json.loads(dumps(extraction))
        assert list(record) == GUIDE_KEYS
        for entity in record["entities"]:
            assert entity["type"] in ENTITY_TYPES
            assert entity["text"] in entity["aliases"]
        for claim in record["claims"]:
            assert claim["type"] in CLAIM_TYPES
            assert 0.0 <= claim["confidence"] <= 1.0
            assert set(claim["quantities"]) <= {q["text"] for q in record["quantities"]}
        entity_texts = {e["text"] for e in record["entities"]}
        for relation in record["relations"]:
            assert relation["relation"] in RELATION_TYPES
            assert {relation["head"], relation["tail"]} <= entity_texts
        assert set(record["proposes"]) <= entity_texts


def test_mention_offsets_point_into_the_cleaned_texts(papers, extractions):
    by_id = {p.id: p for p in papers}
    checked = 0
    for extraction in extractions:
        paper = by_id[extraction.id]
        for item in list(extraction.entities) + list(extraction.quantities):
            for mention in item.mentions:
                text = paper.title if mention.field == "title" else paper.abstract
                surface = text[mention.start : mention.end]
                assert surface in getattr(item, "aliases", (item.text,)), (surface, item)
                checked += 1
        for claim in extraction.claims:
            text = paper.title if claim.field == "title" else paper.abstract
            assert text[claim.start : claim.end] == claim.text
    assert checked > 500


def test_round_trip_through_json(extractions):
    for extraction in extractions:
        assert from_record(to_record(extraction)) == extraction


def test_same_input_same_output_and_jobs_do_not_change_it(papers, extractions):
    assert list(extract(papers)) == extractions
    assert list(extract(papers, jobs=2, chunk_size=7)) == extractions


def test_empty_title_and_empty_abstract_are_fine():
    from claimgraph.ingest.model import Paper

    [only] = list(extract([Paper(id="x", title="", abstract="We fine-tune LLaMA-7B on GSM8K.")]))
    assert {(e.text, e.type) for e in only.entities} == {("LLaMA-7B", "Model"), ("GSM8K", "Dataset")}
    assert all(m.field == "abstract" for e in only.entities for m in e.mentions)


def test_cli_writes_jsonl_atomically_and_to_stdout(tmp_path):
    runner = CliRunner()
    target = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(SEEDS / "004_cf0922f0ed0f46cc.txt"), "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = target.read_text().splitlines()
    assert len(lines) == 22
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    stdout = runner.invoke(main, ["extract", str(SEEDS / "004_cf0922f0ed0f46cc.txt"), "-o", "-"])
    assert stdout.exit_code == 0
    assert [line for line in stdout.stdout.splitlines() if line.startswith("{")] == lines


def test_cli_reports_skipped_input_with_exit_3(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "title": "T", "abstract": "We use BERT."}\n{broken\n')
    result = CliRunner().invoke(main, ["extract", str(bad), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 3
    assert "bad.jsonl:2" in result.stderr
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 1
