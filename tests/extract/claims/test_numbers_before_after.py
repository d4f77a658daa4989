"""Issue #17: the value before a change written with arrows or with words between "from" and "to",
bounds after articles and in lists, and operating points are no absolute scores (hand-written
sentences, LaTeX forms too)."""

from __future__ import annotations

import pytest

from claimgraph.extract import extract
from claimgraph.ingest.model import Paper


def roles(sentence: str) -> dict[str, str | None]:
    """quantity text -> role of the claim made by ``sentence``."""
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: c.role for c in claims[0].comparisons}


def scores(sentence: str) -> set[str]:
    return {q for q, role in roles(sentence).items() if role == "score"}


# ---------------------------------------------------------------- the value before a change


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ("FooNet yields strong gains on hard tasks (15.8%$\\to$26.3% accuracy).", "15.8%"),
        ("FooNet yields strong gains on hard tasks (15.8%$\\rightarrow$26.3% accuracy).", "15.8%"),
        ("FooNet raises task accuracy from MCC~$0.43$ to $0.88$.", "0.43"),
        (
            "FooNet outperforms a larger model, with an uplift of 7.43 pp in execution accuracy (from 81.43 percent "
            "on the 8B model to "
            "88.86 percent on the 3B model).",
            "81.43 percent",
        ),
    ],
)
def test_the_value_before_a_change_is_no_score(sentence, before):
    assert not any(before in q for q in scores(sentence))


def test_an_arrow_between_separate_numbers_keeps_before_and_after():
    found = roles("FooNet improves accuracy (15.8% $\\rightarrow$ 26.3%) on GSM8K.")
    assert found["15.8%"] == "baseline"
    assert found["26.3%"] == "score"


def test_a_size_between_from_and_to_keeps_the_score_after():
    found = roles("FooNet raises accuracy from 81.43% on the 8B model to 88.86% on the 3B model.")
    assert found["81.43%"] == "baseline"
    assert found["88.86%"] == "score"


def test_a_size_without_from_is_no_change():
    found = roles("FooNet reaches 81.4% accuracy with the 8B model and 88.9% with the 70B model.")
    assert found["81.4%"] == "score"


# ---------------------------------------------------------------- bounds


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Our evaluations reveal that none of the models exceed a 22% overall success rate.", "22%"),
        ("All seven architectures exceeded 90% test accuracy.", "90%"),
        ("FooNet is competitive, surpassing 70% accuracy with as few as five labeled samples.", "70%"),
        ("We evaluated 10 LLMs, revealing that they struggle -- under 50% precision and 65% recall.", "65%"),
        ("We evaluated 10 LLMs, revealing that they struggle, with $<$ 50% precision and 65% recall.", "65%"),
    ],
)
def test_a_bound_is_no_score(sentence, number):
    assert number not in scores(sentence)


def test_a_list_after_a_plain_score_keeps_its_scores():
    assert {"50%", "65%"} <= scores("FooNet reaches 50% precision and 65% recall on FooBench.")


# ---------------------------------------------------------------- operating points


@pytest.mark.parametrize(
    ("sentence", "number", "score"),
    [
        (
            "A True Match Rate (TMR) of 96.77 percent was obtained at a False Match Rate (FMR) of 1 percent "
            "on the LFW dataset.",
            "1 percent",
            "96.77 percent",
        ),
        ("FooNet reaches a TPR of 0.47 at an FPR of 0.01 on the S1 dataset.", "0.01", "0.47"),
        ("FooNet reaches a TPR of $0.47$ at an FPR of $0.01$ on the S1 dataset.", "0.01", "0.47"),
    ],
)
def test_an_operating_point_is_no_score(sentence, number, score):
    found = scores(sentence)
    assert not any(number in q for q in found)
    assert any(score in q for q in found)


def test_a_rating_after_at_about_is_a_setting():
    assert "1600" not in scores("Tension increases with expertise at about 1600 Elo and again at 2300 Elo.")


def test_a_score_before_an_operating_point_stays():
    assert "0.91" in scores("FooNet achieves 0.91 F1 at a 5% FPR on SQuAD.")


def test_a_range_in_latex_math_is_no_change():
    found = roles("Our encoders achieve AUROC $= 0.97$ to $0.99$ on the clinical notes.")
    assert "baseline" not in found.values()


# ---------------------------------------------------------------- a change does not spread past its list


def test_a_score_after_a_gap_in_another_clause_stays_a_score():
    found = roles("FooNet shows a gap of 0.05 in F1 between groups while reaching 0.91 F1.")
    assert found["0.05"] == "change"
    assert found["0.91"] == "score"


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet gives a 17% reduction in CD and 26% in LPIPS.",
        "FooNet yields gains of 13.56% on consistency and 13.37% on accuracy.",
        "FooNet improves results by 7% on semantic similarity, 11% on pixel quality.",
    ],
)
def test_a_change_spreads_over_its_list(sentence):
    assert "score" not in roles(sentence).values()


# ---------------------------------------------------------------- correlations and dataset names


def metrics(sentence: str) -> dict[str, str | None]:
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: c.metric for c in claims[0].comparisons}


def test_a_correlation_with_a_metric_is_no_score_of_it():
    found = metrics(
        "By using FooNet, the correlation with human judgments improves significantly, from 0.17 (EM) and "
        "0.36 (F1-score) to 0.85."
    )
    assert found["0.85"] is None


def test_a_correlation_metric_keeps_its_own_number_and_the_next_score_its_metric():
    found = metrics("FooNet shows a Spearman correlation of 0.74 with human judgments and reaches 0.91 F1.")
    assert found["0.74"] == "Spearman correlation"
    assert found["0.91"] == "F1"


def test_a_metric_name_before_a_dataset_noun_is_the_data():
    found = metrics("Our models achieve accuracies of 64.9% on the ImageReward test set.")
    assert found.get("64.9%") != "ImageReward"


def test_a_change_on_a_metric_keeps_it():
    found = metrics("FooNet improves by 2.1% on mIoU and reaches 45.1 mIoU on ADE20K.")
    assert found["2.1%"] == "mIoU"
    assert found["45.1"] == "mIoU"


@pytest.mark.parametrize(
    ("sentence", "number", "metric"),
    [
        ("FooNet finds strong linear correlation with FooBench scores ($R^2 = 0.91$, $p < 0.001$).", "0.91", "R^2"),
        (
            "FooNet identifies an optimal moderate correlation target of 0.3, achieving 69.2% accuracy overall.",
            "69.2%",
            "accuracy",
        ),
    ],
)
def test_a_labelled_number_or_a_score_after_a_correlation_keeps_its_metric(sentence, number, metric):
    assert metrics(sentence)[number] == metric


def test_a_bound_after_a_spaced_dash_is_no_score():
    sentence = "FooNet improves sample efficiency in low-resource settings - surpassing 70% accuracy with five samples."
    assert "70%" not in scores(sentence)
