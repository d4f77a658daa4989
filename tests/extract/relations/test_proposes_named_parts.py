"""Session 11: coined parts of the paper's contribution that no verb introduces ("..., and a
Dual-Reference Structural Rectification (DRSR) mechanism to enforce ...", "centered on the
Uncertainty-Aware Pyramid Fusion (UAPF) module"): relations/proposes/parts.py ``_named_parts``."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture
def nlp(abbreviation_proposes_nlp):
    """The entity pipeline with abbreviations, and proposes (conftest.py)."""
    return abbreviation_proposes_nlp


LEAD = "We propose QuaRot-7B, a detector for small objects."


@pytest.mark.parametrize(
    "sentence,name",
    [
        # realabs: "... centered on the Uncertainty-Aware Pyramid Fusion (UAPF) module."
        (
            "Based on this map, we build the detector centered on the Uncertainty-Aware Pyramid Fusion (UAPF) module.",
            "Uncertainty-Aware Pyramid Fusion",
        ),
        (
            "A dedicated Multivariate Forgery Intensity Estimation (MFIE) module is designed to guide the model.",
            "Multivariate Forgery Intensity Estimation",
        ),
        (
            "QuaRot-7B then refines each box through a Boundary-Aware Refinement Module (BARM).",
            "Boundary-Aware Refinement Module",
        ),
    ],
)
def test_a_coined_part_with_its_abbreviation_and_a_part_noun_is_proposed(nlp, sentence, name):
    assert name in proposed(nlp, f"{LEAD} {sentence}")


@pytest.mark.parametrize(
    "sentence,name",
    [
        # someone else's part: a prior-work word before it
        (
            "Unlike the existing Boundary-Aware Refinement Module (BARM), our head needs no labels.",
            "Boundary-Aware Refinement Module",
        ),
        # a part the method uses
        (
            "To ensure validity, we incorporate the Lattice Boltzmann Method (LBM) as a constraint.",
            "Lattice Boltzmann Method",
        ),
        # no part noun after the abbreviation and no part ending
        (
            "We further describe the Uncertainty-Aware Pyramid Fusion (UAPF) in detail.",
            "Uncertainty-Aware Pyramid Fusion",
        ),
        # background sentence: nothing of the paper's own work in it
        ("Detectors usually rely on a Boundary-Aware Refinement Module (BARM).", "Boundary-Aware Refinement Module"),
    ],
)
def test_other_or_unmarked_parts_are_not_proposed(nlp, sentence, name):
    assert name not in proposed(nlp, f"{LEAD} {sentence}")


def test_no_part_is_proposed_in_a_paper_that_proposes_nothing(nlp):
    text = "Detectors are compared. The Boundary-Aware Refinement Module (BARM) module is designed to refine boxes."
    assert "Boundary-Aware Refinement Module" not in proposed(nlp, text)


def test_a_coined_part_with_an_apposed_part_noun_is_proposed(nlp):
    text = f"{LEAD} The core of our detector is the Cross-Modal Semantic Sieve (CSS), a module enabling early fusion."
    assert "Cross-Modal Semantic Sieve" in proposed(nlp, text)


# ---------------------------------------------------------------- a name right before the final "."
END_OF_DOC = "We propose QuaRot-7B, a detector for small objects. Earlier, Smith et al. proposed Sparse Token Merging."


def test_a_coined_name_at_the_end_of_the_document_is_read_without_error(nlp):
    assert "Sparse Token Merging" not in proposed(nlp, END_OF_DOC)


@pytest.mark.parametrize("end", ["", ".", " (STM)", " (STM) module."])
def test_a_coined_name_at_any_end_of_the_document(nlp, end):
    text = f"We propose QuaRot-7B, a detector. It relies on Sparse Token Merging{end}"
    proposed(nlp, text)  # no IndexError past the last token


def test_extract_keeps_going_past_a_coined_name_at_the_end():
    from claimgraph.extract import extract
    from claimgraph.ingest.model import Paper

    [only] = list(extract([Paper(id="x", title="", abstract=END_OF_DOC)]))
    assert only.id == "x"


@pytest.mark.parametrize(
    "sentence,name",
    [
        # recent-dev: "DETA++ uses a Contrastive Relevance Aggregation (CoRA) module to calculate ..."
        (
            "QuaRot-7B uses a Contrastive Relevance Aggregation (CoRA) module to weight samples.",
            "Contrastive Relevance Aggregation",
        ),
        (
            "Moreover, QuaRot-7B utilizes an Intra-class Region Swapping (IntraSwap) strategy to rectify prototypes.",
            "Intra-class Region Swapping",
        ),
    ],
)
def test_a_coined_part_the_proposal_uses_is_proposed(nlp, sentence, name):
    assert name in proposed(nlp, f"{LEAD} {sentence}")


def test_a_part_after_a_hyphenated_prior_work_word_is_not_proposed(nlp):
    # realabs: "LFM achieves ... over the state-of-the-art Neighboring Pixel Relationships (NPR) method"
    text = (
        "We propose a novel Local Focus Mechanism (LFM) for detection. LFM achieves a 3.7 improvement in accuracy "
        "over the state-of-the-art Neighboring Pixel Relationships (NPR) method."
    )
    assert "Neighboring Pixel Relationships" not in proposed(nlp, text)
