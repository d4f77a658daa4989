"""Issue #17 (outperforms precision): a learning paradigm or a class of models as the beaten side, a name
that goes on after a possessive, and a comparison of a property ("more general than") are no wins."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {
    "FooNet": "Method",
    "GPT-4o": "Model",
    "DPO": "Method",
    "VLP": "Method",
    "PRM": "Method",
    "process reward model": "Method",
    "prompt engineering": "Method",
    "contrastive learning": "Method",
    "preference optimization": "Method",
    "artificial neural networks": "Method",
    "token pruning": "Method",
    "Magistral": "Model",
    "SimCLR": "Method",
    "S2S": "Model",
    "E2E": "Method",
    "AR": "Model",
    "channel pruning": "Method",
    "HDC": "Method",
}
READ = RelationReader("We propose FooNet, a new method for reasoning.", ENTS)


def beaten(sentence: str) -> set[str]:
    return READ.tails(sentence, "outperforms")


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet substantially outperforms existing VLP models on retrieval.",
        "FooNet outperforms the fully supervised PRM trained on more labels by 24%.",
        "FooNet outperforms a standard process reward model on ProcessBench.",
        "FooNet outperforms both existing prompt engineering and pre-trained methods.",
        "FooNet is superior to contrastive learning on every forecasting benchmark.",
        "FooNet consistently outperforms preference optimization on dialogue tasks.",
        "FooNet outperforms artificial neural networks in noise resistance.",
        "FooNet beats methods based on visual token pruning in accuracy.",
        "FooNet substantially outperforms a baseline S2S model in response correctness.",
        "FooNet improves mAP by 9.42 over the E2E baseline.",
        "FooNet surpasses AR models in MAUVE score.",
        "FooNet consistently outperforms prior key channel pruning in accuracy.",
        "FooNet improves the detection delay compared to dense HDC.",
    ],
)
def test_a_paradigm_or_class_of_methods_is_no_rival(sentence):
    assert beaten(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "rival"),
    [
        ("FooNet consistently outperforms DPO on dialogue tasks.", "DPO"),
        ("FooNet outperforms SimCLR, a contrastive learning method, on ImageNet.", "SimCLR"),
    ],
)
def test_a_named_method_of_a_paradigm_is_a_rival(sentence, rival):
    assert rival in beaten(sentence)


def test_a_name_that_goes_on_before_a_possessive_is_a_fragment():
    assert beaten("FooNet achieves an F1 of 0.9, surpassing Magistral Medium's best performance.") == set()
    assert beaten("FooNet achieves an F1 of 0.9, surpassing Magistral's best performance.") == {"Magistral"}


def test_more_general_than_compares_a_property_not_a_result():
    assert beaten("FooNet is more general than DPO, as it extends to unconditional sampling.") == set()
    assert beaten("FooNet is more accurate than DPO on every benchmark.") == {"DPO"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We introduce FooNet, a prompting method designed to improve upon standard DPO by reducing errors.",
        "We introduce FooNet, an agent designed to better provide process reward than DPO by reading context.",
    ],
)
def test_a_win_in_an_infinitive_of_purpose_is_a_goal(sentence):
    assert beaten(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet improves upon DPO by 3 points on AIME.",
        "FooNet, trained to follow rubrics, achieves higher accuracy than DPO on AIME.",
    ],
)
def test_a_result_after_a_purpose_phrase_is_still_a_win(sentence):
    assert beaten(sentence) == {"DPO"}


def test_a_metric_at_a_cutoff_is_no_rival():
    read = RelationReader(READ.lead, {**ENTS, "Avg@64": "Method", "Pass@1-performance": "Method"})
    assert read.tails("FooNet consistently outperforms Avg@64 on coding benchmarks.", "outperforms") == set()
    assert read.tails("FooNet significantly improves over Pass@1-performance on math.", "outperforms") == set()
    assert read.tails("FooNet consistently outperforms DPO on coding benchmarks.", "outperforms") == {"DPO"}
