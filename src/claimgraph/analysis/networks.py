"""Entity networks: co-mention graph, bipartite projections, centrality, communities."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from claimgraph.analysis.common import kinds_of
from claimgraph.vocabulary import ENTITY_TYPES

__all__ = ["MEASURES", "bipartite_projection", "centrality", "communities", "cooccurrence"]


def _mentioned(G: nx.MultiDiGraph, kinds: tuple[str, ...]) -> dict[str, set[str]]:
    """paper id -> the entities of ``kinds`` it mentions."""
    by_paper: dict[str, set[str]] = defaultdict(set)
    for u, v, data in G.edges(data=True):
        if data.get("relation") == "mentions" and G.nodes[v].get("kind") in kinds:
            by_paper[data.get("paper") or G.nodes[u].get("id") or u].add(v)
    return by_paper


def cooccurrence(G: nx.MultiDiGraph, *, kind: str | None = None) -> nx.Graph:
    """Return the undirected graph of entities mentioned together in a paper.

    Nodes are every entity of ``kind`` (all five entity kinds when None),
    with ``kind``, ``label`` and ``paper_count``; an edge joins two entities
    that some paper mentions both of, with ``weight`` (number of such papers)
    and ``papers`` (their sorted ids).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("paper:1", {"kind": "Paper"}), ("Model:a", {"kind": "Model"}),
    ...                   ("Dataset:d", {"kind": "Dataset"})])
    >>> for e in ("Model:a", "Dataset:d"):
    ...     _ = G.add_edge("paper:1", e, relation="mentions", paper="1")
    >>> list(cooccurrence(G).edges(data="weight"))
    [('Dataset:d', 'Model:a', 1)]
    """
    kinds = kinds_of(kind)
    H = nx.Graph(name="cooccurrence")
    for node, data in sorted(G.nodes(data=True)):
        if data.get("kind") in kinds:
            H.add_node(
                node, kind=data["kind"], label=data.get("label") or node, paper_count=data.get("paper_count") or 0
            )
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for paper, found in sorted(_mentioned(G, kinds).items()):
        for a, b in combinations(sorted(found), 2):
            pairs[a, b].append(paper)
    for (a, b), papers in sorted(pairs.items()):
        H.add_edge(a, b, weight=len(papers), papers=papers)
    return H


def bipartite_projection(
    G: nx.MultiDiGraph,
    *,
    rows: str = "Method",
    cols: str = "Dataset",
    relation: str = "evaluated_on",
    project: str | None = None,
) -> nx.Graph:
    """Return the bipartite graph ``rows`` x ``cols`` joined by ``relation``, or a projection of it.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A claimgraph graph.
    rows, cols : str
        Entity kinds of the two sides (e.g. ``"Model"`` x ``"Dataset"``).
    relation : str
        ``"mentions"`` joins a row and a column mentioned by the same paper;
        any other relation joins them by an edge of that relation between
        them (either direction), e.g. ``"evaluated_on"`` or ``"uses"``.
    project : {None, "rows", "cols"}
        None: the bipartite graph itself; ``"rows"``/``"cols"``: its
        weighted one-mode projection onto that side
        (``networkx.bipartite.weighted_projected_graph``: two rows are joined
        when they share columns, ``weight`` = number shared).

    Returns
    -------
    networkx.Graph
        Bipartite: nodes that have at least one edge, with ``kind``, ``label``
        and ``bipartite`` (0 rows, 1 cols); edges with ``weight`` (number of
        papers) and ``papers``. The result of :func:`claimgraph.analysis.biadjacency_frame`
        turns it into a table.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("Method:m", {"kind": "Method"}), ("Dataset:d", {"kind": "Dataset"})])
    >>> _ = G.add_edge("Method:m", "Dataset:d", relation="evaluated_on", paper="p1")
    >>> B = bipartite_projection(G)
    >>> B.edges["Method:m", "Dataset:d"]["papers"], B.nodes["Method:m"]["bipartite"]
    (['p1'], 0)
    """
    for side in (rows, cols):
        if side not in ENTITY_TYPES:
            raise ValueError(f"rows and cols must be entity kinds ({', '.join(ENTITY_TYPES)}), not {side!r}")
    if rows == cols:
        raise ValueError("rows and cols must be different kinds")
    if project not in (None, "rows", "cols"):
        raise ValueError(f"project must be None, 'rows' or 'cols', not {project!r}")
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    if relation == "mentions":
        for paper, entities in _mentioned(G, (rows, cols)).items():
            for r in (e for e in entities if G.nodes[e]["kind"] == rows):
                for c in (e for e in entities if G.nodes[e]["kind"] == cols):
                    found[r, c].add(paper)
    else:
        for u, v, data in G.edges(data=True):
            if data.get("relation") != relation:
                continue
            ends = (G.nodes[u].get("kind"), G.nodes[v].get("kind"))
            if ends == (rows, cols):
                found[u, v].add(data.get("paper") or "")
            elif ends == (cols, rows):
                found[v, u].add(data.get("paper") or "")
    B = nx.Graph(name=f"{rows} x {cols} ({relation})")
    for side, nodes in ((0, {r for r, _ in found}), (1, {c for _, c in found})):
        for node in sorted(nodes):
            B.add_node(node, kind=G.nodes[node]["kind"], label=G.nodes[node].get("label") or node, bipartite=side)
    for (r, c), papers in sorted(found.items()):
        listed = sorted(p for p in papers if p)
        B.add_edge(r, c, weight=max(len(listed), 1), papers=listed)
    if project is None:
        return B
    side = 0 if project == "rows" else 1
    keep = [n for n, s in B.nodes(data="bipartite") if s == side]
    P = nx.bipartite.weighted_projected_graph(B, keep)
    P.graph["name"] = f"{B.graph['name']} projected on {project}"
    return P


#: Centrality measures :func:`centrality` knows.
MEASURES: tuple[str, ...] = ("pagerank", "degree", "betweenness")


def centrality(G: nx.MultiDiGraph, *, kind: str | None = None, measure: str = "pagerank") -> dict[str, float]:
    """Return a centrality score per entity, highest first.

    Scores are computed on :func:`cooccurrence` of *all* entities (so a
    Model is central when it is mentioned together with many datasets,
    methods ... too) and reported for the entities of ``kind``.

    Parameters
    ----------
    kind : str, optional
        Report only this entity kind.
    measure : {"pagerank", "degree", "betweenness"}
        ``pagerank`` (weighted by shared papers), ``degree`` (normalised
        degree centrality) or ``betweenness`` (exact, unweighted).

    Returns
    -------
    dict
        ``{node: score}`` in descending score order (ties by key).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", kind="Paper")
    >>> G.add_nodes_from(["Model:a", "Model:b", "Model:c"], kind="Model")
    >>> for e in ("Model:a", "Model:b"):
    ...     _ = G.add_edge("paper:1", e, relation="mentions", paper="1")
    >>> centrality(G, measure="degree")
    {'Model:a': 0.5, 'Model:b': 0.5, 'Model:c': 0.0}
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    wanted = kinds_of(kind)
    H = cooccurrence(G)
    if H.number_of_nodes() == 0:
        return {}
    if measure == "pagerank":
        scores = nx.pagerank(H, weight="weight")
    elif measure == "degree":
        scores = nx.degree_centrality(H)
    else:
        scores = nx.betweenness_centrality(H)
    ordered = sorted((node for node in scores if H.nodes[node]["kind"] in wanted), key=lambda n: (-scores[n], n))
    return {node: float(scores[node]) for node in ordered}


def communities(
    G: nx.MultiDiGraph,
    *,
    kind: str | None = None,
    method: str = "louvain",
    seed: int = 0,
    min_size: int = 1,
) -> list[list[str]]:
    """Return groups of entities often mentioned together.

    Communities of :func:`cooccurrence` restricted to ``kind`` (edges weighted
    by shared papers).

    Parameters
    ----------
    kind : str, optional
        Only this entity kind (all entity kinds when None).
    method : {"louvain", "greedy"}
        ``networkx.community.louvain_communities`` (with ``seed``) or
        ``greedy_modularity_communities``; both give the same answer on every run.
    seed : int
        Random seed of Louvain.
    min_size : int
        Leave out smaller communities (e.g. 2 drops isolated entities).

    Returns
    -------
    list of list of str
        Each community as a sorted list of node keys; largest first, ties by
        smallest key.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["paper:1", "paper:2"], kind="Paper")
    >>> G.add_nodes_from(["Model:a", "Model:b", "Model:c", "Model:d"], kind="Model")
    >>> for paper, pair in (("1", ("Model:a", "Model:b")), ("2", ("Model:c", "Model:d"))):
    ...     for e in pair:
    ...         _ = G.add_edge(f"paper:{paper}", e, relation="mentions", paper=paper)
    >>> communities(G)
    [['Model:a', 'Model:b'], ['Model:c', 'Model:d']]
    """
    H = cooccurrence(G, kind=kind)
    if method == "louvain":
        found = nx.community.louvain_communities(H, weight="weight", seed=seed)
    elif method == "greedy":
        found = nx.community.greedy_modularity_communities(H, weight="weight")
    else:
        raise ValueError(f"method must be 'louvain' or 'greedy', not {method!r}")
    groups = [sorted(group) for group in found if len(group) >= min_size]
    return sorted(groups, key=lambda group: (-len(group), group[0]))
