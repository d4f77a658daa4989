"""Session 19: a gain that a finding only reports, and "competitive" without a rival (hand-written cases)."""

from __future__ import annotations

from tests.extract.claims.test_detection import one


def test_a_gain_inside_a_reported_clause_about_no_own_work_is_a_finding():
    # realabs: "Extensive experiments ... demonstrate that action locality is essential for boosting sample
    # efficiency", "we observe that neural networks ... better remember samples near class centers"
    sentence = "Extensive experiments demonstrate that action locality is essential for boosting sample efficiency."
    assert one(sentence).type == "finding"
    sentence = "We further show that data diversity and instruction supervision improve instruction sensitivity."
    assert one(sentence).type == "finding"


def test_a_gain_of_the_own_work_in_a_reported_clause_stays_an_improvement():
    # a self-reference or the proposed name before the gain word: the paper's own gain
    assert one("Experiments show that our method improves robustness on GLUE.").type == "improvement"
    assert one("Our results demonstrate that FooNet improves robustness.").type == "improvement"
    # t3k: "Experiments show that our pretraining significantly boosts segmentation accuracy"
    assert one("Experiments show that our pretraining significantly boosts accuracy.").type == "improvement"
    # the gain as the finding verb's object, with no reported clause
    assert one("Experiments on GLUE show consistent improvements.").type == "improvement"


def test_a_reported_gain_with_numbers_stays_an_improvement():
    # realabs: "reveal that Multi-Agent discussion can improve small model performance, with up to 10.6% increase"
    sentence = "Experiments reveal that multi-agent discussion improves accuracy by 10.6%."
    assert one(sentence, {"10.6%": (10.6, "%")}).type == "improvement"


def test_competitive_without_a_rival_is_no_comparison():
    # realabs: "Extensive experiments demonstrate that GT-PCQA achieves competitive performance and exhibits
    # strong generalization", "our approach achieves competitive results on standard geo-localization tasks"
    sentence = "Extensive experiments demonstrate that FooNet achieves competitive performance and generalizes well."
    assert one(sentence).type == "finding"
    assert one("Additionally, our approach achieves competitive results on GLUE.").type != "comparison"


def test_competitive_with_a_rival_is_a_comparison():
    assert one("FooNet is competitive with GPT-4 on GLUE.").type == "comparison"
    assert one("FooNet achieves competitive accuracy compared to BERT on GLUE.").type == "comparison"
    # "comparable" keeps its implied rival ("while maintaining comparable quality")
    assert one("FooNet reduces latency by 40% while maintaining comparable accuracy.", {"40%": (40.0, "%")}).type == (
        "efficiency"
    )


def test_a_gain_that_an_analysis_or_ablation_reports_is_a_finding():
    # session 25: the analysis or ablation is the finding verb's subject and the reported clause names no
    # work of the paper's own: it explains how the work behaves
    sentence = "Ablation studies further confirm that these gains come mainly from the shared memory bank."
    assert one(sentence).type == "finding"
    sentence = "Our analysis shows that both retrieval and reranking improve answer quality."
    assert one(sentence).type == "finding"
    assert one("Further analyses reveal that depth cues outperform color cues in cluttered scenes.").type == "finding"


def test_an_analysis_that_reports_the_own_work_or_a_gain_over_a_baseline_keeps_its_type():
    # the paper's own method in the reported clause: its gain
    sentence = "Ablation studies show that our method improves robustness on noisy inputs."
    assert one(sentence).type == "improvement"
    # the authors report ("Through ..., we show"), or the experiments do
    sentence = "Through ablation studies, we show that the memory bank improves answer quality."
    assert one(sentence).type == "improvement"
    sentence = "Experiments and ablation studies show that the memory bank improves answer quality."
    assert one(sentence).type == "improvement"
    # a gain measured against a baseline stays a comparison
    sentence = "Further analysis shows significant improvements over the BERT baseline on GLUE."
    assert one(sentence).type == "comparison"
