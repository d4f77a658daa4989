"""``uses`` readings of what a head serves and of name pieces (relations/uses/, cues/uses.json): a
tail after "<backbone/infrastructure/foundation> for" is what the head serves, not what it is built
on; a tail that opens with "and" or that a capitalised hyphenated modifier opens ("Information-
consistency-based Plan Selection") is a piece of a longer phrase; a hyphenated bare capital conjunct
("via State-Space and Weak Signal Attention Fusion") shares the name; and Models listed together as
the subject ("Qwen3-4B, Qwen3-8B and Olmo-3-7B achieve ...") are the models a study trains, not the
paper's method; a cue in the appositive of a later name ("and WRITER, a model combining X") is that
name's use, not the head's."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses_reader

ROLE_ENTS = {
    **ENTS,
    "NorBERTo": "Model",
    "retrieval-augmented generation": "Method",
    "RL": "Method",
    "ResNet-50": "Model",
    "Plan Selection": "Method",
    "Low-Frequency Enhancement Block": "Method",
    "Mamba": "Method",
    "and scalable pipeline": "Method",
    "supervised fine-tuning": "Method",
    "Qwen3-4B": "Model",
    "Olmo-3-7B": "Model",
    "AgentWorld-35B": "Model",
    "AgentWorld-397B": "Model",
}


found_in = uses_reader(ROLE_ENTS)


@pytest.mark.parametrize(
    "sentence,head,tail",
    [
        (
            "FooNet is efficient to serve and well suited as a backbone for retrieval-augmented generation.",
            "FooNet",
            "retrieval-augmented generation",
        ),
        (
            "These features make FooNet fundamental infrastructure for RL-based model optimization.",
            "FooNet",
            "RL",
        ),
    ],
)
def test_what_the_head_serves_as_a_backbone_for_is_no_use(sentence, head, tail):
    assert (head, tail) not in found_in(sentence)


def test_a_backbone_named_before_for_stays_used():
    assert ("FooNet", "ResNet-50") in found_in("FooNet combines a ResNet-50 backbone for feature extraction with LoRA.")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet employs Information-consistency-based Plan Selection, selecting stable plans.", "Plan Selection"),
        ("FooNet combines an automated and scalable pipeline for data construction.", "and scalable pipeline"),
    ],
)
def test_a_piece_of_a_longer_phrase_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in found_in(sentence)


def test_a_name_after_a_named_modifier_stays_a_tail():
    found = found_in("FooNet employs a Mamba-based Low-Frequency Enhancement Block.")
    assert ("FooNet", "Low-Frequency Enhancement Block") in found


def test_models_listed_as_the_subject_are_no_head():
    sentence = "Upon supervised fine-tuning with our data, Qwen3-4B, Qwen3-8B and Olmo-3-7B achieve 22.9% gains."
    assert not {h for h, _ in found_in(sentence)} & {"Qwen3-4B", "Qwen3-8B", "Olmo-3-7B"}


def test_a_single_model_subject_keeps_its_use():
    propose = "We propose Qwen3-8B, a new reasoning model."
    found = found_in("Qwen3-8B is trained with supervised fine-tuning.", ("Qwen3-8B",), propose)
    assert ("Qwen3-8B", "supervised fine-tuning") in found


def test_a_tail_after_its_own_cue_past_a_backbone_for_stays_used():
    propose = "FooNet: Robust Visual Backbones for MLLMs via LoRA"
    assert ("FooNet", "LoRA") in found_in("", propose=propose)


def test_a_cue_in_the_appositive_of_a_later_name_is_not_the_heads_use():
    sentence = (
        "We propose FooNet, a reward model for reader satisfaction, and WRITER, a rewriting model combining "
        "supervised fine-tuning with LoRA."
    )
    assert not {t for h, t in found_in(sentence, propose="") if h == "FooNet"} & {"supervised fine-tuning", "LoRA"}


def test_a_cue_in_the_heads_own_appositive_stays_its_use():
    sentence = "We propose FooNet, a rewriting model combining supervised fine-tuning with LoRA."
    assert ("FooNet", "supervised fine-tuning") in found_in(sentence, propose="")


def test_a_long_form_with_and_before_the_appositive_keeps_the_heads_use():
    sentence = "We release FooNet: Editing with Autoregression and LoRA, a strong LoRA-based image editing model."
    assert ("FooNet", "LoRA") in found_in(sentence, propose="")


def test_the_papers_own_models_listed_at_two_sizes_keep_their_use():
    propose = "We introduce AgentWorld-35B and AgentWorld-397B, the first world models trained via LoRA."
    assert ("AgentWorld-35B", "LoRA") in found_in("", ("AgentWorld-35B",), propose)
