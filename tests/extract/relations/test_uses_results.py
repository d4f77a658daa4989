"""``uses`` of a Model a result of the paper's method is reported on (relations/uses/
``_result_on_model``): only the nearest result verb's subject counts, and a comma, semicolon or
colon ends the clause."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses

RESULT_ENTS = {
    **ENTS,
    "GPT-4o": "Model",
    "Qwen2.5-3B": "Model",
    "Qwen2.5-7B": "Model",
    "Llama-3.1-8B": "Model",
}


@pytest.mark.parametrize(
    "sentence,tails",
    [
        (
            "FooNet achieves average gains of 5.1% on Qwen2.5-3B and 3.6% on Qwen2.5-7B.",
            {"Qwen2.5-3B", "Qwen2.5-7B"},
        ),
        ("It shows a 10-point improvement for Llama-3.1-8B.", {"Llama-3.1-8B"}),
        ("FooNet brings a 3% gain on Qwen2.5-7B.", {"Qwen2.5-7B"}),  # "gain" after a number is a noun
        # a comma of a number list or before a participle does not end the clause
        ("FooNet achieves up to 5.9x, 5.7x, and 4.1x speedups on FLUX, SAM2, and Qwen2-VL.", {"FLUX"}),
        ("FooNet achieves lossless acceleration, reaching a 7x speedup on FLUX.", {"FLUX"}),
    ],
)
def test_a_result_of_the_method_on_a_model_is_a_use(sentence, tails):
    found = uses(sentence, entities=RESULT_ENTS)
    assert {("FooNet", tail) for tail in tails} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet achieves 80% accuracy, whereas prompting yields only 70% on GPT-4o.",
        "FooNet achieves 80% accuracy, while the best baseline reaches 70% for GPT-4o.",
        "FooNet achieves 80% accuracy and prompting yields only 70% on GPT-4o.",  # the nearest verb's subject
    ],
)
def test_a_result_of_another_subject_is_no_use(sentence):
    assert ("FooNet", "GPT-4o") not in uses(sentence, entities=RESULT_ENTS)
