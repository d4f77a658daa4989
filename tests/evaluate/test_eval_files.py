"""``evaluate`` on the small gold/pred files in ``data/``, against scores
computed by hand (the reasoning for each number is in the comments)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.evaluate import Counts, evaluate, load_annotations

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def report():
    return evaluate(load_annotations(DATA / "gold.jsonl"), load_annotations(DATA / "pred.jsonl"))


# Paper p1 (paired by id), p2 (paired by title: pred id differs, title differs
# only in case and spacing), p3 (no prediction: all false negatives), p4
# (predicted only: ignored).
EXPECTED = {
    # p1: SPT ok; "semantic aware permutation training" names the same gold
    # entity again -> fp; LoRA missed (predicted as a Model). p3: X-Former fn.
    "Method": Counts(1, 1, 2),
    # p1: "LLaMA 7B" ok; GPT-3.5 != GPT-3 -> fp + fn; LoRA as Model -> fp.
    # p2: "Tiny Language Models" = alias "Tiny Language Model" (plural). p3: BERT fn.
    "Model": Counts(2, 2, 2),
    # p1: "the Pile", "Wikitext 103", "natural question" all ok. p2: GLUE fn.
    "Dataset": Counts(3, 0, 1),
    # p1: "Perplexity" ok. p3: accuracy fn.
    "Metric": Counts(1, 0, 1),
    # p1: "Machine-Translation" ok; "Language Models" != "language modeling".
    # p3: question answering fn.
    "Task": Counts(1, 1, 2),
    "entities": Counts(8, 4, 8),
    # p1: 1.24 (within 1e-6), 2.8e9, 3/null ok; 10 "X" != "x" -> fp + fn;
    # a second 1.24% -> fp (gold found once); 1.2400025 -> fp (2e-6 off).
    # p2: 50 % ok. p3: 7e9 fn.
    "quantities": Counts(4, 3, 2),
    # p1: "Semantic-aware PT" is an alias of pred entity SPT, SPT an alias of
    # the gold entity -> tp; LLaMA-7B fp. p2: tp via aliases. p3: fn.
    "proposes": Counts(2, 1, 1),
    # p1: claim 1 shares 10/11 gold words; claim 2 exactly 5/10 (half) -> ok;
    # claim 3 shares 4/10 -> fp + fn. p2: exact. p3: fn.
    "claims": Counts(3, 1, 2),
    # p1: head via pred alias "Semantic-aware PT", tail "Wikitext 103". p2: fn.
    "evaluated_on": Counts(1, 0, 1),
    # p1: direction reversed -> fp + fn. p3: fn.
    "outperforms": Counts(0, 1, 2),
    # p1: "LLaMA 7B" and "the Pile" ok; "Pile" again -> fp.
    "uses": Counts(2, 1, 0),
    "relations": Counts(3, 2, 3),
}


@pytest.mark.parametrize("row", list(EXPECTED))
def test_row_counts(report, row: str) -> None:
    assert report.row(row) == EXPECTED[row]


def test_ratios(report) -> None:
    entities = report.row("entities")
    assert entities.precision == pytest.approx(8 / 12)
    assert entities.recall == pytest.approx(8 / 16)
    assert entities.f1 == pytest.approx(16 / 28)
    outperforms = report.row("outperforms")
    assert outperforms.precision == 0.0
    assert outperforms.f1 == 0.0


def test_claim_pair_scores(report) -> None:
    # matched pairs: p1 claim 1 (type wrong, subject right through the gold
    # alias, hedged right), p1 claim 2 (all right, null subject == null),
    # p2 (subject GPT-2 wrong, hedged wrong, type right)
    assert (report.claim_type.correct, report.claim_type.total) == (2, 3)
    assert (report.claim_subject.correct, report.claim_subject.total) == (2, 3)
    assert (report.claim_hedged.correct, report.claim_hedged.total) == (2, 3)
    # p1 claim 1: gold ["1.24%"], pred ["1.24 %", "3"] -> tp 1, fp 1
    assert report.claim_quantities == Counts(1, 1, 0)


def test_paper_coverage(report) -> None:
    papers = report.papers
    assert (papers.gold, papers.by_id, papers.by_title) == (3, 1, 1)
    assert papers.missing == ("p3",)
    assert papers.ignored == ("p4",)


def test_perfect_prediction_scores_one() -> None:
    gold = load_annotations(DATA / "gold.jsonl")
    report = evaluate(gold, gold)
    for name, counts in report.rows:
        assert counts.fp == 0 and counts.fn == 0, name
    assert report.row("entities").f1 == 1.0
    assert report.claim_type.value == report.claim_subject.value == report.claim_hedged.value == 1.0


def test_as_dict_is_json_ready(report) -> None:
    import json

    data = json.loads(json.dumps(report.as_dict()))
    assert data["rows"]["Model"] == {"tp": 2, "fp": 2, "fn": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert data["claim_matched_pairs"]["subject"]["correct"] == 2
    assert data["papers"]["missing"] == ["p3"]
