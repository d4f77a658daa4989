"""One capitalised word that ends like an adjective right before a kind noun only says what kind of unnamed
contribution the authors propose ("a Bayesian framework"): no proposal
(relations/proposes/descriptions.py, ``_kind_modifier``). Invented sentences, with negatives."""

import pytest

from tests.extract.helpers import entity_pipeline, proposed


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("To rank noisy labels, we propose a Bayesian framework for estimating label quality.", "Bayesian"),
        ("We present a new Phenotypic dataset of leaf scans, LeafScan-2K, for trait prediction.", "Phenotypic"),
    ],
)
def test_a_capitalised_adjective_before_a_kind_noun_is_no_proposal(full_nlp, text, adjective):
    assert adjective not in proposed(full_nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We propose the Zorblin framework for ranking noisy labels.", "Zorblin"),
        ("We propose the Vorbatic framework for ranking noisy labels.", "Vorbatic"),  # no "a": a name
    ],
)
def test_a_coined_name_before_a_kind_noun_stays_proposed(full_nlp, text, name):
    assert name in proposed(full_nlp, text)


def test_a_named_dataset_after_the_adjective_stays_proposed(full_nlp):
    text = "Moreover, we present a new Phenotypic dataset LeafScanSet, which covers the leaf traits of poplars."
    assert proposed(full_nlp, text) == ["LeafScanSet"]
