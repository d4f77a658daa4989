"""Coined names listed after the authors' proposal of a counted plural kind ("We propose two detectors: ZorbDet
and QuuxDet", "three benchmarks, namely ..."): entities/name_patterns/proposal_lists.py, and their proposal
(relations/proposes/announced.py). Hand-written cases with negatives."""

import pytest

from tests.extract.helpers import entity_pipeline, entity_set, proposed


@pytest.fixture(scope="module")
def nlp():
    """The entity components with abbreviations, the packaged lexicons and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


@pytest.mark.parametrize(
    "abstract,expected",
    [
        (
            "We propose two detectors: ZorbDet and QuuxDet.",
            {("ZorbDet", "Method"), ("QuuxDet", "Method")},
        ),
        (
            "In this work we introduce three new benchmarks, namely PlimQA, Wexset-X and DorbEval.",
            {("PlimQA", "Dataset"), ("Wexset-X", "Dataset"), ("DorbEval", "Dataset")},
        ),
        (
            "We release two models: GrelLM-S, a compact student, and GrelLM-L, which we train longer.",
            {("GrelLM-S", "Model"), ("GrelLM-L", "Model")},
        ),
        (
            "We present two strategies: (1) SnipRank, which prunes tokens; and (2) FlobMix, which mixes them.",
            {("SnipRank", "Method"), ("FlobMix", "Method")},
        ),
    ],
)
def test_coined_names_listed_after_a_counted_proposal_are_names_of_its_kind(nlp, abstract, expected):
    found = entity_set(nlp, abstract)
    assert expected <= found, found
    names = proposed(nlp, abstract)
    assert all(text in names for text, _ in expected), names


@pytest.mark.parametrize(
    "abstract,name",
    [
        # no count: a plural kind noun alone opens no list of the paper's names
        ("We study detectors: ZorbDet and QuuxDet.", "QuuxDet"),
        # no colon or "namely" after the kind noun
        ("We propose two detectors that beat ZorbDet and QuuxDet.", "QuuxDet"),
        # no proposal verb: the authors evaluate on the listed datasets
        ("We evaluate on two benchmarks: PlimQA and DorbEval.", "DorbEval"),
        # past the count: a third name in a list of two is something else
        ("We propose two detectors: ZorbDet and QuuxDet, both built on FrobNet.", "FrobNet"),
    ],
)
def test_names_outside_a_counted_proposal_list_are_not_read_as_listed(nlp, abstract, name):
    assert name not in proposed(nlp, abstract)


def test_plain_words_in_a_counted_proposal_list_are_no_names(nlp):
    found = entity_set(nlp, "We propose two models: a small one and a large one, trained from scratch.")
    assert not any(label in ("Model", "Method") for _, label in found), found


def test_an_and_inside_a_listed_name_splits_two_items_unless_its_abbreviation_spells_both(nlp):
    # "and" joins two items: the abbreviation after the second spells only the second
    found = entity_set(nlp, "We propose two methods: Gradient Rescaling and Rare-Token Masking (RTM), which help.")
    assert ("Gradient Rescaling", "Method") in found, found
    assert "Gradient Rescaling and Rare-Token Masking" not in {text for text, _ in found}, found
    # the abbreviation spells the whole name, "and" included: one item
    found = entity_set(
        nlp, "We introduce two designs: Sparse Routing and Expansion Gate (SREG) and Dense Fusion Head (DFH)."
    )
    assert "Sparse Routing" not in {text for text, _ in found}, found
