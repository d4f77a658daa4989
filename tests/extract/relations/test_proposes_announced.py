"""Session 25: the named parts a proposal announces in a list ("we introduce three modules to ...: the X (XA)
Injector, ... and the Z (ZA) module", "a framework with two modules: a X (XA) and a Y (YA) module"):
relations/proposes/announced.py ``_announced_parts``."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture
def nlp(abbreviation_proposes_nlp):
    """The entity pipeline with abbreviations, and proposes (conftest.py)."""
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "abstract,names",
    [
        # a purpose clause between the plural part noun and the colon
        (
            "Specifically, we introduce three modules to couple the audio and video streams: the Rhythm Gated "
            "Fusion (RGF) unit, the Beat Sparse Mixer (BSM) unit, and the Tempo Query Pooling (TQP) module.",
            ["Rhythm Gated Fusion", "Tempo Query Pooling"],
        ),
        # "with" and the plural part noun after the proposal's object
        (
            "We propose a hybrid parser with two modules: a Clause Boundary Scorer (CBS) and a Span Linking "
            "Decoder (SLD) module.",
            ["Clause Boundary Scorer", "Span Linking Decoder"],
        ),
        # "which consists of" after a proposed name; lower-case long forms with their abbreviation
        (
            "We present a retrieval framework, QuoraNet, which consists of two core modules: query-side "
            "token pruning (QTP) and document-side token pruning (DTP).",
            ["QuoraNet", "query-side token pruning", "document-side token pruning"],
        ),
        # Title Case names without abbreviations, items after ";" and ", and"
        (
            "We propose a unified framework featuring three key components: Confidence-Gated Label Regularization, "
            "which filters noisy labels; Margin-Aware Sample Alignment, which keeps hard samples; and Cross-View "
            "Prototype Matching, which aligns the views.",
            ["Confidence-Gated Label Regularization", "Margin-Aware Sample Alignment", "Cross-View Prototype Matching"],
        ),
        # a component verb of the paper's own contribution, items after list markers
        (
            "We propose QuoraNet for passage ranking. The framework comprises two stages: (1) a Coarse Lexical "
            "Filtering Module (CLFM) that keeps candidates; and (2) a Dense Rerank Transformer (DRT) that orders them.",
            ["QuoraNet", "Coarse Lexical Filtering Module", "Dense Rerank Transformer"],
        ),
    ],
)
def test_the_named_parts_a_proposal_lists_after_its_colon_are_proposed(nlp, abstract, names):
    found = proposed(nlp, abstract)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "abstract,name",
    [
        # no proposal: the authors evaluate on the listed datasets
        (
            "We evaluate our parser on two benchmarks: Clause Boundary Suite and Span Linking Arena.",
            "Clause Boundary Suite",
        ),
        # a prior-work word before the colon: someone else's modules
        (
            "We propose a parser that combines two existing modules: the Clause Boundary Decoder and the Span "
            "Linking Decoder.",
            "Span Linking Decoder",
        ),
        (
            "We propose a parser with two popular modules: the Clause Boundary Decoder and the Span Linking Decoder.",
            "Clause Boundary Decoder",
        ),
        # the plural noun is no object of the proposal ("for comparing two systems")
        (
            "We propose a protocol for comparing two systems: Clause Boundary Decoder and Span Linking Decoder.",
            "Span Linking Decoder",
        ),
        # in a marked list, a name after "and" inside an item is no item
        (
            "Our parser consists of two modules: 1) a tokenizer for raw text, and 2) a tagging module using the "
            "Viterbi and Span Linking Decoder algorithms.",
            "Span Linking Decoder",
        ),
        # a name inside the purpose clause, before the colon, is not listed
        (
            "We introduce two modules to improve the Span Linking Decoder: a token filter and a span merger.",
            "Span Linking Decoder",
        ),
    ],
)
def test_names_outside_an_announced_list_of_own_parts_are_not_proposed(nlp, abstract, name):
    assert name not in proposed(nlp, abstract)


def test_the_title_still_names_a_contribution_whose_abstract_names_only_its_listed_parts(nlp):
    # the abstract's own system is unnamed ("an enhanced Residual U-Net"); its listed parts do not replace the
    # title's name of it
    abstract = (
        "We propose an enhanced Residual U-Net architecture with two attention modules: a Sparse Gating Layer "
        "(SGL) and a Channel Recalibration Module (CRM)."
    )
    found = proposed(nlp, abstract, title="Dual Gating Residual U-Net for Brain Ultrasound Segmentation")
    assert found[0] == "Dual Gating Residual U-Net", found
    assert "Sparse Gating Layer" in found, found


def test_listed_parts_do_not_stand_for_the_unnamed_system():
    # "our parser" is the unnamed system, not its first listed part; a named system stays the subject
    from claimgraph.extract import extract
    from claimgraph.ingest.model import Paper

    unnamed = (
        "Parsing is hard. We propose a hybrid parser with two modules: a Clause Boundary Scorer (CBS) and a Span "
        "Linking Decoder (SLD) module. Our parser achieves state-of-the-art accuracy on the WikiParse benchmark."
    )
    named = unnamed.replace("We propose a hybrid parser", "We propose QuoraParse, a hybrid parser")
    [plain] = list(extract([Paper(id="p", title="", abstract=unnamed)]))
    assert "Clause Boundary Scorer" in plain.proposes
    assert not any(r.head == "Clause Boundary Scorer" for r in plain.relations)
    assert all(c.subject != "Clause Boundary Scorer" for c in plain.claims)
    [own] = list(extract([Paper(id="p", title="", abstract=named)]))
    assert ("QuoraParse", "evaluated_on", "WikiParse") in [(r.head, r.relation, r.tail) for r in own.relations]


@pytest.mark.parametrize(
    "abstract", ["We propose FooNet with two modules: FooA.", "We propose FooNet with two modules:"]
)
def test_an_announced_list_at_the_end_of_the_text_is_read_without_error(nlp, abstract):
    # the list marker test looked two and three tokens past the colon, beyond the text's end
    assert "FooNet" in proposed(nlp, abstract)
