"""Issue #17 (judged evaluated_on facts of sample X): a sentence that tests a theory ("We test these
predictions on ...", "experiments ... validate our theoretical results") evaluates no system, so the
paper's proposed Method/Model, resolved from elsewhere, is not evaluated_on its datasets there (cues
``theory_test_verbs`` and ``theory_nouns``, relations/pairs/others.py ``_theory_tested``)."""

from __future__ import annotations

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build

ENTS = {"FooNet": "Method", "SVHN": "Dataset", "STL-10": "Dataset", "Omniglot": "Dataset"}


def evaluated(text: str) -> set[tuple[str, str]]:
    doc = build("We propose FooNet, a new sparse network. " + text, entities=ENTS, proposes=("FooNet",))
    return {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "evaluated_on"}


def test_predictions_tested_on_datasets_give_no_fact():
    assert not evaluated("We test these predictions on SVHN and STL-10 with small convolutional networks.")


def test_a_principle_validated_on_a_benchmark_gives_no_fact():
    assert not evaluated("We validate this principle on the Omniglot benchmark with two lines of evidence.")


def test_theoretical_results_validated_by_experiments_give_no_fact():
    text = "Experiments on SVHN and STL-10 validate our theoretical results and reveal faster convergence."
    assert not evaluated(text)


def test_a_plain_evaluation_keeps_the_proposed_method():
    assert ("FooNet", "SVHN") in evaluated("We test it on SVHN and STL-10, where it improves accuracy by 2%.")


def test_our_method_named_with_the_theory_keeps_the_fact():
    text = "Experiments on SVHN validate our theoretical analysis and show that our method improves accuracy."
    assert ("FooNet", "SVHN") in evaluated(text)


def test_a_named_system_is_kept():
    text = "We test these predictions with FooNet on SVHN, where FooNet improves accuracy by 2%."
    assert ("FooNet", "SVHN") in evaluated(text)
