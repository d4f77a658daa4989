"""``uses`` readings of who builds on what (relations/uses/, cues/uses.json): a question states no
use, the paper's entity an opening phrase names is what the main clause builds on ("Building on
SGDF, we further present GDCN"), a piece of the head's own spelled-out name is no tail, a class with
its named instance in apposition ("a preference optimization strategy, SKA-DPO") gives way to the
instance, the alternatives a method supports ("supports both X-based and Y-based decoders") are
no use, and an established technique linked to the lexicon ("TTA", "CNN") is no head unless the
paper coins it."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.uses import _coined_at
from tests.extract.claim_docs import build
from tests.extract.relations.test_uses import ENTS, uses, uses_reader
from tests.extract.relations.test_uses_heads import _uses

DIRECTION_ENTS = {
    **ENTS,
    "DiT": "Method",
    "SGDF": "Method",
    "Generative Diffusion Contrastive Network": "Method",
    "GDCN": "Method",
    "VLM-Gym": "Method",
    "RL": "Method",
    "UPRE": "Method",
    "Representation Enhancement": "Method",
    "Unified Prompt": "Method",
    "preference optimization": "Method",
    "SKA-DPO": "Method",
    "Mamba": "Method",
    "Transformer": "Method",
    "discrete diffusion": "Method",
}


found_in = uses_reader(DIRECTION_ENTS)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("This raises the question: can we adopt the DiT-based diffusion model for image restoration?", "DiT"),
        ("Can FooNet be trained with LoRA on a single GPU?", "LoRA"),
    ],
)
def test_a_question_states_no_use(sentence, tail):
    assert ("FooNet", tail) not in found_in(sentence)


def test_a_statement_after_a_question_keeps_its_use():
    assert ("FooNet", "LoRA") in found_in("Can we do better? FooNet is trained with LoRA.")


def test_the_entity_an_opening_phrase_names_is_built_on_not_the_user():
    propose = "We propose SGDF, a stochastic fusion method."
    sentence = "Building on SGDF, we further present the Generative Diffusion Contrastive Network (GDCN)."
    found = found_in(sentence, ("SGDF", "Generative Diffusion Contrastive Network"), propose)
    assert ("SGDF", "Generative Diffusion Contrastive Network") not in found
    assert ("Generative Diffusion Contrastive Network", "SGDF") in found


def test_the_opening_phrases_object_does_not_use_what_the_main_clause_trains_with():
    propose = "We introduce VLM-Gym, a suite of visual game environments."
    found = found_in(
        "Leveraging VLM-Gym, we train G0 models using pure RL-driven self-evolution.", ("VLM-Gym",), propose
    )
    assert ("VLM-Gym", "RL") not in found
    assert ("FooNet", "LoRA") in found_in("Leveraging LoRA, we train FooNet on one GPU.")


def test_a_piece_of_the_heads_spelled_out_name_is_no_tail():
    text = "UPRE: Zero-Shot Domain Adaptation for Object Detection via Unified Prompt and Representation Enhancement"
    found = found_in("", ("UPRE",), text)
    assert ("UPRE", "Representation Enhancement") not in found
    assert ("FooNet", "Representation Enhancement") in found_in(
        "FooNet adapts detectors via Representation Enhancement."
    )
    # lower-case words before the tail spell no name ("adopts a gradient calibration" is no "AGC")
    ents = {**DIRECTION_ENTS, "AdaGC": "Method", "gradient calibration": "Method"}
    text = "We propose AdaGC for test-time adaptation. AdaGC adopts a gradient calibration (GC) mechanism."
    assert ("AdaGC", "gradient calibration") in uses("", propose=text, proposes=("AdaGC",), entities=ents)


def test_a_class_gives_way_to_its_named_instance_in_apposition():
    sentence = "Additionally, we employ a preference optimization strategy, SKA-DPO, guided by an alignment score."
    found = found_in(sentence)
    assert ("FooNet", "preference optimization") not in found
    assert ("FooNet", "preference optimization") in found_in(
        "Additionally, we employ a preference optimization strategy."
    )


@pytest.mark.parametrize(
    "sentence,named",
    [
        (
            "FooNet leverages a pre-trained diffusion model, Stable Diffusion, to inpaint the probes.",
            "Stable Diffusion",
        ),
        ("FooNet is a tracking framework built upon the state space model Mamba.", "Mamba"),
    ],
)
def test_a_model_class_gives_way_to_the_model_named_after_it(sentence, named):
    ents = {**DIRECTION_ENTS, "diffusion model": "Method", "state space model": "Method"}
    found = uses(sentence, proposes=("FooNet",), entities=ents)
    assert ("FooNet", named) in found
    assert not {("FooNet", "diffusion model"), ("FooNet", "state space model")} & found


def test_a_clause_subject_after_an_opening_class_is_no_apposition():
    ents = {**DIRECTION_ENTS, "MeDiM": "Method"}
    text = "We propose MeDiM for medical generation. Built on a discrete diffusion framework, MeDiM bridges modalities."
    assert ("MeDiM", "discrete diffusion") in uses("", propose=text, proposes=("MeDiM",), entities=ents)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our FooNet module supports both Transformer-based decoder and Mamba-based decoder.",
        "FooNet is flexible, supporting various backbones including Transformer and Mamba.",
    ],
)
def test_the_alternatives_a_method_supports_are_no_use(sentence):
    assert not {("FooNet", "Transformer"), ("FooNet", "Mamba")} & found_in(sentence)


def test_a_supported_setting_reached_through_a_use_verb_keeps_the_use():
    assert ("FooNet", "Mamba") in found_in("FooNet supports both tasks by utilizing a Mamba decoder.")


TTA_ENTS = {"TTA": "Method", "FooNet": "Method", "LoRA": "Method", "SPIN": "Method"}


def test_an_established_technique_abbreviated_is_no_head():
    text = "We study TTA for segmentation. TTA is fine-tuned with LoRA to stabilize it."
    assert ("TTA", "LoRA") not in _uses(text, TTA_ENTS, ("TTA",), {"TTA": "test-time adaptation"})
    assert ("TTA", "LoRA") in _uses(text, TTA_ENTS, ("TTA",))  # not linked to the lexicon: the paper's name


MIXED_ENTS = {"CoOp": "Method", "Resnet": "Method", "FooNet": "Method", "LoRA": "Method"}


def test_a_mixed_case_abbreviation_of_a_lexicon_technique_is_no_head():
    text = "We study CoOp for segmentation. CoOp is fine-tuned with LoRA to stabilize it."
    assert ("CoOp", "LoRA") not in _uses(text, MIXED_ENTS, ("CoOp",), {"CoOp": "context optimization"})
    assert ("CoOp", "LoRA") in _uses(text, MIXED_ENTS, ("CoOp",))  # not linked to the lexicon: the paper's name


def test_a_word_with_one_capital_linked_to_a_lexicon_technique_stays_the_head():
    text = "We study Resnet for segmentation. Resnet is fine-tuned with LoRA to stabilize it."
    known = {"Resnet": "residual network"}
    assert ("Resnet", "LoRA") in _uses(text, MIXED_ENTS, ("Resnet",), known)  # a word, not an abbreviation


def test_a_capitalised_lexicon_technique_the_paper_only_names_is_no_head():
    ents = {"FooNet": "Method", "Direct Preference Optimization": "Method", "self-training": "Method"}
    known = {"Direct Preference Optimization": "direct preference optimization"}
    text = (
        "We show that self-training can be augmented by an algorithm called Direct Preference Optimization. "
        "Direct Preference Optimization builds on self-training to guide the model."
    )
    found = _uses(text, ents, ("Direct Preference Optimization",), known)
    assert ("Direct Preference Optimization", "self-training") not in found
    coined = text.replace("We show that self-training can be augmented by", "We propose")
    assert ("Direct Preference Optimization", "self-training") in _uses(
        coined, ents, ("Direct Preference Optimization",), known
    )


def test_a_coined_lexicon_name_stays_the_head():
    doc = build("We propose a new fine-tuning method called Self-Play Fine-Tuning (SPIN) for LLMs.")
    start = doc.text.index("Self-Play")
    assert _coined_at(doc.char_span(start, start + len("Self-Play Fine-Tuning"), alignment_mode="expand"))
    start = doc.text.index("LLMs")
    assert not _coined_at(doc.char_span(start, start + 4))
