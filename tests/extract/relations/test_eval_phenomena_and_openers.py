"""Issue #17 (judged evaluated_on facts of samples C-K): a head that names a phenomenon the paper observes
(its name or its long form ends in a phenomenon noun, cue ``phenomenon_heads``) is no head of evaluated_on,
and a name before the comma of an opening phrase ("With a standard X, FooNet achieves ...") is no member of
the scored subject's list (relations/pairs/, cues/relation_reading.json)."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build

ENTS = {
    "FooNet": "Method",
    "EOB": "Method",
    "Rescue Effect": "Method",
    "Attention Bias Calibration": "Method",
    "Qwen2.5-VL-3B-Instruct": "Model",
    "GPT-4o": "Model",
    "Claude 3": "Model",
    "Gemini": "Model",
    "MMStar": "Dataset",
    "RealWorldQA": "Dataset",
    "RefCOCO+": "Dataset",
    "PageOCR": "Dataset",
    "MathVista": "Dataset",
}


def evaluated(text: str, proposes=("FooNet",), long_forms: dict[str, str] | None = None) -> set[tuple[str, str]]:
    doc = build(text, entities=ENTS, proposes=proposes)
    pairs = []
    for long, short in (long_forms or {}).items():
        start = text.find(long)
        short_at = text.find(short, start + len(long))
        pairs.append(
            (
                doc.char_span(start, start + len(long), alignment_mode="expand"),
                doc.char_span(short_at, short_at + len(short), alignment_mode="expand"),
            )
        )
    doc._.abbreviations = pairs
    return {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "evaluated_on"}


def test_an_observed_bias_named_by_its_long_form_is_not_evaluated():
    # 2508.13428: "we observe an Easy-Options Bias (EOB) issue in some ... benchmarks such as MMStar, RealWorldQA"
    text = (
        "In this study, we observe an Easy-Options Bias (EOB) issue in some multiple-choice benchmarks "
        "such as MMStar and RealWorldQA."
    )
    found = evaluated(text, proposes=("EOB",), long_forms={"Easy-Options Bias": "EOB"})
    assert not {h for h, _ in found} & {"EOB"}


def test_an_effect_is_not_evaluated():
    # 2605.26415: "the Rescue Effect" as the head of a result on a dataset
    text = "We find that the Rescue Effect improves accuracy by 3% on MMStar."
    assert ("Rescue Effect", "MMStar") not in evaluated(text, proposes=("Rescue Effect",))


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        # a method whose name ends in a phenomenon noun only inside (not at the end) keeps its result
        ("Attention Bias Calibration achieves 71.2% accuracy on MMStar.", "Attention Bias Calibration", "MMStar"),
        ("FooNet achieves 71.2% accuracy on MMStar.", "FooNet", "MMStar"),
    ],
)
def test_a_method_keeps_its_result(text, head, tail):
    assert (head, tail) in evaluated(text, proposes=(head,))


def test_a_model_in_an_opening_phrase_is_no_scored_subject():
    # 2504.07954: "With a standard Qwen2.5-VL-3B-Instruct, Perception-R1 achieves +4.2% on RefCOCO+, ..."
    text = "With a standard Qwen2.5-VL-3B-Instruct, FooNet achieves +4.2% on RefCOCO+ and +4.2% on PageOCR."
    found = evaluated(text)
    assert ("FooNet", "RefCOCO+") in found
    assert ("Qwen2.5-VL-3B-Instruct", "RefCOCO+") not in found
    assert ("Qwen2.5-VL-3B-Instruct", "PageOCR") not in found


def test_a_listed_subject_keeps_every_name():
    text = "In our benchmark, GPT-4o, Claude 3 and Gemini achieve less than 20% on MathVista."
    found = evaluated(text, proposes=())
    assert {("GPT-4o", "MathVista"), ("Claude 3", "MathVista"), ("Gemini", "MathVista")} <= found
