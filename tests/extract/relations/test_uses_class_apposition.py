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


def test_a_listed_model_before_a_model_noun_in_apposition_is_built_on():
    abstract = "Second, we propose FogNet, a two-stream CLIP model that discovers fog-invariant semantic information."
    assert ("FogNet", "CLIP") in _extracted("FogNet: fog-invariant action recognition", abstract)
    abstract = "In this work, we propose Point-MoE, a Mixture-of-Experts architecture designed for 3D perception."
    assert ("Point-MoE", "Mixture-of-Experts") in _extracted("Point-MoE: cross-domain 3D segmentation", abstract)
    abstract = "We propose a novel multi-view Transformer network, MvBody, which predicts risk from body scans."
    assert ("MvBody", "Transformer") in _extracted("MvBody: predicting risk", abstract)


def test_a_technique_kind_a_paradigm_or_an_unlisted_name_before_the_noun_is_no_tail():
    abstract = "We introduce CoopRAG, a novel retrieval-augmented generation framework for open-domain QA."
    assert not any(tail == "retrieval-augmented generation" for _, tail in _extracted("CoopRAG", abstract))
    abstract = "We propose FooNet, a lightweight CNN model for crack detection."
    assert not any(tail in ("CNN", "convolutional neural network") for _, tail in _extracted("FooNet", abstract))
    abstract = "We introduce TryOffDiff, a diffusion-based VTOFF model."
    assert ("TryOffDiff", "VTOFF") not in _extracted("TryOffDiff: virtual try-off", abstract)
    abstract = "Furthermore, the efficiency of the Mamba architecture make Samba ASR a robust solution."
    assert ("Samba ASR", "Mamba") not in _extracted("Samba ASR: speech recognition with Mamba", abstract)
