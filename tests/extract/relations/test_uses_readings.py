"""``uses``: recall from context (no cue word before the tail) and the misreadings
that came with it (relations/uses.py, cues/uses.json)."""

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
}


def uses(sentence: str, propose: str = PROPOSE, proposes=("FooNet",), entities=ENTS) -> set[tuple[str, str]]:
    """(head, tail) pairs of ``uses`` in ``propose`` followed by ``sentence`` ("" leaves ``propose`` alone)."""
    text = f"{propose} {sentence}" if sentence else propose
    return pairs_of(relation_triples(text, entities, proposes), "uses")


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
