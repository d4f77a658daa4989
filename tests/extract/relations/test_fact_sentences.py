"""evaluated_on and outperforms readings (issue #17, misreadings of a judged fact sample): a
benchmark paper's model is shown with the passage that names the benchmark, datasets built rather than
evaluated on, metrics and starting weights typed as datasets, others' systems evaluated; plug-in gains,
properties, resource limits and the best of a class are no wins (relations/pairs/)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader, build, pairs_of, relation_triples

ENTS = {
    "FooNet": "Method",
    "FooBench": "Dataset",
    "BarNet": "Model",
    "GPT-4o": "Model",
    "Claude": "Model",
    "FLUX": "Model",
    "GLIGEN": "Model",
    "3DIS": "Model",
    "CNN": "Method",
    "ViT": "Method",
    "DiT": "Method",
    "MoE": "Method",
    "SLAM": "Method",
    "3DGS": "Method",
    "ImageNet": "Dataset",
    "MMLU": "Dataset",
    "nuScenes": "Dataset",
    "mR@3": "Dataset",
    "mAP@3": "Dataset",
    "AUC-J": "Dataset",
    "NSS": "Dataset",
    "accuracy": "Metric",
}

reader = RelationReader("We propose FooNet, a new model for parsing.", ENTS)


# ---------------------------------------------------------------- a benchmark paper's models

BENCH = "We introduce FooBench, a new benchmark for parsing."
FILLER = "The questions cover many domains. Each question has one answer. Annotators checked every item."


def benchmark_relations(text: str) -> list:
    from claimgraph.extract.relations.pairs import find_relations

    doc = build(text, entities=ENTS, proposes=("FooBench",))
    return [r for r in find_relations(doc) if r.relation == "evaluated_on" and r.tail.text == "FooBench"]


def test_a_model_next_to_the_benchmark_name_is_shown_with_the_name():
    found = benchmark_relations(f"{BENCH} We evaluate 20 models, including GPT-4o and Claude, and all struggle.")
    assert {r.head.text for r in found} == {"GPT-4o", "Claude"}
    assert all("FooBench" in r.sentence.text for r in found)  # the passage names the benchmark


def test_a_model_two_sentences_after_the_name_is_shown_with_both():
    found = benchmark_relations(f"{BENCH} Each question has one answer. GPT-4o achieves only 40% accuracy.")
    assert [r.head.text for r in found] == ["GPT-4o"]
    assert found[0].sentence.text.startswith("We introduce FooBench")
    assert found[0].sentence.text.endswith("only 40% accuracy.")


def test_a_model_far_from_the_benchmark_name_is_shown_with_the_whole_passage():
    # judged wrong when shown alone: "Experiments reveal that even the strongest models (GPT-5) achieve only 68.2% ..."
    filler = "The questions cover many domains. Annotators checked every item."
    found = benchmark_relations(f"{BENCH} {filler} Experiments reveal that even GPT-4o achieves only 40% accuracy.")
    assert [r.head.text for r in found] == ["GPT-4o"]
    assert found[0].sentence.text.startswith("We introduce FooBench")
    assert filler in found[0].sentence.text


def test_a_model_more_than_three_sentences_after_the_benchmark_name_is_dropped():
    # a passage is at most the naming sentence and three after it: FILLER is three sentences
    found = benchmark_relations(f"{BENCH} {FILLER} Experiments reveal that even GPT-4o achieves only 40% accuracy.")
    assert not found


def test_a_passage_starts_at_the_name_rather_than_at_a_nearer_pointer():
    # 2605.09708 (Metal-Sci): "We present Metal-Sci, ... . ... We pair the benchmark with ... . We report ... GPT 5.5"
    found = benchmark_relations(f"{BENCH} We pair the benchmark with a harness. GPT-4o achieves only 40% accuracy.")
    assert [r.head.text for r in found] == ["GPT-4o"]
    assert found[0].sentence.text.startswith("We introduce FooBench")


def test_a_method_named_in_the_benchmark_sentence_does_not_stop_the_passage():
    # 2605.09708: "We present Metal-Sci, a 10-task benchmark of ... kernels spanning ... (..., FFT)"
    bench = "We introduce FooBench, a new benchmark of parsing kernels spanning CNN and ViT."
    found = benchmark_relations(f"{bench} Each question has one answer. GPT-4o achieves only 40% accuracy.")
    assert [r.head.text for r in found] == ["GPT-4o"]
    assert found[0].sentence.text.startswith("We introduce FooBench")


def test_a_passage_does_not_start_at_another_dataset_the_paper_builds():
    # 2606.05744: "we introduce PlanBench-V ... . We first build the Spatial Planning Map Database (SPMD) ... .
    # We then propose an evaluation framework ... . Extensive experiments ... . ... Qwen3.6-Plus outperforms GPT-4o"
    ents = {**ENTS, "FooData": "Dataset"}
    build_sentence = "We first build FooData, an annotated dataset of planning maps."
    text = f"{BENCH} {build_sentence} {FILLER} GPT-4o achieves only 40% accuracy."
    doc = build(text, entities=ents, proposes=("FooBench", "FooData"))
    from claimgraph.extract.relations.pairs import find_relations

    found = [r for r in find_relations(doc) if r.relation == "evaluated_on" and r.tail.text == "FooBench"]
    assert not found  # FooBench is four sentences back; the FooData sentence does not show it
    near = f"{BENCH} {build_sentence} GPT-4o achieves only 40% accuracy."
    doc = build(near, entities=ents, proposes=("FooBench", "FooData"))
    found = [r for r in find_relations(doc) if r.relation == "evaluated_on" and r.tail.text == "FooBench"]
    assert [r.sentence.text.startswith("We introduce FooBench") for r in found] == [True]


def test_list_numbers_and_headings_do_not_count_in_the_passage_limit():
    # 2504.03641: "Our benchmark includes: ... 2. Unified Task Assessment. ... 3. Comprehensive Model Benchmarking. ..."
    text = f"{BENCH} Each question has one answer. 2. Model Benchmarking. Annotators checked every item."
    found = benchmark_relations(f"{text} GPT-4o achieves only 40% accuracy.")
    assert [r.head.text for r in found] == ["GPT-4o"]
    assert found[0].sentence.text.startswith("We introduce FooBench")


def test_a_passage_does_not_run_through_a_sentence_proposing_a_method():
    # OffTopicEval: "... we propose prompt-based steering methods: query grounding (Q-ground) ... raising Llama-3.3"
    proposing = "To fix these failures, we propose FooNet, a prompting method."
    found = benchmark_relations(f"{BENCH} {proposing} FooNet raises GPT-4o by 41% accuracy.")
    assert not [r for r in found if r.head.text == "GPT-4o"]
    # without the proposal between, the same result is shown with the passage
    found = benchmark_relations(f"{BENCH} Each question has one answer. GPT-4o reaches 41% accuracy.")
    assert [r.head.text for r in found] == ["GPT-4o"]


def test_a_sentence_that_points_to_the_benchmark_keeps_its_model():
    pointing = "On this benchmark, no model, including GPT-4o, exceeds 30% accuracy."
    found = benchmark_relations(f"{BENCH} {FILLER} {pointing}")
    assert [r.head.text for r in found] == ["GPT-4o"]
    assert found[0].sentence.text.startswith("On this benchmark")


def test_a_title_naming_the_benchmark_is_not_shown_as_the_passage():
    from claimgraph.extract.relations.pairs import find_relations

    doc = build(
        "We introduce a new benchmark for parsing. GPT-4o achieves only 40% accuracy.",
        title="FooBench: a benchmark for parsing",
        entities=ENTS,
        proposes=("FooBench",),
    )
    assert not [r for r in find_relations(doc) if r.relation == "evaluated_on" and r.head.text == "GPT-4o"]


def test_an_abstract_sentence_pointing_to_a_benchmark_named_in_the_title_starts_the_passage():
    # 2504.03641 (MME-Unify): the title names the benchmark, the abstract says "Our benchmark includes ..."
    from claimgraph.extract.relations.pairs import find_relations

    doc = build(
        "We introduce a new benchmark for parsing. Our benchmark includes 1,000 questions. "
        "GPT-4o achieves only 40% accuracy.",
        title="FooBench: a benchmark for parsing",
        entities=ENTS,
        proposes=("FooBench",),
    )
    found = [r for r in find_relations(doc) if r.relation == "evaluated_on" and r.head.text == "GPT-4o"]
    assert [r.tail.text for r in found] == ["FooBench"]
    assert found[0].sentence.text.startswith("Our benchmark includes")
    assert found[0].sentence.text.endswith("only 40% accuracy.")


@pytest.mark.parametrize(
    "words",
    [
        "results on the benchmarks of prior work",
        "we train on the datasets released by others",
        "the results on our benchmark improve",
        "models evaluated on it",
    ],
)
def test_points_to_benchmark_only_for_the_papers_own_benchmark(words):
    from claimgraph.extract.relations.guards import reading_cues
    from claimgraph.extract.relations.pairs import _points_to_benchmark

    own = words.startswith(("the results", "models"))
    assert _points_to_benchmark(tuple(words.split()), reading_cues()) is own


# ---------------------------------------------------------------- datasets built, metrics, starting weights


@pytest.mark.parametrize(
    "sentence",
    [
        "Furthermore, we curate a testing benchmark, namely FooBench, for a comprehensive evaluation of parsing.",
        "To evaluate this setting, we construct FooBench, a benchmark of six real-world projects.",
        "To evaluate this capability, we develop FooBench to assess the parsing of current models.",
    ],
)
def test_a_benchmark_built_for_a_setting_is_not_evaluated_on(sentence):
    assert ("FooNet", "FooBench") not in reader.evaluated(sentence, proposes=("FooNet", "FooBench"))


def test_a_benchmark_built_to_evaluate_our_method_is_evaluated_on():
    found = reader.evaluated("To evaluate this method, we construct FooBench, a benchmark of 500 questions.")
    assert ("FooNet", "FooBench") in found


def test_an_evaluation_verb_still_reads_after_a_testing_adjective_elsewhere():
    assert ("FooNet", "MMLU") in reader.evaluated("We test FooNet on MMLU and find large gains.")


@pytest.mark.parametrize(
    "sentence,metric",
    [
        ("Specifically, on MMLU, it achieves improvements by 2.70% on mAP@3 and 2.56% on mR@3.", "mR@3"),
        ("Specifically, on MMLU, it achieves improvements by 2.70% on mAP@3 and 2.56% on mR@3.", "mAP@3"),
        ("Results show that FooNet improves 1.03% and 0.33% on NSS and AUC-J metrics, respectively.", "AUC-J"),
        ("Results show that FooNet improves 1.03% and 0.33% on NSS and AUC-J metrics, respectively.", "NSS"),
    ],
)
def test_a_metric_typed_as_a_dataset_is_no_evaluated_on_tail(sentence, metric):
    assert ("FooNet", metric) not in reader.evaluated(sentence)


def test_the_dataset_next_to_the_metrics_is_kept():
    found = reader.evaluated("Specifically, on MMLU, it achieves improvements by 2.70% on mAP@3 and 2.56% on mR@3.")
    assert ("FooNet", "MMLU") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet achieves 98.2% accuracy, a substantial improvement over ImageNet only initialization (94.6%).",
        "FooNet achieves 98.2% accuracy on MMLU, a clear gain over ImageNet weights.",
    ],
)
def test_a_dataset_of_starting_weights_is_not_evaluated_on(sentence):
    assert ("FooNet", "ImageNet") not in reader.evaluated(sentence)


def test_an_improvement_over_a_dataset_result_is_still_evaluated_on():
    assert ("FooNet", "ImageNet") in reader.evaluated("FooNet achieves a substantial improvement on ImageNet.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Evaluation of different perception pipelines on nuScenes shows that most errors are non-critical.",
        "Our comprehensive evaluation of 22 LLMs on nuScenes reveals that the task remains challenging.",
    ],
)
def test_an_evaluation_of_other_systems_is_not_our_method_evaluated(sentence):
    assert ("FooNet", "nuScenes") not in reader.evaluated(sentence)


def test_an_evaluation_of_our_method_on_a_dataset_is_kept():
    assert ("FooNet", "nuScenes") in reader.evaluated("Evaluation of our method on nuScenes shows large gains.")


# ---------------------------------------------------------------- wins that are not


def test_a_model_the_method_enhances_is_not_beaten():
    from claimgraph.extract.relations.pairs import find_relations

    text = (
        "We propose FooNet, a new model for layouts. Evaluations demonstrate that FooNet improves the success "
        "ratio by 17.7% over FLUX and enhances the performance of layout-to-image models like GLIGEN and 3DIS "
        "by up to 26.8%."
    )
    doc = build(text, entities=ENTS, quantities={"17.7%": (17.7, "%"), "26.8%": (26.8, "%")}, proposes=("FooNet",))
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}
    assert ("FooNet", "FLUX") in found  # "improves X by 17.7% over FLUX" beats FLUX
    assert ("FooNet", "GLIGEN") not in found
    assert ("FooNet", "3DIS") not in found


def test_a_win_after_an_improvement_verb_keeps_its_own_rival():
    found = reader.outperforms("FooNet reaches 71.2% accuracy on MMLU, improving over BarNet by up to 8.3 points.")
    assert ("FooNet", "BarNet") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Overall, CNN has a more mature architecture than ViT and is usually the best choice when large scale "
        "pretraining is not an available option.",
        "CNN is more complex than ViT but needs less data.",
        "CNN is more challenging than ViT: the key approaches behind ViT fail to extend to CNN.",
        "CNN is more difficult to optimise than ViT.",
    ],
)
def test_a_property_is_no_win(sentence):
    text = f"We compare ViT to our previously designed CNN. {sentence}"
    assert ("CNN", "ViT") not in pairs_of(relation_triples(text, ENTS, ("CNN",)), "outperforms")


def test_a_quality_comparative_is_still_a_win():
    assert ("FooNet", "BarNet") in reader.outperforms("FooNet is more accurate than BarNet on MMLU.")


def test_exceeding_a_resource_limit_is_no_win():
    found = reader.outperforms(
        "We identify this failure as a bounded-attention-context problem: when target views exceed the capacity "
        "of a single DiT forward pass, they must be split into groups, exposing two coupled bottlenecks."
    )
    assert ("FooNet", "DiT") not in found


def test_exceeding_a_rival_is_still_a_win():
    assert ("FooNet", "BarNet") in reader.outperforms("FooNet exceeds the performance of BarNet on MMLU.")


def test_the_best_of_a_class_is_no_named_rival():
    assert not reader.outperforms("It outperforms the strongest dynamic MoE baseline by 6.1 points.")
    assert ("FooNet", "MoE") in reader.outperforms("It outperforms the MoE baseline by 6.1 points.")


# ---------------------------------------------------------------- a dataset that is part of a longer name


@pytest.mark.parametrize(
    "sentence",
    [
        "On MMLU Liver Tumor, FooNet improves mDice by 7.3% over fine-tuning.",
        "Extensive experiments on MMLU X-ray and ImageNet demonstrate that FooNet achieves the best results.",
    ],
)
def test_a_dataset_followed_by_a_capitalised_word_is_a_fragment(sentence):
    assert ("FooNet", "MMLU") not in reader.evaluated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "On MMLU, FooNet improves accuracy by 7.3% over fine-tuning.",
        "FooNet gains 5 points on the MMLU Vision-Only subset.",  # capitalised words that name a part of it
    ],
)
def test_a_dataset_followed_by_a_plain_word_or_a_part_is_whole(sentence):
    assert ("FooNet", "MMLU") in reader.evaluated(sentence)


# ---------------------------------------------------------------- acronyms of tasks typed as datasets

TASK_ENTS = {**ENTS, "GRES": "Dataset", "GREC": "Dataset", "GSM8K": "Dataset", "AIME": "Dataset"}


@pytest.mark.parametrize(
    "sentence,dropped",
    [
        ("The proposed FooNet achieves the state-of-the-art results on both GRES and GREC tasks.", "GRES"),
        ("The proposed FooNet achieves the state-of-the-art results on both GRES and GREC tasks.", "GREC"),
    ],
)
def test_a_list_of_plain_acronyms_before_tasks_names_tasks(sentence, dropped):
    found = pairs_of(relation_triples(f"We propose FooNet. {sentence}", TASK_ENTS), "evaluated_on")
    assert ("FooNet", dropped) not in found


@pytest.mark.parametrize(
    "sentence,kept",
    [
        ("FooNet achieves the best results on both MMLU and GSM8K tasks.", "MMLU"),  # a coined name in the list
        ("FooNet achieves the best results on the AIME tasks.", "AIME"),  # a single name
    ],
)
def test_a_benchmark_before_tasks_is_kept(sentence, kept):
    found = pairs_of(relation_triples(f"We propose FooNet. {sentence}", TASK_ENTS), "evaluated_on")
    assert ("FooNet", kept) in found


# ---------------------------------------------------------------- a list of kinds of methods

KIND_ENTS = {**ENTS, "KE": "Method", "GNN": "Method", "RAG": "Method", "DPO": "Method"}


@pytest.mark.parametrize(
    "sentence,tail",
    [
        (
            "Experiments demonstrate FooNet's superior performance over state-of-the-art KE, GNN, and ensemble models.",
            "KE",
        ),
        (
            "Experiments demonstrate FooNet's superior performance over state-of-the-art KE, GNN, and ensemble models.",
            "GNN",
        ),
        ("Our experiments demonstrate that FooNet outperforms previous RAG and reasoning methods.", "RAG"),
    ],
)
def test_a_list_of_kinds_names_no_rival(sentence, tail):
    found = pairs_of(relation_triples(f"We propose FooNet. {sentence}", KIND_ENTS), "outperforms")
    assert ("FooNet", tail) not in found


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet stabilizes training, outperforming standard DPO and strong baselines.", "DPO"),
        ("FooNet outperforms GPT-4o and Claude across all benchmarks.", "GPT-4o"),
    ],
)
def test_a_rival_beside_unnamed_ones_is_kept(sentence, tail):
    found = pairs_of(relation_triples(f"We propose FooNet. {sentence}", KIND_ENTS), "outperforms")
    assert ("FooNet", tail) in found


def test_a_capacity_that_qualifies_the_rival_is_still_a_win():
    found = reader.outperforms(
        "FooNet proved essential, outperforming the higher capacity BarNet variant by 166% in IoU."
    )
    assert ("FooNet", "BarNet") in found


# ---------------------------------------------------------------- the models of a data-making method


def test_our_models_trained_on_a_pipelines_data_do_not_make_the_pipeline_win():
    text = (
        "We introduce FooNet, a two-phase framework that generates verifiable multi-turn agent data. "
        "We train a family of models on it. Our models outperform frontier models such as GPT-4o and Claude."
    )
    found = pairs_of(relation_triples(text, ENTS), "outperforms")
    assert ("FooNet", "GPT-4o") not in found


def test_our_model_of_a_model_paper_still_wins():
    text = (
        "We introduce FooNet, a vision-language model trained with multi-round RL. "
        "Our model outperforms proprietary models like GPT-4o and Claude."
    )
    found = pairs_of(relation_triples(text, ENTS), "outperforms")
    assert ("FooNet", "GPT-4o") in found


def test_a_subtitle_about_data_does_not_make_the_model_a_data_maker():
    from claimgraph.extract.relations.pairs import find_relations

    doc = build(
        "We train the model FooNet with multi-round RL. Our model outperforms proprietary models like GPT-4o.",
        title="FooNet: Towards General Reasoning with Multi-Domain Data Curation",
        entities=ENTS,
        proposes=("FooNet",),
    )
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}
    assert ("FooNet", "GPT-4o") in found


def test_a_relations_offsets_slice_its_evidence_from_the_paper_text():
    # extraction level: field/start/end of every relation cut exactly its evidence, also a passage
    from claimgraph.extract import extract
    from claimgraph.ingest.model import Paper

    paper = Paper(
        id="p",
        title="TabQuest: A Benchmark for Table Question Answering",
        abstract=(
            "We introduce TabQuest, a new benchmark for table question answering. "
            "Each question has one answer. GPT-4o achieves only 40% accuracy, and Llama-3-8B reaches 21%."
        ),
    )
    extraction = next(extract([paper]))
    texts = {"title": paper.title, "abstract": paper.abstract}
    assert extraction.relations
    for r in extraction.relations:
        assert texts[r.field][r.start : r.end] == r.sentence
    passages = [r for r in extraction.relations if r.relation == "evaluated_on" and r.head == "GPT-4o"]
    assert passages and passages[0].sentence.startswith("We introduce TabQuest")
