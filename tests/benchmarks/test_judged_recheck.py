"""benchmarks/judged_recheck.py: which judged facts the code still makes, on a tiny corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmarks.helpers import ABSTRACTS, load_script

fp = load_script("fact_precision")
jr = load_script("judged_recheck")

PAPERS = ABSTRACTS[:2]


def _write(path: Path, papers: list[dict]) -> Path:
    path.write_text("".join(json.dumps(p) + "\n" for p in papers), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def judged(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("judged")
    corpus = _write(folder / "corpus.jsonl", PAPERS)
    sample = folder / "facts.jsonl"
    assert fp.main(["sample", "--data", str(corpus), "--papers", "2", "--per-kind", "20", "-o", str(sample)]) == 0
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    for record in records:
        record["judgement"] = "correct"
    sample.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return sample


def test_the_same_text_makes_every_judged_fact_again(judged, tmp_path, capsys):
    out = tmp_path / "still.jsonl"
    data = _write(tmp_path / "data.jsonl", PAPERS)
    assert jr.main([str(judged), "--data", str(data), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["still"] is True for r in records)
    assert "uses" in capsys.readouterr().out


def test_a_fact_the_text_no_longer_states_is_gone_and_a_missing_paper_unknown(judged, tmp_path):
    changed = dict(PAPERS[0], abstract=PAPERS[0]["abstract"].replace("LumaNet uses ResNet-50 as its backbone. ", ""))
    data = _write(tmp_path / "data.jsonl", [changed])
    records = jr.recheck(fp.read_pooled([judged]), [data])
    uses = [r for r in records if r["fact"] == "LumaNet --uses--> ResNet-50"]
    assert uses and all(r["still"] is False for r in uses)
    assert {r["still"] for r in records if r["paper"] == "2501.00002"} == {None}
    assert "None" not in jr.table(records) and "unknown" in jr.table(records)


def test_a_retyped_name_is_the_same_fact():
    detail = {"head": "Method:foonet", "tail": "Model:bert", "start": 10}
    retyped = {"head": "Model:foonet", "tail": "Method:bert", "start": 10}
    assert jr.fact_key("uses", "p", detail) == jr.fact_key("uses", "p", retyped)
    assert jr.fact_key("uses", "p", detail) != jr.fact_key("uses", "p", {**detail, "start": 11})
