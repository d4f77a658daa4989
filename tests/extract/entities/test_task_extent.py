"""A lexicon task name grows over the words that make it a narrower task (decision.task_modifier_start,
and Title Case task phrases of the title over a lexicon task)."""

import pytest

from claimgraph.extract.entities.decision import task_modifier_start
from claimgraph.extract.entities.name_cues import name_cues
from tests.extract.helpers import blank, entity_pipeline, entity_texts, make_doc, shown


@pytest.fixture(scope="module")
def nlp():
    """The entity components with abbreviations and the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


def tasks(nlp, abstract: str, title: str = "") -> set[str]:
    return entity_texts(nlp, abstract, "Task", title)


def test_a_lowercase_modifier_narrows_a_lexicon_task(nlp):
    assert "lane segmentation" in tasks(nlp, "We evaluate the model on lane segmentation and depth estimation.")
    assert "dynamic 3D reconstruction" in tasks(nlp, "We train the model for dynamic 3D reconstruction from videos.")


def test_verbs_qualities_and_type_words_are_no_modifiers(nlp):
    assert "image classification" in tasks(nlp, "In this paper we study image classification under noise.")
    assert "pose estimation" in tasks(nlp, "Such errors usually undermine pose estimation in the wild.")
    assert "image classification" in tasks(nlp, "The model achieves superior image classification results.")
    assert "language modeling" in tasks(nlp, "We report results on benchmark language modeling tasks.")
    assert "image classification" in tasks(nlp, "It reaches state-of-the-art image classification on two sets.")
    assert "math reasoning" in tasks(nlp, "We study how language models encode math reasoning in their weights.")
    # a modifier used before a head noun makes no task mention ("dual segmentation heads")
    assert "dual segmentation" not in tasks(nlp, "The network has dual segmentation heads and one classifier.")
    assert "visual understanding" in tasks(nlp, "Unified models (UMMs) unify visual understanding and generation.")


def test_a_title_case_task_of_the_title_keeps_its_modifiers(nlp):
    found = tasks(nlp, "We classify angiography frames.", "CLAIRE-DSA: Fluoroscopic Image Classification for Quality")
    assert "Fluoroscopic Image Classification" in found and "Image Classification" not in found
    found = tasks(nlp, "We segment OCT scans.", "Enhancing Biomarker Segmentation with Attention")
    assert "Biomarker Segmentation" in found


def test_task_modifier_start_is_pure_and_takes_one_word():
    doc = blank()("results on interactive lane segmentation")
    cues = name_cues()
    assert task_modifier_start(doc, 4, cues) == 3  # "lane"
    assert task_modifier_start(doc, 4, cues, most=2) == 3  # "interactive" is a quality word
    doc = blank()("we study segmentation")
    assert task_modifier_start(doc, 2, cues) == 2


# a Title Case lexicon task of the title grows over Title Case modifiers; a bare
# task said beside its longer form, a verb or quality word opening a task phrase


def test_a_title_case_lexicon_task_grows_over_title_case_modifiers(nlp):
    found = tasks(
        nlp, "We segment polyps in colonoscopy videos.", "Multi-Scale Aggregation for Video Polyp Segmentation"
    )
    assert "Video Polyp Segmentation" in found and "Segmentation" not in found
    found = tasks(nlp, "We study images.", "A Dual-Domain Network for Hyperspectral Single-Image Super-Resolution")
    assert "Hyperspectral Single-Image Super-Resolution" in found
    # a quality word is no part of the task ("Robust"), nor a participle ("Improving")
    found = tasks(nlp, "We align audio and video.", "Robust Audio-Visual Segmentation via Alignment")
    assert "Audio-Visual Segmentation" in found and "Robust Audio-Visual Segmentation" not in found


def test_a_bare_task_narrowed_in_the_title_is_dropped(nlp):
    # an acronym is no modifier the task grows over, but the title's task is still narrower
    assert "Translation" not in tasks(nlp, "We study scans.", "XOCT: Enhancing OCT to OCTA Translation via Supervision")
    found = tasks(nlp, "We study figures.", "A Simple Data Augmentation Strategy for Text-in-Image Scientific VQA")
    assert "VQA" not in found
    # a bare title task after a quality word stays
    assert "Segmentation" in tasks(nlp, "We study the task.", "Robust Segmentation of Noisy Scans")


def test_a_bare_lexicon_task_beside_its_longer_form_is_dropped(nlp):
    text = "Video polyp segmentation is hard. Accurate segmentation of polyps helps clinicians."
    found = tasks(nlp, text)
    assert "Video polyp segmentation" in found and "segmentation" not in found
    # without a longer form the bare task stays
    assert "segmentation" in tasks(nlp, "We evaluate on classification, segmentation and depth estimation.")


def test_a_task_phrase_loses_an_opening_verb_or_quality_word(nlp):
    found = tasks(nlp, "We build an agent-based pipeline that decomposes ultra-long generation tasks into subtasks.")
    assert "decomposes ultra-long generation" not in found
    found = tasks(nlp, "Additionally, we propose a metric to evaluate endpoint detection, under which we win.")
    assert "evaluate endpoint detection" not in found
    found = tasks(nlp, "Such labels are inaccurate yet overlooked, leading to sub-optimal detection.")
    assert "sub-optimal detection" not in found and "detection" not in found


def test_the_vision_transformer_architecture_is_a_method_and_vit_a_model(nlp):
    # the packaged lexicons, by the guide: "Transformer (the architecture)" is a Method, a trained model a Model
    doc = make_doc(nlp, "", "We replace the CNN backbone with a Vision Transformer. We fine-tune ViT-B/16 on images.")
    found = {(span.text, span.label_) for span in doc.spans["entities"]}
    assert ("Vision Transformer", "Method") in found and ("ViT-B/16", "Model") in found


def test_a_title_task_does_not_grow_over_a_subtitle_start(nlp):
    found = tasks(nlp, "We adapt across domains.", "BiDA: Bi-directional Domain Adaptation for Image Classification")
    assert "Bi-directional Domain Adaptation" not in found
    text = "We propose a Bi-directional Domain Adaptation (BiDA) framework for image classification."
    found = tasks(nlp, text, "Image Classification based on Bi-directional Domain Adaptation")
    assert "Bi-directional Domain Adaptation" not in found
    # a pair that names a task (no system head after it) still grows
    text = "We study Conditional Semantic Textual Similarity (C-STS), a harder task."
    assert "Conditional Semantic Textual Similarity" in tasks(
        nlp, text, "Evaluating Conditional Semantic Textual Similarity"
    )


def test_a_number_word_or_a_quality_word_is_no_task_modifier(nlp):
    found = tasks(nlp, "We evaluate it on seven question-answering benchmarks and report gains.")
    assert "seven question-answering" not in found
    found = tasks(nlp, "Instead of relying on intermediate image generation, it reasons in text.")
    assert "intermediate image generation" not in found and "image generation" in found
    # after "to" an adjective is no verb: "applied to conditional image generation"
    assert "conditional image generation" in tasks(nlp, "The method is applied to conditional image generation.")


def test_a_task_word_with_an_error_prefix_names_no_task(nlp):
    found = tasks(nlp, "The tumour masks suffer from over-segmentation near vessels and under-segmentation at edges.")
    assert not any("segmentation" in t for t in found)
    # the task itself, and a compound that narrows it, stay
    assert "image segmentation" in tasks(nlp, "We study image segmentation of tumour masks.")
    assert "cross-domain segmentation" in tasks(nlp, "The model is tested on cross-domain segmentation of scans.")


def test_a_task_written_with_its_short_form_inside_is_one_name(nlp):
    found = tasks(nlp, "Out-of-distribution (OOD) detection keeps deployed classifiers safe.")
    assert "Out-of-distribution (OOD) detection" in found
    found = tasks(nlp, "Current pipelines for speed-of-sound (SoS) estimation need many probes.")
    assert "speed-of-sound (SoS) estimation" in found
    # two known forms of one task, whatever their letters: "text-to-video" and "T2V"
    found = tasks(nlp, "Our model also supports text-to-video (T2V) generation at high frame rates.")
    assert "text-to-video (T2V) generation" in found and "text-to-video" not in found
    # a spelled-out compound stays whole ("human" opens no quality phrase here)
    found = tasks(nlp, "Zero-shot human-object interaction (HOI) detection is still hard to scale.")
    assert "human-object interaction (HOI) detection" in found


def test_a_model_a_way_of_working_or_a_named_method_is_no_abbreviated_task(nlp):
    for text in [
        "Large language model (LLM) reasoning is expensive at test time.",
        "Visual autoregressive (AR) generation unifies vision and language models.",
        "We propose an approach called Sparse Patch Ordering (SPO) modeling, which orders image patches.",
    ]:
        assert not any("(" in t for t in tasks(nlp, text)), text


def test_the_shorter_forms_of_an_abbreviated_task_are_the_same_entity(nlp):
    names = shown(nlp, "Out-of-distribution (OOD) detection keeps models safe. We improve OOD detection on two sets.")
    assert [name for name, kind in names.items() if kind == "Task"] == ["Out-of-distribution (OOD) detection"]


# an acronym task grows over one lowercase word like a lowercase task; a lowercase task grows over an
# acronym before it that names what the task works on (decision.task_extents)


def test_an_acronym_task_grows_over_a_lowercase_modifier(nlp):
    assert "medical VQA" in tasks(nlp, "Specialist systems still lead on medical VQA and report generation.")
    assert "finance QA" in tasks(nlp, "We test the agent on finance QA, where it beats all baselines.")


def test_an_acronym_task_before_a_noun_or_spelled_out_does_not_grow(nlp):
    found = tasks(nlp, "The pipeline relies on a separate OCR stage for every page.")
    assert "separate OCR" not in found
    found = tasks(nlp, "We compare against recent VQA-based scoring and plain captions.")
    assert "recent VQA" not in found
    found = tasks(nlp, "Clinical named entity recognition (NER) is hard. We improve clinical NER by 3 points.")
    assert "clinical NER" not in found
    assert "Modern OCR" not in tasks(nlp, "Modern OCR engines read printed pages well.")


def test_a_lowercase_task_grows_over_an_acronym_before_it(nlp):
    assert "PCB defect detection" in tasks(nlp, "The detector improves robust PCB defect detection in factories.")
    assert "BEV semantic segmentation" in tasks(nlp, "Accurate BEV semantic segmentation from camera rigs is hard.")


def test_known_names_stoplisted_and_adjective_acronyms_are_no_task_modifiers(nlp):
    assert "LLM anomaly detection" not in tasks(nlp, "We study LLM anomaly detection on server logs.")
    assert "AI video generation" not in tasks(nlp, "This improves consistency in AI video generation for films.")
    found = tasks(nlp, "Autoregressive (AR) models are strong. Our model reaches fast AR image generation.")
    assert "AR image generation" not in found
    found = tasks(nlp, "Existing UAV vision-language navigation (VLN) benchmarks focus on short routes.")
    assert "UAV vision-language navigation" not in found
    assert "PED tumor segmentation" not in tasks(nlp, "We transfer the encoder to GLI/PED tumor segmentation.")


def test_acronym_modifier_start_is_pure():
    from claimgraph.extract.entities.decision.task_extents import acronym_modifier_start

    cues = name_cues()
    doc = blank()("results on robust WMH segmentation")
    assert acronym_modifier_start(doc, 4, 5, cues, frozenset()) == 3
    assert acronym_modifier_start(doc, 4, 5, cues, frozenset({"wmh"})) == 4  # a known name
    doc = blank()("results on GPU segmentation")
    assert acronym_modifier_start(doc, 3, 4, cues, frozenset()) == 3  # a stoplisted acronym
