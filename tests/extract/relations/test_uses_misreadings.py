"""``uses`` misreadings (relations/uses/, cues/uses.json), from the judged fresh sample
of seed 1618033: compatibility glued to a name ("FlashAttention-compatible"), another method's
use in an opening "Since ..." clause, one conjunct of a coordinated name ("via Layout and
Appearance Alignment"), names cut before the noun their last modifier qualifies
("Image-to-Response Guided loss"), a class whose named example follows ("prompt engineering, such
as Chain-of-Thought"), heads that are no method name (a clause, a benchmark) and a rival described
in a relative clause after a parenthesis; the part a method replaces ("replaces the FPN-based layers with ...")."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.uses import clause_like
from tests.extract.relations.test_uses import ENTS, uses

MISREAD_ENTS = {
    **ENTS,
    "FlashAttention": "Method",
    "U-net": "Method",
    "DDPM": "Method",
    "Appearance Alignment": "Method",
    "Weak Signal Attention Fusion": "Method",
    "Cross-Attention Visual Fusion": "Method",
    "Graph Edge Addition": "Method",
    "Conditional Rectified Flow": "Method",
    "Retinex Decomposition": "Method",
    "Dynamic Templating": "Method",
    "Top-k": "Method",
    "Top-p": "Method",
    "Image-to-Response Guided": "Method",
    "Qwen-Image-Layered": "Model",
    "prompt engineering": "Method",
    "Chain-of-Thought": "Method",
}


def s12(sentence: str, proposes=("FooNet",), entities=MISREAD_ENTS, propose: str | None = None) -> set[tuple[str, str]]:
    lead = "We propose FooNet, a new method for efficient reasoning." if propose is None else propose
    return uses(sentence, propose=lead, proposes=proposes, entities=entities)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet further incorporates FlashAttention-compatible token selection and early exit.", "FlashAttention"),
        ("FooNet is orthogonal to LoRA and can be combined with it.", "LoRA"),
        ("Our method is complementary to DPO-based alignment.", "DPO"),
    ],
)
def test_what_the_method_works_with_is_no_use(sentence, tail):
    assert ("FooNet", tail) not in s12(sentence)


def test_a_compatible_name_is_still_used_where_the_sentence_says_so():
    assert ("FooNet", "FlashAttention") in s12("FooNet incorporates FlashAttention for token selection.")


def test_another_methods_use_in_an_opening_since_clause():
    sentence = "Since the DDPM prediction network relies on the U-net architecture, we introduce FooNet."
    assert ("FooNet", "U-net") not in s12(sentence)
    assert ("FooNet", "U-net") in s12("Since FooNet relies on the U-net architecture, it is fast.")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet harmonizes layers via Layout and Appearance Alignment.", "Appearance Alignment"),
        ("FooNet segments scenes via Graph Edge Addition and Contraction.", "Graph Edge Addition"),
        ("FooNet unmixes spectra via State-Space and Weak Signal Attention Fusion.", "Weak Signal Attention Fusion"),
    ],
)
def test_one_conjunct_of_a_coordinated_name_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in s12(sentence)


@pytest.mark.parametrize(
    "sentence,tails",
    [
        (
            "FooNet enhances images via Conditional Rectified Flow and Retinex Decomposition.",
            {"Conditional Rectified Flow", "Retinex Decomposition"},
        ),
        ("FooNet accelerates calls through Hybrid-Model Cascade and Dynamic Templating.", {"Dynamic Templating"}),
        (
            "FooNet retrieves shapes via Cross-Attention Visual Fusion and Normal-Aware 3D Encoder.",
            {"Cross-Attention Visual Fusion"},
        ),
        ("FooNet uses a masking rule that combines Top-k and Top-p.", {"Top-k", "Top-p"}),
    ],
)
def test_whole_names_joined_by_and_stay_tails(sentence, tails):
    assert {("FooNet", t) for t in tails} <= s12(sentence)


def test_a_name_cut_before_the_noun_its_modifier_qualifies_is_no_tail():
    assert ("FooNet", "Image-to-Response Guided") not in s12("FooNet uses an Image-to-Response Guided loss.")
    assert ("FooNet", "Qwen-Image-Layered") in s12("FooNet is built on Qwen-Image-Layered, a layered model.")


def test_a_native_modifier_cut_before_its_noun_is_no_tail():
    ents = {**MISREAD_ENTS, "OpenTelemetry-native": "Method", "OpenTelemetry": "Method"}
    assert ("FooNet", "OpenTelemetry-native") not in s12(
        "FooNet leverages an OpenTelemetry-native resource graph.", entities=ents
    )
    assert ("FooNet", "OpenTelemetry") in s12("FooNet builds a resource graph using OpenTelemetry.", entities=ents)


@pytest.mark.parametrize(
    "name,propose",
    [
        ("Gaussian-shaped", "We introduce Gaussian-shaped convolution for small targets."),
        ("Class-Guided Slot-Aware", "CGSA: Class-Guided Slot-Aware Adaptation for Source-Free Object Detection."),
        ("Organ-Regional Information Driven", "Organ-Regional Information Driven Framework for Report Generation."),
        ("Label Shift Aware", "Label Shift Aware Adaptation for Online Zero-shot Learning."),
    ],
)
def test_a_name_cut_before_its_noun_is_no_head(name, propose):
    ents = {**MISREAD_ENTS, name: "Method"}
    found = s12("Our method is trained with LoRA and uses CLIP.", (name,), ents, propose)
    assert not {head for head, _ in found} & {name}


def test_a_modifier_name_before_a_comma_stays_a_head():
    ents = {**MISREAD_ENTS, "Class-Guided Slot-Aware": "Method"}
    propose = "We propose Class-Guided Slot-Aware, a method for object detection."
    found = s12("Our method is trained with LoRA.", ("Class-Guided Slot-Aware",), ents, propose)
    assert ("Class-Guided Slot-Aware", "LoRA") in found


def test_a_class_whose_named_example_follows_is_no_tail():
    found = s12("FooNet adopts prompt engineering, such as Chain-of-Thought (CoT), to improve reviews.")
    assert ("FooNet", "prompt engineering") not in found
    # prompt engineering is a practice (uses_practice_tails), never a tail: the class shape with a technique
    ents = {**MISREAD_ENTS, "preference optimization": "Method", "Direct Preference Optimization": "Method"}
    found = s12(
        "FooNet adopts preference optimization, such as Direct Preference Optimization, to align.", entities=ents
    )
    assert ("FooNet", "preference optimization") not in found
    assert ("FooNet", "preference optimization") in s12(
        "FooNet adopts preference optimization to align.", entities=ents
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("challenge, we propose Compound Adverse Weather Mamba", True),
        ("to multispectral inputs, as well as a Temporal Transformer model", True),
        ("Search More, Think Less", False),
        ("reliability-aware diffusion framework", False),
    ],
)
def test_a_piece_of_a_clause_is_no_name(text, expected):
    assert clause_like(text) is expected


def test_a_benchmark_is_no_head():
    ents = {**MISREAD_ENTS, "Qwen-Image-Bench": "Method", "Qwen3-8B": "Model"}
    propose = "We introduce Qwen-Image-Bench, a benchmark of image generation."
    found = s12("We train a judge model based on Qwen3-8B.", ("Qwen-Image-Bench",), ents, propose)
    assert not found
    ents = {**MISREAD_ENTS, "Distribution-aware Dataset Distillation": "Method"}
    propose = "We propose Distribution-aware Dataset Distillation, a new method."
    found = s12("It is trained with LoRA.", ("Distribution-aware Dataset Distillation",), ents, propose)
    assert ("Distribution-aware Dataset Distillation", "LoRA") in found  # a method named after its data


def test_a_rival_described_after_a_parenthesis_is_no_use():
    sentence = "FooNet achieves competitive performance with larger models (e.g., GPT-4), which are trained via DPO."
    assert ("FooNet", "DPO") not in s12(sentence)


def test_a_lower_case_name_without_a_kind_noun_stays_the_head():
    ents = {**MISREAD_ENTS, "physics steering": "Method"}
    propose = "We present physics steering, a training-free method."
    found = s12("In practice, physics steering uses LoRA to inject it.", ("physics steering",), ents, propose)
    assert ("physics steering", "LoRA") in found


def test_a_part_of_the_method_as_subject_keeps_its_use():
    """An article alone before a name that opens the clause is no "Since ..." clause of another method."""
    ents = {**MISREAD_ENTS, "Strategic Reasoning": "Method", "GSM8K": "Dataset"}
    found = s12("Second, a Strategic Reasoning stage fine-tunes the model on GSM8K.", entities=ents)
    assert ("FooNet", "GSM8K") in found


def test_a_lexicon_name_joined_by_and_is_whole():
    from tests.extract.relations.test_uses_heads import _uses

    text = "We propose FooNet, a new agent. FooNet learns to reason via Supervised and Reinforcement Learning."
    ents = {"FooNet": "Method", "Reinforcement Learning": "Method"}
    assert ("FooNet", "Reinforcement Learning") in _uses(text, ents, ("FooNet",), {"Reinforcement Learning": "RL"})
    assert ("FooNet", "Reinforcement Learning") not in _uses(text, ents, ("FooNet",))


@pytest.mark.parametrize(
    "sentence,tail",
    [
        (
            "While transformers provide strong global modeling through self-attention, their kernels are slow.",
            "self-attention",
        ),
        ("Although diffusion transformers rely on LoRA for adaptation, FooNet needs no tuning at all.", "LoRA"),
    ],
)
def test_an_opening_concession_about_others_is_background(sentence, tail):
    ents = {**MISREAD_ENTS, "self-attention": "Method"}
    assert ("FooNet", tail) not in s12(sentence, entities=ents)


def test_an_opening_concession_of_our_own_keeps_the_use():
    assert ("FooNet", "LoRA") in s12("While FooNet relies on LoRA, it needs no labels.")
    assert ("FooNet", "LoRA") in s12("While using LoRA adapters, FooNet removes the labels.")


def test_a_parenthesis_after_an_untagged_rival_describes_the_rival():
    sentence = "FooNet even surpasses industrial agents such as Tongyi DeepResearch (trained via DPO and RLHF)."
    assert not {("FooNet", "DPO"), ("FooNet", "RLHF")} & s12(sentence)
    assert ("FooNet", "DPO") in s12("FooNet is fast (trained via DPO on one GPU).")


def test_a_plain_adjective_before_the_training_technique_is_skipped():
    assert ("FooNet", "DPO") in s12("Notably, trained with simple DPO, FooNet beats larger agents.")


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet trains a three-step student that uses no DPO at all.",
        "FooNet gains 7% using only 11k samples with no LoRA.",
    ],
)
def test_a_negated_object_of_the_cue_is_no_use(sentence):
    assert ("FooNet", "DPO") not in s12(sentence) and ("FooNet", "LoRA") not in s12(sentence)


def test_a_named_rivals_training_is_no_use():
    sentence = "FooNet achieves results comparable to GPT-2 trained on the Pile and fine-tuned on C4."
    assert not {("FooNet", "Pile"), ("FooNet", "C4")} & s12(sentence)
    assert ("FooNet", "Pile") in s12("FooNet trained on the Pile outperforms GPT-2.")


@pytest.mark.parametrize(
    "sentence,gone,kept",
    [
        ("FooNet replaces the ResNet backbone with a Swin Transformer.", "ResNet", "Swin Transformer"),
        ("In FooNet, the ResNet backbone is replaced by a Swin Transformer.", "ResNet", "Swin Transformer"),
        ("FooNet replaces the CNN-based decoder with a Swin Transformer decoder.", "CNN", "Swin Transformer"),
        (
            "FooNet replaces the original CLIP vision encoder, which had a fixed resolution, with a DINOv2 encoder.",
            "CLIP",
            "DINOv2",
        ),
        ("FooNet uses a light layer to replace the CNN-based convolutional layers of prior detectors.", "CNN", None),
    ],
)
def test_the_part_a_method_replaces_is_no_use(sentence, gone, kept):
    found = s12(sentence)
    assert ("FooNet", gone) not in found
    assert kept is None or ("FooNet", kept) in found


def test_a_part_kept_beside_a_replacement_stays_used():
    found = s12("FooNet builds on a ResNet backbone and replaces its pooling with LoRA adapters.")
    assert {("FooNet", "ResNet"), ("FooNet", "LoRA")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet builds on CLIP and replaces CLIP's text encoder with a GPT-2 module.",
        "FooNet builds on CLIP and replaced its text encoder with a GPT-2 module.",
        "FooNet aligns the features without retraining the model or replacing the CLIP-based encoder.",
    ],
)
def test_a_name_whose_part_alone_is_replaced_or_kept_stays_used(sentence):
    assert ("FooNet", "CLIP") in s12(sentence)
