"""Who beats whom: the ``outperforms`` edges as a DiGraph, and the cycles in it."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

__all__ = ["Disagreement", "disagreements", "outperforms_network"]


def outperforms_network(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Return the DiGraph ``winner -> loser`` of every ``outperforms`` edge of ``G``.

    Nodes are the Models and Methods involved, with ``kind`` and ``label``.
    Each edge has ``papers`` (sorted ids of the papers that state it),
    ``sentences`` (``{"paper", "sentence", "margins"}`` dicts, in paper order;
    ``margins`` are the comparisons, as in the claim's ``comparisons``, by which
    the paper says the winner beats the loser: ``quantity`` "4.2%", ``metric``,
    ``direction`` ...) and ``weight`` (the number of papers).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("Method:a", {"kind": "Method", "label": "A"}),
    ...                   ("Model:b", {"kind": "Model", "label": "B"})])
    >>> for paper in ("p2", "p1"):
    ...     _ = G.add_edge("Method:a", "Model:b", key=f"outperforms|{paper}", relation="outperforms",
    ...                    paper=paper, sentence=f"A beats B ({paper}).")
    >>> D = outperforms_network(G)
    >>> D.edges["Method:a", "Model:b"]["papers"], D.edges["Method:a", "Model:b"]["weight"]
    (['p1', 'p2'], 2)
    """
    found: dict[tuple[str, str], dict[str, tuple[str | None, list[dict]]]] = {}
    for u, v, data in G.edges(data=True):
        if data.get("relation") == "outperforms":
            margins = [  # a subgraph may leave the claim out
                G.nodes[m["claim"]]["comparisons"][m["comparison"]]
                for m in data.get("margins") or ()
                if m["claim"] in G
            ]
            found.setdefault((u, v), {})[data.get("paper") or ""] = (data.get("sentence"), margins)
    D = nx.DiGraph(name="outperforms")
    for node in sorted({n for pair in found for n in pair}):
        data = G.nodes[node]
        D.add_node(node, kind=data.get("kind"), label=data.get("label") or node)
    for (u, v), by_paper in sorted(found.items()):
        papers = sorted(by_paper)
        sentences = [{"paper": p, "sentence": by_paper[p][0], "margins": by_paper[p][1]} for p in papers]
        D.add_edge(u, v, papers=papers, weight=len(papers), sentences=sentences)
    return D


@dataclass(frozen=True)
class Disagreement:
    """A cycle of ``outperforms`` claims: each node is said to beat the next one.

    Attributes
    ----------
    nodes : tuple of str
        The cycle, starting at its smallest key (the last node beats the first).
    papers : tuple of tuple of str
        For each step ``nodes[i] -> nodes[i + 1]``, the papers stating it.
    sentences : tuple of tuple of dict
        For each step, its ``{"paper", "sentence"}`` evidence.
    """

    nodes: tuple[str, ...]
    papers: tuple[tuple[str, ...], ...]
    sentences: tuple[tuple[dict, ...], ...]

    @property
    def all_papers(self) -> tuple[str, ...]:
        """The sorted ids of every paper involved."""
        return tuple(sorted({p for step in self.papers for p in step}))


def _rotate(cycle: list[str]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def disagreements(G: nx.MultiDiGraph, *, min_papers: int = 2, length_bound: int | None = None) -> list[Disagreement]:
    """Return the cycles of the outperforms network where papers disagree.

    A cycle ``A > B > ... > A`` cannot all be true on one benchmark: either
    the papers measure different things or one of them is wrong.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A claimgraph graph.
    min_papers : int
        Keep cycles supported by at least this many distinct papers (default 2:
        a contradiction between papers; 1 also keeps a paper contradicting
        itself).
    length_bound : int, optional
        Longest cycle to look for (``networkx.simple_cycles``'s bound).

    Returns
    -------
    list of Disagreement
        Shortest cycles first, then by nodes.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["Model:a", "Model:b"], kind="Model")
    >>> _ = G.add_edge("Model:a", "Model:b", relation="outperforms", paper="p1")
    >>> _ = G.add_edge("Model:b", "Model:a", relation="outperforms", paper="p2")
    >>> [(d.nodes, d.papers) for d in disagreements(G)]
    [(('Model:a', 'Model:b'), (('p1',), ('p2',)))]
    """
    D = outperforms_network(G)
    found = []
    for cycle in nx.simple_cycles(D, length_bound=length_bound):
        nodes = _rotate(list(cycle))
        steps = list(zip(nodes, nodes[1:] + nodes[:1], strict=False))
        papers = tuple(tuple(D.edges[u, v]["papers"]) for u, v in steps)
        sentences = tuple(tuple(D.edges[u, v]["sentences"]) for u, v in steps)
        item = Disagreement(nodes=nodes, papers=papers, sentences=sentences)
        if len(item.all_papers) >= min_papers:
            found.append(item)
    return sorted(found, key=lambda d: (len(d.nodes), d.nodes))
