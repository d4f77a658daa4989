"""The data the HTML view draws: chosen nodes, their layout, papers and claims.

Everything is computed here, in Python and deterministically (a seeded
``networkx.spring_layout``); the page only draws it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from claimgraph.graph.schema import NODE_KINDS
from claimgraph.vocabulary import ENTITY_TYPES

__all__ = ["COLORS", "DEFAULT_KINDS", "DEFAULT_MAX_NODES", "view_data"]

#: Node colours by kind (Okabe-Ito palette, readable with colour blindness).
COLORS: dict[str, str] = {
    "Paper": "#9a9a9a",
    "Model": "#0072b2",
    "Method": "#e69f00",
    "Dataset": "#009e73",
    "Metric": "#cc79a7",
    "Task": "#56b4e9",
    "Claim": "#d55e00",
}
#: Kinds drawn as nodes by default (claims are listed in the side panel).
DEFAULT_KINDS: tuple[str, ...] = ("Paper", *ENTITY_TYPES)
#: Default cap on drawn nodes (the highest-degree ones are kept).
DEFAULT_MAX_NODES = 400
#: Claim edges: relation -> the role the target plays in the claim.
CLAIM_ROLES: dict[str, str] = {"subject": "subject", "baseline": "baseline", "dataset": "dataset", "metric": "metric"}
_CLAIM_EDGES = frozenset({"asserts", *CLAIM_ROLES})
_SCALE = 1000.0


def _drawn_graph(G: nx.MultiDiGraph, kinds: tuple[str, ...]) -> nx.Graph:
    H = nx.Graph()
    H.add_nodes_from(node for node, kind in G.nodes(data="kind") if kind in kinds)
    for u, v, relation in G.edges(data="relation"):
        if u in H and v in H and relation not in _CLAIM_EDGES and u != v:
            H.add_edge(u, v)
    return H


def _spring(H: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Positions of one connected graph in the unit square."""
    if len(H) == 1:
        return {next(iter(H)): (0.5, 0.5)}
    pos = nx.spring_layout(H, seed=seed, iterations=150, k=2.5 / len(H) ** 0.5)
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {n: ((float(p[0]) - min(xs)) / span, (float(p[1]) - min(ys)) / span) for n, p in pos.items()}


def _component(H: nx.Graph, part: list[str]) -> nx.Graph:
    """The subgraph of ``part``, its nodes in ``H``'s order.

    (A subgraph view of a small part iterates a set, in an order that changes
    with the string hash seed; the layout depends on the node order.)
    """
    members = set(part)
    sub = nx.Graph()
    sub.add_nodes_from(node for node in H if node in members)
    sub.add_edges_from(H.subgraph(members).edges)
    return sub


def _layout(H: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Lay out each connected component apart and pack them in rows, largest first.

    (One spring layout of a disconnected graph pushes the small components
    to the edges and shrinks the large one to a dot.) Coordinates are in
    [0, 1000].
    """
    if len(H) == 0:
        return {}
    parts = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    sides = [len(part) ** 0.5 for part in parts]
    width = max(sides[0], sum(s * s for s in sides) ** 0.5 * 1.15)
    placed, x, y, row = [], 0.0, 0.0, 0.0
    for side in sides:
        if x > 0 and x + side > width:
            x, y, row = 0.0, y + row, 0.0
        placed.append((x, y))
        x, row = x + side, max(row, side)
    total = max(width, y + row)
    margin, usable = 0.03 * _SCALE, 0.94 * _SCALE
    pos: dict[str, tuple[float, float]] = {}
    for part, side, (left, top) in zip(parts, sides, placed, strict=False):
        inner = _spring(_component(H, part), seed)
        pad = 0.06 * side if len(part) > 1 else 0.0
        for node, (u, v) in inner.items():
            px = left + pad + u * (side - 2 * pad)
            py = top + pad + v * (side - 2 * pad)
            pos[node] = (round(margin + px / total * usable, 1), round(margin + py / total * usable, 1))
    return pos


def _claims_about(G: nx.MultiDiGraph) -> dict[str, list[list[str]]]:
    """entity -> [[claim key, role], ...] from the claim edges."""
    about: dict[str, list[list[str]]] = defaultdict(list)
    for claim, target, relation in G.edges(data="relation"):
        if relation in CLAIM_ROLES and G.nodes[claim].get("kind") == "Claim":
            about[target].append([claim, CLAIM_ROLES[relation]])
    return about


def _relations(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    found = []
    for direction, edges in (("out", G.out_edges(node, data=True)), ("in", G.in_edges(node, data=True))):
        for u, v, data in edges:
            relation = data.get("relation")
            if relation in _CLAIM_EDGES or relation == "mentions":
                continue
            other = v if direction == "out" else u
            if G.nodes[other].get("kind") == "Paper":
                continue
            found.append(
                {
                    "relation": relation,
                    "dir": direction,
                    "other": other,
                    "label": G.nodes[other].get("label") or other,
                    "paper": data.get("paper"),
                    "sentence": data.get("sentence"),
                }
            )
    return found


def _node(G: nx.MultiDiGraph, node: str, xy: tuple[float, float], degree: int, about: dict) -> dict[str, Any]:
    data = G.nodes[node]
    out: dict[str, Any] = {
        "id": node,
        "label": data.get("label") or node,
        "kind": data.get("kind"),
        "x": xy[0],
        "y": xy[1],
        "degree": degree,
    }
    if data.get("kind") == "Paper":
        out["paper"] = data.get("id") or node.partition(":")[2]
        out["claims"] = [[v, "asserts"] for _, v, r in G.out_edges(node, data="relation") if r == "asserts"]
        out["mentions"] = sorted(
            {G.nodes[v].get("label") or v for _, v, r in G.out_edges(node, data="relation") if r == "mentions"}
        )
        return out
    out["aliases"] = list(data.get("aliases") or ())
    out["paper_count"] = data.get("paper_count") or 0
    if data.get("params") is not None:
        out["params"] = data["params"]
    out["papers"] = sorted(
        {
            G.nodes[u].get("id") or u.partition(":")[2]
            for u, _, r in G.in_edges(node, data="relation")
            if r == "mentions"
        }
    )
    out["claims"] = about.get(node, [])
    out["relations"] = _relations(G, node)
    return out


def view_data(
    G: nx.MultiDiGraph,
    *,
    title: str = "claimgraph",
    kinds: tuple[str, ...] = DEFAULT_KINDS,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
) -> dict[str, Any]:
    """Return the JSON-ready data of the view of ``G``.

    Parameters
    ----------
    kinds : tuple of str
        Node kinds to draw, among :data:`DEFAULT_KINDS` (claims are listed in
        the side panel, not drawn).
    max_nodes : int or None
        Draw only this many nodes, those of highest degree (ties by key);
        None draws all. A ``note`` says what was left out.
    seed : int
        Seed of the spring layout: the same graph always gives the same picture.

    Returns
    -------
    dict
        ``title``, ``note``, ``colors``, ``kinds``, ``nodes`` (with ``x``,
        ``y`` in [0, 1000]), ``edges`` (``[source index, target index,
        relation, number of papers]``), ``papers`` and ``claims`` (by id).
    """
    unknown = [k for k in kinds if k not in DEFAULT_KINDS]
    if unknown:
        raise ValueError(
            f"cannot draw node kinds {unknown}: kinds are {', '.join(DEFAULT_KINDS)} "
            "(claims are listed in the side panel)"
        )
    H = _drawn_graph(G, tuple(kinds))
    total = len(H)
    note = ""
    if max_nodes is not None and total > max_nodes:
        keep = sorted(H, key=lambda n: (-H.degree(n), n))[:max_nodes]
        H = H.subgraph(keep).copy()
        note = f"Showing the {max_nodes} nodes of highest degree out of {total} (raise the cap with --max-nodes)."
    order = sorted(H, key=lambda n: (NODE_KINDS.index(G.nodes[n]["kind"]), n))
    index = {node: i for i, node in enumerate(order)}
    pos = _layout(H, seed)
    about = _claims_about(G)
    nodes = [_node(G, node, pos[node], H.degree(node), about) for node in order]
    counted: dict[tuple[int, int, str], set] = defaultdict(set)
    for u, v, data in G.edges(data=True):
        relation = data.get("relation")
        if u in index and v in index and u != v and relation not in _CLAIM_EDGES:
            counted[index[u], index[v], relation].add(data.get("paper"))
    edges = [[u, v, relation, len(papers)] for (u, v, relation), papers in sorted(counted.items())]
    claim_ids = sorted({c for node in nodes for c, _ in node["claims"]})
    claims = {}
    for claim in claim_ids:
        data = G.nodes[claim]
        claims[claim] = {
            "text": data.get("text") or data.get("label") or "",
            "type": data.get("claim_type"),
            "paper": data.get("paper"),
            "hedged": bool(data.get("hedged")),
        }
    paper_ids = {p for node in nodes for p in node.get("papers", ())}
    paper_ids |= {node["paper"] for node in nodes if "paper" in node}
    paper_ids |= {c["paper"] for c in claims.values() if c["paper"]}
    paper_ids |= {r["paper"] for node in nodes for r in node.get("relations", ()) if r["paper"]}
    papers = {}
    for pid in sorted(paper_ids):
        data = G.nodes.get(f"paper:{pid}", {})
        papers[pid] = {
            "title": data.get("title") or data.get("label") or pid,
            "url": data.get("url"),
            "date": data.get("date"),
            "abstract": data.get("abstract") or "",
        }
    present = [k for k in kinds if any(n["kind"] == k for n in nodes)]
    return {
        "title": title,
        "note": note,
        "colors": {k: COLORS[k] for k in NODE_KINDS},
        "kinds": present,
        "nodes": nodes,
        "edges": edges,
        "papers": papers,
        "claims": claims,
    }
