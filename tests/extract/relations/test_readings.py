"""Issue #17: sentence readings that are not the relation they look like
(relations/pairs/, relations/uses/, cues/relation_reading.json), with the positive
cases each rule must keep."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build, pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new method for reasoning."
ENTS = {
    "FooNet": "Method",
    "BarNet": "Method",
    "LinGen": "Task",
    "DiT": "Method",
    "RL": "Method",
    "reinforcement learning": "Method",
    "ViT": "Model",
    "GPT-4o": "Model",
    "Llama3-70B": "Model",
    "Gemma3-27B": "Model",
    "TRELLIS": "Model",
    "Prometheus": "Model",
    "Mistral-7B": "Model",
    "LLaMA-7B": "Model",
    "SQuAD": "Dataset",
    "CoQA": "Dataset",
    "CogVideoX-5B": "Model",
    "MAE": "Method",
    "VGG-16": "Model",
    "ResNet-50": "Model",
    "MPT-30B": "Model",
    "LISA": "Model",
    "CLIP": "Model",
    "RWKV-7": "Model",
    "RNN": "Method",
    "SSDG": "Method",
    "Steklov-CLIP": "Model",
    "IDA": "Method",
    "ISG": "Method",
    "DMD": "Method",
    "GCGF": "Method",
    "RAG": "Method",
    "LoRA": "Method",
    "transfer learning": "Method",
    "supervised fine-tuning": "Method",
    "GPT-4": "Model",
    "BART": "Model",
    "T5": "Model",
    "o1-mini": "Model",
    "Gemini": "Model",
    "E5-Base": "Model",
    "GTE-Base": "Model",
    "FooBench": "Dataset",
    "BEIR": "Dataset",
    "GSM8K": "Dataset",
    "MATH-P": "Dataset",
    "Syn2Sport": "Dataset",
}


def triples(abstract: str, proposes=("FooNet",)):
    return relation_triples(abstract, ENTS, proposes)


# ------------------------------------------------------------------ outperforms


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("Notably, FooNet has the potential to surpass Llama3-70B.", "Llama3-70B"),
        ("FooNet could outperform Llama3-70B on GSM8K.", "Llama3-70B"),
        ("FooNet models match, and in some cases surpass, Gemma3-27B.", "Gemma3-27B"),
        ("FooNet achieves performance comparable to or even surpassing RL.", "RL"),
        ("FooNet matches or surpasses Gemma3-27B on GSM8K.", "Gemma3-27B"),
    ],
)
def test_possibility_or_parity_is_not_outperforms(sentence, tail):
    assert ("FooNet", tail) not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


def test_a_win_after_a_match_elsewhere_still_counts():
    found = triples(f"{PROPOSE} FooNet matches GPT-4o on GSM8K and surpasses Llama3-70B on FooBench.")
    assert ("FooNet", "Llama3-70B") in pairs_of(found, "outperforms")


@pytest.mark.parametrize(
    "sentence,head,tail",
    [
        ("DPO agents trained on FooNet preference pairs gain 6.8 points over Prometheus.", "FooNet", "Prometheus"),
        ("Models trained on data refined by FooNet improve accuracy by 7.6% over Mistral-7B.", "FooNet", "Mistral-7B"),
        (
            "We apply FooNet to a small model, showing that the fine-tuned model outperforms CogVideoX-5B.",
            "FooNet",
            "CogVideoX-5B",
        ),
    ],
)
def test_a_model_made_with_the_method_is_not_the_method(sentence, head, tail):
    """The thing that wins is "X with Y", not Y alone."""
    assert (head, tail) not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


def test_a_model_trained_with_our_data_under_our_name_still_wins():
    found = triples(f"{PROPOSE} Trained only on synthetic data, FooNet outperforms Prometheus.")
    assert ("FooNet", "Prometheus") in pairs_of(found, "outperforms")
    found = triples(f"{PROPOSE} Our fine-tuned model outperforms Prometheus.")
    assert ("FooNet", "Prometheus") in pairs_of(found, "outperforms")


def test_an_untagged_named_subject_is_not_the_paper_method():
    found = triples(f"{PROPOSE} Experimental results show that LinGen outperforms DiT in video quality.")
    assert ("FooNet", "DiT") not in pairs_of(found, "outperforms")
    found = triples(f"{PROPOSE} Experimental results show that it outperforms DiT in video quality.")
    assert ("FooNet", "DiT") in pairs_of(found, "outperforms")


def test_an_enumerated_clause_has_its_own_subject():
    sentence = "We show that: (1) FooNet beats DiT, (2) rewriting the data is 5x more efficient than RL alone."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")
    assert ("FooNet", "DiT") in found
    assert ("FooNet", "RL") not in found


def test_a_generic_head_before_our_model_gives_way_to_it():
    """ "reinforcement learning" as head when the sentence's subject is "our model"."""
    found = triples(f"{PROPOSE} With reinforcement learning, our 4B model outperforms Gemma3-27B.")
    assert ("reinforcement learning", "Gemma3-27B") not in pairs_of(found, "outperforms")
    assert ("FooNet", "Gemma3-27B") in pairs_of(found, "outperforms")


def test_enabling_a_model_is_not_beating_it():
    sentence = "FooNet outperforms existing distillation methods, and enables TRELLIS to achieve superior quality."
    assert ("FooNet", "TRELLIS") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


def test_a_class_based_on_a_name_is_not_the_rival():
    sentence = "FooNet outperforms other state-of-the-art methods based on much more common MAE."
    assert ("FooNet", "MAE") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


# ------------------------------------------------------------------ evaluated_on


def test_others_benchmarked_on_our_dataset_are_not_our_method():
    sentence = "We benchmark several state-of-the-art pose estimation models on Syn2Sport."
    assert ("FooNet", "Syn2Sport") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "evaluated_on")
    assert ("FooNet", "Syn2Sport") in pairs_of(
        triples(f"{PROPOSE} We evaluate our method on Syn2Sport."), "evaluated_on"
    )


def test_models_used_by_the_setup_are_not_evaluated_heads():
    sentence = "We evaluate FooNet using E5-Base and GTE-Base models on the BEIR benchmark."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "evaluated_on")
    assert ("FooNet", "BEIR") in found
    assert ("GTE-Base", "BEIR") not in found and ("E5-Base", "BEIR") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The effectiveness of FooNet is validated using four off-the-shelf models, LLaMA-7B and Mistral-7B, and "
        "two question-answering benchmarks, SQuAD and CoQA.",
        "We evaluate FooNet with two backbones, LLaMA-7B and Mistral-7B, on SQuAD and CoQA.",
    ],
)
def test_models_apposed_to_a_tool_class_are_not_evaluated_heads(sentence):
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "evaluated_on")
    assert ("FooNet", "CoQA") in found
    assert not {("LLaMA-7B", "CoQA"), ("Mistral-7B", "CoQA")} & found


def test_models_listed_after_an_evaluation_verb_stay_evaluated_heads():
    found = pairs_of(triples(f"{PROPOSE} We evaluate four models, LLaMA-7B and Mistral-7B, on CoQA."), "evaluated_on")
    assert ("LLaMA-7B", "CoQA") in found


def test_models_listed_as_examples_are_evaluated_on_a_benchmark_paper_dataset():
    abstract = (
        "We introduce MATH-P, a benchmark of perturbed problems. "
        "We observe significant performance drops on MATH-P across various models, "
        "including o1-mini (-16.49%) and Gemini (-12.9%)."
    )
    found = pairs_of(triples(abstract, ("MATH-P",)), "evaluated_on")
    assert {("o1-mini", "MATH-P"), ("Gemini", "MATH-P")} <= found


def test_a_sentence_describing_our_dataset_is_not_an_evaluation():
    abstract = "We propose FooNet and FooBench for reasoning. Examples in FooBench are all based on real tasks."
    assert ("FooNet", "FooBench") not in pairs_of(triples(abstract, ("FooNet", "FooBench")), "evaluated_on")


# ------------------------------------------------------------------ uses


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We propose FooNet, a novel RAG framework where the reranker adjusts the documents.", "RAG"),
        ("We introduce FooNet, an advantage-conditioned offline RL method for manipulation.", "RL"),
    ],
)
def test_is_a_is_not_uses(sentence, tail):
    """ "FreqPhys, an rPPG framework", "Dyna-GRPO, an online RL method": what it is, not what it uses."""
    assert ("FooNet", tail) not in pairs_of(triples(sentence), "uses")


def test_a_derived_name_is_still_uses():
    assert ("FooNet", "LoRA") in pairs_of(triples("We propose FooNet, a novel LoRA variant for parsing."), "uses")


def test_widely_used_is_an_adjective():
    sentence = "We compare FooNet with several widely used architectures, including VGG-16 and ResNet-50."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    assert ("FooNet", "VGG-16") not in found and ("FooNet", "ResNet-50") not in found


def test_another_subject_in_a_contrast_clause():
    sentence = "FooNet is trained from scratch, while the popular architectures are employed using transfer learning."
    assert ("FooNet", "transfer learning") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    sentence = "FooNet reaches 90% accuracy while using LoRA."
    assert ("FooNet", "LoRA") in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")


def test_a_weak_cue_takes_its_own_object():
    found = pairs_of(triples(f"{PROPOSE} FooNet employs pseudo-labels during SSDG training."), "uses")
    assert ("FooNet", "SSDG") not in found
    found = pairs_of(triples(f"{PROPOSE} We incorporate these operators into Steklov-CLIP."), "uses")
    assert ("FooNet", "Steklov-CLIP") not in found
    found = pairs_of(triples(f"{PROPOSE} FooNet employs a routing technique within the LoRA model."), "uses")
    assert ("FooNet", "LoRA") in found


def test_a_list_ends_at_its_comma():
    sentence = "With IDA alone, DMD converges; employing both IDA and ISG, DMD converges faster."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    assert ("FooNet", "DMD") not in found
    sentence = "FooNet improves the performance of its backbone models, e.g. BART and T5."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    assert {("FooNet", "BART"), ("FooNet", "T5")} <= found


def test_a_component_improving_a_part_is_not_the_method_using_it():
    sentence = "Second, a data augmentation strategy improves the robustness of GCGF against noise."
    assert ("FooNet", "GCGF") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    sentence = "Our method improves the robustness of GCGF against noise."
    assert ("FooNet", "GCGF") in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")


def test_x_based_describing_others_is_not_uses():
    sentence = "We investigate whether heatmaps in VLMs, particularly CLIP-based models, are faithful."
    assert ("FooNet", "CLIP") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    sentence = "FooNet is tailored to the RNN-based RWKV-7 model."
    assert ("FooNet", "RNN") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    assert ("FooNet", "CLIP") in pairs_of(triples(f"{PROPOSE} FooNet is a CLIP-based detector."), "uses")


def test_likeness_and_data_are_not_uses():
    found = pairs_of(triples(f"{PROPOSE} FooNet equips LISA-like segmentation models with verification."), "uses")
    assert ("FooNet", "LISA") not in found
    found = pairs_of(triples(f"{PROPOSE} We incorporate 18 RAG subsets and six retrievers."), "uses")
    assert ("FooNet", "RAG") not in found


def test_an_evaluator_is_not_used():
    found = pairs_of(triples(f"{PROPOSE} FooNet answers are scored using GPT-4 as the judge."), "uses")
    assert ("FooNet", "GPT-4") not in found
    found = pairs_of(triples(f"{PROPOSE} We use GPT-4 to evaluate the answers of FooNet."), "uses")
    assert ("FooNet", "GPT-4") not in found
    found = pairs_of(triples(f"{PROPOSE} FooNet uses GPT-4 as the teacher."), "uses")
    assert ("FooNet", "GPT-4") in found


def test_the_base_model_after_a_comparison_is_used():
    sentence = "Our self-specialized model outperforms its base model, MPT-30B, by a large margin."
    found = triples(f"{PROPOSE} {sentence}")
    assert ("FooNet", "MPT-30B") in pairs_of(found, "uses")
    assert ("FooNet", "MPT-30B") in pairs_of(found, "outperforms")


def test_building_upon_a_name_introduces_the_other():
    ents = {**ENTS, "Internal Consistency": "Method", "Self-Feedback": "Method"}
    abstract = (
        "We study Internal Consistency and Self-Feedback. Expanding upon the Internal Consistency framework, "
        "we introduce a theoretical framework capable of mining Internal Consistency, named Self-Feedback."
    )
    doc = build(abstract, entities=ents, proposes=("Internal Consistency", "Self-Feedback"))
    found = {(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}
    assert ("Self-Feedback", "uses", "Internal Consistency") in found


def test_a_cue_word_does_not_reach_into_another_clause():
    sentence = (
        "Experiments across diverse models, benchmarks, and agent harnesses show that "
        "supervised fine-tuning on FooNet-generated trajectories consistently improves skill use."
    )
    assert ("FooNet", "supervised fine-tuning") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")


def test_the_model_an_experiment_runs_is_not_used():
    sentence = "Using GPT-4 on GSM8K as the main setting, we find that FooNet prompts reduce errors."
    assert ("FooNet", "GPT-4") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    assert ("FooNet", "GPT-4") in pairs_of(triples(f"{PROPOSE} FooNet uses GPT-4 to draft answers."), "uses")


# ------------------------------------------------------------------ judged sample errors (2)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet demonstrated greater label efficiency than CNNs on GSM8K.", "CNNs"),
        ("FooNet outperforms previous VQ-VAEs, such as DiT, on GSM8K.", "VQ-VAEs"),
    ],
)
def test_a_plural_name_is_a_family_not_a_rival(sentence, tail):
    ents = {**ENTS, "CNNs": "Method", "VQ-VAEs": "Method"}
    doc = build(f"{PROPOSE} {sentence}", entities=ents, proposes=("FooNet",))
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}
    assert ("FooNet", tail) not in found
    if "DiT" in sentence:
        assert ("FooNet", "DiT") in found


def test_a_kind_before_a_name_is_not_the_rival():
    ents = {**ENTS, "AR": "Model", "LlamaGen": "Model"}
    doc = build(f"{PROPOSE} FooNet outperforms AR models LlamaGen by 0.18.", entities=ents, proposes=("FooNet",))
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}
    assert ("FooNet", "AR") not in found and ("FooNet", "LlamaGen") in found


def test_a_setting_after_the_comparison_is_not_a_rival():
    sentence = "Our FooNet outperforms other state-of-the-art methods throughout the entire RL period."
    assert ("FooNet", "RL") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


def test_the_method_as_an_instrument_of_an_unnamed_winner():
    sentence = "Experimental results show that pretraining with FooNet outperforms the vanilla GPT-4o."
    assert ("FooNet", "GPT-4o") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")
    # 2506.24119: "Training Qwen3-4B-Base on Kuhn Poker alone achieves ..., outperforming SFT"
    sentence = "Training Llama3-70B on poker alone achieves 8.6% improvement on math, outperforming GPT-4o."
    assert ("Llama3-70B", "GPT-4o") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")
    sentence = "A model with only 8B parameters, when trained on our synthesized data, outperforms GPT-4o."
    assert ("FooNet", "GPT-4o") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


def test_a_name_in_a_phrase_is_not_the_winner():
    sentence = "Our approach achieves a 2.78x speedup for the 4-bit Llama3-70B model, outperforming GPT-4o by 1.31x."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")
    assert ("Llama3-70B", "GPT-4o") not in found
    assert ("FooNet", "GPT-4o") in found
    sentence = "Integrating the ViT backbone and DiT head yields substantial improvements over the GPT-4o baseline."
    assert ("DiT", "GPT-4o") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")
    # 2505.17667: "Experiments on seven ... benchmarks demonstrate that QwenLong-L1-32B outperforms ..."
    sentence = "Experiments on seven long-context benchmarks demonstrate that Llama3-70B outperforms GPT-4o."
    assert ("Llama3-70B", "GPT-4o") in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


def test_a_spelling_of_the_proposed_name_keeps_the_head():
    abstract = "We propose AlphaFlow, a new method. When trained from scratch, alpha-Flow consistently outperforms DiT."
    doc = build(abstract, entities={**ENTS, "AlphaFlow": "Method"}, proposes=("AlphaFlow",))
    assert ("AlphaFlow", "DiT") in {
        (r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"
    }


def test_longer_names_make_fragments():
    ents = {**ENTS, "Qwen3.5-Omni": "Model", "LLaMA": "Model"}
    doc = build(
        f"{PROPOSE} FooNet surpasses Qwen3.5-Omni-plus on GSM8K. "
        "Remarkably, it surpasses LLaMA Guard 3 8B by 20% on average in our experiments.",
        entities=ents,
        proposes=("FooNet",),
    )
    tails = {r.tail.text for r in find_relations(doc) if r.relation == "outperforms"}
    assert "Qwen3.5-Omni" not in tails and "LLaMA" not in tails


def test_a_long_form_glued_to_a_modifier_is_not_the_rival():
    ents = {**ENTS, "Group Relative Policy Optimization": "Method"}
    sentence = "FooNet surpasses Group Relative Policy Optimization (GRPO)-trained agents by 18.3% on GSM8K."
    doc = build(f"{PROPOSE} {sentence}", entities=ents, proposes=("FooNet",))
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}
    assert ("FooNet", "Group Relative Policy Optimization") not in found


def test_evaluation_and_data_making_are_not_uses():
    ents = {**ENTS, "linear probing": "Method"}
    doc = build(f"{PROPOSE} We evaluate the disentanglement via linear probing.", entities=ents, proposes=("FooNet",))
    assert not any(r.relation == "uses" for r in find_relations(doc))
    sentence = "The dataset holds 154k question-answer pairs generated manually and via GPT-4."
    assert ("FooNet", "GPT-4") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    assert ("FooNet", "GPT-4") in pairs_of(triples(f"{PROPOSE} FooNet plans via GPT-4."), "uses")


def test_a_capitalised_compound_in_running_text_is_a_longer_name():
    ents = {**ENTS, "Semantic": "Method"}
    sentence = "Moreover, we introduce a Semantic-Guided BEV Dilation Block to enhance the features."
    doc = build(f"{PROPOSE} {sentence}", entities=ents, proposes=("FooNet",))
    assert not any(r.relation == "uses" and r.tail.text == "Semantic" for r in find_relations(doc))


# ------------------------------------------------------------------ judged sample errors (3)


def test_based_on_a_dataset_is_not_evaluated_on():
    abstract = "We propose FooBench, a benchmark. Skill scores are based on the established GSM8K."
    assert not pairs_of(triples(abstract, ("FooBench",)), "evaluated_on")
    abstract = "We propose FooNet, a new method. Based on GSM8K, we evaluate FooNet and find gains."
    assert ("FooNet", "GSM8K") not in pairs_of(triples(abstract), "evaluated_on")


def test_architecture_kinds_are_not_listed_models():
    abstract = (
        "We introduce FooBench, a detection benchmark. On FooBench, we evaluate 20 baseline models "
        "from three architectures, namely RNN, DiT, and ViT."
    )
    found = pairs_of(triples(abstract, ("FooBench",)), "evaluated_on")
    assert ("DiT", "FooBench") not in found and ("RNN", "FooBench") not in found


def test_an_apposed_benchmark_is_introduced_not_evaluated_on():
    abstract = f"{PROPOSE} FooNet enables a preference dataset and an evaluation benchmark, FooBench, with 2500 pairs."
    assert ("FooNet", "FooBench") not in pairs_of(triples(abstract, ("FooNet", "FooBench")), "evaluated_on")


def test_every_name_baseline_is_a_class():
    sentence = "FooNet consistently outperforms every RL baseline and even surpasses Llama3-70B."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")
    assert ("FooNet", "RL") not in found and ("FooNet", "Llama3-70B") in found


def test_a_model_with_the_method_is_the_winner_not_the_method():
    sentence = "For instance, GPT-4o with FooNet achieves 5 points higher than the baseline, and surpasses Llama3-70B."
    assert ("FooNet", "Llama3-70B") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")
    sentence = "Using FooNet, we outperform Llama3-70B on GSM8K."
    assert ("FooNet", "Llama3-70B") in pairs_of(triples(f"{PROPOSE} {sentence}"), "outperforms")


def test_a_capitalised_name_after_x_based_is_a_longer_name():
    ents = {**ENTS, "Adaptive Graph": "Method"}
    sentence = "To address this, we propose an Adaptive Graph-based Noisy Data Removal framework for recognition."
    doc = build(f"{PROPOSE} {sentence}", entities=ents, proposes=("FooNet",))
    assert not any(r.relation == "uses" and r.tail.text == "Adaptive Graph" for r in find_relations(doc))


def test_an_apposed_benchmark_after_an_evaluation_verb_is_evaluated_on():
    abstract = f"{PROPOSE} We evaluate FooNet on a new benchmark, FooBench, comprising 115 curated samples."
    assert ("FooNet", "FooBench") in pairs_of(triples(abstract, ("FooNet", "FooBench")), "evaluated_on")


def test_only_a_short_object_of_the_evaluation_verb_names_others():
    from claimgraph.extract.claims.cues import relation_cues
    from claimgraph.extract.relations.pairs import _others_evaluated

    rc = relation_cues()
    assert _others_evaluated(("several", "state-of-the-art", "pose", "estimation", "models"), rc)
    assert not _others_evaluated(("our", "models"), rc)
    gap = ("results", "reveal", "that", "even", "the", "most", "powerful", "models", "perform", "poorly")
    assert not _others_evaluated(gap, rc)  # a clause, not the verb's object


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet leverages a pre-trained diffusion model, DiT, to estimate lighting.", "DiT"),
        ("The local encoder uses convolutions, while the global encoder utilizes ResNet-50 features.", "ResNet-50"),
        ("FooNet generates prompts to test the robustness of alignment using the LoRA framework.", "LoRA"),
        ("FooNet refines depth estimates using depth information from DiT.", "DiT"),
        ("To strengthen planning, we apply GRPO-based reinforcement learning on 1K examples.", "GRPO"),
        ("In this paper, we propose the Mamba-Driven Topology Fusion framework.", "Mamba"),
    ],
)
def test_uses_the_readings_keep(sentence, tail):
    ents = {**ENTS, "GRPO": "Method", "Mamba": "Method"}
    doc = build(f"{PROPOSE} {sentence}", entities=ents, proposes=("FooNet",))
    assert ("FooNet", tail) in {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "uses"}


def test_background_classes_are_not_uses():
    sentence = "Representative augmentation methods for combining images from many classes include LoRA and DiT."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    assert ("FooNet", "LoRA") not in found and ("FooNet", "DiT") not in found
    sentence = "We find that while LoRA-based attacks often fail, the refinement uncovers a new surface."
    assert ("FooNet", "LoRA") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")


def test_what_our_method_guides_is_not_used_by_it():
    sentence = "By employing LoRA guided by FooNet's estimates, we reach 95.7% accuracy."
    assert ("FooNet", "LoRA") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")


def test_a_fine_tuned_baseline_is_not_used():
    sentence = "FooNet images show better alignment with prompts over the fine-tuned DiT."
    assert ("FooNet", "DiT") not in pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    sentence = "We evaluate FooNet on two representative backbones, namely ViT, over GSM8K and FooBench."
    found = pairs_of(triples(f"{PROPOSE} {sentence}"), "uses")
    assert ("FooNet", "GSM8K") not in found
