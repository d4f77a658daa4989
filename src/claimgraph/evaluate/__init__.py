"""Score extracted papers against a gold file (annotation guide, "Scoring").

Typical use::

    from claimgraph.evaluate import evaluate, load_annotations
    report = evaluate(load_annotations("gold.jsonl"), load_annotations("pred.jsonl"))
    report.row("Model").f1

Everything here is pure: no spaCy, no extractor imports.
"""

from __future__ import annotations

from claimgraph.errors import InputError
from claimgraph.evaluate.annotations import (
    GoldClaim,
    GoldEntity,
    GoldQuantity,
    PairRelation,
    PaperAnnotation,
    load_annotations,
    parse_paper,
)
from claimgraph.evaluate.counts import Accuracy, Counts, max_matching
from claimgraph.evaluate.report import ROW_NAMES, PaperCoverage, Report, evaluate, pair_papers
from claimgraph.evaluate.scoring import match_claims, score_paper

__all__ = [
    "ROW_NAMES",
    "Accuracy",
    "Counts",
    "GoldClaim",
    "GoldEntity",
    "GoldQuantity",
    "InputError",
    "PaperAnnotation",
    "PaperCoverage",
    "PairRelation",
    "Report",
    "evaluate",
    "load_annotations",
    "match_claims",
    "max_matching",
    "pair_papers",
    "parse_paper",
    "score_paper",
]
