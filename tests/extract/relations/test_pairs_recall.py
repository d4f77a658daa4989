"""evaluated_on and outperforms phrasings that were missed, and the readings that keep them precise."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader, pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new model for parsing."
ENTS = {
    "FooNet": "Method",
    "BarNet": "Model",
    "BazNet": "Model",
    "QuxNet": "Model",
    "GPT-type": "Model",
    "BERT-type": "Model",
    "BERT": "Model",
    "GPT-2": "Model",
    "GPT-4o": "Model",
    "Llama-3 8B": "Model",
    "Llama-3 70B": "Model",
    "VideoMAE": "Model",
    "Gemma": "Model",
    "Gemma 2": "Model",
    "LLaMA-3-8B": "Model",
    "DoReMi": "Method",
    "ODM": "Method",
    "GRPO": "Method",
    "LoRA": "Method",
    "QLoRA": "Method",
    "MobileNet-SSD": "Model",
    "ImageNet": "Dataset",
    "MathVerse": "Dataset",
    "MMLU": "Dataset",
    "WLASL100": "Dataset",
    "Minecraft": "Dataset",
    "perplexity": "Metric",
    "FID": "Metric",
    "accuracy": "Metric",
    "mAP": "Metric",
}


READ = RelationReader(PROPOSE, ENTS)
triples, outperforms, evaluated = READ.triples, READ.outperforms, READ.evaluated


# ---------------------------------------------------------------- outperforms


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet achieves a perplexity better than GPT-2.",  # "better" wins whatever the metric's direction
        "FooNet achieves better perplexity than GPT-2.",
        "Our method yields 2.3 lower FID than GPT-2.",  # a metric before "than" is not an untagged subject
    ],
)
def test_better_on_a_lower_is_better_metric_is_a_win(sentence):
    assert ("FooNet", "GPT-2") in outperforms(sentence)


def test_higher_perplexity_than_is_still_a_trail():
    assert ("FooNet", "GPT-2") not in outperforms("FooNet reaches a higher perplexity than GPT-2.")


def test_a_long_list_of_rivals_with_scores_is_read_to_its_end():
    found = outperforms(
        "FooNet achieves a FID score of 0.079, outperforming both the GPT-type model BarNet (FID = 0.116), "
        "QuxNet (FID = 0.112) and the BERT-type model BazNet (FID = 0.080)."
    )
    assert {("FooNet", "BarNet"), ("FooNet", "QuxNet"), ("FooNet", "BazNet")} <= found
    assert ("FooNet", "BERT-type") not in found


def test_a_name_far_after_the_comparison_outside_the_list_is_no_rival():
    found = outperforms(
        "FooNet achieves a FID score of 0.079, outperforming BarNet (FID = 0.116) on many of the hardest "
        "settings that we tried in our study, unlike BazNet."
    )
    assert ("FooNet", "BarNet") in found
    assert ("FooNet", "BazNet") not in found


@pytest.mark.parametrize(
    "sentence,rivals",
    [
        ("Compared with BERT, our method achieves higher accuracy.", {"BERT"}),
        ("Compared with BERT, LoRA and GRPO, FooNet achieves higher accuracy.", {"BERT", "LoRA", "GRPO"}),
        ("FooNet accelerates convergence and improves final performance compared to GRPO.", {"GRPO"}),
        ("Results show that FooNet yields better accuracy compared to BERT.", {"BERT"}),
        ("FooNet achieves superior perplexity compared to BERT and GPT-2.", {"BERT", "GPT-2"}),
        ("FooNet is superior to BERT on most tasks.", {"BERT"}),
    ],
)
def test_a_win_stated_with_compared_to(sentence, rivals):
    found = outperforms(sentence)
    assert {("FooNet", r) for r in rivals} <= found


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet achieves comparable accuracy compared to BERT.", "BERT"),
        ("FooNet achieves competitive or superior accuracy compared to GPT-4o.", "GPT-4o"),
        ("FooNet offers 3x faster inference compared to LoRA.", "LoRA"),
        ("FooNet is comparable to BERT on most tasks.", "BERT"),
        ("FooNet reduces memory by 50% compared to LoRA, while consistently outperforming QLoRA.", "LoRA"),
        (
            "We achieve a 24% throughput improvement with a 0.015 mAP drop compared to a MobileNet-SSD detector.",
            "MobileNet-SSD",
        ),
        ("Compared to LoRA, FooNet uses less memory and GPT-4o achieves better accuracy.", "GPT-4o"),
        ("FooNet is 3x faster than LoRA.", "LoRA"),  # a speed comparison, not a win
        ("To surpass the quality of BERT, we propose a decoder that scales.", "BERT"),  # a goal
        ("In order to outperform BERT, FooNet adds a memory.", "BERT"),
    ],
)
def test_comparisons_that_state_no_win(sentence, tail):
    assert ("FooNet", tail) not in outperforms(sentence)


def test_a_model_made_to_win_is_not_the_head():
    found = outperforms("On MMLU, FooNet finetunes Llama-3 8B to be superior to Llama-3 70B and GPT-4o.")
    assert ("FooNet", "Llama-3 70B") not in found


def test_a_named_clause_subject_wins_over_a_head_from_elsewhere():
    found = outperforms("Notably, the models diverge: Gemma 2 shows greater similarity than Gemma.")
    assert ("FooNet", "Gemma") not in found


# ---------------------------------------------------------------- evaluated_on


@pytest.mark.parametrize(
    "sentence,pair",
    [
        ("The VideoMAE model achieves a Top-1 accuracy of 75.58% on the WLASL100 dataset.", ("VideoMAE", "WLASL100")),
        ("Trained on LoRA, our resulting model, BarNet, achieves a 41.0% solve rate on MMLU.", ("BarNet", "MMLU")),
        ("For data mixture, DoReMi and ODM improve MMLU accuracy over default proportions.", ("ODM", "MMLU")),
    ],
)
def test_another_named_subject_is_the_head(sentence, pair):
    found = evaluated(sentence)
    assert pair in found
    assert ("FooNet", pair[1]) not in found


def test_a_variant_the_paper_made_is_no_head():
    found = evaluated("Notably, our fine-tuned GPT-4o reaches 51.7% accuracy on MMLU.")
    assert not found


@pytest.mark.parametrize(
    "sentence",
    [
        "We propose FooNet, a decoder-only transformer that factorizes data, leading to state-of-the-art results "
        "on the ImageNet generation benchmark.",
        "We introduce FooNet, achieving a new state-of-the-art among open-source 7B models on benchmarks "
        "including MathVerse and ImageNet.",
        "We fine-tune open-source LLMs, including LLaMA-3-8B, to develop FooNet, a model that achieves "
        "state-of-the-art performance on benchmarks such as ImageNet.",
    ],
)
def test_a_result_in_the_propose_sentence(sentence):
    assert ("FooNet", "ImageNet") in pairs_of(relation_triples(sentence, ENTS, ("FooNet",)), "evaluated_on")


@pytest.mark.parametrize(
    "sentence",
    [
        "We propose FooNet, a model for parsing, and a new benchmark, ImageNet, with 5k examples.",
        "Extensive experiments show that FooNet consistently outperforms prior open-source Minecraft world models.",
        "We introduce FooNet, which is pre-trained on ImageNet.",
    ],
)
def test_a_propose_sentence_without_a_result_gives_no_evaluation(sentence):
    found = pairs_of(relation_triples(sentence, ENTS, ("FooNet",)), "evaluated_on")
    assert ("FooNet", "ImageNet") not in found and ("FooNet", "Minecraft") not in found


@pytest.mark.parametrize(
    "sentence,dataset",
    [
        (
            "We evaluate our method on three benchmark datasets: ImageNet (objects), MMLU (questions), and MathVerse.",
            "ImageNet",
        ),
        ("FooNet achieves state-of-the-art performance on a public dataset, MMLU.", "MMLU"),
        ("Experiments on two large-scale benchmarks, MMLU and ImageNet, show that FooNet is fast.", "MMLU"),
        ("For example, our proposed FooNet models achieve 48.7% mIoU on the ImageNet segmentation task.", "ImageNet"),
        ("On the introduced MathVerse, FooNet improves accuracy by up to 7.4%.", "MathVerse"),
    ],
)
def test_datasets_in_lists_and_appositions_of_an_evaluation(sentence, dataset):
    assert ("FooNet", dataset) in evaluated(sentence)


@pytest.mark.parametrize(
    "sentence,dataset",
    [
        ("We introduce a new evaluation benchmark, MMLU, containing 2500 pairs.", "MMLU"),
        ("The results come in three parts: ImageNet shows the largest gains.", "ImageNet"),
    ],
)
def test_introduced_datasets_and_other_colons_stay_out(sentence, dataset):
    assert ("FooNet", dataset) not in evaluated(sentence)


def _with_quantity(sentence: str):
    from claimgraph.extract.relations.pairs import find_relations
    from tests.extract.claim_docs import build

    ents = {**ENTS, "AlpacaEval Leaderboard": "Dataset", "best-of-N re-ranking": "Method"}
    doc = build(f"{PROPOSE} {sentence}", entities=ents, proposes=("FooNet",), quantities={"5%": (5.0, "%")})
    return {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}


@pytest.mark.parametrize(
    "sentence,tail",
    [
        (
            "We obtain up to 5% improvement on the widely used AlpacaEval Leaderboard over the competent baseline of "
            "best-of-N re-ranking.",
            "best-of-N re-ranking",
        ),
        ("It shows gains of 5% on the AlpacaEval Leaderboard over BarNet.", "BarNet"),
    ],
)
def test_a_gain_far_before_over(sentence, tail):
    assert ("FooNet", tail) in _with_quantity(sentence)


def test_over_after_a_comma_is_no_comparison():
    assert not _with_quantity("We obtain a 5% improvement on the AlpacaEval Leaderboard, over which BarNet was tuned.")


@pytest.mark.parametrize(
    "sentence,dataset",
    [
        (
            "After being trained on the relatively small-scale synthetic dataset ImageNet for a day, it achieves "
            "superior performance.",
            "ImageNet",
        ),
        (
            "We fine-tune BERT on the MMLU and ImageNet datasets and find that FooNet performs considerably better.",
            "ImageNet",
        ),
    ],
)
def test_training_sets_further_back_are_not_evaluated_on(sentence, dataset):
    assert ("FooNet", dataset) not in evaluated(sentence)


@pytest.mark.parametrize(
    "sentence,dataset",
    [
        ("FooNet is trained on MMLU and tested on ImageNet.", "ImageNet"),
        ("FooNet is pre-trained on large corpora and achieves 90% accuracy on ImageNet and MMLU.", "MMLU"),
    ],
)
def test_an_evaluation_after_training_still_counts(sentence, dataset):
    assert ("FooNet", dataset) in evaluated(sentence)


def test_training_as_what_is_evaluated_is_no_training_set():
    found = evaluated("We also evaluate RGB-thermal training and transfer on the ImageNet benchmark.")
    assert ("FooNet", "ImageNet") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The proposed design improves mAP on ImageNet.",  # "design" is a noun here, not a propose verb
        "Our design lowers FID under the ImageNet evaluation protocol.",
    ],
)
def test_a_propose_word_after_a_determiner_is_a_noun(sentence):
    assert ("FooNet", "ImageNet") in evaluated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We design ImageNet, a benchmark for parsing.",  # the verb introduces the dataset
        "We then design the ImageNet benchmark for parsing.",
    ],
)
def test_a_propose_verb_still_introduces_the_dataset(sentence):
    assert ("FooNet", "ImageNet") not in evaluated(sentence)
