"""The graph's files: node-link JSON and GraphML, written atomically and read back.

:func:`load` (public as ``claimgraph.load``) finds and reads the graph of a
build folder, whole or a subgraph of it (:mod:`claimgraph.graph.subgraph`).
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from claimgraph.atomic import atomic_write_bytes
from claimgraph.build_layout import current_build, data_file, open_data
from claimgraph.errors import ConfigError
from claimgraph.graph.schema import JSON_ATTRIBUTES, NODE_ATTRIBUTES, edge_attributes
from claimgraph.graph.subgraph import select, selection
from claimgraph.vocabulary import RDF_FORMATS

__all__ = ["load", "read_graphml", "read_node_link", "write_graphml", "write_node_link"]

#: The graph files of a build folder, in the order :func:`load` looks for them.
GRAPH_FILES: tuple[str, ...] = ("graph.json", "graph.graphml")
#: Suffixes of a build's RDF files.
RDF_SUFFIXES: frozenset[str] = frozenset(f".{name}" for name in RDF_FORMATS)

#: Characters XML 1.0 does not allow (controls other than tab and line ends, surrogates, U+FFFE, U+FFFF).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# The node-link field holding the node key ("id" is a Paper attribute).
NODE_FIELD = "node"
_LINK_OPTIONS = {"edges": "edges", "name": NODE_FIELD, "key": "key"}


def node_link_bytes(G: nx.MultiDiGraph) -> bytes:
    """The node-link JSON of ``G``: sorted keys, one line, UTF-8, deterministic."""
    data = nx.node_link_data(G, **_LINK_OPTIONS)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_node_link(G: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write ``G`` as node-link JSON (node keys in the ``"node"`` field), atomically.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph(name="claimgraph")
    >>> _ = G.add_node("Model:bert", kind="Model", label="BERT")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_node_link(G, pathlib.Path(folder) / "graph.json")
    ...     list(read_node_link(path).nodes(data="label"))
    [('Model:bert', 'BERT')]
    """
    return atomic_write_bytes(path, node_link_bytes(G))


def read_node_link(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a file of :func:`write_node_link` back into the same graph."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, **_LINK_OPTIONS)


def xml_text(text: str) -> str:
    """Return ``text`` without the characters XML 1.0 cannot hold (ingest already removes them from papers).

    Examples
    --------
    >>> xml_text("a\\x00b\\x1b[0m\\tc")
    'ab[0m\\tc'
    """
    return _NOT_XML.sub("", text)


def _encode(attrs: dict[str, Any]) -> dict[str, Any]:
    """GraphML values: lists and dicts as JSON text, None left out, text XML-safe."""
    out = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, dict)):
            value = json.dumps(value, sort_keys=True, ensure_ascii=False)
        out[name] = xml_text(value) if isinstance(value, str) else value
    return out


def _decode(attrs: dict[str, Any], documented: tuple[str, ...]) -> dict[str, Any]:
    out = {name: None for name in documented}
    for name, value in attrs.items():
        if name in JSON_ATTRIBUTES and isinstance(value, str):
            value = json.loads(value)
        out[name] = value
    return out


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write ``G`` as GraphML, atomically.

    GraphML holds scalars only: list and dict attributes (``aliases``,
    ``mentions``, ``quantities`` ...) are written as JSON text and attributes
    whose value is None are left out; :func:`read_graphml` restores both.
    Characters XML cannot hold (NUL, ESC, lone surrogates ...) are left out of
    every text, so the file is always well-formed XML, with or without lxml.
    """
    H = nx.MultiDiGraph(**_encode(G.graph))
    for node, data in G.nodes(data=True):
        H.add_node(_key(node), **_encode(data))
    for u, v, key, data in G.edges(keys=True, data=True):
        H.add_edge(_key(u), _key(v), key=_key(key), **_encode(data))
    buffer = io.BytesIO()
    nx.write_graphml(H, buffer, encoding="utf-8", prettyprint=True)
    return atomic_write_bytes(path, buffer.getvalue())


def _key(value: Any) -> Any:
    return xml_text(value) if isinstance(value, str) else value


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a file of :func:`write_graphml` back into the graph that was written."""
    raw = nx.read_graphml(path, force_multigraph=True)
    G = nx.MultiDiGraph(**{k: v for k, v in raw.graph.items() if k not in ("node_default", "edge_default")})
    for node, data in raw.nodes(data=True):
        G.add_node(node, **_decode(data, NODE_ATTRIBUTES.get(data.get("kind"), ())))
    for u, v, key, data in raw.edges(keys=True, data=True):
        G.add_edge(u, v, key=key, **_decode(data, edge_attributes(data.get("relation", ""))))
    return G


def _read(path: Path) -> nx.MultiDiGraph:
    if path.suffix == ".graphml":
        return read_graphml(path)
    return read_node_link(path)


def load(
    path: str | os.PathLike = "exports",
    *,
    papers: str | Iterable[str] | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    around: str | Iterable[str] | None = None,
    hops: int = 1,
    construct: str | None = None,
) -> nx.MultiDiGraph:
    """Return the claimgraph graph (``docs/graph-schema.md``) stored at ``path``, whole or a subgraph of it.

    Without options the whole graph is returned. The options choose a
    subgraph with the same schema; given together, each applies within the
    one before (papers and dates, then ``around``, then ``construct``), so the
    result lies in each one's subgraph. What each keeps is described in
    :mod:`claimgraph.graph.subgraph`.

    A default build writes no graph file (``claimgraph build --graph json``
    does): its graph is then rebuilt from the build's ``papers.jsonl.gz`` and
    ``extractions.jsonl.gz`` (``.jsonl`` in builds before compression) by the same resolve and graph stages, which gives
    the graph ``graph.json`` would hold. Either way the whole graph is made
    in memory once and the subgraph copied out of it, so the peak memory is
    that of the whole graph; only the subgraph stays.
    ``construct`` also loads the build's RDF into the query store of
    :func:`claimgraph.query.run_query`, which keeps it cached
    (:func:`claimgraph.query.clear_cache` frees it).

    Parameters
    ----------
    path : str or path-like
        A build folder written by ``claimgraph build`` (the ``graph.json``,
        else ``graph.graphml``, else the papers and extractions of its
        current version are read, see
        :func:`claimgraph.build_layout.current_build`), a ``graph.json``
        node-link file, a ``.graphml`` file, or one of the build's RDF files
        (``claimgraph.nq.gz`` ...): the graph is then read from the files
        next to it.
    papers : str or iterable of str, optional
        Keep these papers (ids, or ``paper:<id>`` node keys; ids not in the
        build are ignored) with their claims and the entities they mention.
    since, until : str or datetime.date, optional
        Keep the papers whose ``date`` lies in this range (ISO ``yyyy-mm-dd``,
        both ends included); papers without a full date are left out.
    around : str or iterable of str, optional
        Keep the neighbourhood of these entities (names as
        :func:`claimgraph.analysis.find_entity` takes them, or node keys).
    hops : int
        Size of the ``around`` neighbourhood: 1 (the default) is the entity,
        its variants or family, the entities it has a relation with and the
        papers mentioning it; each step more adds the next ring.
    construct : str, optional
        A SPARQL CONSTRUCT (or DESCRIBE) query, or a ``.rq`` file holding
        one, run over the build's RDF: keep the graph nodes whose IRIs the
        result's triples hold and the edges between them.

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    ConfigError
        When ``path`` does not exist, its ``current`` link leads to a missing
        version, or it holds RDF only: the NetworkX graph is not rebuilt from
        RDF (query RDF with :func:`claimgraph.query.run_query`), only from
        papers and extractions. For a date
        that is not ISO ``yyyy-mm-dd``, ``since`` after ``until``, a bad
        ``hops``, an ``around`` name that is no entity (or several), or a
        ``construct`` query that is not CONSTRUCT/DESCRIBE.
    QueryError
        When the ``construct`` query does not parse or the build has no RDF to run it on.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph(name="claimgraph")
    >>> G.add_node("Model:bert", kind="Model", label="BERT")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = write_node_link(G, pathlib.Path(folder) / "graph.json")
    ...     list(load(folder).nodes(data="label"))
    [('Model:bert', 'BERT')]
    """
    chosen = selection(papers=papers, since=since, until=until, around=around, hops=hops, construct=construct)
    target = Path(path)
    if not target.exists():
        raise ConfigError(f"{target}: no such build folder or file (make one with `claimgraph build`)")
    if target.is_file() and Path(target.name.removesuffix(".gz")).suffix in RDF_SUFFIXES:
        folder, rdf = target.parent, target
    elif target.is_file():
        folder, rdf = target.parent, None
    else:
        folder, rdf = current_build(target), None
    if target.is_file() and rdf is None:
        G = _read(target)
    else:
        graph_file = _graph_file(folder)
        G = _read(graph_file) if graph_file is not None else rebuild_graph(folder, rdf)
    return G if chosen is None else select(G, chosen, rdf=rdf or folder)


def _graph_file(folder: Path) -> Path | None:
    for name in GRAPH_FILES:
        if (folder / name).is_file():
            return folder / name
    return None


def rebuild_graph(folder: Path, rdf: Path | None = None) -> nx.MultiDiGraph:
    """The graph of a build without graph files (the default), rebuilt from its papers and extractions.

    ``rdf``, when given, is the RDF file a caller was asked to load instead (named in the error).
    """
    papers, extractions = data_file(folder, "papers"), data_file(folder, "extractions")
    if not (papers.is_file() and extractions.is_file()):
        what = f"{rdf} is RDF and {folder}" if rdf else f"{folder}"
        raise ConfigError(
            f"{what} has no graph.json, graph.graphml, or papers.jsonl.gz and extractions.jsonl.gz to rebuild the "
            "graph from (the NetworkX graph is not rebuilt from RDF): load a build folder written by "
            "`claimgraph build`, or query the RDF with claimgraph.query.run_query"
        )
    from claimgraph.extract.jsonl import from_record
    from claimgraph.graph.construct import build_graph
    from claimgraph.ingest.serialize import paper_from_dict
    from claimgraph.resolve import resolve

    def read(path: Path, record) -> list:
        with open_data(path) as handle:
            return [record(json.loads(line)) for line in handle if line.strip()]

    try:
        extracted = read(extractions, from_record)
        return build_graph(read(papers, paper_from_dict), extracted, resolve(extracted))
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError, OSError, EOFError) as error:
        message = f"{folder}: cannot rebuild the graph from {papers.name} and {extractions.name} ({error})"
        raise ConfigError(message) from None
