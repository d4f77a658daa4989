"""Session 22: a coined Title Case name with its abbreviation proposed in the passive ("a Local Nearest Centroid
Classifier (LocalNCC) is devised", "a Dual Temperature Scaling (DTS) strategy is devised") is proposed
(relations/proposes/parts.py ``_passive_proposals``, cue ``passive_proposal_verbs``)."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture(scope="module")
def nlp(abbreviation_proposes_nlp):
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "text,name",
    [
        # recent-dev: "..., based on which a Local Nearest Centroid Classifier (LocalNCC) is devised to yield ..."
        (
            "Based on the memory bank, a Local Nearest Centroid Classifier (LocalNCC) is devised to yield predictions.",
            "Local Nearest Centroid Classifier",
        ),
        # t3k: "Complementing this training-time optimization, a Dual Temperature Scaling (DTS) strategy is devised"
        (
            "Complementing this optimization, a Dual Temperature Scaling (DTS) strategy is devised for calibration.",
            "Dual Temperature Scaling",
        ),
        # t3k: "Specifically, a Multi-Scale Generator (MSG) is designed to construct a three-level pyramidal ..."
        ("Specifically, a Multi-Scale Generator (MSG) is designed to construct a pyramid.", "Multi-Scale Generator"),
    ],
)
def test_a_coined_name_proposed_in_the_passive_is_proposed(nlp, text, name):
    assert name in proposed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # prior work
        "Recently, a Local Nearest Centroid Classifier (LocalNCC) is proposed for few-shot learning.",
        # no abbreviation: not clearly a coined name
        "Specifically, a Multi-Scale Generator is designed to construct a pyramid.",
        # the definite article: a known thing
        "Specifically, the Multi-Scale Generator (MSG) is designed to construct a pyramid.",
        # another verb
        "Specifically, a Multi-Scale Generator (MSG) is trained to construct a pyramid.",
    ],
)
def test_no_passive_proposal(nlp, text):
    assert proposed(nlp, text) == []
