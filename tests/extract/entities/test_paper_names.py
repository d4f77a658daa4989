"""Whole, right names for the paper's own method (misreadings of a judged fact sample): star names, names
in text markup, a short form the paper also writes in capitals, title long forms, task settings in apposition,
the field a title names after "for", and names that end before a connector's noun phrase. Hand-written
cases with negatives."""

import pytest

from claimgraph.extract.entities.name_cues import name_cues
from claimgraph.extract.entities.name_shapes import name_end
from tests.extract.helpers import blank, entity_pipeline, entity_set, make_doc


@pytest.fixture(scope="module")
def full_nlp():
    """The entity components with abbreviations and the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


def extent(text, start=0, **kw):
    doc = blank()(text)
    end = name_end(doc, start, name_cues(), allow_plain=kw.pop("allow_plain", True), **kw)
    return doc[start:end].text


def typed(nlp, abstract, title=""):
    return {text: label for text, label in entity_set(nlp, abstract, title)}


# --- a closing star is part of a name ------------------------------------------------------------------------


def test_a_star_closing_a_name_is_part_of_it():
    assert extent("S* consistently improves") == "S*"
    assert extent("CFG-Zero*: Improved Guidance") == "CFG-Zero*"
    assert extent("T*, which casts search") == "T*"


def test_a_star_of_markdown_emphasis_is_no_name_part():
    assert extent("a novel *Semantic Token Fusion* module", 3, multiword=True) == "Semantic Token Fusion"
    assert extent("**Bold** text", 2) == "Bold"


def test_a_star_name_is_proposed_whole(entity_nlp):
    names = [s.text for s in make_doc(entity_nlp, "", "In this paper, we propose S*, the first framework.")._.proposes]
    assert names == ["S*"]


# --- names in text markup --------------------------------------------------------------------------------


def test_the_braces_of_text_markup_hold_the_whole_name(full_nlp):
    text = r"For the spatial side, we introduce \emph{Gaussian-shaped convolution} with a learnable scale parameter."
    assert ("Gaussian-shaped convolution", "Method") in entity_set(full_nlp, text)
    assert "Gaussian-shaped" not in typed(full_nlp, text)


def test_a_short_form_inside_the_braces_is_no_part_of_the_name(full_nlp):
    text = r"We propose \textbf{Adaptive Group Swapping (AGSwap)}, a simple yet highly effective approach."
    names = typed(full_nlp, text)
    assert "Adaptive Group Swapping" in names and "Adaptive Group Swapping (AGSwap)" not in names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a kind word in bold
        (
            r"In this work, we propose an \textbf{Agent-side Approach} that empowers language models to wait.",
            "Agent-side Approach",
        ),
        # markup that spells a piece of a word
        (r"We present \textbf{G}lacial lake mapping with a new network.", "G"),
    ],
)
def test_markup_around_a_kind_word_or_a_piece_of_a_word_is_no_name(full_nlp, text, absent):
    assert absent not in typed(full_nlp, text)


# --- a short form the paper also writes in capitals ---------------------------------------------------------


def test_a_mixed_case_short_form_written_in_capitals_elsewhere_is_the_papers_name(full_nlp):
    # "CLUE" is also a known benchmark: the paper's own definition wins, and the title's CLUE is its method
    title = "CLUE: Non-parametric Verification from Experience via Hidden-State Clustering"
    text = (
        "To validate this, we present Clue (Clustering and Experience-based Verification), a deliberately "
        "minimalist verifier. With no trainable parameters, CLUE only summarizes each trace."
    )
    names = typed(full_nlp, text, title)
    assert names["CLUE"] == "Method" and names["Clustering and Experience-based Verification"] == "Method"


def test_a_mixed_case_word_before_a_parenthesis_is_no_short_form_without_capitals(full_nlp):
    text = "We evaluate Clue (Clustering and Experience-based Verification) on the benchmark."
    assert "Clustering and Experience-based Verification" not in typed(full_nlp, text)


# --- title long forms ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        # grown over modifiers, the long form takes their head word
        (
            "MMGT: Motion Mask Guided Two-Stage Network for Co-Speech Gesture Video Generation",
            ("Motion Mask Guided Two-Stage Network", "MMGT"),
        ),
        # initials that end at a noun: no growth over the head word
        (
            "OWT: A Foundational Organ-Wise Tokenization Framework for Medical Imaging",
            ("Organ-Wise Tokenization", "OWT"),
        ),
        # a long form never opens with a small word whose letter the acronym happens to share
        (
            "FIRE: A Dataset for Feedback Integration and Refinement Evaluation of Multimodal Models",
            ("Feedback Integration and Refinement Evaluation", "FIRE"),
        ),
        (
            "APRES: An Agentic Paper Revision and Evaluation System",
            ("Agentic Paper Revision and Evaluation System", "APRES"),
        ),
        # a word's capitals may spell several letters: the paper's own STAR, not the lexicon's STaR
        (
            "STAR: STacked AutoRegressive Scheme for Unified Multimodal Learning",
            ("STacked AutoRegressive", "STAR"),
        ),
    ],
)
def test_a_title_long_form_ends_where_its_initials_say(full_nlp, title, pair):
    assert pair in {(lf.text, sf.text) for lf, sf in make_doc(full_nlp, title, "We study them.")._.abbreviations}


def test_initials_inside_a_goal_phrase_are_no_long_form(full_nlp):
    title = "BLUE: Toward Better Language Use in Efficient Vision-Language-Action Models for Autonomous Driving"
    doc = make_doc(full_nlp, title, "We present BLUE, a minimal method for better language use.")
    assert not [pair for pair in doc._.abbreviations if pair[1].text == "BLUE"]
    # a goal phrase that the long form ends is its name
    title = "MASIV: Toward Material-Agnostic System Identification from Videos"
    pairs = {(lf.text, sf.text) for lf, sf in make_doc(full_nlp, title, "We study videos.")._.abbreviations}
    assert ("Material-Agnostic System Identification from Videos", "MASIV") in pairs


# --- task settings -------------------------------------------------------------------------------------------


def test_a_name_in_apposition_to_a_task_noun_is_a_task(full_nlp):
    text = (
        "To address this gap, we introduce the novel task Domain Generalization for LiDAR Semantic "
        "Segmentation under Noisy Labels (DGLSS-NL) and establish the first benchmark."
    )
    names = typed(full_nlp, text)
    assert names["Domain Generalization for LiDAR Semantic Segmentation under Noisy Labels"] == "Task"


def test_a_name_after_a_compound_with_task_is_no_task(full_nlp):
    text = "We propose a multi-task Graph Alignment Network (GAN-X) for retrieval."
    assert typed(full_nlp, text).get("Graph Alignment Network") != "Task"


# --- the field a title names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "name", "label"),
    [
        # a long form the title says the work is for is no method
        (
            "UniverSat: Resolution- and Modality-Agnostic Transformers for Earth Observation",
            "Their reliance on rigid patch projectors hinders transfer to Earth Observation (EO), where inputs vary.",
            "Earth Observation",
            "Task",
        ),
        # a method long form ending in a method word stays a method
        (
            "Compact Students for Image Classification via Knowledge Distillation",
            "We study Relational Knowledge Distillation (RKD) for compact students.",
            "Relational Knowledge Distillation",
            "Method",
        ),
        # a long form elsewhere in the title keeps its ending type
        (
            "Earth Observation Transformers for Crop Mapping",
            "We use Spectral Token Aggregation (STA) in Earth Observation.",
            "Spectral Token Aggregation",
            "Method",
        ),
    ],
)
def test_a_long_form_takes_the_type_its_title_and_ending_give(full_nlp, title, text, name, label):
    assert typed(full_nlp, text, title)[name] == label


# --- a connector's noun phrase ends the name -----------------------------------------------------------------


def test_a_name_ends_before_a_connector_whose_words_modify_a_noun():
    text = "we propose a Neural Decaying Function on Gaussian opacities"
    assert extent(text, 3, multiword=True) == "Neural Decaying Function"


def test_a_name_crosses_a_connector_before_a_kind_word_or_a_verb_form():
    assert extent("the Mixture of Block Attention mechanism", 1, multiword=True) == "Mixture of Block Attention"
    assert extent("with Chain of Code prompting", 1, multiword=True) == "Chain of Code"
    assert extent("Stick to the Facts, a benchmark", 0, multiword=True) == "Stick to the Facts"


# --- a capitalised modifier of a lower-case phrase -------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("We propose a novel Gaussian human avatar representation that renders in real time.", "Gaussian"),
        ("To regularize this expressivity, we propose Laplacian terms on the latent features.", "Laplacian"),
    ],
)
def test_a_plain_capitalised_word_before_a_lower_case_noun_is_no_proposed_name(full_nlp, text, word):
    assert word not in typed(full_nlp, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("We present Medusa, a simple framework for faster decoding.", "Medusa"),
        ("We propose Hydra framework for faster decoding.", "Hydra"),
        ("We propose Medusa trained on a small corpus.", "Medusa"),
    ],
)
def test_a_plain_capitalised_name_before_a_comma_a_kind_word_or_a_participle_stays(full_nlp, text, word):
    assert word in typed(full_nlp, text)


def test_a_plain_capitalised_word_before_a_spaced_suffix_is_no_name(full_nlp):
    # realabs: "we propose Event based Sparse Segmentation Network (EV-SpSegNet)" gave the head "Event"
    text = "Furthermore, we propose Event based Sparse Segmentation Network, a novel baseline for segmentation."
    assert "Event" not in typed(full_nlp, text)


def test_a_title_long_form_does_not_end_in_a_connector(full_nlp):
    title = "VISTA: Vision-Language Imitation of Situational Thinking and Attention for Human-Like Driver Focus"
    pairs = {(lf.text, sf.text) for lf, sf in make_doc(full_nlp, title, "We study gaze.")._.abbreviations}
    assert ("Vision-Language Imitation of Situational Thinking and Attention", "VISTA") in pairs
