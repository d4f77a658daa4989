"""Pure functions over the claimgraph graph: ``f(G, *, options)``, never mutating ``G``."""

from __future__ import annotations

from collections.abc import Iterable
from copy import deepcopy

import networkx as nx

from claimgraph.graph.schema import ENTITY_KINDS

__all__ = ["entities", "papers_mentioning", "subgraph_for_papers", "variants"]


def entities(G: nx.MultiDiGraph, *, kind: str | None = None) -> list[str]:
    """Return the sorted keys of the entity nodes (of one ``kind``, or of all five).

    Raises
    ------
    ValueError
        When ``kind`` is not an entity kind.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("Model:bert", {"kind": "Model"}), ("paper:1", {"kind": "Paper"})])
    >>> entities(G), entities(G, kind="Dataset")
    (['Model:bert'], [])
    """
    if kind is not None and kind not in ENTITY_KINDS:
        raise ValueError(f"kind must be one of {', '.join(ENTITY_KINDS)}, not {kind!r}")
    wanted = {kind} if kind else set(ENTITY_KINDS)
    return sorted(node for node, node_kind in G.nodes(data="kind") if node_kind in wanted)


def papers_mentioning(G: nx.MultiDiGraph, node: str) -> list[str]:
    """Return the sorted keys of the papers with a ``mentions`` edge to ``node``."""
    if node not in G:
        raise KeyError(f"no node {node!r} in the graph")
    return sorted({u for u, _, relation in G.in_edges(node, data="relation") if relation == "mentions"})


def variants(G: nx.MultiDiGraph, family: str, *, recursive: bool = True) -> list[str]:
    """Return the sorted keys of the models that are variants of ``family``.

    Parameters
    ----------
    family : str
        A Model node key, e.g. ``"Model:llama"``.
    recursive : bool
        Also return variants of variants (default); else direct ones only.
    """
    if family not in G:
        raise KeyError(f"no node {family!r} in the graph")
    found: set[str] = set()
    todo = [family]
    while todo:
        current = todo.pop()
        for u, _, relation in G.in_edges(current, data="relation"):
            if relation == "variant_of" and u not in found and u != family:
                found.add(u)
                if recursive:
                    todo.append(u)
    return sorted(found)


def _paper_node(paper_id: str) -> str:
    return paper_id if paper_id.startswith("paper:") else f"paper:{paper_id}"


def subgraph_for_papers(G: nx.MultiDiGraph, paper_ids: Iterable[str]) -> nx.MultiDiGraph:
    """Return a new graph with only what the given papers contribute.

    It holds the papers, their claims, the entities they link to, the families
    of those models (following ``variant_of``), the edges the papers assert
    (``paper`` attribute among ``paper_ids``) and the ``variant_of`` edges
    between kept nodes. Attributes are deep copies (``paper_count``
    still counts every paper of ``G``); node and edge order follow ``G``.

    Parameters
    ----------
    paper_ids : iterable of str
        Paper ids, with or without the ``paper:`` prefix; unknown ids are ignored.
    """
    papers = {_paper_node(p) for p in paper_ids} & set(G)
    ids = {G.nodes[p].get("id") or p.partition(":")[2] for p in papers}
    keep = set(papers)
    chosen = set()
    for u, v, key, paper in G.edges(keys=True, data="paper"):
        if paper in ids:
            keep.update((u, v))
            chosen.add((u, v, key))
    todo = [node for node in keep if G.nodes[node].get("kind") == "Model"]
    while todo:
        for _, family, relation in G.out_edges(todo.pop(), data="relation"):
            if relation == "variant_of" and family not in keep:
                keep.add(family)
                todo.append(family)
    H = nx.MultiDiGraph(**deepcopy(G.graph))
    H.add_nodes_from((node, deepcopy(data)) for node, data in G.nodes(data=True) if node in keep)
    for u, v, key, data in G.edges(keys=True, data=True):
        if (u, v, key) in chosen or (data.get("relation") == "variant_of" and u in keep and v in keep):
            H.add_edge(u, v, key=key, **deepcopy(data))
    return H
