"""Session 11 review: shared guards of relations/guards/ (``cut_from_longer``, ``apposed_kind``,
``speed_subject``) and the cue set derived once at load (``ReadingCues.own_system_nouns``)."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.guards import apposed_kind, cut_from_longer, reading_cues, speed_subject
from tests.extract.claim_docs import build

READING = reading_cues()


def span_of(text: str, name: str, label: str = "Model"):
    doc = build(text, entities={name: label})
    return next(s for s in doc.spans["entities"] if s.text == name)


@pytest.mark.parametrize(
    "text,name",
    [
        ("It surpasses o3-mini-high.", "o3-mini"),  # a hyphen and a letter
        ("A JEPA-predictor baseline.", "JEPA"),
        ("We use SigLIP-So400m here.", "SigLIP-So400"),  # a letter glued on
    ],
)
def test_a_name_cut_from_a_longer_one(text, name):
    assert cut_from_longer(span_of(text, name))


@pytest.mark.parametrize(
    "text,name",
    [
        ("It surpasses GPT-4o - a strong model.", "GPT-4o"),  # a spaced hyphen
        ("It surpasses GPT-4o.", "GPT-4o"),  # at the end of the text
        ("It surpasses GPT-4o", "GPT-4o"),
    ],
)
def test_a_whole_name(text, name):
    assert not cut_from_longer(span_of(text, name))


NOUNS = frozenset({"module", "mechanism"})
STOPS = frozenset({"model"})


@pytest.mark.parametrize(
    "text,width,found",
    [
        ("X , a simple yet effective mechanism .", 8, True),
        ("X , a simple yet effective mechanism .", 3, False),  # past the window
        ("X , a module", 3, True),  # up to the end of the text
        ("X , the module .", 8, False),  # no article "a/an"
        ("X , a model with a module .", 8, False),  # a stop word first
        ("X , a fast , light module .", 8, False),  # punctuation first
        ("X , a", 8, False),
        ("X ,", 8, False),
    ],
)
def test_apposed_kind(text, width, found):
    doc = build(text)
    assert apposed_kind(doc, 1, len(doc), NOUNS, width, STOPS) is found


@pytest.mark.parametrize(
    "name,label,measured",
    [
        ("HunyuanVideo", "Dataset", True),  # a lexicon model typed as a dataset
        ("LongLive", "Dataset", True),  # a name of no dataset lexicon entry
        ("MMLU", "Dataset", False),  # a lexicon dataset
        ("GPQA", "Dataset", False),
        ("FooBench", "Dataset", False),  # named like a benchmark
    ],
)
def test_speed_subject(name, label, measured):
    assert speed_subject(span_of(f"A 3x speedup on {name}.", name, label), READING) is measured


def test_own_system_nouns_are_derived_once_at_load():
    assert READING.instance_nouns <= READING.own_system_nouns
    assert {"agent", "agents", "models", "methods"} <= READING.own_system_nouns
    assert reading_cues().own_system_nouns is READING.own_system_nouns
