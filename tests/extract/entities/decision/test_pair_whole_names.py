"""A capitalised word right after an abbreviation's "(SF)" that goes on with a Title Case long form is part of the
pair's name ("Adaptive Temporal Weighting (ATW) Injector"), which is then written whole, with "ATW Injector" its
short form (entities/decision/abbreviation_pairs.py, from_doc.group_entities); a kind word ("Framework"), a
lower-case word, a longer capitalised run and a lexicon short form leave the long form alone. Invented sentences."""

import pytest

from tests.extract.helpers import entity_pipeline, proposed, shown


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


@pytest.mark.parametrize(
    ("text", "whole", "short"),
    [
        (
            "We propose a Layered Echo Routing (LER) Injector that feeds audio cues into the decoder. "
            "The LER Injector raises recall on noisy clips.",
            "Layered Echo Routing (LER) Injector",
            "LER Injector",
        ),
        (
            "To stabilise training, we design a Spectral Drift Balancing (SDB) Loss for the student network.",
            "Spectral Drift Balancing (SDB) Loss",
            None,
        ),
    ],
)
def test_a_capitalised_word_after_the_short_form_is_part_of_the_name(full_nlp, text, whole, short):
    names = shown(full_nlp, text)
    assert whole in names
    assert whole.split(" (")[0] not in names
    if short is not None:
        assert short not in names  # one entity, shown by its whole name
    assert whole in proposed(full_nlp, text)


@pytest.mark.parametrize(
    ("text", "long_form", "not_whole"),
    [
        # a kind word says what the pair is
        (
            "We present the Quiet Harbor Planning (QHP) Framework for drone delivery.",
            "Quiet Harbor Planning",
            "Quiet Harbor Planning (QHP) Framework",
        ),
        # a lower-case head noun is no part of the name
        (
            "We add a Channel Mixing Gate (CMG) module to the encoder.",
            "Channel Mixing Gate",
            "Channel Mixing Gate (CMG) module",
        ),
        # a capitalised word after it: a longer name, not this one
        (
            "We introduce the Sparse Wave Encoding (SWE) Injector Network for radar data.",
            None,
            "Sparse Wave Encoding (SWE) Injector",
        ),
        # the pair inside a longer name with its own short form
        (
            "We present the Multi-view Echo Sparse Wave (SW) Network (MESW-Net), a detector for radar data.",
            None,
            "Sparse Wave (SW) Network",
        ),
        # a plural names a class of systems
        (
            "The rise of Quiet Harbor Planning (QHP) Agents raises new safety questions for ports.",
            None,
            "Quiet Harbor Planning (QHP) Agents",
        ),
    ],
)
def test_the_long_form_stays_alone(full_nlp, text, long_form, not_whole):
    names = shown(full_nlp, text)
    assert not_whole not in names
    if long_form is not None:
        assert long_form in names


def test_a_lexicon_short_form_keeps_its_own_name(full_nlp):
    names = shown(full_nlp, "We fine-tune the model with Direct Preference Optimization (DPO) Training on chat logs.")
    assert "Direct Preference Optimization (DPO) Training" not in names
