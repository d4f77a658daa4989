"""Changes listed after a bracket or in LaTeX, ranges of scores set in LaTeX math or listed after "ranging
from", and a metric that names an operating point ("TPR@1% FPR"): hand-written sentences."""

from __future__ import annotations

import pytest

from claimgraph.extract import extract
from claimgraph.extract.quantities.numbers import find_quantities
from claimgraph.ingest.model import Paper


def comparisons(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    """quantity text -> (role, metric) of the claim made by ``sentence``."""
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: (c.role, c.metric) for c in claims[0].comparisons}


def ranges(text: str) -> list[tuple[float, float | None]]:
    return [(q.value, q.high) for q in find_quantities(text)]


# ---------------------------------------------------------------- a list of changes goes on


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        (
            "FooNet improved accuracy by 3.3 percentage points (from 87.1% to 90.4%) and 1.4 points in macro-F1.",
            "1.4 points",
        ),
        (
            "FooNet outperforms prior methods by approximately $\\textbf{16.3%}$ in FID and $\\textbf{35.2%}$ in PER.",
            "35.2%",
        ),
    ],
)
def test_a_list_of_changes_goes_on_after_a_bracket_or_latex(sentence, change):
    found = comparisons(sentence)
    [key] = [q for q in found if change in q]
    assert found[key][0] == "change"


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("FooNet improves recall by 4.2 points (12.5% relative) in top-1 recall and 3.9 points in F1.", "3.9 points"),
        ("FooNet raises agreement by 7.5% (0.61->0.66) for PSNR and 6.3% (0.52->0.55) for SSIM.", "6.3%"),
    ],
)
def test_a_list_of_changes_goes_on_after_a_bracket_and_its_place(sentence, change):
    found = comparisons(sentence)
    [key] = [q for q in found if change in q]
    assert found[key][0] == "change"


def test_a_score_after_a_bracketed_score_and_its_place_is_no_change():
    found = comparisons("FooNet reaches 90.1% accuracy (87.1% for the baseline) on CIFAR-10 and 0.85 macro-F1 on SVHN.")
    assert found["0.85"][0] != "change"


def test_a_number_after_a_bracket_that_follows_a_score_is_no_change():
    found = comparisons("FooNet reaches 90.1% accuracy (87.1% for the baseline) and 0.85 macro-F1.")
    assert found["0.85"][0] != "change"


def test_a_number_after_a_bracket_with_a_clause_break_is_not_carried():
    found = comparisons("FooNet improves accuracy by 3.3% (see Table 2; from 87.1% to 90.4%) and 0.85 macro-F1.")
    assert found["0.85"][0] != "change"


# ---------------------------------------------------------------- ranges in LaTeX math


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reaches $31.0$-$42.4%$ top-1 accuracy", [(31.0, 42.4)]),
        ("achieves AUROC $= 0.97$ to $0.99$ overall", [(0.97, 0.99)]),
        ("with errors $0.008\\text{--}0.070$ overall", [(0.008, 0.07)]),
        ("Dice scores ranging from 88.7% to 92.9% and IoU scores from 66.3% to 93.3%", [(88.7, 92.9), (66.3, 93.3)]),
    ],
)
def test_ranges_set_in_math_or_listed_after_ranging_from(text, expected):
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("improves F1 from $41.1%$ to $80.1%$ on X", [(41.1, None), (80.1, None)]),
        ("improves F1 from $= 0.41$ to $0.80$ on X", [(0.41, None), (0.8, None)]),
        ("ranging from 1% to 2% and improves accuracy from 61% to 75%", [(1.0, 2.0), (61.0, None), (75.0, None)]),
    ],
)
def test_from_to_in_math_or_after_another_range_stays_a_change(text, expected):
    assert ranges(text) == expected


def test_a_latex_range_is_one_score():
    found = comparisons("FooNet achieves AUROC $= 0.97$ to $0.99$ on our benchmark.")
    assert [role for role, _ in found.values()] == ["score"]


# ---------------------------------------------------------------- a metric naming an operating point


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet achieves an AUC of 0.918 and a TPR@1% FPR of 0.470 on the S1 dataset.",
        "FooNet achieves an AUC of 0.918 and a TPR at 1% FPR of 0.470 on the S1 dataset.",
    ],
)
def test_a_metric_after_an_operating_point_is_not_the_number_s(sentence):
    found = comparisons(sentence)
    assert found["0.918"] == ("score", "AUC")
    assert found["0.470"][1] is None


def test_a_metric_after_a_plain_number_keeps_it():
    found = comparisons("FooNet achieves an AUC of 0.918 and an FPR of 0.047 on the S1 dataset.")
    assert found["0.047"][1] == "FPR"


# ---------------------------------------------------------------- a change noun before the number, or after its metric


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Our results show that pruning degrades FooNet on long inputs (up to 41% accuracy deterioration).", "41%"),
        ("FooNet beats the quantized baselines by achieving average improvement in 12.4% Recall@20.", "12.4%"),
        ("FooNet brings steady gains, up to 9.25% in accuracy and 7.5% in F1, over the baselines.", "9.25%"),
        ("FooNet brings steady gains, up to 9.25% in accuracy and 7.5% in F1, over the baselines.", "7.5%"),
    ],
)
def test_a_change_noun_before_or_after_makes_a_change(sentence, change):
    assert comparisons(sentence)[change][0] == "change"


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("FooNet shows consistent gains and reaches 91.3% accuracy on the held-out split.", "91.3%"),
        ("Despite the gains, FooNet reaches 91.3% accuracy on the held-out split.", "91.3%"),
    ],
)
def test_a_score_after_a_change_noun_in_another_phrase_stays_a_score(sentence, score):
    assert comparisons(sentence)[score] == ("score", "accuracy")


# ---------------------------------------------------------------- a list of measures longer than its known metrics


def test_numbers_paired_with_measures_we_do_not_know_take_no_metric():
    found = comparisons(
        "FooNet achieves 91.2%, 84.6%, and 79.9% for accuracy, balanced-precision, and bal-anced-recall, respectively."
    )
    assert found["91.2%"] == ("score", "accuracy")
    assert found["84.6%"][1] is None and found["79.9%"][1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet achieves 91.2% and 84.6% in accuracy, on the clean and noisy splits, respectively.",
        "FooNet achieves 91.2% and 84.6% in accuracy, respectively, on the clean and noisy splits.",
    ],
)
def test_one_metric_for_numbers_on_several_places_is_kept(sentence):
    found = comparisons(sentence)
    assert found["91.2%"][1] == "accuracy" and found["84.6%"][1] == "accuracy"


# ---------------------------------------------------------------- a metric that moves "from a to b"


def test_each_metric_moving_from_a_to_b_keeps_its_own_numbers():
    found = comparisons(
        "FooNet beats the baseline, with MSE falling from 21.0 to 6.2, RMSE falling from 4.6% to 2.5%, "
        "and $R^2$ rising from 0.91 to 0.97."
    )
    assert found["2.5%"][1] == "RMSE"
    assert found["4.6%"][1] == "RMSE"
    assert found["0.97"][1] == "R^2"


def test_a_number_before_a_metric_that_moves_from_nothing_still_takes_it():
    found = comparisons("FooNet reaches 85.2% and 80.1% accuracy, rising over the baseline.")
    assert found["85.2%"][1] == "accuracy"


# ---------------------------------------------------------------- a number inside a bracket after its metric


def test_a_number_in_a_bracket_keeps_the_metric_before_it_not_the_one_after():
    found = comparisons(
        "FooNet improves performance by 2.1 points in recall (from 70.2% to 72.3%) and 0.9 points in AUC."
    )
    assert found["72.3%"] == ("score", "recall")
    assert found["0.9 points"][1] == "AUC"


def test_a_number_in_a_bracket_takes_no_metric_named_after_the_bracket():
    found = comparisons(
        "FooNet raises F1 from low values (0.41 and 0.48) to 0.77, and increases recall at a fixed threshold."
    )
    assert found["0.48"][1] != "recall"


def test_numbers_listed_before_their_metric_outside_brackets_still_share_it():
    found = comparisons("FooNet reaches 85.2% (+3.1) and 80.1% accuracy on the test set.")
    assert found["85.2%"][1] == "accuracy"
