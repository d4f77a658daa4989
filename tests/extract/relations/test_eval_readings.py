"""evaluated_on readings: long dataset lists, score subjects, opening participles,
coined dataset names before a plural data noun, and dataset fragments (relations/pairs/, guards/)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new model for parsing."
ENTS = {
    "FooNet": "Method",
    "BarNet": "Model",
    "GPT-4o": "Model",
    "BERT": "Model",
    "ImageNet": "Dataset",
    "MMLU": "Dataset",
    "MathVerse": "Dataset",
    "ADT3D": "Dataset",
    "UAV": "Dataset",
    "MNIST": "Dataset",
    "COCO": "Dataset",
    "accuracy": "Metric",
}


def evaluated(sentence: str, proposes=("FooNet",)) -> set[tuple[str, str]]:
    text = f"{PROPOSE} {sentence}" if proposes else sentence
    return pairs_of(relation_triples(text, ENTS, proposes), "evaluated_on")


def test_a_long_list_in_parentheses_is_read_back_to_its_slot():
    found = evaluated(
        "The experimental results on multiple reasoning and knowledge-intensive datasets datasets "
        "(i.e., ImageNet, MMLU, and MathVerse) show that FooNet scales inference-time compute well."
    )
    assert {("FooNet", "ImageNet"), ("FooNet", "MMLU"), ("FooNet", "MathVerse")} <= found


def test_an_adjectival_open_source_is_no_introduction():
    found = evaluated("Experiments show that FooNet achieves a new open-source competitive result on MMLU.")
    assert ("FooNet", "MMLU") in found


def test_an_introducing_verb_still_blocks():
    assert not evaluated("We open-source MMLU, a benchmark for parsing, and report results.")


def test_an_apposed_dataset_after_a_long_evaluation_slot():
    found = evaluated(
        "FooNet achieves the state-of-the-art on both our proposed synthetic datasets and one popular real "
        "dataset, MMLU, significantly outperforming multi-task baselines."
    )
    assert ("FooNet", "MMLU") in found


def test_an_apposed_dataset_without_an_evaluation_slot_is_introduced():
    assert not evaluated("Moreover, we collect a new dataset, MMLU, with 5k questions.")


def test_a_coined_name_before_a_plural_data_noun_is_a_dataset():
    assert ("FooNet", "ADT3D") in evaluated(
        "Experiments on the real-world ADT3D datasets show that FooNet is accurate."
    )


def test_a_kind_of_data_before_a_plural_data_noun_is_no_dataset():
    assert ("FooNet", "UAV") not in evaluated(
        "FooNet achieves state-of-the-art results on two challenging UAV datasets."
    )


@pytest.mark.parametrize(
    "sentence,proposes,pairs",
    [
        (
            "Our strongest individual model, BarNet, achieved a ROUGE-1 of 0.740 and a BERTScore of 0.983 on the "
            "MMLU test split.",
            (),
            {("BarNet", "MMLU")},
        ),
        (
            "Notably, we find that BarNet and GPT-4o achieve less than 2% accuracy on MMLU.",
            (),
            {("BarNet", "MMLU"), ("GPT-4o", "MMLU")},
        ),
        (
            "Baseline results underscore the difficulty, with the leading model GPT-4o achieving only 38.9% accuracy "
            "on MMLU.",
            ("FooNet",),
            {("GPT-4o", "MMLU")},
        ),
    ],
)
def test_the_name_before_a_score_verb_is_the_head(sentence, proposes, pairs):
    found = evaluated(sentence, proposes)
    assert pairs <= found
    assert ("FooNet", "MMLU") not in found


def test_the_proposed_entity_keeps_its_own_score():
    assert evaluated("FooNet achieves 80.1% accuracy on MMLU.") == {("FooNet", "MMLU")}


def test_a_tool_before_the_score_verb_is_no_head():
    found = evaluated("Our pipeline using BERT achieves 80.1% accuracy on MMLU.")
    assert ("BERT", "MMLU") not in found


def test_an_opening_evaluation_participle_describes_the_main_subject():
    found = evaluated(
        "Reinforcement post-training further improves performance, and when evaluated in an agentic setting on "
        "the MMLU benchmark using GPT-4o as planner, BarNet attains superior results.",
        ("BarNet",),
    )
    assert ("BarNet", "MMLU") in found
    assert ("GPT-4o", "MMLU") not in found


def test_an_opening_participle_with_our_approach_keeps_the_proposed_head():
    assert ("FooNet", "MMLU") in evaluated("Evaluated on MMLU, our approach reaches 80% accuracy.")


@pytest.mark.parametrize(
    "sentence,dropped",
    [
        ("FooNet achieves competitive accuracy on Moving MNIST and ImageNet.", "MNIST"),  # "Moving MNIST"
        ("FooNet improves accuracy on ImageNet-hard and MMLU.", "ImageNet"),  # "ImageNet-hard"
        ("FooNet improves accuracy on MMLU Diamond and ImageNet.", "MMLU"),  # "MMLU Diamond"
        ("Experiments use a corrected AIHub-based MMLU benchmark, and results on ImageNet show gains.", "MMLU"),
    ],
)
def test_a_dataset_that_is_part_of_a_longer_name_is_dropped(sentence, dropped):
    found = evaluated(sentence)
    assert ("FooNet", dropped) not in found
    assert found  # the whole name next to it is kept


@pytest.mark.parametrize(
    "sentence,dataset",
    [
        ("FooNet achieves 50.1 mAP on MS COCO.", "COCO"),  # an all-capitals prefix names the same dataset
        ("FooNet achieves state-of-the-art accuracy on the English MMLU test set.", "MMLU"),  # a language
    ],
)
def test_a_prefix_that_names_the_same_dataset_keeps_it(sentence, dataset):
    assert ("FooNet", dataset) in evaluated(sentence)


def test_a_capitalised_list_word_before_a_dataset_is_no_name_part():
    assert ("FooNet", "MNIST") in evaluated("Across MNIST and ImageNet, FooNet achieves higher accuracy.")


# ---------------------------------------------------------------- a benchmark paper's models

BENCH = "We introduce FooBench, a new benchmark for parsing."
BENCH_ENTS = {**ENTS, "FooBench": "Dataset", "Claude": "Model", "Llama-3": "Model"}


def benchmark_facts(sentence: str) -> set[tuple[str, str]]:
    return pairs_of(relation_triples(f"{BENCH} {sentence}", BENCH_ENTS, ("FooBench",)), "evaluated_on")


@pytest.mark.parametrize(
    "sentence,heads",
    [
        ("GPT-4o is the only model whose performance is significantly better than chance.", {"GPT-4o"}),
        ("We evaluate 20 models, including GPT-4o and Claude, and find that all struggle.", {"GPT-4o", "Claude"}),
        ("Even the best-performing model, GPT-4o, achieves only 52.5% accuracy.", {"GPT-4o"}),
    ],
)
def test_models_a_benchmark_paper_reports_are_evaluated_on_its_benchmark(sentence, heads):
    assert {(h, "FooBench") for h in heads} <= benchmark_facts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We employ GPT-4o for automated assessment of the answers with high accuracy.",  # a tool
        "Using FooBench, we evaluate 24 LLMs, with GPT-4o serving as the LLM-as-a-judge evaluator.",
        "All questions are generated by GPT-4o and verified, with high accuracy.",  # the benchmark's making
        "Our model achieves 80% accuracy, outperforming the baseline GPT-4o.",  # the paper's own system
        "GPT-4o achieves 90% accuracy on MMLU.",  # another dataset named: the normal reading holds
    ],
)
def test_models_that_are_tools_or_rivals_are_not_evaluated_on_the_benchmark(sentence):
    assert ("GPT-4o", "FooBench") not in benchmark_facts(sentence)


def test_a_paper_with_a_method_of_its_own_is_no_benchmark_paper():
    text = (
        "We introduce FooBench, a new benchmark for parsing, and our method FooNet. "
        "GPT-4o is the only model to consistently do significantly better than chance."
    )
    found = pairs_of(relation_triples(text, BENCH_ENTS, ("FooBench",)), "evaluated_on")
    assert ("GPT-4o", "FooBench") not in found


def test_a_score_in_a_background_sentence_names_its_system():
    found = benchmark_facts(
        "Despite the simplicity of the task, the strongest evaluated model, GPT-4o, achieves only 71.1% "
        "accuracy on MMLU."
    )
    assert ("GPT-4o", "MMLU") in found


@pytest.mark.parametrize(
    "sentence,dropped",
    [
        ("Extensive evaluations on UAV H20 GPUs demonstrate that FooNet delivers up to 47x speedups.", "UAV"),
        ("FooNet runs on COCO accelerators and achieves state-of-the-art accuracy.", "COCO"),
        ("We evaluate FooNet at 4-bit precision on COCO and MNIST devices.", "MNIST"),
        ("We evaluate FooNet in a local testbed and a COCO testbed.", "COCO"),
    ],
)
def test_hardware_after_a_dataset_name_is_no_evaluation_set(sentence, dropped):
    assert ("FooNet", dropped) not in evaluated(sentence)


def test_a_dataset_before_a_gpu_count_is_kept():
    assert ("FooNet", "MMLU") in evaluated("FooNet reaches 69.9% on MMLU in just 30 GPU hours.")


def test_a_dataset_before_a_device_phrase_is_kept():
    found = evaluated("FooNet reaches 69.9% on MMLU on edge devices and 71.2% on COCO with a testbed of 8 GPUs.")
    assert {("FooNet", "MMLU"), ("FooNet", "COCO")} <= found


def test_data_the_paper_beats_is_no_evaluation_set():
    found = evaluated(
        "Trained on it, FooNet achieves a 44.13 average score across 18 benchmarks, surpassing ImageNet, "
        "COCO, and MNIST, with strong gains on MMLU."
    )
    assert found & {("FooNet", "ImageNet"), ("FooNet", "COCO"), ("FooNet", "MNIST")} == set()
    assert ("FooNet", "MMLU") in found


def test_a_benchmark_after_the_rival_is_still_evaluated_on():
    assert ("FooNet", "MMLU") in evaluated("FooNet outperforms BarNet on MMLU.")


def test_attains_reports_a_result_on_the_dataset():
    text = f"{PROPOSE} BarNet attains 61.74 average NDCG@5 on MMLU (86.9% of the teacher)."
    found = pairs_of(relation_triples(text, {**ENTS, "BarNet": "Model"}), "evaluated_on")
    assert ("BarNet", "MMLU") in found  # a named system's score, read like "achieves"


def test_a_scored_clause_after_a_colon_is_no_introduction():
    assert ("FooNet", "MMLU") in evaluated("We release two variants: FooNet attains 61.74 average NDCG@5 on MMLU.")
    assert not evaluated("We introduce two benchmarks: MMLU and GSM8K.")  # the colon lists what is introduced
