"""``uses`` misreadings (relations/uses/, cues/uses.json), from the judged fresh samples of seeds
1732050 and 2645751: a finding the authors observe about other systems ("We observe that DETR-based
detectors degrade ..."), the paper's own model at one size ("our fine-tuned LeaP-T-7B"), the
alternative a method is put in place of ("instead of the vanilla Transformer"), the part named
after "its" in the subject after an opening phrase ("Built on DINOv2, its FM module ...") and the
models of an experiment whose finding is about another system ("evaluations on Qwen3-8B show that
KV-Reuse improves ...")."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build
from tests.extract.relations.test_uses import ENTS, uses

FINDING_ENTS = {  # longer names first: a mention is labelled once, by the first name that covers it
    "DETR": "Method",
    "FooNet-T-7B": "Model",
    "FooNet-8B": "Model",
    "FooNet-2S": "Model",
    "FooNet-4M": "Dataset",
    "Learning from Peers": "Method",
    "LeaP-T-7B": "Model",
    "LeaP": "Method",
    "Sparse Swin Transformer": "Method",
    "Feature Modulation": "Method",
    **ENTS,
}


def read_uses(sentence: str, entities=FINDING_ENTS) -> set[tuple[str, str]]:
    return uses(sentence, entities=entities)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We observe that, under domain shift, DETR-based detectors degrade through missed detections.", "DETR"),
        ("However, our experiments indicate that applying DPO to agents leads to a critical failure mode.", "DPO"),
        ("We uncover an effect, revealing how LoRA-based agents inherit visual biases.", "LoRA"),
        ("We find that directly using SparseGPT on small models is difficult.", "SparseGPT"),
        ("Extensive evaluations on Qwen3-8B show that SparseGPT improves long-range acceptance.", "Qwen3-8B"),
        ("Experiments across LLaMA-2-7B and Mistral-7B reveal that existing models struggle to ground.", "LLaMA-2-7B"),
    ],
)
def test_a_finding_about_other_systems_is_no_use(sentence, tail):
    assert ("FooNet", tail) not in read_uses(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We find that FooNet, trained on the Pile, generalizes to new domains.", "Pile"),
        ("We find that our model trained on the Pile generalizes to new domains.", "Pile"),
        ("This result suggests that CNN-based segmentation is far from obsolete.", "CNN"),
        ("We observe that LoRA-based adaptation is unstable. FooNet is trained with DPO.", "DPO"),
        ("Experiments on Qwen3-8B show that our method improves accuracy.", "Qwen3-8B"),
        ("Experiments on LLaMA-2-7B show that SparseGPT combined with FooNet keeps accuracy.", "LLaMA-2-7B"),
    ],
)
def test_a_finding_about_the_papers_own_work_keeps_the_use(sentence, tail):
    assert ("FooNet", tail) in read_uses(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("Notably, our fine-tuned FooNet-T-7B matches GPT-4 on GSM8K.", "FooNet-T-7B"),
        ("Our agent achieves a high success rate using FooNet-8B as the executor.", "FooNet-8B"),
        ("The frozen backbone of this dual-supervised model (FooNet-2S) achieves an AUROC of 0.83.", "FooNet-2S"),
    ],
)
def test_the_papers_own_model_at_one_size_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in read_uses(sentence)
    assert ("FooNet", "FooNet-4M") in read_uses("We train FooNet on FooNet-4M, a new corpus.")  # its data stays


def test_the_own_model_at_one_size_of_an_abbreviated_name_is_no_tail():
    text = (
        "We propose Learning from Peers (LeaP), a new method for reasoning. "
        "Notably, our fine-tuned LeaP-T-7B matches GPT-4 on GSM8K."
    )
    doc = build(text, entities=FINDING_ENTS, proposes=("Learning from Peers", "LeaP"))
    spans = doc.spans["entities"]
    doc._.abbreviations = [(spans[0], spans[1])]  # "Learning from Peers (LeaP)"
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "uses"}
    assert not {tail for _, tail in found} & {"LeaP-T-7B"}


def test_the_alternative_put_in_place_is_no_use():
    propose = "We propose a Sparse Swin Transformer (SST), instead of the vanilla Swin Transformer, to remove noise."
    found = uses("", propose=propose, proposes=("Sparse Swin Transformer",), entities=FINDING_ENTS)
    assert ("Sparse Swin Transformer", "Swin Transformer") not in found
    propose = "We propose a Sparse Swin Transformer (SST), built on the Swin Transformer, to remove noise."
    found = uses("", propose=propose, proposes=("Sparse Swin Transformer",), entities=FINDING_ENTS)
    assert ("Sparse Swin Transformer", "Swin Transformer") in found


@pytest.mark.parametrize(
    "sentence,kept",
    [
        ("FooNet learns its features rather than being tuned via DPO on rewards.", False),
        ("Instead of retraining we use LoRA in FooNet.", True),
        ("Instead of retraining, FooNet uses LoRA.", True),
    ],
)
def test_a_cue_after_instead_of_or_rather_than_states_the_alternative(sentence, kept):
    tail = "DPO" if "DPO" in sentence else "LoRA"
    assert (("FooNet", tail) in read_uses(sentence)) is kept


def test_a_part_named_after_its_in_the_subject_gives_the_use_to_the_whole():
    found = read_uses("Built on a DINOv2 foundation, its Feature Modulation (FM) module generates sharp features.")
    assert ("FooNet", "DINOv2") in found
    assert ("Feature Modulation", "DINOv2") not in found
