"""Leaderboards from the numeric claims of the graph.

A claim joined to a Dataset (``dataset`` edge) that states a score-like
quantity (unit ``%``, ``points``, ``x``, ``dB``, a physical unit such as ``m`` or none; see
:data:`SCORE_UNITS`) gives one row per quantity:
the model the number's comparison names (the sentence ties the number to it:
"SD3.5 Large reaches 0.65"), else the claim's ``subject`` (Model or Method), the value, the metric and the
quoted sentence. The metric of a quantity is the ``metric`` of its entry in
the claim's ``comparisons``; else the claim's ``metric`` entity named in the
quantity's ``measures`` (``"92%"`` measuring ``"accuracy"``); else it is
unknown and the quantity gives no row. A metric known as a Metric node is shown by its label. Whether
higher is better comes from the comparison's ``higher_is_better``; else from
:data:`HIGHER_IS_BETTER` (the metrics lexicon); else it is unknown (None, sorted as higher-better).

Only numbers whose comparison ``role`` is an absolute ``"score"`` give rows
by default (``roles=`` asks for others, e.g. ``("score", "change")``); a
baseline's score, a size, a cost or a number of unknown role never does. A
number gives a row only when its metric is known: a number the extractor
bound to no metric is no leaderboard row. A comparison gives a row for the
dataset it names only; one that names no dataset, or a dataset the claim does
not link, gives none (a sentence with several datasets does not say which the
number is on). Claims built before roles existed (no ``role`` key in any
comparison) keep the older reading: every score-like quantity, on every
dataset of the claim. The older reading applies only to a graph with no role at all: in a graph built
with roles, a number without a comparison (the extractor gave it no meaning) gives no row.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from claimgraph.analysis.common import entity_names, find_entity, name_key, targets
from claimgraph.extract.lexicons import metric_directions
from claimgraph.extract.quantities.units import SCORE_UNITS

__all__ = ["HIGHER_IS_BETTER", "SCORE_ROLES", "SCORE_UNITS", "LeaderboardRow", "leaderboard", "metric_direction"]

#: The comparison roles that give leaderboard rows by default: absolute scores only.
SCORE_ROLES: tuple[str, ...] = ("score",)

#: Direction of every metric form the lexicon knows (``lexicons/metrics.jsonl``), keyed by
#: :func:`~claimgraph.analysis.common.name_key`.
HIGHER_IS_BETTER: dict[str, bool] = {
    name_key(form): higher for form, (higher, _) in metric_directions().items() if higher is not None
}


def metric_direction(metric: str | None) -> bool | None:
    """Return True (higher is better), False, or None for an unknown metric.

    Examples
    --------
    >>> metric_direction("Accuracy"), metric_direction("perplexity"), metric_direction("vibes")
    (True, False, None)
    """
    if not metric:
        return None
    return HIGHER_IS_BETTER.get(name_key(metric))


@dataclass(frozen=True)
class LeaderboardRow:
    """One score stated by one claim.

    ``rank`` is 1-based within the rows of the same dataset, metric and
    ``relative`` flag (ties share a rank); ``relative`` rows are gains over a
    baseline, not absolute scores.
    """

    rank: int
    subject: str | None
    subject_label: str | None
    value: float
    high: float | None
    unit: str | None
    metric: str | None
    metric_key: str | None
    higher_is_better: bool | None
    relative: bool
    dataset: str
    dataset_label: str
    paper: str
    claim: str
    quantity: str
    sentence: str
    hedged: bool


def _metric_key(G: nx.MultiDiGraph, metric: str | None, measures: str | None, metric_nodes: list[str]) -> str | None:
    """The Metric node of a quantity: named by its comparison, else named inside its ``measures``."""
    if metric is None:
        measured = name_key(measures or "")
        inside = [n for n in metric_nodes if measured and any(k in measured for k in entity_names(G.nodes[n]))]
        return inside[0] if len(inside) == 1 else None
    key = name_key(metric)
    for node in metric_nodes:
        if key in entity_names(G.nodes[node]):
            return node
    try:
        return find_entity(G, metric, kind="Metric")
    except KeyError:
        return None


def _has_roles(G: nx.MultiDiGraph) -> bool:
    """Whether the graph was built with number roles (any comparison of any claim has a ``role``)."""
    return any(
        "role" in c
        for _, data in G.nodes(data=True)
        if data.get("kind") == "Claim"
        for c in data.get("comparisons") or ()
    )


def _claim_rows(
    G: nx.MultiDiGraph,
    claim: str,
    datasets: list[str],
    roles: tuple[str, ...] = SCORE_ROLES,
    graph_roles: bool = False,
) -> list[dict]:
    data = G.nodes[claim]
    subjects = [s for s in targets(G, claim, "subject") if G.nodes[s].get("kind") in ("Model", "Method")]
    subject = subjects[0] if subjects else None
    metric_nodes = targets(G, claim, "metric")
    comparisons = {c.get("quantity"): c for c in data.get("comparisons") or ()}
    # a claim of a graph built with roles whose numbers have no comparison states no score
    with_roles = graph_roles or any("role" in c for c in comparisons.values())
    rows = []
    for q in data.get("quantities") or ():
        if q.get("unit") not in SCORE_UNITS or q.get("value") is None:
            continue
        comparison = comparisons.get(q.get("text"), {})
        if with_roles and comparison.get("role") not in roles:
            continue  # a baseline's score, a size, a cost, a change not asked for, or unknown
        named = comparison.get("dataset")
        claim_datasets = datasets
        if named:  # the dataset the sentence ties this number to, when the claim links it
            linked = [d for d in targets(G, claim, "dataset") if name_key(named) in entity_names(G.nodes[d])]
            claim_datasets = [d for d in datasets if d in linked] if linked or with_roles else datasets
        elif with_roles:
            continue  # the sentence does not say which dataset the number is on
        row_subject = _number_model(G, claim, comparison.get("model"), subject)
        metric = comparison.get("metric")
        if with_roles and not metric:
            continue  # a number bound to no metric is no leaderboard row
        metric_key = _metric_key(G, metric, q.get("measures"), metric_nodes)
        if metric_key is not None:
            metric = G.nodes[metric_key].get("label") or metric
        better = comparison.get("higher_is_better")
        if better is None:
            better = metric_direction(metric)
            if better is None and metric_key is not None:
                better = metric_direction(G.nodes[metric_key].get("label"))
        for dataset in claim_datasets:
            rows.append(
                {
                    "subject": row_subject,
                    "subject_label": G.nodes[row_subject].get("label") if row_subject else None,
                    "value": float(q["value"]),
                    "high": None if q.get("high") is None else float(q["high"]),
                    "unit": q.get("unit"),
                    "metric": metric,
                    "metric_key": metric_key,
                    "higher_is_better": better,
                    "relative": bool(comparison.get("relative", False)),
                    "dataset": dataset,
                    "dataset_label": G.nodes[dataset].get("label") or dataset,
                    "paper": data.get("paper") or "",
                    "claim": claim,
                    "quantity": q.get("text") or "",
                    "sentence": data.get("text") or "",
                    "hedged": bool(data.get("hedged")),
                }
            )
    return rows


def _number_model(G: nx.MultiDiGraph, claim: str, model: str | None, subject: str | None) -> str | None:
    """The Model or Method a number belongs to: the one its comparison names (``model``: the sentence ties
    the number to it), found among the claim's subject and baselines, else the paper's entities; else the
    claim's subject. A named model that is found nowhere gives no subject (never the claim's by mistake)."""
    if not model:
        return subject
    key = name_key(model)
    linked = targets(G, claim, "subject") + targets(G, claim, "baseline")
    for node in linked:
        if G.nodes[node].get("kind") in ("Model", "Method") and key in entity_names(G.nodes[node]):
            return node
    for kind in ("Model", "Method"):
        try:
            return find_entity(G, model, kind=kind)
        except KeyError:
            continue
    return None


def _metric_matches(G: nx.MultiDiGraph, metric: str):
    try:
        wanted = find_entity(G, metric, kind="Metric")
    except KeyError:
        wanted = None
    key = name_key(metric)

    def matches(row: dict) -> bool:
        if wanted is not None and row["metric_key"] == wanted:
            return True
        return row["metric"] is not None and name_key(row["metric"]) == key

    return matches


def _group(row: dict) -> tuple:
    return (row["dataset"], row["metric"] is None, name_key(row["metric"] or ""), row["relative"])


def _order(row: dict) -> tuple:
    sign = 1.0 if row["higher_is_better"] is False else -1.0
    return (*_group(row), sign * row["value"], row["subject_label"] or "\uffff", row["paper"], row["claim"])


def leaderboard(
    G: nx.MultiDiGraph,
    *,
    dataset: str | None,
    metric: str | None = None,
    relative: bool | None = None,
    roles: tuple[str, ...] = SCORE_ROLES,
) -> list[LeaderboardRow]:
    """Return the scores claimed on ``dataset``, best first per metric.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A claimgraph graph.
    dataset : str or None
        A Dataset node key or name (label, alias); None for every dataset.
    metric : str, optional
        Keep only this metric (a Metric node key or name, or the metric text
        of a comparison, compared ignoring case and punctuation).
    relative : bool, optional
        True: only gains over a baseline; False: only absolute scores;
        None (default): both.
    roles : tuple of str
        The comparison roles that give rows (``SCORE_ROLES``, absolute scores,
        by default); add ``"change"`` for gains over a baseline.

    Returns
    -------
    list of LeaderboardRow
        Sorted by dataset, metric, absolute before relative, then value in
        the metric's direction; a number of unknown metric gives no row.

    Raises
    ------
    KeyError
        When ``dataset`` names no Dataset.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Dataset:mmlu", kind="Dataset", label="MMLU")
    >>> for n, (model, value) in enumerate([("Model:a", 61.0), ("Model:b", 70.5)]):
    ...     claim = f"claim:p{n}:0"
    ...     G.add_node(model, kind="Model", label=model[6:].upper())
    ...     G.add_node(claim, kind="Claim", paper=f"p{n}", text=f"It scores {value}% accuracy on MMLU.",
    ...                quantities=[{"text": f"{value}%", "value": value, "high": None, "unit": "%"}],
    ...                comparisons=[{"quantity": f"{value}%", "metric": "accuracy", "relative": False}])
    ...     _ = G.add_edge(claim, model, relation="subject")
    ...     _ = G.add_edge(claim, "Dataset:mmlu", relation="dataset")
    >>> [(r.rank, r.subject_label, r.value, r.higher_is_better) for r in leaderboard(G, dataset="mmlu")]
    [(1, 'B', 70.5, True), (2, 'A', 61.0, True)]
    """
    wanted = None if dataset is None else find_entity(G, dataset, kind="Dataset")
    rows: list[dict] = []
    graph_roles = _has_roles(G)
    for claim, kind in G.nodes(data="kind"):
        if kind != "Claim":
            continue
        datasets = [d for d in targets(G, claim, "dataset") if G.nodes[d].get("kind") == "Dataset"]
        if wanted is not None:
            datasets = [d for d in datasets if d == wanted]
        if datasets:
            rows.extend(_claim_rows(G, claim, datasets, tuple(roles), graph_roles))
    rows = [row for row in rows if row["metric"] is not None]
    if metric is not None:
        rows = list(filter(_metric_matches(G, metric), rows))
    if relative is not None:
        rows = [row for row in rows if row["relative"] == relative]
    rows.sort(key=_order)
    ranked: list[LeaderboardRow] = []
    group, rank, previous = None, 0, None
    for position, row in enumerate(rows):
        if _group(row) != group:
            group, start = _group(row), position
        if previous is None or _group(previous) != group or previous["value"] != row["value"]:
            rank = position - start + 1
        ranked.append(LeaderboardRow(rank=rank, **row))
        previous = row
    return ranked
