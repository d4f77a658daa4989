"""Schwartz-Hearst abbreviation detection on spacy.blank docs."""

from __future__ import annotations

import pytest
import spacy

import claimgraph.extract.quantities.numbers  # noqa: F401  (registers claimgraph_quantities)
from claimgraph.extract.entities.abbreviations import (
    abbreviation_map,
    best_long_form,
    find_abbreviations,
    same_long_form,
    short_form_mentions,
    spells_out,
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_abbreviations")
    return nlp


def pairs(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(long.text, short.text) for long, short in doc._.abbreviations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We propose Semantic-aware Permutation Training (SPT), which helps.",
            ("Semantic-aware Permutation Training", "SPT"),
        ),
        (
            "We introduce Chunked Instruction-aware State Eviction (CItruS) for long inputs.",
            ("Chunked Instruction-aware State Eviction", "CItruS"),
        ),
        ("We study inference-time dynamic prompting (IDP) here.", ("inference-time dynamic prompting", "IDP")),
        # a blend of word beginnings, whose letters are not in order in the long form
        (
            "Based on this analysis, we propose Sensitivity-Aware Caching (SenCache), a dynamic caching policy.",
            ("Sensitivity-Aware Caching", "SenCache"),
        ),
        ("They can do in-context learning (ICL): they infer.", ("in-context learning", "ICL")),
        ("Large language models (LLMs) are strong.", ("Large language models", "LLMs")),
        ("abilities in natural language inference (NLI) and beyond", ("natural language inference", "NLI")),
        ("we use retrieval-augmented generation (RAG) to answer", ("retrieval-augmented generation", "RAG")),
        (
            "with Direct Preference Optimization (DPO; Rafailov et al., 2023) we",
            ("Direct Preference Optimization", "DPO"),
        ),
        ("expected calibration error (ECE, lower is better) drops", ("expected calibration error", "ECE")),
        ("We use Low-Rank Adaptation (LoRA) adapters.", ("Low-Rank Adaptation", "LoRA")),
        ("a multilingual BERT (mBERT) model", ("multilingual BERT", "mBERT")),
        ("the Mixture of Experts (MoE) layer", ("Mixture of Experts", "MoE")),
        ("pre-trained language models (PLMs) are", ("pre-trained language models", "PLMs")),
        ("with chain-of-thought (CoT) prompting", ("chain-of-thought", "CoT")),
        ("Knights and Knaves (K&K) puzzles", ("Knights and Knaves", "K&K")),
        ("with Self-Play fIne-tuNing (SPIN) we", ("Self-Play fIne-tuNing", "SPIN")),
        ("we term in context language learning (ICLL). In ICLL, LMs", ("in context language learning", "ICLL")),
        ("we use post-training quantization ( PTQ ) here", ("post-training quantization", "PTQ")),
        ("the Cross-Modal Semantic Sieve (CS2), a module", ("Cross-Modal Semantic Sieve", "CS2")),
        # every capital begins a word or a hyphenated part: not the shortest spelling ("Score-aware ...",
        # "Mechanism" alone, whose inner letters spell the "N", "S" or "M")
        (
            "We propose Sample-specific Score-aware Noise Injection (SSNI), a simple framework.",
            ("Sample-specific Score-aware Noise Injection", "SSNI"),
        ),
        ("The core comprises a Mutual Scoring Mechanism (MSM) that scores", ("Mutual Scoring Mechanism", "MSM")),
        # a last hyphen part written whole at the long form's end ("-NET", "-CoT") is that word; the capitals
        # before it open words as above
        (
            "We present the Cross-lingual Consistency Reward RAG (CoCR-RAG), a small system.",
            ("Cross-lingual Consistency Reward RAG", "CoCR-RAG"),
        ),
        ("We introduce Memory-Bounded Compact CoT (MBC-CoT) for math.", ("Memory-Bounded Compact CoT", "MBC-CoT")),
        # without such words, or past a lower-case word, a comma or a digit, the shortest spelling stays
        ("We introduce the Sparse CoT (MBS-CoT) for math.", None),
        ("We propose Score-aware Noise Injection (SSNI) for purification.", ("Score-aware Noise Injection", "SSNI")),
        (
            "we propose a deep learning model, 3D Forest Super Resolution (3DFSR), to improve it",
            ("3D Forest Super Resolution", "3DFSR"),
        ),
        (
            "we design a biomimetic 2D selective scanning self-attention (2DSSA) mechanism",
            ("2D selective scanning self-attention", "2DSSA"),
        ),
    ],
)
def test_long_form_then_short_form(nlp, text, expected):
    assert pairs(nlp, text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We use MoE (Mixture-of-Experts) layers.", ("Mixture-of-Experts", "MoE")),
        ("after SFT (supervised fine-tuning) we", ("supervised fine-tuning", "SFT")),
        (
            "results on GLUE (the General Language Understanding Evaluation) show",
            ("General Language Understanding Evaluation", "GLUE"),
        ),
    ],
)
def test_short_form_then_long_form(nlp, text, expected):
    assert pairs(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "monotonicity reasoning (i.e., reasoning about word substitutions) matters",
        "Small LMs (e.g., T5) and Large LMs (e.g. GPT-4) differ",
        "our model (ours) is better",
        "as shown before (see Section 3)",
        "BERT (Devlin et al., 2019) is strong",
        "GPT-4 (OpenAI, 2023) is strong",
        "a self-specialized model (30B) outperforms",
        "accuracy improves (92%) a lot",
        "a model (X) is here",
        "we cache by sensitivity (SenCache) here",  # no word begins with the blend's last piece
        "a very long parenthesis (ABCDEFGHIJKL) here",
        "the Induced-Long-Tail (LINT), consisting of rules",
        "Perplexity Labs (Llama-3.1-70b-instruct) on a task",
        "two sentences. Here (NLP) it is",
        "(SPT) at the very start",
        "results of the model (V2) are",  # one capital before the digit
        "the Cross-Modal Semantic Sieve (CX2) here",  # the letters must still be spelled out
        "obtains a gFID score of 2.15, outperforming the method STARFlow (gFID 2.40). Moreover",  # a score
    ],
)
def test_not_abbreviations(nlp, text):
    assert pairs(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We propose STAR, a Structure Aware Routing that rethinks MoE routing.",
            ("Structure Aware Routing", "STAR"),  # the run ends at the word of the last capital, R
        ),
        (
            "We present LEGS, a Laplacian-Enhanced Gaussian Splatting method for sparse views.",
            ("Laplacian-Enhanced Gaussian Splatting", "LEGS"),  # "method" ends the run
        ),
        (
            "We propose LEGS, a Laplacian-Enhanced Gaussian Splatting Method for sparse views.",
            ("Laplacian-Enhanced Gaussian Splatting", "LEGS"),  # no letter for "Method"
        ),
        ("Each block is a MoE, a Mixture of Experts layer.", ("Mixture of Experts", "MoE")),
    ],
)
def test_short_form_then_apposition(nlp, text, expected):
    assert pairs(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "We compare with GPT-4, a Large Language Model from OpenAI.",  # the digit is not spelled out
        "We evaluate on MMLU, a Benchmark of Questions.",  # the letters are not there
        "However, a Structure Aware Routing helps.",  # one capital: no short form
        "We extend STAR, a method of Self-Taught Reasoning.",  # a lowercase word opens the apposition
        "We propose QA-Dragon, a Query-Aware Dynamic RAG System for VQA.",  # "Dragon" is a word, no initials
        "We propose BRTS, a Best-of-N Rollout Teacher Selection.",  # the capital N gives no letter
    ],
)
def test_not_appositions(nlp, text):
    assert pairs(nlp, text) == []


def test_an_apposition_does_not_redefine_a_short_form(nlp):
    text = "We propose STAR, a Structure Aware Router. Unlike STAR, a Second Try At Routing differs."
    assert pairs(nlp, text) == [("Structure Aware Router", "STAR")]


def test_a_parenthesised_definition_comes_first(nlp):
    text = "We build on Self-Taught Reasoner (STaR). Our STaR, a Simple Task Adaptive Reasoner, differs."
    assert pairs(nlp, text) == [("Self-Taught Reasoner", "STaR")]


def test_long_form_word_limit():
    # |SF| = 2: at most min(7, 4) = 4 words; the letters are only found 5 words back.
    nlp = spacy.blank("en")
    doc = nlp("knowledge about some other hidden things and so on (KD)")
    assert find_abbreviations(doc) == []


def test_several_definitions_in_order(nlp):
    text = (
        "We combine supervised fine-tuning (SFT) with reinforcement learning from human "
        "feedback (RLHF) and Direct Preference Optimization (DPO)."
    )
    assert [s for _, s in pairs(nlp, text)] == ["SFT", "RLHF", "DPO"]
    assert pairs(nlp, text)[1][0] == "reinforcement learning from human feedback"


def test_spans_are_token_aligned(nlp):
    doc = nlp("We propose Semantic-aware Permutation Training (SPT).")
    long_span, short_span = doc._.abbreviations[0]
    assert (long_span.start_char, long_span.end_char) == (11, 46)
    assert (short_span.start_char, short_span.end_char) == (48, 51)
    assert doc[short_span.start - 1].text == "("


@pytest.mark.parametrize(
    ("short", "long", "offset"),
    [
        ("SPT", "we propose Semantic-aware Permutation Training", 11),
        ("ICL", "capacity for in-context learning", 13),
        ("LLMs", "large language models", 0),
        ("CItruS", "Chunked Instruction-aware State Eviction", 0),
        ("IDP", "inference-time dynamic prompting", 0),
        ("HMM", "a hidden Markov model", 2),
        ("XYZ", "nothing to see here", None),
        ("T5", "text to text transfer", None),
    ],
)
def test_best_long_form(short, long, offset):
    assert best_long_form(short, long) == offset


def test_abbreviation_map(nlp):
    doc = nlp("Large language models (LLMs) and in-context learning (ICL). LLMs use ICL.")
    assert abbreviation_map(doc) == {"LLMs": "Large language models", "ICL": "in-context learning"}


def test_abbreviation_map_without_component():
    doc = spacy.blank("en")("We use the Transformer (TF) here.")
    assert abbreviation_map(doc, find_abbreviations(doc)) == {"TF": "Transformer"}


def test_short_form_mentions(nlp):
    text = (
        "Large language models (LLMs) are strong. We propose inference-time dynamic prompting "
        "(IDP). IDP helps every LLM; LLMs with IDP-based tricks and IDPs win, but MIDP does not."
    )
    doc = nlp(text)
    found = [(occ.text, occ.start_char, long.text) for occ, long in short_form_mentions(doc, doc._.abbreviations)]
    assert found == [
        ("IDP", text.index("IDP helps"), "inference-time dynamic prompting"),
        ("LLM", text.index("LLM;"), "Large language models"),
        ("LLMs", text.index("LLMs with"), "Large language models"),
        ("IDPs", text.index("IDPs win"), "inference-time dynamic prompting"),
    ]


def test_short_form_mentions_empty(nlp):
    doc = nlp("Nothing is defined here.")
    assert doc._.abbreviations == []
    assert short_form_mentions(doc, doc._.abbreviations) == []


def test_component_in_pipeline_with_quantities():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_abbreviations")
    nlp.add_pipe("claimgraph_quantities")
    doc = nlp("inference-time dynamic prompting (IDP) yields an average improvement of 1.24% (Table 2).")
    assert [(long.text, short.text) for long, short in doc._.abbreviations] == [
        ("inference-time dynamic prompting", "IDP")
    ]
    assert [s.text for s in doc.spans["quantities"]] == ["1.24%"]


def test_deterministic(nlp):
    text = "We use Low-Rank Adaptation (LoRA) and MoE (Mixture-of-Experts)."
    assert pairs(nlp, text) == pairs(nlp, text)


@pytest.mark.parametrize(
    ("short", "form", "expected"),
    [
        ("SAC", "soft actor-critic", True),
        ("PPO", "proximal policy optimization", True),
        ("DCLM", "DataComp-LM", False),  # a name, not a long form
        ("SAC", "SAC", False),
        ("GLM", "General Language Model", True),
        ("SAC", "supervised fine-tuning", False),  # does not spell it
    ],
)
def test_spells_out_tells_a_listed_long_form(short, form, expected):
    assert spells_out(short, form) is expected


@pytest.mark.parametrize(
    ("paper", "listed", "expected"),
    [
        ("Convolution Neural Networks", "convolutional neural network", True),
        ("Visual-Language Navigation", "vision-and-language navigation", True),
        ("Directed Preference Optimisation", "direct preference optimization", True),
        ("Area Under the ROC Curve", "area under the curve", True),
        ("process-level reward models", "process reward model", True),
        ("Re-identification", "person re-identification", True),
        ("Segment Any Crack", "soft actor-critic", False),
        ("Prior-Guided Data Distillation", "projected gradient descent", False),
        ("Next-Scale Prediction", "next sentence prediction", False),
        ("Reinforcement Fine-Tuning", "rejection sampling fine-tuning", False),
        ("video question-answering", "visual question answering", False),
        ("Contrastive Neural Network", "convolutional neural network", False),
    ],
)
def test_same_long_form_compares_words_not_letters(paper, listed, expected):
    words = frozenset({"the", "of", "and", "for", "with", "from"})
    assert same_long_form(paper, listed, words) is expected
