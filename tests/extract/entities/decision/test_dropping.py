"""Spans that name nothing (entities/decision/dropping.py): the first part of a suspended hyphen compound.
Hand-written sentences, positive and negative."""

import pytest

from claimgraph.extract.entities.decision.dropping import suspended_hyphen
from tests.extract.helpers import blank


def _span(text, start, end):
    return blank()(text)[start:end]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we train GRU-, LSTM- and TCN-based forecasters", "GRU-"),
        ("over CNN-, Transformer-, and Mamba-based detectors", "CNN-"),
    ],
)
def test_a_span_ending_in_a_glued_hyphen_is_suspended(text, word):
    doc = blank()(text)
    start = text.index(word)
    span = doc.char_span(start, start + len(word), alignment_mode="expand")
    assert span.text == word
    assert suspended_hyphen(span)


@pytest.mark.parametrize("text", ["we build on ResNet-50 today", "a CNN-based detector", "the GRU baseline"])
def test_a_whole_name_is_not_suspended(text):
    doc = blank()(text)
    for token in doc:
        if token.text[:1].isupper():
            span = doc[token.i : token.i + 1]
            assert not suspended_hyphen(span)
    # a hyphen compound read as a whole keeps its parts
    assert not suspended_hyphen(doc[:])
