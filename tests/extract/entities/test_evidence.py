"""``Span._.evidence``: per candidate, not per character offsets."""

from __future__ import annotations

import doctest

import spacy
from spacy.tokens import Span

import claimgraph.extract.entities.evidence as evidence


def test_candidates_of_other_types_over_the_same_text_keep_their_own_evidence():
    doc = spacy.blank("en")("We fine-tune LLaMA on GSM8K")
    model, method = Span(doc, 3, 4, label="Model"), Span(doc, 3, 4, label="Method")
    model._.evidence, method._.evidence = "lexicon", "compare"
    assert (model._.evidence, method._.evidence) == ("lexicon", "compare")
    assert Span(doc, 5, 6, label="Dataset")._.evidence == ""


def test_identical_candidates_share_the_strongest_evidence():
    doc = spacy.blank("en")("GSM8K")
    first, second = Span(doc, 0, 1, label="Dataset"), Span(doc, 0, 1, label="Dataset")
    first._.evidence = "repeat"
    second._.evidence = "lexicon"
    assert first._.evidence == "lexicon"
    first._.evidence = "repeat"  # weaker evidence never replaces stronger
    assert second._.evidence == "lexicon"


def test_doctests():
    assert doctest.testmod(evidence).failed == 0
