"""Every cue list is a data file, loaded one way, with no key in two files."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from claimgraph.errors import ConfigError
from claimgraph.extract.claims.cues import ClaimCues, RelationCues
from claimgraph.extract.claims.subjects import SubjectCues
from claimgraph.extract.cues import DOC_KEY, AuthorCues, cue_files, load_cues, read_cue_file
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues
from claimgraph.extract.quantities.units import UnitCues
from claimgraph.extract.relations.guards import ReadingCues, reading_cues
from claimgraph.extract.relations.proposes import ProposeCues
from claimgraph.extract.relations.uses import UsesCues

#: Each cue file and the dataclass its rules read it into.
READERS = {
    "authors.json": AuthorCues,
    "claims.json": ClaimCues,
    "names.json": NameCues,
    "numbers.json": NumberCues,
    "proposes.json": ProposeCues,
    "relation_reading.json": ReadingCues,
    "relations.json": RelationCues,
    "subjects.json": SubjectCues,
    "units.json": UnitCues,
    "uses.json": UsesCues,
}


def test_every_cue_file_has_a_reader():
    assert sorted(READERS) == cue_files()


@pytest.mark.parametrize("name", sorted(READERS))
def test_cue_file_loads_into_a_frozen_dataclass(name):
    cues = load_cues(READERS[name], name)
    assert dataclasses.is_dataclass(cues)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cues.__setattr__(dataclasses.fields(cues)[0].name, None)
    assert isinstance(read_cue_file(name)[DOC_KEY], str), f"{name} documents its keys in {DOC_KEY}"


def test_no_key_in_two_cue_files():
    keys = Counter(key for name in cue_files() for key in read_cue_file(name) if key != DOC_KEY)
    assert [key for key, count in keys.items() if count > 1] == []


@pytest.mark.parametrize("name", sorted(READERS))
def test_cue_words_have_no_stray_whitespace_or_duplicates(name):
    for key, value in read_cue_file(name).items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            assert all(v == v.strip() and "  " not in v for v in value), key
            assert len(value) == len(set(value)), f"{name}: {key} repeats a word"


def test_a_missing_or_unknown_key_is_a_config_error():
    @dataclasses.dataclass(frozen=True)
    class TooFew:
        propose_verbs: frozenset[str]

    with pytest.raises(ConfigError, match="unknown keys"):
        load_cues(TooFew, "authors.json")


def test_winner_pronouns_are_the_relative_pronouns_without_whose():
    """relation_reading's winner pronouns are derived from numbers.json, not a second list."""
    assert "winner_pronouns" not in read_cue_file("relation_reading.json")
    assert reading_cues().winner_pronouns == number_cues().relative_pronouns - {"whose"}
    assert reading_cues().winner_pronouns == {"that", "which", "who"}


def test_superlatives_are_one_list_for_subjects_numbers_and_relations():
    """the numbers reader's superlative modifiers ("the best-performing model achieves 50.1%") and relation_reading's
    superlatives ("the strongest dynamic MoE baseline") are subjects.json's superlative_words, not more lists."""
    assert "superlative_modifiers" not in read_cue_file("numbers.json")
    assert "superlatives" not in read_cue_file("relation_reading.json")
    words = frozenset(read_cue_file("subjects.json")["superlative_words"])
    assert number_cues().superlative_modifiers == reading_cues().superlatives == words
    assert {"best-performing", "highest-scoring", "best-scoring"} <= reading_cues().superlatives


def test_the_measure_change_nouns_are_a_narrower_subset_of_the_change_nouns():
    """names.json's measure_change_nouns (a change in amount: "a reduction in memory usage" makes a measured Metric)
    are numbers.json change_nouns; the others ("advantages in", "degradation of") are change nouns only next to a
    number, so the two lists stay two, and the narrower one stays inside the wider."""
    measure = frozenset(read_cue_file("names.json")["measure_change_nouns"])
    change = number_cues().change_nouns
    assert measure < change
    assert {"advantage", "advantages", "degradation"} <= change - measure
