"""``uses`` heads named far before the cue (relations/uses/openings.py ``_described_proposed``): the
proposed name a sentence introduces, with the cue in the clause that describes it, and the proposed
name that opens the sentence as its subject."""

from __future__ import annotations

from tests.extract.claim_docs import build, pairs_of


def _uses(text: str, entities: dict[str, str], proposes: tuple[str, ...]) -> set[tuple[str, str]]:
    from claimgraph.extract.relations.pairs import find_relations

    doc = build(text, entities=entities, proposes=proposes)
    return pairs_of({(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}, "uses")


ENTS = {"Sparse Routing Model": "Model", "SRM-Pro": "Model", "Mamba": "Method", "BarNet": "Model"}
OWN = ("Sparse Routing Model", "SRM-Pro")


def test_the_introduced_name_heads_a_use_in_its_relative_clause():
    text = (
        "We study routing in Sparse Routing Model. Building on this, we present SRM-Pro, a compact hybrid "
        "model that splits every long input sequence into small chunks of tokens, and then employs Mamba "
        "to encode them."
    )
    found = _uses(text, ENTS, OWN)
    assert ("SRM-Pro", "Mamba") in found
    assert ("Sparse Routing Model", "Mamba") not in found


def test_an_abbreviation_and_an_own_noun_may_follow_the_introduced_name():
    text = (
        "We study routing in Sparse Routing Model. We introduce the SRM-Pro model, which is first pre-trained "
        "on a very large corpus of code and further enhanced through Mamba."
    )
    assert ("SRM-Pro", "Mamba") in _uses(text, ENTS, OWN)


def test_the_subject_that_opens_the_sentence_heads_a_far_cue():
    text = (
        "We study routing in Sparse Routing Model. SRM-Pro splits every long input sequence into small "
        "chunks of tokens of equal length, which are then encoded through Mamba."
    )
    assert ("SRM-Pro", "Mamba") in _uses(text, ENTS, OWN)


def test_a_verb_joined_to_the_sentence_after_a_bare_apposition_is_not_the_name_s():
    # "and fine-tune" belongs to "we": no relative clause describes SRM-Pro
    text = (
        "We study routing in Sparse Routing Model. We construct SRM-Pro, a compact training corpus made of "
        "long code files, and fine-tune it with Mamba."
    )
    assert ("SRM-Pro", "Mamba") not in _uses(text, ENTS, OWN)


def test_a_second_listed_object_ends_the_clause_of_the_name():
    text = (
        "We study routing in Sparse Routing Model. We introduce SRM-Pro, a module that keeps local order of "
        "the tokens, and a fusion block that combines the outputs of Mamba."
    )
    assert ("SRM-Pro", "Mamba") not in _uses(text, ENTS, OWN)


def test_a_comparison_or_another_work_between_keeps_the_use_from_the_name():
    text = (
        "We study routing in Sparse Routing Model. We present SRM-Pro, a compact hybrid model that is far "
        "faster than BarNet, which encodes every long input through Mamba."
    )
    assert ("SRM-Pro", "Mamba") not in _uses(text, ENTS, OWN)


def test_a_lower_case_description_is_not_made_the_head():
    ents = {"FooNet": "Method", "distance-aware attention mechanism": "Method", "LoRA": "Method"}
    text = (
        "We propose FooNet. Our method introduces a distance-aware attention mechanism that accounts for the "
        "variable physical distances between the slices and employs LoRA for adaptation."
    )
    found = _uses(text, ents, ("FooNet", "distance-aware attention mechanism"))
    assert ("FooNet", "LoRA") in found
    assert ("distance-aware attention mechanism", "LoRA") not in found


def test_another_name_as_the_subject_of_the_cue_keeps_the_use_from_the_name():
    text = (
        "We study routing in Sparse Routing Model. We propose SRM-Pro, a training strategy that splits "
        "every long task into small sub-tasks, allowing BarNet to leverage Mamba."
    )
    assert ("SRM-Pro", "Mamba") not in _uses(text, ENTS, OWN)


def test_only_a_name_right_after_the_propose_verb_is_the_introduced_one():
    ents = {"Sparse Routing Model": "Model", "SRM-7B": "Model", "SRM-70B": "Model", "Mamba": "Method"}
    text = (
        "We study routing in Sparse Routing Model. We introduce SRM-7B and SRM-70B, the first open "
        "routing models that are able to encode very long inputs of code through Mamba."
    )
    assert ("SRM-70B", "Mamba") not in _uses(text, ents, ("Sparse Routing Model", "SRM-7B", "SRM-70B"))
