"""A lexicon task name grows over the words that make it a narrower task (decision.task_modifier_start,
and Title Case task phrases of the title over a lexicon task)."""

import pytest

from claimgraph.extract.entities.decision import task_modifier_start
from claimgraph.extract.entities.name_cues import name_cues
from tests.extract.helpers import blank, make_doc


@pytest.fixture(scope="module")
def nlp():
    """The entity components with abbreviations and the packaged lexicons."""
    pipeline = blank()
    pipeline.add_pipe("claimgraph_sentences")
    pipeline.add_pipe("claimgraph_abbreviations")
    pipeline.add_pipe("claimgraph_lexicon")
    pipeline.add_pipe("claimgraph_name_patterns")
    pipeline.add_pipe("claimgraph_entities")
    return pipeline


def tasks(nlp, abstract: str, title: str = "") -> set[str]:
    doc = make_doc(nlp, title, abstract)
    return {span.text for span in doc.spans["entities"] if span.label_ == "Task"}


def test_a_lowercase_modifier_narrows_a_lexicon_task(nlp):
    assert "lane segmentation" in tasks(nlp, "We evaluate the model on lane segmentation and depth estimation.")
    assert "dynamic 3D reconstruction" in tasks(nlp, "We train the model for dynamic 3D reconstruction from videos.")


def test_verbs_qualities_and_type_words_are_no_modifiers(nlp):
    assert "image classification" in tasks(nlp, "In this paper we study image classification under noise.")
    assert "pose estimation" in tasks(nlp, "Such errors usually undermine pose estimation in the wild.")
    assert "image classification" in tasks(nlp, "The model achieves superior image classification results.")
    assert "language modeling" in tasks(nlp, "We report results on benchmark language modeling tasks.")
    assert "image classification" in tasks(nlp, "It reaches state-of-the-art image classification on two sets.")
    assert "math reasoning" in tasks(nlp, "We study how language models encode math reasoning in their weights.")
    # a modifier used before a head noun makes no task mention ("dual segmentation heads")
    assert "dual segmentation" not in tasks(nlp, "The network has dual segmentation heads and one classifier.")
    assert "visual understanding" in tasks(nlp, "Unified models (UMMs) unify visual understanding and generation.")


def test_a_title_case_task_of_the_title_keeps_its_modifiers(nlp):
    found = tasks(nlp, "We classify angiography frames.", "CLAIRE-DSA: Fluoroscopic Image Classification for Quality")
    assert "Fluoroscopic Image Classification" in found and "Image Classification" not in found
    found = tasks(nlp, "We segment OCT scans.", "Enhancing Biomarker Segmentation with Attention")
    assert "Biomarker Segmentation" in found


def test_task_modifier_start_is_pure_and_takes_one_word():
    doc = blank()("results on interactive lane segmentation")
    cues = name_cues()
    assert task_modifier_start(doc, 4, cues) == 3  # "lane"
    assert task_modifier_start(doc, 4, cues, most=2) == 3  # "interactive" is a quality word
    doc = blank()("we study segmentation")
    assert task_modifier_start(doc, 2, cues) == 2
