"""outperforms: a negation in the comparison's clause denies the win."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims.cues import claim_cues
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.pairs.costs import _negated_win
from tests.extract.claim_docs import RelationReader

ENTS = {"FooNet": "Method", "BarNet": "Model"}

outperforms = RelationReader("We propose FooNet, a new model for parsing.", ENTS).outperforms


@pytest.mark.parametrize(
    "sentence",
    [
        "Our results show that FooNet yields no statistically significant gain over BarNet.",
        "None of the twenty FooNet variants significantly outperform BarNet.",
        "FooNet does not outperform BarNet on long inputs.",
    ],
)
def test_a_denied_win_gives_no_fact(sentence):
    assert ("FooNet", "BarNet") not in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Without extra training, FooNet outperforms BarNet.",
        "FooNet outperforms BarNet with no extra cost.",
    ],
)
def test_a_negation_outside_the_win_keeps_it(sentence):
    assert ("FooNet", "BarNet") in outperforms(sentence)


@pytest.mark.parametrize(
    "words,negated",
    [
        (("it", "yields", "no", "significant", "gain", "over"), True),
        (("it", "does", "not", "only", "outperform"), False),
        (("it", "needs", "no", "labels", "and", "outperforms"), False),
        (("foonet", "(", "no", "style", ")", "improves", "the", "score", "over"), False),
    ],
)
def test_negated_win_reads_back_to_a_break(words, negated):
    assert _negated_win(words, 0, len(words) - 1, claim_cues(), reading_cues()) is negated
