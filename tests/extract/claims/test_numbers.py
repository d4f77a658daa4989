"""The role and metric of each number of a claim (issue #17's list, range, change, size and LaTeX cases).

Sentences run through the whole default pipeline (entities and quantities from
the packaged lexicons and rules), so these also pin how quantities are read.
"""

from __future__ import annotations

import pytest

from claimgraph.extract import extract
from claimgraph.ingest.model import Paper


def numbers(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    """quantity text -> (role, metric) of the claim made by ``sentence``."""
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: (c.role, c.metric) for c in claims[0].comparisons}


def test_a_list_of_numbers_each_followed_by_its_metric():
    got = numbers("Experiments show that our model reaches 27.2 PQ, 17.0 mAP, and 35.3 mIoU on Cityscapes.")
    assert got["27.2"][0] == "score" and got["27.2"][1] in (None, "PQ")  # never mIoU
    assert got["17.0"] == ("score", "mAP")
    assert got["35.3"] == ("score", "mIoU")


def test_a_list_of_metric_colon_number():
    got = numbers("Our method achieves ACC: 0.9452, F1: 0.9310, MCC: 0.8361, and $\\Delta_{HSD}$: 14.35.")
    assert got["0.9310"] == ("score", "F1")
    assert got["0.8361"] == ("score", "MCC")
    assert got["14.35"][1] is None  # not MCC: its label is no metric we know


def test_metric_of_number_lists():
    got = numbers(
        "Experiments show our model achieves an accuracy of 90.1%, precision of 0.845, "
        "recall of 0.942, and an F1 score of 0.89."
    )
    metrics = [m for _, m in got.values()]
    assert metrics[:3] == ["accuracy", "precision", "recall"] and metrics[3] in ("F1", "F1 score")
    assert {r for r, _ in got.values()} == {"score"}


def test_ranges_with_a_tilde_each_to_their_own_metric():
    got = numbers("Our approach improves over the baseline by 7.33~8.26 BLEU and 1.66~3.36 CometScore.")
    assert got["7.33~8.26"] == ("change", "BLEU")
    assert got["1.66~3.36"] == ("change", None)  # never BLEU


def test_two_changes_each_to_their_own_metric():
    got = numbers("Our method yields a 2.6% increase in 7-class accuracy and a 0.059 decrease in MAE.")
    assert got["2.6%"] == ("change", "accuracy")
    assert got["0.059"] == ("change", "MAE")


def test_from_a_to_b_is_a_baseline_then_a_score():
    got = numbers("Our 55B model improves the success rate from 61% to 75%.")
    assert got["61%"] == ("baseline", "success rate")
    assert got["75%"] == ("score", "success rate")
    assert got["55B"] == ("size", None)


def test_sizes_are_never_scores():
    got = numbers("Our student has 67M parameters and matches the teacher's accuracy compared to 591M for the teacher.")
    assert got["591M"] == ("size", None)
    assert got["67M parameters"] == ("size", None)


def test_multipliers_are_changes_not_accuracy():
    got = numbers("Our method uses 20times less compute than ResNet-50 while matching its top-1 accuracy.")
    assert got["20times"] == ("change", None)
    got = numbers("Our method achieves 3× speed-ups over FlashAttention at the 1.4B scale.")
    assert got["3×"][0] == "change" and got["3×"][1] != "accuracy"
    assert got["1.4B"] == ("size", None)


def test_cost_change_is_no_speedup():
    got = numbers("Our method reduces memory by 70.84% and improves throughput by 2.1x.")
    assert got["70.84%"] == ("change", None)
    assert got["2.1x"] == ("change", "throughput")


def test_baseline_scores_in_brackets():
    got = numbers("Our agent reaches 72.4% on WebShop, outperforming RFT (53.6%) and GPT-4 (35.6%).")
    assert got["72.4%"][0] == "score"
    assert got["53.6%"][0] == "baseline" and got["35.6%"][0] == "baseline"


def test_latex_numbers():
    got = numbers("Our model reaches $27.2$ PQ and 21.0\\% accuracy with a 1.3$\\times$ speedup.")
    assert got["27.2"][0] == "score" and got["27.2"][1] in (None, "PQ")
    assert got["21.0\\%"] == ("score", "accuracy")
    assert got["1.3$\\times$"][0] == "change"


def test_a_shared_metric_after_a_list():
    sentence = "Experiments show that our model achieves 85.2% and 80.1% accuracy on MMLU and GSM8K, respectively."
    got = numbers(sentence)
    assert got["85.2%"] == ("score", "accuracy") and got["80.1%"] == ("score", "accuracy")
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    [claim] = [c for c in ex.claims if c.text == sentence]
    assert [c.dataset for c in claim.comparisons] == ["MMLU", "GSM8K"]


def test_a_change_and_the_score_it_reaches():
    got = numbers("Our method improves accuracy by 4.3 points over GPT-4, reaching 90.1% on MMLU.")
    assert got["4.3 points"] == ("change", "accuracy")
    assert got["90.1%"] == ("score", "accuracy")


def test_a_share_of_the_data_is_no_score():
    got = numbers("Our method achieves strong results while using only 3.9% of the training data.")
    assert got.get("3.9%", (None, None))[0] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Our method achieves a 23. 0% improvement in FID over the baseline.",  # a decimal broken by a space
    ],
)
def test_a_broken_decimal_is_one_number(sentence):
    assert "23. 0%" in numbers(sentence)


def test_a_score_is_never_flagged_relative():
    got = numbers(
        "Our method surpasses prior baselines, improving the weighted F1 score from 72.0% to 91.3% on the benchmark."
    )
    [ex] = list(
        extract(
            [
                Paper(
                    id="p",
                    title="",
                    abstract="We propose FooNet. Our method surpasses prior baselines, improving the weighted F1 "
                    "score from 72.0% to 91.3% on the benchmark.",
                )
            ]
        )
    )
    relative = {c.quantity: c.relative for claim in ex.claims for c in claim.comparisons}
    assert got["91.3%"][0] == "score" and relative["91.3%"] is False
    assert got["72.0%"][0] == "baseline" and relative["72.0%"] is False


def test_from_a_to_a_peak_of_b():
    got = numbers("Our method increases Pass@1 accuracy from 50.0% to a peak of 58.0% on AIME 2024.")
    assert got["50.0%"][0] == "baseline" and got["58.0%"][0] == "score"
    got = numbers("Our method improves accuracy from 50.0% to over 58.0% on AIME 2024.")
    assert got["50.0%"][0] == "baseline" and got["58.0%"][0] is None  # "over 58.0%": a bound, no score


def test_numbers_in_brackets_after_a_compared_name_are_baselines():
    got = numbers(
        "Our method achieves F1 = 0.9829, compared to CLAM (F1 = 0.7576, FPR = 69.26%) and SpecTTTra (F1 = 0.7713)."
    )
    assert got["0.9829"] == ("score", "F1")
    assert got["0.7576"] == ("baseline", "F1") and got["0.7713"] == ("baseline", "F1")
    assert got["69.26%"][0] == "baseline"
    got = numbers(
        "Our model achieves a FID score of 0.079, outperforming both T2M-GPT (FID = 0.116) and MMM (FID = 0.080)."
    )
    assert got["0.079"] == ("score", "FID")
    assert got["0.116"] == ("baseline", "FID") and got["0.080"] == ("baseline", "FID")


@pytest.mark.parametrize(
    "sentence, quantity",
    [
        # the subject's own number in brackets, before any comparison word
        ("Our model FooNet (85.2% accuracy) outperforms GPT-4 on MMLU.", "85.2%"),
        # "a vs b": the first number is the subject's
        ("Our model outperforms models like Qwen3-VL (35.5 vs 29.6 accuracy on video counting).", "35.5"),
        # a name after "on" is where the score is, not a baseline
        ("Our model outperforms GPT-4, reaching 85.2% accuracy on MMLU (5-shot).", "85.2%"),
    ],
)
def test_bracketed_numbers_that_are_no_baselines(sentence, quantity):
    assert numbers(sentence)[quantity][0] == "score"


def test_a_cost_takes_no_score_metric():
    got = numbers("Our pipeline achieves 81.40% accuracy and 86.16% F1 at 120 ms on the benchmark.")
    assert got["86.16%"] == ("score", "F1")
    assert got["120 ms"] == ("cost", None)
    got = numbers("Our method reduces latency to 120 ms on the benchmark.")
    assert got["120 ms"] == ("cost", "latency")


def test_latex_bold_number_with_its_unit():
    got = numbers("Our method outperforms the baseline by $\\textbf{15.86}$ points in mIoU.")
    assert got["15.86}$ points"] == ("change", "mIoU")


def test_metrics_added_to_the_table_bind_outside_entities():
    got = numbers("Our method achieves 32.1 PSNR, 0.912 SSIM and 0.083 LPIPS on the benchmark.")
    assert got["32.1"] == ("score", "PSNR") and got["0.912"] == ("score", "SSIM") and got["0.083"] == ("score", "LPIPS")


def test_from_a_list_to_b():
    got = numbers("Our method reduces the attack success rate from 76% and 61% to 0% on KernelBench.")
    assert got["76%"][0] == "baseline" and got["61%"][0] == "baseline"
    assert got["0%"] == ("score", "attack success rate")


def test_a_change_noun_after_the_metric():
    got = numbers("Our novel loss yields ~10% acceptance rate improvements on the benchmark.")
    assert got["~10%"] == ("change", "acceptance rate")
    got = numbers("Our novel loss yields a 95% acceptance rate on the benchmark.")
    assert got["95%"] == ("score", "acceptance rate")


def comparisons_of(sentence: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """quantity text -> (role, metric, model) of the claim made by ``sentence``."""
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: (c.role, c.metric, c.model) for c in claims[0].comparisons}


def test_numbers_after_a_compared_name_are_that_names():
    got = comparisons_of(
        "Our method reaches 94.3% AUC and 93.4% accuracy compared to EfficientNet with a 92.3% AUC "
        "score and 91.5% accuracy on MMLU."
    )
    assert got["94.3%"][0] == "score" and got["93.4%"][0] == "score"
    assert got["92.3%"] == ("baseline", "AUC", "EfficientNet")
    assert got["91.5%"] == ("baseline", "accuracy", "EfficientNet")  # the list after the name is its


def test_a_clause_about_another_model_gives_it_the_number():
    got = comparisons_of("Our method improves accuracy from 61% to 75% on MMLU, while GPT-4 reaches 80.2% accuracy.")
    assert got["75%"][0] == "score"
    assert got["80.2%"] == ("baseline", "accuracy", "GPT-4")


def test_a_number_tied_to_the_sentences_only_model_stays_its_score():
    got = comparisons_of("Experiments show that GPT-4o only achieves a Pearson correlation of 0.22 on MMLU.")
    assert got["0.22"][0] == "score"


def test_a_name_past_a_clause_break_does_not_own_the_number():
    got = comparisons_of("Our method reaches 85.1% accuracy on MMLU, outperforming GPT-4, and reaches 90.3% on GSM8K.")
    assert got["90.3%"][0] == "score" and got["90.3%"][2] is None


def test_a_persons_number_is_a_reference_not_a_score():
    got = comparisons_of("Our models outperform human transcribers, with an average human CER of 15.9% on MMLU.")
    assert got["15.9%"][0] == "baseline"
    got = comparisons_of("Our model reaches 73.1% accuracy, notably higher than human experts (48%).")
    assert got["73.1%"][0] == "score" and got["48%"][0] == "baseline"


def test_a_comparison_word_before_a_comma_makes_no_baseline():
    got = comparisons_of(
        "Our method outperforms strong general baselines, reaching 59.82% exact match on ChEBI-20 and "
        "50.52% weighted success rate on MMLU."
    )
    assert got["59.82%"][0] == "score"
    assert got["50.52%"] == ("score", "weighted success rate", None)


def test_a_metric_threshold_is_a_setting():
    got = comparisons_of("Our method achieves 11.78 AP on the KITTI dataset at 0.7 IoU threshold.")
    assert "0.7" not in got or got["0.7"][:2] == (None, None)
    got = comparisons_of("Our method achieves 0.82 IoU on the KITTI dataset.")
    assert got["0.82"] == ("score", "IoU", None)
    # realabs: "the benchmark most effectively discriminates models in the 60-95% accuracy band"
    got = comparisons_of(
        "Our benchmark best separates models in the 60-95% accuracy band, and FooNet reaches 85.2% accuracy."
    )
    assert "60-95%" not in got or got["60-95%"][:2] == (None, None)
    assert got["85.2%"][:2] == ("score", "accuracy")


def test_numbers_in_brackets_after_a_class_of_compared_methods_are_baselines():
    got = comparisons_of("FooNet (mIoU: 87.30) surpasses CNN-based models (mIoU: 78.55) on the GLake dataset.")
    assert got["87.30"][0] == "score"
    assert got["78.55"][0] == "baseline"


def test_the_metric_of_a_list_in_brackets_is_not_lent_to_the_next_bracket():
    got = comparisons_of(
        "Our model improves over the base model in accuracy (83.0% vs. 78.8%) and clarity (74.7% vs. 72.0%)."
    )
    assert got["83.0%"][1] == "accuracy"
    assert got["74.7%"][1] is None  # clarity is no metric we know, never accuracy


def test_a_from_to_change_with_words_between():
    got = comparisons_of("Our agent improves final accuracy from 0.195 with a base model supervisor to 0.732.")
    assert got["0.195"][0] == "baseline" and got["0.732"][0] == "score"


def test_decibels_and_latex_percent_keep_their_unit():
    [ex] = list(
        extract([Paper(id="p", title="", abstract="Our method reaches a PSNR of 32.1 dB and an accuracy of 98.1$%$.")])
    )
    units = {q.text: q.unit for q in ex.quantities}
    assert units["32.1 dB"] == "dB"
    assert any(text.startswith("98.1$%$") and unit == "%" for text, unit in units.items())
    roles = {c.quantity: c.role for c in ex.claims[0].comparisons}
    assert roles["32.1 dB"] == "score"


def test_a_verb_of_change_then_up_to_is_a_change():
    got = comparisons_of("Our critic significantly improves answer accuracy up to 12.0% on MMLU.")
    assert got["12.0%"][0] == "change"
    got = comparisons_of("Our method achieves up to 96% accuracy on MMLU.")
    assert got["96%"][0] == "score"  # no verb of change: a (bounded) score


def test_a_change_stated_in_brackets_after_a_change_noun():
    got = numbers(
        "Compared with GRPO, FooNet reduces the reasoning budget by up to 32.5% with minimal accuracy loss "
        "(1.2% and 0.6% pass@1)."
    )
    assert got["1.2%"] == ("change", "pass@1") and got["0.6%"] == ("change", "pass@1")
    # a bracket after a metric, not a change noun, holds a score
    assert numbers("FooNet achieves the best accuracy (91.2%) on ImageNet.")["91.2%"] == ("score", "accuracy")


def test_a_resolution_is_no_score():
    got = numbers("On ImageNet, FooNet reaches 1.91 FID at $256\\times256$ and 2.38 FID at $512\\times512$.")
    assert set(got) == {"1.91", "2.38"}
    assert got["2.38"] == ("score", "FID")


def test_an_ablated_variant_s_score_is_no_leaderboard_score():
    assert numbers("Removing the memory module drops accuracy to 71.2% on GSM8K.")["71.2%"][0] == "baseline"
    assert numbers("Moreover, ablating the verifier reduces accuracy to 71.2% on GSM8K.")["71.2%"][0] == "baseline"
    # the method itself removing something is no ablation
    assert numbers("FooNet removes noise and achieves an accuracy of 92% on KITTI.")["92%"] == ("score", "accuracy")


def test_a_length_is_no_accuracy():
    got = numbers("FooNet achieves an average accuracy of 1.08 m for distance measurements.")
    assert got["1.08 m"][1] is None
    assert numbers("FooNet achieves an RMSE of 1.77 m on KITTI.")["1.77 m"] == ("score", "RMSE")


def test_the_highest_links_a_name_to_its_number():
    got = comparisons_of(
        "DenseNet-201 achieved the best performance among convolutional networks (67% accuracy), while "
        "ViT-H/14 achieved the highest overall accuracy (99%), but with higher cost."
    )
    assert got["99%"][2] == "ViT-H/14"


def test_a_list_after_a_change_stays_a_change():
    got = numbers(
        "FooNet surpasses SOTA methods, achieving an improvement of more than 25.3%, 20.4%, and 14.8% in AUC "
        "on the GOT10K, LaSOT, TrackingNet datasets, respectively."
    )
    assert {r for r, _ in got.values()} == {"change"}
    got = numbers("FooNet improves existing methods by 1.05% mIoU on GTA V --> Cityscapes and 1.04% mIoU on ADE20K.")
    assert got["1.04%"] == ("change", "mIoU")
    # a new verb ends the list: the number it reaches is a score
    got = numbers("FooNet improves mIoU by 1.05% on Cityscapes, and reaches 80.2% mIoU on ADE20K.")
    assert got["80.2%"] == ("score", "mIoU")
    assert numbers("FooNet achieves more than 90% accuracy on ImageNet.")["90%"][0] is None  # a bound


def test_up_to_after_a_bracketed_abbreviation_is_a_change():
    assert numbers("Experiments show that FooNet improves Average Precision (AP) up to 13% on COCO.")["13%"][0] == (
        "change"
    )
    assert numbers("Experiments show that FooNet reaches an Average Precision (AP) of 53% on COCO.")["53%"][0] == (
        "score"
    )


def test_average_accuracy_is_not_accuracy():
    sentence = (
        "On Flevoland, FooNet achieves an overall accuracy of 99.70%, average accuracy of 99.64% and a Kappa of 0.9."
    )
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    canonical = {e.text: e.canonical for e in ex.entities if e.type == "Metric"}
    assert canonical == {"overall accuracy": "accuracy", "average accuracy": "average accuracy"}


def test_a_bracketed_change_in_another_metric_stays_a_change():
    got = numbers(
        "FooNet achieves relative improvements of 14.23% in IoU (14.11% in F1) and 2.05% in accuracy "
        "(2.38% in F1) on OpenSDID."
    )
    assert {r for r, _ in got.values()} == {"change"}
    assert numbers("FooNet improves mIoU by 2% on ImageNet (85.2% in total).")["85.2%"][0] != "change"
    assert numbers("FooNet yields a 3.1% accuracy improvement(J&F metric) on Davis2017.")["3.1%"][0] == "change"


def test_pa_mpjpe_is_its_own_metric():
    got = numbers("On the MOYO dataset, FooNet achieves 85.0 MPJPE / 51.4 PA-MPJPE.")
    assert got == {"85.0": ("score", "MPJPE"), "51.4": ("score", "PA-MPJPE")}


def test_a_range_of_metric_orders_gives_no_single_metric():
    got = numbers(
        "On the NIH dataset, FooNet achieved the best performance on all metrics: BLEU 1--4 (0.825, 0.788, 0.765, "
        "0.752), CIDEr (0.857)."
    )
    assert got["0.788"][1] is None and got["0.857"] == ("score", "CIDEr")
    got = numbers("On the NIH dataset, FooNet achieved BLEU-1 to BLEU-4 scores of 0.825, 0.788, 0.765 and 0.752.")
    assert {m for _, m in got.values()} == {None}
    assert numbers("On NIH, FooNet achieved a BLEU-4 of 0.252.")["0.252"] == ("score", "BLEU-4")


def test_a_number_marked_relative_is_a_change():
    got = numbers("FooNet improves macro F1 on CT-RATE from $=0.501$ to $0.603$ (20% relative).")
    assert got["20%"][0] == "change"
    assert numbers("FooNet reaches a relative accuracy of 91% on ImageNet.")["91%"][0] != "change"


def test_a_target_to_reach_is_no_score():
    got = numbers("FooNet reduces the time needed to achieve a 90% ASR by 15.2% compared to the baseline.")
    assert got["90%"][0] is None
    got = numbers("FooNet needs 40% fewer training steps to reach 80% accuracy on ImageNet.")
    assert got.get("80%", (None,))[0] is None
    assert numbers("Results show that FooNet manages to achieve a 90% ASR on AdvBench.")["90%"][0] == "score"


def test_a_list_of_changes_goes_on_after_the_first_change_noun_or_model():
    got = numbers("FooNet yields 12-15% gains in METEOR scores and 8-10% in ROUGE-L on XSum.")
    assert got["8-10%"][0] == "change"
    got = numbers("Our prompting raises pass@1 by 6.1% with Llama-3, 4.2% with Mistral-7B, and 3.3% with Qwen2.")
    assert {r for r, _ in got.values()} == {"change"}
    # a closing bracket ends the change: the number after it is a score
    got = numbers("FooNet reaches 41.2 mAP on detection (12.5% improvement) and 55.3 mIoU on segmentation.")
    assert got["12.5%"][0] == "change" and got["55.3"] == ("score", "mIoU")
    # after the joiner, "with" opens another phrase: no list of changes
    got = numbers("FooNet improves F1 by 2.4 points on CoNLL, with GPT-4 at 81.7 F1.")
    assert got["81.7"][0] != "change"
    # a new verb after the joiner ends the list
    got = numbers("FooNet yields a 3% gain in accuracy and reaches 91.4% F1 on SST-2.")
    assert got["91.4%"] == ("score", "F1")


def test_from_a_labelled_list_to_b():
    got = numbers("FooNet raises accuracy from 61.2% (linear probe), 64.0% (full tuning) to 70.3% on CUB-200.")
    assert got["61.2%"][0] == "baseline" and got["64.0%"][0] == "baseline" and got["70.3%"][0] == "score"
    # no "from": a labelled list of scores stays scores
    got = numbers("FooNet scores 61.2% (CUB-200), 64.0% (Cars) and 70.3% (Aircraft) in accuracy.")
    assert {r for r, _ in got.values()} == {"score"}
