"""A lower-case tail that names the class of a name in apposition before it ("NAME, a novel <tail>
scheme") says what the name is, not what it is built on (relations/uses/classes.py,
:func:`class_apposition`)."""

from __future__ import annotations

from tests.extract.relations.test_uses_refusals import _extracted


def test_the_class_in_apposition_is_no_tail():
    abstract = (
        "Layer pruning degrades large language models. To address this issue, we propose Prune&Comp, a novel"
        " plug-and-play layer pruning scheme that leverages magnitude compensation to mitigate such gaps in a"
        " training-free manner."
    )
    found = _extracted("Prune&Comp: training-free layer pruning", abstract)
    assert ("Prune&Comp", "layer pruning") not in found


def test_a_class_after_its_abbreviation_is_no_tail():
    abstract = (
        "We introduce Cost-Aware Prompt Tuning (CAPT), a prompt optimization algorithm that integrates"
        " AutoML techniques. CAPT is evaluated on GSM8K."
    )
    found = _extracted("CAPT: cheaper prompts", abstract)
    assert not any(tail == "prompt optimization" for _, tail in found)


def test_a_glued_modifier_or_a_named_tail_in_apposition_stays_a_use():
    abstract = (
        "This paper introduces Hyper-V2X, a hypernetwork-based framework for estimating both epistemic and"
        " aleatoric uncertainties in V2X-based perception."
    )
    assert ("Hyper-V2X", "hypernetwork") in _extracted("Hyper-V2X: uncertainty for V2X perception", abstract)
    abstract = "We propose FooSeg, a novel segmentation framework built on SAM for medical images."
    assert ("FooSeg", "SAM") in _extracted("FooSeg: segmenting medical images", abstract)


def test_the_same_technique_used_outside_an_apposition_stays():
    abstract = (
        "We propose Prune&Comp, a training-free method for large language models. Prune&Comp relies on layer"
        " pruning and leverages magnitude compensation."
    )
    found = _extracted("Prune&Comp: training-free compression", abstract)
    assert ("Prune&Comp", "layer pruning") in found


def test_a_study_topic_title_is_no_head():
    abstract = (
        "Federated learning (FL) trains models across clients. In this work, we analyze the challenges of"
        " adapting federated learning to trustworthy AI."
    )
    found = _extracted("Challenges of Trustworthy Federated Learning: What's Done, Current Trends", abstract)
    assert not any(head.startswith("Challenges of") for head, _ in found)
    abstract = "We propose ChallengeNet, a detector built on YOLOv8 for hard scenes."
    assert ("ChallengeNet", "YOLOv8") in _extracted("ChallengeNet: detecting hard scenes", abstract)
