"""A paper whose abstract proposes no name names its contribution in the title: "Dual-View Training for ..."."""

import pytest

from tests.extract.helpers import make_doc


def proposed(nlp, title, abstract):
    return [(s.text, s.label_) for s in make_doc(nlp, title, abstract)._.proposes]


@pytest.mark.parametrize(
    "title,abstract,expected",
    [
        # realabs: the abstract proposes only a lower-case description sharing a word with the title phrase
        (
            "Dual-View Training for Instruction-Following Information Retrieval",
            "We propose a dual-view data synthesis strategy based on polarity reversal. It helps retrieval.",
            [("Dual-View Training", "Method")],
        ),
        (
            "Hyperspectral Vision Transformers for Greenhouse Gas Estimations from Space",
            "To address these challenges, this study proposes a spectral transformer model that synthesizes data.",
            [("Hyperspectral Vision Transformers", "Model")],
        ),
        # a Title Case run after "with" up to "for" is part of the name
        (
            "Score-Based Matching with Target Guidance for Cryo-EM Denoising",
            "In this work, we propose a score-based denoising framework for cryo-EM that learns the score.",
            [("Score-Based Matching with Target Guidance", "Method")],
        ),
    ],
)
def test_a_title_phrase_named_by_the_authors_description_is_proposed(entity_nlp, title, abstract, expected):
    assert proposed(entity_nlp, title, abstract) == expected


@pytest.mark.parametrize(
    "title,abstract",
    [
        # the description shares no word with the title phrase
        (
            "Occlusion-Robust Multi-Object Decoupling for Physics-Based Interaction",
            "We propose a mask-free method for lossless multi-object 3D reconstruction from sparse views.",
        ),
        (
            "Fine-grained Defocus Blur Control for Generative Image Models",
            "In this work, we introduce a novel text-to-image diffusion framework that leverages camera metadata.",
        ),
        # no proposal of the authors at all
        ("Dual-View Training for Information Retrieval", "Prior work proposed a dual-view data strategy. We study it."),
        # a gerund, a goal or a slogan opens the title: no name
        ("Rethinking Token Reduction for Diffusion Models", "We propose a token reduction method for diffusion."),
        ("Towards Robust Retrieval for Long Documents", "We propose a robust retrieval framework for long documents."),
        # the phrase ends without "for" / "with", or runs on past "with" into "and"
        ("Dual-View Training in Retrieval", "We propose a dual-view data synthesis strategy based on reversal."),
        # a phrase opening the subtitle is left alone: after a slogan it is as often a task ("Surgical Desmoking")
        (
            "Seeing Through Smoke: Surgical Desmoking for Improved Visual Perception",
            "We present a transformer-based surgical desmoking model with a physics-inspired head.",
        ),
        # a phrase ending in a task word names the task
        (
            "Near Real-Time Dust Aerosol Detection with 3D Convolutional Neural Networks",
            "We present a near real-time dust detection system that flags dust at the pixel level.",
        ),
        # shared only a setting word: the description names a setting, the title a task
        (
            "Zero-Shot Dynamic Concept Personalization with Grid-Based LoRA",
            "We introduce a fully zero-shot framework for dynamic concept personalization in video models.",
        ),
        # the authors name their description: that name is theirs, not the title phrase
        (
            "Generative Head-Mounted Camera Captures for Photorealistic Avatars",
            "We propose a novel generative approach, Generative HMC (GenHMC), that leverages unpaired captures.",
        ),
        # a task in the title is no contribution
        (
            "Temporally Consistent Unsupervised Segmentation for Mobile Robot Perception",
            "We propose a temporally consistent segmentation pipeline for robots.",
        ),
    ],
)
def test_no_title_phrase_without_a_matching_description(entity_nlp, title, abstract):
    assert proposed(entity_nlp, title, abstract) == []


def test_a_named_proposal_of_the_abstract_leaves_the_title_phrase(entity_nlp):
    title = "Adversarial Error Correction for Visual Autoregressive Generation"
    abstract = "We propose AID-VAR, a plug-and-play adversarial correction framework for error correction."
    assert proposed(entity_nlp, title, abstract) == [("AID-VAR", "Method")]


def test_a_run_after_with_joined_by_and_is_no_part_of_the_name(entity_nlp):
    title = "Recursive Attention Transformer with Dynamic Depth and Width Adjustment for Image Communication"
    abstract = "We propose a recursive transformer model for image semantic communication."
    assert proposed(entity_nlp, title, abstract) == [("Recursive Attention Transformer", "Model")]
