"""Round 3 precision rules: where a dataset is an evaluation set, hyphenated modifiers as
heads/tails, someone else's "X-based" methods and datasets that are not trained on."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader
from tests.extract.relations.test_pairs import ENTS

MORE = {**ENTS, "Transformer": "Method", "Swin-UNet": "Model", "ResNet": "Model", "ABC": "Dataset"}


triples = RelationReader("", MORE).triples


PROPOSE = "We propose FooNet, a new method for parsing."


def evaluated(sentence: str) -> set[str]:
    return RelationReader(PROPOSE, MORE).tails(sentence, "evaluated_on")


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Experiments on GLUE and GSM8K show that our method improves accuracy.", {"GLUE", "GSM8K"}),
        ("Our method achieves gains on benchmarks such as GLUE and GSM8K.", {"GLUE", "GSM8K"}),
        ("FooNet improves accuracy on 11 tasks from GLUE.", {"GLUE"}),
        ("Our empirical evaluation of the GLUE benchmark shows that FooNet improves accuracy.", {"GLUE"}),
        ("The GSM8K dataset is used to further validate FooNet.", {"GSM8K"}),
        (
            "Experiments on the private ABC (a very long name of a private clinical set) dataset "
            "and the public GSM8K dataset show that our method improves accuracy.",
            {"GSM8K"},
        ),
        ("FooNet improves GLUE performance by 2 points.", {"GLUE"}),
    ],
)
def test_datasets_in_an_evaluation_slot(sentence, expected):
    assert expected <= evaluated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our method is built from rewritten GSM8K problems and improves accuracy.",
        "To verify the effectiveness of the GSM8K dataset, we conduct experiments on three typical tasks.",
        "Comprehensive analysis of our method involves two downstream tasks (GLUE and GSM8K).",
        "We also release GSM8K, for evaluating reasoning, and show our method improves accuracy.",
    ],
)
def test_datasets_outside_an_evaluation_slot(sentence):
    assert not evaluated(sentence) & {"GLUE", "GSM8K"}


def test_hyphenated_modifier_head_gives_way_to_the_name_it_modifies():
    text = (
        "We compare models. Through comparison, we discovered that "
        "Transformer-based Swin-UNet and UNet outperform ResNet."
    )
    found = triples(text, proposes=())
    assert ("Swin-UNet", "outperforms", "ResNet") in found
    assert not any(h == "Transformer" for h, r, _ in found if r == "outperforms")


def test_hyphenated_modifier_of_a_generic_noun_is_not_the_head():
    # "the BLOOMZ-based model" is a model built on BLOOMZ, not BLOOMZ
    found = triples("We compare models. We find that the Transformer-based approach outperforms ResNet.", proposes=())
    assert ("Transformer", "outperforms", "ResNet") not in found
    found = triples("We compare models. We find that the Transformer approach outperforms ResNet.", proposes=())
    assert ("Transformer", "outperforms", "ResNet") in found


def test_hyphenated_modifier_tail_gives_way_to_the_name_it_modifies():
    found = triples(f"{PROPOSE} FooNet outperforms Transformer-based Swin-UNet on GLUE.")
    assert ("FooNet", "outperforms", "Swin-UNet") in found
    assert ("FooNet", "outperforms", "Transformer") not in found


def test_someone_elses_x_based_method_is_not_used():
    found = triples(f"{PROPOSE} FooNet can be integrated into existing LoRA-based frameworks.")
    assert ("FooNet", "uses", "LoRA") not in found


def test_our_x_based_method_uses_x():
    found = triples(f"{PROPOSE} FooNet is a LoRA-based framework for parsing.")
    assert ("FooNet", "uses", "LoRA") in found


def test_dataset_after_a_use_word_is_not_used_without_training():
    found = triples(f"{PROPOSE} Experiments use the GSM8K dataset with 7,700 labeled questions.")
    assert ("FooNet", "uses", "GSM8K") not in found


def test_dataset_after_a_use_word_is_used_when_trained_on():
    found = triples(f"{PROPOSE} We train FooNet using the GSM8K dataset.")
    assert ("FooNet", "uses", "GSM8K") in found
