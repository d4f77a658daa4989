"""A lowercase phrase listed with a task and ending in a task word is a task too
(name_patterns.task_lists.listed_tasks)."""

import pytest

from tests.extract.helpers import entity_pipeline, entity_texts


@pytest.fixture(scope="module")
def nlp():
    """The entity components with abbreviations and the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


def tasks(nlp, abstract: str, title: str = "") -> set[str]:
    return entity_texts(nlp, abstract, "Task", title)


def test_members_listed_with_a_task_are_tasks(nlp):
    found = tasks(nlp, "The suite covers object detection, crop yield estimation, and weed counting in fields.")
    assert {"crop yield estimation", "weed counting"} <= found
    found = tasks(nlp, "Results on bird song forecasting and image segmentation are strong.")
    assert "bird song forecasting" in found
    # before the task, only a phrase that a list opener ("on", ",", "including") comes before: not "study ..."
    assert not any("song" in t for t in tasks(nlp, "We study bird song forecasting and image segmentation."))


def test_a_list_grows_member_by_member(nlp):
    found = tasks(nlp, "Agents perform image restoration, parcel damage recognition, and route planning for drones.")
    assert {"parcel damage recognition", "route planning"} <= found


def test_a_single_word_member_only_when_it_is_a_task_phrase_head(nlp):
    found = tasks(nlp, "The tracker supports object detection and tracking of small boats.")
    assert "tracking" in found
    assert "reasoning" not in tasks(nlp, "The model handles object detection and reasoning in one pass.")


def test_no_member_with_a_quality_word_a_verb_or_another_noun_after_it(nlp):
    assert not {
        t for t in tasks(nlp, "It helps agents learn better skill retrieval and image segmentation.") if "skill" in t
    }
    found = tasks(nlp, "We labelled the frames and performed vessel detection and image segmentation by hand.")
    assert not any(t.startswith("performed") for t in found)
    found = tasks(nlp, "Models show image segmentation and weak reasoning abilities across sites.")
    assert not any("reasoning" in t for t in found)
    found = tasks(nlp, "Rewards favour answer correctness and modality-consistent reasoning over image segmentation.")
    assert "modality-consistent reasoning" not in found


def test_no_list_without_a_task_in_it(nlp):
    found = tasks(nlp, "We report crop yield estimation, weed counting and route planning results.")
    assert "weed counting" not in found
