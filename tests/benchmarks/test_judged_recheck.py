"""benchmarks/judged_recheck.py: which judged facts the code still makes, on a tiny corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


fp = _load("fact_precision")
jr = _load("judged_recheck")

# Written for this test (not taken from any corpus).
PAPERS = [
    {
        "id": "2501.00001",
        "title": "LumaNet: Sparse Attention for Image Classification",
        "abstract": "We propose LumaNet, a vision transformer with sparse attention. LumaNet uses ResNet-50 as its "
        "backbone. On ImageNet, LumaNet achieves 87.2% top-1 accuracy and outperforms ViT-B/16 by 1.3 points.",
    },
    {
        "id": "2501.00002",
        "title": "Counting Steps: Verifier-Guided Decoding for Math Word Problems",
        "abstract": "We introduce StepCheck, a decoding method that uses a learned verifier to rank candidate "
        "solutions. We evaluate StepCheck on GSM8K and MATH. StepCheck reaches 74.5% accuracy on GSM8K with "
        "LLaMA-2-13B, outperforming chain-of-thought prompting.",
    },
]


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
