"""Pair gold and predicted papers and sum their scores into one report.

Pairing rules:

- papers are paired by ``id``;
- a predicted paper whose id is not in the gold file is paired by title when
  its title (case-folded, whitespace collapsed, non-empty) equals the title
  of exactly one gold paper still unpaired (ids made by different tools for
  the same paper);
- a gold paper left without a prediction scores as an empty prediction: all
  its items are false negatives;
- a predicted paper left without a gold paper is ignored (the gold file
  decides which papers are measured) and listed in ``papers.ignored``.

All rows are micro averages: counts are summed over papers, then the ratios
are computed once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimgraph.evaluate.annotations import PaperAnnotation
from claimgraph.evaluate.counts import Accuracy, Counts
from claimgraph.evaluate.scoring import score_paper
from claimgraph.vocabulary import ENTITY_TYPES, PAIR_RELATIONS

#: Row names of a report, in display order. ``entities`` sums the five entity
#: types; ``relations`` sums the three pair relations (the file's
#: ``relations`` list; ``proposes`` is its own row).
ROW_NAMES: tuple[str, ...] = (
    *ENTITY_TYPES,
    "entities",
    "quantities",
    "proposes",
    "claims",
    *PAIR_RELATIONS,
    "relations",
)


@dataclass(frozen=True, slots=True)
class PaperCoverage:
    """Which papers were scored and how they were paired."""

    gold: int
    by_id: int
    by_title: int
    missing: tuple[str, ...]
    ignored: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "gold": self.gold,
            "matched_by_id": self.by_id,
            "matched_by_title": self.by_title,
            "missing": list(self.missing),
            "ignored": list(self.ignored),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Micro-averaged scores of a predicted file against a gold file."""

    rows: tuple[tuple[str, Counts], ...]
    claim_type: Accuracy
    claim_subject: Accuracy
    claim_hedged: Accuracy
    claim_quantities: Counts
    papers: PaperCoverage

    def row(self, name: str) -> Counts:
        """The counts of one row (see :data:`ROW_NAMES`).

        Raises
        ------
        KeyError
            For an unknown row name.
        """
        for row_name, counts in self.rows:
            if row_name == name:
                return counts
        raise KeyError(name)

    def as_dict(self) -> dict[str, object]:
        """The whole report as a JSON-ready dict."""
        return {
            "rows": {name: counts.as_dict() for name, counts in self.rows},
            "claim_matched_pairs": {
                "type": self.claim_type.as_dict(),
                "subject": self.claim_subject.as_dict(),
                "hedged": self.claim_hedged.as_dict(),
                "quantities": self.claim_quantities.as_dict(),
            },
            "papers": self.papers.as_dict(),
        }


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def pair_papers(
    gold: Iterable[PaperAnnotation], pred: Iterable[PaperAnnotation]
) -> tuple[list[tuple[PaperAnnotation, PaperAnnotation | None]], PaperCoverage]:
    """Pair each gold paper with its prediction (see the module docstring).

    Returns
    -------
    pairs : list of (PaperAnnotation, PaperAnnotation or None)
        One entry per gold paper, in gold order.
    coverage : PaperCoverage
    """
    gold = list(gold)
    pred = list(pred)
    gold_ids = {g.id for g in gold}
    pred_by_id = {p.id: p for p in pred}
    paired: dict[str, PaperAnnotation] = {g.id: pred_by_id[g.id] for g in gold if g.id in pred_by_id}
    by_id = len(paired)
    unpaired_titles: dict[str, list[str]] = {}
    for g in gold:
        if g.id not in paired and _title_key(g.title):
            unpaired_titles.setdefault(_title_key(g.title), []).append(g.id)
    ignored = []
    for p in pred:
        if p.id in gold_ids:
            continue
        candidates = unpaired_titles.get(_title_key(p.title), []) if _title_key(p.title) else []
        if len(candidates) == 1 and candidates[0] not in paired:
            paired[candidates[0]] = p
        else:
            ignored.append(p.id)
    pairs = [(g, paired.get(g.id)) for g in gold]
    coverage = PaperCoverage(
        gold=len(gold),
        by_id=by_id,
        by_title=len(paired) - by_id,
        missing=tuple(g.id for g in gold if g.id not in paired),
        ignored=tuple(ignored),
    )
    return pairs, coverage


def evaluate(gold: Iterable[PaperAnnotation], pred: Iterable[PaperAnnotation]) -> Report:
    """Score predicted papers against gold papers by the guide's "Scoring".

    Parameters
    ----------
    gold, pred : iterable of PaperAnnotation
        As read by :func:`claimgraph.evaluate.load_annotations`.

    Returns
    -------
    Report
        Micro-averaged counts per row plus the claim scores on matched pairs.
    """
    pairs, coverage = pair_papers(gold, pred)
    totals = {name: Counts() for name in ROW_NAMES}
    ctype, subject, hedged, quantities = Accuracy(), Accuracy(), Accuracy(), Counts()
    for gold_paper, pred_paper in pairs:
        score = score_paper(gold_paper, pred_paper)
        for name, counts in score.counts.items():
            totals[name] += counts
        ctype += score.claims.type
        subject += score.claims.subject
        hedged += score.claims.hedged
        quantities += score.claims.quantities
    for name in ENTITY_TYPES:
        totals["entities"] += totals[name]
    for name in PAIR_RELATIONS:
        totals["relations"] += totals[name]
    return Report(
        rows=tuple((name, totals[name]) for name in ROW_NAMES),
        claim_type=ctype,
        claim_subject=subject,
        claim_hedged=hedged,
        claim_quantities=quantities,
        papers=coverage,
    )
