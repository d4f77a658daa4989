"""The forms a paper's own abbreviation definitions give a name, looked up by text."""

from __future__ import annotations

import pytest
import spacy

from claimgraph.extract.entities.abbreviation_forms import (
    defined_short_forms,
    form_key,
    is_defined_form,
    long_forms,
    other_forms,
    short_forms,
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_abbreviations")
    return nlp


def test_form_key_reads_case_and_hyphens_alike():
    assert form_key("In-Context  Learning") == form_key("in context learning") == "in context learning"


def test_forms_either_way_round(nlp):
    doc = nlp("We propose Sparse Token Routing (STR) and use low-rank adaptation (LoRA). STR is fast.")
    assert short_forms(doc, "sparse token-routing") == ("STR",)
    assert long_forms(doc, "str") == ("Sparse Token Routing",)
    assert other_forms(doc, "LoRA") == ("low-rank adaptation",)
    assert other_forms(doc, "Low-Rank Adaptation") == ("LoRA",)
    assert defined_short_forms(doc) == frozenset({"STR", "LoRA"})
    assert is_defined_form(doc, "STR") and is_defined_form(doc, "sparse token routing")


def test_a_name_the_paper_does_not_define_has_no_other_forms(nlp):
    doc = nlp("We propose Sparse Token Routing (STR). It beats FooNet.")
    assert other_forms(doc, "FooNet") == ()
    assert not is_defined_form(doc, "FooNet") and not is_defined_form(doc, "Sparse Token")


def test_a_pair_added_by_a_later_component_is_seen(nlp):
    doc = nlp("STR: Sparse Token Routing for video. We propose Sparse Token Routing.")
    assert long_forms(doc, "STR") == ()
    doc._.abbreviations = [*doc._.abbreviations, (doc[2:5], doc[0:1])]  # as the title reading adds one
    assert long_forms(doc, "STR") == ("Sparse Token Routing",)


def test_no_abbreviation_component_means_no_forms():
    doc = spacy.blank("en")("We propose Sparse Token Routing (STR).")
    assert defined_short_forms(doc) == frozenset() and other_forms(doc, "STR") == ()


def test_a_doc_without_pairs_builds_its_index_once(nlp):
    from claimgraph.extract.entities import abbreviation_forms

    doc = nlp("We propose a sparse router. It beats FooNet.")
    assert short_forms(doc, "FooNet") == () and not defined_short_forms(doc)
    index = doc.user_data[abbreviation_forms._INDEX][2]
    assert long_forms(doc, "router") == ()
    assert doc.user_data[abbreviation_forms._INDEX][2] is index  # an empty pair list keeps the cached index
    doc._.abbreviations = [(doc[3:5], doc[8:9])]  # a later component adds a pair: the index is rebuilt
    assert long_forms(doc, "FooNet") == ("sparse router",)
