"""``uses`` heads that are not the paper's own method (relations/uses/ ``uses_head``,
``not_own_method``, ``component_actor``; cues/uses.json ``uses_head_task_ends``), and a
likeness "a similar X as Y" (cues/relations.json ``uses_same_words``)."""

from __future__ import annotations

from spacy.tokens import Span

from tests.extract.claim_docs import build, pairs_of


def _uses(text: str, entities: dict[str, str], proposes: tuple[str, ...], known=()) -> set[tuple[str, str]]:
    """``uses`` pairs of a hand-built doc; names in ``known`` carry a lexicon kb id (themselves,
    or the value when ``known`` is a dict)."""
    from claimgraph.extract.relations.pairs import find_relations

    doc = build(text, entities=entities, proposes=proposes)
    spans = [
        Span(
            doc,
            s.start,
            s.end,
            label=s.label_,
            kb_id=(known[s.text] if isinstance(known, dict) else s.text) if s.text in known else "",
        )
        for s in doc.spans["entities"]
    ]
    doc.spans["entities"] = spans
    doc._.proposes = [next(s for s in spans if s.text == p) for p in proposes]
    return pairs_of({(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}, "uses")


ENTS = {"multi-task learning": "Method", "ViT": "Model", "FooNet": "Method", "LoRA": "Method"}


def test_an_established_lower_case_technique_is_not_the_head():
    text = "We propose a multi-task learning framework for dementia. We employ ViT to extract imaging features."
    assert ("multi-task learning", "ViT") not in _uses(
        text, ENTS, ("multi-task learning",), known=("multi-task learning",)
    )


def test_a_coined_lower_case_name_or_a_named_method_stays_the_head():
    text = "We propose multi-task learning (MTL) for dementia. We employ ViT to extract imaging features."
    assert ("multi-task learning", "ViT") in _uses(text, ENTS, ("multi-task learning",))  # not a lexicon name
    # a lower-case description without an abbreviation is no name (``described_only``)
    text = "We propose a multi-task learning framework for dementia. We employ ViT to extract imaging features."
    assert ("multi-task learning", "ViT") not in _uses(text, ENTS, ("multi-task learning",))
    named = "We propose FooNet for dementia. We employ ViT to extract imaging features."
    assert ("FooNet", "ViT") in _uses(named, ENTS, ("FooNet",), known=("FooNet",))  # a lexicon name, not lower case


def test_a_lower_case_long_form_before_an_own_noun_names_the_class_not_the_system():
    # "a sparse graph routing (SGR) system": the abbreviated long form is the field the unnamed system is of
    ents = {"sparse graph routing": "Method", "XGBoost": "Method"}
    text = (
        "We present a lightweight sparse graph routing (SGR) system for warehouses. "
        "We employ XGBoost to forecast demand."
    )
    assert ("sparse graph routing", "XGBoost") not in _uses(text, ents, ("sparse graph routing",))
    text = text.replace("(SGR) system", "(SGR) framework")
    assert ("sparse graph routing", "XGBoost") not in _uses(text, ents, ("sparse graph routing",))


def test_a_lower_case_long_form_standing_alone_or_before_a_part_noun_stays_the_head():
    ents = {"sparse graph routing": "Method", "XGBoost": "Method"}
    alone = "We present sparse graph routing (SGR), a planner for warehouses. We employ XGBoost to forecast demand."
    assert ("sparse graph routing", "XGBoost") in _uses(alone, ents, ("sparse graph routing",))
    # a component noun ("mechanism", "module") after the abbreviation does not make the name a class
    part = "We present a sparse graph routing (SGR) mechanism for warehouses. We employ XGBoost to forecast demand."
    assert ("sparse graph routing", "XGBoost") in _uses(part, ents, ("sparse graph routing",))
    # a capitalised long form before "framework" is a coined name
    ents = {"Sparse Graph Routing": "Method", "XGBoost": "Method"}
    named = "We present a Sparse Graph Routing (SGR) framework for warehouses. We employ XGBoost to forecast demand."
    assert ("Sparse Graph Routing", "XGBoost") in _uses(named, ents, ("Sparse Graph Routing",))


def test_a_task_name_is_not_the_head():
    ents = {"Text-to-CAD Retrieval": "Method", "cross-attention": "Method"}
    text = (
        "We study Text-to-CAD Retrieval in this paper. "
        "We introduce a feature decoder that reconstructs features via cross-attention with text features."
    )
    assert ("Text-to-CAD Retrieval", "cross-attention") not in _uses(text, ents, ("Text-to-CAD Retrieval",))
    # a method name ending in "Estimation" or "Modeling" is no task
    ents = {"Contrastive Noise Estimation": "Method", "cross-attention": "Method"}
    text = (
        "We study Contrastive Noise Estimation in this paper. "
        "We introduce a feature decoder that reconstructs features via cross-attention with text features."
    )
    assert ("Contrastive Noise Estimation", "cross-attention") in _uses(text, ents, ("Contrastive Noise Estimation",))


def test_a_later_component_does_not_stand_for_the_unnamed_method():
    ents = {"Expectation-Maximization": "Method", "Residual Difference Convolution block": "Method"}
    text = (
        "We propose an efficient dehazing method via Expectation-Maximization with a two-stage scheme. "
        "Additionally, we introduce a Residual Difference Convolution block to capture gradients."
    )
    found = _uses(text, ents, ("Residual Difference Convolution block",))
    assert ("Residual Difference Convolution block", "Expectation-Maximization") not in found


def test_the_proposed_method_named_first_still_heads_its_uses():
    ents = {"FooNet": "Method", "Expectation-Maximization": "Method"}
    text = "We propose FooNet, a dehazing method. We train it via Expectation-Maximization with a two-stage scheme."
    assert ("FooNet", "Expectation-Maximization") in _uses(text, ents, ("FooNet",))


def test_a_sibling_component_is_not_used_by_another_component():
    ents = {"Semantic Feature Alignment": "Method", "Object Feature Disentanglement": "Method"}
    text = (
        "We propose a novel representation learning paradigm for infrared object detection. "
        "Specifically, we propose a Semantic Feature Alignment (SFA) module to align the object features. "
        "Furthermore, we develop an Object Feature Disentanglement (OFD) module that disentangles features."
    )
    found = _uses(text, ents, ("Semantic Feature Alignment", "Object Feature Disentanglement"))
    assert ("Semantic Feature Alignment", "Object Feature Disentanglement") not in found


def test_the_main_method_uses_its_later_module():
    ents = {"FooNet": "Method", "Object Feature Disentanglement": "Method"}
    text = (
        "We propose FooNet, a representation learning paradigm for infrared object detection. "
        "Furthermore, we develop an Object Feature Disentanglement (OFD) module that disentangles features."
    )
    assert ("FooNet", "Object Feature Disentanglement") in _uses(
        text, ents, ("FooNet", "Object Feature Disentanglement")
    )


def test_a_similar_pipeline_as_another_model_is_a_likeness():
    ents = {"FooNet": "Model", "LLaVA-NeXT": "Model", "LoRA": "Method"}
    text = "We propose FooNet. FooNet is trained using a similar training pipeline as LLaVA-NeXT."
    assert ("FooNet", "LLaVA-NeXT") not in _uses(text, ents, ("FooNet",))
    text = "We propose FooNet. FooNet is trained using LoRA, a similar approach."
    assert ("FooNet", "LoRA") in _uses(text, ents, ("FooNet",))


def test_a_task_like_name_for_a_task_or_abbreviated_is_a_method():
    ents = {"Alignment and Reinforcement for Deepfake Detection": "Method", "cross-attention": "Method"}
    text = (
        "We study Alignment and Reinforcement for Deepfake Detection in this paper. "
        "We introduce a feature decoder that reconstructs features via cross-attention with text features."
    )
    name = "Alignment and Reinforcement for Deepfake Detection"
    assert (name, "cross-attention") in _uses(text, ents, (name,))


def test_a_lower_case_technique_capitalised_in_a_coined_name_is_a_fragment():
    ents = {"FooNet": "Method", "Preference Optimization": "Method", "SFT": "Method"}
    known = {"Preference Optimization": "preference optimization", "SFT": "supervised fine-tuning"}
    text = "We propose FooNet. FooNet masters agent workflows via Score-based Preference Optimization."
    assert ("FooNet", "Preference Optimization") not in _uses(text, ents, ("FooNet",), known=known)
    text = "We propose FooNet. FooNet raises the solve rate via Docker-free SFT."
    assert ("FooNet", "SFT") in _uses(text, ents, ("FooNet",), known=known)
    text = "We propose FooNet. FooNet masters agent workflows via Preference Optimization."
    assert ("FooNet", "Preference Optimization") in _uses(text, ents, ("FooNet",), known=known)


def test_inspiration_is_not_a_use():
    ents = {"in-context learning": "Method", "In-Context Distillation": "Method", "FooNet": "Method"}
    text = (
        "Inspired by the in-context learning framework, we propose an online In-Context Distillation (ICD) "
        "method, in which a small model collaborates with a teacher."
    )
    assert ("In-Context Distillation", "in-context learning") not in _uses(text, ents, ("In-Context Distillation",))


def test_a_regime_listed_in_parentheses_of_an_evaluation_is_a_setting():
    ents = {"FooNet": "Method", "LoRA": "Method"}
    text = (
        "We propose FooNet. We tested multiple model families and tuning regimes "
        "(zero-shot, full fine-tuning, and PEFT via LoRA), achieving an average F1 of 0.69."
    )
    assert ("FooNet", "LoRA") not in _uses(text, ents, ("FooNet",))
    text = "We propose FooNet. FooNet adapts large models (PEFT via LoRA), achieving an average F1 of 0.69."
    assert ("FooNet", "LoRA") in _uses(text, ents, ("FooNet",))


def test_a_long_opening_phrase_ends_at_its_comma_before_an_untagged_subject():
    ents = {"FooNet": "Method", "Differential Representation Attention": "Method"}
    text = (
        "We propose FooNet. By integrating Differential Representation Attention (DRA) for evolving attention "
        "maps and a Differential Modulated FFN (DM-FFN) for feature rectification, DRP effectively models "
        "cross-stage variations."
    )
    assert ("FooNet", "Differential Representation Attention") not in _uses(text, ents, ("FooNet",))
    text = (
        "We propose FooNet. By integrating Differential Representation Attention (DRA) for evolving attention "
        "maps and a Differential Modulated FFN (DM-FFN) for feature rectification, our method models "
        "cross-stage variations."
    )
    assert ("FooNet", "Differential Representation Attention") in _uses(text, ents, ("FooNet",))


def test_a_name_analysed_through_a_cue_is_not_used():
    ents = {"FooNet": "Method", "supervised contrastive learning": "Method"}
    text = (
        "We propose FooNet. Through theoretical gradient analysis of supervised contrastive learning, "
        "we identify gradient conflicts."
    )
    assert ("FooNet", "supervised contrastive learning") not in _uses(text, ents, ("FooNet",))
    text = "We propose FooNet. FooNet learns features through supervised contrastive learning."
    assert ("FooNet", "supervised contrastive learning") in _uses(text, ents, ("FooNet",))


def test_the_object_of_an_opening_phrase_is_no_head_of_the_main_clause():
    ents = {"TodoEvolve": "Method", "PlanFactory": "Method", "Todo-14B": "Model", "IGPO": "Method"}
    text = (
        "We propose TodoEvolve. We first construct PlanFactory, a modular design space. Leveraging PlanFactory, "
        "we collect planning trajectories and train Todo-14B via IGPO."
    )
    found = _uses(text, ents, ("TodoEvolve", "PlanFactory"))
    assert ("PlanFactory", "Todo-14B") not in found and ("PlanFactory", "IGPO") not in found
    assert ("TodoEvolve", "IGPO") in found
    text = "We propose TodoEvolve. We first construct PlanFactory. PlanFactory then trains Todo-14B via IGPO."
    assert ("PlanFactory", "IGPO") in _uses(text, ents, ("TodoEvolve", "PlanFactory"))  # named as the subject
