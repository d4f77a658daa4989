"""Fixtures: small pipelines over spacy.blank("en") and the test lexicon."""

from __future__ import annotations

import pytest

from tests.extract.helpers import entity_pipeline


@pytest.fixture(scope="session")
def entity_nlp():
    """Sentences, lexicon, name patterns, entities and proposes (no abbreviations)."""
    return entity_pipeline(proposes=True)


@pytest.fixture(scope="session")
def abbreviation_nlp():
    """The entity pipeline with the abbreviation detector in front."""
    return entity_pipeline(abbreviations=True)


@pytest.fixture(scope="session")
def abbreviation_proposes_nlp():
    """The entity pipeline with the abbreviation detector in front, and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True)
