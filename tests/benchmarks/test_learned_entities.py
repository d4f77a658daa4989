"""benchmarks/learned_entities.py: the held-out draw and the labelled training docs (no training here)."""

from __future__ import annotations

from claimgraph.evaluate.annotations import GoldEntity
from claimgraph.extract.pipeline import build_pipeline
from tests.benchmarks.helpers import load_script

le = load_script("learned_entities")


def test_about_a_fifth_of_the_papers_is_held_out_by_the_hash_of_their_id():
    ids = [f"2501.{n:05d}" for n in range(2000)]
    held = [i for i in ids if le.held_out(i)]
    assert 0.17 < len(held) / len(ids) < 0.24
    assert held == [i for i in ids if le.held_out(i)]  # the same draw every time


def test_every_alias_is_labelled_wherever_it_occurs_and_the_longest_wins():
    tokenizer = build_pipeline().tokenizer
    text = "We fine-tune LLaMA-7B with Low-Rank Adaptation (LoRA). LoRA beats LLaMA on GSM8K and GSM8K-Hard."
    entities = (
        GoldEntity(text="Low-Rank Adaptation", type="Method", aliases=("Low-Rank Adaptation", "LoRA")),
        GoldEntity(text="LLaMA-7B", type="Model", aliases=("LLaMA-7B",)),
        GoldEntity(text="LLaMA", type="Model", aliases=("LLaMA",)),
        GoldEntity(text="GSM8K", type="Dataset", aliases=("GSM8K",)),
    )
    doc = le.labelled_doc(tokenizer(text), entities)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("LLaMA-7B", "Model"),
        ("Low-Rank Adaptation", "Method"),
        ("LoRA", "Method"),
        ("LoRA", "Method"),
        ("LLaMA", "Model"),
        ("GSM8K", "Dataset"),
    ]  # not "LLaMA" inside "LLaMA-7B", nor "GSM8K" inside "GSM8K-Hard"
