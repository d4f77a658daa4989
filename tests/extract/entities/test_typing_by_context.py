"""Typing by what the text says: model classes, fine-tuned names, gerund propose verbs,
case-insensitive consistency, task heads and ambiguous metrics used as measures."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import claimgraph.extract.entities.abbreviations  # noqa: F401  (registers the factory)
from claimgraph.extract.entities.decision import long_form_typing, unify_types
from claimgraph.extract.entities.name_cues import name_cues
from claimgraph.extract.pipeline.sentences import TITLE_END
from tests.extract.entities.test_decision import _default_entities
from tests.extract.helpers import make_doc


@pytest.fixture
def nlp(abbreviation_nlp):
    """The entity pipeline with the abbreviation detector in front (conftest.py)."""
    return abbreviation_nlp


def found(nlp, abstract, title=""):
    doc = make_doc(nlp, title, abstract)
    return {(s.text, s.label_) for s in doc.spans["entities"]}


def default(text):
    return {(s.text, s.label_) for s in _default_entities(text)}


# --- abbreviations -------------------------------------------------------------------------------


def test_a_long_form_does_not_reach_into_the_title():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_abbreviations")
    title = "Diffusion Language Models"
    doc = nlp.make_doc(f"{title} Discrete diffusion language models (DLMs) are strong.")
    doc.user_data[TITLE_END] = len(title)
    doc = nlp.get_pipe("claimgraph_abbreviations")(doc)
    assert [(long.text, short.text) for long, short in doc._.abbreviations] == [("diffusion language models", "DLMs")]


def test_a_long_form_starting_with_an_article_is_no_pair():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_abbreviations")
    doc = nlp("In this paper, the dual-optical attention fusion counting model (TAPNet) is proposed.")
    assert doc._.abbreviations == []
    doc = nlp("We propose Semantic-aware Permutation Training (SPT) for this.")
    assert [short.text for _, short in doc._.abbreviations] == ["SPT"]


def test_a_class_of_models_is_no_model():
    cues = name_cues()
    blank_nlp = spacy.blank("en")
    assert long_form_typing(blank_nlp("Large Reasoning Models"), "LRMs", cues) == (None, False)
    assert long_form_typing(blank_nlp("vision foundation model"), "VFM", cues) == (None, False)
    # one named model, or one the authors introduce, stays a Model
    assert long_form_typing(blank_nlp("Hierarchical Reasoning Model"), "HRM", cues) == ("Model", True)
    assert long_form_typing(blank_nlp("Time Reversed Language Models"), "TRLMs", cues, proposed=True) == (
        "Model",
        True,
    )


def test_agents_and_graphs_are_no_methods_unless_introduced():
    cues = name_cues()
    blank_nlp = spacy.blank("en")
    assert long_form_typing(blank_nlp("Computer-use agents"), "CUAs", cues) == (None, False)
    assert long_form_typing(blank_nlp("Directed Acyclic Graph"), "DAG", cues) == (None, False)
    assert long_form_typing(blank_nlp("Repository Planning Graph"), "RPG", cues, proposed=True) == ("Method", False)
    assert long_form_typing(blank_nlp("Semantic-aware Permutation Training"), "SPT", cues) == ("Method", True)


def test_a_short_form_of_a_model_class_is_no_name_elsewhere(nlp):
    text = (
        "Small vision-language models (sVLMs) are cheap. This study proposes a detection-guided sVLM framework. "
        "Six sVLMs were evaluated."
    )
    assert not {name for name, _ in found(nlp, text) if "VLM" in name}
    assert ("HRM", "Model") in found(nlp, "We present the Hierarchical Reasoning Model (HRM) for puzzles.")


# --- one type per name, whatever its case ----------------------------------------------------------


def _span(doc, start, end, label, cue):
    span = Span(doc, start, end, label=label)
    span._.evidence = cue
    return span


def test_unify_types_ignores_case():
    doc = spacy.blank("en")("LENS : a study . we contribute Lens , a benchmark")
    spans = [_span(doc, 0, 1, "Method", "title"), _span(doc, 7, 8, "Dataset", "propose")]
    assert [s.label_ for s in unify_types(spans, weak={(0, 1)})] == ["Dataset", "Dataset"]
    # different words stay apart
    spans = [_span(doc, 0, 1, "Method", "title"), _span(doc, 10, 11, "Dataset", "propose")]
    assert [s.label_ for s in unify_types(spans, weak={(0, 1)})] == ["Method", "Dataset"]


# --- fine-tuned and pretrained names ---------------------------------------------------------------


def test_a_coined_name_after_fine_tune_or_pretrained_is_a_model(nlp):
    result = found(nlp, "We fine-tuned YOLOWorld on our data. A pretrained V-JEPA encoder is used.")
    assert ("YOLOWorld", "Model") in result
    assert ("V-JEPA", "Model") in result
    assert ("CBraMod", "Model") in found(nlp, "We finetune CBraMod for sleep staging.")


def test_no_model_after_fine_tune_without_a_coined_name(nlp):
    result = found(nlp, "When pretrained VLA policies are fine-tuned on FooSet-2 they fail. We fine-tune the Gaussian.")
    assert not any(label == "Model" for _, label in result)
    assert not any(label == "Model" for _, label in found(nlp, "We fine-tune QwenX-based models."))


# --- gerund propose verbs --------------------------------------------------------------------------


def test_a_gerund_propose_verb_needs_a_coined_name_that_modifies_nothing(nlp):
    titled = found(nlp, "We study this.", title="Developing Foundation Models for Universal Segmentation")
    assert not any(name == "Foundation" for name, _ in titled)
    assert found(nlp, "This helps in designing DNA sequences. It is key for developing Arabic LLMs.") == set()
    assert ("BarNet", "Method") in found(nlp, "In this paper we are introducing BarNet, which is fast.")


# --- task phrases ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("Results on video editing tasks improve.", "video editing"),
        ("It helps for point cloud completion in practice.", "point cloud completion"),
        ("We focus on indoor scene reconstruction here.", "indoor scene reconstruction"),
    ],
)
def test_more_task_heads_in_task_context(nlp, text, task):
    assert (task, "Task") in found(nlp, text)


def test_estimation_and_prediction_are_tasks_only_as_a_sentence_subject(nlp):
    # "maximum likelihood estimation", "next-word prediction" are methods; only a subject names the task
    result = found(nlp, "We train with maximum likelihood estimation and evaluate on masked token prediction.")
    assert not any(label == "Task" for _, label in result)
    assert ("Molecule property prediction", "Task") in found(nlp, "Molecule property prediction is hard.")


def test_quality_words_are_no_part_of_a_task(nlp):
    result = found(nlp, "It enables scalable incremental reconstruction and wrong template prediction in tests.")
    assert not any(label == "Task" for _, label in result)


# --- ambiguous metrics used as measures ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our technique boosts recall from 47.7% to 61.2% overall.",
        "We report precision and recall of the extracted relations.",
        "It reaches 92% recall on the test set.",
        "It obtains a precision score of 0.65 here.",
    ],
)
def test_an_ambiguous_metric_counts_as_a_measure(text):
    assert {name for name, label in default(text) if label == "Metric"} & {"precision", "recall"}


@pytest.mark.parametrize(
    "text",
    [
        "We recall that the method works well.",
        "We train with mixed precision arithmetic and bfloat16 weights.",
        "Numerical precision matters for long sums.",
    ],
)
def test_an_ambiguous_metric_without_a_measure_is_no_metric(text):
    assert not {name for name, label in default(text) if label == "Metric"} & {"precision", "recall"}


# --- a task phrase that opens a sentence as its subject --------------------------------------------


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("Monocular 3D lane detection is challenging due to depth.", "Monocular 3D lane detection"),
        ("Sign language generation aims to produce signing videos.", "Sign language generation"),
        ("Accurate position estimation is key for robots.", "position estimation"),
        ("Monocular head pose estimation is traditionally a regression.", "Monocular head pose estimation"),
        ("Low-light novel view synthesis remains hard.", "Low-light novel view synthesis"),
        ("Text-to-image generation has improved a lot.", "Text-to-image generation"),
        # the sentence calls the phrase a task or problem, whatever its last word
        ("Single-image relighting is a challenging task in vision.", "Single-image relighting"),
        ("Camera extrinsic calibration (CEC) remains an open problem.", "Camera extrinsic calibration"),
    ],
)
def test_a_task_phrase_opening_a_sentence_is_a_task(nlp, text, task):
    assert (task, "Task") in found(nlp, f"We study this. {text}")


@pytest.mark.parametrize(
    "text",
    [
        "While 3D semantic segmentation is hard, we try.",
        "Findings reveal that feature extraction plays a role.",
        "Monocular 3D lane detection methods are slow.",
        "Generating physically consistent scenes is a hard problem.",
        "Deep learning is a powerful tool.",
    ],
)
def test_no_subject_task_without_a_task_subject(nlp, text):
    assert not any(label == "Task" and name[:1].isupper() for name, label in found(nlp, f"We study this. {text}"))


# --- names listed in parentheses after a plural dataset head ---------------------------------------


def test_names_in_parentheses_after_a_plural_dataset_head(nlp):
    result = found(nlp, "Experiments on three face aging datasets (MORPH Album 2, CACD-VS and FG-NET) show gains.")
    assert {("MORPH Album 2", "Dataset"), ("CACD-VS", "Dataset"), ("FG-NET", "Dataset")} <= result
    assert ("MulRan", "Dataset") in found(nlp, "We test on two benchmarks (e.g., Boreas and MulRan) here.")


def test_no_names_from_a_parenthesis_that_is_no_list_of_names(nlp):
    assert found(nlp, "Existing datasets (quite hard to get) differ. Big datasets (21M samples) help.") == set()


# --- quantities a method reads -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We introduce MIRL, a framework that leverages mutual information (MI) between descriptions and images as a "
        "cheap signal. Training provides independent MI-based rewards.",
        "IAPO assigns token-wise advantages based on each token's conditional mutual information (MI) with the answer.",
        "GAPrune uses Fisher Information (FI) to measure importance.",
        "We embed the liver normalized standard deviation (NSTD) into a diffusion model.",
    ],
)
def test_a_measure_spelled_out_in_an_abbreviation_is_no_method(nlp, text):
    assert not any(
        label == "Method" and ("Information" in name or "deviation" in name or name in ("MI", "FI"))
        for name, label in found(nlp, text)
    )


def test_a_method_built_on_a_quantity_stays_a_method(nlp):
    text = "We propose L-VARC, a framework built on Learning Using Privileged Information (LUPI)."
    assert ("Learning Using Privileged Information", "Method") in found(nlp, text)
    assert ("Mutual Information Maximization", "Method") in found(
        nlp, "We propose Mutual Information Maximization (MIM)."
    )
