"""Issue #17 (judged samples of session 20): a rival class whose name's abbreviation stands between the
name and the class noun ("Explanation-Guided Learning (EGL) methods"), class nouns for implementations
and objectives, and a model glued after "<name>-trained" ("a GoodPoint-trained Qwen3-8B"),
which is the model made with the other name, not the base model (relations/guards/, relations/pairs/)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import pairs_of, relation_triples

ENTS = {
    "FooNet": "Method",
    "GoodPoint": "Method",
    "Explanation-Guided Learning": "Method",
    "EGL": "Method",
    "Low-Rank Adaptation": "Method",
    "LoRA": "Method",
    "RAG": "Method",
    "RPA": "Method",
    "GRPO": "Method",
    "Qwen3-8B": "Model",
    "LLaDA": "Model",
    "LLaMA": "Model",
    "GPT-4o": "Model",
    "Gemini-3-flash": "Model",
    "GSM8K": "Dataset",
    "MATH": "Dataset",
}


def found(text: str, relation: str, proposes=("FooNet",)) -> set[tuple[str, str]]:
    return pairs_of(relation_triples(text, ENTS, proposes), relation)


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "We propose FooNet. FooNet outperforms two state-of-the-art Explanation-Guided Learning (EGL) methods.",
            ("FooNet", "Explanation-Guided Learning"),
        ),
        (
            "We propose FooNet. FooNet outperforms two state-of-the-art Explanation-Guided Learning (EGL) methods.",
            ("FooNet", "EGL"),
        ),
        ("We propose FooNet. FooNet shows notable improvements over naive RAG implementations.", ("FooNet", "RAG")),
        ("We propose FooNet. FooNet improves over alternative GRPO objectives.", ("FooNet", "GRPO")),
    ],
)
def test_a_class_of_rivals_is_no_rival(text, pair):
    assert pair not in found(text, "outperforms")


@pytest.mark.parametrize(
    "text,pair",
    [
        (  # the abbreviation of a named rival, no class noun after it
            "We propose FooNet. FooNet outperforms Low-Rank Adaptation (LoRA) and GPT-4o.",
            ("FooNet", "Low-Rank Adaptation"),
        ),
        ("We propose FooNet. FooNet outperforms Low-Rank Adaptation (LoRA) and GPT-4o.", ("FooNet", "GPT-4o")),
    ],
)
def test_named_rivals_stay(text, pair):
    assert pair in found(text, "outperforms")


@pytest.mark.parametrize(
    "text,relation,pair",
    [
        (
            "We propose FooNet. A FooNet-trained Qwen3-8B even surpasses Gemini-3-flash in precision.",
            "outperforms",
            ("Qwen3-8B", "Gemini-3-flash"),
        ),
        (
            "We propose FooNet. Notably, FooNet-reinforced LLaDA boosts its accuracy by 9.8% on GSM8K and MATH.",
            "evaluated_on",
            ("LLaDA", "GSM8K"),
        ),
        (
            "We propose FooNet. The RAG-augmented LLaMA models significantly outperformed GPT-4o.",
            "outperforms",
            ("LLaMA", "GPT-4o"),
        ),
        (
            "We propose FooNet. FooNet outperforms the GRPO-trained Qwen3-8B and GPT-4o on MATH.",
            "outperforms",
            ("FooNet", "Qwen3-8B"),
        ),
    ],
)
def test_a_model_trained_with_another_name_is_not_the_base_model(text, relation, pair):
    assert pair not in found(text, relation)


@pytest.mark.parametrize(
    "text,relation,pair",
    [
        (  # the other rival of the list stays
            "We propose FooNet. FooNet outperforms the GRPO-trained Qwen3-8B and GPT-4o on MATH.",
            "outperforms",
            ("FooNet", "GPT-4o"),
        ),
        (  # the paper's own model, trained
            "We propose FooNet. The end-to-end trained FooNet surpasses GPT-4o on MATH.",
            "outperforms",
            ("FooNet", "GPT-4o"),
        ),
        ("We propose FooNet. Qwen3-8B surpasses GPT-4o on MATH.", "outperforms", ("Qwen3-8B", "GPT-4o")),
    ],
)
def test_plain_models_and_own_names_stay(text, relation, pair):
    assert pair in found(text, relation)
