"""outperforms: the rivals of a comparison end at a semicolon, and at a colon unless a win verb
opens its list of rivals with it."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.pairs import find_relations
from claimgraph.extract.relations.pairs.clauses import _counting_number
from tests.extract.claim_docs import RelationReader, build

ENTS = {"FooNet": "Method", "BarNet": "Model", "BazNet": "Model", "QuxNet": "Method"}

outperforms = RelationReader("We propose FooNet, a new model for parsing.", ENTS).outperforms


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("Serving FooNet needs more than fast kernels: naive sharding of BarNet takes 90 GiB per card.", "BarNet"),
        ("FooNet is better than simple pruning; a dense BarNet still needs twice the memory.", "BarNet"),
        ("FooNet gains 3 points over the base; BazNet then needs a larger batch.", "BazNet"),
        ("FooNet reaches higher recall than plain search: the older QuxNet fails on long inputs.", "QuxNet"),
    ],
)
def test_a_rival_past_a_clause_end_is_not_beaten(sentence, tail):
    assert ("FooNet", tail) not in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet outperforms three strong baselines: BarNet, BazNet and QuxNet.", "BazNet"),
        ("FooNet is more accurate than BarNet and BazNet; it also runs on a laptop.", "BazNet"),
        ("FooNet achieves higher recall than BarNet: 91% against 84%.", "BarNet"),
    ],
)
def test_a_rival_before_the_clause_end_stays_beaten(sentence, tail):
    assert ("FooNet", tail) in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("In FooNet, depth dominates width: stacking learners (BarNet, BazNet) on one task beats wide ones.", "BazNet"),
        ("Our finding is that FooNet surpasses the old parsers: training BarNet on more data helps little.", "BarNet"),
        ("FooNet outperforms two baselines: with more data, BarNet still trails.", "BarNet"),
    ],
)
def test_a_win_verbs_colon_that_opens_a_phrase_ends_the_rivals(sentence, tail):
    assert ("FooNet", tail) not in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet outperforms two strong baselines: the BarNet and BazNet models.", "BazNet"),
        ("FooNet outperforms all prior parsers: e.g., BarNet and QuxNet.", "QuxNet"),
        ("FooNet outperforms BarNet (F1: 0.71) and BazNet (F1: 0.69) on news text.", "BazNet"),
    ],
)
def test_a_win_verbs_colon_before_a_name_or_in_brackets_keeps_the_rivals(sentence, tail):
    assert ("FooNet", tail) in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("This lets the learner surpass the limitations of plain BarNet distillation.", "BarNet"),
    ],
)
def test_no_comparison_gives_no_win(sentence, tail):
    assert ("FooNet", tail) not in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet surpasses the strong BarNet baseline on all tasks.", "BarNet"),
        ("FooNet achieves a 5-point gain over BarNet.", "BarNet"),
        ("FooNet improves accuracy by 4% over BarNet.", "BarNet"),
    ],
)
def test_wins_next_to_those_stay(sentence, tail):
    assert ("FooNet", tail) in outperforms(sentence)


def _wins(text: str, count: str) -> set[tuple[str, str]]:
    doc = build(
        f"We propose FooNet, a new model. {text}", entities=ENTS, quantities={count: (3.0, None)}, proposes=("FooNet",)
    )
    return {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}


def test_a_count_glued_to_its_noun_before_over_is_no_margin():
    assert ("FooNet", "BarNet") not in _wins(
        "FooNet weighs each cue to drive a 3-way choice over BarNet or BazNet.", "3-way"
    )
    assert ("FooNet", "BarNet") in _wins("FooNet achieves a 3-point gain over BarNet.", "3-point")


@pytest.mark.parametrize("word,counts", [("16,000", True), ("4-cell", True), ("5-point", False), ("3.5", False)])
def test_counting_number(word, counts):
    assert _counting_number(word, reading_cues()) is counts
