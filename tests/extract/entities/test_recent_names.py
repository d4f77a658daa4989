"""Name boundaries and types on recent abstracts (session 10, issue #15): metrics named with what they measure,
coined names typed by what the text says. Hand-written cases with negatives."""

import pytest

from tests.extract.helpers import entity_pipeline, entity_set


@pytest.fixture(scope="module")
def full_nlp():
    """The entity components with abbreviations and the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


ents = entity_set


# --- metrics named with what they measure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Our method improves reconstruction accuracy on all scenes.", "reconstruction accuracy"),
        ("It reaches better detection accuracy on the test set.", "detection accuracy"),
        ("We obtain the highest strict localization accuracy among all systems.", "strict localization accuracy"),
        ("Results show better surface reconstruction accuracy than before.", "surface reconstruction accuracy"),
        ("The model attains high patch-level accuracy on slides.", "patch-level accuracy"),
        ("Our router maximizes judgment accuracy across the board.", "judgment accuracy"),
    ],
)
def test_a_metric_grows_over_the_noun_it_measures(full_nlp, sentence, metric):
    assert (metric, "Metric") in ents(full_nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Our method achieves high accuracy on all scenes.", "accuracy"),  # a quality word is no part of it
        ("Our method reaches state-of-the-art accuracy on all scenes.", "accuracy"),
        ("This helps to enhance recognition accuracy in noisy rooms.", "recognition accuracy"),  # not the verb
        ("Our model improves detection accuracy in all cases.", "detection accuracy"),
        ("We report question-answering accuracy on the split.", "accuracy"),  # a compound task stays out
        ("It lowers language modeling perplexity on the split.", "perplexity"),  # a specific metric does not grow
        # a reported number leaves the metric to the number reader (claims), which weighs the words before it
        ("It reaches 81.2% detection accuracy on the test set.", "accuracy"),
        ("It reaches band alignment accuracy of 0.958 on the test set.", "accuracy"),
    ],
)
def test_a_metric_does_not_grow_over_other_words(full_nlp, sentence, metric):
    metrics = {text for text, label in ents(full_nlp, sentence) if label == "Metric"}
    assert metrics == {metric}


# --- coined names typed by what the text says ---------------------------------------------------------------------


def test_a_comma_after_an_opening_phrase_is_no_appositive(full_nlp):
    result = ents(full_nlp, "We propose RefineX, a novel framework. On the 750M model, RefineX yields gains.")
    assert ("RefineX", "Method") in result and ("RefineX", "Model") not in result
    result = ents(full_nlp, "For image classification on the ImageNet-1K dataset, MambaVision variants are fast.")
    assert ("MambaVision", "Dataset") not in result
    assert ("HardEdit", "Dataset") in ents(full_nlp, "We build a new dataset, HardEdit, of hard cases.")


def test_benchmark_as_a_verb_names_no_dataset(full_nlp):
    result = ents(full_nlp, "To answer this, we benchmark DINOv3 across tasks.")
    assert not any(text == "DINOv3" and label == "Dataset" for text, label in result)
    assert ("FooSet", "Dataset") in ents(full_nlp, "We report results on the benchmark FooSet.")


def test_a_glued_name_before_a_describing_phrase(full_nlp):
    result = ents(full_nlp, "Therefore, S3CE-Net is a low-parameter and high-efficiency model for person Re-ID.")
    assert ("S3CE-Net", "Model") in result


def test_a_describing_phrase_after_a_spelled_out_name(full_nlp):
    result = ents(full_nlp, "We introduce LOCORE, Long-Context Re-ranker, a model that takes local descriptors.")
    assert ("LOCORE", "Model") in result
    result = ents(full_nlp, "We introduce LOCORE, Long-Context Re-ranker, which takes local descriptors.")
    assert ("LOCORE", "Model") not in result


def test_a_fine_tuned_name_is_a_model(full_nlp):
    assert ("HSKAgent", "Model") in ents(full_nlp, "We also build HSKAgent, fine-tuned on 10K learner compositions.")
    assert ("HSKAgent", "Model") not in ents(full_nlp, "We also build HSKAgent, which scores 10K compositions.")


def test_names_evaluated_beside_a_known_model_are_models(full_nlp):
    result = ents(full_nlp, "Extensive experiments on FLUX.1-dev and Wan2.1 show the effect.")
    assert ("Wan2.1", "Model") in result and ("Wan2.1", "Dataset") not in result
    result = ents(full_nlp, "Extensive experiments on HICO-DET and V-COCO show the effect.")
    assert ("V-COCO", "Dataset") in result


# --- LaTeX around names -----------------------------------------------------------------------------------------


def test_a_latex_space_before_a_short_form_is_no_part_of_the_long_form(full_nlp):
    result = ents(full_nlp, "We propose FooVL, a Mixture of Experts~(MoE) architecture for vision.")
    assert not any("~" in text for text, _ in result)


def test_a_name_keeps_the_dollar_that_closes_its_latex(full_nlp):
    result = ents(full_nlp, "We propose MARS$^2$ for search. MARS$^2$ models the tree.")
    assert ("MARS$^2$", "Method") in result and ("MARS$^2", "Method") not in result


def test_an_adjective_before_the_head_does_not_end_the_describing_phrase(full_nlp):
    result = ents(
        full_nlp, "We develop UniChange, the first MLLM-based unified change detection model. UniChange wins."
    )
    assert ("UniChange", "Model") in result
    # a participle after the head still ends it: the head before it types the name
    result = ents(full_nlp, "We present FooSet, a benchmark collected from forums for models.")
    assert ("FooSet", "Dataset") in result


def test_a_name_after_an_opening_participle_of_training_is_a_model(full_nlp):
    result = ents(full_nlp, "Trained on this scaled-up data, ScaleCUA can operate across platforms.")
    assert ("ScaleCUA", "Model") in result
    result = ents(full_nlp, "Based on this data, ScaleCUA can operate across platforms.")
    assert ("ScaleCUA", "Model") not in result


def test_what_the_authors_train_is_a_model(full_nlp):
    assert ("YOLOv11", "Model") in ents(full_nlp, "Using these workflows, we train YOLOv11 for our detection task.")
    result = ents(full_nlp, "NormFormer adds normalization. Code to train NormFormer models is available.")
    assert ("NormFormer", "Model") not in result


def test_a_dash_before_a_stop_word_ends_a_name(full_nlp):
    result = ents(full_nlp, "In this paper, we introduce MapBench-the first dataset for outdoor navigation.")
    assert not any(text.endswith("-the") for text, _ in result)
    assert ("Mixture-of-Experts", "Method") in ents(full_nlp, "We build on Mixture-of-Experts for speed.")


def test_a_title_list_is_no_long_form(full_nlp):
    result = ents(
        full_nlp, "Text-to-SQL systems help.", title="BAPPA: Benchmarking Agents, Plans, and Pipelines for SQL"
    )
    assert not any("," in text for text, _ in result)


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("It achieves state-of-the-art recognition accuracy at low cost.", "recognition accuracy"),
        ("It keeps comparable segmentation accuracy at low cost.", "segmentation accuracy"),
        ("Distance can significantly affect calibration accuracy in practice.", "calibration accuracy"),
        ("It improves computer vision accuracy at the same rate.", "accuracy"),  # "vision" measures nothing
    ],
)
def test_a_metric_grows_over_its_noun_only(full_nlp, sentence, metric):
    assert metric in {text for text, label in ents(full_nlp, sentence) if label == "Metric"}


def test_a_comma_after_an_opening_phrase_types_nothing_before_it(full_nlp):
    result = ents(full_nlp, "In GenAI-benchmark, our 2.7B model achieves 0.77 overall score on hard prompts.")
    assert not any(label == "Metric" and "GenAI" in text for text, label in result)


def test_an_adverb_after_the_head_of_a_describing_phrase(full_nlp):
    result = ents(full_nlp, "We introduce SANA-WM, an efficient open-source world model natively trained for video.")
    assert ("SANA-WM", "Model") in result
    result = ents(full_nlp, "Text.", title="OlmoEarth v1.1: A more efficient family of OlmoEarth models")
    assert ("OlmoEarth v1.1", "Method") not in result


def test_a_name_ending_in_model_described_as_a_framework_stays_a_model(full_nlp):
    result = ents(
        full_nlp, "We propose the Separable Learning Vision Model (SLVM), a biologically inspired framework for vision."
    )
    assert ("Separable Learning Vision Model", "Model") in result


# --- a coined name the abstract makes the subject of its clauses ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The AIR-Aug enhances a given dataset. AIR-Aug is particularly beneficial when data is scarce.",
        "Online, ISO-Optimizer applies a base optimizer. Across tasks, ISO-Optimizer improves accuracy.",
        "This space enables revision: AutoEdit rewrites tokens. Alone, inference-time AutoEdit improves PDMS.",
        "ReBA also lowers load on every input. Results show that ReBA consistently lowers worst load.",
    ],
)
def test_a_coined_subject_of_two_clauses_is_a_name(full_nlp, text):
    names = {name for name, _ in ents(full_nlp, text)}
    assert names & {"AIR-Aug", "ISO-Optimizer", "AutoEdit", "ReBA"}


@pytest.mark.parametrize(
    "text",
    [
        "VideoPrism excels in capturing speech kinematics. Other models lag behind.",  # once only
        "The GPU runs at full load. The GPU stays cool.",  # a plain acronym: a unit, a device or a class
        # a contraction of a name another cue found
        "We propose Mode-as-Sequence, a new framework. The ModeSeq achieves first place. ModeSeq also wins.",
    ],
)
def test_a_coined_subject_needs_two_clauses_and_a_mixed_case_shape(full_nlp, text):
    names = {name for name, _ in ents(full_nlp, text)}
    assert not names & {"VideoPrism", "GPU", "ModeSeq"}
