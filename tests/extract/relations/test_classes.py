"""Issue #17: relation arguments that stand for a class of methods, size and cost
comparisons, settings after "in", parity after "matches", "X, a Y system", self aliases."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims.cues import relation_cues
from claimgraph.extract.pipeline.sentence_view import sentence_views
from claimgraph.extract.relations.guards import class_mention, glued_modifier, self_alias
from tests.extract.claim_docs import build, relation_triples

RC = relation_cues()
PROPOSE = "We propose FooNet, a new method for tracking."
ENTS = {
    "FooNet": "Method",
    "CNN": "Method",
    "ViT": "Model",
    "CLIP": "Model",
    "Transformer": "Method",
    "RL": "Method",
    "FD": "Method",
    "DPO": "Method",
    "dVAE": "Method",
    "GPT-4o": "Model",
    "GPT-4": "Model",
    "Llama": "Model",
    "BLOOMZ": "Model",
    "SetFit": "Method",
    "MCTrans": "Method",
    "SpecTTTra": "Method",
    "FDG": "Method",
    "SLAM": "Method",
    "red-teaming": "Method",
    "contrastive learning": "Method",
    "Dynamic Video Generation": "Method",
    "DVG": "Method",
    "PCR": "Method",
    "LoRA": "Method",
    "AIME": "Dataset",
    "errors": "Metric",
}


def triples(abstract: str, proposes=("FooNet",)):
    return relation_triples(abstract, ENTS, proposes)


def located(sentence: str, name: str):
    doc = build(sentence, entities=ENTS)
    view = sentence_views(doc)[0]
    return view, next(e for e in view.entities if e.span.text == name)


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("FooNet beats strong CNN baselines.", "CNN"),
        ("FooNet beats other FD methods.", "FD"),
        ("FooNet beats prompting and multi-turn RL baselines.", "RL"),
        ("FooNet beats strong ViT and CNN baselines.", "ViT"),  # a list of names before the class noun
        ("FooNet beats Transformer-, CNN- and CLIP-based methods.", "CLIP"),
        ("FooNet beats standard CLIP baselines.", "CLIP"),  # a Model's baselines are a class too
        ("FooNet beats GPT-4 based methods.", "GPT-4"),
    ],
)
def test_class_mentions(sentence, name):
    view, e = located(sentence, name)
    assert class_mention(view, e, RC) or glued_modifier(view, e, RC)


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("FooNet beats GPT-4o and open-source models.", "GPT-4o"),  # a separate conjunct
        ("FooNet beats Llama models.", "Llama"),  # a model's own family is a name
        ("FooNet beats GPT-4 and Llama models.", "GPT-4"),
        ("FooNet beats the dVAE baseline.", "dVAE"),  # singular: the technique itself
        ("FooNet beats standard DPO on AIME.", "DPO"),
        ("FooNet beats RL trained on AIME.", "RL"),  # "trained" is no modifier word
    ],
)
def test_names_that_are_not_classes(sentence, name):
    view, e = located(sentence, name)
    assert not class_mention(view, e, RC) and not glued_modifier(view, e, RC)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet consistently outperforms state-of-the-art CNN baselines on AIME.", "CNN"),
        ("FooNet outperforms other FD methods on AIME.", "FD"),
        ("FooNet consistently outperforms prompting and multi-turn RL baselines.", "RL"),
        ("FooNet delivers consistent improvements over strong ViT and CNN baselines.", "ViT"),
        ("FooNet shows improvements over Transformer-, CNN- and CLIP-based methods.", "Transformer"),
        ("FooNet achieves better performance than CLIP-only counterparts.", "CLIP"),
        ("FooNet is only 2% higher than CNN-based estimates.", "CNN"),
        ("FooNet outperforms existing strong baselines in FDG.", "FDG"),  # a setting, not a rival
        ("FooNet reaches 95% accuracy while using 47x fewer parameters than MCTrans.", "MCTrans"),
        ("FooNet uses 49x fewer parameters than GPT-4 and 4.8x fewer than SpecTTTra.", "SpecTTTra"),
        ("FooNet is three times smaller than GPT-4o.", "GPT-4o"),
        ("FooNet needs lower memory than GPT-4o.", "GPT-4o"),
        ("FooNet outperforms standard DPO and matches GPT-4o on AIME.", "GPT-4o"),
        ("FooNet gives a 15% improvement over DPO, nearly matching GPT-4o.", "GPT-4o"),
    ],
)
def test_not_a_rival(sentence, tail):
    assert ("FooNet", "outperforms", tail) not in triples(f"{PROPOSE} {sentence}")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet outperforms the dVAE baseline on AIME.", "dVAE"),
        ("FooNet outperforms standard DPO and matches GPT-4o on AIME.", "DPO"),
        ("FooNet outperforms GPT-4o and open-source models on AIME.", "GPT-4o"),
        ("FooNet outperforms Llama models on AIME.", "Llama"),
        ("FooNet makes fewer errors than GPT-4o on AIME.", "GPT-4o"),  # a quality, not a cost
    ],
)
def test_still_a_rival(sentence, tail):
    assert ("FooNet", "outperforms", tail) in triples(f"{PROPOSE} {sentence}")


def test_a_base_model_is_not_the_head_of_the_model_built_on_it():
    found = triples("We study text classification. We show that the BLOOMZ-based model outperforms SetFit.", ())
    assert ("BLOOMZ", "outperforms", "SetFit") not in found
    found = triples("We study text classification. We show that BLOOMZ outperforms SetFit.", ())
    assert ("BLOOMZ", "outperforms", "SetFit") in found


def test_what_a_system_is_or_does_is_not_used():
    assert ("FooNet", "uses", "SLAM") not in triples("We present FooNet, a real-time feed-forward SLAM system.")
    found = triples("We present FooNet, an end-to-end red-teaming pipeline that mutates prompts.")
    assert ("FooNet", "uses", "red-teaming") not in found
    found = triples("We present FooNet, a novel contrastive learning framework for tracking.")
    assert ("FooNet", "uses", "contrastive learning") not in found  # is-a: what FooNet is
    found = triples("We present FooNet, a novel contrastive learning variant for tracking.")
    assert ("FooNet", "uses", "contrastive learning") in found  # derives from it


def test_a_name_never_uses_its_own_long_form():
    found = triples("We propose DVG, a Dynamic Video Generation framework that allocates compute.", ("DVG",))
    assert ("DVG", "uses", "Dynamic Video Generation") not in found
    assert self_alias("DVG", "Dynamic Video Generation", {})
    assert self_alias("SAGE", "semi-supervised aggregation", {"sage": "semi-supervised aggregation"})
    assert not self_alias("FooNet", "LoRA", {}) and not self_alias("LoRA", "Low-Rank Adaptation", {})


def test_a_class_is_not_a_uses_tail():
    assert ("FooNet", "uses", "PCR") not in triples(f"{PROPOSE} FooNet is built on standard PCR pipelines.")
    assert ("FooNet", "uses", "LoRA") in triples(f"{PROPOSE} FooNet is built on LoRA.")
    assert ("FooNet", "uses", "LoRA") in triples(f"{PROPOSE} FooNet is a LoRA-based method.")
