"""Session 27 judged samples: evaluated_on tails that are no benchmark the head is evaluated on: systems
after "over" and a win word ("improves task completion rate over X and Y") and measures written with
their scores ("0.7669 CLIPIQA on DIV2K", "cuts CHAIR-s by 3.7 points") (relations/pairs/non_datasets.py)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {
    "FooNet": "Method",
    "FooQA": "Dataset",
    "BarWeb": "Dataset",
    "BazDroid": "Dataset",
    "QuxIQA": "Dataset",
    "HalluScore": "Dataset",
    "GSM8K": "Dataset",
    "MBPP-plus": "Dataset",
    "HumanEval-plus": "Dataset",
    "DIV2K": "Dataset",
}


#: The evaluated_on (head, tail) pairs of a sentence after the paper's proposal.
found = RelationReader("We propose FooNet, a method for question answering.", ENTS).evaluated


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("On FooQA, FooNet improves task completion rate over BarWeb and BazDroid.", "BarWeb"),
        ("On FooQA, FooNet improves task completion rate over BarWeb and BazDroid.", "BazDroid"),
        (
            "Experiments show that FooNet achieves state-of-the-art performance with 72.32 MUSIQ and 0.7669 QuxIQA "
            "on DIV2K dataset.",
            "QuxIQA",
        ),
        (
            "FooNet reduces hallucination by 4.7 points on FooQA, cuts HalluScore by 3.7 points, and keeps accuracy.",
            "HalluScore",
        ),
    ],
)
def test_a_rival_or_a_scored_measure_is_no_evaluation_tail(sentence, tail):
    assert all(t != tail for _, t in found(sentence))


@pytest.mark.parametrize(
    "sentence,pair",
    [
        ("On FooQA, FooNet improves task completion rate over BarWeb and BazDroid.", ("FooNet", "FooQA")),
        (
            "Experiments show that FooNet achieves state-of-the-art performance with 72.32 MUSIQ and 0.7669 QuxIQA "
            "on DIV2K dataset.",
            ("FooNet", "DIV2K"),
        ),
        ("FooNet improves accuracy on GSM8K by 2.1% over the baseline.", ("FooNet", "GSM8K")),
        (
            "Notably, we show that our training can improve FooNet on HumanEval-plus by over 25% and MBPP-plus by 6%.",
            ("FooNet", "MBPP-plus"),
        ),
        ("FooNet achieves 91% on the 2024 FooQA split.", ("FooNet", "FooQA")),
    ],
)
def test_benchmarks_are_kept(sentence, pair):
    assert pair in found(sentence)
