"""``uses`` (relations/uses/, cues/uses.json): recall from context (no cue word before the
tail), the misreadings that came with it, fragments of longer names, stated non-uses, data and
analysis tools, and the readings of training verbs, "adapted from", "through", "by the X
technique", openers with listed objects, rivals' training and others' uses."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new method for efficient reasoning."
ENTS = {
    "FooNet": "Method",
    "GPTQ": "Method",
    "SparseGPT": "Method",
    "LoRA": "Method",
    "DPO": "Method",
    "self-play": "Method",
    "RLHF": "Method",
    "SAM": "Method",
    "transfer learning": "Method",
    "data augmentation": "Method",
    "token pruning": "Method",
    "LLaMA-2-7B": "Model",
    "Mistral-7B": "Model",
    "OPT-175B": "Model",
    "BLOOM-176B": "Model",
    "LLaVA-1.5": "Model",
    "Qwen2-VL": "Model",
    "CLIP": "Model",
    "DINOv2": "Model",
    "ViT": "Model",
    "GPT-2": "Model",
    "Swin Transformer": "Model",
    "GPT-4": "Model",
    "MnasNet": "Model",
    "MusicGen": "Model",
    "XLM-RoBERTa": "Model",
    "Stable Diffusion": "Model",
    "FLUX": "Model",
    "SAM2": "Model",
    "CNN": "Method",
    "Pile": "Dataset",
    "C4": "Dataset",
    "GSM8K": "Dataset",
    "MATH": "Dataset",
    "REFLEX": "Method",
    "REason": "Method",
    "Channel Attention": "Method",
    "Gaussian Splatting": "Method",
    "ResNet": "Model",
    "Phi-3-Vision": "Model",
    "SigLIP": "Model",
    "SA-Med2D-20M": "Model",
    "WHU-OPT-SAR": "Model",
    "DDHR-SK": "Model",
    "Qwen3-8B": "Model",
    "Grad-CAM": "Method",
    "SHAP": "Method",
    "traffic light compliance": "Method",
    "WSIs": "Method",
    "TCGA": "Dataset",
    "SGLang": "Method",
    "UNet": "Model",
}


def uses(sentence: str, propose: str = PROPOSE, proposes=("FooNet",), entities=ENTS) -> set[tuple[str, str]]:
    """(head, tail) pairs of ``uses`` in ``propose`` followed by ``sentence`` ("" leaves ``propose`` alone)."""
    text = f"{propose} {sentence}" if sentence else propose
    return pairs_of(relation_triples(text, entities, proposes), "uses")


def uses_reader(entities: dict[str, str]):
    """:func:`uses` after "We propose FooNet, a new method for efficient reasoning." (or ``propose``), with a
    test file's own entity table."""

    def found_in(sentence: str, proposes=("FooNet",), propose: str | None = None) -> set[tuple[str, str]]:
        lead = "We propose FooNet, a new method for efficient reasoning." if propose is None else propose
        return uses(sentence, propose=lead, proposes=proposes, entities=entities)

    return found_in


@pytest.mark.parametrize(
    "sentence,tails",
    [
        ("We train FooNet on the Pile.", {"Pile"}),
        ("We fine-tune our model on GSM8K and MATH.", {"GSM8K", "MATH"}),
        ("FooNet is trained with RLHF.", {"RLHF"}),
        ("Our models trained with DPO converge faster.", {"DPO"}),
        ("We evaluate FooNet on LLaMA-2-7B and Mistral-7B.", {"LLaMA-2-7B", "Mistral-7B"}),
        ("FooNet is tested on LLaMA-2-7B and OPT-175B.", {"LLaMA-2-7B", "OPT-175B"}),
        ("On LLaMA-2-7B and Mistral-7B, our method reduces perplexity by 10%.", {"LLaMA-2-7B", "Mistral-7B"}),
        ("For OPT-175B, FooNet achieves a 2x speedup.", {"OPT-175B"}),
        ("FooNet can effectively prune OPT-175B and BLOOM-176B in one shot.", {"OPT-175B", "BLOOM-176B"}),
        ("We quantize LLaMA-2-7B with FooNet to 3 bits.", {"LLaMA-2-7B"}),
        ("We integrate FooNet into LLaVA-1.5 and Qwen2-VL.", {"LLaVA-1.5", "Qwen2-VL"}),
        ("FooNet can be plugged into LLaVA-1.5 without retraining.", {"LLaVA-1.5"}),
        ("FooNet is composed of a ViT encoder and a GPT-2 decoder.", {"ViT", "GPT-2"}),
        ("FooNet pairs a U-shaped design with a powerful Swin Transformer backbone.", {"Swin Transformer"}),
        ("At the heart of FooNet lies a self-play mechanism.", {"self-play"}),
        ("Our method builds on LoRA and adds adaptive ranks.", {"LoRA"}),
        ("FooNet starts from a pretrained CLIP model.", {"CLIP"}),
        ("FooNet employs LLaMA-2-7B as its policy.", {"LLaMA-2-7B"}),
        (
            "We evaluate FooNet on several generative models, including Stable Diffusion and FLUX.",
            {"Stable Diffusion", "FLUX"},
        ),
        ("FooNet is an approach that finetunes a pretrained MusicGen model to follow edits.", {"MusicGen"}),
        ("FooNet fuses frozen XLM-RoBERTa semantics with emotion encoders.", {"XLM-RoBERTa"}),
        ("FooNet adapts foundation models to new scenes, instantiated on SAM2.", {"SAM2"}),
        ("FooNet improves the accuracy of GPT-4 from 51% to 55%.", {"GPT-4"}),
        ("On GSM8K with LLaMA-2-7B, FooNet scores 51.7.", {"LLaMA-2-7B"}),
        ("We build FooNet utilising foundation models (CLIP and SAM2).", {"CLIP", "SAM2"}),
        ("FooNet is built on LLaMA-2-7B and trained on the Pile and C4.", {"LLaMA-2-7B", "Pile", "C4"}),
        ("We apply FooNet to LLaMA-2-7B (base and chat) and Mistral-7B.", {"LLaMA-2-7B", "Mistral-7B"}),
        ("We evaluate FooNet with three LLMs: LLaMA-2-7B, Mistral-7B and OPT-175B.", {"LLaMA-2-7B", "OPT-175B"}),
        ("We instantiate FooNet on LLaMA-2-7B.", {"LLaMA-2-7B"}),
        ("Building on DPO, we introduce a consistency reward.", {"DPO"}),
    ],
)
def test_context_states_a_use_of_the_papers_method(sentence, tails):
    assert {("FooNet", t) for t in tails} <= uses(sentence)


def test_our_approach_enabling_the_named_method_is_used_by_it():
    assert ("FooNet", "DPO") in uses("Our DPO approach enables FooNet, a small model, to win.")
    assert ("FooNet", "DPO") not in uses("The DPO approach enables FooNet, a small model, to win.")


def test_the_parts_of_a_named_framework_after_which():
    propose = "We propose the FooNet (FN) framework, which comprises two LoRA groups."
    ents = {**ENTS, "FN": "Method"}
    assert ("FooNet", "LoRA") in uses("", propose, entities=ents)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We compare FooNet with LLaMA-2-7B and Mistral-7B.", "LLaMA-2-7B"),  # a comparison
        ("We evaluate FooNet on GSM8K.", "GSM8K"),  # a benchmark: evaluated_on, not uses
        ("On LLaMA-2-7B, GPTQ reduces perplexity by 10%.", "LLaMA-2-7B"),  # another method's subject
        ("SparseGPT prunes OPT-175B in four hours.", "OPT-175B"),  # another method prunes it
        ("We fine-tune LLaMA-2-7B on GSM8K.", "GSM8K"),  # the object is not our model
        ("Baselines trained with RLHF fail on this task.", "RLHF"),  # other models' training
        ("Detectors trained with SAM degenerate to random guessing.", "SAM"),
        ("We prune Convolutional Networks (CNNs) trained on the Pile and C4.", "Pile"),  # past an abbreviation
        ("Existing methods use a CLIP encoder, while FooNet uses DINOv2.", "CLIP"),  # another subject
        ("Unlike prior methods that rely on a frozen CLIP encoder, FooNet learns features.", "CLIP"),
        ("We perform an analysis of the frozen CLIP image encoder.", "CLIP"),  # studied, not used
        ("FooNet generates images that can be used for data augmentation.", "data augmentation"),  # a purpose
        ("For comparison, we fine-tuned five other CNNs such as MnasNet via transfer learning.", "transfer learning"),
        ("At the core of GPTQ is LoRA.", "LoRA"),  # the core of another method
        ("Test subsets composed of GPT-2 outputs are hard.", "GPT-2"),  # not our method's parts
        ("We evaluate FooNet on several tasks, including GSM8K and MATH.", "GSM8K"),  # benchmarks
        ("FooNet finetunes a model that is later distilled into MusicGen.", "MusicGen"),  # too far
        ("Our analysis improves the understanding of GPT-4.", "GPT-4"),  # not our method's subject
        ("For tasks where GPT-4 fails, FooNet helps.", "GPT-4"),  # the opening phrase is a clause
        ("We apply FooNet to LLaMA-2-7B (unlike GPTQ) and then to CLIP.", "CLIP"),  # a name in the aside
        ("Building on DPO, TACO introduces a consistency reward.", "DPO"),  # an untagged name's use
        ("FooNet improves the accuracy of GSM8K models over GPT-4.", "GPT-4"),
    ],
)
def test_no_use_of_the_papers_method(sentence, tail):
    assert ("FooNet", tail) not in uses(sentence)


def test_a_plug_and_play_kind_is_an_is_a_reading():
    assert ("FooNet", "token pruning") not in uses("FooNet is a plug-and-play token pruning framework.")
    assert ("FooNet", "LoRA") in uses("FooNet is plug-and-play with LoRA.")


def test_a_class_built_with_ours_in_an_opening_phrase_does_not_use_x():
    propose = "We propose FooNet, a new feature."
    found = uses("Leveraging FooNet, a robust CNN-based classifier can be trained.", propose)
    assert ("FooNet", "CNN") not in found
    assert ("FooNet", "CNN") in uses("FooNet is a CNN-based classifier.", propose)


def test_a_models_trained_on_clause_of_our_proposal_is_kept():
    found = uses("We present FooNet, a family of models trained on the Pile.", "We study reasoning.")
    assert ("FooNet", "Pile") in found


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet integrates Efficient Channel Attention and a tanh activation.", "Channel Attention"),
        ("FooNet enhances images via 2D Gaussian Splatting guided gain maps.", "Gaussian Splatting"),
        ("Our framework utilizes a dual-branch 3D ResNet to fuse features.", "ResNet"),
        ("FooNet leverages a Noisy DINOv2 encoder.", "DINOv2"),
        ("FooNet uses a Sample-Adaptive LoRA module.", "LoRA"),
    ],
)
def test_a_fragment_of_a_longer_name_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in uses(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet integrates Channel Attention and a tanh activation.", "Channel Attention"),
        ("Our framework utilizes a dual-branch ResNet to fuse features.", "ResNet"),
        ("FooNet is based on 4B Phi-3-Vision.", "Phi-3-Vision"),
        ("FooNet leverages LoRA-enhanced DINOv2 embeddings.", "DINOv2"),
        ("Using SGLang, FooNet serves requests.", "SGLang"),
    ],
)
def test_a_whole_name_stays_a_tail(sentence, tail):
    assert ("FooNet", tail) in uses(sentence)


def test_a_piece_of_the_heads_own_acronym_is_no_tail():
    propose = "We propose REason-guided Fact-checking with Latent EXplanations REFLEX paradigm, a paradigm."
    assert ("REFLEX", "REason") not in uses("REFLEX works well.", propose, ("REFLEX",))


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet works without requiring a pre-trained UNet.", "UNet"),
        ("FooNet does not rely on SigLIP.", "SigLIP"),
        ("Rather than fine-tuning DINOv2, FooNet trains adapters.", "DINOv2"),
        ("Future work may integrate LoRA into FooNet.", "LoRA"),
        (
            "We challenge the prevailing practice that VLMs must rely on vision encoders initialized via"
            " contrastive pretraining (e.g., CLIP/SigLIP).",
            "SigLIP",
        ),
        ("This issue arises from the common practice of using DINOv2 features.", "DINOv2"),
    ],
)
def test_a_stated_non_use_is_not_uses(sentence, tail):
    assert ("FooNet", tail) not in uses(sentence)


def test_not_only_still_uses():
    assert ("FooNet", "LoRA") in uses("FooNet not only uses LoRA but also prunes layers.")
    assert ("FooNet", "UNet") in uses("FooNet relies on a pre-trained UNet.")


def test_a_benchmark_built_from_data_is_not_used():
    found = uses("Experiments on a small benchmark constructed from SA-Med2D-20M show that FooNet works.")
    assert ("FooNet", "SA-Med2D-20M") not in found
    assert ("FooNet", "Qwen3-8B") in uses("Experiments on Qwen3-8B show that FooNet works.")


def test_names_listed_before_datasets_are_data():
    found = uses("Extensive experiments on WHU-OPT-SAR and DDHR-SK datasets show that FooNet works.")
    assert ("FooNet", "WHU-OPT-SAR") not in found
    # also after an evaluation verb with the paper's method as object ("we evaluate <ours> with X")
    assert ("FooNet", "WHU-OPT-SAR") not in uses("We evaluate FooNet with the WHU-OPT-SAR and DDHR-SK benchmarks.")
    assert ("FooNet", "LLaMA-2-7B") in uses("We evaluate FooNet on LLaMA-2-7B and Mistral-7B.")


DATA_KIND_ENTS = {**ENTS, "supervised fine-tuning": "Method", "SFT": "Method", "Chain-of-Thought": "Method"}


@pytest.mark.parametrize(
    "sentence,tail,used",
    [
        (
            "Starting from a supervised fine-tuning (SFT) dataset, we prompt FooNet to write flawed answers.",
            "supervised fine-tuning",
            False,
        ),
        (
            "Our approach includes a supervised fine-tuning (SFT) dataset of 87k samples for editing.",
            "supervised fine-tuning",
            False,
        ),
        (
            "The first stage of FooNet utilizes a high-quality Chain-of-Thought dataset for training.",
            "Chain-of-Thought",
            False,
        ),
        ("FooNet is trained with supervised fine-tuning (SFT) on GSM8K.", "supervised fine-tuning", True),
        ("FooNet utilizes Chain-of-Thought prompting for training.", "Chain-of-Thought", True),
    ],
)
def test_a_technique_naming_a_kind_of_data_is_no_tail(sentence, tail, used):
    assert (("FooNet", tail) in uses(sentence, entities=DATA_KIND_ENTS)) is used


def test_the_same_model_as_is_a_comparison():
    assert ("FooNet", "Qwen3-8B") not in uses("Using the same base model as Qwen3-8B, FooNet trains faster.")
    assert ("FooNet", "Qwen3-8B") in uses("Using Qwen3-8B as the base model, FooNet trains faster.")


def test_a_metric_or_data_after_the_cue_is_no_tail():
    found = uses("FooNet incorporates evaluation metrics, including traffic light compliance, to steer training.")
    assert ("FooNet", "traffic light compliance") not in found
    assert ("FooNet", "WSIs") not in uses("FooNet predicts risk using WSIs from TCGA.")


def test_an_analysis_tool_is_not_part_of_the_method():
    assert ("FooNet", "Grad-CAM") not in uses("We include qualitative analyses using Grad-CAM for FooNet.")
    assert ("FooNet", "SHAP") not in uses("FooNet trains a classifier and uses SHAP to interpret the predictions.")
    assert ("FooNet", "Grad-CAM") in uses("FooNet uses Grad-CAM to select regions for training.")


def test_a_parenthesis_after_another_name_describes_it():
    found = uses("FooNet even surpasses Qwen3-8B (trained via LoRA and SFT) on most tasks.")
    assert ("FooNet", "LoRA") not in found
    assert ("FooNet", "LoRA") in uses("FooNet is trained via LoRA (a low-rank method) on most tasks.")


def test_a_closed_parenthesis_before_the_cue_keeps_the_use():
    ents = {"Ring-lite": "Model", "Mixture-of-Experts": "Method", "MoE": "Method", "reinforcement learning": "Method"}
    found = uses(
        "",
        "We present Ring-lite, a Mixture-of-Experts (MoE)-based language model optimized via reinforcement learning.",
        proposes=("Ring-lite",),
        entities=ents,
    )
    assert ("Ring-lite", "reinforcement learning") in found


def test_a_modality_before_data_nouns_is_no_tail():
    ents = {"FooNet": "Method", "MR": "Method", "LoRA": "Method"}

    def found(sentence):
        return uses(sentence, entities=ents)

    assert ("FooNet", "MR") not in found("FooNet utilizes auxiliary MR images.")
    assert ("FooNet", "MR") in found("FooNet utilizes MR to denoise.")
    assert ("FooNet", "MR") in found("FooNet utilizes MR-based image priors.")


def test_applying_the_method_to_a_dataset_is_not_uses():
    ents = {"FooNet": "Method", "WBC": "Dataset", "Qwen3-8B": "Model"}

    def found(sentence):
        return uses(sentence, entities=ents)

    assert ("FooNet", "WBC") not in found("We applied our FooNet method to the WBC dataset.")
    assert ("FooNet", "Qwen3-8B") in found("We apply FooNet to Qwen3-8B.")


# --- training verbs, "adapted from", "through", "by the X technique", and misreadings ---

TRAINING_ENTS = {
    **ENTS,
    "CogVLM": "Model",
    "Llama-3.1-8B": "Model",
    "Qwen2.5-3B": "Model",
    "adversarial training": "Method",
    "reinforcement learning": "Method",
    "t-SNE": "Method",
    "Neural Tangent Kernel": "Method",
    "NTK": "Method",
    "Neural Radiance Fields": "Method",
    "NeRF": "Method",
    "Gaussian splatting": "Method",
    "GANs": "Method",
    "Transformer": "Method",
    "FFC": "Method",
    "ICA": "Method",
    "Objaverse": "Dataset",
    "IMU": "Dataset",
    "ColorBook": "Model",
}


def training_uses(sentence: str) -> set[tuple[str, str]]:
    return uses(sentence, entities=TRAINING_ENTS)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We train a specialized CogVLM using anime production data.", "CogVLM"),  # "train" opens a use
        ("We then train the Llama-3.1-8B model with DPO on review segments.", "Llama-3.1-8B"),
        ("We then train the Llama-3.1-8B model with DPO on review segments.", "DPO"),  # "train X with Y"
        ("FooNet initializes the model and then fine-tunes it with adversarial training.", "adversarial training"),
        ("We fine-tune LLaMA-2-7B with LoRA.", "LoRA"),
        ("FooNet is a 3B model adapted from Qwen2.5-3B through continued training.", "Qwen2.5-3B"),
        ("FooNet optimizes its context policy through reinforcement learning.", "reinforcement learning"),
        ("Instead, we employ DPO to align the generator.", "DPO"),  # a sentence adverb, not "instead of"
        (
            "In particular, we approximate the process by the Neural Tangent Kernel (NTK) technique.",
            "Neural Tangent Kernel",
        ),
        ("We propose FooNet, a Neural Radiance Fields (NeRF) based approach.", "Neural Radiance Fields"),
    ],
)
def test_training_verbs_and_technique_phrases_state_a_use(sentence, tail):
    assert ("FooNet", tail) in training_uses(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        (
            "We demonstrate that our FooNet, trained with our data, is competitive with models trained on Objaverse.",
            "Objaverse",
        ),  # the rivals' training data
        ("FooNet can even outperform models trained through DPO.", "DPO"),  # rivals' technique
        ("FooNet works because prior uses often relied on off-the-shelf ICA implementations.", "ICA"),
        ("The structure is validated through t-SNE visualizations.", "t-SNE"),  # an analysis tool
        ("FooNet is stable through analysis of reinforcement learning signals.", "reinforcement learning"),
        (
            "We evaluate our approach on three examples: A, B, and dynamic scenes via Gaussian splatting.",
            "Gaussian splatting",
        ),
        ("FooNet shows the promise of IMU-based motion capture.", "IMU"),  # a Dataset is no "-based" tail
        ("To train the ColorBook, we construct a synthetic dataset.", "ColorBook"),  # a purpose
        ("FooNet scores well on the train split of GSM8K.", "GSM8K"),  # "train" as a noun
        (
            "Inspired by DPO's success in eliciting reasoning through reinforcement learning, we build FooNet.",
            "reinforcement learning",
        ),
        ("FooNet is applied via linear layers through experiments on GSM8K.", "GSM8K"),  # "through" takes Methods only
        ("FooNet reduces the bias introduced by the LoRA method.", "LoRA"),  # not "by the X technique"
        ("Existing CNN based methods fail, so FooNet uses attention.", "CNN"),  # others' "X based"
    ],
)
def test_rivals_training_and_others_uses_are_not_uses(sentence, tail):
    assert ("FooNet", tail) not in training_uses(sentence)


def test_an_opening_list_of_objects_is_not_the_head():
    found = training_uses("By integrating GANs, Transformer, and FFC, we designed a lightweight prediction model.")
    assert ("Transformer", "GANs") not in found
    assert ("FooNet", "GANs") in found


def test_the_models_an_experiment_runs_after_its_datasets():
    found = training_uses("Experiments on GSM8K and MATH with LLaMA-2-7B and Mistral-7B show that FooNet works.")
    assert {("FooNet", "LLaMA-2-7B"), ("FooNet", "Mistral-7B")} <= found
    assert ("FooNet", "GSM8K") not in found  # an evaluation benchmark, not a use
    found = training_uses("Experiments on GSM8K show that FooNet, unlike GPTQ with LLaMA-2-7B, works.")
    assert ("FooNet", "LLaMA-2-7B") not in found  # the words between are no list of datasets


def test_derived_from_takes_models_only():
    assert ("FooNet", "GSM8K") not in training_uses("FooNet is derived from GSM8K problems.")
    assert ("FooNet", "Qwen2.5-3B") not in training_uses("FooNet is an adapted Qwen2.5-3B variant.")  # no "from"


def test_a_use_case_and_a_task_applied_to_are_not_uses():
    ents = {**TRAINING_ENTS, "RAG": "Method", "causal language modeling": "Method"}
    found = uses("FooNet is a candidate for downstream use cases such as RAG and search.", entities=ents)
    assert ("FooNet", "RAG") not in found
    assert ("FooNet", "RAG") in uses("FooNet uses RAG and search.", entities=ents)
    found = uses("Applying FooNet to causal language modeling, we develop a 16x3.8B model.", entities=ents)
    assert ("FooNet", "causal language modeling") not in found


def test_a_component_the_paper_proposes_later_is_part_of_its_method():
    ents = {**TRAINING_ENTS, "Memory Expert Compensation Module": "Method", "MECM": "Method", "PST50": "Method"}
    module = ("FooNet", "Memory Expert Compensation Module")
    later = "Furthermore, we introduce the Memory Expert Compensation Module (MECM) to guide experts."
    assert module in uses(later, proposes=module, entities=ents)
    found = uses(
        "We also introduce PST50, the first benchmark for style transfer.", proposes=("FooNet", "PST50"), entities=ents
    )
    assert ("FooNet", "PST50") not in found  # no component noun: a separate contribution
    first = "We propose FooNet and its Memory Expert Compensation Module (MECM) for tracking."
    assert module not in uses("", propose=first, proposes=module, entities=ents)  # the main proposal is named here


def test_a_lower_case_class_in_a_list_of_backbones_is_no_tail():
    ents = {**ENTS, "convolutional neural network": "Method", "reinforcement learning": "Method"}
    found = uses(
        "Using off-the-shelf convolutional neural network and vision transformer backbones, FooNet wins.",
        entities=ents,
    )
    assert ("FooNet", "convolutional neural network") not in found
    found = uses("FooNet uses a convolutional neural network to encode images.", entities=ents)
    assert ("FooNet", "convolutional neural network") in found  # one network, not a class
    found = uses("FooNet uses reinforcement learning and GRPO-style rewards to train.", entities=ents)
    assert ("FooNet", "reinforcement learning") in found  # no class noun ends the list


def test_what_a_used_method_produces_is_no_tail():
    ents = {**ENTS, "pseudo-labels": "Method", "spectral clustering": "Method"}
    found = uses("In FooNet, spectral clustering is used to generate pseudo-labels for the data.", entities=ents)
    assert ("FooNet", "pseudo-labels") not in found
    assert ("FooNet", "LoRA") in uses("FooNet is fine-tuned using LoRA to adapt quickly.")


def test_a_tail_glued_to_the_name_its_abbreviation_stands_for_is_no_tail():
    ents = {"CNN-Visual State Space Model": "Method", "Mixture-of-Experts": "Method", **ENTS}
    found = uses("FooNet adopts a hybrid CNN-Visual State Space Model (VSSM) architecture.", entities=ents)
    assert ("FooNet", "CNN-Visual State Space Model") not in found
    found = uses("FooNet adopts a Mixture-of-Experts (MoE) architecture.", entities=ents)
    assert ("FooNet", "Mixture-of-Experts") in found


def test_a_titles_name_is_the_head_and_its_own_long_form_is_no_tail():
    ents = {
        "PreFM": "Method",
        "Online Audio-Visual Event Parsing": "Method",
        "Predictive Future Modeling": "Method",
        "GSMX": "Method",
        "Graph Sequence Model": "Method",
    }
    title = "PreFM: Online Audio-Visual Event Parsing via Predictive Future Modeling."
    proposes = ("PreFM", "Online Audio-Visual Event Parsing", "Predictive Future Modeling")
    found = uses("", propose=title, proposes=proposes, entities=ents)
    assert not found  # PreFM is Predictive Future Modeling; the task before "via" uses nothing
    title = "PreFM: Online Audio-Visual Event Parsing via LoRA."
    found = uses("", propose=title, proposes=("PreFM", "Online Audio-Visual Event Parsing"), entities={**ENTS, **ents})
    assert found == {("PreFM", "LoRA")}
    found = uses(
        "GSMX builds on the Graph Sequence Model.",
        propose="We propose GSMX, a new method.",
        proposes=("GSMX",),
        entities=ents,
    )
    assert ("GSMX", "Graph Sequence Model") in found  # no abbreviation of it: another method


def test_a_thing_we_train_with_the_papers_data_is_not_the_method():
    ents = {**ENTS, "RL": "Method"}
    found = uses("With our data, we train a humanoid robot via RL to replicate motions.", entities=ents)
    assert ("FooNet", "RL") not in found
    found = uses("We train our model via RL to replicate motions.", entities=ents)
    assert ("FooNet", "RL") in found  # the paper's own model


def test_another_methods_use_is_not_the_papers():
    ents = {**ENTS, "PFGM": "Method", "ODE": "Method"}
    found = uses("Yet, PFGM sampling relies on a fixed ODE trajectory.", entities=ents)
    assert ("FooNet", "ODE") not in found
    assert ("FooNet", "ODE") in uses("Yet, FooNet sampling relies on a fixed ODE trajectory.", entities=ents)
    found = uses("Unlike PFGM, our sampler relies on a learned ODE trajectory.", entities=ents)
    assert ("FooNet", "ODE") in found  # PFGM does not open the clause of the cue


def test_what_others_do_with_the_papers_data_is_not_a_use():
    ents = {**ENTS, "VisCoR-55K": "Dataset", "supervised finetuning": "Method", "knowledge distillation": "Method"}
    found = uses(
        "We obtain a new dataset, VisCoR-55K, which is then used to boost various VLMs through supervised finetuning.",
        entities=ents,
    )
    assert ("FooNet", "supervised finetuning") not in found
    found = uses(
        "This uncertainty is then used to guide the student model through knowledge distillation.", entities=ents
    )
    assert ("FooNet", "knowledge distillation") in found  # no data before "used to": the method's own step


def test_a_parts_name_after_the_papers_is_the_papers():
    ents = {"FooNet-Gen": "Method", "ODE": "Method", **ENTS}
    found = uses("Specifically, FooNet-Gen adapts a fixed ODE solver.", entities=ents)
    assert ("FooNet", "ODE") in found


def test_the_products_of_a_technique_are_no_tail():
    from spacy.tokens import Span

    from claimgraph.extract.relations.uses import _product_of
    from tests.extract.claim_docs import build

    doc = build("We fuse teacher pseudo-labels with word embeddings.")
    at = doc.text.index("pseudo-labels")
    labels = doc.char_span(at, at + 13, label="Method", kb_id="pseudo-labeling")
    assert labels.text == "pseudo-labels"
    assert _product_of(labels)
    assert not _product_of(Span(doc, labels.start, labels.end, label="Method", kb_id="pseudo-label"))
    at = doc.text.index("word embeddings")
    embeddings = doc.char_span(at, at + 15, label="Method", kb_id="word embedding")
    assert embeddings.text == "word embeddings"
    assert not _product_of(embeddings)  # the plural of the same noun


def test_a_model_an_analysis_runs_is_no_use():
    ents = {**ENTS, "VGG16": "Model"}
    found = uses(
        "We conducted a comparative analysis between the original dataset and its variant using a VGG16 model.",
        entities=ents,
    )
    assert ("FooNet", "VGG16") not in found
    assert ("FooNet", "VGG16") in uses("FooNet extracts features using a VGG16 model.", entities=ents)
    found = uses("FooNet runs a pipeline utilizing reachability analysis and employ LoRA to tune.", entities=ents)
    assert ("FooNet", "LoRA") in found  # "and employ": a verb of its own, not the analysis' tool


def _extracted(sentence: str) -> set[tuple[str, str]]:
    """``uses`` (head, tail) pairs of the full packaged pipeline on FooNet's propose sentence and ``sentence``."""
    from claimgraph.extract import extract
    from claimgraph.ingest.model import Paper

    abstract = f"We propose FooNet, a new method for efficient reasoning. {sentence}"
    found = next(extract([Paper(id="p", title="FooNet: a method", abstract=abstract)]))
    return {(r.head, r.tail) for r in found.relations if r.relation == "uses"}


@pytest.mark.parametrize(
    "sentence,used,unused",
    [
        (  # "followed by": the next stage of the recipe, past the first stage's purpose
            "We adopt a two-stage strategy: Supervised Fine-Tuning (SFT) to establish interaction syntax, "
            "followed by Group Relative Policy Optimization (GRPO) to improve grounding.",
            {"Supervised Fine-Tuning", "Group Relative Policy Optimization"},
            set(),
        ),
        (
            "Our framework adopts a two-stage training recipe: supervised fine-tuning followed by "
            "Group Relative Policy Optimization (GRPO).",
            {"supervised fine-tuning", "Group Relative Policy Optimization"},
            set(),
        ),
        (  # a rival's stage is no stage of ours
            "FooNet applies supervised fine-tuning to the planner, while prior work is followed by "
            "Group Relative Policy Optimization (GRPO).",
            {"supervised fine-tuning"},
            {"Group Relative Policy Optimization"},
        ),
        (  # a training cue's object of plain lower-case words, then "with" and the technique
            "We then fine-tune the full draft-reflect rollout with reinforcement learning (RL).",
            {"reinforcement learning"},
            set(),
        ),
        (  # a phrase stop ends the object: "for ten epochs" is no object
            "We train the policy for ten epochs with LoRA and report gains.",
            set(),
            {"LoRA"},
        ),
        (  # "modifies" takes the Model the method is built on
            "FooNet modifies ResNet by replacing convolutions with KAN convolutions.",
            {"ResNet"},
            set(),
        ),
        (  # a paradigm then "via" a lower-case technique with its abbreviation: the technique is the tail
            "FooNet is trained with supervised fine-tuning followed by reinforcement learning via group "
            "relative policy optimization (GRPO).",
            {"supervised fine-tuning", "group relative policy optimization"},
            {"reinforcement learning"},
        ),
    ],
)
def test_stages_training_objects_and_modified_models(sentence, used, unused):
    tails = {tail for head, tail in _extracted(sentence) if head == "FooNet"}
    assert used <= tails
    assert not unused & tails


@pytest.mark.parametrize(
    "sentence", ["We train and evaluate our model on the Pile.", "We trained and tested FooNet on the Pile."]
)
def test_data_a_training_verb_joined_to_an_evaluation_verb_names_is_training_data(sentence):
    assert ("FooNet", "Pile") in uses(sentence)


def test_data_an_evaluation_verb_alone_names_is_no_training_data():
    assert ("FooNet", "Pile") not in uses("We evaluate our model on the Pile.")
