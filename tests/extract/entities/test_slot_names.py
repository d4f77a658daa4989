"""Names read from the slot a sentence puts them in: the names a result is compared with ("outperform F3Net,
SRM, and SPSL", "compared to VTM-8.0"), the datasets a score is reached on ("74.24% step success on ChiM-Nav",
"on T2I-ReasonBench(+3.7), and GenEval++(+4.3)") and a glued variant of a known dataset ("HumanEval-plus")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import entity_pipeline, entity_set


@pytest.fixture(scope="module")
def nlp():
    """The entity pipeline over the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


def names(nlp, text):
    return {name for name, _ in entity_set(nlp, text)}


# --- compared names ------------------------------------------------------------------------------------------


def test_a_comparison_verb_lists_the_names_it_compares_with(nlp):
    found = names(nlp, "They also consistently outperform F3Net, SRM, and SPSL in eight public benchmarks.")
    assert {"F3Net", "SRM", "SPSL"} <= found


def test_a_comparison_list_ends_at_a_clause(nlp):
    found = names(nlp, "Our method outperforms QuuxNet and the strong DeepBar ensemble on all splits.")
    assert "QuuxNet" in found
    assert "DeepBar" not in found


def test_a_comparison_list_may_open_with_a_known_name(nlp):
    found = entity_set(nlp, "Our model clearly surpasses GPT-4 and QRS-Net on all tasks.")
    assert ("QRS-Net", "Model") in found  # the known model types the list
    found = entity_set(nlp, "Our kernel outperforms FlashAttention2 and ZX-Attn by 2.1 times.")
    assert ("ZX-Attn", "Method") in found
    found = names(nlp, "Our model clearly surpasses GPT-4 and strong baselines on all tasks.")
    assert "baselines" not in found


def test_a_capitalised_word_glued_to_a_variant_word_is_a_compared_name(nlp):
    found = entity_set(nlp, "Our model clearly surpasses Claude 2 and Zorbi-chat on long inputs.")
    assert ("Zorbi-chat", "Model") in found
    found = names(nlp, "Our model clearly surpasses Claude 2 and Zorbi-based agents on long inputs.")
    assert "Zorbi-based" not in found


def test_compared_with_lists_the_names_it_compares_with(nlp):
    found = names(nlp, "Compared with ZX-1, QR-Former and YQ-Net, our model is faster.")
    assert {"ZX-1", "QR-Former", "YQ-Net"} <= found
    found = names(nlp, "It is more accurate compared to GPT-4 and DORQ-SLAM on dynamic scenes.")
    assert "DORQ-SLAM" in found
    found = names(nlp, "Compared with MAE- and DVQ-curve based losses, our loss improves coverage.")
    assert "DVQ-curve" not in found  # the names modify "losses"
    found = names(nlp, "Compared to ZX-1, MASQYOLO-s gains 4.6% in mAP.")
    assert "MASQYOLO-s" not in found  # a comma alone ends the phrase: the subject follows


def test_over_and_than_read_only_the_first_name(nlp):
    found = names(nlp, "QuuxNet gains 3 points over FooNet and BarSet-X in accuracy.")
    assert "BarSet-X" not in found


def test_compared_to_opens_a_compared_name(nlp):
    text = "The approach achieves 0.95% bit-rate savings on average compared to VTM-8.0 in Random Access."
    assert "VTM-8.0" in names(nlp, text)


def test_compared_to_a_class_or_a_measure_names_nothing(nlp):
    assert "AR" not in names(nlp, "Such models reach limited speedup compared to AR models in practice.")
    assert "FooSim-score" not in names(nlp, "It aligns better with humans compared to FooSim-score, as we show.")


# --- scores on datasets --------------------------------------------------------------------------------------


def test_a_score_with_its_measure_words_before_on_opens_a_dataset(nlp):
    found = entity_set(nlp, "OmegaUse reaches 74.24% step success on ChiM-Nav and transfers well.")
    assert ("ChiM-Nav", "Dataset") in found


def test_a_number_with_words_before_on_is_no_score(nlp):
    assert "QuuxCorp" not in names(nlp, "We collected 20 thousand images on QuuxCorp servers.")
    assert "FooLab" not in names(nlp, "The gap grows by 20% when run on FooLab hardware.")


def test_a_bracketed_score_does_not_end_a_dataset_list(nlp):
    found = entity_set(nlp, "Our verifier achieves improvements on T2I-ReasonBench(+3.7), and GenEval++(+4.3).")
    assert ("GenEval++", "Dataset") in found


# --- glued variants -----------------------------------------------------------------------------------------


def test_a_glued_variant_the_lexicon_lists_in_another_case_is_that_variant(nlp):
    found = entity_set(nlp, "Our training improves the model on HumanEval-plus by over 25% and MBPP-plus by 6%.")
    assert {("HumanEval-plus", "Dataset"), ("MBPP-plus", "Dataset")} <= found


def test_the_known_dataset_alone_stays(nlp):
    assert ("HumanEval", "Dataset") in entity_set(nlp, "We report pass@1 on HumanEval and MBPP.")
