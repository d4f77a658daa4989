"""Session 22: a gain of speed or efficiency is a saving; advancing a field measures no gain; advancing the
state of the art is a record (hand-written cases)."""

from __future__ import annotations

from claimgraph.extract.claims.cues import claim_cues
from claimgraph.extract.claims.detection.comparison_words import rival_follows
from tests.extract.claims.test_detection import claims_of, one


def test_a_gain_of_speed_or_efficiency_is_efficiency():
    # realabs: "our decoupled architecture enhances inference speed by enabling ..." (annotated efficiency)
    assert one("Additionally, FooNet enhances inference speed by sharing states across steps.").type == "efficiency"
    # realabs: "MemServe significantly improves job completion time" (annotated efficiency)
    assert one("Tests show that FooNet significantly improves job completion time.").type == "efficiency"
    sentence = "Experiments show that FooNet preserves the accuracy of BERT while improving inference efficiency."
    assert one(sentence).type == "efficiency"


def test_a_gain_of_another_measure_or_an_aim_is_no_saving():
    # the gain is first another measure's: "improves accuracy and efficiency" (annotated improvement)
    assert one("FooNet improves reconstruction accuracy and efficiency on GLUE.").type == "improvement"
    assert one("FooNet improves accuracy on GLUE while improving inference efficiency.").type == "improvement"
    # a gain stated over a rival stays a comparison
    sentence = "FooNet demonstrates improved parameter efficiency and robustness over BERT on GLUE."
    assert one(sentence).type == "comparison"
    # the noun of efficiency must end its phrase: "transfection efficiency prediction" is another measure
    assert one("FooNet improves transfection efficiency prediction on GLUE.").type == "improvement"
    # a gain in "-ing" after a preposition names a topic, not a result
    sentence = "Experiments show that FooNet, which focuses on improving reasoning efficiency, outperforms BERT."
    assert one(sentence).type == "comparison"
    # a finding about something else than the paper's work stays a finding
    sentence = "Our findings reveal that pruning not only improves model efficiency but also enforces sparsity."
    assert one(sentence).type == "finding"


def _follows(sentence: str, rivals: str) -> bool:
    cues = claim_cues()
    return rival_follows(tuple(sentence.split(" ")), 0, cues, getattr(cues, rivals))


def test_a_rival_word_counts_only_in_its_own_clause():
    assert _follows("competitive in terms of accuracy with bert", "rival_words")
    assert not _follows("competitive results , but slower than bert", "rival_words")
    assert not _follows("competitive whereas bert trails", "rival_words")
    assert _follows("efficiency and robustness over bert", "gain_rival_words")
    assert not _follows("efficiency while training with bert", "gain_rival_words")


def test_advancing_a_field_is_a_finding_not_an_improvement():
    # realabs: "This work advances cross-species PPI prediction and provides a unified framework ..." (finding)
    sentence = "Overall, FooNet advances AI-assisted drug discovery, offering a powerful tool for drug design."
    assert one(sentence).type == "finding"
    # a measured gain stays an improvement
    assert one("FooNet improves accuracy on GLUE and advances parsing.").type == "improvement"
    # "advances" as a noun ("recent advances in X") is read as before, not as a field advanced
    assert one("Thanks to recent advances in parsing, FooNet reaches high accuracy on GLUE.").type == "improvement"


def test_advancing_the_state_of_the_art_is_a_record():
    sentence = "Our experiments show that FooNet advances the state of the art in text-based avatar generation."
    assert one(sentence).type == "state_of_the_art"


def test_beating_the_state_of_the_art_record_is_a_record():
    # realabs: "PATS surpasses the state-of-the-art accuracy across all viewing configurations" (state_of_the_art)
    sentence = "On GLUE, FooNet surpasses the state-of-the-art accuracy across all configurations."
    assert one(sentence).type == "state_of_the_art"
    sentence = "On GLUE, FooNet achieves 91% accuracy, surpassing prior state-of-the-art results."
    assert one(sentence, {"91%": (91, "%")}).type == "state_of_the_art"
    assert one("Experiments on GLUE show that FooNet outperforms the current state of the art.").type == (
        "state_of_the_art"
    )


def test_beating_state_of_the_art_work_or_drawing_level_is_a_comparison():
    # others' work after the phrase: "outperforms state-of-the-art methods" (annotated comparison 26 times of 33)
    sentence = "Experiments on GLUE show that FooNet outperforms state-of-the-art (SOTA) methods."
    assert one(sentence).type == "comparison"
    sentence = "Experiments on GLUE show that FooNet outperforms state-of-the-art parsing methods."
    assert one(sentence).type == "comparison"
    # "matches or surpasses" is at least as good, not a new record
    sentence = "Experiments on GLUE show that FooNet matches or surpasses state-of-the-art performance."
    assert one(sentence).type == "comparison"


def test_compression_is_a_saving_only_when_measured():
    # session 25: "compression" after a quantity states a saving
    sentence = "FooNet achieves 8x compression while matching the accuracy of BERT on GLUE."
    assert one(sentence, {"8x": (8.0, "x")}).type == "efficiency"


def test_compression_as_a_technique_or_topic_is_no_saving():
    # recent-dev: "learned compression methods outperform JPEG" (annotated comparison)
    assert one("Our experiments show that learned compression methods outperform JPEG.").type == "comparison"
    sentence = "Our findings reveal that perceptual compression provides an effective defense against attacks."
    assert one(sentence).type == "finding"
    # a description of a compression mechanism is no claim
    assert not claims_of("Additionally, FooNet incorporates a spatial compression network for end-to-end coding.")
