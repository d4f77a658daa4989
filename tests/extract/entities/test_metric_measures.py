"""Ambiguous metric names need a measure's context; frame rates and MACs are metrics (issue #15)."""

import pytest

from tests.extract.helpers import entity_pipeline, make_doc


@pytest.fixture(scope="module")
def packaged_nlp():
    return entity_pipeline(lexicon=None)


def metrics(nlp, text, title=""):
    doc = make_doc(nlp, title, text)
    return [s.text for s in doc.spans["entities"] if s.label_ == "Metric"]


def test_capitalised_ambiguous_metric_word_in_a_title_is_no_metric(packaged_nlp):
    title = "Forecasting Body Temperature in Precision Livestock Farming"
    assert metrics(packaged_nlp, "We study cattle.", title=title) == []
    assert metrics(packaged_nlp, "We improve recurrent memory.", title="Enhancing RNN Recall via State Expansion") == []


def test_capitalised_ambiguous_metric_with_a_number_or_a_metric_list_is_a_metric(packaged_nlp):
    assert "Recall" in metrics(packaged_nlp, "It beats the baselines by 39% on Recall and 12% on accuracy.")
    assert "Recall" in metrics(packaged_nlp, "We report Accuracy, F1-score, and Recall on the test set.")


def test_a_capital_inside_an_ambiguous_metric_name_is_still_evidence(packaged_nlp):
    assert "FLOPs" in metrics(packaged_nlp, "Our model needs fewer FLOPs than the baseline.")


def test_frame_rate_and_macs_are_metrics(packaged_nlp):
    found = metrics(packaged_nlp, "The avatar renders at 90 FPS and needs 2.9 GMACs per frame.")
    assert "FPS" in found and "GMACs" in found
