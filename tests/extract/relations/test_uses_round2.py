"""Issue #17, round 2 on ``uses``: fragments of longer names, stated non-uses, data and analysis tools."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new method for segmentation."
ENTS = {
    "FooNet": "Method",
    "REFLEX": "Method",
    "REason": "Method",
    "Channel Attention": "Method",
    "Gaussian Splatting": "Method",
    "ResNet": "Model",
    "Phi-3-Vision": "Model",
    "DINOv2": "Model",
    "SigLIP": "Model",
    "CLIP": "Model",
    "SA-Med2D-20M": "Model",
    "WHU-OPT-SAR": "Model",
    "DDHR-SK": "Model",
    "Qwen3-8B": "Model",
    "Grad-CAM": "Method",
    "SHAP": "Method",
    "traffic light compliance": "Method",
    "WSIs": "Method",
    "TCGA": "Dataset",
    "LoRA": "Method",
    "SGLang": "Method",
    "UNet": "Model",
}


def uses(sentence: str, propose: str = PROPOSE, proposes=("FooNet",), entities=ENTS) -> set[tuple[str, str]]:
    """(head, tail) pairs of ``uses`` in ``propose`` followed by ``sentence`` ("" leaves ``propose`` alone)."""
    text = f"{propose} {sentence}" if sentence else propose
    return pairs_of(relation_triples(text, entities, proposes), "uses")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet integrates Efficient Channel Attention and a tanh activation.", "Channel Attention"),
        ("FooNet enhances images via 2D Gaussian Splatting guided gain maps.", "Gaussian Splatting"),
        ("Our framework utilizes a dual-branch 3D ResNet to fuse features.", "ResNet"),
        ("FooNet leverages a Noisy DINOv2 encoder.", "DINOv2"),
        ("FooNet uses a Sample-Adaptive LoRA module.", "LoRA"),
    ],
)
def test_a_fragment_of_a_longer_name_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in uses(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet integrates Channel Attention and a tanh activation.", "Channel Attention"),
        ("Our framework utilizes a dual-branch ResNet to fuse features.", "ResNet"),
        ("FooNet is based on 4B Phi-3-Vision.", "Phi-3-Vision"),
        ("FooNet leverages LoRA-enhanced DINOv2 embeddings.", "DINOv2"),
        ("Using SGLang, FooNet serves requests.", "SGLang"),
    ],
)
def test_a_whole_name_stays_a_tail(sentence, tail):
    assert ("FooNet", tail) in uses(sentence)


def test_a_piece_of_the_heads_own_acronym_is_no_tail():
    propose = "We propose REason-guided Fact-checking with Latent EXplanations REFLEX paradigm, a paradigm."
    assert ("REFLEX", "REason") not in uses("REFLEX works well.", propose, ("REFLEX",))


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet works without requiring a pre-trained UNet.", "UNet"),
        ("FooNet does not rely on SigLIP.", "SigLIP"),
        ("Rather than fine-tuning DINOv2, FooNet trains adapters.", "DINOv2"),
        ("Future work may integrate LoRA into FooNet.", "LoRA"),
        (
            "We challenge the prevailing practice that VLMs must rely on vision encoders initialized via"
            " contrastive pretraining (e.g., CLIP/SigLIP).",
            "SigLIP",
        ),
        ("This issue arises from the common practice of using DINOv2 features.", "DINOv2"),
    ],
)
def test_a_stated_non_use_is_not_uses(sentence, tail):
    assert ("FooNet", tail) not in uses(sentence)


def test_not_only_still_uses():
    assert ("FooNet", "LoRA") in uses("FooNet not only uses LoRA but also prunes layers.")
    assert ("FooNet", "UNet") in uses("FooNet relies on a pre-trained UNet.")


def test_a_benchmark_built_from_data_is_not_used():
    found = uses("Experiments on a small benchmark constructed from SA-Med2D-20M show that FooNet works.")
    assert ("FooNet", "SA-Med2D-20M") not in found
    assert ("FooNet", "Qwen3-8B") in uses("Experiments on Qwen3-8B show that FooNet works.")


def test_names_listed_before_datasets_are_data():
    found = uses("Extensive experiments on WHU-OPT-SAR and DDHR-SK datasets show that FooNet works.")
    assert ("FooNet", "WHU-OPT-SAR") not in found


def test_the_same_model_as_is_a_comparison():
    assert ("FooNet", "Qwen3-8B") not in uses("Using the same base model as Qwen3-8B, FooNet trains faster.")
    assert ("FooNet", "Qwen3-8B") in uses("Using Qwen3-8B as the base model, FooNet trains faster.")


def test_a_metric_or_data_after_the_cue_is_no_tail():
    found = uses("FooNet incorporates evaluation metrics, including traffic light compliance, to steer training.")
    assert ("FooNet", "traffic light compliance") not in found
    assert ("FooNet", "WSIs") not in uses("FooNet predicts risk using WSIs from TCGA.")


def test_an_analysis_tool_is_not_part_of_the_method():
    assert ("FooNet", "Grad-CAM") not in uses("We include qualitative analyses using Grad-CAM for FooNet.")
    assert ("FooNet", "SHAP") not in uses("FooNet trains a classifier and uses SHAP to interpret the predictions.")
    assert ("FooNet", "Grad-CAM") in uses("FooNet uses Grad-CAM to select regions for training.")


def test_a_parenthesis_after_another_name_describes_it():
    found = uses("FooNet even surpasses Qwen3-8B (trained via LoRA and SFT) on most tasks.")
    assert ("FooNet", "LoRA") not in found
    assert ("FooNet", "LoRA") in uses("FooNet is trained via LoRA (a low-rank method) on most tasks.")


def test_a_closed_parenthesis_before_the_cue_keeps_the_use():
    ents = {"Ring-lite": "Model", "Mixture-of-Experts": "Method", "MoE": "Method", "reinforcement learning": "Method"}
    found = uses(
        "",
        "We present Ring-lite, a Mixture-of-Experts (MoE)-based language model optimized via reinforcement learning.",
        proposes=("Ring-lite",),
        entities=ents,
    )
    assert ("Ring-lite", "reinforcement learning") in found


def test_a_modality_before_data_nouns_is_no_tail():
    ents = {"FooNet": "Method", "MR": "Method", "LoRA": "Method"}

    def found(sentence):
        return uses(sentence, entities=ents)

    assert ("FooNet", "MR") not in found("FooNet utilizes auxiliary MR images.")
    assert ("FooNet", "MR") in found("FooNet utilizes MR to denoise.")
    assert ("FooNet", "MR") in found("FooNet utilizes MR-based image priors.")


def test_applying_the_method_to_a_dataset_is_not_uses():
    ents = {"FooNet": "Method", "WBC": "Dataset", "Qwen3-8B": "Model"}

    def found(sentence):
        return uses(sentence, entities=ents)

    assert ("FooNet", "WBC") not in found("We applied our FooNet method to the WBC dataset.")
    assert ("FooNet", "Qwen3-8B") in found("We apply FooNet to Qwen3-8B.")
