"""Whole names and task settings (issue #17 judged sample): hand-written cases with negatives."""

import pytest

import claimgraph.extract.entities.abbreviations  # noqa: F401  (registers the factory)
from tests.extract.helpers import blank, make_doc


@pytest.fixture(scope="module")
def full_nlp():
    """The entity components with abbreviations and the packaged lexicons (ScanNet, ReID)."""
    nlp = blank()
    nlp.add_pipe("claimgraph_sentences")
    nlp.add_pipe("claimgraph_abbreviations")
    nlp.add_pipe("claimgraph_lexicon")
    nlp.add_pipe("claimgraph_name_patterns")
    nlp.add_pipe("claimgraph_entities")
    return nlp


def ents(nlp, abstract, title=""):
    doc = make_doc(nlp, title, abstract)
    return {(s.text, s.label_) for s in doc.spans["entities"]}


def texts(nlp, abstract, title=""):
    return {text for text, _ in ents(nlp, abstract, title)}


def test_derived_suffix_is_no_part_of_a_dataset_name(full_nlp):
    found = texts(full_nlp, "Experiments on 3DSSG/3RScan and ScanNet-derived open-vocabulary splits show gains.")
    assert "ScanNet-derived" not in found
    assert "ScanNet" in found


def test_trailing_plus_belongs_to_the_dataset_name(entity_nlp):
    found = texts(entity_nlp, "The correlation increases by 4.0% on cSCC and 9.8% on HER2+.")
    assert "HER2+" in found and "HER2" not in found
    # a spaced plus joins two names and is no part of either
    assert "HER2+" not in texts(entity_nlp, "We report results on cSCC and HER2 + FooSet benchmarks.")


def test_capitalised_head_word_in_a_list_starts_the_name(entity_nlp):
    found = texts(entity_nlp, "Experiments on three datasets, namely PolyU, CFPose, and Benchmark 2D/3D, show gains.")
    assert "Benchmark 2D/3D" in found and "2D/3D" not in found
    # lowercase "the benchmark X" keeps the head word out
    found = texts(entity_nlp, "We also report results on the benchmark FooBench for reference.")
    assert "FooBench" in found and "benchmark FooBench" not in found


def test_a_name_glued_to_a_modifier_suffix_is_no_proposed_name(entity_nlp):
    found = texts(
        entity_nlp,
        "We propose REason-guided Fact-checking with Latent EXplanations REFLEX paradigm, a plug-and-play method.",
    )
    assert "REason" not in found
    found = texts(entity_nlp, "We propose FooNet, a model that reads charts.")
    assert "FooNet" in found
    # a name that modifies lowercase prose is still the name ("QuaRot-based pruning")
    assert "QuaRot" in texts(entity_nlp, "We propose QuaRot-based pruning for models.")


def test_title_long_form_runs_to_the_end_of_the_name(entity_nlp):
    title = "PACT: Pruning and Clustering-Based Token Reduction for Faster Visual Language Models"
    found = texts(entity_nlp, "We introduce PACT, a method that prunes tokens.", title=title)
    assert "Pruning and Clustering-Based Token Reduction" in found
    assert "Pruning and Clustering-Based Token" not in found


def test_title_long_form_does_not_grow_over_a_head_word(entity_nlp):
    title = "OWT: A Foundational Organ-Wise Tokenization Framework for Medical Imaging"
    found = texts(entity_nlp, "We present OWT, which tokenizes organs.", title=title)
    assert "Organ-Wise Tokenization Framework" not in found


def test_a_task_setting_termed_by_the_paper_is_a_task(entity_nlp):
    found = ents(
        entity_nlp,
        "Open-vocabulary object detection (OVD) has made progress. We introduce a new task setting, termed "
        "Continual OVD with Novel Concept Injection (COVD), where models learn new concepts.",
    )
    assert ("Continual OVD with Novel Concept Injection", "Task") in found
    assert ("Continual OVD with Novel Concept Injection", "Method") not in found


def test_a_long_form_headed_by_a_task_name_is_a_task(full_nlp):
    found = ents(
        full_nlp,
        "In this paper, we propose a new paradigm called Continual Few-shot ReID (CFReID), which trains models "
        "incrementally.",
    )
    assert ("Continual Few-shot ReID", "Task") in found
    # negative: a proposed long form headed by a method word stays a Method
    found = ents(full_nlp, "We propose Stable Distribution Alignment (SDA), which aligns features.")
    assert ("Stable Distribution Alignment", "Method") in found


def test_an_abbreviation_long_form_repeated_in_another_case_is_the_whole_name(full_nlp):
    title = "Disentangled Concept Representation for Text-to-image Person Re-identification"
    abstract = "Text-to-image person re-identification (TIReID) aims to retrieve person images from text."
    found = texts(full_nlp, abstract, title=title)
    assert "Text-to-image Person Re-identification" in found  # the title's mention, whole
    assert "Text-to-image" not in found  # no fragment of it
    # negative: a lexicon name not written as the long form stays itself
    found = texts(full_nlp, "Unsupervised anomaly detection (UAD) is hard. We also study anomaly detection in video.")
    assert "anomaly detection" in found


def test_a_title_run_after_an_article_is_no_task(entity_nlp):
    title = "M4-SAR: A Multi-Resolution, Multi-Polarization, Multi-Scene Dataset for Optical-SAR Object Detection"
    found = ents(entity_nlp, "Object detection with SAR images is hard.", title=title)
    assert not any(text.startswith(("A ", "Multi-Resolution")) for text, label in found if label == "Task")
    # negative: a title task after "for" is still found
    found = ents(entity_nlp, "Sequences are long.", title="CItruS: Chunked State Eviction for Implicature Resolution")
    assert ("Implicature Resolution", "Task") in found


def test_a_task_name_modifying_a_tool_noun_is_no_task_mention(full_nlp):
    found = ents(full_nlp, "We compare various segmentation algorithms and build toxicity detection pipelines.")
    assert not any(label == "Task" for _, label in found)
    # negative: "X benchmarks" and "X tasks" still name the task
    found = ents(full_nlp, "Experiments on multiple question answering benchmarks show gains.")
    assert ("question answering", "Task") in found


def test_a_counting_long_form_is_a_task_unless_the_text_says_method(full_nlp):
    found = ents(full_nlp, "Open-world text-guided class-agnostic counting (CAC) has emerged as a field.")
    assert ("class-agnostic counting", "Task") in found
    found = ents(full_nlp, "We propose Approximate Label Counting (ALC), a method for training detectors.")
    assert ("Approximate Label Counting", "Method") in found
