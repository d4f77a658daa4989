"""outperforms readings: costs are not wins, the paper's own size variant is no rival,
a relative clause about unnamed systems, classes linked by a participle, paradigms as heads."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

PROPOSE = "We propose FooNet, a new model for parsing."
ENTS = {
    "FooNet": "Method",
    "FooNet-7B": "Model",
    "BarNet": "Model",
    "BarNet-7B": "Model",
    "CLIP": "Model",
    "GPT-4o": "Model",
    "KAN": "Method",
    "RL": "Method",
    "Qwen3-235B": "Model",
    "accuracy": "Metric",
    "speedup": "Metric",
}


outperforms = RelationReader(PROPOSE, ENTS).outperforms


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet achieves competitive results with 100x less training data and 600x less GPU time than CLIP.", "CLIP"),
        ("FooNet needs fewer parameters than BarNet.", "BarNet"),
        ("FooNet achieves state-of-the-art performance, improving inference speed by 40% over BarNet.", "BarNet"),
        ("FooNet reaches up to a 36% speedup over BarNet.", "BarNet"),
        ("FooNet achieves up to 2.5x speedup over BarNet without compromising quality.", "BarNet"),
        ("It offers high efficiency, achieving up to a 28x speed-up over methods such as BarNet.", "BarNet"),
        ("Compared to BarNet, FooNet reduces FLOPs by 94%, improves inference speed by 3.1 times.", "BarNet"),
        ("FooNet performs best overall and runs more efficiently than BarNet.", "BarNet"),
    ],
)
def test_a_cost_comparison_is_no_win(sentence, tail):
    assert ("FooNet", tail) not in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet has 30% lower latency than GPT-4o.", "GPT-4o"),  # kept: a lower latency is a win (judged)
        ("FooNet achieves 12.8% performance gains over BarNet.", "BarNet"),
        ("FooNet improves accuracy by 3.2% over BarNet.", "BarNet"),
        ("FooNet achieves higher accuracy than CLIP.", "CLIP"),
        ("Compared to CLIP, FooNet improves accuracy and inference speed.", "CLIP"),
        ("FooNet significantly improves both efficiency and segmentation accuracy compared to BarNet.", "BarNet"),
        ("Compared to BarNet, FooNet shows clear improvements in training stability and generalization.", "BarNet"),
    ],
)
def test_quality_comparisons_stay_wins(sentence, tail):
    assert ("FooNet", tail) in outperforms(sentence)


def test_the_papers_own_size_variant_is_no_rival():
    found = outperforms("Compared to BarNet-7B, FooNet-7B generates concise responses with 28 percent higher accuracy.")
    assert ("FooNet", "FooNet-7B") not in found


def test_another_models_size_variant_stays_a_rival():
    assert ("FooNet", "BarNet-7B") in outperforms("FooNet outperforms BarNet-7B on all tasks.")


def test_a_relative_clause_about_unnamed_models_is_not_the_head():
    found = outperforms("FooNet can exceed the performance of the models that outperform GPT-4o by a wide margin.")
    assert ("FooNet", "GPT-4o") not in found


def test_a_relative_clause_about_the_head_still_counts():
    assert ("FooNet", "GPT-4o") in outperforms("FooNet is a model that consistently outperforms GPT-4o.")


@pytest.mark.parametrize(
    "sentence",
    ["FooNet outperforms existing methods combining KAN and convolution.", "FooNet beats approaches using KAN."],
)
def test_a_class_linked_by_a_participle_is_no_rival(sentence):
    assert ("FooNet", "KAN") not in outperforms(sentence)


def test_a_paradigm_is_no_head():
    found = outperforms("RL training with long outputs improves accuracy, even surpassing Qwen3-235B.", ())
    assert ("RL", "Qwen3-235B") not in found


@pytest.mark.parametrize(
    "sentence,tails",
    [
        ("FooNet demonstrates superior performance over BarNet.", {"BarNet"}),
        ("FooNet shows clear advantages over BarNet and CLIP.", {"BarNet", "CLIP"}),
        ("FooNet improves upon BarNet by 5%.", {"BarNet"}),
        ("BarNet is outperformed by FooNet.", {"BarNet"}),
        ("BarNet and CLIP are consistently outperformed by FooNet.", {"BarNet", "CLIP"}),
        ("BarNet is outperformed by our method.", {"BarNet"}),
        ("Evaluations demonstrate the superior performance of FooNet over BarNet.", {"BarNet"}),
        ("Evaluations demonstrate FooNet's superior performance over BarNet and CLIP.", {"BarNet", "CLIP"}),
    ],
)
def test_wins_over_and_passive_wins(sentence, tails):
    assert {("FooNet", t) for t in tails} <= outperforms(sentence)


@pytest.mark.parametrize(
    "sentence,pair",
    [
        ("FooNet also improves upon BarNet's object grounding by producing better boxes.", ("FooNet", "BarNet")),
        ("Evaluations show FinLLaMA's superior performance over BarNet.", ("FooNet", "BarNet")),  # an untagged owner
        ("FooNet gives a 2x speedup over BarNet.", ("FooNet", "BarNet")),  # a cost, not a win
        ("BarNet is outperformed by FooNet.", ("BarNet", "FooNet")),  # the passive's winner is after "by"
        ("FooNet, built over BarNet, is fast.", ("FooNet", "BarNet")),  # "over" with no win word
    ],
)
def test_not_wins_over(sentence, pair):
    assert pair not in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "To further surpass BarNet, we propose a decoder that scales.",  # an adverb after "to"
        "FooNet was aimed at surpassing BarNet.",  # an aim word + "at"
        "To surpass BarNet, we propose a decoder that scales.",  # "surpass" ends in "s" and is no 3rd person
    ],
)
def test_a_goal_is_no_win(sentence):
    assert ("FooNet", "BarNet") not in outperforms(sentence)


def test_a_stated_win_after_to_is_kept():
    assert ("FooNet", "BarNet") in outperforms("FooNet is shown to surpass BarNet on every benchmark.")
