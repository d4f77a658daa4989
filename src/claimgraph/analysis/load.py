"""``claimgraph.load``: the NetworkX graph of a build folder."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from claimgraph.errors import ConfigError
from claimgraph.graph.io import read_graphml, read_node_link

__all__ = ["load"]

GRAPH_FILES: tuple[str, ...] = ("graph.json", "graph.graphml")
RDF_SUFFIXES: frozenset[str] = frozenset({".ttl", ".nt", ".nq", ".trig", ".jsonld"})


def _read(path: Path) -> nx.MultiDiGraph:
    if path.suffix == ".graphml":
        return read_graphml(path)
    return read_node_link(path)


def load(path: str | os.PathLike = "exports") -> nx.MultiDiGraph:
    """Return the claimgraph graph (``docs/graph-schema.md``) stored at ``path``.

    Parameters
    ----------
    path : str or path-like
        A build folder written by ``claimgraph build`` (its ``graph.json``, else
        ``graph.graphml``, is read), a ``graph.json`` node-link file, a
        ``.graphml`` file, or one of the build's RDF files (``claimgraph.ttl``
        ...): the graph is then read from the ``graph.json`` next to it.

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    ConfigError
        When ``path`` does not exist, or holds RDF only: the NetworkX graph is
        not rebuilt from RDF (query RDF with :func:`claimgraph.query.run_query`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from claimgraph.graph import write_node_link
    >>> G = nx.MultiDiGraph(name="claimgraph")
    >>> G.add_node("Model:bert", kind="Model", label="BERT")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = write_node_link(G, pathlib.Path(folder) / "graph.json")
    ...     list(load(folder).nodes(data="label"))
    [('Model:bert', 'BERT')]
    """
    target = Path(path)
    if not target.exists():
        raise ConfigError(f"{target}: no such build folder or file (make one with `claimgraph build`)")
    if target.is_file() and target.suffix in RDF_SUFFIXES:
        folder, rdf = target.parent, target
    elif target.is_file():
        return _read(target)
    else:
        folder, rdf = target, None
    for name in GRAPH_FILES:
        if (folder / name).is_file():
            return _read(folder / name)
    what = f"{rdf} is RDF and" if rdf else f"{folder} has no graph.json or graph.graphml;"
    raise ConfigError(
        f"{what} the NetworkX graph is not rebuilt from RDF: load a build folder written by "
        "`claimgraph build` (it holds graph.json), or query the RDF with claimgraph.query.run_query"
    )
