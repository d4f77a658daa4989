"""What the mapping reads off a graph's node and edge keys and attributes.

A paper's id, the paper a claim or an edge belongs to and an edge's relation
are attributes, or else parts of the node and edge keys (docs/graph-schema.md);
these functions recover them, and give the sort keys that fix the order of a
graph's edges and of an edge's mentions, so the same graph always maps to the
same statements.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from claimgraph.version import __version__


def software_version(G: nx.MultiDiGraph) -> str:
    """Return the claimgraph version recorded in the graph (else the installed one)."""
    return str(G.graph.get("claimgraph_version") or __version__)


def relation_of(key: Any, data: Mapping[str, Any]) -> str:
    """The relation of an edge: its ``relation`` attribute, else its key's first part."""
    return str(data.get("relation") or str(key).partition("|")[0])


def edge_order(edge: tuple) -> tuple[str, str, str]:
    """Sort key of ``(u, v, key, data)`` edges: by their ends and key."""
    return (str(edge[0]), str(edge[1]), str(edge[2]))


def mention_order(m: Mapping[str, Any]) -> tuple:
    """Sort key of an edge's mentions: by field, offsets and text."""
    return (str(m.get("field")), m.get("start") or 0, m.get("end") or 0, str(m.get("text")))


def paper_id(key: str, data: Mapping[str, Any]) -> str:
    """The id of a paper node: its ``id`` attribute, else its key after ``paper:``."""
    return str(data.get("id") or str(key).partition(":")[2] or key)


def claim_paper(key: str, data: Mapping[str, Any]) -> str:
    """The id of a claim's paper: its ``paper`` attribute, else the middle of its key."""
    paper = data.get("paper")
    if paper:
        return str(paper)
    middle = str(key).partition(":")[2]
    return middle.rpartition(":")[0] or middle


def edge_paper(G: nx.MultiDiGraph, u: str, data: Mapping[str, Any]) -> str | None:
    """Return the paper whose graph an edge from ``u`` belongs to (None: default graph)."""
    if data.get("paper"):
        return str(data["paper"])
    source = G.nodes[u]
    if source.get("kind") == "Paper":
        return paper_id(u, source)
    if source.get("kind") == "Claim":
        return claim_paper(u, source)
    return None
