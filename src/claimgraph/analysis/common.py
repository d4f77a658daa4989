"""Small lookups shared by the analysis helpers (never mutating the graph)."""

from __future__ import annotations

import re

import networkx as nx

from claimgraph.vocabulary import ENTITY_TYPES

__all__ = ["entity_names", "find_entity", "kinds_of", "name_key", "targets"]

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """Fold a name for loose comparison: lower case, letters and digits only.

    Examples
    --------
    >>> name_key("F_0.5"), name_key("GSM-8K")
    ('f05', 'gsm8k')
    """
    return _NOT_ALNUM.sub("", name.casefold())


def kinds_of(kind: str | None) -> tuple[str, ...]:
    """Return ``(kind,)``, or every entity kind when ``kind`` is None.

    Raises
    ------
    ValueError
        When ``kind`` is not an entity kind.
    """
    if kind is None:
        return ENTITY_TYPES
    if kind not in ENTITY_TYPES:
        raise ValueError(f"kind must be one of {', '.join(ENTITY_TYPES)}, not {kind!r}")
    return (kind,)


def targets(G: nx.MultiDiGraph, node: str, relation: str) -> list[str]:
    """Return the targets of ``node``'s out-edges of ``relation``, in edge order, without repeats."""
    return list(dict.fromkeys(v for _, v, r in G.out_edges(node, data="relation") if r == relation))


def entity_names(data: dict) -> set[str]:
    """Return the :func:`name_key` of a node's label, canonical name and aliases."""
    names = {data.get("label") or "", data.get("canonical") or "", *(data.get("aliases") or ())}
    return {name_key(n) for n in names if n}


def find_entity(G: nx.MultiDiGraph, name: str, *, kind: str | None = None) -> str:
    """Return the key of the entity called ``name`` (a node key, label, alias or canonical name).

    Names are compared with :func:`name_key` (case, spaces and punctuation
    ignored). A node key is returned as is.

    Raises
    ------
    KeyError
        When no entity, or more than one, has that name.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Dataset:gsm8k", kind="Dataset", label="GSM8K", aliases=["GSM-8K"])
    >>> find_entity(G, "gsm-8k"), find_entity(G, "Dataset:gsm8k")
    ('Dataset:gsm8k', 'Dataset:gsm8k')
    """
    wanted = kinds_of(kind)
    if name in G and G.nodes[name].get("kind") in wanted:
        return name
    key = name_key(name)
    found = sorted(n for n, d in G.nodes(data=True) if d.get("kind") in wanted and key and key in entity_names(d))
    if len(found) == 1:
        return found[0]
    what = kind or "entity"
    if not found:
        raise KeyError(f"no {what} called {name!r} in the graph")
    raise KeyError(f"{len(found)} {what} nodes are called {name!r}: {', '.join(found)}; pass a node key")
