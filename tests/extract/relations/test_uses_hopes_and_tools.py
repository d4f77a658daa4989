"""``uses`` misreadings found in a strictly judged fact sample (relations/uses/,
cues/uses.json): hopes and plans, the authors' analysis tools in an opening phrase, an
"X-based" modifier of the beaten rivals, another named system of the paper as the subject,
a class before its named technique ("via reinforcement learning using GRPO"), a plural class
of models ("a TSFM-based forecaster"), a list of kinds of data ("unpaired WLI and NBI data"),
and a background sentence before the abstract speaks of the authors' work."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build
from tests.extract.relations.test_uses import ENTS, uses

HOPE_ENTS = {
    **ENTS,
    "CoT": "Method",
    "StyleGAN3": "Model",
    "Grad-CAM": "Method",
    "CNN": "Method",
    "GAN": "Method",
    "ControlNet": "Model",
    "NanoVerse YOLO": "Model",
    "RepVL-PAN": "Method",
    "reinforcement learning": "Method",
    "Group Relative Policy Optimization": "Method",
    "Time Series Foundation Models": "Model",
    "TSFM": "Model",
    "WLI": "Method",
    "NBI": "Method",
    "federated learning": "Method",
}


def s12(sentence: str, proposes=("FooNet",)) -> set[tuple[str, str]]:
    return uses(sentence, proposes=proposes, entities=HOPE_ENTS)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We hope our study paves a new path for integrating CoT reasoning with image generation.", "CoT"),
        ("We envision that FooNet can be extended by integrating StyleGAN3.", "StyleGAN3"),
        ("We identify key future directions, such as integrating StyleGAN3 into FooNet.", "StyleGAN3"),
    ],
)
def test_a_hope_or_a_plan_states_no_use(sentence, tail):
    assert ("FooNet", tail) not in s12(sentence)


def test_a_use_before_a_later_mention_of_future_work_stays():
    sentence = "FooNet integrates StyleGAN3 with a new decoder, which opens avenues for future research."
    assert ("FooNet", "StyleGAN3") in s12(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Furthermore, utilizing the Grad-CAM, we pinpoint systematic failures of generated videos.",
        "Using Grad-CAM, we further analyze where FooNet attends.",
    ],
)
def test_an_opening_tool_of_the_authors_analysis_is_no_use(sentence):
    assert ("FooNet", "Grad-CAM") not in s12(sentence)


def test_an_opening_tool_of_the_method_stays():
    assert ("FooNet", "Grad-CAM") in s12("Using Grad-CAM, we build attention masks that guide FooNet.")


def test_an_x_based_modifier_of_the_beaten_rivals_is_no_use():
    sentence = "Experiments show that FooNet excels state-of-the-art (SOTA) CNN-based heavyweight models."
    assert ("FooNet", "CNN") not in s12(sentence)
    assert ("FooNet", "CNN") in s12("FooNet is a lightweight CNN-based detector that runs at 400 FPS.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Experiments show that the proposed method improves image fidelity, structural consistency, and"
        " quantitative fidelity over representative CNN-based, GAN-based, and diffusion-based methods.",
        "We investigate the comparative strengths of CNN-based, GAN-based, and retrieval-based rankers.",
        "Results show that FooNet excels competitive CNN-based, GAN-based and flow-based restorers.",
    ],
)
def test_x_based_rivals_after_over_or_in_a_list_of_rivals_are_no_use(sentence):
    found = s12(sentence)
    assert ("FooNet", "CNN") not in found
    assert ("FooNet", "GAN") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet computes the final masks over CNN-based region proposals.",
        "In tracking, FooNet is the first approach, surpassing feed-forward methods while incorporating the"
        " benefits of a deformable CNN-based reconstruction.",
    ],
)
def test_an_x_based_tail_after_a_plain_over_or_far_from_the_rival_word_stays(sentence):
    assert ("FooNet", "CNN") in s12(sentence)


def test_a_list_of_x_based_parts_of_the_method_stays():
    found = s12("FooNet pairs a CNN-based encoder, a GAN-based decoder and a compact head.")
    assert ("FooNet", "CNN") in found
    assert ("FooNet", "GAN") in found


def test_another_named_system_of_the_paper_as_subject_is_not_the_head():
    sentence = "For detection, our NanoVerse YOLO model integrates RepVL-PAN to enhance small targets."
    assert ("FooNet", "RepVL-PAN") not in s12(sentence)
    assert ("FooNet", "RepVL-PAN") in s12("For detection, our model integrates RepVL-PAN to enhance small targets.")


def test_a_class_before_its_named_technique_gives_way_to_the_name():
    sentence = "We further optimize FooNet via reinforcement learning using Group Relative Policy Optimization."
    found = s12(sentence)
    assert ("FooNet", "reinforcement learning") not in found
    assert ("FooNet", "Group Relative Policy Optimization") in found
    assert ("FooNet", "reinforcement learning") in s12("We further optimize FooNet via reinforcement learning.")


def test_a_plural_class_of_models_is_no_tail():
    text = (
        "Time Series Foundation Models (TSFM) are popular. We propose FooNet, a novel agentic framework, "
        "including an LLM-based reasoner and a TSFM-based forecaster."
    )
    doc = build(text, entities=HOPE_ENTS, proposes=("FooNet",))
    spans = doc.spans["entities"]
    doc._.abbreviations = [(spans[0], spans[1])]  # "Time Series Foundation Models (TSFM)"
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "uses"}
    assert ("FooNet", "TSFM") not in found
    assert ("FooNet", "TSFM") in uses("", propose=text, entities=HOPE_ENTS)  # no long form: kept


def test_a_list_of_kinds_of_data_is_no_tail():
    sentence = "FooNet enables effective cross-modal learning using unpaired WLI and NBI data."
    assert not {("FooNet", "WLI"), ("FooNet", "NBI")} & s12(sentence)
    assert ("FooNet", "LoRA") in s12("FooNet enables effective learning using LoRA and DPO.")


def _title_uses(title: str, abstract: str) -> set[tuple[str, str]]:
    doc = build(abstract, title=title, entities=HOPE_ENTS, proposes=("FooNet",))
    return {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "uses"}


def test_a_background_sentence_before_the_authors_speak_states_no_use():
    title = "FooNet: Federated Tuning for Segmentation"
    abstract = (
        "Integrating federated learning with LoRA fine-tuning offers a potential solution to these challenges. "
        "In this work, we propose FooNet, a federated tuning framework."
    )
    found = _title_uses(title, abstract)
    assert ("FooNet", "federated learning") not in found and ("FooNet", "LoRA") not in found
    own = "We propose FooNet, which integrates federated learning with LoRA fine-tuning."
    assert ("FooNet", "federated learning") in _title_uses(title, own)


def test_a_name_called_like_a_hope_word_is_no_hope():
    title = "Envision: Embodied Visual Planning via Goal-Imagery Video Diffusion"
    ents = {**HOPE_ENTS, "Envision": "Method", "Goal-Imagery Video Diffusion": "Method"}
    doc = build("We propose Envision, a planner.", title=title, entities=ents, proposes=("Envision",))
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "uses"}
    assert ("Envision", "Goal-Imagery Video Diffusion") in found


def test_a_name_before_a_modality_word_of_a_longer_phrase_stays():
    ents = {**HOPE_ENTS, "CLIP": "Model", "ViT-B/32": "Model"}
    sentence = "The framework combines a frozen CLIP ViT-B/32 image encoder and an LSTM caption decoder."
    assert ("FooNet", "CLIP") in uses(sentence, entities=ents)


def test_the_spelled_out_name_of_the_method_is_no_tail():
    title = "TactAlign: Human-to-Robot Policy Transfer via Tactile Alignment"
    ents = {**HOPE_ENTS, "TactAlign": "Method", "Tactile Alignment": "Method", "Tactile Flow": "Method"}
    doc = build("We propose TactAlign, a transfer method.", title=title, entities=ents, proposes=("TactAlign",))
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "uses"}
    assert ("TactAlign", "Tactile Alignment") not in found
    title2 = "TactAlign: Human-to-Robot Policy Transfer via Tactile Flow"
    doc = build("We propose TactAlign, a transfer method.", title=title2, entities=ents, proposes=("TactAlign",))
    assert ("TactAlign", "Tactile Flow") in {(r.head.text, r.tail.text) for r in find_relations(doc)}


def test_an_x_based_task_that_ends_the_phrase_is_no_use():
    ents = {**HOPE_ENTS, "RL": "Method", "mathematical reasoning": "Task", "question answering": "Task"}
    sentence = "Our results show that FooNet unlocks stronger RL-based mathematical reasoning."
    assert ("FooNet", "RL") not in uses(sentence, entities=ents)
    kept = "FooNet is an RL-based question answering system for tables."
    assert ("FooNet", "RL") in uses(kept, entities=ents)


def test_the_object_after_an_opening_phrase_is_not_the_head():
    sentence = "Building upon RLHF, this framework integrates DPO with a critical thinking mechanism."
    found = s12(sentence)
    assert ("DPO", "RLHF") not in found
    assert ("FooNet", "RLHF") in found
    assert ("FooNet", "RLHF") in s12("Building upon RLHF, our FooNet integrates DPO with a critical mechanism.")


def test_what_the_method_integrates_with_is_no_use():
    assert ("FooNet", "LoRA") not in s12("Moreover, FooNet seamlessly integrates with LoRA.")
    assert ("FooNet", "LoRA") not in s12("FooNet integrates seamlessly with LoRA and other extensions.")
    assert ("FooNet", "LoRA") in s12("FooNet integrates CLIP with LoRA for adaptation.")


def test_an_x_based_task_after_for_is_what_the_method_is_applied_to():
    ents = {**HOPE_ENTS, "vDiT": "Model", "video generation": "Task"}
    sentence = "FooNet searches for near-optimal configurations for vDiT-based video generation."
    assert ("FooNet", "vDiT") in uses(sentence, entities=ents)


def test_an_established_technique_the_name_is_built_from_stays():
    ents = {**HOPE_ENTS, "FeatDistill": "Method", "feature distillation": "Method"}
    text = "We propose FeatDistill, a detection framework that integrates feature distillation with an ensemble."
    doc = build(text, entities=ents, proposes=("FeatDistill",))
    unlinked = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "uses"}
    assert ("FeatDistill", "feature distillation") not in unlinked  # a coined long form: the name itself
    doc = build(text, entities=ents, proposes=("FeatDistill",))
    doc.spans["entities"] = [  # "feature distillation" linked to the lexicon: an established technique
        Span(doc, s.start, s.end, label=s.label_, kb_id=s.text if s.text.islower() else "")
        for s in doc.spans["entities"]
    ]
    doc._.proposes = [doc.spans["entities"][0]]
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "uses"}
    assert ("FeatDistill", "feature distillation") in found


@pytest.mark.parametrize(
    "sentence,tail",
    [
        (
            "FooNet shows potential for advanced applications like reinforcement learning-based post-training.",
            "reinforcement learning",
        ),
        (
            "We showcase FooNet as an annotator for downstream generation tasks, including ControlNet-based synthesis.",
            "ControlNet",
        ),
        (
            "FooNet serves several applications, such as a data engine, powering reinforcement learning-based agents.",
            "reinforcement learning",
        ),
    ],
)
def test_a_tail_among_examples_of_the_applications_served_is_no_use(sentence, tail):
    assert ("FooNet", tail) not in s12(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("For downstream tasks such as captioning, FooNet employs ControlNet as its generator.", "ControlNet"),
        ("FooNet relies on reinforcement learning-based post-training.", "reinforcement learning"),
        ("FooNet builds on several models, such as ControlNet.", "ControlNet"),
    ],
)
def test_a_tail_after_its_own_cue_or_a_plain_example_list_stays(sentence, tail):
    assert ("FooNet", tail) in s12(sentence)


INSPIRED_ENTS = {**HOPE_ENTS, "normalizing flows": "Method", "contrastive learning": "Method"}


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet builds its encoder from invertible layers inspired by normalizing flows.", "normalizing flows"),
        (
            "FooNet reweights samples by leveraging advantages inspired by reinforcement learning.",
            "reinforcement learning",
        ),
        ("FooNet employs a ranking loss motivated by the contrastive learning literature.", "contrastive learning"),
    ],
)
def test_a_tail_right_after_inspired_by_is_no_use(sentence, tail):
    assert ("FooNet", tail) not in uses(sentence, proposes=("FooNet",), entities=INSPIRED_ENTS)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet builds its encoder from invertible layers based on normalizing flows.", "normalizing flows"),
        ("FooNet, inspired by recent work, is trained with reinforcement learning.", "reinforcement learning"),
        ("FooNet employs contrastive learning, motivated by its robustness to noise.", "contrastive learning"),
    ],
)
def test_a_use_near_but_not_after_inspired_by_stays(sentence, tail):
    assert ("FooNet", tail) in uses(sentence, proposes=("FooNet",), entities=INSPIRED_ENTS)


RIVAL_ENTS = {**HOPE_ENTS, "cross-encoder": "Method", "BERT": "Model"}


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("Pooled over all queries, FooNet outperforms every fine-tuned cross-encoder.", "cross-encoder"),
        ("FooNet surpasses all pre-trained BERT models on the benchmark.", "BERT"),
        ("FooNet is more accurate than fine-tuned BERT models.", "BERT"),
    ],
)
def test_a_cue_right_after_a_comparison_word_describes_the_rival(sentence, tail):
    assert ("FooNet", tail) not in uses(sentence, proposes=("FooNet",), entities=RIVAL_ENTS)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet reranks the passages with a fine-tuned cross-encoder.", "cross-encoder"),
        ("FooNet outperforms its rivals by using a fine-tuned BERT encoder.", "BERT"),
    ],
)
def test_a_cue_after_the_comparison_phrase_stays(sentence, tail):
    assert ("FooNet", tail) in uses(sentence, proposes=("FooNet",), entities=RIVAL_ENTS)
