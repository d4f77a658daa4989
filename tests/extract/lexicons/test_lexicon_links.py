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
