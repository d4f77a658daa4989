"""Tests of the shared name normalisation (claimgraph.names)."""

from __future__ import annotations

import doctest

import pytest

import claimgraph.names
from claimgraph.names import ends_in_acronym_plural, is_acronym_plural, normalize_name, shown_name


def test_doctests_pass() -> None:
    result = doctest.testmod(claimgraph.names)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("BERT", "bert"),
        ("GPT-3", "GPT 3"),
        ("GPT-3", "GPT3"),
        ("GPT-3", "GPT\u20133"),  # en dash
        ("GPT-3", "GPT\u22123"),  # minus sign
        ("Llama 2", "Llama-2"),
        ("Llama 2", "LLaMA2"),
        ("Mistral 7B", "Mistral-7B"),
        ("LLaMA-7B", "llama 7 b"),
        ("chain-of-thought", "Chain of Thought"),
        ("Mixture-of-Experts", "mixture of experts"),
        ("BigBench  Hard", "BigBench\tHard"),
        ("the Pile", "Pile"),
        ("The Pile", "pile"),
        ("LLMs", "LLM"),
        ("large language models", "Large Language Model"),
        ("Transformers", "Transformer"),
        ("GPUs", "GPU"),
        ("WikiText-103", "Wikitext 103"),
        ("\uff27\uff30\uff34-4", "GPT-4"),  # full-width letters
        ("  BERT  ", "BERT"),
        ("Terminal-Bench~2.1", "Terminal-Bench 2.1"),  # a LaTeX non-breaking space
        ("UAVDE-2M(contains 2", "UAVDE-2M"),  # a name cut inside a glued parenthesis
    ],
)
def test_equal_forms(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("GPT-3", "GPT-3.5"),
        ("GPT-3", "GPT-4"),
        ("LLaMA-7B", "LLaMA-2-7B"),
        ("LLaMA-2-7B", "LLaMA-27B"),
        ("Llama 2 7B", "Llama 27B"),
        ("T5", "T-5.1"),
        ("ROUGE-1", "ROUGE-L"),
        ("BigBench", "BigBench Hard"),
        ("Theano", "ano"),
        ("pass@1", "pass@10"),
        ("CoRAS", "CORA"),  # a final capital S is part of a mixed-case name, no plural
        ("MoCoS", "MoCo"),
    ],
)
def test_different_names_stay_different(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LLMs", "llm"),
        ("ATIS", "atis"),  # all capitals: the S is part of the name
        ("SARS", "sars"),
        ("CoRAS", "coras"),  # mixed case ending in a capital S: the S is part of the name
        ("CoRAs", "cora"),  # a lowercase s after a capital: an acronym plural
        ("loss", "loss"),
        ("corpus", "corpus"),
        ("analysis", "analysis"),
        ("gas", "gas"),  # too short to be a plural we strip
        ("1990s", "1990s"),  # an s after a digit is not a plural
        ("language models", "language model"),
        ("models evaluation", "models evaluation"),  # only the last word
        ("the", "the"),
        ("Theano", "theano"),
        ("", ""),
        ("   ", ""),
        ("OPT-6.7b", "opt6.7b"),
        ("Mixture-of-Experts (MoE)", "mixture of experts (moe)"),
    ],
)
def test_exact_keys(text: str, expected: str) -> None:
    assert normalize_name(text) == expected


def test_idempotent() -> None:
    for text in ["The LLMs", "GPT-3.5 Turbo", "LLaMA-2-7B", "chain-of-thought", "Natural Questions"]:
        once = normalize_name(text)
        assert normalize_name(once) == once


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Terminal-Bench~2.1", "Terminal-Bench 2.1"),
        ("Qwen~3.7-Plus", "Qwen 3.7-Plus"),
        ("UAVDE-2M(contains 2", "UAVDE-2M"),
        ("Streamline Edge Detector(SED", "Streamline Edge Detector"),
        ("LOGO(Long cOntext aliGnment", "LOGO"),
        # kept: a closed bracket is part of the name, a tilde without a character on both sides is no space
        ("SIM(3)-equivariant", "SIM(3)-equivariant"),
        ("3D(Lo)Match", "3D(Lo)Match"),
        ("E(3)-Pose", "E(3)-Pose"),
        ("GPT-4 (0613", "GPT-4 (0613"),
        ("~40%", "~40%"),
        ("GPT-4", "GPT-4"),
    ],
)
def test_shown_name(written: str, shown: str) -> None:
    assert shown_name(written) == shown


@pytest.mark.parametrize("word", ["LLMs", "GPUs", "AEs", "CNNs"])
def test_a_whole_word_of_capitals_and_s_is_an_acronym_plural(word: str) -> None:
    assert is_acronym_plural(word)
    assert ends_in_acronym_plural(word)  # the wider reading takes every narrow one


@pytest.mark.parametrize("word", ["ATIS", "Ms", "Cats", "GANsformer", "LLMs-based", "VQ-VAEs", "OmniLLMs", "gANs"])
def test_no_acronym_plural_unless_the_whole_word_is_one(word: str) -> None:
    assert not is_acronym_plural(word)


@pytest.mark.parametrize("word", ["VQ-VAEs", "Video-LLMs", "OmniLLMs", "GPT3s", "Zorb-QNs"])
def test_a_word_that_ends_in_an_acronym_plural(word: str) -> None:
    assert ends_in_acronym_plural(word)
    assert not is_acronym_plural(word)


@pytest.mark.parametrize("word", ["Transformers", "ATIS", "vLLMs", "LLMs-based", "GANsformer", "Ms", "FooNet"])
def test_no_word_that_ends_in_an_acronym_plural(word: str) -> None:
    assert not ends_in_acronym_plural(word)


def test_normalize_name_drops_the_s_of_an_acronym_plural_only() -> None:
    assert normalize_name("QNNs") == "qnn"
    assert normalize_name("QNNS") == "qnns"  # capitals only: the S is part of the name
