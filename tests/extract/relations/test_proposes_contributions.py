"""Proposals: abbreviated descriptions, names after "our/the proposed", gerunds,
hyphen-aware windows, and title phrases that name a topic."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture
def nlp(abbreviation_proposes_nlp):
    """The entity pipeline with abbreviations, and proposes (conftest.py)."""
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "text",
    [
        # realabs: "we propose a supervised fine-tuning (SFT) process", "a novel reinforcement
        # learning (RL) framework V-ToolRL", "a Graph Neural Network (GNN) regression model"
        "We propose a low-rank adaptation (LoRA) process for math.",
        "We propose a novel low-rank adaptation (LoRA) framework for math.",
        "We propose a Low-Rank Adaptation (LoRA) regression model for scores.",
        # realabs: "a custom Convolutional Neural Network (CNN) architecture": nor its abbreviation
        "We propose a custom low-rank adaptation (LoRA) architecture for images.",
    ],
)
def test_established_name_with_its_abbreviation_inside_a_description_is_not_proposed(nlp, text):
    assert proposed(nlp, text) == []


def test_the_coined_name_after_an_abbreviated_description_is_proposed(nlp):
    text = "We propose a novel low-rank adaptation (LoRA) framework QuaRot-7B to train models."
    assert proposed(nlp, text) == ["QuaRot-7B"]


def test_an_established_name_with_its_abbreviation_is_still_proposed_alone(nlp):
    assert proposed(nlp, "We propose low-rank adaptation (LoRA) for math.") == ["low-rank adaptation"]


@pytest.mark.parametrize(
    "text",
    [
        # realabs: "the first process reward model (PRM) called Web-Shepherd"
        "We propose the first low-rank adaptation (LoRA) called QuaRot-7B, for pruning.",
        # realabs: "a training-free, trajectory-based controllable T2I approach, termed TraDiffusion"
        "We propose a LLaMA, termed QuaRot-7B.",
    ],
)
def test_a_description_followed_by_the_authors_name_proposes_the_name(nlp, text):
    assert proposed(nlp, text) == ["QuaRot-7B"]


def test_the_head_of_a_glued_name_after_a_naming_cue_is_not_proposed(nlp):
    # realabs: "a neuro-symbolic rule learning neural network named RL-Net" proposed RL
    assert proposed(nlp, "This work investigates a network named LoRA-style nets that learn rules.") == []


def test_a_name_after_rooted_in_is_not_proposed(nlp):
    # realabs: "This work presents an alternative technique rooted in 2D Gaussian Splatting (2DGS)"
    assert proposed(nlp, "This work presents a technique rooted in low-rank adaptation (LoRA), free of masks.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our proposed QuaRot-7B outperforms LLaMA on GSM8K.",
        # realabs: "Our proposed pipeline, AnthroTAP, addresses this by ..."
        "Our proposed pipeline, QuaRot-7B, outperforms LLaMA on GSM8K.",
        "Results show that the proposed QuaRot-7B is faster.",
    ],
)
def test_a_name_right_after_our_proposed_is_proposed(nlp, text):
    assert proposed(nlp, text) == ["QuaRot-7B"]


@pytest.mark.parametrize(
    "text",
    [
        "The proposed method outperforms LLaMA on GSM8K.",
        # realabs: "the proposed PRM data construction framework"
        "Experiments show the proposed LoRA data construction framework works.",
        "The recently proposed LoRA is popular.",
    ],
)
def test_names_further_after_the_proposed_are_not_proposed(nlp, text):
    assert proposed(nlp, text) == []


def test_a_gerund_of_a_propose_verb_with_the_authors_proposes(nlp):
    # realabs: "we address these limitations by introducing LGDiST, the first ..."
    text = "We address these limitations by introducing QuaRot-7B, the first model for it."
    assert proposed(nlp, text) == ["QuaRot-7B"]
    assert proposed(nlp, "Prior work improved it by introducing QuaRot-7B.") == []


@pytest.mark.parametrize(
    "text",
    [
        # realabs: "We first introduce the first-of-its-kind large-scale multimodal Reading in the Wild dataset"
        "We first introduce the first-of-its-kind large-scale multimodal Reading in the Wild dataset.",
        # realabs: "we propose the first manual-based manipulation planning model ManualPlan"
        "We propose the first manual-based manipulation planning model Reading in the Wild dataset.",
    ],
)
def test_hyphens_do_not_shorten_the_proposal_window(nlp, text):
    assert proposed(nlp, text) == ["Reading in the Wild"]


def test_based_on_still_ends_the_proposal(nlp):
    assert proposed(nlp, "We propose a method based on LoRA for math.") == []


def test_a_coined_term_is_a_concept_not_a_proposal(nlp):
    # realabs: "We coin the term Language Specific Knowledge (LSK) to represent this phenomenon"
    assert proposed(nlp, "We coin the term Quantized Rotation (QuaRot) to describe this.") == []
    assert proposed(nlp, "We propose Quantized Rotation (QuaRot) to describe this.") == ["Quantized Rotation"]


def test_title_phrase_written_in_lower_case_in_the_abstract_is_a_topic(nlp):
    # realabs: "Preference Leakage: A Contamination Problem in LLM-as-a-judge"
    title = "Preference Leakage: A Contamination Problem"
    text = "In this work, we expose preference leakage, a contamination problem in LLM-as-a-judge."
    assert proposed(nlp, text, title=title) == []


def test_title_phrase_written_as_a_name_in_the_abstract_is_proposed(nlp):
    title = "Think While Watching: Streaming Memory"
    assert set(proposed(nlp, "We propose Think While Watching, a memory framework.", title=title)) == {
        "Think While Watching"
    }
    # "the GT-mean loss" for "GT-Mean Loss" is still the name
    title = "Rotated Mean Loss: Brightness Mismatch"
    assert "Rotated Mean Loss" in proposed(nlp, "We propose the Rotated Mean loss for it.", title=title)


def test_title_phrase_absent_from_the_abstract_naming_another_method_is_a_topic(nlp):
    # realabs: "Uncertainty-Aware GUI Agent: ..." + "we present RecAgent, an uncertainty-aware agent"
    title = "Uncertainty-Aware GUI Agent: Adaptive Perception"
    text = "In this paper, we present QuaRot, a method for uncertainty-aware agents."
    assert proposed(nlp, text, title=title) == ["QuaRot"]
    assert proposed(nlp, "In this paper, we present a new uncertainty-aware agent.", title=title) == [
        "Uncertainty-Aware GUI Agent"
    ]
    # its own abbreviation is the same contribution
    assert set(proposed(nlp, "In this paper, we present UAGA, an uncertainty-aware agent.", title=title)) >= {
        "Uncertainty-Aware GUI Agent"
    }


def test_an_established_name_opening_a_longer_abbreviated_name_is_not_proposed(nlp):
    # judged: "we propose Slot Attention with re-Initialization and self-Distillation (DIAS)"
    # proposed the existing Slot Attention
    text = "We propose LoRA with re-Initialization and self-Distillation (DIAS) for slots."
    assert "LoRA" not in proposed(nlp, text)
    assert proposed(nlp, "We propose LoRA with gates, a new method.") == ["LoRA"]


def test_an_established_name_opening_a_longer_name_after_a_naming_cue_is_not_proposed(nlp):
    # realabs: "a simple and effective strategy named discrete diffusion forcing (D2F)"
    assert proposed(nlp, "We use a simple strategy named LoRA forcing for decoding.") == []
    assert proposed(nlp, "We use a simple strategy named LoRA for decoding.") == ["LoRA"]


def test_what_a_contribution_is_for_is_not_proposed(nlp):
    # realabs: "a new diffusion-based method for video frame interpolation (VFI)", "a neural
    # surrogate for PFEM simulations"
    assert proposed(nlp, "We propose a new method for video frame interpolation (VFI), in animation.") == []
    assert proposed(nlp, "We propose a surrogate model for QuaRot simulations of flows.") == []


def test_a_coined_name_after_for_is_proposed(nlp):
    # seeds: "we develop an efficient algorithm for Online Data Mixing (ODM) that combines ..."
    text = "We develop an efficient algorithm for Online Data Mixing (ODM) that combines elements."
    assert proposed(nlp, text) == ["Online Data Mixing"]


def test_undefined_initials_of_an_established_name_are_not_a_coined_name(nlp):
    # dev: "an energy-based model operating at ..." then "we introduce an EBM in a residual form"
    text = "Low-rank adaptation helps models. We introduce an LRA in a residual form."
    assert proposed(nlp, text) == []
    assert proposed(nlp, "We introduce an LRA in a residual form.") == ["LRA"]
    text = "Low-rank adaptation helps models. We introduce a low-rank ablation (LRA) in a residual form."
    assert proposed(nlp, text) == ["low-rank ablation"]
