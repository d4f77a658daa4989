"""More ``uses`` facts the judged samples read as wrong (relations/uses/, cues/uses.json): advice about a
technique, a rival matched in a comparison of results, the rivals' technique after "those", a language as a
tail or a language pair as a head, a coined name whose apposition calls it a framework or metric of its own,
and a name that modifies a task noun inside the paper's derived name."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses
from tests.extract.relations.test_uses_refusals import _extracted

A_ENTS = {**ENTS, "RLVR": "Method", "DeepSeek-R1": "Model"}


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("These findings offer practical guidance for applying RLVR to clinical reasoning tasks.", "RLVR"),
        ("This work opens new avenues for applying DPO to real-world linguistic challenges.", "DPO"),
        ("FooNet even achieves competitive results with DeepSeek-R1, a much larger model.", "DeepSeek-R1"),
    ],
)
def test_advice_comparisons_and_languages_state_no_use(sentence, tail):
    assert not any(t == tail for _, t in uses(sentence, entities=A_ENTS))


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet is trained by applying RLVR to clinical reasoning tasks.", "RLVR"),
        ("We fine-tune FooNet using DPO on preference pairs.", "DPO"),
        ("Experiments on LLaMA-2-7B show that FooNet reduces memory by half.", "LLaMA-2-7B"),
    ],
)
def test_uses_near_those_readings_stay(sentence, tail):
    assert ("FooNet", tail) in uses(sentence, entities=A_ENTS)


def test_the_rivals_technique_after_those_is_not_used():
    title = "MorphTok: morphological tokenizers for Hindi"
    abstract = (
        "We propose MorphTok, a morphology-aware tokenizer trained with LoRA. In downstream tasks, models trained"
        " with MorphTok outperform those using BPE tokenizers across different evaluation metrics."
    )
    found = _extracted(title, abstract)
    assert ("MorphTok", "BPE") not in found
    assert ("MorphTok", "LoRA") in found


def test_a_language_is_no_tail():
    abstract = (
        "We present Raon-Speech, a speech language model. It trains on 1.38M hours of highly curated English and"
        " Korean speech and text datasets with the following training stages: (1) speech modules alignment,"
        " (2) end-to-end SpeechLM pre-training with knowledge distillation."
    )
    assert not any(t == "English" for _, t in _extracted("Raon-Speech Technical Report", abstract))


def test_a_language_pair_is_no_method():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.extract.relations.uses import not_own_method

    doc = Doc(Vocab(), words=["English-Chinese", "English", "Net"])
    assert not_own_method(doc[0:1])  # a language pair: the task
    assert not not_own_method(doc[1:3])  # "English Net": a name with more than language names


def test_a_coined_name_apposed_as_a_framework_or_metric_is_no_part():
    title = "MineBot: kinematics modeling of mining robots"
    lead = "We propose MineBot, a unified framework for kinematics modeling of mining robots."
    standalone = (
        " Second, we introduce the Mining Robot Description Format (MRDF), a domain-specific representation that"
        " parameterizes kinematics. We further propose the Consistency Robustness Estimate (CORE), a global metric"
        " that combines the area and shape of the curve."
    )
    found = _extracted(title, lead + standalone)
    assert ("MineBot", "Mining Robot Description Format") not in found
    assert ("MineBot", "Consistency Robustness Estimate") not in found
    part = " We further introduce Candidate Prior Normalization (CPN), which rescales the joint priors."
    assert ("MineBot", "Candidate Prior Normalization") in _extracted(title, lead + part)


def test_a_name_modifying_a_task_noun_is_no_base_of_the_derived_name():
    from claimgraph.extract.relations.uses.cues import uses_cues
    from claimgraph.extract.relations.uses.shapes import _derived_kind

    class _Tail:
        def __init__(self, first: int, last: int, key: str) -> None:
            self.first, self.last, self.key = first, last, key
            self.span = type("S", (), {"kb_id_": ""})()

    words = ("we", "achieve", "MM-ISTS", ",", "facilitating", "ISTS", "forecasting", ".")
    assert _derived_kind(words, _Tail(5, 5, "ists"), uses_cues())  # the task the name modifies
    words = ("PathCoT", "answers", "with", "CoT", "reasoning", ".")
    assert not _derived_kind(words, _Tail(3, 3, "cot"), uses_cues())  # a technique, not a task noun
