"""outperforms and evaluated_on misreadings of a judged fact sample (issue #17): a rival in a compound of two
names or glued to a likeness suffix, the winner of "with X outperforming Y", a measured result taken for a
comparison set-up, a kind of its own after "all", a short adverb before an opening "compared to", and a
component of the paper's system or the model it produced ("the resulting model") standing for the paper's
method, and a model glossed in an opening phrase ("Using a model, i.e., X, FooNet achieves") (relations/pairs/,
relations/guards/)."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {
    "FooNet": "Method",
    "Fusion Module": "Method",
    "BarNet": "Model",
    "CLIP": "Model",
    "RS": "Method",
    "Wan2.2": "Model",
    "VAE": "Method",
    "o4-mini": "Model",
    "GPT": "Model",
    "DiT": "Model",
    "LDM": "Method",
    "diffusion models": "Method",
    "chain-of-thought": "Method",
    "reinforcement learning": "Method",
    "supervised fine-tuning": "Method",
    "Transformer": "Method",
    "Swin-UNet": "Model",
    "linear probing": "Method",
    "DnCNN": "Model",
    "ImageNet": "Dataset",
    "FoggyLane": "Dataset",
    "MMD-Agent": "Method",
    "GP": "Method",
    "SFT": "Method",
    "self-distillation": "Method",
    "activation steering": "Method",
    "xLSTM-UNet": "Method",
    "Qwen3-family": "Dataset",
    "CoQA": "Dataset",
}

reader = RelationReader("We propose FooNet, a new model for parsing.", ENTS)


def beaten(sentence: str) -> set[str]:
    return reader.tails(sentence, "outperforms")


# ---------------------------------------------------------------- compounds of two names


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet achieves a 34.42 FVD improvement over the Wan2.2 VAE on ImageNet.",
        "FooNet outperforms conventional long chain-of-thought reinforcement learning by a clear margin.",
        "FooNet achieves a leading 1.57 FID, outperforming prior DiT/JiT-like pixel diffusion models.",
        "FooNet achieves 81.6% F1, outperforming the strongest baseline (BarNet with MMD-Agent at 74.0% F1).",
        "FooNet finds strictly better solutions than GP with post-hoc rounding in 66% of cases.",
        "FooNet yields a 5.51% OOD gain over positive-only SFT on ImageNet.",
        "FooNet consistently improves over answer-based on-policy self-distillation by +1.19 points.",
        "FooNet clearly surpasses imitation-based supervised fine-tuning on ImageNet.",
        "FooNet consistently outperforms standard linear activation steering on eleven benchmarks.",
    ],
)
def test_a_name_in_a_compound_of_names_or_glued_to_like_is_no_rival(sentence):
    assert beaten(sentence) == set()


def test_a_name_before_another_name_only_says_its_kind():
    assert "RS" not in beaten("FooNet surpassed the previous SOTA RS CLIP model in various downstream tasks.")


@pytest.mark.parametrize(
    ("sentence", "rival"),
    [
        ("FooNet outperforms a strong GPT o4-mini baseline by 12 points.", "o4-mini"),
        ("FooNet surpasses the prior diffusion models LDM by 0.79 FID.", "LDM"),
        ("FooNet is better than Transformer-based Swin-UNet on ImageNet.", "Swin-UNet"),
        ("FooNet outperforms BarNet and CLIP on ImageNet.", "CLIP"),
        ("FooNet outperforms BarNet with a 60% improvement in pixel-level metrics.", "BarNet"),
        ("FooNet outperforms BarNet with less than 1/20 of the compute.", "BarNet"),
        ("FooNet yields a 5.51% gain over SFT on ImageNet.", "SFT"),
        ("FooNet outperforms standard self-distillation on ImageNet.", "self-distillation"),
        ("FooNet outperforms vanilla activation steering on ImageNet.", "activation steering"),
        ("FooNet surpassed the purely image-based xLSTM-UNet by 1.74% on ImageNet.", "xLSTM-UNet"),
    ],
)
def test_the_named_model_of_a_compound_or_after_a_class_stays_the_rival(sentence, rival):
    assert rival in beaten(sentence)


# ---------------------------------------------------------------- who wins


def test_the_name_of_a_with_phrase_wins_not_the_papers_method():
    sentence = (
        "At training time, for knowledge internalization, post-training with knowledge-augmented data further "
        "improves performance, with reinforcement learning outperforming supervised fine-tuning."
    )
    assert ("FooNet", "supervised fine-tuning") not in reader.outperforms(sentence)


def test_a_measured_cost_against_a_rival_is_no_set_up_for_all_existing_methods():
    text = (
        "FooNet achieves remarkable efficiency, requiring only 0.1% energy consumption compared to its CNN "
        "contestant DnCNN. Experiments show that FooNet outperforms all existing methods on ImageNet."
    )
    assert "DnCNN" not in beaten(text)


def test_a_comparison_set_up_carries_its_rivals_to_all_baselines():
    text = "We compare FooNet against DnCNN and BarNet. FooNet outperforms all baselines on ImageNet."
    assert {"DnCNN", "BarNet"} <= beaten(text)


def test_all_methods_of_a_kind_are_not_the_rivals_set_up_before():
    text = "We compare FooNet against DnCNN and BarNet. FooNet outperforms all existing LUT-based methods."
    assert beaten(text) == set()


def test_an_opening_comparison_after_a_sentence_adverb_ends_at_the_winner():
    sentence = "Also, compared to previous methods, FooNet significantly improves CLIP's linear probing performance."
    assert beaten(sentence) == set()


# ---------------------------------------------------------------- a component for the whole method


def test_a_component_does_not_stand_for_our_method():
    text = (
        "We propose a lane detection network with a Fusion Module for foggy images. "
        "Experiments demonstrate that our method achieves state-of-the-art F1 on FoggyLane."
    )
    assert reader.evaluated(text, proposes=("Fusion Module",)) == set()


def test_a_contribution_described_as_a_mechanism_keeps_its_results():
    text = "We propose FooNet, a lightweight memory mechanism for transformers. It achieves larger gains on FoggyLane."
    assert RelationReader("", ENTS).evaluated(text) == {("FooNet", "FoggyLane")}


def test_a_system_stands_for_our_method():
    text = "Experiments demonstrate that our method achieves state-of-the-art F1 on FoggyLane."
    assert reader.evaluated(text) == {("FooNet", "FoggyLane")}


# ---------------------------------------------------------------- the model a method produced


@pytest.mark.parametrize("subject", ["The resulting model", "Our resulting model, Bar-7B,"])
def test_the_resulting_model_is_not_the_method_that_made_it(subject):
    text = (
        "We propose FooNet, a framework that trains web agents on synthetic trajectories. "
        f"{subject} achieves 41.5% on ImageNet, surpassing closed-source models such as BarNet."
    )
    assert not {(h, r) for h, r, _ in reader.triples(text) if h == "FooNet" and r in ("outperforms", "evaluated_on")}


def test_the_method_itself_still_wins_and_is_evaluated():
    text = "Our method achieves 41.5% on ImageNet, surpassing closed-source models such as BarNet."
    assert ("FooNet", "BarNet") in reader.outperforms(text)
    assert ("FooNet", "ImageNet") in reader.evaluated(text)


# ---------------------------------------------------------------- a gloss of an opening phrase


def test_a_model_glossed_in_an_opening_phrase_is_not_what_is_evaluated():
    sentence = (
        "Using a publicly available vision-language model, i.e., BarNet, FooNet achieves an average "
        "cIoU of 81.2% on ImageNet."
    )
    assert reader.evaluated(sentence) == {("FooNet", "ImageNet")}


# ---------------------------------------------------------------- a study's question


@pytest.mark.parametrize(
    "sentence",
    [
        "We systematically investigate the conditions when FooNet surpasses BarNet.",
        "We examine whether FooNet outperforms BarNet on ImageNet.",
    ],
)
def test_a_question_the_study_asks_is_no_win(sentence):
    assert beaten(sentence) == set()


def test_a_win_after_a_condition_without_an_inquiry_stays():
    assert "BarNet" in beaten("When trained on ImageNet, FooNet surpasses BarNet by 3 points.")


def test_the_resulting_pipeline_is_the_method_itself():
    text = "We propose FooNet, a training framework. The resulting pipeline achieves 41.5% on ImageNet."
    assert ("FooNet", "ImageNet") in RelationReader("", ENTS).evaluated(text)


@pytest.mark.parametrize(
    ("sentence", "dataset"),
    [
        ("FooNet boosts recall by up to 11.1% on Qwen3-family models for cross-modal retrieval.", "Qwen3-family"),
        ("FooNet improves accuracy by 3% on CoQA models across domains.", "CoQA"),
    ],
)
def test_models_typed_as_a_dataset_are_not_evaluated_on(sentence, dataset):
    assert dataset not in reader.tails(sentence, "evaluated_on")


def test_a_dataset_before_a_plain_noun_stays_evaluated_on():
    assert "CoQA" in reader.tails("FooNet improves accuracy by 3% on the CoQA benchmark.", "evaluated_on")
