"""Session 20 judged samples: evaluated_on tails that are not a benchmark the head is evaluated on: a
piece of a slash-joined name ("the TRAIL/GAIA dataset"), a name a kind noun leads ("the planner LAMA"),
and data the sentence describes as its subject ("ObfusQA provides a benchmark for evaluating LLMs")
(relations/pairs/non_datasets.py)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {
    "FooNet": "Method",
    "GPT-5": "Model",
    "GAIA": "Dataset",
    "HLE-Bio": "Dataset",
    "Chem-Gold": "Dataset",
    "CIFAR-10": "Dataset",
    "MMLU": "Dataset",
    "GSM8K": "Dataset",
    "LAMA": "Dataset",
    "FooQA": "Dataset",
    "ImageNet": "Dataset",
    "FooSim v1": "Dataset",
    "DOTA-v1.5": "Dataset",
    "DOTA-v2.0": "Dataset",
    "DIOR": "Dataset",
}


#: The evaluated_on (head, tail) pairs of a sentence after the paper's proposal.
found = RelationReader("We propose FooNet, a method for question answering.", ENTS).evaluated


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("Our experimental results on the public TRAIL/GAIA dataset show that FooNet improves accuracy.", "GAIA"),
        ("FooNet achieves 19.46% on the HLE-Bio/Chem-Gold benchmark.", "HLE-Bio"),
        ("FooNet achieves 19.46% on the HLE-Bio/Chem-Gold benchmark.", "Chem-Gold"),
        ("We evaluate FooNet, GPT-5 and as reference the planner LAMA on MMLU.", "LAMA"),
        ("FooNet achieves 91% on the baseline ImageNet.", "ImageNet"),
        ("By capturing fine-grained distinctions, FooQA provides a benchmark for evaluating LLM robustness.", "FooQA"),
        ("FooQA is a benchmark for systematic evaluation of reasoning.", "FooQA"),
    ],
)
def test_a_piece_a_kind_or_a_described_subject_is_no_evaluation_tail(sentence, tail):
    assert all(t != tail for _, t in found(sentence))


@pytest.mark.parametrize(
    "sentence,pair",
    [
        ("FooNet achieves 91% on CIFAR-10/100.", ("FooNet", "CIFAR-10")),  # a shortened list
        ("FooNet achieves 91% on MMLU/GSM8K.", ("FooNet", "GSM8K")),  # two benchmarks
        ("FooNet achieves 91% on MMLU/GSM8K.", ("FooNet", "MMLU")),
        ("Experiments on the FooSim v1/v2 benchmark show that FooNet improves accuracy.", ("FooNet", "FooSim v1")),
        ("FooNet achieves 66.1%/56.9%/41.3% on DOTA-v1.5/DOTA-v2.0/DIOR.", ("FooNet", "DOTA-v2.0")),
        ("We evaluate FooNet, GPT-5 and as reference the planner LAMA on MMLU.", ("FooNet", "MMLU")),
        ("We evaluate FooNet on FooQA, which provides a benchmark for robustness.", ("FooNet", "FooQA")),
        ("The accuracy of FooNet on FooQA is 85%.", ("FooNet", "FooQA")),
    ],
)
def test_listed_named_and_evaluated_benchmarks_are_kept(sentence, pair):
    assert pair in found(sentence)
