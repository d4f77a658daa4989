"""Lexicon links a judged sample found wrong: a name is linked only to the entity it means
in the field's usage. Hand-written sentences, with the links that must stay."""

import pytest

from tests.extract.helpers import entity_pipeline, make_doc


@pytest.fixture(scope="module")
def nlp():
    """The entity components over the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


def canonical(nlp, text, name):
    """The lexicon entry the entity ``name`` of ``text`` is linked to ("" when none)."""
    doc = make_doc(nlp, "", text)
    return next(s.kb_id_ for s in doc.spans["entities"] if s.text == name)


def test_a_greedy_search_is_no_greedy_decoding(nlp):
    # realabs 2504.00470: "the naive greedy search in attribution" was linked to greedy decoding
    text = "Our method also outperforms the naive greedy search in attribution efficiency."
    assert canonical(nlp, text, "greedy search") == "greedy search"
    assert canonical(nlp, "We use greedy decoding for generation.", "greedy decoding") == "greedy decoding"


def test_a_skip_connection_is_no_residual_connection(nlp):
    # a skip connection may concatenate (U-Net, DenseNet): "dense skip connections" are no residual connections
    text = "The decoder uses dense skip connections to fuse features."
    assert canonical(nlp, text, "skip connections") == "skip connection"
    assert canonical(nlp, "Each block adds residual connections.", "residual connections") == "residual connection"


def test_auc_judd_is_a_metric_of_its_own(nlp):
    # realabs: "improving ... on SIM, CC, and AUC-J" typed AUC-J a dataset
    doc = make_doc(nlp, "", "It improves results by 0.33% on AUC-J and by 1.2% on AUC.")
    found = {(s.text, s.label_, s.kb_id_) for s in doc.spans["entities"]}
    assert ("AUC-J", "Metric", "AUC-Judd") in found and ("AUC", "Metric", "AUC") in found


def test_pseudo_labels_are_labels_not_the_technique(nlp):
    # the plural noun names the labels a model makes (data), not the technique that makes them
    text = "The teacher generates noisy pseudo-labels for the unlabeled frames."
    doc = make_doc(nlp, "", text)
    assert not [s.text for s in doc.spans["entities"] if "pseudo" in s.text.lower()]
    text = "We train the student with pseudo-labeling on unlabeled scans."
    assert canonical(nlp, text, "pseudo-labeling") == "pseudo-labeling"


def test_the_transformer_keeps_no_kind_noun(nlp):
    # the guide writes the architecture "Transformer": "the transformer architecture" names it as "transformer"
    doc = make_doc(nlp, "", "The transformer architecture dominates sequence modeling.")
    assert [(s.text, s.kb_id_) for s in doc.spans["entities"]] == [("transformer", "Transformer")]
    assert canonical(nlp, "Each block follows the Transformer architecture.", "Transformer") == "Transformer"
    # a kind noun the entry does not list is no part of any match, and a bare lower-case transformer no name
    doc = make_doc(nlp, "", "A transformer encoder reads the text.")
    assert not [s.text for s in doc.spans["entities"] if "transformer" in s.text.lower()]


def test_a_task_form_with_a_digit_word_matches_its_title_case(nlp):
    # "3D reconstruction" is matched as written; a Title Case title writes its lower-case words capitalised
    doc = make_doc(nlp, "FooSplat: High-Fidelity 3D Reconstruction at Scale", "We study it.")
    assert ("3D Reconstruction", "3D reconstruction") in {(s.text, s.kb_id_) for s in doc.spans["entities"]}
    # the capitals the form has stay as they are: a lower-case "3d" is no form of it
    doc = make_doc(nlp, "", "We study 3d Reconstruction of rooms.")
    assert not [s.text for s in doc.spans["entities"] if "econstruction" in s.text]


def test_title_case_forms_only_for_forms_with_capitals_in_digit_words_or_acronyms():
    from claimgraph.extract.entities.lexicon_matcher import title_case_form

    assert title_case_form("3D reconstruction") == "3D Reconstruction"
    assert title_case_form("text-to-3D generation") == "Text-to-3D Generation"
    assert title_case_form("T2I generation") == "T2I Generation"
    assert title_case_form("video generation") is None  # lower case: matched in any case already
    assert title_case_form("Text2SQL") is None  # one word
    assert title_case_form("Visual Question Answering") is None  # no lower-case word to capitalise
