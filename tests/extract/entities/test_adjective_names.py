"""A single capitalised common English adjective after a propose verb and before a lower-case word ("we propose
a Bayesian framework for ...", "a Massive editing approach"), or any common English word there right after "a/an"
("a Hybrid architecture"), modifies that word and names nothing (entities/name_patterns/proposed.py,
decision/english_words.py ``english_adjective``, ``common_english_word``). Hand-written cases with negatives."""

import pytest

from claimgraph.extract.entities.decision.english_words import common_english_word, english_adjective
from tests.extract.helpers import entity_pipeline, proposed


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


@pytest.mark.parametrize(
    "sentence",
    [
        "We first propose a Bayesian framework for sensor fusion, based on a hierarchical prior.",
        "This paper proposes a Massive editing approach for knowledge updates in dialogue agents.",
        "We introduce an Exponential weighting scheme that favours recent samples.",
        "We propose a Hybrid architecture combining a convolutional encoder with a recurrent decoder.",
        "We also design an Editor agent that revises the draft of the planner.",
    ],
)
def test_an_adjective_before_a_lower_case_word_is_no_proposal(full_nlp, sentence):
    assert proposed(full_nlp, sentence + " It converges faster than the usual estimators.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("We propose Zorbix framework for sensor fusion.", "Zorbix"),  # a coined word before a kind word
        ("We propose Spectral, a framework for sensor fusion.", "Spectral"),  # an adjective standing alone
        ("We present Mondrian framework for operator learning.", "Mondrian"),  # a rare word, no adjective
        ("We propose a Zorbix framework for sensor fusion.", "Zorbix"),  # a coined word after "a"
        ("We propose Hybrid, a framework for sensor fusion.", "Hybrid"),  # a common word standing alone
    ],
)
def test_a_name_before_a_kind_word_or_alone_stays(full_nlp, sentence, name):
    assert name in proposed(full_nlp, sentence)


@pytest.mark.parametrize(
    ("word", "adjective"),
    [("Bayesian", True), ("Exponential", True), ("Massive", True), ("Mistral", False), ("Medusa", False)],
)
def test_english_adjective(word, adjective):
    assert english_adjective(word) is adjective


@pytest.mark.parametrize(("word", "common"), [("Hybrid", True), ("Editor", True), ("Zorbix", False), ("Medusa", False)])
def test_common_english_word(word, common):
    assert common_english_word(word) is common
