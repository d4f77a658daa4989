"""Round 4 of issue #17: relation arguments must be whole names of one thing (relations/guards/)."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims.cues import relation_cues
from claimgraph.extract.relations.guards import fragment, generic_class, whole_arguments
from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build

RC = relation_cues()
PROPOSE = "We propose FooNet, a new method for tracking."


def span_of(sentence: str, name: str, label: str = "Dataset"):
    doc = build(sentence, entities={name: label})
    return next(s for s in doc.spans["entities"] if s.text == name)


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("Results on ImageNet-LT improve.", "ImageNet"),  # glued hyphen + capitalised part
        ("Our Qwen3-VL backbone improves.", "Qwen3"),
        ("It transfers from Sim-to-Real settings.", "Real"),  # after a glued hyphen
        ("Experiments on nuScenes, Argoverse 2, and more.", "Argoverse"),  # version number
        ("Benchmarks ECARE KRE and COSE KRE show gains.", "ECARE"),  # all-capitals code
        ("It outperforms PUP 3D-GS by 0.05 dB.", "PUP"),
        ("The model based on Llama3 8B Instruct improves.", "Llama3 8B"),  # model-name word
        ("It uses a Multi-scale Linear Attention Cascade (MLAC).", "Linear Attention"),  # capitalised run
    ],
)
def test_fragments(sentence, name):
    assert fragment(span_of(sentence, name), RC)


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("A Transformer-based tracker wins.", "Transformer"),  # modifier suffix
        ("Shopformer: Transformer-Based Framework for Pose.", "Transformer"),  # title-case modifier
        ("It gains on the MathVerse Vision-Only subset.", "MathVerse"),  # a hyphenated word, not a name part
        ("Results on COCO 2017 improve.", "COCO"),  # a year
        ("Experiments on ImageNet 256x256 improve.", "ImageNet"),
        ("We evaluate on GLUE and MMLU.", "GLUE"),
        ("Built on the Swin Transformer backbone.", "Swin Transformer"),
        ("Fine-tuning LLaMA for Code Generation works.", "LLaMA"),  # capitalised before, lower-case after
    ],
)
def test_whole_names(sentence, name):
    assert not fragment(span_of(sentence, name), RC)


def test_a_following_entity_is_not_a_continuation():
    doc = build("We compare GPT-4 BERT models.", entities={"GPT-4": "Model", "BERT": "Model"})
    starts = frozenset(s.start for s in doc.spans["entities"])
    gpt = doc.spans["entities"][0]
    assert fragment(gpt, RC) and not fragment(gpt, RC, starts)


@pytest.mark.parametrize("name", ["Video Large Language Models", "VideoLLMs", "Multimodal LLMs"])
def test_generic_classes(name):
    assert generic_class(span_of(f"It helps {name} to see.", name, "Model"), RC)


@pytest.mark.parametrize("name", ["Qwen2.5 models", "LLaMA-7B", "GPT-4o", "TinyLlama"])
def test_named_models_are_not_classes(name):
    assert not generic_class(span_of(f"It helps {name} to see.", name, "Model"), RC)


def relations(abstract: str, entities: dict[str, str], proposes=("FooNet",)):
    doc = build(abstract, entities=entities, proposes=proposes)
    return {(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}


def test_fragment_tails_give_no_relation():
    ents = {"FooNet": "Method", "Argoverse": "Dataset", "nuScenes": "Dataset"}
    found = relations(f"{PROPOSE} We evaluate FooNet on nuScenes and Argoverse 2.", ents)
    assert ("FooNet", "evaluated_on", "nuScenes") in found
    assert ("FooNet", "evaluated_on", "Argoverse") not in found


def test_generic_class_tail_gives_no_uses_but_a_proposed_class_name_stays():
    ents = {"FooNet": "Method", "VideoLLMs": "Model", "LLaVA-OV": "Model"}
    found = relations(f"{PROPOSE} FooNet enables VideoLLMs to see more frames and is built on LLaVA-OV.", ents)
    assert ("FooNet", "uses", "VideoLLMs") not in found
    assert ("FooNet", "uses", "LLaVA-OV") in found
    ents = {"Time Reversed Language Models": "Model", "AlpacaEval": "Dataset"}
    found = relations(
        "We propose Time Reversed Language Models. We evaluate Time Reversed Language Models on AlpacaEval.",
        ents,
        proposes=("Time Reversed Language Models",),
    )
    assert ("Time Reversed Language Models", "evaluated_on", "AlpacaEval") in found


def test_an_abbreviation_of_a_class_is_a_class():
    doc = build(
        f"{PROPOSE} FooNet empowers VLAs to play ping-pong and is built on LLaMA-7B.",
        entities={"FooNet": "Method", "VLAs": "Model", "LLaMA-7B": "Model"},
        proposes=("FooNet",),
    )
    starts = frozenset(s.start for s in doc.spans["entities"])
    vlas, llama, foonet = (
        next(s for s in doc.spans["entities"] if s.text == t) for t in ("VLAs", "LLaMA-7B", "FooNet")
    )
    longs = {"vlas": "Vision-Language-Action models", "llama-7b": "Large Language Model Meta AI 7B"}
    assert not whole_arguments(foonet, vlas, RC, starts, frozenset({"foonet"}), longs)
    assert whole_arguments(foonet, vlas, RC, starts, frozenset({"foonet"}), {})
    assert whole_arguments(foonet, llama, RC, starts, frozenset({"foonet"}), longs)
