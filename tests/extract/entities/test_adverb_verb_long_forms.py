"""A long form that is a verb phrase opened by an adverb in -ly and a present verb ("a framework that jointly
integrates Semantic, Pinyin, and Glyph features (JSPG)") is no name: the short form names the pair
(entities/decision/long_forms.py). Hand-written cases with negatives."""

import pytest

from claimgraph.extract.entities.decision.english_words import adverb_in_ly
from tests.extract.helpers import entity_pipeline, shown


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


def test_an_adverb_and_verb_long_form_yields_to_its_short_form(full_nlp):
    # 2605.16896: "we propose a filtering framework that jointly integrates Semantic, Pinyin, and Glyph features
    # (JSPG)"; the judged fact had the verb phrase as the head of evaluated_on
    text = (
        "To resolve this, we propose a filtering framework that jointly integrates Semantic, Pinyin, and Glyph "
        "features (JSPG). Experiments on the Aishell-1 dataset show that JSPG outperforms single-feature baselines."
    )
    names = shown(full_nlp, text)
    assert "JSPG" in names
    assert not any(name.startswith("jointly") for name in names)


@pytest.mark.parametrize(
    ("word", "adverb"), [("jointly", True), ("explicitly", True), ("early", False), ("family", False)]
)
def test_adverb_in_ly(word, adverb):
    assert adverb_in_ly(word) is adverb


def test_a_long_form_with_an_adverb_before_a_participle_stays(full_nlp):
    # "weakly" before a participle, no present verb: a name ("Weakly Supervised Grounding (WSG)")
    text = "We propose Weakly Supervised Grounding (WSG), a method for grounding. WSG achieves 70% on RefCOCO."
    names = shown(full_nlp, text)
    assert "Weakly Supervised Grounding" in names
