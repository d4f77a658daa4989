"""Issue #17 (judged sample seed 3162277): heads and tails of evaluated_on and outperforms that the
sentence does not support: an established technique read for "the framework"/"This", a name opening
the sentence read as "it", a judge model as evaluated, a model given a score as if it were a benchmark,
a baseline trained with a method at a model size read as the method (relations/pairs/, guards/)."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build, pairs_of, relation_triples

ENTS = {
    "FooNet": "Method",
    "prompt engineering": "Method",
    "Prompt Engineering": "Method",
    "reinforcement learning": "Method",
    "RLVR": "Method",
    "DAPO": "Method",
    "SFT": "Method",
    "DPO": "Method",
    "LLaMA": "Model",
    "Qwen-1.7B": "Model",
    "Qwen3-VL-8B": "Model",
    "Quilt-1M": "Model",
    "GPT-4o": "Model",
    "STATE-ToxiCN": "Dataset",
    "GLM-4.1V": "Dataset",
    "TCGA": "Dataset",
    "VisA": "Dataset",
    "MMLU": "Dataset",
    "FooBench": "Dataset",
    "mIoU": "Metric",
}


def found(text: str, proposes=("FooNet",), relation: str = "evaluated_on") -> set[tuple[str, str]]:
    return pairs_of(relation_triples(text, ENTS, proposes), relation)


@pytest.mark.parametrize(
    "text,proposes,relation,pair",
    [
        (
            "We propose a framework that combines Prompt Engineering with retrieval. "
            "Evaluations on the STATE-ToxiCN benchmark validate the framework's effectiveness.",
            ("Prompt Engineering",),
            "evaluated_on",
            ("Prompt Engineering", "STATE-ToxiCN"),
        ),
        (
            "We propose a new exploration strategy for reinforcement learning (RL). "
            "This leads to substantial performance gains over standard RLVR under the same budget.",
            ("reinforcement learning",),
            "outperforms",
            ("reinforcement learning", "RLVR"),
        ),
    ],
)
def test_an_established_technique_is_not_what_the_framework_stands_for(text, proposes, relation, pair):
    assert pair not in found(text, proposes, relation)


@pytest.mark.parametrize(
    "text,proposes,pair",
    [
        (  # a coined name of the paper's own
            "We propose FooNet, a framework built on prompt engineering. "
            "Evaluations on the STATE-ToxiCN benchmark validate the framework's effectiveness.",
            ("FooNet",),
            ("FooNet", "STATE-ToxiCN"),
        ),
        (  # the technique named in the sentence
            "We study prompt engineering for hate speech detection. "
            "Experiments on STATE-ToxiCN show that prompt engineering improves accuracy.",
            ("prompt engineering",),
            ("prompt engineering", "STATE-ToxiCN"),
        ),
        (  # an acronym the paper coins, equal to a lexicon name by chance
            "We introduce DAPO, a novel approach for defect-aware prompt optimization. "
            "We conducted experiments on public benchmarks (TCGA and VisA).",
            ("DAPO",),
            ("DAPO", "VisA"),
        ),
    ],
)
def test_a_coined_or_named_head_keeps_its_evaluation(text, proposes, pair):
    assert pair in found(text, proposes)


def test_a_name_opening_the_sentence_that_the_paper_writes_inside_sentences_is_the_winner():
    lead = "We propose FooNet, a framework for anonymization. We compare LLaMA and Phi as anonymizers. "
    assert ("FooNet", "LLaMA") not in found(
        lead + "Phi outperformed LLaMA in finding sensitive data.", relation="outperforms"
    )
    assert ("FooNet", "LLaMA") in found(
        lead + "It outperformed LLaMA in finding sensitive data.", relation="outperforms"
    )
    assert ("FooNet", "LLaMA") in found(
        lead + "This outperformed LLaMA in finding sensitive data.", relation="outperforms"
    )


@pytest.mark.parametrize(
    "sentence,kept",
    [
        ("Our method enables a Qwen-1.7B model to outperform larger baselines (e.g., 4B Vanilla SFT).", False),
        ("FooNet outperforms a 7B SFT baseline in style consistency.", False),
        ("FooNet outperforms SFT and DPO in style consistency.", True),
    ],
)
def test_a_method_after_a_model_size_is_a_trained_model_not_the_method(sentence, kept):
    pairs = found(f"We propose FooNet, a method for stylized generation. {sentence}", relation="outperforms")
    assert any(tail == "SFT" for _, tail in pairs) is kept


def test_a_sized_winner_keeps_its_method_rival():
    assert ("FooNet", "DPO") in found(
        "We propose FooNet. FooNet 8B surpasses DPO by 5% on MMLU.", relation="outperforms"
    )


def _evaluated_with_scores(sentence: str, scores: dict[str, tuple[float, str | None]]) -> set[tuple[str, str]]:
    doc = build(
        f"We propose FooNet, a retrieval framework. {sentence}", entities=ENTS, quantities=scores, proposes=("FooNet",)
    )
    return {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "evaluated_on"}


@pytest.mark.parametrize(
    "sentence,scores",
    [
        (
            "It yields a relative improvement of 21.3% on Qwen3-VL-8B and 20.1% on GLM-4.1V across five benchmarks.",
            {"21.3%": (21.3, "%"), "20.1%": (20.1, "%")},
        ),
        (
            "On VisA, FooNet improves by +6.1 mIoU on Qwen3-VL-8B and +3.0 mIoU on GLM-4.1V.",
            {"+6.1": (6.1, None), "+3.0": (3.0, None)},
        ),
    ],
)
def test_a_model_scored_in_parallel_with_a_typed_dataset_is_no_benchmark(sentence, scores):
    assert ("FooNet", "GLM-4.1V") not in _evaluated_with_scores(sentence, scores)


@pytest.mark.parametrize(
    "sentence,scores,pair",
    [
        ("Experiments on Quilt-1M, TCGA and VisA demonstrate the superiority of FooNet.", {}, ("FooNet", "TCGA")),
        (
            "FooNet reaches 80.1% on MMLU and 70.2% on VisA.",
            {"80.1%": (80.1, "%"), "70.2%": (70.2, "%")},
            ("FooNet", "VisA"),
        ),
        (
            "FooNet gives gains of 48.2% on MMLU using GPT-4o, 38.1% on VisA using Qwen-1.7B.",
            {"48.2%": (48.2, "%"), "38.1%": (38.1, "%")},
            ("FooNet", "VisA"),
        ),
    ],
)
def test_a_dataset_listed_without_a_parallel_model_score_is_kept(sentence, scores, pair):
    assert pair in _evaluated_with_scores(sentence, scores)


@pytest.mark.parametrize(
    "sentence,kept",
    [
        ("We adopt two tracks: a rule-based refusal rate, and a GPT-4o-judged score on a 1-5 scale.", False),
        ("GPT-4o is the only model whose performance is significantly better than chance.", True),
    ],
)
def test_a_model_glued_to_judged_scores_the_answers(sentence, kept):
    text = f"We introduce FooBench, a new benchmark for parsing. {sentence}"
    assert (("GPT-4o", "FooBench") in found(text, ("FooBench",))) is kept


@pytest.mark.parametrize(
    "sentence,pair,kept",
    [
        (
            "We further fine-tuned a LLaMA model to be an expert model using the augmented dataset, which outperformed "
            "GPT-4o in instructional quality.",
            ("LLaMA", "GPT-4o"),
            False,
        ),
        ("LLaMA outperformed GPT-4o in instructional quality.", ("LLaMA", "GPT-4o"), True),
        ("We fine-tuned FooNet on our data, which outperformed GPT-4o.", ("FooNet", "GPT-4o"), True),
    ],
)
def test_a_model_the_authors_trained_is_not_the_winner_as_such(sentence, pair, kept):
    text = f"We propose FooNet, a data augmentation pipeline for tutoring. {sentence}"
    assert (pair in found(text, relation="outperforms")) is kept
