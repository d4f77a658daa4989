"""Session 22: a name before the title's colon that no stage tagged is proposed when the subtitle names its
kind ("Night Eyes: A Reproducible Framework for ...", "gsplat: An Open-Source Library for ...";
relations/proposes/appositives.py ``title_kind_name``)."""

import pytest

from tests.extract.helpers import proposed, shown

ABSTRACT = "We describe the system and report its accuracy on several datasets."


@pytest.mark.parametrize(
    "title,name,kind",
    [
        # recent-dev: "Night Eyes: A Reproducible Framework for Constellation-Based Corneal Reflection Matching"
        ("Night Eyes: A Reproducible Framework for Corneal Reflection Matching", "Night Eyes", "Method"),
        # t3k: "gsplat: An Open-Source Library for Gaussian Splatting"
        ("gsplat: An Open-Source Library for Gaussian Splatting", "gsplat", "Method"),
        # t3k: "C3: A Bilingual Benchmark for Spoken Dialogue Models Exploring Challenges in Complex Conversations"
        ("C3: A Bilingual Benchmark for Spoken Dialogue Models", "C3", "Dataset"),
    ],
)
def test_a_title_name_whose_subtitle_names_its_kind_is_proposed(entity_nlp, title, name, kind):
    assert proposed(entity_nlp, ABSTRACT, title) == [name]
    assert shown(entity_nlp, ABSTRACT, title)[name] == kind


@pytest.mark.parametrize(
    "title",
    [
        # slogans and goals
        "From Pixels to Semantics: A Multi-Stage AI Framework for Damage Detection",
        "Background Matters Too: A Language-Enhanced Adversarial Framework for Re-Identification",
        "Rethinking Search: A Framework for Retrieval",
        # the subtitle names no kind
        "Night Eyes: Reproducible Corneal Reflection Matching",
        # a study
        "Night Eyes: A Survey of Corneal Reflection Matching",
    ],
)
def test_no_title_name_without_a_kind_subtitle(entity_nlp, title):
    assert proposed(entity_nlp, ABSTRACT, title) == []
