"""pandas DataFrames of the graph's papers, entities and claims.

pandas is an optional extra (``pip install claimgraph[analysis]``): it is
imported when a frame is asked for, with a clear error when it is missing.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx

from claimgraph.analysis.common import kinds_of, targets

__all__ = ["biadjacency_frame", "claims_frame", "entities_frame", "papers_frame", "require_pandas", "to_frame"]


def require_pandas() -> Any:
    """Import and return pandas, or raise ImportError saying how to install it."""
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "claimgraph DataFrames need pandas, an optional extra: pip install 'claimgraph[analysis]' "
            "(or pip install pandas)"
        ) from exc
    return pandas


def to_frame(rows: Iterable[Any], columns: list[str] | None = None):
    """Return a DataFrame of dataclass instances or dicts (e.g. :func:`leaderboard` rows).

    Examples
    --------
    >>> to_frame([{"a": 1}, {"a": 2}])["a"].tolist()
    [1, 2]
    """
    pd = require_pandas()
    records = [dataclasses.asdict(r) if dataclasses.is_dataclass(r) else dict(r) for r in rows]
    return pd.DataFrame.from_records(records, columns=columns)


def _labels(G: nx.MultiDiGraph, nodes: Iterable[str]) -> list[str]:
    return [G.nodes[n].get("label") or n for n in nodes]


def papers_frame(G: nx.MultiDiGraph):
    """Return one row per paper, indexed by paper id.

    Columns: ``node``, ``title``, ``date``, ``upvotes``, ``author_count``,
    ``url``, ``entities`` (number mentioned), ``proposes`` (labels),
    ``claims`` (number asserted).
    """
    pd = require_pandas()
    records = []
    for node, data in G.nodes(data=True):
        if data.get("kind") != "Paper":
            continue
        out = Counter(r for _, _, r in G.out_edges(node, data="relation"))
        records.append(
            {
                "id": data.get("id") or node.partition(":")[2],
                "node": node,
                "title": data.get("title") or data.get("label") or "",
                "date": data.get("date"),
                "upvotes": data.get("upvotes"),
                "author_count": data.get("author_count"),
                "url": data.get("url"),
                "entities": out["mentions"],
                "proposes": _labels(G, targets(G, node, "proposes")),
                "claims": out["asserts"],
            }
        )
    columns = ["id", "node", "title", "date", "upvotes", "author_count", "url", "entities", "proposes", "claims"]
    return pd.DataFrame.from_records(records, columns=columns).set_index("id")


def entities_frame(G: nx.MultiDiGraph, *, kind: str | None = None):
    """Return one row per entity (of ``kind``), indexed by node key, most-mentioned first.

    Columns: ``kind``, ``label``, ``canonical``, ``params``, ``paper_count``,
    ``aliases``, ``claims`` (claims with it as subject), ``outperforms`` and
    ``outperformed_by`` (numbers of stated wins and losses).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Model:a", kind="Model", label="A", paper_count=2)
    >>> int(entities_frame(G).loc["Model:a", "paper_count"])
    2
    """
    pd = require_pandas()
    wanted = kinds_of(kind)
    records = []
    for node, data in G.nodes(data=True):
        if data.get("kind") not in wanted:
            continue
        incoming = Counter(r for _, _, r in G.in_edges(node, data="relation"))
        outgoing = Counter(r for _, _, r in G.out_edges(node, data="relation"))
        records.append(
            {
                "node": node,
                "kind": data["kind"],
                "label": data.get("label") or node,
                "canonical": data.get("canonical"),
                "params": data.get("params"),
                "paper_count": data.get("paper_count") or 0,
                "aliases": list(data.get("aliases") or ()),
                "claims": incoming["subject"],
                "outperforms": outgoing["outperforms"],
                "outperformed_by": incoming["outperforms"],
            }
        )
    columns = [
        "node",
        "kind",
        "label",
        "canonical",
        "params",
        "paper_count",
        "aliases",
        "claims",
        "outperforms",
        "outperformed_by",
    ]
    frame = pd.DataFrame.from_records(records, columns=columns)
    frame = frame.sort_values(["paper_count", "node"], ascending=[False, True], kind="stable")
    return frame.set_index("node")


def claims_frame(G: nx.MultiDiGraph):
    """Return one row per claim, indexed by claim node key, in graph order.

    Columns: ``paper``, ``claim_type``, ``text``, ``hedged``, ``confidence``,
    ``subject`` (label or None), ``baselines``, ``datasets``, ``metrics``
    (lists of labels), ``quantities`` (list of their texts), ``values``
    (list of floats).
    """
    pd = require_pandas()
    records = []
    for node, data in G.nodes(data=True):
        if data.get("kind") != "Claim":
            continue
        subjects = _labels(G, targets(G, node, "subject"))
        quantities = data.get("quantities") or []
        records.append(
            {
                "claim": node,
                "paper": data.get("paper"),
                "claim_type": data.get("claim_type"),
                "text": data.get("text") or "",
                "hedged": bool(data.get("hedged")),
                "confidence": data.get("confidence"),
                "subject": subjects[0] if subjects else None,
                "baselines": _labels(G, targets(G, node, "baseline")),
                "datasets": _labels(G, targets(G, node, "dataset")),
                "metrics": _labels(G, targets(G, node, "metric")),
                "quantities": [q.get("text") for q in quantities],
                "values": [q.get("value") for q in quantities],
            }
        )
    columns = [
        "claim",
        "paper",
        "claim_type",
        "text",
        "hedged",
        "confidence",
        "subject",
        "baselines",
        "datasets",
        "metrics",
        "quantities",
        "values",
    ]
    return pd.DataFrame.from_records(records, columns=columns).set_index("claim")


def biadjacency_frame(B: nx.Graph, *, labels: bool = True):
    """Return the rows x cols table of a :func:`bipartite_projection` graph (cells: ``weight``, 0 if none).

    Rows and columns are sorted by total weight (descending) then name; with
    ``labels`` they are named by node labels, else by node keys.
    """
    pd = require_pandas()
    rows = [n for n, side in B.nodes(data="bipartite") if side == 0]
    cols = [n for n, side in B.nodes(data="bipartite") if side == 1]

    def total(node: str) -> tuple:
        return (-sum(w for *_, w in B.edges(node, data="weight", default=1)), node)

    rows, cols = sorted(rows, key=total), sorted(cols, key=total)
    cells = [[B.edges[r, c].get("weight", 1) if B.has_edge(r, c) else 0 for c in cols] for r in rows]
    name = (lambda n: B.nodes[n].get("label") or n) if labels else (lambda n: n)
    return pd.DataFrame(cells, index=[name(r) for r in rows], columns=[name(c) for c in cols])
