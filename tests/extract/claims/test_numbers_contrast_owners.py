"""Issue #17: a number in a contrast clause ("while", "whereas") whose own subject is another system than
the claim's is that system's, a baseline's score, never the subject's (hand-written)."""

from __future__ import annotations

from claimgraph.extract import extract
from claimgraph.ingest.model import Paper


def owners(sentence: str, proposal: str = "We propose FooNet. ") -> dict[str, tuple[str | None, str | None]]:
    """quantity text -> (role, model) of the claim made by ``sentence`` (after ``proposal``)."""
    [ex] = list(extract([Paper(id="p", title="", abstract=proposal + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: (c.role, c.model) for c in claims[0].comparisons}


# --- the contrast clause has a plain noun phrase of its own as subject: another system's number


def test_a_noun_phrase_subject_of_a_contrast_clause_is_another_system():
    got = owners("FooNet reaches 99.19% accuracy, while the vision-based fall detection achieves 96.3% accuracy.")
    assert got["96.3%"][0] == "baseline"
    assert got["99.19%"] == ("score", "FooNet")


def test_a_name_after_a_lowercase_modifier_opens_the_contrast_clause():
    got = owners(
        "While manual CFG achieved the highest performance (AUC-ROC: 0.771), FooNet matched this performance "
        "(0.761) without requiring any clinical expertise."
    )
    assert got["0.771"][0] == "baseline"
    assert got["0.761"][0] == "score"


def test_an_unnamed_class_after_a_quantifier_far_from_the_number():
    got = owners(
        "Our results show that while some models, notably Claude 3.5, achieved moderate success "
        "(F1 score = 0.45 for categories), overall performance of models remains limited."
    )
    assert got["0.45"][0] == "baseline"


# --- negative: the subject's own number stays a score


def test_a_participle_after_while_is_no_subject():
    got = owners("FooNet reaches 91.2% accuracy while maintaining 96.3% recall on the test set.")
    assert got["96.3%"][0] == "score"


def test_a_pronoun_or_our_system_in_the_contrast_clause_stays_the_subjects():
    got = owners("GPT-4o reaches 80.1% accuracy, while our FooNet achieves 91.2% accuracy.")
    assert got["91.2%"][0] == "score"
    got = owners("FooNet is slower than BarNet, while it achieves 91.2% accuracy.")
    assert got["91.2%"][0] == "score"


def test_a_metric_as_the_contrast_clause_subject_is_no_system():
    got = owners("FooNet halves the latency, while the accuracy reaches 91.2%.")
    assert got["91.2%"][0] == "score"


def test_a_gerund_before_a_name_is_no_modifier():
    got = owners(
        "FooNet improves OOD detection while maintaining ID accuracy, e.g., reducing the FPR95 by 11.4% on COCO."
    )
    assert got["11.4%"][0] == "change"


def test_the_subject_not_named_in_the_sentence_keeps_a_noun_phrase_clause():
    got = owners("Results improve, while the full evaluation achieves 91.2% accuracy.")
    assert got["91.2%"][0] == "score"


# --- a list of results goes on across a plain measure phrase: the next number keeps the first one's owner


def test_the_next_result_after_a_measure_phrase_keeps_the_owner():
    got = owners(
        "Despite no exposure to FooNet, Claude 3.5 Haiku achieves 99.9% parse success and 95.8% task accuracy."
    )
    assert got["99.9%"] == ("baseline", "Claude 3.5 Haiku")
    assert got["95.8%"] == ("baseline", "Claude 3.5 Haiku")


def test_a_name_or_place_between_the_results_stops_the_list():
    got = owners(
        "Results varied, from 0 percent in GPT-4 to 42 percent in Claude and 58 percent in Gemini, "
        "while FooNet reached 90 percent."
    )
    assert got["58 percent"][1] != "GPT-4"
    got = owners(
        "Among ICL methods, FooNet with Gemini 1.5 Flash reaches a micro-F1 of 0.906 in English and 0.888 in Turkish."
    )
    assert got["0.888"] == ("score", None)  # "in English and": a capitalised word, no plain measure phrase


# --- a name joined to a list before a verb of scoring is a name, not a place of a list of places


def test_a_listed_name_before_a_scoring_verb_owns_its_number():
    got = owners(
        "For object detection, STYoloMicro and STYoloMilli achieve 30.5% and 33.6% mAP, respectively, on MS COCO, "
        "surpassing YOLOv5n in accuracy.",
        proposal="We propose BarNet, a spiking backbone. ",
    )
    assert got["30.5%"][0] == "baseline"  # never BarNet's score
    assert got["33.6%"] == ("baseline", "STYoloMilli")
