"""Issue #17 (judged seeds 1414213, 5772156: "head is a descriptive phrase, not a named method"):
a relation read for "our method", "it" or "this approach" does not put a proposal the paper only
describes ("a weighted convolution operator") in a table as its head. A proposal with an
abbreviation, a capitalised spelling, a digit or a name in the sentence keeps its relations."""

from __future__ import annotations

from claimgraph.extract.relations.guards import unnamed_description
from tests.extract.claim_docs import build, pairs_of, relation_triples

ENTS = {
    "weighted convolution operator": "Method",
    "iterative ensemble strategy": "Method",
    "frequency-decoupled guidance": "Method",
    "FDG": "Method",
    "cluster paths": "Method",
    "Cluster Paths": "Method",
    "YOCO": "Method",
    "CIFAR-100": "Dataset",
    "DIV2K": "Dataset",
}

WEIGHTED = "We propose a weighted convolution operator that reweights neighbouring pixels. "


def triples(abstract: str, proposes: tuple[str, ...]):
    return relation_triples(abstract, ENTS, proposes)


def test_our_method_is_no_described_proposal_on_a_dataset():
    found = triples(
        WEIGHTED + "We evaluate our method on image classification using the CIFAR-100 dataset and on DIV2K.",
        proposes=("weighted convolution operator",),
    )
    assert ("weighted convolution operator", "CIFAR-100") not in pairs_of(found, "evaluated_on")
    assert ("weighted convolution operator", "DIV2K") not in pairs_of(found, "evaluated_on")


def test_our_method_is_no_described_proposal_over_a_rival():
    found = triples(
        "We introduce an iterative ensemble strategy for pose estimation. Our method outperforms YOCO on CIFAR-100.",
        proposes=("iterative ensemble strategy",),
    )
    assert ("iterative ensemble strategy", "YOCO") not in pairs_of(found, "outperforms")


def test_the_description_named_in_the_sentence_keeps_its_relations():
    found = triples(
        WEIGHTED + "The weighted convolution operator outperforms YOCO on CIFAR-100.",
        proposes=("weighted convolution operator",),
    )
    assert ("weighted convolution operator", "YOCO") in pairs_of(found, "outperforms")
    assert ("weighted convolution operator", "CIFAR-100") in pairs_of(found, "evaluated_on")


def test_an_abbreviated_proposal_keeps_our_method():
    found = triples(
        "We propose frequency-decoupled guidance (FDG), a sampling rule. Our method outperforms YOCO on CIFAR-100.",
        proposes=("frequency-decoupled guidance",),
    )
    assert ("frequency-decoupled guidance", "YOCO") in pairs_of(found, "outperforms")
    assert ("frequency-decoupled guidance", "CIFAR-100") in pairs_of(found, "evaluated_on")


def _entity(text: str, surface: str):
    doc = build(text, entities=ENTS)
    return next(s for s in doc.spans["entities"] if s.text == surface)


def test_a_proposal_capitalised_elsewhere_is_a_name():
    text = "Cluster Paths: explaining networks. We propose cluster paths for explanation."
    assert not unnamed_description(_entity(text, "cluster paths"))  # the title writes it as a name


def test_the_guard_reads_only_lowercase_several_word_descriptions():
    assert unnamed_description(_entity(WEIGHTED, "weighted convolution operator"))
    assert not unnamed_description(_entity(WEIGHTED + "YOCO is a baseline.", "YOCO"))  # a name
    abbreviated = "We propose frequency-decoupled guidance (FDG), a sampling rule."
    assert not unnamed_description(_entity(abbreviated, "frequency-decoupled guidance"))
