"""Names found by lists, versions, size families, describing phrases and title runs (issue #15).
Hand-written cases with negatives."""

import pytest

from tests.extract.helpers import entity_pipeline, entity_set


@pytest.fixture(scope="module")
def full_nlp():
    """The entity components with abbreviations and the packaged lexicons."""
    return entity_pipeline(abbreviations=True, lexicon=None)


ents = entity_set


# --- lists after a type word -----------------------------------------------------------------------------------


def test_a_list_after_a_type_word_and_a_comma_or_colon_takes_its_type(full_nlp):
    result = ents(full_nlp, "Results on three aerial datasets, including Visdrone, FooDT and Bar-TOD, are strong.")
    assert {("Visdrone", "Dataset"), ("FooDT", "Dataset"), ("Bar-TOD", "Dataset")} <= result
    result = ents(full_nlp, "The results on two benchmark datasets: FooDrone and BARDS demonstrate gains.")
    assert {("FooDrone", "Dataset"), ("BARDS", "Dataset")} <= result
    result = ents(full_nlp, "We also propose two new algorithms, namely Fed-Cyclic and Fed-Star.")
    assert {("Fed-Cyclic", "Method"), ("Fed-Star", "Method")} <= result


def test_plain_words_in_a_list_need_a_coined_name_beside_them(full_nlp):
    result = ents(full_nlp, "Results on several datasets, including English, French and German, are good.")
    assert not any(label == "Dataset" for _, label in result)
    result = ents(full_nlp, "Our data is released. Dataset: https://github.com/foo/FooSet")
    assert not any("http" in text for text, _ in result)


def test_lowercase_tasks_listed_after_a_task_word(full_nlp):
    result = ents(full_nlp, "It helps robotics tasks, such as multi-robot navigation and obstacle avoidance, a lot.")
    assert {("multi-robot navigation", "Task"), ("obstacle avoidance", "Task")} <= result
    result = ents(full_nlp, "It helps clinical tasks such as diagnosing patients and analyzing results.")
    assert not any(label == "Task" for _, label in result)  # a verb and its object


def test_lowercase_tasks_listed_after_a_task_word_and_a_colon(full_nlp):
    text = "We design five core tasks: patch matching, structure-from-motion, reflection removal, and relighting."
    assert {("patch matching", "Task"), ("reflection removal", "Task")} <= ents(full_nlp, text)
    text = "It covers simple vision tasks, such as face matching and text-in-vision comprehension capabilities."
    assert not any("capabilities" in name for name, _ in ents(full_nlp, text))  # a task word modifying a noun


def test_a_list_continues_member_by_member_from_a_known_name(full_nlp):
    result = ents(full_nlp, "We test on four sets, GenVideo, EvalCrafter, FooPhy, and BarProM, with gains.")
    assert {("FooPhy", "Dataset"), ("BarProM", "Dataset")} <= result
    assert ("MRI", "Dataset") not in ents(full_nlp, "We test on EvalCrafter, MRI and CT scans.")


def test_an_acronym_listed_after_a_known_metric_is_a_metric(full_nlp):
    result = ents(full_nlp, "We reduce the FID, LPIPS, and QXMD score by up to 96%.")
    assert ("QXMD", "Metric") in result
    result = ents(full_nlp, "It outperforms prior methods in terms of AP, AUC, and ACC metrics.")
    assert ("ACC", "Metric") in result
    # the acronym must close its place in the list; a verb after it starts a clause
    result = ents(full_nlp, "It improves PSNR and QXMD reduces the cost of training.")
    assert ("QXMD", "Metric") not in result


# --- versions and size families of models ----------------------------------------------------------------------


def test_a_newer_version_of_a_known_family_is_a_model(full_nlp):
    result = ents(full_nlp, "We use a fixed Qwen3.6-27B backbone and compare with Gemma3 and LLaVA2.5.")
    assert {("Qwen3.6-27B", "Model"), ("Gemma3", "Model"), ("LLaVA2.5", "Model")} <= result
    assert not any(text == "step2" for text, _ in ents(full_nlp, "In step2 we train the model."))


def test_a_name_with_a_parameter_count_part_is_a_model(full_nlp):
    result = ents(full_nlp, "We release Light-R1-14B-DS. SAIL-VL2-2B ranks first among open models.")
    assert {("Light-R1-14B-DS", "Model"), ("SAIL-VL2-2B", "Model")} <= result
    result = ents(full_nlp, "We curate COMPASS-20K spanning many domains.")
    assert ("COMPASS-20K", "Model") not in result  # a count of examples, no parameter count


def test_a_name_written_with_a_size_is_a_model_family(full_nlp):
    result = ents(full_nlp, "We present ReasonIR, a retrieval method. ReasonIR-8B outperforms BM25 on BRIGHT.")
    assert {("ReasonIR", "Model"), ("ReasonIR-8B", "Model")} <= result
    result = ents(full_nlp, "We propose FooViT, a parallel network framework. FooViT-Base and FooViT-Tiny are fast.")
    assert {("FooViT", "Model"), ("FooViT-Base", "Model"), ("FooViT-Tiny", "Model")} <= result
    result = ents(full_nlp, "We apply LoRA to LoRA-8B.")
    assert ("LoRA", "Method") in result  # a known method keeps its type


# --- describing phrases ----------------------------------------------------------------------------------------


def test_a_capitalised_stop_word_ends_a_title_description(full_nlp):
    title = "OmniSch: A Multimodal PCB Schematic Benchmark For Structured Diagram Visual Reasoning"
    assert ("OmniSch", "Dataset") in ents(full_nlp, "We study schematic diagrams.", title)


def test_modifiers_joined_by_commas_reach_the_head_noun(full_nlp):
    text = (
        "We introduce ATLAS (AGI-Oriented Testbed for Logical Application in Science), a large-scale, "
        "high-difficulty, and cross-disciplinary evaluation suite composed of 800 problems."
    )
    assert ("ATLAS", "Dataset") in ents(full_nlp, text)
    assert ("FooBar", "Model") in ents(full_nlp, "We propose FooBar, a fast, accurate model.")


def test_a_capitalised_hyphen_compound_before_a_description_is_a_name(full_nlp):
    result = ents(full_nlp, "We add (iii) Prov-Decode, a provenance-aware decoding strategy that vetoes beams.")
    assert ("Prov-Decode", "Method") in result
    assert not any(label == "Method" for _, label in ents(full_nlp, "In Fed-Cyclic, a client receives weights."))


def test_a_long_form_ending_in_an_agent_noun_is_a_method(full_nlp):
    result = ents(full_nlp, "It incorporates a Semantic Temporal Prototype Refiner (STPR) that integrates cues.")
    assert ("STPR", "Method") in result
    result = ents(full_nlp, "Training uses Positron Emission Tomography (PET) images.")
    assert not any(text == "PET" for text, _ in result)


# --- title task runs and metrics -------------------------------------------------------------------------------


def test_title_tasks_end_before_a_capitalised_preposition_and_keep_3d(full_nlp):
    result = ents(full_nlp, "We study it.", "Chest Disease Detection In X-Ray Images Using Deep Learning")
    assert ("Chest Disease Detection", "Task") in result
    result = ents(full_nlp, "We study it.", "Art3D: Training-Free 3D Generation from Flat-Colored Illustration")
    assert ("3D Generation", "Task") in result
    result = ents(full_nlp, "We study it.", "Evaluating Multimodal Models for Nutrition Analysis: A Benchmark")
    assert ("Nutrition Analysis", "Task") in result
    result = ents(full_nlp, "We study it.", "A Comparative Analysis of Patch Attacks")
    assert not any(label == "Task" for _, label in result)


def test_an_adjective_that_says_what_is_measured_stays_with_the_metric(full_nlp):
    result = ents(full_nlp, "The system achieved strong diagnostic accuracy overall.")
    assert ("diagnostic accuracy", "Metric") in result
    result = ents(full_nlp, "It reports state-of-the-art results on geometric accuracy and temporal consistency.")
    assert ("geometric accuracy", "Metric") in result
    assert ("high accuracy", "Metric") not in ents(full_nlp, "The system achieved high accuracy overall.")


def test_a_dash_and_a_verb_after_a_known_dataset_are_no_part_of_it(full_nlp):
    result = ents(full_nlp, "We evaluate on benchmark datasets including RUGD and RELLIS-3D-demonstrating gains.")
    assert ("RELLIS-3D", "Dataset") in result
    assert not any(text.endswith("demonstrating") for text, _ in result)


# --- capitalised method names in running text ------------------------------------------------------------------


def test_a_capitalised_run_ending_in_a_method_head_word_is_a_method(full_nlp):
    text = "We add a Body Part Consistency Module and the Policy Correction Mechanism to the model."
    result = ents(full_nlp, text)
    assert {("Body Part Consistency Module", "Method"), ("Policy Correction Mechanism", "Method")} <= result
    result = ents(full_nlp, "It uses Frequency-aware Token Matching and a Panoramic Depth Fusion module.")
    assert {("Frequency-aware Token Matching", "Method"), ("Panoramic Depth Fusion module", "Method")} <= result


def test_a_capitalised_run_needs_a_name_and_leaves_known_names_alone(full_nlp):
    result = ents(full_nlp, "It relies on Efficient Attention and a GUI Agent for the task.")
    assert ("Efficient Attention", "Method") not in result and ("GUI Agent", "Method") not in result
    result = ents(full_nlp, "We study Multi-hop Video Question Generation in detail.")
    assert ("Multi-hop Video Question Generation", "Method") not in result
    assert ("Fusion Module", "Method") not in ents(full_nlp, "Fusion Module is what we add.")  # a sentence start


# --- a stated model type over a grown lexicon method ----------------------------------------------------------


def test_a_grown_lexicon_method_stated_to_be_a_model_is_a_model(full_nlp):
    text = "Our resulting self-supervised model, SSL-SaN, achieves the best results. SSL-SaN is small."
    assert ("SSL-SaN", "Model") in ents(full_nlp, text)
    assert ("SSL-SaN", "Method") not in ents(full_nlp, text)
    # a stated dataset is no such statement: a comma after an opening phrase misleads it
    text = "We present ProtoBERT-LoRA, a framework. Evaluated on test dataset, ProtoBERT-LoRA achieved 0.62 F1."
    assert ("ProtoBERT-LoRA", "Dataset") not in ents(full_nlp, text)


def test_a_grown_lexicon_method_named_before_a_dataset_head_is_a_dataset(full_nlp):
    # "CAI" is a lexicon method; glued into a longer name right before "dataset", the head types the name
    text = "We train on 900 scans from the QX-CAI dataset. The QX-CAI scans are noisy."
    assert ("QX-CAI", "Dataset") in ents(full_nlp, text)
    assert ("QX-CAI", "Method") not in ents(full_nlp, text)
    # without a dataset head word after it the grown name keeps the lexicon's type
    text = "We propose QX-CAI, which aligns a chat model with written rules."
    assert ("QX-CAI", "Dataset") not in ents(full_nlp, text)
    # a dataset named after the head word ("the dataset X") gives no such reading
    text = "We present QX-CAI, a framework. Evaluated on test dataset, QX-CAI achieved 0.62 F1."
    assert ("QX-CAI", "Dataset") not in ents(full_nlp, text)


# --- members of dataset lists (session 21) ---------------------------------------------------------------------


def test_an_acronym_listed_after_a_known_dataset_is_a_dataset(full_nlp):
    result = ents(full_nlp, "It outperforms prior methods on RealEstate10K and QXID within the same setting.")
    assert ("QXID", "Dataset") in result
    result = ents(full_nlp, "Results on ImageNet, QXID, and COCO are strong.")
    assert ("QXID", "Dataset") in result
    # acronyms that modify the noun after the list name kinds of data, not datasets
    assert ("QXID", "Dataset") not in ents(full_nlp, "Results hold for ImageNet and QXID scans.")
    assert ("QXID", "Dataset") not in ents(full_nlp, "Results hold for ImageNet, QXID and QXCT scans.")


def test_a_name_listed_right_before_a_known_dataset_is_a_dataset(full_nlp):
    result = ents(full_nlp, "We evaluate on FooSet17, CUB-200, and Flickr30K for generation.")
    assert ("FooSet17", "Dataset") in result
    # no list: a comma that closes an opening phrase
    result = ents(full_nlp, "With FooNet2, ImageNet accuracy rises.")
    assert ("FooNet2", "Dataset") not in result


def test_bracketed_names_after_what_they_hold_continue_a_dataset_list(full_nlp):
    text = "It wins on benchmarks of landmarks (ROxf and RPar), products (QXOP), and fashion items (Foo-Shop)."
    result = ents(full_nlp, text)
    assert {("QXOP", "Dataset"), ("Foo-Shop", "Dataset")} <= result


def test_a_gain_on_a_name_makes_it_a_dataset(full_nlp):
    result = ents(full_nlp, "It brings a 4.6% gain on FooReason and a 4% gain on QXISE.")
    assert {("FooReason", "Dataset"), ("QXISE", "Dataset")} <= result


def test_a_capitalised_run_with_a_year_before_challenge_names_its_benchmark(full_nlp):
    result = ents(full_nlp, "Evaluated on the NTIRE 2025 T2I Quality Assessment Challenge Track 1, we rank 2nd.")
    assert ("NTIRE 2025 T2I Quality Assessment Challenge", "Dataset") in result
    result = ents(full_nlp, "It is validated on images from the Gleason 2019 Challenge public dataset.")
    assert ("Gleason 2019 Challenge", "Dataset") in result
    result = ents(full_nlp, "This paper describes our entry to the 2024 Global Deepfake Image Detection Challenge.")
    assert ("Global Deepfake Image Detection Challenge", "Dataset") in result
    # no year, or a topic after the head: left alone
    result = ents(full_nlp, "This is a Grand Challenge for the field.")
    assert not any(label == "Dataset" for _, label in result)
    result = ents(full_nlp, "We took part in the NTIRE 2026 Challenge on Video Saliency Prediction.")
    assert ("NTIRE 2026 Challenge", "Dataset") not in result
