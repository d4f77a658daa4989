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


def test_an_ambiguous_metric_after_a_number_and_a_unit_word_is_a_metric(packaged_nlp):
    found = metrics(packaged_nlp, "We reach an F1 of 77 percent, with 90 percent recall on grazed pastures.")
    assert "recall" in found


def test_an_ambiguous_metric_after_in_terms_of_or_measured_by_is_a_metric(packaged_nlp):
    assert "precision" in metrics(packaged_nlp, "Our method outperforms existing methods in terms of precision.")
    assert "DPD" in metrics(packaged_nlp, "FairEnc reduces demographic disparity as measured by DPD.")
    assert metrics(packaged_nlp, "The study of precision agriculture grows.") == []


def test_lowercase_phrases_listed_after_metrics_are_metrics(packaged_nlp):
    text = "Style-CCL leads in three core metrics: style similarity, content consistency, and aesthetic quality."
    assert metrics(packaged_nlp, text) == ["style similarity", "content consistency", "aesthetic quality"]
    assert "exposure duration" in metrics(packaged_nlp, "It computes visibility metrics, such as exposure duration.")


def test_a_member_of_another_kind_ends_a_metric_list(packaged_nlp):
    text = "Evaluation has been confined to metrics like perplexity and synthetic tasks, which miss nuance."
    assert metrics(packaged_nlp, text) == ["perplexity"]


def test_general_metric_names_of_the_lexicon(packaged_nlp):
    text = (
        "MedCore keeps Boundary F1 at 0.64, a PDMS of 89.6 and cuts job completion time, with fewer Params and FLOPs."
    )
    found = metrics(packaged_nlp, text)
    assert {"Boundary F1", "PDMS", "job completion time", "Params"} <= set(found)


def test_a_metric_list_does_not_split_a_name_or_read_brackets(packaged_nlp):
    text = "We evaluate metrics such as circuit depth, CNOT count, and MSE."
    assert "CNOT" not in metrics(packaged_nlp, text) and "count" not in metrics(packaged_nlp, text)
    assert metrics(packaged_nlp, "It integrates evaluation metrics (pixel-level and image-level) and tools.") == []


def test_a_coined_name_with_a_reported_score_is_a_metric(packaged_nlp):
    assert "CES" in metrics(packaged_nlp, "Our model achieves a CES score of 0.40 with the lowest cost.")
    assert "FBS" in metrics(packaged_nlp, "The agents keep FBS scores above 0.80 in every run.")


def test_a_coined_name_after_a_signed_change_is_a_metric(packaged_nlp):
    assert "nAP" in metrics(packaged_nlp, "It outperforms the previous best by +10.1 nAP, with extensive analysis.")
    found = metrics(packaged_nlp, "It improves captioning (+2.5% CIDEr, +7% LEA) and grounding by +5.4 CLAIR on GCG.")
    assert "LEA" in found and "CLAIR" in found


def test_units_class_acronyms_and_unvalued_scores_are_no_scored_metrics(packaged_nlp):
    assert metrics(packaged_nlp, "It gains +4.3 dB on average and +2 GB of memory.") == []
    assert metrics(packaged_nlp, "It receives about a 0.3 VLM score improvement against these competitors.") == []
    assert metrics(packaged_nlp, "MITS employs a voting scheme that combines PMI scores with consensus.") == []


def test_a_title_case_run_ending_in_a_metric_word_with_a_value_is_a_metric(packaged_nlp):
    text = "On our data, the method achieves a Question Recognition Accuracy of 0.913 on live frames."
    assert metrics(packaged_nlp, text) == ["Question Recognition Accuracy"]
    assert "Jaccard Score" in metrics(packaged_nlp, "We reach a mean Jaccard Score of 56.20% on the test set.")


def test_a_title_case_metric_run_without_a_value_or_at_a_sentence_start_is_left_alone(packaged_nlp):
    assert "Question Recognition Accuracy" not in metrics(packaged_nlp, "We study Question Recognition Accuracy here.")
    assert "Mean Group Accuracy" not in metrics(packaged_nlp, "Mean Group Accuracy of 0.91 is reached.")


def test_a_name_that_scores_a_number_is_no_metric(packaged_nlp):
    assert "FooNet" not in metrics(packaged_nlp, "FooNet scores 62.9 R@1 on MSCOCO and 68.8 NDCG@10 on Vatex.")


def test_a_capitalised_metric_name_is_also_found_in_the_plural(packaged_nlp):
    assert "Dice scores" in metrics(packaged_nlp, "It achieves high Dice scores of 0.962 and 0.948 on both sets.")
    assert metrics(packaged_nlp, "It jointly optimizes two reverse KL divergences over teacher distributions.") == []


def test_a_measured_phrase_with_a_number_is_a_metric(packaged_nlp):
    assert "parsing speed" in metrics(packaged_nlp, "The parser reaches a 3.5x parsing speed on long files.")
    assert "weight sparsity" in metrics(packaged_nlp, "FooPrune keeps 87% weight sparsity during training.")
    assert "tuning cost" in metrics(packaged_nlp, "It needs a tuning cost of $120 on two GPUs.")
    assert "query latency" in metrics(packaged_nlp, "The index cuts query latency from 80 ms to 9 ms.")


def test_a_measured_phrase_after_in_terms_of_or_a_change_noun_is_a_metric(packaged_nlp):
    found = metrics(packaged_nlp, "BarNet wins in terms of accuracy, texture fidelity and decoding throughput.")
    assert "texture fidelity" in found
    assert "cache usage" in metrics(packaged_nlp, "Our scheme gives a sharp reduction in cache usage for agents.")


def test_a_noun_of_comparison_or_loss_before_in_or_of_measures_nothing(packaged_nlp):
    """only measure_change_nouns (a change in amount), not every change noun of numbers.json, make a measure"""
    assert metrics(packaged_nlp, "Our agents also show advantages in planning fidelity on new robots.") == []
    assert metrics(packaged_nlp, "Fog causes a severe degradation of texture consistency in such scenes.") == []
    assert "planning fidelity" in metrics(packaged_nlp, "Our agents show gains in planning fidelity on new robots.")


def test_a_measure_word_without_a_measure_names_no_metric(packaged_nlp):
    assert metrics(packaged_nlp, "We study the legal cost of model licensing.") == []
    assert metrics(packaged_nlp, "The tool lowers the cost by 40% for small labs.") == []
    assert metrics(packaged_nlp, "The design imposes two structural costs on the team.") == []
    assert metrics(packaged_nlp, "A branch enforces 3D geometric consistency in scenes.") == []


def test_a_measured_phrase_keeps_no_quality_word_nor_a_longer_compound(packaged_nlp):
    found = metrics(packaged_nlp, "The parser offers competitive parsing speed of 40 pages per second.")
    assert "parsing speed" in found
    found = metrics(packaged_nlp, "It has an end-to-end parsing time of 13 ms per page.")
    assert "parsing time" in found and not any("end" in name for name in found)


def test_in_terms_of_reaches_a_list_but_not_a_later_clause(packaged_nlp):
    text = "It wins in terms of tone similarity to the source, giving clips that also keep rhythm coherence intact."
    found = metrics(packaged_nlp, text)
    assert "tone similarity" in found and "rhythm coherence" not in found


def test_a_measured_phrase_after_a_win_and_in_is_a_metric(packaged_nlp):
    found = metrics(packaged_nlp, "QuuxGen outperforms prior editors in layout consistency and color fidelity.")
    assert "layout consistency" in found and "color fidelity" in found
    found = metrics(packaged_nlp, "QuuxGen outperforms prior editors in balancing render cost and accuracy.")
    assert not any("cost" in name for name in found)
    assert metrics(packaged_nlp, "QuuxGen was trained in layout consistency drills by the team.") == []


def test_a_measured_efficiency_is_a_metric_but_a_dimension_is_no_value(packaged_nlp):
    assert "query efficiency" in metrics(packaged_nlp, "Our planner outperforms prior planners in query efficiency.")
    assert metrics(packaged_nlp, "It keeps the coding efficiency of 3D mesh codecs.") == []


def test_a_known_measure_grows_over_what_it_measures_but_not_over_another_measure(packaged_nlp):
    assert "decoding throughput" in metrics(packaged_nlp, "FooServe raises decoding throughput by 2.4x on one GPU.")
    found = metrics(packaged_nlp, "FooServe gives a 3x latency speedup on one GPU.")
    assert "latency speedup" not in found


def test_a_word_of_degree_is_no_part_of_a_measured_phrase(packaged_nlp):
    found = metrics(packaged_nlp, "FooNet cuts computational cost by 60% over the quadratic computational cost of X.")
    assert "computational cost" in found and "quadratic computational cost" not in found
