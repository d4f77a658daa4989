"""outperforms: a name the sentence sets against another comparison word is no winner."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {"FooNet": "Method", "BarNet": "Model", "BazNet": "Model", "QuxNet": "Model"}

outperforms = RelationReader("We present a new key-value store for large values.", ENTS).outperforms


@pytest.mark.parametrize(
    "sentence",
    [
        "The model achieves 58.0% accuracy, matching BarNet on scene parsing and surpassing BazNet.",
        "The model achieves 58.0% accuracy, rivaling BarNet on scene parsing and surpassing BazNet.",
    ],
)
def test_a_name_after_another_comparison_word_wins_nothing(sentence):
    assert ("BarNet", "BazNet") not in outperforms(sentence, proposes=())


@pytest.mark.parametrize(
    "sentence",
    [
        "On scene parsing, BarNet surpasses BazNet.",
        "BarNet on scene parsing is strong and surpasses BazNet.",
        "QuxNet achieves higher recall than FooNet, and BarNet surpasses BazNet.",
        "BarNet outperforms BazNet, matching QuxNet.",
    ],
)
def test_a_name_that_opens_its_own_clause_still_wins(sentence):
    assert ("BarNet", "BazNet") in outperforms(sentence, proposes=())
