"""Session 25: an abbreviation pair whose long form opens an item of a list after a colon whose clause holds a
propose verb is introduced by the authors ("we introduce three modules to ...: the X (XA) Injector, the
Event-Driven Sparse (EDS) Injector, ..."): entities/decision/own_names.py ``listed_after_proposal``."""

import pytest

from claimgraph.extract.cues import author_cues
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.decision.own_names import listed_after_proposal
from tests.extract.helpers import make_doc


@pytest.fixture
def nlp(abbreviation_proposes_nlp):
    """The entity pipeline with abbreviations, and proposes (conftest.py)."""
    return abbreviation_proposes_nlp


def _names(nlp, abstract):
    return [(s.text, s.label_) for s in make_doc(nlp, "", abstract).spans.get(ENTITIES, [])]


@pytest.mark.parametrize(
    "abstract,name",
    [
        # an adjective-ending Title Case long form is a name only when the authors introduce it
        (
            "We introduce three modules to couple the two streams: the Rhythm Gated Fusion (RGF) unit, the "
            "Beat-Driven Sparse (BDS) unit, and the Tempo Query Pooling (TQP) module.",
            "Beat-Driven Sparse",
        ),
        (
            "We propose a parser with two modules: a Clause Boundary Scorer (CBS) and a span merger.",
            "Clause Boundary Scorer",
        ),
        (
            "We design two strategies: first, a Motion Gate Unit (MGU), which gates motion; second, a span merger.",
            "Motion Gate Unit",
        ),
    ],
)
def test_a_long_form_listed_after_a_proposal_is_a_name(nlp, abstract, name):
    assert (name, "Method") in _names(nlp, abstract)


@pytest.mark.parametrize(
    "abstract,name",
    [
        # no propose verb before the colon
        ("The parser has two parts: the Beat-Driven Sparse (BDS) unit and a span merger.", "Beat-Driven Sparse"),
        # not a list item: the name follows a verb inside the item
        ("We propose two modules: one reads the Beat-Driven Sparse (BDS) signal.", "Beat-Driven Sparse"),
    ],
)
def test_a_long_form_outside_a_proposal_list_is_no_name(nlp, abstract, name):
    assert name not in [text for text, _ in _names(nlp, abstract)]


def test_listed_after_proposal_reads_the_item_opener_and_the_colon(nlp):
    doc = make_doc(nlp, "", "We propose two modules: the Beat Unit (BU) and the Gate Unit (GU).")
    verbs = author_cues().propose_verbs
    words = [t.text for t in doc]
    assert listed_after_proposal(doc, words.index("Beat"), verbs)
    assert listed_after_proposal(doc, words.index("Gate"), verbs)
    assert not listed_after_proposal(doc, words.index("modules"), verbs)
