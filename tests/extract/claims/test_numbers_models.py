"""Issue #17: the model a number is tied to (``Comparison.model``, shown by leaderboards before the claim's
subject) in lists of names, in appositions and when one number follows several names (hand-written)."""

from __future__ import annotations

from claimgraph.extract import extract
from claimgraph.ingest.model import Paper


def owners(sentence: str, proposal: str = "We propose FooNet. ") -> dict[str, tuple[str | None, str | None]]:
    """quantity text -> (role, model) of the claim made by ``sentence`` (after ``proposal``)."""
    [ex] = list(extract([Paper(id="p", title="", abstract=proposal + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: (c.role, c.model) for c in claims[0].comparisons}


def test_a_list_of_models_pairs_with_a_list_of_numbers_by_position():
    got = owners(
        "Experiments show that GPT-4, Claude and GPT-4o achieve 61.2%, 70.4% and 75.0% accuracy, respectively."
    )
    assert got == {"61.2%": ("score", "GPT-4"), "70.4%": ("score", "Claude"), "75.0%": ("score", "GPT-4o")}


def test_two_models_two_numbers():
    got = owners(
        "In the zero-shot setting, VL-DINO-T and VL-DINO-L achieve 36.3 and 38.1 AP on the LVIS benchmark, "
        "respectively, consistently outperforming prior advanced approaches.",
        proposal="We propose VL-DINO. ",
    )
    assert got["36.3"] == ("score", "VL-DINO-T")
    assert got["38.1"] == ("score", "VL-DINO-L")


def test_counts_that_differ_give_no_model():
    got = owners("Experiments show that GPT-4 and Claude achieve 61.2%, 70.4% and 75.0% accuracy, respectively.")
    assert all(model is None for _, model in got.values())
    got = owners("Experiments show that GPT-4, Claude and GPT-4o achieve 61.2% and 70.4% accuracy, respectively.")
    assert all(model is None for _, model in got.values())


def test_one_number_after_two_models_belongs_to_neither():
    got = owners("Experiments show that even GPT-4o and Gemini achieve only 38.29% accuracy on MMLU.")
    assert got["38.29%"][1] is None  # not Gemini (the last name) alone


def test_a_single_model_keeps_every_number_of_its_list():
    got = owners("Experiments show that GPT-4o achieves 61.2% and 70.4% accuracy on MMLU and GSM8K, respectively.")
    assert got == {"61.2%": ("score", "GPT-4o"), "70.4%": ("score", "GPT-4o")}


def test_a_relative_clause_after_an_apposition_is_the_names():
    got = owners("Our model is comparable to GPT-4o, the current state-of-the-art model, which achieves 84.1% on MMLU.")
    assert got["84.1%"] == ("baseline", "GPT-4o")
    got = owners("Our model outperforms GPT-4o, which achieves 84.1% accuracy on MMLU.")
    assert got["84.1%"] == ("baseline", "GPT-4o")


def test_an_apposition_that_is_no_noun_phrase_ties_nothing():
    got = owners("Our model beats GPT-4o, trained on far more data, which reaches 84.1% accuracy on MMLU.")
    assert got["84.1%"][1] is None


def test_listed_variants_of_the_papers_model_keep_their_scores():
    got = owners(
        "Experiments show that OpenSWE-32B and OpenSWE-72B achieve 62.4% and 66.0% accuracy on MMLU.",
        proposal="We propose OpenSWE. ",
    )
    assert got == {"62.4%": ("score", "OpenSWE-32B"), "66.0%": ("score", "OpenSWE-72B")}
    got = owners("Notably, our fine-tuned GPT-4o and Claude reach 51.7% and 64.7% accuracy on MMLU.")
    assert got == {"51.7%": ("score", "GPT-4o"), "64.7%": ("score", "Claude")}


def test_listed_names_other_than_the_subject_are_baselines():
    got = owners("FooNet outperforms GPT-4 and Claude, which achieve 80.1% and 75.2% accuracy on MMLU, respectively.")
    assert got["80.1%"] == ("baseline", "GPT-4") and got["75.2%"] == ("baseline", "Claude")


def test_an_unknown_member_of_a_list_of_names_keeps_its_place():
    got = owners(
        "Our study reveals that even the most advanced reasoning models, GPT-4o, o1, and DeepSeek-R1, "
        "achieve only 45.82%, 31.09%, and 17.79% accuracy, respectively.",
        proposal="We propose FooBench. ",
    )
    assert got["45.82%"][1] == "GPT-4o"
    assert got["31.09%"] == ("baseline", None)  # o1's: no name we know, never the claim's subject
    assert got["17.79%"][1] == "DeepSeek-R1"


def test_a_name_in_apposition_to_our_model_owns_the_number():
    got = owners(
        "Notably, our model, InternVL2-8B-MPO, achieves an accuracy of 67.0 on MathVista, outperforming "
        "InternVL2-8B by 8.7 points.",
        proposal="We propose mixed preference optimization. ",
    )
    assert got["67.0"] == ("score", "InternVL2-8B-MPO")


def test_an_unnamed_baseline_owns_its_numbers():
    got = owners(
        "Specifically, FooNet achieves 99.31% precision and 99.26% accuracy, outperforming the baseline model "
        "which achieved 98.62% precision and 98.53% accuracy."
    )
    assert got["99.31%"][0] == "score" and got["99.26%"][0] == "score"
    assert got["98.62%"] == ("baseline", None) and got["98.53%"] == ("baseline", None)
    assert owners("The baseline model achieves 61.2% accuracy, while FooNet reaches 70.4%.")["61.2%"][0] == "baseline"


def test_a_name_we_do_not_know_owns_its_number():
    got = owners("While aerial-based VibrantVS (2.71 m MAE) retains an accuracy advantage, FooNet scales better.")
    assert got["2.71 m"] == ("baseline", "VibrantVS")  # another model's number
    got = owners(
        "The reconstruction performance of FooNet is comparable to that of BigCodec, the current state-of-the-art "
        "among acoustic-only codecs, which achieves a speaker similarity score of 0.84 at a similar bitrate."
    )
    assert got["0.84"] == ("baseline", "BigCodec")


def test_measures_places_and_praise_are_no_unknown_names():
    got = owners("FooNet achieves a public test HSS of 0.575 on the cleaned split.")
    assert got["0.575"] == ("score", None)  # "HSS of": a measure
    got = owners("FooNet achieves 0.21 rFID with 82.2% ImageNet accuracy for images.")
    assert got["82.2%"] == ("score", None)  # "0.21 rFID": a measure after its number
    got = owners("FooNet sets the state of the art, achieving a SOTA 47.3% J&F on MeViS.")
    assert got["47.3%"] == ("score", None)
    got = owners("FooNet achieves the best results on XYZ-Bench (92.7% mIoU) and on NVOS (95.2% mIoU).")
    assert all(role == "score" for role, _ in got.values())


class _Context:
    keys = frozenset({"unified convolutional attention network", "ucan"})
    spelled = frozenset({"unifiedconvolutionalattentionnetwork", "ucan"})


def test_a_variant_of_the_papers_own_name_is_its_own():
    from claimgraph.extract.claims.numbers.owner_roles import _variant_of_own

    assert _variant_of_own("ucan-l", None, _Context())  # "UCAN-L" of the proposed UCAN: a score, not a baseline's
    assert _variant_of_own("ucan", None, _Context())
    assert not _variant_of_own("vibrantvs", None, _Context())
    assert not _variant_of_own("bigcodec-l", None, None)


def test_a_size_after_the_papers_name_is_no_other_name():
    got = owners("Our FooNet 8B achieves 84.7% accuracy and 87.7% recall on video assessment.")
    assert got["84.7%"][0] == "score" and got["87.7%"][0] == "score"


# ---------------------------------------------------------------- variants (seed-1729 judged notes)


def test_sized_variants_own_their_scores_by_position():
    got = owners(
        "On AndroidWorld, our 7B and 72B variants achieve 49.1% and 65.9% success rate, beating existing models.",
        proposal="We present UI-Venus, a native UI agent. ",
    )
    assert got["49.1%"] == ("score", "7B")
    assert got["65.9%"] == ("score", "72B")
    got = owners(
        "On AndroidWorld, our 72B variant achieves 65.9% success rate, beating existing models.",
        proposal="We present UI-Venus, a native UI agent. ",
    )
    assert got["65.9%"] == ("score", "72B")


def test_a_size_without_a_variant_noun_keeps_the_subject():
    got = owners(
        "On AndroidWorld, our 7B model achieves 65.9% success rate, beating existing models.",
        proposal="We present UI-Venus, a native UI agent. ",
    )
    assert got["65.9%"] == ("score", None)  # the claim's subject


def test_a_tuned_variant_is_not_its_base_model():
    got = owners(
        'The best-performing model, "Gemma-2 finetuned", achieved 91.5% accuracy and an F1 score of 91.4, '
        "outperforming GPT4-O by 9.5% accuracy with 5.9 times faster inference time."
    )
    assert got["91.5%"] == ("score", "finetuned")  # shown without Gemma-2's name
    assert got["91.4"] == ("score", "finetuned")
    got = owners("Llama-3 fine-tuned on our corpus achieves 85.2% accuracy on MedQA.", proposal="We propose FooNet. ")
    assert got["85.2%"] == ("score", "fine-tuned")
    # realabs: "YOLOv8 Modified achieves an accuracy of 92.72 percent, outperforming ... the YOLOv8 model 88.91 percent"
    got = owners("Experiments show that YOLOv8 Modified achieves an accuracy of 92.72%, outperforming YOLOv8 (88.91%).")
    assert got["92.72%"] == ("score", "Modified")  # the variant, shown without the base's name


def test_our_fine_tuned_model_keeps_its_name():
    got = owners("Our fine-tuned Llama-3 achieves 85.2% accuracy on MedQA.", proposal="We propose FooNet. ")
    assert got["85.2%"] == ("score", "Llama-3")


def test_a_class_of_compared_methods_in_a_long_list_holds_a_baseline_range():
    got = owners(
        "Comparative evaluation demonstrate that GLACIA (mIoU: 87.30) surpasses state-of-the-art method based on "
        "CNNs (mIoU: 78.55 - 79.01), ViTs (mIoU: 69.27 - 81.75), Geo-foundation models (mIoU: 76.37 - 87.10), "
        "and reasoning based segmentation methods (mIoU: 60.12 - 75.66).",
        proposal="We propose GLACIA. ",
    )
    assert got["87.30"] == ("score", "GLACIA")
    assert got["60.12 - 75.66"] == ("baseline", None)  # not GLACIA's, and not the nearest named ViTs'
    assert got["76.37 - 87.10"] == ("baseline", None)
    assert got["69.27 - 81.75"] == ("baseline", "ViTs")


def test_a_neutral_modifier_before_a_metric_links_a_name_to_its_number():
    got = owners(
        "The YOLOv9s model achieves the highest precision of 0.92926 and mAP@50 of 0.92891 for object detection, "
        "while YOLOv11n-Seg reaches a segmentation precision of 0.91587 and mAP@50 of 0.79795.",
        proposal="In this paper, we present VisText-Mosquito, a multimodal dataset for mosquito breeding sites. ",
    )
    assert got["0.92926"] == ("score", None)
    assert got["0.91587"] == ("baseline", "YOLOv11n-Seg")
    assert got["0.79795"] == ("baseline", "YOLOv11n-Seg")


def test_a_rival_we_cannot_name_before_which_owns_its_number():
    got = owners(
        "On the MISTD datasets, FooNet achieves a mIoU of 87.68%, outperforming SD$^\\mathrm{2}$Net, which "
        "achieves a mIoU of 64.97%."
    )
    assert got["87.68%"] == ("score", "FooNet")
    assert got["64.97%"][0] == "baseline"
    got = owners("On the MISTD datasets, our method, which achieves a mIoU of 87.68%, outperforms prior work.")
    assert got["87.68%"][0] == "score"  # no comparison word before the relative clause


def test_a_fine_tuned_model_not_ours_is_a_variant():
    got = owners(
        "We show that a fine-tuned Florence-2 achieves 49% IoU and 85% Buffered IoU (BIoU), compared to <1% IoU "
        "in zero-shot settings."
    )
    assert got["49%"] == ("score", "fine-tuned")
    got = owners("In the parsing task, our LoRA finetuned Llama-3.2-3B model achieves 92% zero-shot accuracy.")
    assert got["92%"] == ("score", None)  # the paper's own tuned model: the claim's subject


def test_a_component_put_into_a_host_is_not_the_hosts_score():
    got = owners(
        "For segmentation tasks, we seamlessly integrate identical attention blocks within U-Net architecture "
        "using MPN-enhanced inputs, delivering compelling performance gains with 72.44% Dice score and 58.54% IoU, "
        "substantially outperforming baseline implementations.",
        proposal="We propose MPN, a new attention block. ",
    )
    assert got["58.54%"][0] == "score" and got["58.54%"][1] not in (None, "U-Net")
    got = owners("We plug FooNet into Mask R-CNN and obtain 45.2 AP on COCO.")
    assert got["45.2"] == ("score", None)  # the subject FooNet is the component: it keeps the score


def test_a_list_member_of_several_words_we_do_not_know_keeps_its_place():
    # judged: "GPTZero, Claude Opus-4.6, and GPT-5.5 achieve the highest accuracy: 89.41%, 77.92%, and 75.94%
    # respectively" gave all three numbers to GPT-5.5
    got = owners(
        "We found that GPTZero, Kestrel Omni Pro, and GPT-4o achieve the highest accuracy: "
        "89.41%, 77.92%, and 75.94% respectively."
    )
    assert got["89.41%"] == ("baseline", None)
    assert got["77.92%"] == ("baseline", None)
    assert got["75.94%"] == ("score", "GPT-4o")
    # a hyphenated release of a known family is a name of its own and owns its number
    got = owners(
        "We found that GPTZero, Claude Opus-4.6, and GPT-4o achieve the highest accuracy: "
        "89.41%, 77.92%, and 75.94% respectively."
    )
    assert got["77.92%"] == ("score", "Claude Opus-4.6")


def test_a_list_of_names_opens_after_a_lowercase_phrase():
    got = owners("In our experiments, Kestrel Omni Pro and GPT-4o achieve 61.2% and 70.4% accuracy, respectively.")
    assert got["61.2%"] == ("baseline", None)
    assert got["70.4%"] == ("score", "GPT-4o")


def test_a_contrast_clause_owns_its_numbers():
    # judged: "VGG achieves ... 66.94% ..., while DnCNN improves the PSNR value from 20.17 to 22.63" gave 22.63
    # to VGG
    got = owners(
        "For example, ResNet-50 achieves an accuracy of 66.94% with our kernels, while DnCNN improves the PSNR "
        "value from 20.17 to 22.63 on the denoising problem."
    )
    assert got["22.63"] == ("baseline", "DnCNN")
    got = owners("The CNN model got a character error rate of 3.85%, while the transformer model reduced it to 1.79%.")
    assert got["1.79%"][0] == "baseline"
    # the paper's own model in the contrast clause keeps its score
    got = owners("GPT-4o reaches 70.1% accuracy, while FooNet improves the accuracy to 81.2%.")
    assert got["81.2%"][0] == "score"
    got = owners("The baseline reaches 70.1% accuracy, while the proposed model improves the accuracy to 81.2%.")
    assert got["81.2%"][0] == "score"
