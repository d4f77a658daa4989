"""Session 19: coined names the paper makes its own without a proposal verb. After "our" a coined model
size variant or dataset name is the paper's own ("our MT-R1-Zero-7B-Mix attains ...", "on our OperaLQ
benchmark"; ``_OUR_COINED`` in relations/proposes/component.py), and a coined name an apposition calls
new is proposed ("RegOps-Bench, a novel benchmark", "MultiTrust, the first ... benchmark";
relations/proposes/parts.py ``_novel_appositions``, cue ``novelty_words``)."""

import pytest

from tests.extract.helpers import proposed, shown


@pytest.mark.parametrize(
    "text,name",
    [
        # realabs: "Meanwhile, our MT-R1-Zero-7B-Mix attains a high average score of 62.25 ..."
        ("Meanwhile, our MT-R1-Zero-7B-Mix attains a high average score across all metrics.", "MT-R1-Zero-7B-Mix"),
        # t3k: "Experiments on our OperaLQ benchmark show that TextOVSR outperforms ..."
        ("Experiments on our OperaLQ benchmark show that the approach works well.", "OperaLQ"),
    ],
)
def test_coined_name_after_our_is_proposed(entity_nlp, text, name):
    assert name in proposed(entity_nlp, text)


def test_established_name_after_our_is_not_proposed(entity_nlp):
    assert proposed(entity_nlp, "Our LLaMA-7B baseline is strong on every benchmark.") == []


@pytest.mark.parametrize(
    "text,name",
    [
        # realabs: "We formalize Regulatory Compliance QA with RegOps-Bench, a novel benchmark featuring ..."
        ("We formalize compliance checking with RegOps-Bench, a novel benchmark featuring a graph.", "RegOps-Bench"),
        # t3k: "In this work, we establish MultiTrust, the first comprehensive and unified benchmark on ..."
        (
            "In this work, we establish MultiTrust, the first comprehensive and unified benchmark on trust.",
            "MultiTrust",
        ),
        # t3k: "... and MMFire, a new simulation-based wildfire spread dataset introduced in this paper."
        ("We validate the approach on MMFire, a new simulation-based wildfire spread dataset.", "MMFire"),
    ],
)
def test_coined_name_an_apposition_calls_new_is_proposed(entity_nlp, text, name):
    assert name in proposed(entity_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no novelty word: a dataset the paper only uses
        "We evaluate on WildBench-X, a popular benchmark of user queries.",
        # a new thing that is no method, model or dataset
        "We report results with GE-Score, a novel metric that assesses goal achievement.",
        # someone else's new benchmark
        "Unlike prior work on WildBench-X, a new benchmark of user queries, we study dialogue.",
    ],
)
def test_apposition_without_a_new_contribution_is_not_proposed(entity_nlp, text):
    assert proposed(entity_nlp, text) == []


@pytest.mark.parametrize(
    "text,name",
    [
        # recent-dev: "we conduct experiments using our DiT-based video generation model, MiraDiT."
        ("We conduct experiments using our DiT-based video generation model, MiraDiT.", "MiraDiT"),
        # recent-dev: "... by up to 85% on our curated Alignment Drift Benchmark (ADB) while preserving utility"
        (
            "These defenses reduce drift on our curated Alignment Drift Benchmark (ADB) while preserving utility.",
            "Alignment Drift Benchmark",
        ),
        # t3k: "Our Multi-Masking Strategy (MMS) integrates random patch, blockwise, and span masking ..."
        ("Our Multi-Masking Strategy (MMS) integrates random patch and span masking.", "Multi-Masking Strategy"),
        # judged sample: "Our framework, Disentangled Anatomy-Disease Diffusion (DADD), conditions a latent ..."
        (
            "Our framework, Disentangled Anatomy-Disease Diffusion (DADD), conditions a model.",
            "Disentangled Anatomy-Disease Diffusion",
        ),
    ],
)
def test_coined_name_after_our_past_a_glued_modifier_a_comma_or_with_its_abbreviation(nlp_abbr, text, name):
    assert name in proposed(nlp_abbr, text)


@pytest.mark.parametrize(
    "text",
    [
        # a short form after "our" modifies what follows
        "We release our code with supervised fine-tuning (SFT) and our SFT training datasets.",
        # a long form with a lower-case kind noun is no clean name
        "Our Style Attributes Disentanglement approach (SADis) delivers a more precise solution.",
        # a verb ends the phrase after "our" (judged sample: "Our framework integrates Multimodal Chain-of-Thought
        # (MCoT) reasoning process and ...")
        "Our framework, which leverages the Faster Segment Network (FSN), is fast.",
        "Our framework integrates Faster Segment Network (FSN) reasoning and retrieval.",
    ],
)
def test_no_coined_name_after_our(nlp_abbr, text):
    assert proposed(nlp_abbr, text) == []


@pytest.fixture(scope="module")
def nlp_abbr(abbreviation_proposes_nlp):
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "text,name",
    [
        # recent-dev: "... on the UCSD dataset and on Kubric-4D-dyn, a new monocular dynamic dataset featuring ..."
        (
            "We evaluate our model on the UCSD dataset and on Kubric-4D-dyn, a new monocular dynamic dataset.",
            "Kubric-4D-dyn",
        ),
    ],
)
def test_untagged_coined_name_an_apposition_calls_new_is_proposed(nlp_abbr, text, name):
    assert name in proposed(nlp_abbr, text)


@pytest.mark.parametrize(
    "text",
    [
        # no novelty word
        "We evaluate our model on the UCSD dataset and on Kubric-4D-dyn, a monocular dynamic dataset.",
        # prior work
        "Unlike existing work on Kubric-4D-dyn, a new monocular dynamic dataset, we study images.",
        # no coined shape
        "We evaluate our model on the UCSD dataset and on kubric, a new monocular dynamic dataset.",
        # a bracket glued to the word (t3k: "we introduce MEENA (also known as PersianMMMU), the first dataset")
        "We introduce the data (also known as PersianMMMU), the first dataset for Persian.",
    ],
)
def test_untagged_name_without_a_novel_apposition_is_not_proposed(nlp_abbr, text):
    assert proposed(nlp_abbr, text) == []


def test_untagged_name_in_prior_work_is_not_tagged(nlp_abbr):
    # novel_apposition_names adds no entity either (a proposal test alone passes whether or not it tags one)
    text = "Unlike existing work on Kubric-4D-dyn, a new monocular dynamic dataset, we study images."
    assert "Kubric-4D-dyn" not in shown(nlp_abbr, text)
