"""Session 29 judged samples: an evaluated_on tail listed among two or more Model names and no other Dataset
("benchmarks such as VGG-11, ResNet-18, and BarNetLite") is a model typed as a dataset
(relations/pairs/non_datasets.py, _model_listed)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {
    "FooNet": "Method",
    "VGG-11": "Model",
    "ResNet-18": "Model",
    "GPT-5": "Model",
    "BarNetLite": "Dataset",
    "QuxBench": "Dataset",
    "ZedQA": "Dataset",
}

#: The evaluated_on (head, tail) pairs of a sentence after the paper's proposal.
found = RelationReader("We propose FooNet, a method for network compression.", ENTS).evaluated


@pytest.mark.parametrize(
    "sentence",
    [
        "Experiments across DNN benchmarks such as VGG-11, ResNet-18, and BarNetLite show that FooNet scales well.",
        "FooNet is evaluated on BarNetLite, VGG-11 and ResNet-18.",
    ],
)
def test_a_name_listed_among_models_is_no_evaluation_tail(sentence):
    assert all(t != "BarNetLite" for _, t in found(sentence))


@pytest.mark.parametrize(
    "sentence,pair",
    [
        # another Dataset in the list: a list of benchmarks, whatever the models in it
        ("FooNet is evaluated on QuxBench, ZedQA, VGG-11 and ResNet-18.", ("FooNet", "QuxBench")),
        # one model only in the list
        ("Experiments on BarNetLite and ResNet-18 show that FooNet scales well.", ("FooNet", "BarNetLite")),
        # the models stand outside the list
        ("With VGG-11 and ResNet-18 backbones, FooNet achieves 91% on BarNetLite.", ("FooNet", "BarNetLite")),
    ],
)
def test_a_benchmark_list_or_a_single_model_keeps_the_tail(sentence, pair):
    assert pair in found(sentence)
