"""Issue #17: comparisons and settings that are not outperforms, uses or evaluated_on."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build, pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new method for reasoning."
ENTS = {
    "FooNet": "Method",
    "OpenAI o1": "Model",
    "GPT-4o": "Model",
    "GPT-4": "Model",
    "GPT-3.5-turbo": "Model",
    "GRPO": "Method",
    "Qwen3-4B-Base": "Model",
    "SDXL": "Model",
    "Transformer": "Method",
    "LLaMA-7B": "Model",
    "StarCoder": "Model",
    "AIME": "Dataset",
    "FooBench": "Dataset",
    "FooInstruct": "Dataset",
    "GSM8K": "Dataset",
    "latency": "Metric",
    "perplexity": "Metric",
}


def triples(abstract: str, proposes=("FooNet",)):
    return relation_triples(abstract, ENTS, proposes)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet achieves 71.2% on AIME, only 0.4% lower than OpenAI o1.", "OpenAI o1"),
        ("FooNet performs on par with GPT-4o on AIME.", "GPT-4o"),
        ("FooNet is comparable to GPT-4o on AIME.", "GPT-4o"),
        ("Results show that FooNet correlates much more with GPT-4 than baselines distilled from GPT-4.", "GPT-4"),
        ("FooNet yields higher perplexity than GPT-4o.", "GPT-4o"),
        ("FooNet is slightly worse than GPT-4o on AIME.", "GPT-4o"),
        ("FooNet improves accuracy over GRPO by 4.1 points on Qwen3-4B-Base.", "Qwen3-4B-Base"),
        ("FooNet outperforms existing methods on various backbones, such as SDXL.", "SDXL"),
    ],
)
def test_comparisons_that_are_not_outperforms(sentence, tail):
    assert ("FooNet", tail) not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet has 30% lower latency than GPT-4o.", "GPT-4o"),
        ("FooNet reaches lower perplexity than GPT-4o.", "GPT-4o"),
        ("FooNet improves accuracy over GRPO by 4.1 points on Qwen3-4B-Base.", "GRPO"),
        ("Our training enables FooNet, a small model, to outperform much larger models like StarCoder.", "StarCoder"),
        ("FooNet outperforms strong backbones such as GPT-4o and LLaMA-7B on AIME.", "LLaMA-7B"),
        ("FooNet is better than baseline models based on LLaMA-7B.", "LLaMA-7B"),
    ],
)
def test_outperforms_that_still_count(sentence, tail):
    assert ("FooNet", tail) in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


def test_akin_to_is_not_uses():
    found = triples(
        f"{PROPOSE} FooNet models long-range context akin to Transformer-based methods, while staying linear."
    )
    assert ("FooNet", "Transformer") not in pairs_of(found, "uses")


def test_built_on_is_still_uses():
    found = triples(f"{PROPOSE} FooNet is built on LLaMA-7B and keeps linear cost.")
    assert ("FooNet", "LLaMA-7B") in pairs_of(found, "uses")


@pytest.mark.parametrize(
    "sentence,dataset",
    [
        ("We further construct FooInstruct, a training set of 10k problems.", "FooInstruct"),
        ("We fine-tune FooNet on the FooInstruct training set and report results.", "FooInstruct"),
        ("To facilitate evaluation, we also construct FooBench, a challenging benchmark.", "FooBench"),
        ("We introduce a new benchmark, named FooBench, to evaluate models across 14 languages.", "FooBench"),
    ],
)
def test_newly_built_or_training_data_is_not_evaluated_on(sentence, dataset):
    assert ("FooNet", dataset) not in pairs_of(triples(f"{PROPOSE} {sentence}"), "evaluated_on")


def test_benchmark_as_a_noun_is_not_an_evaluation_verb():
    found = triples(f"{PROPOSE} The FooBench benchmark pairs GPT-4o answers with GSM8K problems.")
    assert ("GPT-4o", "GSM8K") not in pairs_of(found, "evaluated_on")


def test_compared_model_is_not_the_evaluated_head():
    found = triples(f"{PROPOSE} Compared to GPT-4o, FooNet is 4 seconds faster on GSM8K.")
    assert ("GPT-4o", "GSM8K") not in pairs_of(found, "evaluated_on")


def test_evaluation_on_a_benchmark_still_counts():
    found = triples(f"{PROPOSE} We evaluate FooNet on FooBench and GSM8K.")
    assert {("FooNet", "FooBench"), ("FooNet", "GSM8K")} <= pairs_of(found, "evaluated_on")


def test_object_pronoun_does_not_replace_a_named_subject():
    from claimgraph.extract.claims.detection import find_claims

    doc = build(
        f"{PROPOSE} GPT-4o takes it a step further and outperforms LLaMA-7B.", entities=ENTS, proposes=("FooNet",)
    )
    claims = find_claims(doc)
    assert [c.subject.text for c in claims if "step further" in c.sentence.text] == ["GPT-4o"]
    assert ("GPT-4o", "LLaMA-7B") in pairs_of(
        triples(f"{PROPOSE} GPT-4o takes it a step further and outperforms LLaMA-7B."), "outperforms"
    )


# Round 4 (issue #17): misreadings judged on a fresh realabs sample.

R4 = {
    **ENTS,
    "BarNet": "Method",
    "AdamW": "Method",
    "VAE": "Method",
    "Matryoshka": "Method",
    "RL": "Method",
    "DoReMi": "Method",
    "ODM": "Method",
    "MMLU": "Dataset",
    "UAV": "Dataset",
    "LLFF": "Dataset",
    "DTU": "Dataset",
    "FGVC": "Method",
    "BART": "Model",
}


def r4(sentence: str):
    doc = build(f"{PROPOSE} {sentence}", entities=R4, proposes=("FooNet",))
    return {(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Experiments show that FooNet performs on-par with or better than AdamW.",
        "FooNet is comparable to or better than AdamW on AIME.",
        "FooNet is better than or comparable to AdamW on AIME.",
    ],
)
def test_parity_or_better_is_not_outperforms(sentence):
    assert ("FooNet", "outperforms", "AdamW") not in r4(sentence)


def test_better_than_alone_is_still_outperforms():
    assert ("FooNet", "outperforms", "AdamW") in r4("FooNet is consistently better than AdamW on AIME.")


def test_a_clause_with_its_own_named_subject_takes_the_head():
    found = r4("FooNet leads on AIME, where GPT-4o outperforms LLaMA-7B on GSM8K.")
    assert ("FooNet", "outperforms", "LLaMA-7B") not in found
    assert ("GPT-4o", "outperforms", "LLaMA-7B") in found


def test_a_clause_with_an_unnamed_subject_gives_no_outperforms():
    found = r4("Applying BarNet reveals that initializing from FooBench checkpoints elevates accuracy over RL.")
    assert not {(h, t) for h, r, t in found if r == "outperforms"}


@pytest.mark.parametrize(
    "sentence,pair",
    [
        ("FooNet, a model that consistently outperforms AdamW, is small.", ("FooNet", "AdamW")),
        ("Our findings indicate that while FooNet outperforms AdamW, it is slower.", ("FooNet", "AdamW")),
        ("GPT-4o is strong, while our method outperforms AdamW on AIME.", ("FooNet", "AdamW")),
        ("FooNet reduces cost while outperforming AdamW on AIME.", ("FooNet", "AdamW")),
    ],
)
def test_clauses_that_keep_or_resolve_the_head(sentence, pair):
    assert (pair[0], "outperforms", pair[1]) in r4(sentence)


def test_the_heads_own_variant_is_not_the_rival():
    assert ("FooNet", "outperforms", "VAE") not in r4(
        "On AIME, pixel-space FooNet generally outperforms its VAE-based variant."
    )
    # "VAE-based methods" is a class of methods built on VAE, not VAE
    assert ("FooNet", "outperforms", "VAE") not in r4("On AIME, FooNet generally outperforms VAE-based methods.")
    assert ("FooNet", "outperforms", "VAE") in r4("On AIME, FooNet generally outperforms the VAE baseline.")


def test_a_proposal_after_the_comparison_is_not_a_rival():
    found = r4("We show that FooNet outperforms prior designs, and further propose a Matryoshka-style scheme.")
    assert ("FooNet", "outperforms", "Matryoshka") not in found


def test_a_kind_of_data_is_not_evaluated_on():
    assert ("FooNet", "evaluated_on", "UAV") not in r4(
        "Experiments on two challenging UAV datasets show that FooNet wins."
    )
    found = r4("Experiments on the LLFF and DTU benchmarks show that FooNet wins.")
    assert ("FooNet", "evaluated_on", "DTU") in found


def test_another_named_subject_takes_the_result():
    found = r4("For data mixture, DoReMi and ODM improve MMLU accuracy over default proportions.")
    assert ("FooNet", "evaluated_on", "MMLU") not in found
    found = r4("Notably, our fine-tuned GPT-4o reaches 51.7% on MMLU.")
    assert ("FooNet", "evaluated_on", "MMLU") not in found


def test_a_name_after_a_preposition_is_not_the_subject():
    found = r4("For example, upon BART backbone, we achieve +1.1% averaged gain on the MMLU benchmark.")
    assert ("FooNet", "evaluated_on", "MMLU") in found


def test_a_task_is_not_a_uses_tail():
    assert ("FooNet", "uses", "FGVC") not in r4("FooNet leverages classification performance in FGVC tasks.")
    assert ("FooNet", "uses", "BarNet") in r4("FooNet leverages BarNet to classify images.")


def test_beyond_is_not_uses():
    found = r4("FooNet highlights the need to employ methods beyond prompting and BarNet.")
    assert ("FooNet", "uses", "BarNet") not in found
    assert ("FooNet", "uses", "BarNet") in r4("FooNet highlights the need to employ methods like BarNet.")


def test_a_setting_before_datasets_is_not_a_uses_tail():
    found = r4("FooNet leads across commonly used FGVC datasets and builds on BarNet.")
    assert ("FooNet", "uses", "FGVC") not in found
