"""evaluated_on on the paper's own benchmark that a result sentence points to ("on this benchmark", "on
our benchmark") in a paper that proposes a method too (relations/pairs/pointed.py)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import build

ENTS = {
    "FooNet": "Method",
    "FooBench": "Dataset",
    "BarSet": "Dataset",
    "BazSet": "Dataset",
    "GPT-4o": "Model",
    "ImageNet": "Dataset",
}
PROPOSE = "We propose FooNet, a new model for parsing."
BENCH = "We also develop FooBench, a comprehensive benchmark for evaluating parsing."


def evaluated(text: str, proposes=("FooNet", "FooBench")) -> list:
    from claimgraph.extract.relations.pairs import find_relations

    doc = build(text, entities=ENTS, proposes=proposes)
    return [r for r in find_relations(doc) if r.relation == "evaluated_on"]


@pytest.mark.parametrize(
    "result",
    [
        "Our model achieves state-of-the-art performance on this benchmark.",
        "FooNet achieves 84.1% accuracy on our new benchmark, surpassing larger models.",
        "Experimental results on this benchmark demonstrate that FooNet achieves 91.5% accuracy.",
    ],
)
def test_a_result_on_the_pointed_benchmark_is_the_methods(result):
    found = evaluated(f"{PROPOSE} {BENCH} {result}")
    assert {(r.head.text, r.tail.text) for r in found} == {("FooNet", "FooBench")}
    assert found[0].sentence.text.startswith("We also develop FooBench")  # the passage names the benchmark


def test_a_scored_model_on_the_pointed_benchmark_is_evaluated_there():
    text = f"{PROPOSE} {BENCH} Models struggle, with the leading model GPT-4o only achieving 51% on our benchmark."
    assert ("GPT-4o", "FooBench") in {(r.head.text, r.tail.text) for r in evaluated(text)}


def test_the_nearest_proposed_dataset_is_the_one_pointed_to():
    text = (
        f"{PROPOSE} We build BarSet, a training corpus of 6k examples. {BENCH} "
        "Our model achieves state-of-the-art performance on this benchmark."
    )
    assert {r.tail.text for r in evaluated(text, ("FooNet", "BarSet", "FooBench"))} == {"FooBench"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Building on this dataset, we define three tasks to benchmark model performance.",  # built on, no result
        "Building on this benchmark, FooNet achieves 84.1% accuracy.",  # built on it, not evaluated on it
        "Our model achieves state-of-the-art performance on our benchmarks.",  # which benchmark is not said
        "Our model achieves 84.1% accuracy on ImageNet and on this benchmark.",  # a named dataset: its own reading
        "Our model achieves state-of-the-art performance on this task.",  # no benchmark noun
    ],
)
def test_no_pointed_benchmark(sentence):
    found = evaluated(f"{PROPOSE} {BENCH} {sentence}")
    assert not [r for r in found if r.tail.text == "FooBench" and r.sentence.text.startswith("We also develop")]


def test_a_benchmark_named_more_than_three_sentences_back_is_not_pointed_to():
    filler = (
        "It holds many hard questions. Each question has one short answer. Three annotators checked every item. "
        "The items span eleven diverse domains."
    )
    text = f"{PROPOSE} {BENCH} {filler} Our model achieves state-of-the-art performance on this benchmark."
    assert not evaluated(text)


def test_a_pure_benchmark_paper_is_left_to_its_own_reading():
    result = "Models struggle, with the leading model GPT-4o only achieving 51% on our benchmark."
    found = evaluated(f"{BENCH} {result}", ("FooBench",))
    # benchmarked() reads it, once, shown with the result sentence that points to the benchmark (a fact of
    # pointed_benchmark would be shown with the passage from "We also develop FooBench")
    assert [(r.head.text, r.tail.text, r.sentence.text) for r in found] == [("GPT-4o", "FooBench", result)]


# ---------------------------------------------------------------- a benchmark introduced for evaluation, then results

INTRO = "To support evaluation, we introduce FooBench, a real-world dataset of driving scenes."


@pytest.mark.parametrize(
    "result",
    [
        "Experiments demonstrate that FooNet achieves state-of-the-art results.",
        "Extensive experiments demonstrate that our method surpasses state-of-the-art approaches.",
        "Experimental results show that the proposed method achieves 98.6% accuracy.",
    ],
)
def test_results_right_after_a_benchmark_introduced_for_evaluation_are_on_it(result):
    found = evaluated(f"{PROPOSE} {INTRO} {result}")
    assert {(r.head.text, r.tail.text) for r in found} == {("FooNet", "FooBench")}
    assert found[0].sentence.text.startswith("To support evaluation")  # both sentences are shown


@pytest.mark.parametrize(
    ("intro", "result"),
    [
        # other data in the result sentence
        (INTRO, "Experiments across four datasets show that FooNet achieves state-of-the-art results."),
        # others' systems are the ones evaluated
        (INTRO, "Extensive evaluations on 20 LLMs, including GPT-4o, demonstrate unsatisfactory performance."),
        (INTRO, "Our evaluation across representative driving models shows attack success rates above 50%."),
        # not opened by an experiment noun
        (INTRO, "Overall, FooNet achieves state-of-the-art results."),
    ],
)
def test_no_implied_benchmark(intro, result):
    assert not evaluated(f"{PROPOSE} {intro} {result}")


def test_a_result_that_names_the_system_up_to_three_sentences_after_the_benchmark_is_on_it():
    later = "The scenes were recorded in nine cities. Experiments show that FooNet achieves 90% accuracy."
    found = evaluated(f"{PROPOSE} {INTRO} {later}")
    assert [(r.head.text, r.tail.text) for r in found] == [("FooNet", "FooBench")]
    assert found[0].sentence.text.startswith("To support evaluation")  # the passage from the naming sentence


def test_a_method_proposed_between_the_benchmark_and_its_results_is_evaluated_on_it():
    text = (
        "Our benchmark, FooBench, covers twenty kinds of noise. Current parsers degrade sharply under noise. "
        "To improve robustness, we propose FooNet, a masking strategy for parsing. "
        "Extensive experiments show that our approach outperforms state-of-the-art methods."
    )
    assert [(r.head.text, r.tail.text) for r in evaluated(text)] == [("FooNet", "FooBench")]


@pytest.mark.parametrize(
    "intro",
    [
        "We further introduce FooBench, a large-scale benchmark of driving scenes.",
        "To establish a rigorous testbed, we build FooBench from driving logs.",
    ],
)
def test_a_dataset_introduced_as_a_benchmark_is_introduced_for_evaluation(intro):
    found = evaluated(f"{PROPOSE} {intro} Experiments demonstrate that FooNet achieves state-of-the-art results.")
    assert [(r.head.text, r.tail.text) for r in found] == [("FooNet", "FooBench")]


@pytest.mark.parametrize(
    "later",
    [
        # the result sentence farther back than the sentence right after names no system of the paper's
        "The scenes were recorded in nine cities. Experiments show consistent gains in accuracy.",
        "The scenes were recorded in nine cities. Our experiments reveal a clear trend in accuracy.",
        # the benchmark is named more than three sentences back
        "The scenes were recorded in nine cities. Each scene has ten frames. Each frame has a label. "
        "Annotators checked every label twice. Experiments show that FooNet achieves 90% accuracy.",
    ],
)
def test_a_later_result_is_not_always_read_as_on_the_benchmark(later):
    assert not evaluated(f"{PROPOSE} {INTRO} {later}")


def test_a_dataset_introduced_for_training_is_no_benchmark_of_later_results():
    intro = "To enable pretraining, we curate FooBench, a large-scale dataset of driving scenes."
    later = "The scenes were recorded in nine cities. Experiments show that FooNet achieves 90% accuracy."
    assert not evaluated(f"{PROPOSE} {intro} {later}")


def test_a_dataset_named_as_a_benchmark_is_introduced_for_evaluation():
    found = evaluated(
        f"{PROPOSE} We construct FooBench, covering ten kinds of scenes. Experiments show that FooNet wins."
    )
    assert [(r.head.text, r.tail.text) for r in found] == [("FooNet", "FooBench")]


def test_a_sentence_that_describes_the_benchmark_lets_the_result_reach_the_one_that_introduces_it():
    text = (
        f"{PROPOSE} To support evaluation, we introduce BarSet, a real-world dataset of driving scenes. "
        "BarSet covers rain, fog and snow. Extensive experiments demonstrate that our method surpasses baselines."
    )
    found = evaluated(text, proposes=("FooNet", "BarSet"))
    assert [(r.head.text, r.tail.text) for r in found] == [("FooNet", "BarSet")]
    assert found[0].sentence.text.startswith("To support evaluation")


def test_a_result_that_does_not_name_the_system_does_not_reach_past_a_describing_sentence():
    text = (
        f"{PROPOSE} To support evaluation, we introduce BarSet, a set of driving scenes. BarSet covers rain and fog. "
        "Experiments show consistent gains in accuracy."
    )
    assert not evaluated(text, proposes=("FooNet", "BarSet"))


def test_a_describing_sentence_of_another_dataset_ends_the_search():
    text = (
        f"{PROPOSE} To support evaluation, we introduce BazSet, a set of driving scenes. BarSet covers rain and "
        "fog. Extensive experiments demonstrate that our method surpasses strong baselines."
    )
    assert not evaluated(text, proposes=("FooNet", "BazSet", "BarSet"))


def test_a_dataset_neither_introduced_for_evaluation_nor_named_as_a_benchmark_is_not_implied():
    text = f"{PROPOSE} We also release BarSet, a large corpus of driving scenes. Experiments show that FooNet wins."
    assert not evaluated(text, proposes=("FooNet", "BarSet"))
