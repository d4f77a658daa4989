"""``uses`` tails refused for what the sentence does with them (relations/uses/tails.py and
refusals.py, cues/uses.json uses_measured_nouns and uses_study_nouns): a technique whose property is
improved or measured, data that other models are evaluated on, and the study's own analyses."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses_reader

ENTITIES = {
    **ENTS,
    "federated averaging": "Method",
    "beam search": "Method",
    "t-SNE": "Method",
    "PCA": "Method",
    "causal tracing": "Method",
    "HellaSwag": "Dataset",
    "chain-of-thought": "Method",
}
found_in = uses_reader(ENTITIES)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet cuts memory and enhances federated averaging resilience.", "federated averaging"),
        ("FooNet improves beam search efficiency through early pruning.", "beam search"),
        ("Our method boosts LoRA stability under large learning rates.", "LoRA"),
    ],
)
def test_a_technique_whose_property_is_improved_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in found_in(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet improves efficiency through beam search with a learned stopping rule.", "beam search"),
        ("FooNet adds stability to training via LoRA.", "LoRA"),
        ("FooNet improves the robustness of LLaMA-2-7B.", "LLaMA-2-7B"),
    ],
)
def test_the_technique_used_or_the_model_improved_stays(sentence, tail):
    assert ("FooNet", tail) in found_in(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [("We apply FooNet to several instruction-tuned models evaluated on HellaSwag.", "HellaSwag")],
)
def test_data_that_other_models_are_evaluated_on_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in found_in(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet is fine-tuned on GSM8K and evaluated on MATH.", "GSM8K"),
        ("We fine-tune FooNet on GSM8K.", "GSM8K"),
    ],
)
def test_the_training_data_before_or_beside_an_evaluation_stays(sentence, tail):
    assert ("FooNet", tail) in found_in(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We confirm that the clusters separate through PCA and t-SNE analyses.", "PCA"),
        ("We locate the layers through causal tracing experiments.", "causal tracing"),
        ("FooNet keeps the layers found through causal tracing experiments.", "causal tracing"),
    ],
)
def test_a_technique_of_the_study_s_analyses_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in found_in(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet compresses the features via PCA before decoding.", "PCA"),
        ("Experiments with LLaMA-2-7B show that FooNet halves the cost.", "LLaMA-2-7B"),
    ],
)
def test_a_technique_or_model_the_method_runs_with_stays(sentence, tail):
    assert ("FooNet", tail) in found_in(sentence)


def test_a_measured_length_is_no_tail():
    sentence = "On GSM8K, FooNet extends the average chain-of-thought length from 400 to 900 tokens."
    assert ("FooNet", "chain-of-thought") not in found_in(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We present the first comparative analysis of LSTM and CNN-based forecasting models.", "CNN"),
        (
            "Our ablation study and comparisons with simple extensions of CNN-based generative methods show the"
            " effectiveness of our approach.",
            "CNN",
        ),
    ],
)
def test_an_x_based_tail_in_a_comparison_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in found_in(sentence)


def test_an_x_based_part_of_the_method_stays():
    assert ("FooNet", "CNN") in found_in("FooNet is a CNN-based detector that runs in real time.")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("State-of-the-art retrieval methods mainly rely on LoRA, leaving full tuning unexplored.", "LoRA"),
        ("We analyze the failures of state-of-the-art detectors when applied to LLaMA-2-7B.", "LLaMA-2-7B"),
    ],
)
def test_the_use_of_state_of_the_art_methods_is_theirs(sentence, tail):
    assert ("FooNet", tail) not in found_in(sentence)


def test_state_of_the_art_results_of_the_method_keep_its_use():
    sentence = "Across ten tasks, FooNet finds state-of-the-art solutions using LLaMA-2-7B models."
    assert ("FooNet", "LLaMA-2-7B") in found_in(sentence)
