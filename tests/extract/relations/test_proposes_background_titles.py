"""Title names that are no proposal: an article-type label before the colon ("SoK: ...", "Descriptor: ..."),
and a name the title writes after its start that the abstract names as background before the authors speak
(:func:`claimgraph.extract.relations.proposes.titles._background_title_name`). Hand-written, with negatives."""

import pytest

from tests.extract.helpers import entity_pipeline, proposed


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


# --- the label of an article type ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("SoK: Prompt Injection Defenses for Tool-Using Agents", "SoK"),
        ("Descriptor: A Thermal Pedestrian Subset for Night Driving (TPS-Night)", "Descriptor"),
        ("Demo: An Interactive Console for Auditing Chatbot Replies", "Demo"),
    ],
)
def test_the_label_of_an_article_type_is_no_proposal(full_nlp, title, label):
    text = "We organise the field and release a dataset of annotated cases."
    assert label not in proposed(full_nlp, text, title)


def test_a_coined_name_before_the_colon_stays_proposed(full_nlp):
    title = "SokoNet: Planning in Box-Pushing Puzzles with Graph Search"
    text = "We present SokoNet, a planner that solves box-pushing puzzles."
    assert "SokoNet" in proposed(full_nlp, text, title)


# --- a title name that the abstract gives as background ------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "background"),
    [
        (
            "Confidence-Weighted Semi-Supervised Segmentation for Retinal Images",
            "Semi-supervised segmentation (SSS) learns from a few labelled scans and many unlabelled ones. "
            "We propose a confidence-weighted SSS method that discards unreliable pseudo-labels.",
            "SSS",
        ),
        (
            "Streaming Horizontal Split Learning with Delayed Labels",
            "Horizontal Split Learning (HSL) lets parties train a model jointly. Labels often arrive late. "
            "In this paper, we propose an event-driven HSL framework that waits for delayed labels.",
            "HSL",
        ),
    ],
)
def test_a_title_name_the_abstract_gives_before_the_authors_speak_is_no_proposal(full_nlp, title, text, background):
    found = proposed(full_nlp, text, title)
    assert background not in found
    assert not any(name.startswith(background.split()[0]) for name in found)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # the abstract first writes it where the authors propose it
        (
            "Mitigating Overthinking via Cumulative Entropy Damping",
            "Large reasoning models often overthink. We propose Cumulative Entropy Damping (CED), "
            "which stops decoding once the entropy settles.",
            "Cumulative Entropy Damping",
        ),
        # a lower-case mention before the authors speak is a common noun, not the name
        (
            "Advantages of Hybrid Memory Graph Models",
            "It is unclear what makes a good hybrid memory graph model. "
            "We present Hybrid Memory Graph Model (HMGM), a framework that unifies memory and graphs.",
            "Hybrid Memory Graph Model",
        ),
        # the title's own name before its colon speaks for the authors
        (
            "ROCA: Streaming Rank-Ordered Cross Attention",
            "Retrievers attend to all tokens alike. ROCA orders the keys by relevance. "
            "Rank-Ordered Cross Attention (ROCA) needs no training.",
            "ROCA",
        ),
    ],
)
def test_a_title_name_the_authors_introduce_stays_proposed(full_nlp, title, text, name):
    assert name in proposed(full_nlp, text, title)
