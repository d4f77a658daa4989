"""Proposals: the items of a list a proposal verb announces before a colon, and named variants of a
proposed name."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture
def nlp(abbreviation_proposes_nlp):
    """The entity pipeline with abbreviations, and proposes (conftest.py)."""
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # recent-dev: "we propose two parallel frameworks: (1) DAiD ..., and (2) FAiD ..."
        (
            "We propose two parallel frameworks: (1) Distribution-Augmentation in Decoding (DAiD), a "
            "training-free decoding strategy that merges distributions, and (2) Feature-Augmentation in "
            "Decoding (FAiD), a parameter-efficient method that smooths features.",
            {"Distribution-Augmentation in Decoding", "Feature-Augmentation in Decoding"},
        ),
        # recent-dev: "Our approach introduces two key innovations: (1) X, which ...; and (2) Y, which ..."
        (
            "We propose QuaRot. Our approach introduces two key innovations: (1) Mixed Sampling Strategy, "
            "which combines a probe sampling method with exploratory prompts; and (2) Policy Correction "
            "Mechanism, which employs importance sampling to correct distribution shifts.",
            {"Mixed Sampling Strategy", "Policy Correction Mechanism"},
        ),
        # without list markers: items after ", and"
        (
            "Guided by these insights, we introduce two targeted mechanisms: Key Stage Attention Sharing, "
            "which aligns content and style during critical steps, and Adaptive Query Sharing, which "
            "reinforces content semantics.",
            {"Key Stage Attention Sharing", "Adaptive Query Sharing"},
        ),
        # after a component verb whose subject is the proposal
        (
            "We propose AdaGRPO. AdaGRPO consists of two principal components: (i) Online Curriculum "
            "Filtering Strategy: it tracks the model's proficiency; (ii) Cross-Level Advantage Fusion: it "
            "integrates fine-grained advantages.",
            {"Online Curriculum Filtering Strategy", "Cross-Level Advantage Fusion"},
        ),
    ],
)
def test_each_item_of_an_announced_list_is_proposed(nlp, text, items):
    assert items <= set(proposed(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # a name before the colon: the colon does not open the proposal's list
        "We propose QuaRot, which has two parts: (1) a retrieval stage, and (2) Policy Correction Mechanism.",
        # an established (lexicon) item is used, not proposed
        "We propose two parallel frameworks: (1) Distribution-Augmentation in Decoding (DAiD), a "
        "training-free decoding strategy, and (2) LoRA, a parameter-efficient method.",
    ],
)
def test_items_beyond_the_announced_list_are_not_proposed(nlp, text):
    names = set(proposed(nlp, text))
    assert "Policy Correction Mechanism" not in names and "LoRA" not in names


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        # recent-dev: "We release two variants ...: DistilVDR-HiRes attains ..., while DistilVDR-Fast ..."
        (
            "We propose DistilVDR, a compact retriever. We release two variants: DistilVDR-HiRes attains "
            "61.74 NDCG@5 on ViDoRe, while DistilVDR-Fast attains 59.98.",
            "DistilVDR-HiRes",
        ),
        # a size with a tag after it is still a variant of its own
        (
            "We propose TransZero for translation. The TransZero-7B-Sem variant achieves the best scores.",
            "TransZero-7B-Sem",
        ),
    ],
)
def test_a_named_variant_of_the_proposal_is_proposed(nlp, text, variant):
    assert variant in proposed(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the proposal at one size ("DA-VIT-Base", "SAIL-VL2-2B", "X-30B-A3B")
        ("We propose DA-VIT for segmentation. DA-VIT-Base achieves 92.14% pixel accuracy.", "DA-VIT-Base"),
        ("We propose SAIL-VL2. SAIL-VL2-2B ranks first among open models.", "SAIL-VL2-2B"),
        ("We propose MagicAgent. MagicAgent-30B-A3B delivers superior performance.", "MagicAgent-30B-A3B"),
        # a lower-case tail is a modifier, no variant
        ("We propose DistilVDR. DistilVDR-based retrievers are fast.", "DistilVDR-based"),
    ],
)
def test_sizes_and_modifiers_of_the_proposal_are_no_variants(nlp, text, name):
    assert name not in proposed(nlp, text)


def test_a_hyphen_before_an_article_is_a_dash_not_a_modifier(nlp):
    text = "In this paper, we introduce MapBench-the first dataset designed for map-based outdoor navigation."
    assert proposed(nlp, text) == ["MapBench"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We adapt models. The resulting Informative Structure Adaptation (ISA) method addresses domain shifts.",
            "Informative Structure Adaptation",
        ),
        (
            "We lift videos to 3D. The resulting 3D-aware video dataset, PointVid, is then used for fine-tuning.",
            "PointVid",
        ),
        (
            "We train on silence. Our resulting self-supervised model, SSL-SaN, achieves the best performance.",
            "SSL-SaN",
        ),
    ],
)
def test_the_resulting_product_of_the_authors_is_proposed(nlp, text, name):
    assert name in proposed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no kind noun: what the product contains, not a named product
        "We introduce MedKGent, an agent framework. The resulting KG contains 156,275 entities.",
        # background before any author word
        "Flow models have been integrated into restoration, and the resulting PnP-Flow model has achieved success. "
        "We propose FooFlow.",
    ],
)
def test_a_resulting_name_without_the_authors_or_a_kind_is_not_proposed(nlp, text):
    assert "KG" not in proposed(nlp, text) and "PnP-Flow" not in proposed(nlp, text)


def test_an_announced_list_whose_first_item_is_untagged_proposes_the_later_items(nlp):
    # recent-dev: "We propose three complementary interventions: (i) TraceShield, an ... filter ..., (ii) ..."
    text = (
        "We propose three complementary interventions: (i) TraceShield, an inference-time safety filter that "
        "refuses completions, (ii) Contrastive Belief Deconfliction Loss, a contrastive fine-tuning objective "
        "penalizing continuations, and (iii) Prov-Decode, a provenance-aware decoding strategy."
    )
    assert {"Contrastive Belief Deconfliction Loss", "Prov-Decode"} <= set(proposed(nlp, text))


def test_a_verb_after_a_list_marker_shares_the_authors_subject(nlp):
    # recent-dev: "We (1) formalize a taxonomy ...; (2) introduce ANNIEBench, a benchmark of ..."
    text = (
        "We (1) formalize a principled taxonomy of safety violations based on physical constraints; "
        "(2) introduce ANNIEBench, a benchmark of nine safety-critical scenarios for evaluating embodied safety."
    )
    assert "ANNIEBench" in proposed(nlp, text)
