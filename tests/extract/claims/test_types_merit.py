"""A merit of the work measured against a rival ("the robustness of X over existing methods", "its
effectiveness compared to BERT") is a comparison; a merit with no rival after it stays a finding (hand-written
cases)."""

from __future__ import annotations

from tests.extract.claims.test_detection import one


def test_a_merit_over_others_methods_is_a_comparison():
    sentence = "Extensive experiments demonstrate the robustness of FooNet over existing parsing methods."
    assert one(sentence).type == "comparison"


def test_a_merit_compared_to_a_named_model_is_a_comparison():
    sentence = "Empirical results on GLUE demonstrate its effectiveness compared to BERT across all settings."
    assert one(sentence).type == "comparison"


def test_advantages_over_baselines_are_a_comparison():
    sentence = "The experimental results demonstrate the advantages of our method over strong baselines."
    assert one(sentence).type == "comparison"


def test_a_merit_without_a_rival_stays_a_finding():
    sentence = "Extensive experiments demonstrate the effectiveness of FooNet on GLUE."
    assert one(sentence).type == "finding"


def test_over_a_number_is_no_rival():
    sentence = "Experiments on GLUE show the effectiveness of our approach, reaching over 97 points of recall."
    assert one(sentence).type != "comparison"


def test_robustness_against_a_kind_of_noise_is_no_rival():
    sentence = "Ablation studies highlight the robustness of FooNet against different noise schedules."
    assert one(sentence).type == "finding"
