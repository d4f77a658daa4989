"""Session 27 subject readings: a name after "between" is inside a phrase, not the clause's subject;
"our dataset/benchmark" never stands for the paper's method (but "our generated dataset" is what the method
made).
Hand-written sentences through the whole pipeline."""

from __future__ import annotations

from tests.extract.helpers import claim_subject

PROPOSAL = "We propose FooNet, a graph network for crop yield forecasting. "
NO_DATASET = PROPOSAL
WITH_DATASET = "We introduce CropBench, a dataset of field images, and FooNet, a graph network for yield forecasting. "


def subject(sentence: str, proposal: str = PROPOSAL) -> str | None:
    return claim_subject(proposal, sentence)


def test_a_name_after_between_is_not_the_subject():
    sentence = (
        "We also find that the performance difference between ResNet-50 and Geo-FMs depends on the size of each region."
    )
    assert subject(sentence) is None


def test_a_name_before_the_verb_without_between_stays_the_subject():
    sentence = "We find that ResNet-50 reaches 81.2% accuracy on the held-out fields."
    assert subject(sentence) == "ResNet-50"


def test_our_dataset_is_not_the_method_when_no_dataset_is_proposed():
    sentence = (
        "We confirm the quality of our proposed dataset through a user study with 40 agronomists, "
        "which rates 92% of labels correct."
    )
    assert subject(sentence, NO_DATASET) != "FooNet"


def test_our_dataset_stands_for_the_proposed_dataset():
    sentence = (
        "We confirm the quality of our proposed dataset through a user study with 40 agronomists, "
        "which rates 92% of labels correct."
    )
    assert subject(sentence, WITH_DATASET) in ("CropBench", None)
    assert subject(sentence, WITH_DATASET) != "FooNet"


def test_our_data_method_is_still_the_method():
    sentence = "Our data augmentation method improves the F1 score by 3.1 points over the plain baseline."
    assert subject(sentence, NO_DATASET) == "FooNet"


def test_our_generated_data_is_the_methods_output():
    sentence = "Extensive experiments demonstrate the efficacy of our generated data, which improves accuracy by 4.2%."
    assert subject(sentence, NO_DATASET) == "FooNet"


def test_our_generated_dataset_is_the_methods_result():
    sentence = "Our generated dataset achieves 91.5% precision and 90.2% recall on the field survey."
    assert subject(sentence, NO_DATASET) == "FooNet"


def test_this_benchmark_is_not_the_method_when_no_dataset_is_proposed():
    sentence = "This benchmark alleviates the scarcity of labelled field images and improves yield models by 7%."
    assert subject(sentence, NO_DATASET) != "FooNet"


def test_we_and_a_benchmark_object_still_speak_for_the_method():
    # only "our/this/these ..." before the collection noun reads it as the dataset; "we ... a benchmark" does not
    sentence = "We outperform the strongest baseline on a benchmark of 12 regions by 4.1% accuracy."
    assert subject(sentence, NO_DATASET) == "FooNet"
