"""Session 22: a coined Title Case name that the entity stage typed Task (its head is a task: "... Machine
Translation") is the paper's method when the authors' proposal sentence calls it one ("we propose a Speech-guided
Machine Translation (SMT) framework", "we propose Pseudo Multi-source Domain Generalization (PMDG), a novel
framework ..."): it is retyped and proposed (relations/proposes/appositives.py ``retype_proposed_tasks``)."""

import pytest

from tests.extract.helpers import proposed, shown


@pytest.fixture(scope="module")
def nlp(abbreviation_proposes_nlp):
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "text",
    [
        # t3k: "In this paper, we propose a Speech-guided Machine Translation (SMT) framework that integrates ..."
        "In this paper, we propose a Speech-guided Machine Translation (SMT) framework that fuses speech and text.",
        # recent-dev: "we propose Pseudo Multi-source Domain Generalization (PMDG), a novel framework that ..."
        "We propose Speech-guided Machine Translation (SMT), a novel framework that fuses speech and text.",
        # recent-dev: "We introduce Generative Active Learning for Trajectory prediction (GALTraj), the first method to"
        "We introduce Speech-guided Machine Translation (SMT), the first method to fuse speech and text.",
    ],
)
def test_a_task_shaped_name_the_authors_call_a_method_is_proposed(nlp, text):
    assert proposed(nlp, text) == ["Speech-guided Machine Translation"]
    assert shown(nlp, text)["Speech-guided Machine Translation"] == "Method"


@pytest.mark.parametrize(
    "text",
    [
        # the apposition calls it a task
        "We introduce Speech-guided Machine Translation (SMT), a new task that fuses speech and text.",
        # earlier work the paper builds on (t3k: "we build upon the recently introduced Taxonomy-Oriented ...")
        "We build upon the recently introduced Speech-guided Machine Translation (SMT) framework and extend it.",
        # no short form: an established task the system addresses (judged sample: "We present the Named Entity
        # Recognition system developed by ...")
        "We present the Speech-guided Machine Translation system developed by our team for the competition.",
        # no kind word after the name
        "We introduce Speech-guided Machine Translation (SMT) to the community and study it.",
    ],
)
def test_a_task_name_not_called_a_method_is_not_retyped(nlp, text):
    assert proposed(nlp, text) == []
    assert shown(nlp, text).get("Speech-guided Machine Translation") != "Method"


@pytest.fixture(scope="module")
def pipeline_nlp():
    from claimgraph.extract.pipeline import shared_pipeline

    return shared_pipeline()


@pytest.mark.parametrize(
    "title,abstract,kind",
    [
        # t3k: "Youtu-Parsing: Perception, ..." with "This paper presents Youtu-Parsing, an efficient and versatile
        # document parsing model designed ..."
        (
            "Vexo-Parsing: Perception, Structuring and Recognition via Parallel Decoding",
            "This paper presents Vexo-Parsing, an efficient and versatile document parsing model for reports.",
            "Model",
        ),
        (
            "Vexo-Parsing: Layout Recognition for Scanned Reports",
            "We introduce Vexo-Parsing, a lightweight framework that parses scanned reports.",
            "Method",
        ),
    ],
)
def test_a_glued_coined_task_shaped_name_called_a_model_or_method_is_proposed(pipeline_nlp, title, abstract, kind):
    assert "Vexo-Parsing" in proposed(pipeline_nlp, abstract, title)
    assert shown(pipeline_nlp, abstract, title)["Vexo-Parsing"] == kind


@pytest.mark.parametrize(
    "title,abstract",
    [
        # the apposition calls the glued name a task
        (
            "Vexo-Parsing: Layout Recognition for Scanned Reports",
            "This paper presents Vexo-Parsing, a new task that asks models to parse scanned reports.",
        ),
        # a name the authors do not introduce
        (
            "Vexo-Parsing: Layout Recognition for Scanned Reports",
            "We compare many systems on Vexo-Parsing, an efficient document parsing model for reports.",
        ),
    ],
)
def test_a_glued_task_name_not_called_a_method_is_not_retyped(pipeline_nlp, title, abstract):
    assert "Vexo-Parsing" not in proposed(pipeline_nlp, abstract, title)
    assert shown(pipeline_nlp, abstract, title)["Vexo-Parsing"] == "Task"
