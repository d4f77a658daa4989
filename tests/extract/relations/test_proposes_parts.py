"""Proposals: the parts of the paper's own contribution (component verbs), lists with
abbreviations, title names a kind subtitle marks, and names that are a task's means."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture
def nlp(abbreviation_proposes_nlp):
    """The entity pipeline with abbreviations, and proposes (conftest.py)."""
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "text",
    [
        # realabs: "This network includes two critical components: a Dual-Decoder Reverse Distillation
        # Network (DRD-Net) and a Class-aware Memory Module (CMM)."
        "We propose QuaRot-7B for detection. It includes two modules: a Dual-Decoder Reverse Distillation "
        "Network (DRD-Net) and a Class-aware Memory Module (CMM).",
        "We propose QuaRot-7B for detection. QuaRot-7B incorporates a Dual-Decoder Reverse Distillation "
        "Network (DRD-Net) and a Class-aware Memory Module (CMM).",
        "We propose a new detector. Our method comprises two lightweight modules: Dual-Decoder Reverse "
        "Distillation Network (DRD-Net) and Class-aware Memory Module (CMM).",
    ],
)
def test_the_parts_of_the_own_contribution_are_proposed(nlp, text):
    assert {"Dual-Decoder Reverse Distillation Network", "Class-aware Memory Module"} <= set(proposed(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # an established (lexicon) part is used, not proposed
        "We propose QuaRot-7B for detection. It incorporates a Vision Transformer and a LoRA adapter.",
        # no own subject: another paper's model and its parts
        "Prior detectors are strong. SAM includes a Dual-Decoder Reverse Distillation Network (DRD-Net).",
        # the established thing its abbreviation names ("Contrastive Language Image Pretraining (CLIP)")
        "We propose QuaRot-7B for detection. It incorporates Latent Rank Adapter (LoRA) layers.",
        # a one-word name that only modifies a kind noun ("a VideoMamba module")
        "We propose QuaRot-7B for detection. It consists of a VideoMamba module and a skeleton encoder.",
        # a lower-case phrase that names no part ("introduces the evidence lower bound (ELBO)")
        "We propose QuaRot-7B for detection. It introduces the evidence lower bound (ELBO) and its uses.",
        # a name beyond "of" ("consists of a modification of the ResNet")
        "We propose QuaRot-7B for detection. It consists of a modification of the Dual-Decoder Reverse "
        "Distillation Network (DRD-Net).",
    ],
)
def test_used_or_described_names_after_a_component_verb_are_not_proposed(nlp, text):
    assert proposed(nlp, text) in (["QuaRot-7B"], [])


def test_a_list_with_abbreviations_and_articles_is_proposed_whole(nlp):
    text = (
        "We introduce two modules, a Dual-Decoder Reverse Distillation Network (DRD-Net) and a "
        "Class-aware Memory Module (CMM), for detection."
    )
    assert {"Dual-Decoder Reverse Distillation Network", "Class-aware Memory Module"} <= set(proposed(nlp, text))


def test_an_appositive_after_a_proposed_name_is_no_list(nlp):
    # realabs: "we propose Awaker2.5-VL, a Mixture of Experts (MoE) architecture suitable for MLLM"
    text = "We propose QuaRot-7B, a Dual-Decoder Reverse Distillation Network (DRD-Net) architecture."
    assert "Dual-Decoder Reverse Distillation Network" not in proposed(nlp, text)


def test_a_title_name_with_a_kind_subtitle_is_proposed_even_in_lower_case(nlp):
    # realabs: "Augmented Radiance Field: A General Framework for Enhanced Gaussian Splatting"
    title = "Rotated Mean Loss: A General Framework for Brightness"
    text = "Our method finally produces a rotated mean loss that works."
    assert proposed(nlp, text, title=title) == ["Rotated Mean Loss"]
    # without the kind subtitle it stays a topic (see test_proposes_contributions.py)
    title = "Rotated Mean Loss: Brightness Mismatch in Images"
    assert proposed(nlp, text, title=title) == []


def test_a_name_that_is_the_means_of_a_task_is_proposed(nlp):
    # realabs: "we aim to address the task of unpaired audio and image recognition using FSSUAVL"
    title = "QuaRot: Discriminative Recognition"
    text = "In this paper, we address the task of unpaired recognition using QuaRot, a single model."
    assert "QuaRot" in proposed(nlp, text, title=title)
    text = "In this paper, we introduce the task of unpaired recognition QuaRot."
    assert "QuaRot" not in proposed(nlp, text, title=title)


def test_a_propose_verb_coordinated_far_from_we_keeps_the_authors(nlp):
    # recent-dev: "we incorporate the widely-used temporal transformer into the diffusion model to ensure
    # continuity within a single scene and propose CamOperator, a modular network ..."
    text = (
        "To match the views, we incorporate the widely-used temporal transformer into the diffusion model "
        "to ensure continuity within a single scene and propose QuaRot-7B, a modular network."
    )
    assert "QuaRot-7B" in proposed(nlp, text)
    # without the authors as subject, no proposal
    text = "Prior methods stack many layers over the scene and propose QuaRot-7B."
    assert "QuaRot-7B" not in proposed(nlp, text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # recent-dev: "To guarantee stable image generation, Z-Erase first proposes a Stream Disentangled ..."
        (
            "We propose QuaRot-7B for erasure. To keep generation stable, QuaRot-7B first proposes a Stream "
            "Disentangled Concept Erasure Framework that decouples updates.",
            "Stream Disentangled Concept Erasure Framework",
        ),
        # recent-dev: "The framework constructs an Echo-Dynamics Graph (EDG) through dynamic learning ..."
        (
            "We propose QuaRot-7B for segmentation. The framework constructs an Echo-Dynamics Graph (EDG) "
            "through dynamic learning.",
            "Echo-Dynamics Graph",
        ),
        # the subject is the abbreviation of the proposed long form ("HSGL comprises ...")
        (
            "We propose Hard Sample Generation and Learning (HSGL) for re-identification. HSGL comprises two "
            "core components: (1) Dual-Granularity Hard Sample Generation (DGHSG), which synthesizes samples.",
            "Dual-Granularity Hard Sample Generation",
        ),
    ],
)
def test_a_proposal_verb_whose_subject_is_the_contribution_proposes_its_part(nlp, text, part):
    assert part in proposed(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a relative clause: what the module makes is no part of the paper
        (
            "We introduce Dynamic Code Graph Generator, a module that creates a Code Dependency Graph dynamically.",
            "Code Dependency Graph",
        ),
        # a plural word, no coined name
        ("We propose QuaRot-7B for mapping. It constructs Gaussians from anchor points.", "Gaussians"),
    ],
)
def test_a_proposal_verb_without_the_contribution_as_subject_proposes_no_part(nlp, text, name):
    assert name not in proposed(nlp, text)
