"""Relation readings from a judged sample (issue #17): a number after "than" is a count, not a rival; a
benchmark paper's sentence about other benchmarks; a language is no dataset; a Model's "variants" are a
class."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader, pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new model for parsing."
ENTS = {
    "FooNet": "Method",
    "BarNet": "Model",
    "3DGS": "Method",
    "Transformer": "Method",
    "CLIP": "Model",
    "GPT-4o": "Model",
    "Claude": "Model",
    "FooBench": "Dataset",
    "MMLU": "Dataset",
    "German": "Dataset",
    "accuracy": "Metric",
}


READ = RelationReader(PROPOSE, ENTS)
triples = READ.triples


# ---------------------------------------------------------------- "more than 40 percent of X"


@pytest.mark.parametrize(
    "sentence,tail",
    [
        (
            "FooNet improves accuracy from 19.1 percent to 87.3 percent while skipping more than 40 percent "
            "of Transformer blocks.",
            "Transformer",
        ),
        ("FooNet improves accuracy while using less than 1% of the parameters of BarNet.", "BarNet"),
    ],
)
def test_a_number_after_than_is_a_count_not_a_rival(sentence, tail):
    assert ("FooNet", tail) not in pairs_of(triples(sentence), "outperforms")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet achieves higher accuracy than 3DGS.", "3DGS"),  # a name that starts with a digit
        ("FooNet outperforms BarNet by more than 5% in accuracy.", "BarNet"),  # the count is the margin
        ("FooNet achieves better accuracy than BarNet.", "BarNet"),
    ],
)
def test_a_rival_after_than_stays(sentence, tail):
    assert ("FooNet", tail) in pairs_of(triples(sentence), "outperforms")


# ---------------------------------------------------------------- "prior medical CLIP variants"


def test_a_models_variants_are_a_class_not_the_model():
    sentence = "FooNet shows stronger generalization than prior medical CLIP variants."
    assert ("FooNet", "CLIP") not in pairs_of(triples(sentence), "outperforms")
    assert ("FooNet", "CLIP") in pairs_of(triples("FooNet shows stronger generalization than CLIP."), "outperforms")


# ---------------------------------------------------------------- a benchmark paper's other benchmarks

BENCH = "We introduce FooBench, a new benchmark for parsing."


def bench_facts(sentence: str) -> set[tuple[str, str]]:
    return RelationReader(BENCH, ENTS).evaluated(sentence, ("FooBench",))


@pytest.mark.parametrize(
    "sentence",
    [
        "RL post-training with METHOD consistently improves performance on ten external multimodal reasoning "
        "benchmarks across GPT-4o and Claude.",
        "The approach consistently improves performance on several public datasets across GPT-4o and Claude.",
        "Results on 5 benchmarks show gains for GPT-4o and Claude.",
    ],
)
def test_models_on_other_benchmarks_are_not_evaluated_on_the_papers_benchmark(sentence):
    assert ("GPT-4o", "FooBench") not in bench_facts(sentence)


def test_models_a_benchmark_paper_scores_stay_evaluated_on_it():
    assert ("GPT-4o", "FooBench") in bench_facts(
        "Even the best-performing model, GPT-4o, achieves only 52.5% accuracy."
    )
    assert ("GPT-4o", "FooBench") in bench_facts("GPT-4o achieves only 52.5% accuracy on our benchmarks.")


# ---------------------------------------------------------------- "English and German benchmarks"


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet matches dense models on aggregate English and German benchmarks.",
        "FooNet achieves the best accuracy on aggregate English and German benchmarks.",
        "FooNet achieves 80% accuracy on German.",
    ],
)
def test_a_language_is_no_dataset(sentence):
    assert ("FooNet", "German") not in pairs_of(triples(sentence), "evaluated_on")


def test_a_named_dataset_beside_a_language_stays():
    assert ("FooNet", "MMLU") in pairs_of(triples("FooNet achieves 80% accuracy on MMLU."), "evaluated_on")


# ---------------------------------------------------------------- "the CVPR 2025 baseline One2Any"


def test_a_name_before_a_year_is_a_venue_not_a_rival():
    ents = {**ENTS, "CVPR": "Method"}
    text = f"{PROPOSE} FooNet reaches 92.5% accuracy, significantly outperforming the CVPR 2025 baseline (52.6%)."
    assert ("FooNet", "CVPR") not in pairs_of(relation_triples(text, ents, ("FooNet",)), "outperforms")
    text = f"{PROPOSE} FooNet reaches 92.5% accuracy, significantly outperforming CVPR (52.6%)."
    assert ("FooNet", "CVPR") in pairs_of(relation_triples(text, ents, ("FooNet",)), "outperforms")
