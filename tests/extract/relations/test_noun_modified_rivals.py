"""Issue #17 (judged samples of session 20): a rival name that only modifies a run of plain lower-case nouns
ending its phrase ("outperforming the IASLC grading system", "over Google's Gemma 3 tokenizer") is no rival:
the thing the nouns name is. A noun that names the rival itself (a class, baseline or base model, a version,
a component of its kind, a process of a technique) keeps it (relations/pairs/rival_names.py). An unnamed
subject of the comparison's clause whose head noun names no system ("the learned reranker also outperforms
Y") is no win of a method resolved from elsewhere (relations/pairs/winner.py)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import pairs_of, relation_triples

ENTS = {
    "FooNet": "Method",
    "IASLC": "Method",
    "Gemma 3": "Model",
    "OFDM": "Method",
    "LoRA": "Method",
    "CoT": "Method",
    "SAM": "Model",
    "CLIP": "Model",
    "ChatGPT": "Model",
    "Qwen3-32B": "Model",
    "LLaMA-2 13B": "Model",
    "ReAct": "Method",
    "GPT-4o": "Model",
    "Transformer": "Method",
    "Chameleon": "Model",
    "LlamaGen": "Model",
    "MMLU": "Dataset",
}


def beaten(text: str) -> set[tuple[str, str]]:
    return pairs_of(relation_triples(text, ENTS, ("FooNet",)), "outperforms")


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "We propose FooNet. FooNet achieved an AUC of 77.8%, outperforming IASLC grading system (AUC 71.4%).",
            ("FooNet", "IASLC"),
        ),
        (
            "We propose FooNet. FooNet achieves a 30% improvement over Google's Gemma 3 tokenizer (256k vocabulary).",
            ("FooNet", "Gemma 3"),
        ),
        (
            "We propose FooNet. Results show a clear improvement compared to conventional OFDM channel estimation"
            " methods, particularly at high mobility.",
            ("FooNet", "OFDM"),
        ),
        (
            "We propose FooNet. FooNet even exceeds the performance of full-scale LoRA retraining, with gains of"
            " 1.4 points.",
            ("FooNet", "LoRA"),
        ),
    ],
)
def test_a_name_modifying_nouns_is_no_rival(text, pair):
    assert pair not in beaten(text)


@pytest.mark.parametrize(
    "text,pair",
    [
        ("We propose FooNet. FooNet outperforms the CLIP baseline on MMLU.", ("FooNet", "CLIP")),
        ("We propose FooNet. FooNet outperforms GPT-4o alone on MMLU.", ("FooNet", "GPT-4o")),
        ("We propose FooNet. FooNet outperforms CoT prompting on MMLU.", ("FooNet", "CoT")),
        (
            "We propose FooNet. FooNet shows a 17% gain compared to the baseline SAM fine-tuning.",
            ("FooNet", "SAM"),
        ),
        (
            "We propose FooNet. Compared to the Qwen3-32B base model, FooNet shows measurable gains on MMLU.",
            ("FooNet", "Qwen3-32B"),
        ),
        ("We propose FooNet. FooNet outperforms LLaMA-2 13B despite fewer parameters.", ("FooNet", "LLaMA-2 13B")),
        ("We propose FooNet. FooNet outperforms ReAct agents on MMLU.", ("FooNet", "ReAct")),
        ("We propose FooNet. FooNet outperforms ChatGPT post-refinement.", ("FooNet", "ChatGPT")),
        (
            "We propose FooNet. FooNet achieves lower perplexity than the standard Transformer decoder.",
            ("FooNet", "Transformer"),
        ),
        (
            "We propose FooNet. FooNet outperforms existing models (LlamaGen, and Chameleon etc.) on MMLU.",
            ("FooNet", "Chameleon"),
        ),
        (
            "We propose FooNet. FooNet outperforms the default CoT planning method and other agents.",
            ("FooNet", "CoT"),
        ),
    ],
)
def test_a_noun_naming_the_rival_keeps_it(text, pair):
    assert pair in beaten(text)


@pytest.mark.parametrize(
    "text",
    [
        "We propose FooNet, a graph framework for retrieval. Under identical inputs, the learned reranker also"
        " outperforms GPT-4o rerankers.",
        "We propose FooNet, a graph framework for retrieval. Under identical inputs, the learned reranker also"
        " outperforms GPT-4o.",
    ],
)
def test_an_unnamed_part_as_subject_is_no_win_of_the_method(text):
    assert ("FooNet", "GPT-4o") not in beaten(text)


@pytest.mark.parametrize(
    "text",
    [
        "We propose FooNet, a graph framework for retrieval. Under identical inputs, the model also outperforms"
        " GPT-4o.",
        "We propose FooNet, a graph framework for retrieval. Overall, the proposed reranker outperforms GPT-4o.",
        "We propose FooNet, a graph framework for retrieval. Experiments show that the framework outperforms GPT-4o.",
        "We propose FooNet, a graph framework for retrieval. Overall, its accuracy surpasses GPT-4o.",
    ],
)
def test_a_subject_naming_the_system_keeps_the_method(text):
    assert ("FooNet", "GPT-4o") in beaten(text)
