"""Coined one-word names that no other rule takes, typed by the list they stand in or the words around them
(entities/decision/coined_names.py, issue #15). Hand-written sentences, positive and negative."""

import pytest

from claimgraph.extract.entities.decision.coined_names import coined_shape
from claimgraph.extract.entities.name_cues import name_cues
from tests.extract.helpers import entity_pipeline, entity_set


@pytest.fixture(scope="module")
def nlp():
    """The entity components with abbreviations and the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


def test_the_shape_of_a_coined_word():
    cues = name_cues()
    assert all(coined_shape(word, cues) for word in ("QuuxMixer", "FlimPO", "Zorb3D", "Grabble++"))
    # English words and products (wordfreq knows them), short or plural acronyms, stoplisted words
    assert not any(coined_shape(word, cues) for word in ("YouTube", "LaTeX", "PhD", "SoTA", "FooLLMs", "PyTorch"))
    # the plural of a numbered model ends in an acronym plural too: a family, no name
    assert not coined_shape("ZorbLLaMA2s", cues)
    assert coined_shape("ZorbLLaMA2", cues)


def test_a_name_listed_before_or_after_a_known_model_is_a_model(nlp):
    result = entity_set(nlp, "Video models (Qwen, QuuxLLaVA, GPT-4o, and Gemini) fail on long clips.")
    assert ("QuuxLLaVA", "Model") in result
    result = entity_set(nlp, "We run two model families (ZorbPangu and Qwen) in all settings.")
    assert ("ZorbPangu", "Model") in result
    result = entity_set(nlp, "Baselines include LLaVA-Med, FlimAgent (Flim-L), and MedGemma.")
    assert ("FlimAgent", "Model") in result


def test_a_name_listed_with_known_methods_is_a_method(nlp):
    result = entity_set(nlp, "We compare GRPO, PPO, RLOO, and Grabble++ on math problems.")
    assert ("Grabble++", "Method") in result


def test_a_comma_alone_makes_no_list(nlp):
    result = entity_set(nlp, "Trained with QuuxMixer, GPT-4o answers faster.")
    assert not any(text == "QuuxMixer" for text, _ in result)
    result = entity_set(nlp, "On tasks from PromptBazaar, LLaMA improves.")
    assert not any(text == "PromptBazaar" for text, _ in result)


def test_names_listed_after_a_plural_dataset_or_model_head(nlp):
    result = entity_set(nlp, "We evaluate on two datasets, ZorbTime and FlimHalluc, with gains.")
    assert {("ZorbTime", "Dataset"), ("FlimHalluc", "Dataset")} <= result
    result = entity_set(nlp, "We test four benchmark datasets of MVTec, QuuxAD and ZorbIAD to show this.")
    assert ("ZorbIAD", "Dataset") in result
    result = entity_set(nlp, "We use four foundation models (Stable Diffusion, FLUX, FlimReel-I2V) here.")
    assert ("FlimReel-I2V", "Model") in result
    result = entity_set(nlp, "On three datasets, QuuxNet improves the accuracy.")
    assert not any(text == "QuuxNet" for text, _ in result)  # the comma ends an opening phrase


def test_a_dataset_head_closing_the_phrase_makes_a_dataset(nlp):
    result = entity_set(nlp, "It yields a large gain on the ZorbHaze1k remote sensing dataset.")
    assert ("ZorbHaze1k", "Dataset") in result
    result = entity_set(nlp, "We report results on the public QuuxGaze, EYEDIAP, and our built FlimGaze datasets.")
    assert ("QuuxGaze", "Dataset") in result
    result = entity_set(nlp, "The corpus spans seven ZorbHub datasets and many scrapers.")
    assert not any(text == "ZorbHub" for text, _ in result)  # what kind of datasets, no name
    result = entity_set(nlp, "We propose ARGO, a QuuxLLM benchmark that measures captioning.")
    assert not any(text == "QuuxLLM" for text, _ in result)  # a benchmark for a kind of model
    result = entity_set(nlp, "Then QuuxNet uses datasets of many kinds.")
    assert not any(text == "QuuxNet" for text, _ in result)  # a verb, no phrase of a dataset


def test_a_head_word_or_a_training_participle_types_a_name(nlp):
    result = entity_set(nlp, "Our approach leverages a novel ZorbMeshVAE architecture for animation.")
    assert ("ZorbMeshVAE", "Method") in result
    result = entity_set(nlp, "The tokenizer is based on FlimDetector trained on our knowledge base.")
    assert ("FlimDetector", "Model") in result


def test_an_untyped_name_is_left_alone(nlp):
    result = entity_set(nlp, "Additionally, we incorporate a QuuxMixer to capture temporal patterns.")
    assert not any(text == "QuuxMixer" for text, _ in result)
    result = entity_set(nlp, "Results improve by 2.4 points on QuuxStereo relative to the baseline.")
    assert not any(text == "QuuxStereo" for text, _ in result)


def test_pieces_of_longer_names_and_addresses_are_no_names(nlp):
    result = entity_set(nlp, "We compare with Qwen, QuuxRoPE-Interleave, and GPT-4o on video.")
    assert ("QuuxRoPE-Interleave", "Model") in result and not any(text == "QuuxRoPE" for text, _ in result)
    result = entity_set(nlp, "We use GPT-4o and FlimTok-based tokenizers.")
    assert not any(text.startswith("FlimTok") for text, _ in result)  # a modifier
    result = entity_set(nlp, "Code: github.com/user/ ZorbPose and GPT-4o results.")
    assert not any(text == "ZorbPose" for text, _ in result)
    result = entity_set(nlp, "It uses GPT-4o and the Mycetoma QuuxImage Challenge data.")
    assert not any(text == "QuuxImage" for text, _ in result)  # a word of a longer capitalised name


def test_a_bracket_closed_without_its_opening_ends_the_look_back(nlp):
    result = entity_set(nlp, "The pipeline has two datasets: 1) QuuxPlan and 2) ZorbRun, both new.")
    assert not any(text in ("QuuxPlan", "ZorbRun") for text, _ in result)  # an enumerator, no list of datasets
