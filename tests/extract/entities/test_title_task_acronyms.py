"""Title Case task runs that start with a plain acronym, and the title task heads
(issue #15). Hand-written cases with negatives."""

import pytest

from claimgraph.extract.entities.name_shapes import is_acronym
from tests.extract.helpers import entity_pipeline, entity_set


@pytest.fixture(scope="module")
def full_nlp():
    """The entity components with abbreviations and the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


def title_entities(nlp, title: str) -> set[tuple[str, str]]:
    return entity_set(nlp, "We study it.", title)


def test_is_acronym_takes_plain_capital_letters_only():
    assert is_acronym("SAR") and is_acronym("RGB")
    assert not is_acronym("FooNet") and not is_acronym("GPT4") and not is_acronym("A")
    assert not is_acronym("ABCDEFGH")  # too long for an acronym that modifies a task


def test_a_title_task_may_start_with_a_plain_acronym(full_nlp):
    result = title_entities(full_nlp, "KANet: A Lightweight KAN for Efficient SAR Image Recognition")
    assert ("SAR Image Recognition", "Task") in result
    result = title_entities(full_nlp, "CSTrack: Enhancing RGB-X Tracking via Compact Spatiotemporal Features")
    assert ("RGB-X Tracking", "Task") in result
    result = title_entities(full_nlp, "Vision-Language Pretraining on Mammography Atlases for BI-RADS Classification")
    assert ("BI-RADS Classification", "Task") in result


def test_a_title_task_does_not_start_with_a_coined_name(full_nlp):
    result = title_entities(full_nlp, "A Simple Baseline for FooNet Detection")
    assert not any(label == "Task" for _, label in result)


def test_acceleration_planning_and_spotting_head_title_tasks(full_nlp):
    result = title_entities(full_nlp, "Pade Approximation for Diffusion Acceleration")
    assert ("Diffusion Acceleration", "Task") in result
    result = title_entities(full_nlp, "Co-Evolving Agents for Long-Horizon Task Planning")
    assert ("Long-Horizon Task Planning", "Task") in result
    result = title_entities(full_nlp, "Training for Action Spotting in Soccer Videos")
    assert ("Action Spotting", "Task") in result
    result = title_entities(full_nlp, "Planning Ahead with World Models")
    assert not any(label == "Task" for _, label in result)  # a verb opening the title heads no task


def test_removal_monitoring_slam_and_other_task_heads_end_a_title_task(full_nlp):
    result = title_entities(full_nlp, "Diffusion Priors for Single Image Shadow Removal")
    assert ("Single Image Shadow Removal", "Task") in result
    result = title_entities(full_nlp, "A Memory Bank for Vineyard Health Monitoring")
    assert ("Vineyard Health Monitoring", "Task") in result
    result = title_entities(full_nlp, "Towards Robust Visual SLAM in Dynamic Scenes")
    assert ("Visual SLAM", "Task") in result  # the quality word is no part of it
    result = title_entities(full_nlp, "GlowKit: Photo Retouching with Learned Style Tokens")
    assert ("Photo Retouching", "Task") in result
    result = title_entities(full_nlp, "Latent Codes for Human Image Animation")
    assert ("Human Image Animation", "Task") in result
    result = title_entities(full_nlp, "Sparse Keyframes for Deformable Object Manipulation")
    assert ("Deformable Object Manipulation", "Task") in result
    result = title_entities(full_nlp, "Orbital Transformers for Methane Emission Estimations from Space")
    assert ("Methane Emission Estimations", "Task") in result  # a plural of a task head


def test_field_and_method_words_head_no_title_task(full_nlp):
    for title in (
        "Wave Optics for Holographic Imaging",  # a field or an instrument, no task
        "Gated Experts for Feature Fusion",  # "Fusion", "Compression", "Alignment" name methods as often
        "Low-Rank Codes for Attention Compression",
        "Contrastive Losses for Representation Alignment",
        "Event Cameras for Radar Odometry Benchmarks",  # the phrase goes on past the task head
    ):
        assert not any(label == "Task" for _, label in title_entities(full_nlp, title)), title


def test_a_title_task_after_on_and_a_second_one_after_and(full_nlp):
    result = title_entities(full_nlp, "A Field Study on Crop Disease Detection and Leaf Damage Grading from Drones")
    assert ("Crop Disease Detection", "Task") in result
    assert ("Leaf Damage Grading", "Task") in result
    result = title_entities(full_nlp, "Lessons on Coral Reef Segmentation")
    assert ("Coral Reef Segmentation", "Task") in result


def test_no_listed_title_task_without_a_task_before_and(full_nlp):
    # "Gardens and ..." is no task run, so the run after "and" starts no task either
    result = title_entities(full_nlp, "Of Gardens and Leaf Damage Grading")
    assert ("Leaf Damage Grading", "Task") not in result
    result = title_entities(full_nlp, "PlantNet: Robust Features and Leaf Damage Grading")
    assert ("Leaf Damage Grading", "Task") not in result


def test_a_quality_compound_glued_to_a_title_head_goes_whole(full_nlp):
    # "High-Resolution" is a quality of the work: no "-Resolution" task is left behind
    result = title_entities(full_nlp, "BarNet: High-Resolution 3D Crater Counting from Orbit")
    assert not any(text.startswith("-") for text, _ in result)
    assert ("Implicature Resolution", "Task") in title_entities(full_nlp, "Strategy Matters for Implicature Resolution")
