"""Session 20: a gerund of purpose states no gain; a win before a saving makes a comparison (hand-written cases)."""

from __future__ import annotations

from claimgraph.extract.claims.subjects import purpose_gerund
from tests.extract.claims.test_detection import one


def test_a_gerund_after_for_is_an_aim():
    words = ("a", "framework", "for", "improving", "trackers")
    assert purpose_gerund(words, 3)
    assert purpose_gerund(("a", "solution", "for", "further", "enhancing", "it"), 4)
    # a finite gain verb or a gerund that is no purpose stays a gain
    assert not purpose_gerund(("foonet", "improves", "accuracy"), 1)
    assert not purpose_gerund(("by", "improving", "recall"), 1)


def test_a_solution_for_enhancing_something_is_a_finding():
    # realabs: "These results demonstrate that AR2 provides a robust and scalable solution for enhancing
    # model reliability" (annotated finding, was an improvement)
    sentence = "These results demonstrate that FooNet provides a scalable solution for enhancing model reliability."
    assert one(sentence).type == "finding"
    # "a pathway for accelerating ..." states no saving either
    sentence = "Our work provides a pathway for accelerating the development of parsers."
    assert one(sentence).type == "finding"
    # the sentence stays a claim, and a real gain next to an aim keeps its type
    sentence = "FooNet improves accuracy on GLUE, offering a framework for enhancing parsers."
    assert one(sentence).type == "improvement"


def test_a_win_before_a_saving_is_a_comparison():
    # realabs: "GTASR delivers superior performance over representative baselines while maintaining
    # minimal latency" (annotated comparison, was efficiency)
    sentence = "Experiments show that FooNet delivers superior performance over BERT while maintaining minimal latency."
    assert one(sentence).type == "comparison"
    sentence = "FooNet achieves better accuracy than BERT with fewer parameters."
    assert one(sentence).type == "comparison"
    # drawing level at a lower cost stays efficiency, and so does a saving stated first
    sentence = "FooNet achieves performance comparable to BERT while reducing latency."
    assert one(sentence).type == "efficiency"
    sentence = "FooNet reduces latency by half while achieving better accuracy than BERT."
    assert one(sentence).type == "efficiency"


def test_effective_for_improving_is_still_a_gain():
    # dev: "discovering it to be very effective for improving zero-shot and few-shot performance" (improvement)
    assert not purpose_gerund(("very", "effective", "for", "improving", "performance"), 3)
    sentence = "We find FooNet to be very effective for improving zero-shot performance on GLUE."
    assert one(sentence).type == "improvement"


def test_at_least_level_or_a_merit_without_rival_before_a_saving_stays_efficiency():
    # realabs: "achieves on-par or better performance than AdamW with 45% to 50% less memory footprint"
    sentence = "FooNet achieves on-par or better performance than BERT with 50% less memory."
    assert one(sentence, {"50%": (50, "%")}).type == "efficiency"
    sentence = "Experiments on GLUE show that FooNet matches or surpasses BERT while reducing latency."
    assert one(sentence).type == "efficiency"
    # realabs: "showcase the superiority of our method, for example, it achieves 1.55 times acceleration"
    sentence = "Experiments showcase the superiority of FooNet, for example, it achieves lower latency on GLUE."
    assert one(sentence).type == "efficiency"
