"""Metric names at a cut-off are their own metrics: a user reading "NDCG = 0.75" for "NDCG@5 = 0.75" or
"mean average precision" for "mAP50" would misread the number (issue #17)."""

from __future__ import annotations

import pytest

from claimgraph.extract.lexicons import load_lexicon, metric_directions


@pytest.mark.parametrize(
    ("form", "generic"),
    [
        ("mAP50", "mAP"),
        ("mAP@0.5:0.95", "mAP"),
        ("AP50", "AP"),
        ("HD95", "Hausdorff distance"),
        ("R@1", "R@k"),
        ("NDCG@5", "NDCG"),
        ("MRR@10", "MRR"),
        ("P@1", "P@k"),
        ("top-3 accuracy", "accuracy"),
    ],
)
def test_cut_off_metrics_are_separate_entries(form, generic):
    owner = {f: e.name for e in load_lexicon().entries if e.type == "Metric" for f in e.forms}
    assert owner[form] != owner[generic]
    assert form.lower() in metric_directions()
