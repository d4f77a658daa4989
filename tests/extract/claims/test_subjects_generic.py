"""Issue #17: a generic method name is no claim's subject when it only describes the
paper's work ("the superiority of this metric learning paradigm") or ends a longer name we do not know ("the
Variable Threshold feature selection algorithm"); hand-written sentences through the whole pipeline."""

from __future__ import annotations

from tests.extract.helpers import claim_subject

PROPOSAL = "We propose FooNet, a few-shot network for sign recognition. "


def subject(sentence: str, proposal: str = PROPOSAL) -> str | None:
    return claim_subject(proposal, sentence)


def test_a_generic_method_after_this_and_a_merit_noun_is_the_papers_work():
    sentence = (
        "Experimental results on the WLASL dataset demonstrate the superiority of this metric learning paradigm: "
        "our model achieves 43.75% Top-1 accuracy on the test set."
    )
    assert subject(sentence) == "FooNet"


def test_a_generic_method_after_a_merit_noun_without_this_stays_the_subject():
    sentence = "Experiments demonstrate the superiority of metric learning, which reaches 43.75% Top-1 accuracy."
    assert subject(sentence, "We study sign recognition with few examples. ") == "metric learning"


def test_a_generic_method_that_ends_an_unknown_name_is_no_subject():
    sentence = (
        "In our study, the Variable Threshold feature selection algorithm combined with the SVM model achieved "
        "the highest accuracy (0.80, P-value less than 0.05), selecting 20 key features."
    )
    assert subject(sentence, "We study pathomics features for prognosis. ") != "feature selection"


def test_a_generic_method_after_a_known_name_is_not_cut_from_a_longer_name():
    # "SVM" is an entity: the rule is for a capitalised word no entity covers
    sentence = (
        "In our study, SVM feature selection achieved the highest accuracy (0.80, P-value less than 0.05), "
        "selecting 20 key features."
    )
    assert subject(sentence, "We study pathomics features for prognosis. ") == "feature selection"


def test_a_known_model_name_that_ends_an_unknown_name_is_no_subject():
    sentence = (
        "Results show that Point Transformer V3 achieves the best performance, with mIoU of 79.4% on the "
        "dual-wavelength LiDAR data."
    )
    assert subject(sentence, "We benchmark point cloud segmentation models on forest LiDAR data. ") != "Transformer"


def test_the_papers_own_instance_of_a_model_class_is_not_the_class():
    sentence = "The proposed deep CNN achieved 100% accuracy in the early detection of chronic kidney disease."
    assert subject(sentence) == "FooNet"
    assert subject(sentence, "We study kidney disease detection from ultrasound. ") is None
    # no "our"/"proposed": a class the sentence reports on stays
    sentence = "The results show that the CNN model achieved 92.8% accuracy on the plate images."
    assert subject(sentence, "We study licence plate reading. ") == "CNN"


def test_what_an_opening_gerund_adds_is_not_the_subject():
    sentence = (
        "Incorporating multi-source training and data augmentation further enhances robustness, "
        "increasing accuracy from 70.46% to 79.80% in cross-model evaluation."
    )
    assert subject(sentence, "We propose FooNet, a detector. ") == "FooNet"
    assert subject(sentence, "We propose a detector for generated images. ") is None
    # a comma ends the gerund phrase: the clause after it has its own subject
    sentence = "With multi-source training, FooNet achieves 79.80% accuracy, outperforming GPT-4o."
    assert subject(sentence, "We propose FooNet, a detector. ") == "FooNet"
    sentence = "Incorporating data augmentation, GPT-4o achieves 79.80% accuracy, outperforming FooNet."
    assert subject(sentence, "We propose FooNet, a detector. ") == "GPT-4o"
