"""``uses`` facts the judged samples read as wrong or partly right (relations/uses/, cues/uses.json):
a model name cut before its size or variant, a finding verb after an opening tool, a variant of the
paper's system as the head, an appositive on a rival, the head's own blended long form, what another
model was trained on, an evaluation noun that is also a cue, and a head cut after a hyphen."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses
from tests.extract.relations.test_uses_refusals import _extracted

P_ENTS = {
    **ENTS,
    "BERT": "Model",
    "RoBERTa": "Model",
    "MNLI": "Dataset",
    "LLM-as-a-Judge": "Method",
    "sparse autoencoders": "Method",
    "causal tracing": "Method",
}


def test_a_model_name_going_on_after_it_is_cut():
    from claimgraph.extract.relations.uses.fragments import _MODEL_GOES_ON

    def cut(after: str) -> bool:
        return _MODEL_GOES_ON.match(after) is not None

    assert cut("/2.5/3-VL, InternVL")  # "Qwen2" of "Qwen2/2.5/3-VL": a suffix ends the versions
    assert cut(" Hybrid-8B-Base, it improves")  # "OctoThinker" of "OctoThinker Hybrid-8B-Base"
    assert cut("-8B}$ and")  # "Llama-3.1" of "Llama-3.1-8B"
    assert cut(" o4-mini, outperforming")  # "GPT" of "GPT o4-mini"
    assert not cut("/2.5, Gemma-2, and")  # "Qwen-2/2.5": two versions named, each a model
    assert not cut(" and Mistral-7B")
    assert not cut(" model on 8 GPUs")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("Using sparse autoencoders on residual activations, we find a small set of features.", "sparse autoencoders"),
        ("Through causal tracing experiments on two models, we identify the layers storing facts.", "causal tracing"),
    ],
)
def test_the_tool_of_an_opening_before_a_finding_verb_is_no_use(sentence, tail):
    assert not any(t == tail for _, t in uses(sentence, entities=P_ENTS))


def test_a_variant_of_the_papers_system_is_the_head():
    found = _extracted(
        "QREAM: Query Rewriting with Exploration and Distillation",
        "We propose QREAM, a two-stage framework for query rewriting. Our framework consists of two stages: (1)"
        " QREAM-ICL, which uses stylistic seeds to guide rewriting; and (2) QREAM-FT, a lightweight student model"
        " distilled from denoised outputs. QREAM-FT employs dual-criteria rejection sampling, filtering based on"
        " answer correctness.",
    )
    assert ("QREAM-FT", "rejection sampling") in found  # the variant the sentence names, not the whole QREAM
    assert ("QREAM", "rejection sampling") not in found


def test_an_appositive_on_a_rival_is_the_rivals():
    title = "HALT: Hallucination Assessment via Log-probs as Time series"
    rival = "While being 30x smaller, HALT outperforms Lettuce, a fine-tuned modernBERT-base encoder, on HUB."
    assert not any(t == "modernBERT-base" for _, t in _extracted(title, f"We propose HALT, a detector. {rival}"))


def test_a_blend_of_the_long_forms_openings_is_the_same_method():
    from claimgraph.extract.relations.uses.coordinated import _letters_blend

    assert _letters_blend("CLIPer", "Classifier-Guided Inference-Time Personalization")  # CL-I-Per
    assert _letters_blend("LCO-Emb", "Language-Centric Omnimodal Embedding")
    assert _letters_blend("Q-Align", "Query-Query Alignment")
    assert not _letters_blend("T-GRAG", "Temporal Knowledge Graph Generator")  # an acronym, no blend
    assert not _letters_blend("RAGTune", "Retrieval-Augmented Generation")  # "Tune" opens no word
    assert not _letters_blend("FooNet", "Graph Attention")


def test_what_another_model_was_trained_on_is_not_used():
    found = uses(
        "Applied to BERT and RoBERTa trained on MNLI, FooNet rediscovers known lexical biases.",
        entities=P_ENTS,
    )
    assert not any(t == "MNLI" for _, t in found)


def test_an_evaluation_noun_after_the_tail_makes_it_a_tool_of_the_study():
    found = uses(
        "Through LLM-as-a-Judge evaluation and a user study, we demonstrate that FooNet outperforms baselines.",
        entities=P_ENTS,
    )
    assert not any(t == "LLM-as-a-Judge" for _, t in found)


def test_a_head_cut_after_a_hyphen_is_no_method():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.extract.relations.uses import not_own_method

    doc = Doc(Vocab(), words=["Implicit", "Functions", "for", "Task-", "Beta", "Net", "series-(7B"])
    assert not_own_method(doc[0:4])  # "Implicit Functions for Task-": cut after a hyphen
    assert not_own_method(doc[4:7])  # "Beta Net series-(7B": an unbalanced bracket
    assert not not_own_method(doc[4:6])
