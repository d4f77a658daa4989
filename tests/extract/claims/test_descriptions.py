"""Session 10: a sentence whose main clause is "we" and a description verb only describes the
method (the guide: "we propose X, which segments sentences..." is no claim) unless a result
word follows."""

from __future__ import annotations

import pytest

import claimgraph.extract.entities.evidence  # noqa: F401  (registers Span._.evidence)
from claimgraph.extract.claims.detection import find_claims
from tests.extract.claim_docs import build
from tests.extract.claims.test_detection import ENTS, PROPOSE, claims_of, one


@pytest.mark.parametrize(
    "sentence",
    [
        # recent-dev: "To address these limitations, we propose R4Det, which enhances depth estimation
        # quality via the Panoramic Depth Fusion module, ..."
        "To address this, we propose FooNet, a superior parser that selectively decodes tokens.",
        "To address this, we propose a gating module with better robustness than prior gates.",
        # recent-dev: "Additionally, we introduce a new convolutional network that learns three-dimensional
        # information to achieve superior optimization results."
        "Additionally, we introduce a new network that learns structure to achieve superior results.",
        # recent-dev: "we propose a ... decoding strategy that selectively decodes tokens ..., mitigating
        # dependency violations and maintaining generation quality"
        "We also design a decoding strategy that is superior in handling noisy inputs.",
    ],
)
def test_a_description_of_the_method_is_no_claim(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # recent-dev (gold claims): "we propose a framework ..., which achieves superior generalization"
        "To address this, we propose a framework, which achieves superior accuracy on GLUE.",
        "We present a method that outperforms BERT on GLUE.",
        "We propose a new decoder and demonstrate that it is superior to BERT.",
        # dev: "we provide evidence that ...", "we posit that ..."
        "Next, we provide evidence that FooNet is superior to BERT on GLUE.",
        # realabs: "we conduct a systematic evaluation ..., confirming the superiority of knowledge distillation"
        "We also conduct an evaluation of six parsers, confirming the superiority of FooNet on GLUE.",
        # a sentence whose main clause is not the authors' description
        "FooNet is superior to BERT on GLUE, as we present in our analysis.",
    ],
)
def test_a_description_with_a_result_stays_a_claim(sentence):
    assert one(sentence)


def test_a_description_with_a_moving_number_stays_a_claim():
    sentence = "We propose a new decoder, improving accuracy by 4.3 points on GLUE."
    assert one(sentence, {"4.3 points": (4.3, "points")})


def test_a_noun_after_our_name_is_no_description_verb():
    # "our FooNet model improves ...": "model" is the noun of "our", not the verb "to model"
    assert one("Our BERT model significantly improves accuracy on GLUE.")
    assert claims_of("Our team will model the data of GLUE.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # recent-dev: "The results indicate that our RAG framework can significantly enhance ..."
        "The results indicate that our BERT framework can significantly enhance accuracy on GLUE.",
        "Our BERT-based framework significantly improves accuracy on GLUE.",
        "Our proposed BERT method significantly improves accuracy on GLUE.",
    ],
)
def test_an_established_name_modifying_our_method_is_no_subject(sentence):
    assert lexicon_subject(sentence) == "FooNet"
    # a coined name there is the method's own name ("our proposed DL4ND approach"), not FooNet
    subject = one(sentence).subject
    assert subject is None or subject.text == "BERT"


def test_a_name_after_our_without_a_method_noun_stays_the_subject():
    assert lexicon_subject("Our BERT significantly improves accuracy on GLUE.") == "BERT"
    assert lexicon_subject("Results show that BERT models significantly improve accuracy on GLUE.") == "BERT"


def lexicon_subject(sentence):
    """The subject of the claim of ``sentence`` after FooNet's proposal, BERT an established (lexicon) name."""
    doc = build(f"{PROPOSE} {sentence}", entities=ENTS, proposes=("FooNet",))
    for span in doc.spans["entities"]:
        span._.evidence = "lexicon" if span.text == "BERT" else None
    claims = [c for c in find_claims(doc) if c.sentence.text == sentence]
    assert len(claims) == 1
    return claims[0].subject.text if claims[0].subject is not None else None


@pytest.mark.parametrize(
    "title,is_claim",
    [
        # recent-dev: "Alternating Training-based Label Smoothing Enhances Prompt Generalization",
        # "Language Models' Factuality Depends on the Language of Inquiry"
        ("FooNet Enhances Prompt Generalization", True),
        ("Factuality Depends on the Language of Inquiry", True),
        ("Enhancing Prompt Generalization with FooNet", False),
    ],
)
def test_a_title_that_asserts_with_a_verb_is_a_claim(title, is_claim):
    doc = build(PROPOSE, title=title, entities=ENTS, proposes=("FooNet",))
    found = [c for c in find_claims(doc) if c.sentence.text.startswith(title[:20])]
    assert bool(found) == is_claim


@pytest.mark.parametrize(
    "sentence",
    [
        # t3k: "Furthermore, a 22K InstanceVid dataset is curated for training, and an enhancement pipeline ..."
        "In addition, a dynamic pruning strategy is designed to reduce the cost of FooNet.",
        "A soft label loss is then proposed to regulate the penalty better than the usual losses.",
    ],
)
def test_a_part_introduced_in_the_passive_is_no_claim(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a result word after the passive description keeps the claim
        "In addition, a dynamic pruning strategy is designed, which outperforms BERT on GLUE.",
        # not a description verb
        "In addition, a FooNet variant is shown to outperform BERT on GLUE.",
    ],
)
def test_a_passive_sentence_with_a_result_stays_a_claim(sentence):
    assert one(sentence)
