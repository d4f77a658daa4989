"""Issue #17: whose number it is, and which metric, in the sentences the fact sample misread:
a base model qualified by the paper's work, an unnamed class of other models, names glossed in brackets,
a list of metric values, an odd unit in a list and a cost ratio (hand-written)."""

from __future__ import annotations

import pytest

from claimgraph.extract import extract
from claimgraph.ingest.model import Paper


def _claim(sentence: str, proposal: str):
    [ex] = list(extract([Paper(id="p", title="", abstract=proposal + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return claims[0]


def owners(sentence: str, proposal: str = "We propose FooNet. ") -> dict[str, tuple[str | None, str | None]]:
    """quantity text -> (role, model) of the claim made by ``sentence`` (after ``proposal``)."""
    return {c.quantity: (c.role, c.model) for c in _claim(sentence, proposal).comparisons}


def metrics(sentence: str, proposal: str = "We propose FooNet. ") -> dict[str, tuple[str | None, str | None]]:
    """quantity text -> (role, metric) of the claim made by ``sentence``."""
    return {c.quantity: (c.role, c.metric) for c in _claim(sentence, proposal).comparisons}


# --- a base model qualified by the paper's work or a training recipe: the score is not the base's


def test_a_base_model_trained_on_the_papers_output_is_not_the_owner():
    got = owners(
        "On ImageNet 256x256, a DiT-XL trained on FooNet latents achieves a gFID of 1.80 with classifier-free guidance."
    )
    role, model = got["1.80"]
    assert role == "score" and model == "trained on FooNet latents"  # never "DiT-XL" alone


def test_a_base_model_with_a_technique_is_not_the_owner():
    got = owners(
        "EfficientNet-V2-S with SSL achieved optimal performance with an F1-score of 98.21% and recall of 98.55%, "
        "a substantial improvement over ImageNet only initialization (94.63% F1)."
    )
    assert got["98.21%"] == ("score", "with SSL")
    assert got["98.55%"] == ("score", "with SSL")


def test_our_method_after_the_number_qualifies_the_base_model():
    got = owners("For example, Llama3.1-8B reaches a 29.44 win rate on AlpacaEval 2.0 with our method.")
    assert got["29.44"] == ("score", "with our method")


def test_a_training_gerund_qualifies_the_model_it_trains():
    got = owners(
        "Training Qwen2.5-Coder-32B-Instruct on trajectories generated from a subset of this training set "
        "achieves an accuracy of 38.2%.",
        proposal="We introduce FooBench, a benchmark of web tasks. ",
    )
    role, model = got["38.2%"]
    assert role == "score" and model is not None and model.startswith("Training Qwen2.5-Coder-32B-Instruct on")


def test_the_papers_own_model_with_a_backbone_or_a_number_keeps_its_name():
    # the paper's own FooNet: the claim's subject's score (no model of its own), never "with a ResNet-50 backbone"
    assert owners("FooNet with a ResNet-50 backbone achieves 81.2% accuracy on ImageNet.")["81.2%"] == ("score", None)
    assert owners("Experiments show that EfficientNet with a 92.34% accuracy leads.")["92.34%"][1] == "EfficientNet"
    got = owners("Experiments show that Llama-3-8B with 8B parameters achieves 61.2% accuracy on MMLU.")
    assert got["61.2%"][1] == "Llama-3-8B"


# --- an unnamed class of other models: a baseline's score, never the paper's


@pytest.mark.parametrize(
    ("sentence", "proposal", "number"),
    [
        # a plural class of models
        (
            "In contrast, lightweight object detection models delivered strong performance (up to 77% mAP) with "
            "ultra-fast inference (~ 0.03s) and significantly smaller model sizes (< 7MB).",
            "We present FooBench, a platform for waste sorting. ",
            "77%",
        ),
        # a superlative unnamed model
        (
            "Our evaluation reveals that the best-performing model, when directly answers the questions, achieves "
            "only 50.1% accuracy.",
            "We introduce FooBench, a benchmark of long-context tasks. ",
            "50.1%",
        ),
        # a superlative unnamed model with a place phrase after its noun
        (
            "Even the leading model on the MTEB leaderboard achieves an nDCG@10 of 18.0 on BRIGHT.",
            "We introduce BRIGHT, a retrieval benchmark. ",
            "18.0",
        ),
        # the subject of a participle
        (
            "We show that zero-shot multilingual baselines trained for Indic languages fail to produce intelligible "
            "speech, achieving a Mean Opinion Score (MOS) of only 1.86.",
            "We propose FooNet. ",
            "1.86",
        ),
    ],
)
def test_an_unnamed_class_of_other_models_owns_its_number(sentence, proposal, number):
    assert owners(sentence, proposal=proposal)[number][0] == "baseline"


# --- a name no entity covers that is not the paper's: a baseline's score (a row could not show whose it is)


@pytest.mark.parametrize(
    ("sentence", "proposal", "number", "model"),
    [
        # a lowercase code name as the verb's subject
        (
            "With zero-shot chain-of-thought prompting, we find that o1 only achieves a 19.1% pass@1 solve rate.",
            "We introduce FooBench, a benchmark of olympiad problems. ",
            "19.1%",
            "o1",
        ),
        # a name of two capitals opening a contrast clause
        (
            "SegFormer-b5 achieves the highest mIoU (94.15%), while SegFormer-b0 has competitive mIoU (90.84%).",
            "We introduce FooSeg, a dataset of road scenes. ",
            "90.84%",
            "SegFormer-b0",
        ),
        # a class word written like a name
        (
            "The best-performing MLLM achieves only 58.0% accuracy on this task.",
            "We introduce FooBench, a benchmark of charts. ",
            "58.0%",
            "MLLM",
        ),
        # the subject of the clause after an opening phrase with a place word, not a list of places
        (
            "Based on Qwen-2.5-Coder-14B, Bird-Fixer achieves 38.11% success rate on BIRD-CRITIC-PG.",
            "We introduce FooBench, a benchmark of SQL bugs. ",
            "38.11%",
            "Bird-Fixer",
        ),
    ],
)
def test_an_unnamed_others_system_owns_its_number(sentence, proposal, number, model):
    assert owners(sentence, proposal=proposal)[number] == ("baseline", model)


@pytest.mark.parametrize(
    ("sentence", "title", "number"),
    [
        # the sentence goes on to say it beats others: the paper's own
        (
            "Evaluation results show that FSNet achieves an IoU of 0.56 on ADE20K, notably outperforming the baseline.",
            "Foveated Instance Segmentation",
            "0.56",
        ),
        # the title names it
        ("Experiments show that FSNet achieves an IoU of 0.56 on ADE20K.", "FSNet: Foveated Segmentation", "0.56"),
        # inside a phrase of the paper's own configuration, not its subject
        (
            "In particular, our best unsupervised configuration using OCGTL achieves an AUC-ROC of 0.805.",
            "Anomaly Detection in Images",
            "0.805",
        ),
        # a version after a name is the tail of that name, no owner of its own
        (
            "Notably, Bielik Guard 0.1B v1.1 achieves superior precision (77.65%) on real user prompts.",
            "Bielik Guard: Safety Classifiers",
            "77.65%",
        ),
    ],
)
def test_an_unrecognised_name_of_the_papers_own_keeps_the_score(sentence, title, number):
    [ex] = list(extract([Paper(id="p", title=title, abstract="We study this problem. " + sentence)]))
    [claim] = [c for c in ex.claims if c.text == sentence]
    assert {c.quantity: c.role for c in claim.comparisons}[number] == "score"


def test_a_name_in_the_first_abstract_sentence_is_not_named_by_the_title():
    # the title ends at a character offset: the name of a compared system in the sentence after it is not the
    # paper's own
    abstract = (
        "We present FooTok, a benchmark comparing BPE and a morphology-aware PRPE tokenizer. "
        "PRPE achieves 83.33% MorphAcc, the highest of all systems."
    )
    [ex] = list(extract([Paper(id="p", title="FooTok: Tokenizer Evaluation", abstract=abstract)]))
    [claim] = [c for c in ex.claims if c.text.startswith("PRPE achieves")]
    assert {c.quantity: c.role for c in claim.comparisons}["83.33%"] == "baseline"


def test_our_best_model_and_the_proposed_model_are_the_papers():
    assert owners("Our best model achieves an accuracy of 93.1% on CIFAR-10.")["93.1%"][0] == "score"
    got = owners("The proposed model outperformed the others, achieving a recall of 78.90 percent.")
    assert got["78.90 percent"][0] == "score"
    assert owners("Our model on ImageNet achieves 81.2% top-1 accuracy.")["81.2%"][0] == "score"
    got = owners("The proposed model on the MTEB leaderboard achieves an nDCG@10 of 18.0 on BRIGHT.")
    assert got["18.0"][0] == "score"


def test_a_name_in_commas_after_a_class_noun_owns_the_number():
    got = owners(
        "We found a clear trade-off: the best classifier, EfficientNetV2S, achieved high accuracy (~ 96%) but "
        "suffered from high latency.",
        proposal="We present FooBench for waste sorting. ",
    )
    assert got["96%"][1] == "EfficientNetV2S"


# --- names glossed in brackets, one number each


def test_names_glossed_in_brackets_pair_with_the_numbers_by_position():
    got = owners(
        "It transfers zero-shot to Mamba (state-space), RWKV-4 (linear attention), and RecurrentGemma "
        "(gated recurrence), achieving 0.963, 0.972, and 0.936 AUC respectively."
    )
    assert got["0.963"][1] == "Mamba"
    assert got["0.936"][1] == "RecurrentGemma"
    assert got["0.972"][1] is None  # RWKV-4 holds its place: never Mamba's or RecurrentGemma's


def test_names_in_an_example_bracket_pair_with_the_numbers():
    got = owners(
        "Top closed- and open-source models (e.g., GPT-5 and Qwen3-VL) achieve only 46% and 36% accuracy.",
        proposal="We introduce FooBench, a benchmark of charts. ",
    )
    assert got["46%"][1] == "GPT-5"
    assert got["36%"][1] == "Qwen3-VL"


def test_a_single_name_with_a_gloss_is_no_list():
    got = owners("FooNet (ours) achieves 61.2% and 70.4% accuracy on MMLU and GSM8K, respectively.")
    assert got == {"61.2%": ("score", None), "70.4%": ("score", None)}  # both the subject's, FooNet's


def test_the_named_owner_is_linked_to_the_claim():
    claim = _claim(
        "Human evaluation reveals that existing models lag behind human performance, which is at 82% accuracy, "
        "with Gemini-Pro-1.5 leading with 40% accuracy.",
        "We introduce FooBench, a benchmark of video questions. ",
    )
    owned = {c.quantity: c.model for c in claim.comparisons}
    assert owned["40%"] == "Gemini-Pro-1.5"
    assert "Gemini-Pro-1.5" in claim.baselines  # so that the number is shown with its model


def test_the_claims_subject_is_never_linked_as_its_own_baseline():
    """The subject named in the sentence owns its number, but is no baseline of its own claim (names are
    compared by their words, not by where they stand)."""
    claim = _claim("Baselines achieve 70.2% while FooNet reaches 80.1% accuracy.", "We propose FooNet. ")
    assert claim.subject == "FooNet"
    assert "FooNet" not in claim.baselines
    assert {c.quantity: c.role for c in claim.comparisons} == {"70.2%": "baseline", "80.1%": "score"}


def test_the_papers_own_model_is_never_linked_as_a_baseline():
    """A number tied to the paper's proposed model is its own, whatever the claim's subject: no baseline."""
    claim = _claim(
        "Experimental evaluations reveal that while a racing-oriented model (RaceVLA) achieves an overall success "
        "rate of 31.3%, the base CognitiveDrone model reaches 59.6%, and CognitiveDrone-R1 attains a success rate "
        "of 77.2%.",
        "We propose CognitiveDrone-R1, a drone model. ",
    )
    assert {c.quantity: c.model for c in claim.comparisons}["77.2%"] == "CognitiveDrone-R1"
    assert "CognitiveDrone-R1" not in claim.baselines


# --- which metric a listed number is


def test_a_list_of_values_belongs_to_the_metric_before_it():
    got = metrics(
        "Compared to manual annotations, our model demonstrated F1 scores of 0.8283, 0.8282, and 0.8251, Area "
        "Under Curve (AUC) values of 0.9806, 0.9840, and 0.9866, and Sensitivity (SE) values of 0.8268, 0.8314, "
        "and 0.8484 across three datasets, respectively."
    )
    assert got["0.8282"][1] == "F1"
    assert got["0.8251"][1] == "F1"
    assert got["0.9840"][1] in ("Area Under Curve", "AUC")
    assert got["0.9866"][1] in ("Area Under Curve", "AUC")
    assert got["0.8314"][1] in ("Sensitivity", "SE")


def test_a_list_member_of_another_unit_is_not_the_lists_metric():
    got = metrics("Experiments demonstrate state-of-the-art success rates of 58%, 98%, and 4.36 on three benchmarks.")
    assert got["58%"][1] == "success rates" and got["98%"][1] == "success rates"
    assert got["4.36"][1] is None


def test_a_change_and_the_score_it_reaches_keep_their_metric():
    """Not a list member of another unit: the number a change reaches is the changed metric's."""
    got = metrics("FooNet improves accuracy by 4.3 points, reaching 90.1%.")
    assert got["4.3 points"][1] == "accuracy" and got["90.1%"][1] == "accuracy"
    got = metrics("FooNet improves accuracy by 4.3%, reaching 90.1.")
    assert got["4.3%"][1] == "accuracy" and got["90.1"][1] == "accuracy"


def test_a_success_rate_is_no_cost_ratio():
    """Only a ratio or rate of a cost word is a cost ("compression rate"): a success rate is a score."""
    assert metrics("FooNet achieves a success rate of 85.2% on LIBERO.")["85.2%"] == ("score", "success rate")
    assert metrics("FooNet achieves an 85.2% success rate on LIBERO.")["85.2%"] == ("score", "success rate")


def test_a_compression_ratio_is_a_cost():
    got = metrics("Our approach maintains efficient communication with a 4.71% compression ratio.")
    assert got["4.71%"][0] == "cost"
    got = metrics("FooNet reaches a compression rate of 50% while keeping 92.1% accuracy.")
    assert got["50%"][0] == "cost"
    assert got["92.1%"] == ("score", "accuracy")


def test_the_papers_method_on_another_model_is_shown_with_its_host():
    got = owners(
        "For example, Qwen2.5-7B with SLOT achieves an accuracy gain of 8.6% on GSM8K, while "
        "DeepSeek-R1-Distill-Llama-70B with SLOT achieves a SOTA accuracy of 68.69% on GPQA.",
        proposal="We propose SLOT, a test-time method. ",
    )
    assert got["68.69%"] == ("score", "with SLOT")  # never SLOT's own score, nor the host's


def test_a_qualifier_gerund_qualifies_the_model_it_names():
    got = owners(
        "On ImageNet-256, equipping DiT-XL with FooNet reduces FID from 2.07 to 1.68.",
        proposal="We propose FooNet, a flow matching method. ",
    )
    role, model = got["1.68"]
    assert role == "score" and model is not None and model.startswith("equipping DiT-XL")


def test_a_superlative_model_after_with_and_a_class_that_performs():
    got = owners(
        "Experimental results show that there remains substantial room for improvement, with the best model "
        "achieving the F1 score of 0.5648.",
        proposal="We introduce FooBench, a benchmark of clinical notes. ",
    )
    assert got["0.5648"][0] == "baseline"
    got = owners(
        "Our experiments show that even the current frontier models perform poorly (~40% accuracy) when "
        "instruction conflict scales.",
        proposal="We introduce FooBench, a benchmark of instruction conflicts. ",
    )
    assert got["~40%"][0] == "baseline"


def test_a_technique_tied_to_a_number_is_not_linked_as_its_model():
    claim = _claim(
        "Across evaluated architectures, the enhanced classifier trained with Focal Loss achieves 99.25% accuracy, "
        "surpassing a strong ResNet101 baseline (98.62%).",
        "We propose FooNet. ",
    )
    assert "Focal Loss" not in claim.baselines


def test_the_papers_plural_models_keep_their_scores():
    got = owners(
        "On this dataset, the license plate detection and character recognition models achieved 93.6% mAP and "
        "87.88% accuracy, respectively.",
        proposal="We present a license plate dataset and FooNet. ",
    )
    assert got["93.6%"][0] == "score"
    got = owners("The resulting segmentation models achieve 69.13% mIoU on MetalDAM.")
    assert got["69.13%"][0] == "score"


def datasets(sentence: str, proposal: str = "We propose FooNet. ") -> dict[str, str | None]:
    """quantity text -> dataset of the claim made by ``sentence``."""
    return {c.quantity: c.dataset for c in _claim(sentence, proposal).comparisons}


def test_a_dataset_name_cut_short_is_not_shown():
    got = datasets(
        "FooNet achieves competitive performance with a mean Intersection-over-Union (mIoU) of 85.35% on ISPRS "
        "Vaihingen, 87.05% on ISPRS Potsdam, and 52.19% on LoveDA."
    )
    assert got["85.35%"] in (None, "ISPRS Vaihingen")  # never "ISPRS" alone
    assert got["87.05%"] in (None, "ISPRS Potsdam")
    assert got["52.19%"] == "LoveDA"
    assert datasets("FooNet achieves 85.3% accuracy on the ImageNet dataset.")["85.3%"] == "ImageNet"
    # a letter glued by a slash is a part of a compound, not a dataset
    got = datasets("In a controlled A/B benchmark, FooNet improves exact-match accuracy from 43.3% to 63.3%.")
    assert got["63.3%"] is None


def test_a_split_after_a_dataset_does_not_cut_it_short():
    assert datasets("FooNet achieves a mIoU of 85.35% on ISPRS Validation images.")["85.35%"] == "ISPRS"
    assert datasets("FooNet achieves a mIoU of 85.35% on ISPRS Vaihingen images.")["85.35%"] is None


def test_respectively_pairs_a_list_of_names_with_the_numbers_across_the_clause():
    got = owners(
        "Experimental results show that GPT-4o and Gemini 1.5 Pro outperformed alternatives and displayed "
        "promising BERTScore of 0.906 and 0.888 respectively, highlighting their ability.",
        proposal="We introduce FooBench, a benchmark of hazard reports. ",
    )
    assert got["0.906"][1] == "GPT-4o"
    assert got["0.888"][1] == "Gemini 1.5 Pro"
    got = owners("GPT-4o and Claude are compared with FooNet, which reaches 61.2% and 70.4% on MMLU and GSM8K.")
    assert got["61.2%"][1] != "GPT-4o"  # no "respectively": not paired


def test_a_bracketed_number_after_what_is_exceeded_is_a_baseline():
    got = owners(
        "Each evaluation combines an architecture and dataset never seen during training, yet all three exceed "
        "performance on held-out transformers (0.908 AUC)."
    )
    assert got["0.908"][0] == "baseline"


def test_respectively_does_not_pair_numbers_with_the_compared_names():
    got = owners(
        "We validate our method on two tasks, where our method outperforms current CNN and ViT-based models "
        "with a mean Dice score of 0.624 and 0.883 respectively."
    )
    assert got["0.624"][0] == "score" and got["0.624"][1] not in ("CNN", "ViT")


# --- misreadings of a judged fact sample: a relative clause, a benchmark named as a score, a class of
# --- systems closing a clause with no verb of scoring


def test_a_number_in_brackets_after_a_relative_clause_is_the_named_systems():
    got = owners(
        "Experiments showed that the baseline MLP achieved more stable performance (mean MAE = 5.6) compared "
        "with the attention-based FooMIL, which was less consistent (mean MAE = 10.7) but occasionally superior."
    )
    assert got["10.7"] == ("baseline", "FooMIL")
    assert got["5.6"] == ("score", None)


def test_a_relative_clause_of_the_papers_own_system_keeps_its_score():
    got = owners("We evaluate FooNet, which is highly accurate (92.1% accuracy) on ImageNet, outperforming ResNet-50.")
    assert got["92.1%"][0] == "score" and got["92.1%"][1] in (None, "FooNet")


def test_a_relative_clause_past_a_comma_does_not_own_the_bracket():
    # the clause of "which" ends at the comma: the bracketed number is no longer BarNet's
    got = owners("FooNet outperforms BarNet, which is older, and is robust (92.1% accuracy).")
    assert got["92.1%"] == ("score", None)


def _datasets(sentence: str, proposal: str = "We propose FooNet. ") -> dict[str, str | None]:
    return {c.quantity: c.dataset for c in _claim(sentence, proposal).comparisons}


def test_a_benchmark_named_as_a_score_is_not_the_place_of_an_earlier_number():
    got = _datasets(
        "On Wan 2.1, FooNet drops LPIPS by 65% (from 0.480 to 0.169) and boosts the VBench score by 7% "
        "(from 70.4 to 76.0)."
    )
    assert got["0.169"] is None
    assert got["76.0"] == "VBench"


def test_the_only_benchmark_after_a_number_stays_its_place():
    got = _datasets("FooNet reaches 81.2% accuracy on the VBench benchmark.")
    assert got["81.2%"] == "VBench"


def test_all_systems_of_a_clause_own_its_bracketed_numbers():
    got = owners(
        "Evaluating six memory systems, we find that all systems collapse on dependency reasoning under the "
        "default configuration (Cascade: 3%, Absence: 1% in average accuracy).",
        proposal="We introduce FooMem, a framework that stress-tests memory systems. ",
    )
    assert got["3%"][0] == "baseline"
    assert got["1%"][0] == "baseline"


def test_our_systems_of_a_clause_keep_their_bracketed_numbers():
    got = owners(
        "We find that our systems stay robust on dependency reasoning under the default configuration "
        "(91% in average accuracy).",
    )
    assert got["91%"][0] == "score"


def test_an_indefinite_system_of_a_benchmark_owns_its_number():
    got = owners(
        "On the high-density FooSet dataset, a point transformer model achieved the best performance, reaching "
        "an overall accuracy of 87.9% with a training set of 1065 segments.",
        proposal="We propose FooNet. ",
    )
    assert got["87.9%"][0] == "baseline"


def test_an_indefinite_system_in_apposition_or_with_the_papers_method_keeps_the_score():
    got = owners("Experiments show that FooNet-L, an upgraded model, achieves an accuracy of 94.5% on FooBench.")
    assert got["94.5%"][0] == "score"
    got = owners("Using FooNet, a 7B model achieves 94.0 pass@1 accuracy on MATH-500.")
    assert got["94.0"][0] == "score"
    got = owners("Experiments show that our model, a point transformer model, reaches an accuracy of 87.9%.")
    assert got["87.9%"][0] == "score"


def test_a_metric_before_a_to_b_makes_a_the_earlier_value():
    got = metrics("FooNet surpasses state-of-the-art models, with WER 16.57% to 3.15% (+80.99%) across settings.")
    assert got["16.57%"][0] == "baseline"
    assert got["3.15%"] == ("score", "WER")


def test_a_gap_exceeding_a_number_is_a_change():
    got = metrics("FooNet reveals a bottleneck for online methods, with gaps exceeding 20 AP under heavy occlusion.")
    assert got["20"][0] == "change"
    assert metrics("FooNet reaches 20 AP on the hard split, exceeding BarNet.")["20"] == ("score", "AP")


def test_a_dataset_name_acting_as_a_system_is_no_place():
    # a name the lexicon knows as a dataset, here the subject of "reduced": a system of that name, no place
    got = _datasets("GSM8K reduced FID to 9.30 (vs. 46.81) and improved recall to 70.29% (vs. 49.60%).")
    assert got["9.30"] is None and got["70.29%"] is None
    assert _datasets("FooNet reduces FID to 9.30 on CIFAR-10.")["9.30"] == "CIFAR-10"
    assert _datasets("FooNet achieves 90.1% accuracy on the CIFAR-10 set.")["90.1%"] == "CIFAR-10"


# --- a component's or a setting's score, and a number before a contrast that names the subject


def test_a_component_as_the_verbs_subject_owns_its_number():
    got = owners(
        "A controlled ablation increases fabrication detection from 14% for a single-pass draft to 92% with the "
        "full review stack, while adversarial review achieves 74% precision.",
        proposal="We present FooNet, a pipeline for writing papers. ",
    )
    assert got["74%"] == ("score", "adversarial review")  # never FooNet, the whole system
    got = owners(
        "We also show that our automated fail2pass validation reaches a precision of 0.92 and a recall of 1.00."
    )
    assert got["0.92"] == ("score", "our automated fail2pass validation")
    assert got["1.00"] == ("score", "our automated fail2pass validation")
    got = owners("Our best configuration achieves 99.40% Top-1 accuracy on our test split.")
    assert got["99.40%"] == ("score", "Our best configuration")


@pytest.mark.parametrize(
    ("sentence", "number", "model"),
    [
        ("Our method achieves 91.2% accuracy on CIFAR-10.", "91.2%", None),
        ("Experiments show that it reaches 91.2% accuracy on CIFAR-10.", "91.2%", None),
        ("FooNet reaches 91.2% accuracy on CIFAR-10.", "91.2%", "FooNet"),
        ("On the validation set FooNet reaches 91.2% accuracy.", "91.2%", "FooNet"),
        # a participle has no subject phrase of its own
        ("Extensive experiments show strong robustness, achieving 91.2% accuracy on CIFAR-10.", "91.2%", None),
        # the paper's own system, its experiments or a task it performs
        ("The proposed prior-guided fusion achieves the best overall accuracy of 77.72%.", "77.72%", None),
        ("Our experiments achieved AUC scores of 99.22% on FF++.", "99.22%", None),
        ("Next frame prediction achieves a PSNR of 29.4, comparable to lossy JPEG compression.", "29.4", None),
        # not the clause's whole subject
        ("Cross-dataset evaluation under the same protocol yields a DSC of 84.49.", "84.49", None),
        ("Our strong baseline with the new data and model design reaches 90.40% accuracy.", "90.40%", None),
    ],
)
def test_the_papers_system_as_the_verbs_subject_keeps_the_score(sentence, number, model):
    assert owners(sentence)[number] == ("score", model)


def test_a_number_before_a_contrast_naming_the_subject_is_the_earlier_names():
    got = owners(
        "Key numerical results show Pixtral as the top performer with an F1-score of 0.71 and 83% recall, while "
        "Gemini models gained precision with enhanced prompts but suffered notable F1 and recall losses.",
        proposal="We compare Pixtral and Gemini for document parsing. ",
    )
    assert got["0.71"] == ("score", "Pixtral")
    assert got["83%"] == ("score", "Pixtral")


def test_a_model_after_for_owns_the_number_but_a_method_or_task_does_not():
    proposal = "We introduce FooScore, a metric of logical consistency. "
    got = owners("We find that FooScore reaches 92.85% precision for Gemini-3 Pro.", proposal=proposal)
    assert got["92.85%"][1] == "Gemini-3 Pro"
    got = owners("FooNet achieves a mean absolute error of 3.147 for heart rate assessment.")
    assert got["3.147"] == ("score", "FooNet")  # not a model: the score stays the sentence subject's


def test_a_latex_versus_makes_the_second_number_the_baselines():
    got = owners(
        "FooNet outperforms every zero-shot baseline, including $\\texttt{text-embedding-3-large}$ "
        "(0.707 vs.\\ 0.556 nDCG@10), with the largest gains in rare languages."
    )
    assert got["0.707"][0] == "score"
    assert got["0.556"][0] == "baseline"


def test_labels_in_a_bracket_with_ours_say_whose_number_it_is():
    sentence = (
        "FooNet outperforms an imaging-only model in an internal cohort (ours: 0.91, imaging-only: 0.73 AUC), "
        "but underperforms in an external cohort (ours: 0.72, imaging-only: 0.75 AUC)."
    )
    got = owners(sentence)
    assert got["0.91"][0] == "score" and got["0.72"][0] == "score"
    assert got["0.73"][0] == "baseline" and got["0.75"][0] == "baseline"
    got = metrics("FooNet reaches the best scores on the test set (MAE: 156.28, PSNR: 20.71).")  # no "ours": metrics
    assert got["20.71"] == ("score", "PSNR")
