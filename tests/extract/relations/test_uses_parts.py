"""``uses`` of the parts of the paper's method (relations/uses/, cues/uses.json): the parts of the paper's
method named by a numbered list after a colon, and a technique the authors coin in a later
sentence with its abbreviation (not a metric, a task or a measure of the study)."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses

PARTS = {"Alpha Fusion Module": "Method", "Beta Gate Module": "Method", "AFM": "Method", "BGM": "Method"}
R4_ENTS = {**ENTS, **PARTS, "Gamma Warp Score": "Method", "GWS": "Method", "BarNet": "Method"}
PROPOSES = ("FooNet", "Alpha Fusion Module")


def gate_module_used(sentence: str) -> bool:
    """Whether FooNet uses Beta Gate Module (both proposed) when ``sentence`` follows the proposal sentence."""
    return ("FooNet", "Beta Gate Module") in uses(sentence, proposes=("FooNet", "Beta Gate Module"), entities=R4_ENTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our approach introduces two key innovations: (1) Alpha Fusion Module, which merges features; "
        "and (2) Beta Gate Module, which gates them.",
        "FooNet consists of two components: (i) Alpha Fusion Module: merges features; (ii) Beta Gate Module: gates.",
        "FooNet comprises two main blocks: 1) a Alpha Fusion Module (AFM), which merges features, and 2) a Beta "
        "Gate Module (BGM).",
        "To realize FooNet, we propose two parallel modules: (1) Alpha Fusion Module, a light module, and "
        "(2) Beta Gate Module, a gate.",
    ],
)
def test_the_parts_a_numbered_list_names_are_used_by_the_method(sentence):
    found = uses(sentence, proposes=PROPOSES, entities=R4_ENTS)
    assert {("FooNet", "Alpha Fusion Module"), ("FooNet", "Beta Gate Module")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        # the list is of other work, not of a clause whose subject is ours
        "Prior detectors fall into two groups: (1) Alpha Fusion Module, which merges, and (2) Beta Gate Module.",
        # the list names the main method itself: contributions side by side, not parts
        "We propose two methods: (1) FooNet, a reasoner, and (2) Beta Gate Module, a gate.",
        # no colon before the list: not a list of parts
        "We compare (1) Alpha Fusion Module and (2) Beta Gate Module.",
    ],
)
def test_a_numbered_list_of_others_or_of_contributions_names_no_part(sentence):
    assert not gate_module_used(sentence)


def test_a_technique_coined_in_a_later_sentence_is_used_by_the_method():
    assert gate_module_used("Furthermore, we introduce Beta Gate Module (BGM), which gates noisy features.")
    proposes = ("FooNet", "Gamma Warp Score")
    found = uses("To stabilise training, we propose Gamma Warp Score (GWS).", proposes=proposes, entities=R4_ENTS)
    assert ("FooNet", "Gamma Warp Score") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "In our experiments, we introduce the Gamma Warp Score (GWS) metric to measure the warping.",
        "We further propose the Gamma Warp Score (GWS) and its gap for reference-free evaluation of consistency.",
        "We further propose Gamma Warp Score, which stabilises training.",  # no abbreviation, a measure noun
    ],
)
def test_a_coined_metric_measure_or_an_unabbreviated_name_is_no_part(sentence):
    found = uses(sentence, proposes=("FooNet", "Gamma Warp Score"), entities=R4_ENTS)
    assert ("FooNet", "Gamma Warp Score") not in found


def test_a_coined_name_that_goes_on_past_its_abbreviation_is_no_part():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.extract.relations.uses import _name_goes_on

    words = ["a", "Gamma", "Warp", "(", "GW", ")", "Data", "System", "and", "Beta", "(", "B", ")", "to"]
    doc = Doc(Vocab(), words=words)
    assert _name_goes_on(doc[1:3])  # "Gamma Warp (GW) Data System": the name is longer
    assert not _name_goes_on(doc[9:10])  # "Beta (B) to"


def test_a_theory_is_no_head():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.extract.relations.uses import not_own_method

    doc = Doc(Vocab(), words=["Attribution", "Theory", "and", "Beta", "Net"])
    assert not_own_method(doc[0:2])
    assert not not_own_method(doc[3:5])


def test_a_coined_name_after_a_first_of_several_contributions_is_no_part():
    propose = "First, we propose FooNet, a heuristic reasoner."
    sentence = "To address this, we introduce Gamma Warp Score (GWS), a light gate."
    found = uses(sentence, propose, proposes=("FooNet", "Gamma Warp Score"), entities=R4_ENTS)
    assert ("FooNet", "Gamma Warp Score") not in found
    found = uses(sentence, proposes=("FooNet", "Gamma Warp Score"), entities=R4_ENTS)
    assert ("FooNet", "Gamma Warp Score") in found  # the same sentence after a sole proposal


@pytest.mark.parametrize(
    "sentence",
    [
        "Then we propose an innovative module called the Gamma Warp Score, enabling stable training.",
        "Within this framework, we introduce Gamma Warp Score, a constrained algorithm that balances the loss.",
        "The core of our framework is the Gamma Warp Score (GWS), a module enabling early interaction.",
    ],
)
def test_a_later_part_named_by_its_component_noun_or_the_core_is_used_by_the_method(sentence):
    found = uses(sentence, proposes=("FooNet", "Gamma Warp Score"), entities=R4_ENTS)
    assert ("FooNet", "Gamma Warp Score") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Within this framework, we introduce Gamma Warp Score, a constrained algorithm for evaluation of drift.",
        "We propose an innovative benchmark called the Gamma Warp Score, enabling stable evaluation.",
    ],
)
def test_a_later_proposal_whose_apposition_or_naming_noun_is_no_component_is_no_part(sentence):
    found = uses(sentence, proposes=("FooNet", "Gamma Warp Score"), entities=R4_ENTS)
    assert ("FooNet", "Gamma Warp Score") not in found


def test_a_coined_technique_followed_by_what_it_does_is_used_by_the_method():
    ents = {**R4_ENTS, "Delta Token Matching": "Method", "Delta Score Index": "Method"}
    for sentence in (
        "Furthermore, we propose Delta Token Matching by incorporating a selection-frequency penalty.",
        "We further design Delta Token Matching to enable feature aggregation between points.",
        "Meanwhile, we propose Delta Token Matching, which introduces a small set of parameters.",
    ):
        found = uses(sentence, proposes=("FooNet", "Delta Token Matching"), entities=ents)
        assert ("FooNet", "Delta Token Matching") in found, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Finally, we propose Delta Score Index to evaluate the consistency of the outputs.",  # a study measure
        "We further propose Delta Score Index, which measures the consistency.",  # a measure noun ends it
        "We further propose Delta Token Matching for dense retrieval.",  # no purpose clause after it
    ],
)
def test_a_coined_measure_or_a_name_without_its_purpose_is_no_part(sentence):
    ents = {**R4_ENTS, "Delta Token Matching": "Method", "Delta Score Index": "Method"}
    name = "Delta Score Index" if "Index" in sentence else "Delta Token Matching"
    found = uses(sentence, proposes=("FooNet", name), entities=ents)
    assert ("FooNet", name) not in found


def test_the_proposed_method_introducing_a_part_uses_it():
    sentence = "The proposed network introduces a Beta Gate Module (BGM) to gather semantic information."
    assert gate_module_used(sentence)
    # "the proposed" names the paper's own method only before a method noun, not before another part
    sentence = "The proposed gate introduces a Beta Gate Module (BGM) to gather semantic information."
    assert not gate_module_used(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Additionally, a dedicated Beta Gate Module (BGM) is designed to gate noisy features.",
        "A Beta Gate Module is then employed to gate noisy features.",
    ],
)
def test_a_part_proposed_in_the_passive_is_used_by_the_method(sentence):
    assert gate_module_used(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Beta Gate Module is widely used to gate noisy features.",  # no propose verb
        "The Beta Gate Module (BGM) metric is introduced to measure the gating.",  # a measure, no component noun
    ],
)
def test_a_passive_without_a_propose_verb_or_a_component_noun_is_no_part(sentence):
    assert not gate_module_used(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We incorporate a temporal transformer into the model and propose Beta Gate Module (BGM) to gate features.",
        "Specifically, we address spectral redundancy by designing a Beta Gate Module (BGM).",
        "To keep temporal relations, we co-design a Beta Gate Module (BGM) to gate features.",
    ],
)
def test_a_coined_part_proposed_in_a_clause_of_we_is_used_by_the_method(sentence):
    assert gate_module_used(sentence)


def test_a_main_proposal_introduced_by_what_it_does_has_siblings_not_parts():
    ents = {**R4_ENTS, "Gamma Prompt Generator": "Method"}
    propose = "Therefore, we design Gamma Prompt Generator to encode pseudo query memory."
    sentence = "Hence, we further design Beta Gate Module (BGM) to fuse query features."
    found = uses(sentence, propose=propose, proposes=("Gamma Prompt Generator", "Beta Gate Module"), entities=ents)
    assert ("Gamma Prompt Generator", "Beta Gate Module") not in found
    # a main proposal that calls itself a framework is the method, not one of its parts
    ents = {**R4_ENTS, "Gamma Steering Framework": "Method"}
    propose = "We propose a Gamma Steering Framework to integrate clinical reasoning."
    found = uses(sentence, propose=propose, proposes=("Gamma Steering Framework", "Beta Gate Module"), entities=ents)
    assert ("Gamma Steering Framework", "Beta Gate Module") in found


def test_a_description_proposed_in_a_clause_of_we_is_no_part():
    ents = {**R4_ENTS, "buffer selection strategy": "Method"}
    sentence = "We identify the scan volume as a bottleneck and introduce a buffer selection strategy for learning."
    found = uses(sentence, proposes=("FooNet", "buffer selection strategy"), entities=ents)
    assert ("FooNet", "buffer selection strategy") not in found


def test_a_coined_one_word_part_followed_by_what_it_does_is_used_by_the_method():
    ents = {**R4_ENTS, "AdaGateNet": "Method", "GateNet": "Method", "AdaGateNet-Air": "Method"}
    sentence = "Moreover, we propose AdaGateNet, which adaptively gates the features of each scene."
    assert ("FooNet", "AdaGateNet") in uses(sentence, proposes=("FooNet", "AdaGateNet"), entities=ents)
    # built on another name an opening phrase gives: a variant of that name, not a part of FooNet
    sentence = "Based on GateNet, we further introduce AdaGateNet, which shares keys across all chains."
    found = uses(sentence, proposes=("FooNet", "GateNet", "AdaGateNet"), entities=ents)
    assert ("FooNet", "AdaGateNet") not in found
