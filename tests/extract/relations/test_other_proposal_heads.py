"""outperforms: a clause that opens with another of the paper's proposals names its own winner, even where
the entity stage left that mention untagged."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build

ENTS = {"FooNet": "Method", "BarNet": "Model", "BazNet": "Model"}
LEAD = "We propose FooNet, a training recipe, and BazNet, a model trained with FooNet."


def outperforms(text: str) -> set[tuple[str, str]]:
    """The outperforms pairs of ``text`` after LEAD, with BazNet untagged in ``text``."""
    doc = build(f"{LEAD} {text}", entities=ENTS, proposes=("FooNet", "BazNet"))
    doc.spans["entities"] = [s for s in doc.spans["entities"] if not (s.text == "BazNet" and s.start_char > len(LEAD))]
    return {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Furthermore, BazNet outperforms BarNet on all tasks.",
        "Results show that BazNet achieves a 5-point gain over BarNet.",
    ],
)
def test_a_clause_opened_by_another_proposal_credits_it(sentence):
    assert outperforms(sentence) == {("BazNet", "BarNet")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Across multiple BazNet settings, the model achieves a 1.7% gain over BarNet.",
        "With BazNet, our method outperforms BarNet.",
        "It outperforms BarNet on all tasks.",
    ],
)
def test_a_proposal_inside_the_clause_leaves_the_paper_head(sentence):
    assert outperforms(sentence) == {("FooNet", "BarNet")}
