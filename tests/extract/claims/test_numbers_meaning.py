"""Issue #17: a number reaches leaderboards only as an absolute score of exactly the metric the sentence
names (qualified metrics, bounds, shares, statistics, units, datasets, changes; hand-written sentences)."""

from __future__ import annotations

import pytest

from claimgraph.extract import extract
from claimgraph.ingest.model import Paper


def meaning(sentence: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """quantity text -> (role, metric, dataset) of the claim made by ``sentence``."""
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: (c.role, c.metric, c.dataset) for c in claims[0].comparisons}


def units(sentence: str) -> dict[str, str | None]:
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    return {q.text: q.unit for q in ex.quantities}


# ---------------------------------------------------------------- qualified metrics


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Our method achieves band alignment accuracy of 0.958 on the test designs.", "0.958"),
        ("Our method achieves bitwise accuracy up to 0.83 under the crop attack.", "0.83"),
        ("Our approach reaches a spatial accuracy of 0.61 on FLUX.1-dev.", "0.61"),
        ("Our method achieves a Patho-FID of 80.9 on the pathology images.", "80.9"),
        ("Our method achieves a combined Dice score of 90.97% and a Level 2 accuracy of 23.5%.", "23.5%"),
        # a bare cutoff followed by another measure: localization accuracy, not top-1 accuracy
        ("Region-CAM achieves 51.7% in Top-1 Localization accuracy Loc1.", "51.7%"),
        ("Pro2SAM achieves 84.03% and 66.85% Top-1 Loc on CUB and ILSVRC, respectively.", "66.85%"),
        ("Pro2SAM achieves $84.03\\%$ Top-1 Loc on CUB-200-2011.", "84.03\\%$"),
    ],
)
def test_a_qualified_metric_binds_no_number(sentence, number):
    assert meaning(sentence)[number][1] is None


def test_neutral_modifiers_and_dataset_names_keep_the_metric():
    got = meaning("Our method achieves 28.19 PSNR with 90.9% classification accuracy for 3D.")
    assert got["90.9%"][:2] == ("score", "accuracy")  # never PSNR
    assert got["28.19"][:2] == ("score", "PSNR")
    got = meaning("FooNet achieves 0.21 rFID with 82.2% ImageNet accuracy for images.")
    assert got["82.2%"][:2] == ("score", "accuracy")
    got = meaning("FooNet achieves 80.1% Top-1 classification accuracy and 70.2% Top-1 on ImageNet.")
    assert got["80.1%"][:2] == ("score", "Top-1")
    assert got["70.2%"][:2] == ("score", "Top-1")


def test_a_number_with_its_own_noun_is_not_the_metric_before():
    got = meaning("Our method achieves a new state-of-the-art FID of 1.02 with only 0.36% additional training compute.")
    assert got["1.02"][:2] == ("score", "FID")
    assert got["0.36%"][1] is None


# ---------------------------------------------------------------- bounds, shares, statistics


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The proposed system is tested on 2 different datasets, and achieved an accuracy of over 80%.", "80%"),
        ("Our method achieves an mAP of more than 0.20 on DeepLesion.", "0.20"),
        ("Our method reaches at least 70% accuracy on all tasks.", "70%"),
        ("Fine-tuning with our data raises accuracy to nearly 56% on the aerial pairs.", "56%"),
        ("Our method achieves $\\geq$ 90% accuracy on all tasks.", "90%"),
    ],
)
def test_a_bound_is_no_score(sentence, number):
    role, _, _ = meaning(sentence)[number]
    assert role != "score"


def test_up_to_and_a_change_by_over_are_not_bounds():
    got = meaning("Our method reaches up to 92% accuracy and improves F1 by over 5% on MMLU.")
    assert got["92%"][:2] == ("score", "accuracy")
    assert got["5%"][0] == "change"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Notably, FooNet retains up to 99% of accuracy while reducing latency by 24.5%.", "99%"),
        ("On Charades-STA, FooNet improves HIT@1 by +9.5% and retains 99.6% of R@1.", "99.6%"),
        ("Our method achieves 98.7% of the real-image accuracy with synthetic data.", "98.7%"),
    ],
)
def test_a_share_of_a_metric_is_no_score(sentence, number):
    role, metric, _ = meaning(sentence).get(number, (None, None, None))
    assert role is None and metric is None


def test_p_values_odds_ratios_and_confidence_levels_are_no_scores():
    got = meaning("In reader studies, FooNet improved balanced accuracy from 88.5% to 95.1% (OR 3.14, P<0.001).")
    assert got["95.1%"][:2] == ("score", "balanced accuracy")
    assert got["3.14"][:2] == (None, None)
    assert got["P<0.001"][:2] == (None, None)
    got = meaning("Our method achieved an AUC of 0.864 (95% CI: 0.852, 0.875) on the CMMD dataset.")
    assert got["0.864"][:2] == ("score", "AUC")
    assert got.get("95%", (None, None, None))[:2] == (None, None)


@pytest.mark.parametrize(
    ("sentence", "point", "bounds"),
    [
        ("FooNet reached a +/-1 accuracy of 74.4% (69.9, 78.8%) on the notes.", "74.4%", ("69.9", "78.8%")),
        ("FooNet achieved an MAE of 1.01 (95% CI 0.92-1.11) on the held-out notes.", "1.01", ("0.92-1.11",)),
        ("FooNet beats ClinicalBERT [MAE 1.24 (1.13-1.36)] on the held-out notes.", None, ("1.13-1.36",)),
    ],
)
def test_the_bounds_of_a_bracketed_interval_are_no_scores(sentence, point, bounds):
    got = meaning(sentence)
    if point is not None:
        assert got[point][0] == "score"
    for bound in bounds:
        assert got.get(bound, (None, None, None))[:2] == (None, None)


def test_a_bracket_that_is_no_interval_keeps_its_numbers():
    # the number before lies outside: two other scores, not the bounds of an interval
    got = meaning("FooNet reaches 85.2% accuracy (80.1, 84.0) on the two splits.")
    assert got["80.1"][0] == "score"
    got = meaning("FooNet reaches an accuracy of 87.9% (74.5%) on the test set.")
    assert got["74.5%"][0] == "score"


def test_a_count_of_a_count_is_no_score():
    got = meaning("With iteration, the final success rate reached 91.5% (183 of 200) for FooNet.")
    assert got["91.5%"][:2] == ("score", "success rate")
    assert got.get("183", (None, None, None))[:2] == (None, None)
    assert got.get("200", (None, None, None))[:2] == (None, None)
    got = meaning("FooNet achieves a success rate of 74% (37 out of 50) on the tasks.")
    assert got.get("37", (None, None, None))[:2] == (None, None)
    got = meaning("FooNet achieves an mAP50 of 98 on the sugar-beet images.")  # a metric name before "of"
    assert got["98"][0] == "score"


def test_a_metric_at_a_rank_cutoff_is_not_the_bare_metric():
    got = meaning("FooNet reaches an MRR of 0.814 and a Recall of 81% at the first chunk on 7901 queries.")
    assert got["0.814"][1] == "MRR"
    assert got["81%"][1] is None
    got = meaning("FooNet reaches a Recall of 81% at the hospital.")
    assert got["81%"][1] == "Recall"


def test_a_metric_value_in_an_under_phrase_is_a_condition():
    sentence = (
        "For example, on CelebA under the Rayleigh fading channel with a signal-to-noise ratio (SNR) of $20$ dB, "
        "FooNet reduces the MSE by 4.54 dB."
    )
    got = meaning(sentence)
    assert got.get("20$ dB", (None, None, None))[:2] == (None, None)
    # a result before "under": the value after it is a result too
    got = meaning("FooNet reaches 31.2 dB under heavy noise with an SSIM of 0.91 on Set5.")
    assert got["0.91"][:2] == ("score", "SSIM")


def test_an_operating_point_is_a_setting():
    got = meaning("Our system is significantly better at FMR = 10^-3 than the strongest baseline.")
    assert all(metric is None for _, metric, _ in got.values())


def test_a_percentage_naming_the_metric_is_no_score():
    got = meaning("Our method achieves a Dice score of 90.97% and a 95% Hausdorff Distance of 3.50 pixels.")
    assert got["95%"][1] is None


# ---------------------------------------------------------------- changes


def test_a_list_ending_in_a_change_noun_is_all_changes():
    got = meaning("Our self-attention module provides 2.57% F1-score and 2.9% mIoU gain over baselines.")
    assert got["2.57%"][0] == "change" and got["2.9%"][0] == "change"


def test_numbers_coordinated_before_one_change_noun_are_all_changes():
    got = meaning(
        "FooNet outperforms previous approaches, achieving 12.9% mAP, 11.0% mAP, and 10.4% mAP improvements "
        "under the 1/5/10 shot settings, respectively."
    )
    assert [got[n][0] for n in ("12.9%", "11.0%", "10.4%")] == ["change"] * 3
    got = meaning("FooNet gives a 16% relative and 6% absolute reduction in word error rate (WER) on LibriSpeech.")
    assert got["16%"][:2] == ("change", "word error rate") and got["6%"][0] == "change"
    # no change noun after the list: scores; a labelled statistic is no member of the list
    got = meaning("FooNet reaches 85.2%, 80.1% and 79.0% accuracy on the three benchmarks.")
    assert [got[n][0] for n in ("85.2%", "80.1%", "79.0%")] == ["score"] * 3
    got = meaning("FooNet shows a strong correlation with accuracy (r=0.97 and 14% accuracy gap) on ImageNet.")
    assert got["r=0.97"][1] is None


def test_a_lone_number_bracketed_after_a_change_in_a_metric_is_a_change():
    got = meaning("FooNet reveals fairness disparities in F1-score (up to 0.08) and TPR (up to 0.11) across groups.")
    assert got["0.08"][0] == "change" and got["0.11"][0] == "change"
    got = meaning("FooNet yields a reduction in computational cost (up to 60%) on all four tasks.")
    assert got["60%"][0] == "change"
    # two numbers in the bracket, or no change noun: scores
    got = meaning("FooNet yields gains in accuracy (85.2% vs 80.1%) over BERT.")
    assert got["85.2%"][0] == "score"
    got = meaning("FooNet reaches strong accuracy (85.2%) and F1 (0.81) on GLUE.")
    assert got["85.2%"][0] == "score" and got["0.81"][0] == "score"


def test_a_change_spreads_over_in_metric_lists():
    got = meaning("Our method achieves SRCC gains of 13.56% on consistency and 13.37% on accuracy for classification.")
    assert got["13.37%"][0] == "change"


def test_a_gain_that_amounts_to_a_number_is_a_change_but_an_increase_to_is_a_level():
    got = meaning(
        "Compared with COMG and ORID, the performance gain amounts to 6.98% and 6.28% in F1 score, respectively."
    )
    assert got["6.98%"][0] == "change" and got["6.28%"][0] == "change"
    got = meaning("Our model accuracy increases to 85% on MMLU.")
    assert got["85%"][:2] == ("score", "accuracy")


def test_headroom_and_accuracy_reductions_are_changes():
    got = meaning("Our analysis reveals that FooNet leaves 0.02--0.04 AUC of untapped headroom on all datasets.")
    assert got["0.02--0.04"][0] == "change"
    got = meaning("On the Argoverse 2 dataset, FooNet is 1.10x faster with a 1.0 mAP accuracy reduction.")
    assert got["1.0"][0] == "change"
    # a gloss in brackets between the metric and the change noun
    got = meaning(
        "FooNet scales the number of Gaussians from 4 million to 18 million, leading to 23-35% LPIPS "
        "(learned perceptual image patch similarity) improvement."
    )
    assert got["23-35%"][0] == "change"
    got = meaning("FooNet achieves 31.2% mIoU (mean intersection over union) on ADE20K.")
    assert got["31.2%"][0] == "score"


def test_a_number_right_after_the_metric_a_change_verb_takes_is_a_change():
    got = meaning("On average, FooNet reduces the MAE 3.1% and the RMSE 4.2% on the weather data.")
    assert got["3.1%"][0] == "change"
    assert got["4.2%"][0] == "change"
    got = meaning("FooNet improves accuracy 2.5% over the strongest baseline.")
    assert got["2.5%"][0] == "change"
    # a score after "to", no change verb, or an adjectival participle without a determiner
    got = meaning("FooNet reduces the MAE to 3.1 on the weather data.")
    assert got["3.1"][0] == "score"
    got = meaning("FooNet reaches the accuracy 91.2% on CIFAR-10.")
    assert got["91.2%"][0] == "score"
    got = meaning("FooNet outperforms prior work with improved accuracy 91.2% on CIFAR-10.")
    assert got["91.2%"][0] != "change"


# ---------------------------------------------------------------- metric lists


def test_metrics_and_numbers_paired_by_respectively():
    got = meaning("Our method reaches accuracy and F1 of 85.1% and 0.81, respectively.")
    assert got["85.1%"][1] == "accuracy" and got["0.81"][1] == "F1"


def test_a_metric_list_with_an_unknown_member_binds_none():
    got = meaning("On the test set, our method achieves m-HIoU and HOTA scores of 20.68 and 10.73 respectively.")
    assert got["20.68"][1] is None and got["10.73"][1] is None
    got = meaning("Our method reaches a precision and recall of 0.91 on the test set.")
    assert got["0.91"][1] is None


# ---------------------------------------------------------------- datasets


def test_a_number_on_something_else_is_not_on_the_only_dataset():
    got = meaning(
        "FooNet outperforms existing methods, achieving 61.1% MOTA on SDM-Car-SU and 47.3% MOTA on real "
        "satellite video data."
    )
    assert got["61.1%"][2] == "SDM-Car-SU"
    assert got["47.3%"][2] is None


def test_a_list_of_numbers_on_a_list_of_datasets_pairs_by_position():
    got = meaning("Our method reaches 85.29% and 75.76% accuracy on ImageNet and CIFAR-10, respectively.")
    assert got["85.29%"][2] == "ImageNet" and got["75.76%"][2] == "CIFAR-10"
    got = meaning("Our method reaches 85.29% and 75.76% mIoU on ImageNet and CIFAR-10 with two clicks.")
    assert got["85.29%"][2] == "ImageNet" and got["75.76%"][2] == "CIFAR-10"


def test_the_test_set_is_a_split_of_the_only_dataset():
    got = meaning(
        "Experimental results on the WLASL dataset show that our model achieves 43.75% Top-1 and 77.10% "
        "Top-5 accuracy on the test set."
    )
    assert got["43.75%"][2] == "WLASL" and got["77.10%"][2] == "WLASL"


def test_a_dataset_in_a_list_of_places_is_not_every_number_s():
    got = meaning(
        "Experiments on chest X-rays (MIMIC-CXR) and fundus images show that FooNet improves image quality "
        "(FID: 64.3 vs. 75.1)."
    )
    assert got["64.3"][2] is None


# ---------------------------------------------------------------- units and LaTeX


def test_physical_units_are_kept_and_scored():
    sentence = "Specifically, FooNet achieves an IoU of 0.93 and RMSE of 1.77~m on DFC23 benchmark."
    assert units(sentence)["1.77~m"] == "m"
    assert meaning(sentence)["1.77~m"][:2] == ("score", "RMSE")
    sentence = "In the forward test, FooNet achieved a mean absolute error of 0.006 rad/s relative to the images."
    assert units(sentence)["0.006 rad/s"] == "rad/s"
    assert meaning(sentence)["0.006 rad/s"][:2] == ("score", "mean absolute error")


def test_a_latency_with_a_latex_space_is_a_cost_not_a_speedup():
    got = meaning("On BridgeData V2, FooNet reduces step latency from 8.377\\,s to 0.367\\,s, a 22.8 times speedup.")
    assert got["0.367\\,s"][0] == "cost"
    assert got["22.8 times"][0] == "change"


def test_latex_numbers():
    got = meaning("Our model reaches $27.2$ PQ and 21.0\\% mIoU with a 1.3$\\times$ speedup on Cityscapes.")
    assert got["27.2"][:2] == ("score", "PQ")
    assert got["21.0\\%"][:2] == ("score", "mIoU")
    assert got["1.3$\\times$"][0] == "change"
    # a LaTeX math opener between the metric and its value
    assert meaning("FooNet attains a test accuracy of $86.4\\%$ on SNLI.")["86.4\\%$"][:2] == ("score", "test accuracy")
    assert meaning("FooNet attains an FID of $1.52$ on ImageNet.")["1.52"][:2] == ("score", "FID")
    got = meaning("FooNet improves segmentation accuracy from $41.1\\%$ to $80.1\\%$ on real data.")
    assert got["41.1\\%$"][0] == "baseline" and got["80.1\\%$"][0] == "score"
    got = meaning(
        "FooNet shows improvements of $25.9$ percentage points in $\\textrm{F}_1$ score and $6.1$ percentage "
        "points in mean IoU."
    )
    assert got["6.1$ percentage points"][0] == "change"  # a difference of percentages, never a score
    got = meaning("FooNet improves macro F1 from $=0.501$ to $0.603$ on CT-RATE.")
    assert got["0.501"][0] == "baseline" and got["0.603"][:2] == ("score", "macro F1")


@pytest.mark.parametrize(
    ("sentence", "number", "value"),
    [
        ("Our pipeline achieves a mean Average Precision (mAP) up to 99,5% on the synthetic parts.", "99,5%", 99.5),
        ("Our pipeline achieves a mean Average Precision (mAP) of 99{,}5\\% on the parts.", "99{,}5\\%", 99.5),
    ],
)
def test_a_decimal_comma_is_one_score(sentence, number, value):
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    assert [(q.text, q.value) for q in ex.quantities] == [(number, value)]  # never 99 and 5
    assert meaning(sentence)[number][0] == "score"


def test_a_validation_score_beside_a_test_score_is_no_score_of_the_metric():
    got = meaning(
        "On SNLI, FooNet attains a test accuracy of 86.4% (with a peak validation accuracy of 86.6%), surpassing "
        "ALBERT-Base."
    )
    assert got["86.4%"][:2] == ("score", "test accuracy")
    assert got["86.6%"][1] is None
    got = meaning("FooNet reaches a validation accuracy of 90.1% and a test accuracy of 88.2%.")
    assert got["90.1%"][1] is None and got["88.2%"][1] == "accuracy"
    got = meaning(
        "On SNLI, FooNet attains a test accuracy of $86.4\\%$ (with a peak validation accuracy of $86.6\\%$)."
    )
    assert got["86.4\\%$"][:2] == ("score", "test accuracy") and got["86.6\\%$"][1] is None
    got = meaning("FooNet reaches a validation accuracy of 90.1% on CIFAR-10.")  # no test score: it stays
    assert got["90.1%"][:2] == ("score", "accuracy")


# ---------------------------------------------------------------- more shapes


def test_slash_lists_pair_numbers_and_metrics_by_position():
    got = meaning("FooNet reaches 99.79 / 99.54 / 99.66 precision / recall / F1 on SciTSR under the CAR protocol.")
    assert [got[n][1] for n in ("99.79", "99.54", "99.66")] == ["precision", "recall", "F1"]


def test_a_bracketed_number_after_a_number_is_another_measure():
    got = meaning("FooNet reaches an overall (macro-average) accuracy of 87.9% (74.5%) with 1065 training segments.")
    assert got["87.9%"][:2] == ("score", "accuracy")
    assert got["74.5%"][1] is None


def test_changes_listed_with_hedges_and_articles():
    got = meaning("The mean IoU of FooNet is improved up to 5.55% and the mean accuracy up to 5.72% on real data.")
    assert got["5.72%"][0] == "change"


def test_up_from_is_a_baseline():
    got = meaning("Our best model achieves a top-1 exact match of 69.3%, up from 58.8%, and reduces errors by 48.6%.")
    assert got["69.3%"][0] == "score" and got["58.8%"][0] == "baseline"


def test_a_milestone_and_a_bounded_end_of_from_to_are_no_scores():
    got = meaning("FooNet-S is the first sub-10 million model to exceed the 50 AP milestone on COCO, reaching 50.9 AP.")
    assert got["50"][0] != "score" and got["50.9"][:2] == ("score", "AP")
    got = meaning("Depending on sampling, the F1-score of FooNet improves from 0.66 to over 0.80.")
    assert got["0.80"][0] != "score"


def test_an_operating_point_after_at_is_no_score():
    got = meaning("FooNet raises person recall from 64.3% to 84.5% at 5% False Positive Rate (FPR) on COCO.")
    assert got["5%"][0] != "score"
    assert got["84.5%"][1] != "False Positive Rate"


def test_a_percentage_of_a_cost_metric_is_a_change():
    got = meaning("Specifically, FooNet reduces 40% FLOPs and accelerates DeiT-S with a marginal accuracy drop.")
    assert got["40%"][0] != "score"


def test_a_glued_symbol_names_its_own_number():
    got = meaning("Our method achieves an MAE of 3.34 years (Pearson $r=0.98$, Spearman $ρ=0.97$, $R^2=0.95$) on MRI.")
    assert all(metric != "Spearman correlation" for text, (_, metric, _) in got.items() if "R^2" in text)


def test_colon_lists_after_a_change_noun_are_changes():
    got = meaning(
        "Ablation studies of FooNet show significant improvements over the baseline: 7.67% in Driving Score, "
        "22.06% in Success Rate."
    )
    assert got["7.67%"][0] == "change" and got["22.06%"][0] == "change"


def test_a_denied_bound_is_no_score():
    got = meaning(
        "Benchmark results across sixteen frontier MLLMs reveal that no model reaches 60% accuracy on FooBench."
    )
    assert got.get("60%", (None,))[0] != "score"


def test_an_arrow_is_from_to():
    got = meaning(
        "Compared to the VAR series, FooNet consistently outperforms it in terms of FID scores (3.30 -> 3.03)."
    )
    assert got["3.30"][0] == "baseline" and got["3.03"][:2] == ("score", "FID")


def test_an_unknown_measure_before_a_change_noun_is_a_change_list():
    got = meaning(
        "Compared with the best method on HQSeg-44K, FooNet brings 2.9% mIoU and 3.8% mBIoU absolute improvements."
    )
    assert got["2.9%"][0] == "change" and got["3.8%"][0] == "change"


def test_an_article_starts_another_metric_phrase():
    got = meaning(
        "On VisDrone, FooNet shows a recall increase from 0.685 to 0.778 (+0.093) and a precision drop to 0.595."
    )
    assert got["0.778"][1] != "precision"


def test_a_metric_list_with_a_serial_comma_pairs_by_position():
    got = meaning(
        "FooNet further achieves precision, recall, and F1-scores of 81.66%, 80.59%, and 80.27%, respectively."
    )
    assert [got[n][1] for n in ("81.66%", "80.59%", "80.27%")] == ["precision", "recall", "F1"]


def test_a_bracketed_number_of_a_later_compared_item_is_a_baseline():
    got = meaning(
        "On ISIC 2018, FooNet obtains a dice coefficient of .9411 when compared to both a fully trained U-Net "
        "baseline (.8715 dice coefficient) and zero-shot MedSAM inference (.8997 dice coefficient)."
    )
    assert got[".9411"][0] == "score"
    assert got[".8715"][0] == "baseline" and got[".8997"][0] == "baseline"


def test_a_spread_keeps_the_value_s_unit_and_is_no_score():
    sentence = "For the STN, FooNet reached an HD95 of 0.79 +- 0.24 mm versus 1.17 +- 1.10 mm for the template."
    assert units(sentence)["0.79"] == "mm"
    got = meaning(sentence)
    assert got["0.79"][:2] == ("score", "HD95")
    assert got.get("0.24 mm", (None,))[0] != "score"


def test_a_metric_with_a_glued_qualifier_takes_no_number():
    got = meaning("On FLUX.1-dev, FooNet improves over SpeCa, reducing LPIPS-Full from 0.518 to 0.498 at equal FLOPs.")
    assert got["0.498"][1] is None


def test_by_an_average_metric_of_is_a_change():
    got = meaning("The FooNet model outperforms the SoTA DeGCN model at low frame rates by an average accuracy of 6%.")
    assert got["6%"][0] == "change"


def test_a_dataset_used_as_a_resource_is_not_where_the_number_was_measured():
    got = meaning("With the additional UBody dataset, FooNet-x is further boosted to 67.5% AP on the whole-body task.")
    assert got["67.5%"][2] is None


def test_long_form_metrics_with_abbreviations_pair_by_respectively():
    got = meaning(
        "The results of FooNet show lower Mean Absolute Error (MAE) and Mean Absolute Percentage Error (MAPE) of "
        "approximately 0.5 and 0.03, respectively, compared to other models."
    )
    assert got["0.5"][1] == "Mean Absolute Error" and got["0.03"][1] == "Mean Absolute Percentage Error"


def test_a_bracketed_range_before_an_improvement_is_a_change():
    got = meaning("Results demonstrate the quantitative (4.69%-15.26% in FID) improvement of FooNet over alternatives.")
    assert got["4.69%-15.26%"][0] == "change"


def test_previously_marks_a_baseline():
    got = meaning("Applying FooNet to a pre-trained model (previously 1.26 FID at 250 steps) improves it to 1.06 FID.")
    assert got["1.26"][0] == "baseline" and got["1.06"][:2] == ("score", "FID")


def test_a_percentage_after_gflops_is_no_gflops_score():
    got = meaning("On ModelNet40, FooNet-M with 0.55M parameters and 1.22 GFLOPs reaches 93.92%, beating PointMLP.")
    assert got.get("93.92%", (None, None))[1] is None or got["93.92%"][0] != "score"


def test_the_only_dataset_in_another_clause_is_not_the_number_s():
    got = meaning("FooNet reaches a Rater Feedback Score (RFS) of 8.060 on the challenge; it also does well on NAVSIM.")
    assert got["8.060"][2] is None


def test_a_change_spreads_over_a_list_of_places_of_several_words():
    got = meaning(
        "FooNet outperforms baseline world models by 7% on semantic similarity, 11% on pixel quality, and 6% on "
        "success rate in various domains."
    )
    assert got["6%"][0] == "change"


def test_an_article_ends_a_list_of_numbers_sharing_a_metric():
    got = meaning(
        "Our results show that the FooNet agent achieves a success rate of 93.8% and an overall score of 0.77."
    )
    assert got["93.8%"][:2] == ("score", "success rate") and got["0.77"][1] is None


def test_a_number_after_a_change_verb_is_a_change():
    got = meaning(
        "Notably, FooNet keeps high performance in high sparsity regimes while only losing 0.64% in accuracy."
    )
    assert got["0.64%"][0] == "change"
    got = meaning("Notably, the accuracy of FooNet drops to 80.2% on the hardest split.")
    assert got["80.2%"][0] == "score"


def test_a_number_in_a_relative_clause_after_a_compared_name_is_its_baseline_score():
    got = meaning(
        "On the MISTD datasets, FooNet achieves a mIoU of 87.68%, outperforming SDNet, which achieves a mIoU of 64.97%."
    )
    assert got["87.68%"][0] == "score" and got["64.97%"][0] == "baseline"


def test_a_dataset_in_a_transfer_setting_is_not_the_number_s():
    got = meaning(
        "For instance, in an easy-to-hard (AIME $\\rightarrow$ BeyondAIME) setting, FooNet improves the success rate "
        "from 38.8% $\\rightarrow$ 45.1% while also outperforming prompt evolution."
    )
    assert got["38.8%"][0] == "baseline" and got["45.1%"][:3] == ("score", "success rate", None)


def test_surpassing_a_number_is_a_bound():
    got = meaning(
        "We show that FooNet achieves an average IoU of around 55.8% under first-click settings and surpassing "
        "71.3% IoU with only a few additional clicks."
    )
    assert got["55.8%"][:2] == ("score", "IoU") and got["71.3%"][0] != "score"


# ---------------------------------------------------------------- lists, slashes, places, bounds


def test_numbers_then_metrics_pair_by_position_with_respectively():
    got = meaning("On the DanceTrack test set, FooNet achieves 63.1% and 64.2% in HOTA and IDF1, respectively.")
    assert got["63.1%"][:2] == ("score", "HOTA")
    assert got["64.2%"][:2] == ("score", "IDF1")


def test_numbers_then_metrics_without_respectively_bind_none():
    got = meaning("On the DanceTrack test set, FooNet achieves 63.1% and 64.2% in HOTA and IDF1.")
    assert got["63.1%"][1] is None and got["64.2%"][1] is None
    got = meaning("FooNet achieves 85.2% and 80.1% accuracy on GSM8K and MATH.")  # one metric: still shared
    assert got["85.2%"][1] == "accuracy" and got["80.1%"][1] == "accuracy"


def test_a_change_with_a_glued_db_spreads_over_its_list():
    got = meaning("Our FooNet outperforms state-of-the-art methods by 0.96dB in PSNR and 0.03 in LPIPS.")
    assert got["0.96dB"][:2] == ("change", "PSNR")
    assert got["0.03"][0] == "change"


def test_slashed_numbers_of_another_unit_are_not_the_metric_after():
    got = meaning("FooNet improves the noisy input from 34.66 dB / 0.9234 SSIM to 38.913 dB / 0.971 SSIM.")
    assert got["34.66 dB"][0] == "baseline" and got["0.9234"][:2] == ("baseline", "SSIM")
    assert got["38.913 dB"][1] is None  # a PSNR in dB, never SSIM
    assert got["0.971"][:2] == ("score", "SSIM")


def test_a_tilde_range_is_one_quantity():
    got = meaning("FooNet achieves 94% ~ 96% accuracy under W4A4 quantization.")
    assert got["94% ~ 96%"][:2] == ("score", "accuracy")


def test_a_bracketed_number_takes_the_place_after_its_bracket():
    got = meaning("FooNet reaches near-perfect accuracy (99.8%) on datasets such as Wukong and SDv1.4 of GenImage.")
    assert got["99.8%"][2] is None  # "such as" unknown names: not the sentence's only dataset
    got = meaning("FooNet reaches a high accuracy (91.2%) on GSM8K and performs well on MATH.")
    assert got["91.2%"] == ("score", "accuracy", "GSM8K")


def test_a_test_set_of_an_unknown_name_is_not_the_only_dataset():
    got = meaning(
        "FooNet achieves an IoU of 78.8% on the hidden test set of the SemanticKITTI-MOS challenge "
        "and delivers competitive results on the Apollo dataset."
    )
    assert got["78.8%"][2] is None
    got = meaning("FooNet achieves an IoU of 78.8% on the test set of ImageNet.")
    assert got["78.8%"][2] == "ImageNet"


def test_numbers_in_a_compared_to_phrase_are_the_baselines():
    got = meaning(
        "FooNet achieves F1 = 1.0000 with 0% false positive rate, compared to stateless ILION at F1 = 0.9756 "
        "with 5% FPR."
    )
    assert got["1.0000"][:2] == ("score", "F1")
    assert got["0.9756"][0] == "baseline" and got["5%"][0] == "baseline"
    got = meaning("Compared with GPT-4, FooNet reaches 85.1% accuracy on GSM8K.")  # a comma ends the phrase
    assert got["85.1%"][:2] == ("score", "accuracy")


def test_an_unknown_acronym_ends_a_list_of_one_metric():
    got = meaning("FooNet reduces FID from 14.36 to 7.65 and improves IS from 86.55 to 116.70 on ImageNet.")
    assert got["7.65"][:2] == ("score", "FID")
    assert got["116.70"][1] is None and got["86.55"][1] is None


def test_top_k_percent_and_written_bounds_are_no_scores():
    got = meaning("FooNet improves the top 1% and top 5% validation accuracy from 36.50% to 46.29% on CIFAR-100.")
    assert got["1%"][0] is None and got["5%"][0] is None
    got = meaning("Whereas FooNet achieves <=34% accuracy on CRAG, adding retrieval improves it to 44%.")
    assert got["34%"][0] is None


def test_an_advantage_is_a_change():
    got = meaning("Our FooNet outputs achieve a 16.6 ELO advantage over meshes.")
    assert got["16.6"][0] == "change"


def test_a_spread_of_a_metric_is_no_score_of_it():
    got = meaning("FooNet reduces the standard deviation of accuracy from 1.53 to 0.82.")
    assert got["0.82"][1] is None and got["1.53"][1] is None
    got = meaning("FooNet improves accuracy from 61.2% to 75.0% on GSM8K.")  # no spread noun: kept
    assert got["75.0%"][:2] == ("score", "accuracy")


def test_a_bracketed_number_of_another_unit_after_a_score_is_not_its_metric():
    got = meaning("On enwik8, FooNet achieves 0.9389 bpb (11.74%), surpassing ts_zip.")
    assert got["0.9389"][:2] == ("score", "bpb")
    assert got["11.74%"][1] is None


def test_a_change_noun_with_a_bracketed_abbreviation_and_a_hedge():
    got = meaning("Our findings reveal an increase in success rate (SR) of around 1 point across agents.")
    assert got["1 point"][0] == "change"


def test_a_number_right_after_a_change_verb_is_a_change():
    got = meaning("Compared with baseline Rein, FooNet significantly improves 9.0% mIoU in DA and 3.1% mIoU in DG.")
    assert got["9.0%"][0] == "change" and got["3.1%"][0] == "change"
    got = meaning("FooNet improves accuracy to 90.1% on MMLU.")  # "to": the level reached
    assert got["90.1%"][:2] == ("score", "accuracy")


def test_a_name_inside_a_counted_noun_phrase_keeps_the_count():
    got = units("Our experiments on 16 NER models spanning from 2018 to 2023 show that FooNet outperforms SLMs.")
    assert got.get("16 NER models") == "models"
    assert "2018" not in got and "2023" not in got


def test_the_name_before_a_bracket_is_the_numbers_place():
    got = meaning(
        "FooNet sets new records on MiniF2F (69.8% pass@32), Ineq-Comp-Seed (52.2% pass@32), and "
        "Ineq-Comp-Transformed (34.0% pass@32)."
    )
    assert got["69.8%"][2] == "MiniF2F"
    assert got["52.2%"][2] is None and got["34.0%"][2] is None  # never MiniF2F


def test_a_latex_spread_after_a_dollar_is_no_price():
    got = units("FooNet achieves minutiae F1-scores in the range of $0.83\\pm0.02$ on PolyU.")
    assert all(unit != "$" for unit in got.values())


def test_a_dataset_after_trained_on_is_no_test_set():
    got = meaning(
        "FooNet yields a 52% reduction in MAE compared to models trained on Cell200-s (from 53.70 to 25.95 MAE)."
    )
    assert got["25.95"][:2] == ("score", "MAE") and got["25.95"][2] is None
    got = meaning("FooNet reaches 25.95 MAE on Cell200-s.")
    assert got["25.95"][2] == "Cell200-s"


def test_a_year_is_never_a_score():
    got = meaning("Since 2024, FooNet reaches an AUC of 0.91 on MIMIC-CXR.")
    assert "2024" not in got and got["0.91"] == ("score", "AUC", "MIMIC-CXR")
    assert meaning("FooNet achieves an AUC of 2024 on MIMIC-CXR.") == {}


def test_glued_slashed_numbers_bind_nothing():
    # "a/b/c on X/Y/Z" written without spaces is not read yet: no number, so no wrong binding either
    assert meaning("FooNet achieves 85.2/80.1/75.3 accuracy on GSM8K/MATH/MMLU.") == {}


def test_a_metric_in_brackets_after_another_is_its_operating_point():
    got = meaning("FooNet achieves 56.27% on the R@1 (IoU = 0.3) metric on the global leaderboard.")
    assert got["56.27%"][:2] == ("score", "R@1")
    assert "0.3" not in got or got["0.3"][:2] == (None, None)
    got = meaning("FooNet achieves a Success Rate (SR) of 51.09% and SPL of 47.18 in unseen environments.")
    assert got["51.09%"][0] == "score" and got["51.09%"][1] is not None  # an abbreviation, not a setting


def test_a_percentage_relative_to_a_reference_is_no_score():
    got = meaning("On FLUX.1-dev, FooNet achieves 90% SSIM relative to the full-precision model.")
    assert "90%" not in got or got["90%"][:2] != ("score", "SSIM")
    got = meaning("In the forward test, FooNet achieved a mean absolute error of 0.006 rad/s relative to the images.")
    assert got["0.006 rad/s"][:2] == ("score", "mean absolute error")


def test_numbers_before_a_comparative_and_than_are_changes():
    got = meaning(
        "FooNet excels in reconstruction (~2 dB in PSNR and 45.7% in Cosine Distance better than RGB methods)."
    )
    assert got["~2 dB"][0] == "change" and got["45.7%"][0] == "change"
    got = meaning("FooNet achieves 85.1% accuracy and runs 2x faster than BERT.")
    assert got["85.1%"][:2] == ("score", "accuracy")  # another clause's comparative


def test_a_metric_starred_by_the_paper_is_another_metric():
    got = meaning("FooNet achieves average scores of 25.63~dB PSNR, 28.30~dB PSNR*, and 0.827 SSIM.")
    assert got["25.63~dB"][:2] == ("score", "PSNR")
    assert got["28.30~dB"][1] is None


def test_nearly_before_the_verb_makes_a_bound():
    got = meaning("Experiments show that FooNet nearly sustains 0.99 recall under the domain shift.")
    assert got["0.99"][0] is None
    got = meaning("Experiments show that FooNet sustains 0.99 recall under the domain shift.")
    assert got["0.99"][:2] == ("score", "recall")


def test_a_dataset_named_as_a_compared_method_is_not_the_numbers():
    got = meaning(
        "FooNet attains an attack success rate of 85.90%, surpassing Adv-CPG by +6.25 points and noise-based "
        "ImageNet by +16 points."
    )
    assert got["85.90%"][2] is None
    got = meaning("FooNet achieves 85.1% accuracy, outperforming all baselines on ImageNet.")
    assert got["85.1%"] == ("score", "accuracy", "ImageNet")


def test_praise_and_task_words_do_not_qualify_a_metric():
    assert meaning("FooNet achieves a noteworthy accuracy of 45.48% on ImageNet.")["45.48%"][:2] == (
        "score",
        "accuracy",
    )
    assert meaning("FooNet achieves a bitwise accuracy of 45.48% on ImageNet.")["45.48%"][1] is None
    got = meaning("FooNet improves task success rates from 9.3% to 15.8%.")
    assert got["15.8%"][0] == "score" and got["15.8%"][1] is not None


def test_a_metric_left_out_after_a_place_is_the_previous_numbers():
    got = meaning("FooNet achieves 64.89% accuracy on AffectNet and 94.24% on FERG, outperforming baselines.")
    assert got["94.24%"][:2] == ("score", "accuracy")
    got = meaning("FooNet reaches 38.02 dB PSNR on EndoNeRF and 34.40 dB on StereoMIS.")
    assert got["34.40 dB"][:2] == ("score", "PSNR")
    assert meaning("FooNet achieves 85% accuracy on ImageNet and 12% on average.")["12%"][1] is None
    assert meaning("FooNet achieves 85% accuracy on ImageNet and 20% lower latency.")["20%"][1] != "accuracy"
    assert meaning("FooNet achieves 85% accuracy on ImageNet and 3.1 on CIFAR-10.")["3.1"][1] is None  # other unit
    # a list that names another metric for each member: the bare member's metric is unknown
    got = meaning("FooNet scores 62.9 R@1 on MSCOCO, 68.8 NDCG@10 on Vatex, 69.9 on MTEB and 84.0 on COIR.")
    assert got["68.8"][:2] == ("score", "NDCG@10")
    assert got["69.9"][1] is None
    got = meaning("FooNet reaches 64.89% accuracy on AffectNet, 94.24% on FERG and 90.1% on RAF-DB.")
    assert got["90.1%"][:2] == ("score", "accuracy")


def test_a_later_from_to_pair_after_a_place_keeps_the_metric():
    got = meaning(
        "FooNet improves accuracy on AIME-2024 from 38.2% to 39.9%, on AIME-2025 from 19.8% to 22.3%, "
        "and on AMC-2023 from 77.0% to 82.2%."
    )
    assert got["22.3%"][:2] == ("score", "accuracy") and got["19.8%"][:2] == ("baseline", "accuracy")
    assert got["82.2%"][:2] == ("score", "accuracy")
    got = meaning("FooNet improves accuracy from 38.2% to 39.9%, and raises its speed from 19.8 to 22.3.")
    assert got["22.3"][1] != "accuracy"


def test_a_gerund_after_by_reports_a_score():
    got = meaning("FooNet shows superior performance by achieving 17.4% WER on LRS2 and 21.0% WER on LRS3.")
    assert got["17.4%"][:2] == ("score", "WER")
    assert meaning("FooNet outperforms BERT by an average accuracy of 6%.")["6%"][0] == "change"


def test_an_additional_amount_is_a_change():
    got = meaning("Third, FooNet yields up to an additional 8 points in F1 and BLEU compared to larger models.")
    assert got["8 points"][0] == "change"


def test_a_change_list_goes_on_past_a_starred_metric():
    got = meaning(
        "Experiments show that FooNet outperforms SOTA approaches, with average improvements of 1.30dB in PSNR, "
        "2.03dB in PSNR* and 0.047 in SSIM, respectively."
    )
    assert got["0.047"][0] == "change"


def test_a_percentage_kept_of_a_reference_is_no_score():
    got = meaning(
        "Experiments show that FooNet achieves a strong trade-off, retaining up to 95.4% mIoU with few tokens."
    )
    assert "95.4%" not in got or got["95.4%"][:2] == (None, None)
    assert meaning("Experiments show that FooNet maintains 95.4% mIoU on ADE20K.")["95.4%"][:2] == ("score", "mIoU")


def test_a_bracket_after_a_change_is_the_largest_change():
    got = meaning("Evaluations show that FooNet improves average accuracy by 6.2% (up to 61.4% on certain models).")
    assert got["61.4%"][0] == "change"
    got = meaning("Our results show that FooNet improves accuracy by 2.1% (from 80.1% to 82.2%).")
    assert got["80.1%"][0] == "baseline" and got["82.2%"][:2] == ("score", "accuracy")


def test_a_metric_before_a_list_of_places_covers_each_number():
    got = meaning("Our model achieves FVD scores of 103.3 on UCF101 and 25.5 on K600, outperforming the NTP model.")
    assert got["25.5"][:2] == ("score", "FVD")
    got = meaning("FooNet reaches a perplexity (PPL) of 30.0 on LM1B and 24.6 on OpenWebText.")
    assert got["24.6"][:2] == ("score", "perplexity")
    assert meaning("FooNet achieves an accuracy of 85% on ImageNet and 12% on average.")["12%"][1] is None


def test_a_comparative_after_another_number_is_that_numbers():
    got = meaning(
        "FooNet achieves a Medical Frechet Inception Distance (MFID) of 17.01 for cirrhosis synthesis 28% lower "
        "than existing approaches."
    )
    assert got["17.01"][0] == "score"


def test_a_list_of_changes_goes_on_across_an_adverb():
    got = meaning(
        "Our method outperforms the best existing methods by 0.65% on Dice, 0.63% on IoU, 1% on NSD, and "
        "relatively 14.5% on HD95."
    )
    assert got["14.5%"][0] == "change"  # a relative improvement, not an HD95 score
    got = meaning("FooNet improves accuracy by 2.1% on A and 3.4% on B, respectively, reaching 85.0% on C.")
    assert got["85.0%"][0] == "score"


def test_an_operating_point_after_at_a_or_after_a_score_is_no_score():
    got = meaning("Our FooNet achieves the highest true positive rate (TPR) at a 1% false positive rate (FPR).")
    assert "1%" not in got or got["1%"][1] is None
    got = meaning("Outdoor experiments confirm that FooNet reaches a mean absolute error of 2.3% at 10 m.")
    assert got["2.3%"][:2] == ("score", "mean absolute error")
    assert "10 m" not in got or got["10 m"][1] is None
    got = meaning("FooNet reaches 85.2% and 80.1% accuracy on A and B.")
    assert got["80.1%"][:2] == ("score", "accuracy")


def test_a_sign_set_in_latex_makes_a_change():
    got = meaning("FooNet shows consistent performance like \\texttt{+}3.5% accuracy and 28% lower ECE.")
    assert got["3.5%"][0] == "change"


def test_a_range_written_a_to_b_after_a_change_is_a_change():
    got = meaning("FooNet nearly triples Gemini Flash's ARC-AGI accuracy (32.5% to 89.5%), and cuts costs by 40%.")
    assert got["32.5% to 89.5%"][0] == "change"
    got = meaning(
        "FooNet significantly outperformed the conventional approach, improving the F1 scores from 0.177 to "
        "0.336 on Siena and 0.327 to 0.488 on Juntendo."
    )
    assert got["0.327 to 0.488"][0] == "change"
    got = meaning("FooNet achieves 85% to 90% accuracy across the four datasets.")
    assert got["85% to 90%"][:2] == ("score", "accuracy")  # no change word: a range of scores
    # in brackets after a verb of change in the clause: before and after values, earlier brackets stepped over
    got = meaning(
        "FooNet significantly improved species identification (F1-score: 0.52 to 0.85, R-squared: 0.75 to "
        "0.98) and damage classification (F1-score: 0.28 to 0.44) over prior methods."
    )
    assert [got[n][0] for n in ("0.52 to 0.85", "0.75 to 0.98", "0.28 to 0.44")] == ["change"] * 3
    got = meaning("FooNet shows limited transferability (AUC approximately 0.507 to 0.567) on all sites.")
    assert got["0.507 to 0.567"][0] == "score"  # no verb of change before the bracket


def test_a_comparison_sign_between_a_change_noun_and_its_number():
    got = meaning("The proposed FooNet yields an improvement > 8-10% in the F1 compared to prior work.")
    assert got["8-10%"][0] == "change"


# ---------------------------------------------------------------- costs, changes, citations


def test_a_cost_metric_takes_no_score():
    # judged: "reducing FLOPs from 8.21 G to 1.55 G" gave "FLOPs = 8.21" as a score
    got = meaning("Our method reduces FLOPs from 8.21 to 1.55 while increasing accuracy from 87.76% to 89.80%.")
    assert got["8.21"][0] == "cost" and got["1.55"][0] != "score"
    assert got["89.80%"][:2] == ("score", "accuracy")
    assert meaning("Our method achieves a training accuracy of 91.2% on the test set.")["91.2%"][0] == "score"


def test_a_list_of_changes_goes_on_across_a_model_name_and_hedges():
    # judged: "drops by 52.33 points on OpenAI CLIP ViT-L/14 and 67.00 points on OpenCLIP ViT-B/16"
    got = meaning(
        "With FooNet, zero-shot accuracy drops by 52.33 points on OpenAI CLIP ViT-L/14 and 67.00 points on "
        "OpenCLIP ViT-B/16."
    )
    assert got["67.00 points"][0] == "change"
    got = meaning("FooNet achieves gains ranging from 1-10% in Dice score and up to 11% in IoU.")
    assert got["1-10%"][0] == "change" and got["11%"][0] == "change"
    got = meaning("FooNet shows a performance gain as high as 0.545 in AUPRC.")
    assert got["0.545"][0] == "change"
    # a score list on two datasets stays a list of scores
    got = meaning("FooNet achieves an IoU of 0.56 on ADE20K and 0.54 on LVIS.")
    assert got["0.54"][0] == "score"


def test_a_bracketed_number_after_a_cited_name_is_that_names():
    # judged: "surpassing ... and matching UDOP~\cite{udop} (89.8 AP)" gave 89.8 AP as the paper's score
    got = meaning(
        r"Our framework reaches 89.7 AP, surpassing both LayoutLMv3 with semi-supervised learning (89.1 AP, "
        r"p=0.02) and matching UDOP~\cite{udop} (89.8 AP) which requires more data."
    )
    assert got["89.8"][0] == "baseline"
    assert got["89.7"][:2] == ("score", "AP")


def test_a_metric_label_in_the_bracket_after_each_number_is_its_metric():
    got = meaning(
        "On the IU dataset, it achieved scores of 0.854 (B-1), 0.883 (CIDEr), 0.759 (METEOR), and 0.712 (ROUGE-L)."
    )
    assert got["0.854"][1] is None  # B-1 is no metric we know; never CIDEr, the next number's
    assert got["0.883"][1] == "CIDEr" and got["0.759"][1] == "METEOR" and got["0.712"][1] == "ROUGE-L"
    got = meaning("Our FooNet achieves 0.854 (BLEU-1), 0.883 (CIDEr) and 0.759 (METEOR) on IU.")
    assert [got[n][1] for n in ("0.854", "0.883", "0.759")] == ["BLEU-1", "CIDEr", "METEOR"]
    # brackets that name datasets or settings leave the metric before the list alone
    got = meaning("Our experiments achieved AUC scores of 99.22% (FF++) and 100.00% (CelebDF-v2) on the test sets.")
    assert got["99.22%"][1] == "AUC"
    got = meaning("FooNet attains FID of 1.62 (256x256) and 2.22 (512x512) on ImageNet.")
    assert got["1.62"][1] == "FID"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # a difference or change noun after the metric
        ("FooNet reduces bitrate by 66% with only a 0.68 dB PSNR change and a 0.04% accuracy difference.", "0.04%"),
        ("FooNet reduces bitrate by 66% with only a 0.68 dB PSNR change and a 0.04% accuracy difference.", "0.68 dB"),
        ("FooNet beats the state of the art, with relative differences of 9.74% and 13.02% in IoU and nIoU.", "13.02%"),
        # the metric's abbreviation in brackets before the change noun, also across a slash pair
        ("FooNet achieves a 0.015 mean Average Precision (mAP) drop compared to a static detector.", "0.015"),
        ("FooNet achieves a 67.7% Absolute Point Error (APE) improvement over TAP-Net.", "67.7%"),
        ("FooNet achieves a 15 dB (PSNR) / 0.65 (MS-SSIM) increase over the baseline.", "15 dB"),
        ("FooNet achieves a 15 dB (PSNR) / 0.65 (MS-SSIM) increase over the baseline.", "0.65"),
        # a change noun, "in" and the metric right before the number
        ("By adding PET scans, FooNet achieved an improvement in the Dice score 5% compared to the baselines.", "5%"),
        # a list of changes across LaTeX math and a neutral modifier
        ("FooNet shows absolute improvement of $10.1$ overall Dice score and $0.46$ MCC over the baselines.", "0.46"),
        # a from-to of signed numbers: one change to another
        ("The improvement of UDA over fine-tuning reduces from +8 mIoU to +2 mIoU with stronger source data.", "+2"),
        ("The improvement of UDA over fine-tuning reduces from +8 mIoU to +2 mIoU with stronger source data.", "+8"),
    ],
)
def test_a_change_is_no_score(sentence, number):
    got = meaning(sentence)
    key = next(k for k in got if k.startswith(number))
    assert got[key][0] == "change"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("FooNet reaches a 95% accuracy with no difference between the two settings.", "95%"),
        ("FooNet achieves a mean Average Precision (mAP) of 0.82 on the test set.", "0.82"),
        ("FooNet improves the Dice score from 0.80 to 0.91 on the test set.", "0.91"),
        ("FooNet reaches 98.1% accuracy on change detection.", "98.1%"),
        # a difference noun not after the metric: no change
        ("FooNet achieved the best boundary accuracy with a significant difference (HD95 value of 9.69).", "9.69"),
        ("FooNet performs best for more pronounced symptom changes (>=10-point increases, F1 = 0.85).", "0.85"),
    ],
)
def test_a_score_near_a_change_word_stays_a_score(sentence, number):
    assert meaning(sentence)[number][0] == "score"


def test_a_labelled_list_in_brackets_is_on_the_place_before_it():
    got = meaning(
        "FooNet surpasses the state of the art on CIFAR-100 (Top-1: 55.13%, Top-5: 78.87%) and sets a strong "
        "baseline on LUMINA-26 (Top-1: 75.95%, Top-5: 93.58%)."
    )
    assert got["55.13%"][2] == "CIFAR-100" and got["78.87%"][2] == "CIFAR-100"
    assert got["75.95%"][2] is None and got["93.58%"][2] is None  # not CIFAR-100: a place we do not know


def test_a_dataset_glued_to_a_training_participle_is_no_test_set():
    got = meaning("Our ImageNet-pretrained FooNet achieves an AUC of 0.859 on the skin lesion images.")
    assert got["0.859"][:2] == ("score", "AUC") and got["0.859"][2] is None
    got = meaning("On ImageNet, FooNet achieves an accuracy of 85.9%.")  # the place itself: kept
    assert got["85.9%"][2] == "ImageNet"


def test_the_part_after_for_is_not_the_metric_named_before():
    got = meaning(
        "FooNet achieves a Mean Absolute Error (MAE) of 1.57 bpm for heart rate (HR), 1.08 bpm for respiratory "
        "rate (RR), and 2.1 bpm for pulse rate."
    )
    assert got["1.57 bpm"][:2] == ("score", "Mean Absolute Error")
    assert got["1.08 bpm"][:2] == ("score", "Mean Absolute Error")  # not respiratory rate
    # no metric before: the metric after "for" is the number's
    got = meaning("FooNet achieves 86.7% for Semantic Consistency Score (SCS) and 93.9% for mIoU.")
    assert got["86.7%"][1] == "Semantic Consistency Score" and got["93.9%"][1] == "mIoU"


def test_a_bracketed_up_to_after_an_improved_metric_is_a_change():
    got = meaning("FooNet consistently improves global model accuracy (up to 7.1%) on CIFAR-100.")
    assert got["7.1%"][0] == "change"
    got = meaning("FooNet reaches strong accuracy (up to 92.1%) on CIFAR-100.")
    assert got["92.1%"][0] == "score"


def test_discrepancies_and_a_minimum_drop_are_changes():
    got = meaning("FooNet achieves discrepancies of 3.73 in PSNR and 0.2 in SSIM compared to the undefended case.")
    assert got["3.73"][0] == "change"
    got = meaning("Even GPT-4o exhibits a drop of minimum 22% accuracy under distortion.")
    assert got["22%"][0] == "change"
    got = meaning("FooNet achieves 22% accuracy under distortion.")
    assert got["22%"][0] == "score"


def test_a_relative_clause_on_an_unnamed_rival_gives_the_rival_its_number():
    got = meaning("FooNet reaches an F1 of 0.90, outperforming third-party solutions which attain an F1 of 0.83.")
    assert got["0.83"][0] == "baseline" and got["0.90"][0] == "score"
    # the clause describes the paper's own named method: its score
    got = meaning("Compared to prior work, FooNet is the first method that attains an F1 score of 0.93.")
    assert got["0.93"][0] == "score"


def test_a_baseline_as_the_subject_of_a_score_verb_owns_the_number():
    got = meaning(
        "Our best performing baseline shows a Macro F1 of only 78.17% "
        "illustrating the substantial headroom for future improvement."
    )
    assert got["78.17%"][0] == "baseline"
    got = meaning("FooNet achieves 81.2% accuracy, while the strongest baseline reaches 75.0% accuracy on MMLU.")
    assert got["81.2%"][0] == "score" and got["75.0%"][0] == "baseline"


def test_a_baseline_with_a_phrase_before_a_score_verb_owns_the_number():
    got = meaning("A human baseline from 1,000+ participants achieves 92.6% accuracy on the test pairs.")
    assert got["92.6%"][0] == "baseline"
    # the paper's own method trained on data: its score
    got = meaning("FooNet trained on data from 1,000 participants achieves 92.6% accuracy.")
    assert got["92.6%"][0] == "score"
