"""A component that raises on one paper fails that paper alone (extract.extract_docs): it comes out in its
place with no facts and an ``error``, the other papers as usual, and the CLI names it and exits with the
"skipped" code."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from spacy.language import Language

import claimgraph.extract.pipeline as pipeline_module
from claimgraph.cli import main
from claimgraph.cli.group import EXIT_SKIPPED
from claimgraph.extract import extract, extract_docs, failure_message
from claimgraph.extract.jsonl import dumps, from_record
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.ingest.model import Paper, Source

TRIGGER = "Zorbl"


@Language.component("cg_test_raises_on_trigger")
def _raises_on_trigger(doc):
    if TRIGGER in doc.text:
        raise IndexError("list index out of range")
    return doc


@pytest.fixture(scope="module")
def failing_nlp() -> Language:
    nlp = build_pipeline()
    nlp.add_pipe("cg_test_raises_on_trigger", last=True)
    return nlp


def _paper(key: str, abstract: str) -> Paper:
    return Paper(id=key, title="", abstract=abstract, sources=(Source("in.jsonl", int(key[1:]) + 1, "jsonl"),))


PAPERS = [
    _paper("p0", "We fine-tune LLaMA-7B on GSM8K."),
    _paper("p1", f"{TRIGGER} improves accuracy on MMLU."),
    _paper("p2", "We evaluate BERT on GLUE."),
    _paper("p3", f"We propose {TRIGGER}."),
]


def test_a_failing_paper_keeps_its_place_and_the_others_are_extracted(failing_nlp):
    found = list(extract_docs(failing_nlp, PAPERS))
    assert [e.id for e in found] == ["p0", "p1", "p2", "p3"]
    assert [e.error is None for e in found] == [True, False, True, False]
    assert found[1].error == "cg_test_raises_on_trigger raised IndexError: list index out of range"
    assert not found[1].entities and not found[1].claims and not found[3].relations
    clean = list(extract([PAPERS[0], PAPERS[2]]))
    assert [found[0], found[2]] == clean  # the failure changes nothing of the other papers


def test_a_failed_paper_is_written_with_its_error_and_read_back(failing_nlp):
    failed = list(extract_docs(failing_nlp, [PAPERS[1]]))[0]
    record = json.loads(dumps(failed))
    assert record["error"].startswith("cg_test_raises_on_trigger raised") and record["entities"] == []
    assert from_record(record) == failed
    assert "error" not in json.loads(dumps(next(extract([PAPERS[0]]))))  # other records unchanged


def test_the_failure_message_names_file_line_and_paper():
    message = failure_message(PAPERS[1], "x raised IndexError: boom")
    assert message == "in.jsonl:2: paper p1: extraction failed (x raised IndexError: boom); kept without facts"


def test_the_cli_reports_failed_papers_and_exits_with_the_skipped_code(failing_nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline_module, "shared_pipeline", lambda: failing_nlp)
    source = tmp_path / "in.jsonl"
    rows = [{"title": "A", "abstract": "We evaluate BERT on GLUE."}, {"title": "B", "abstract": f"{TRIGGER} wins."}]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "Traceback" not in result.output
    assert "in.jsonl:2: paper" in result.stderr and "extraction failed" in result.stderr
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [("error" in record) for record in written] == [False, True]
    built = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "b"), "--rdf", "nq", "--no-index"])
    assert built.exit_code == EXIT_SKIPPED, built.output
    assert "in.jsonl:2: paper" in built.stderr and "1 papers failed in extraction" in built.stderr
