"""outperforms over a long list of rivals in which one name ends in a sign glued to it ("UNet3+",
"PointNet++") that the entity found leaves out (relations/pairs/rivals.py ``_rivals``, cue
``name_suffix_signs``): the list goes on past it; a spaced "+" joins a combination and still ends it."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {
    "FooNet": "Method",
    "BarNet": "Model",
    "BazNet": "Model",
    "QuxNet3": "Model",
    "CorgiNet": "Model",
    "GPT-4o": "Model",
    "CoT": "Method",
    "ImageNet": "Dataset",
}

READ = RelationReader("We propose FooNet, a new model for parsing.", ENTS)
outperforms = READ.outperforms

#: A lead long enough that the names after the second stand past the comparison's first window of words.
LONG_LEAD = (
    "FooNet consistently outperforms the twelve strong recent competing baseline segmentation architectures including"
)


@pytest.mark.parametrize("suffix", ["+", "++"])
def test_a_glued_suffix_does_not_end_a_list_of_rivals(suffix):
    found = outperforms(f"{LONG_LEAD} BarNet, BazNet, QuxNet3{suffix}, GPT-4o and CorgiNet.")
    assert {("FooNet", "BarNet"), ("FooNet", "GPT-4o"), ("FooNet", "CorgiNet")} <= found


def test_a_spaced_plus_joins_a_combination_and_ends_the_list():
    found = outperforms(f"{LONG_LEAD} BarNet, BazNet, QuxNet3 + CoT, GPT-4o and CorgiNet.")
    assert ("FooNet", "BarNet") in found
    assert ("FooNet", "GPT-4o") not in found
    assert ("FooNet", "CorgiNet") not in found


def test_a_glued_suffix_after_the_list_does_not_reach_a_later_clause():
    found = outperforms(f"{LONG_LEAD} BarNet, BazNet and QuxNet3+, while we also train CorgiNet on ImageNet.")
    assert ("FooNet", "BarNet") in found
    assert ("FooNet", "CorgiNet") not in found
