"""Issue #17, sample W: a baseline noun heading its clause's subject owns the clause's number, a number
traded away is a change, "from a to under b" is still a from-to pair and "TPR @ 1% FPR" sets an operating
point (hand-written sentences)."""

from __future__ import annotations

import pytest

from claimgraph.extract import extract
from claimgraph.ingest.model import Paper


def roles(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    """quantity text -> (role, metric) of the claim made by ``sentence`` after "We propose FooNet."."""
    [ex] = list(extract([Paper(id="p", title="", abstract="We propose FooNet. " + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return {c.quantity: (c.role, c.metric) for c in claims[0].comparisons}


# --- a baseline noun with a phrase or a bracket after it, heading the clause's subject


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("A keyword baseline using exact string matching alone achieves an F1 of 0.61 on the test split.", "0.61"),
        (
            "A small convolutional baseline (2M parameters) reaches an accuracy of 71.4% on the held-out split, "
            "which FooNet improves by 6.1 points.",
            "71.4%",
        ),
        (
            "Notably, simple baselines (a linear probe and a shallow MLP) obtain 64.2% accuracy, and FooNet "
            "outperforms them by 9 points.",
            "64.2%",
        ),
    ],
)
def test_a_baseline_heading_the_clause_owns_its_number(sentence, number):
    assert roles(sentence)[number][0] == "baseline"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("FooNet outperforms a strong baseline using dense retrieval and achieves an F1 of 0.83.", "0.83"),
        ("Compared with the baseline, FooNet achieves an accuracy of 88.0% on the held-out split.", "88.0%"),
        ("FooNet, unlike a baseline using plain retrieval, reaches an F1 of 0.79 on the test split.", "0.79"),
    ],
)
def test_a_baseline_inside_a_phrase_or_another_clause_does_not(sentence, number):
    assert roles(sentence)[number][0] == "score"


# --- a number traded away is a change


def test_a_number_after_a_trade_verb_is_a_change():
    got = roles("FooNet trades 1.5% accuracy for a fourfold smaller memory footprint on ImageNet.")
    assert got["1.5%"][0] == "change"
    got = roles("With early stopping, FooNet can exchange 0.8% accuracy for a 12% gain in calibration.")
    assert got["0.8%"][0] == "change"


def test_a_score_after_a_trading_clause_stays_a_score():
    got = roles("FooNet reaches 79.3% accuracy while trading off some speed for robustness.")
    assert got["79.3%"][0] == "score"


# --- "from a to under b": a is the earlier system's, b a bound


def test_from_a_to_under_b_pairs_the_numbers():
    got = roles("FooNet lowers the attack success rate from 92% to under 5% on all three attacks.")
    assert got["92%"][0] == "baseline"
    assert got["5%"][0] is None  # a bound, no score


def test_from_a_to_b_is_unchanged():
    got = roles("FooNet raises the accuracy from 61.0% to 75.5% on all three datasets.")
    assert got["61.0%"][0] == "baseline"
    assert got["75.5%"][0] == "score"


# --- "@" before a number and its metric sets an operating point, as "at" does


def test_a_number_after_an_at_sign_and_before_its_metric_is_an_operating_point():
    got = roles("FooNet reaches 41.2% TPR @ 1% FPR on the held-out split, well above every baseline.")
    assert got["41.2%"] == ("score", "TPR")
    assert got.get("1%", (None, None))[0] is None  # the operating point, no false positive rate of 1%


def test_a_metric_glued_to_an_at_sign_keeps_its_number():
    got = roles("FooNet reaches 0.83 Recall@10 and 71.2% mAP on the held-out split.")
    assert got["0.83"] == ("score", "Recall@10")


# --- a label of letters and digits before "of" opens another measure in a list


def test_a_label_before_of_keeps_the_list_metric_off_the_number():
    got = roles("FooNet achieves a Top-1 accuracy of 42.8% and Top-3 of 68.0% on the held-out split.")
    assert got["42.8%"] == ("score", "Top-1 accuracy")
    assert got["68.0%"][1] != "Top-1 accuracy"


def test_a_plain_list_after_a_metric_keeps_it():
    got = roles("FooNet achieves an accuracy of 85.2% on CIFAR-10 and 80.1% on CIFAR-100.")
    assert got["80.1%"] == ("score", "accuracy")
