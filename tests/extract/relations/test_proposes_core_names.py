"""Session 22: the coined name a sentence calls the core of the paper's own work is proposed ("Central to this
approach is WikiFragments, a ... dataset", "The key novel component in our architecture is the Attentional Line
Message Passing (ALMP)"; relations/proposes/parts.py ``_core_names``, cue ``core_words``)."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture(scope="module")
def nlp(abbreviation_proposes_nlp):
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "text,name",
    [
        # t3k: "The key novel component in our architecture is the Attentional Line Message Passing (ALMP), which ..."
        (
            "The key novel component in our architecture is the Attentional Line Message Passing (ALMP), which "
            "exposes the lines.",
            "Attentional Line Message Passing",
        ),
        # recent-dev: "The key to our method's adaptability is the Subject-Embedding Network (SE-Net), specifically ..."
        (
            "The key to our method's adaptability is the Subject-Embedding Network (SE-Net), designed for subjects.",
            "Subject-Embedding Network",
        ),
    ],
)
def test_the_core_of_the_papers_work_is_proposed(nlp, text, name):
    assert name in proposed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no author word: the core of someone else's method
        "The key component of prior trackers is the Attentional Line Message Passing (ALMP) of earlier work.",
        # no core word at the start
        "In our architecture, the matcher is the Attentional Line Message Passing (ALMP) of earlier work.",
    ],
)
def test_no_core_name_without_the_papers_own_work(nlp, text):
    assert proposed(nlp, text) == []
