"""Session 30: the coined name the authors' work gives rise to is proposed ("..., giving rise to X, an
end-to-end pipeline", "resulting in an image-to-code model, X"; relations/proposes/outcomes.py ``_result_names``,
cues ``result_phrases``, ``result_name_skips``), and the past forms "devised", "contributed" are proposal verbs
(authors.json ``propose_verbs``)."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture(scope="module")
def nlp(abbreviation_proposes_nlp):
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "We cluster patch features into coarse masks. These masks then supervise a small decoder, giving rise "
            "to FlorinSeg, an end-to-end unsupervised segmentation pipeline.",
            ["FlorinSeg"],
        ),
        (
            "We train a renderer together with its data, resulting in a chart-to-code model, ChartQuill, the "
            "strongest such parser.",
            ["ChartQuill"],
        ),
        (
            "We study drifting teachers and introduce a three-step paradigm, culminating in Gradual Teacher "
            "Voting (GTV).",
            ["Gradual Teacher Voting"],
        ),
    ],
)
def test_the_name_the_authors_work_results_in_is_proposed(nlp, text, names):
    found = proposed(nlp, text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "text,name",
    [
        # no author word before it: background
        (
            "Years of scaling gave larger decoders, giving rise to FlorinSeg, an end-to-end segmentation pipeline. "
            "We study its failures.",
            "FlorinSeg",
        ),
        # the name only modifies the unnamed product after it
        (
            "We derive a continuous limit of the sampler, resulting in a Brownian Drift Equation (BDE) surrogate "
            "model of it.",
            "Brownian Drift Equation",
        ),
        # an established name is no product of the authors
        ("We scaled the data, leading to GPT-4 level scores on the benchmark.", "GPT-4"),
    ],
)
def test_no_result_name_without_the_authors_own_product(nlp, text, name):
    assert name not in proposed(nlp, text)


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Besides, we also contributed a large-scale dataset, RadiQuill-170K, of chest X-ray reasoning traces.",
            "RadiQuill-170K",
        ),
        ("We devised QuillNet, a lightweight network for chart parsing.", "QuillNet"),
    ],
)
def test_past_proposal_verbs(nlp, text, name):
    assert name in proposed(nlp, text)


def test_contributes_to_proposes_nothing(nlp):
    assert proposed(nlp, "This work contributes to the field of open medical LLMs by optimizing data stages.") == []
