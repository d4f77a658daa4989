"""Session 27 judged samples: evaluated_on tails that are no benchmark the head is evaluated on: the data
a model is fine-tuned on when the training verb's object stands between them ("fine-tuning models such as
X on D", "fine-tuning X on D results in ..."), a programming language ("C# and Java datasets") and a
data size ("a 1 TB dataset") (relations/pairs/eval_cues.py, relations/pairs/non_datasets.py)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {
    "FooNet": "Method",
    "BarNet": "Method",
    "GPT-5": "Model",
    "Llama-3-8B": "Model",
    "FooQA": "Dataset",
    "GSM8K": "Dataset",
    "Java": "Dataset",
    "Python": "Dataset",
    "TB": "Dataset",
    "CodeSearchNet": "Dataset",
}


#: The evaluated_on (head, tail) pairs of a sentence after the paper's proposal.
found = RelationReader("We propose FooNet, a method for question answering.", ENTS).evaluated


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("Moreover, fine-tuning the Llama-3-8B model on FooQA results in a 5% gain on GSM8K.", "FooQA"),
        ("Our results show that fine-tuning models such as GPT-5 on FooQA yields strong results.", "FooQA"),
        ("Experiments on two benchmark Python and Java datasets show that FooNet outperforms baselines.", "Java"),
        ("Experiments on two benchmark Python and Java datasets show that FooNet outperforms baselines.", "Python"),
        ("On a 2 TB dataset with 4 KB records, FooNet achieves 900K reads per second.", "TB"),
    ],
)
def test_training_data_a_language_or_a_size_is_no_evaluation_tail(sentence, tail):
    assert all(t != tail for _, t in found(sentence))


@pytest.mark.parametrize(
    "sentence,pair",
    [
        ("Moreover, fine-tuning FooNet on FooQA results in a 5% gain on GSM8K.", ("FooNet", "GSM8K")),
        ("FooNet reduces training time by 14.33% on FooQA.", ("FooNet", "FooQA")),
        ("Our training-free FooNet outperforms the trained approach BarNet by 1.92% on FooQA.", ("FooNet", "FooQA")),
        ("FooNet achieves 91% on FooQA with 2 TB of memory.", ("FooNet", "FooQA")),
        ("FooNet achieves 80% MRR on CodeSearchNet.", ("FooNet", "CodeSearchNet")),
    ],
)
def test_results_on_benchmarks_are_kept(sentence, pair):
    assert pair in found(sentence)
