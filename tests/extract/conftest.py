"""Fixtures: small pipelines over spacy.blank("en") and the test lexicon."""

from __future__ import annotations

import pytest

from tests.extract.helpers import LEXICON, blank


@pytest.fixture(scope="session")
def entity_nlp():
    """Sentences, lexicon, name patterns, entities and proposes (no abbreviations)."""
    nlp = blank()
    nlp.add_pipe("claimgraph_sentences")
    nlp.add_pipe("claimgraph_lexicon", config={"directory": LEXICON})
    nlp.add_pipe("claimgraph_name_patterns")
    nlp.add_pipe("claimgraph_entities", config={"directory": LEXICON})
    nlp.add_pipe("claimgraph_proposes")
    return nlp
