"""Map the claimgraph NetworkX graph (``docs/graph-schema.md``) to quads.

The default graph holds what no single paper owns: the entities with their
labels and ``variantOf`` links, the extraction activity and software agent, and
one ``cg:PaperGraph`` description per paper. Each paper's named graph holds
that paper's own assertions: its description, mentions (with their spans),
proposals, relation statements (with their evidence sentence) and claims (with
quantities, comparisons and evidence sentence).

The mapping streams in fixed units (a chunk of the default graph, or a run of
paper graphs), each graph's subjects sorted by IRI, so the same graph always
gives the same sequence, units can be mapped in parallel, and memory stays
bounded by the largest unit. What each node and edge becomes is in
:mod:`claimgraph.export.statements`.
"""

from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

import networkx as nx
from pyoxigraph import NamedNode, Quad, Triple

from claimgraph.export import vocab as V
from claimgraph.export.collector import GraphBuffer
from claimgraph.export.iris import Minter
from claimgraph.export.statements import PAPER_KINDS, StatementMaker, edge_order, relation_of
from claimgraph.graph.build import claimgraph_version


def software_version(G: nx.MultiDiGraph) -> str:
    """Return the claimgraph version recorded in the graph (else the installed one)."""
    version = G.graph.get("claimgraph_version")
    return str(version) if version else claimgraph_version()


_DEFAULT_CHUNK = 20_000  # default-graph subjects per unit
_PAPERS_PER_UNIT = 200  # paper graphs per unit


class Unit(NamedTuple):
    """A slice of the canonical sequence, mapped on its own: ``items[start:stop]`` of the
    default graph (``kind`` "default") or ``graphs[start:stop]`` of the paper graphs ("papers")."""

    kind: str
    start: int
    stop: int


class RdfMapper(StatementMaker):
    """Maps a claimgraph graph to quads or triples, unit by unit.

    Building it indexes the graph once (IRIs of nodes, per-paper claims and
    edges); :meth:`map_unit` then maps any unit of :meth:`units` on its own, in
    any order or process, and the units' batches in order are the canonical
    sequence. Fixed units make the files the same for any number of workers.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following ``docs/graph-schema.md``.
    base_iri : str
        Base of every minted IRI.

    Raises
    ------
    ValueError
        For a node kind the schema does not define.
    """

    def __init__(self, G: nx.MultiDiGraph, base_iri: str):
        self.G = G
        self.mint = Minter(base_iri)
        self.union = False
        self.edges_done: set[tuple[str, str, str, str | None]] = set()
        self.version = software_version(G)
        self.activity = self.mint.activity(self.version)
        self.node_iris: dict[str, str] = {}
        self.papers: dict[str, Mapping[str, Any]] = {}
        self.paper_keys: dict[str, str] = {}
        self.claims: dict[str, list[str]] = defaultdict(list)
        self.entities: list[str] = []
        self.kinds: dict[str, str] = {}
        for key, data in G.nodes(data=True):
            kind = self.kinds[key] = data.get("kind")
            if kind not in V.KIND_CLASSES:
                raise ValueError(f"node {key!r}: unknown kind {kind!r} (see docs/graph-schema.md)")
            paper = self._claim_paper(key, data) if kind == "Claim" else None
            self.node_iris[key] = self.mint.node(str(key), kind, paper)
            if kind == "Paper":
                pid = self._paper_id(key, data)
                self.papers[pid], self.paper_keys[pid] = data, key
            elif kind == "Claim":
                self.claims[paper].append(key)  # type: ignore[index]
            else:
                self.entities.append(key)
        self.shared = {iri: NamedNode(iri) for iri in self.node_iris.values()}
        self.shared[self.activity] = NamedNode(self.activity)
        self.paper_edges: dict[str, list[tuple]] = defaultdict(list)
        self.default_edges: dict[str, list[tuple]] = defaultdict(list)
        stated: list[tuple[str, str, str, str]] = []  # (u, relation, v, paper) of an entity's relations
        for u, neighbours in G.adjacency():
            entity = self.kinds[u] not in PAPER_KINDS
            for v, keyed in neighbours.items():
                for key, data in keyed.items():
                    paper = self.edge_paper(u, data)
                    if not paper:
                        self.default_edges[u].append((u, v, key, data))
                        continue
                    self.paper_edges[paper].append((u, v, key, data))
                    if entity:
                        stated.append((u, relation_of(key, data), v, paper))
        self.out = GraphBuffer(None, triples=False, shared=self.shared)
        # (subject, handler, argument); handlers are functions, not bound methods (no reference cycle)
        self.items: list[tuple[str, Any, Any]] = [(self.activity, RdfMapper.activity_block, None)]
        self.items.append((self.mint.agent(self.version), RdfMapper.agent_block, None))
        self.items.extend((self.node_iris[key], RdfMapper.entity, key) for key in self.entities)
        paper_ids = set(self.papers) | set(self.claims) | set(self.paper_edges)
        self.graphs = sorted((self.mint.paper_graph(pid), pid) for pid in paper_ids)
        self.items.extend((graph, RdfMapper.paper_graph, pid) for graph, pid in self.graphs if pid in self.papers)
        self.items.sort(key=lambda item: item[0])
        # union of graphs: an entity's relation stated by several papers is written by the first (graph order)
        rank = {pid: n for n, (_, pid) in enumerate(self.graphs)}
        self.first_stater: dict[tuple[str, str, str], str] = {}
        for u, relation, v, paper in stated:
            first = self.first_stater.get((u, relation, v))
            if first is None or rank[paper] < rank[first]:
                self.first_stater[(u, relation, v)] = paper

    def units(self) -> list[Unit]:
        """The units of the canonical sequence, in order."""
        default = [Unit("default", i, i + _DEFAULT_CHUNK) for i in range(0, len(self.items), _DEFAULT_CHUNK)]
        papers = range(0, len(self.graphs), _PAPERS_PER_UNIT)
        return default + [Unit("papers", i, i + _PAPERS_PER_UNIT) for i in papers]

    def map_unit(self, unit: Unit, *, triples: bool, per_graph: bool = False) -> list[list[Quad | Triple]]:
        """Map one unit: a batch per graph (whole subjects, sorted by subject IRI).

        Parameters
        ----------
        unit : Unit
            One of :meth:`units`.
        triples : bool
            ``Triple`` objects instead of ``Quad`` objects: of the union of all
            graphs, or with ``per_graph`` of each graph.
        per_graph : bool
            With ``triples``: each graph's own triples (the statements of the
            quads), a :class:`~claimgraph.export.collector.GraphTriples` per
            named graph.

        Raises
        ------
        ValueError
            For an edge relation the schema does not define.
        """
        return [buffer.drain() for buffer in self._filled(unit, triples=triples, union=triples and not per_graph)]

    def map_unit_with_union(self, unit: Unit, *, triples: bool = False) -> tuple[list[list], list[list[Triple]]]:
        """Map one unit to quads (or each graph's triples), and derive from them its triples of the union of all graphs.

        Returns the same batches as ``map_unit(unit, triples=triples, per_graph=True)``
        and ``map_unit(unit, triples=True)``, for less than the cost of both.
        """
        graphs, union = [], []
        for buffer in self._filled(unit, triples=triples, union=False):
            unit_graphs, unit_union = buffer.drain_with_union()
            graphs.append(unit_graphs)
            union.append(unit_union)
        return graphs, union

    def _filled(self, unit: Unit, *, triples: bool, union: bool) -> Iterator[GraphBuffer]:
        """Fill one buffer per graph of ``unit`` (one for a default-graph unit).

        ``triples``: build ``Triple`` objects; ``union``: the union of all
        graphs (one default graph, each relation once) instead of each graph.
        """
        self.union = union
        self.edges_done = set()
        if unit.kind == "default":
            self.out = GraphBuffer(None, triples=triples, shared=self.shared)
            for _, handler, arg in self.items[unit.start : unit.stop]:
                handler(self, arg)
            yield self.out
            return
        for graph, pid in self.graphs[unit.start : unit.stop]:
            name = None if union else self.shared.get(graph) or NamedNode(graph)
            self.out = GraphBuffer(name, triples=triples, shared=self.shared)
            if pid in self.papers:
                self.paper(self.paper_keys[pid], self.papers[pid])
            for key in sorted(self.claims.get(pid, ()), key=str):
                self.claim(key, self.G.nodes[key])
            for u, v, key, data in sorted(self.paper_edges.get(pid, ()), key=edge_order):
                self.edge(u, v, key, data, pid)
            yield self.out


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (millions of small objects, no cycles)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def iter_rdf(G: nx.MultiDiGraph, *, base_iri: str, triples: bool = False) -> Iterator[Quad | Triple]:
    """Map a claimgraph graph to RDF, streaming, in canonical order.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following ``docs/graph-schema.md``.
    base_iri : str
        Base of every minted IRI.
    triples : bool
        False: yield ``Quad`` objects (default graph, then one named graph per
        paper). True: yield the ``Triple`` objects of the union of all graphs,
        without duplicates.

    Yields
    ------
    pyoxigraph.Quad or pyoxigraph.Triple
        Default graph first (subjects sorted by IRI), then each paper graph in
        IRI order (subjects sorted by IRI).

    Raises
    ------
    ValueError
        For a node kind or edge relation the schema does not define.
    claimgraph.errors.ConfigError
        For a malformed base IRI.
    """
    for batch in iter_rdf_batches(G, base_iri=base_iri, triples=triples):
        yield from batch


def iter_rdf_batches(G: nx.MultiDiGraph, *, base_iri: str, triples: bool = False) -> Iterator[list[Quad | Triple]]:
    """Map a claimgraph graph to RDF in batches: :func:`iter_rdf`'s sequence, one list per graph or chunk.

    Each batch holds whole subjects of one graph: a chunk of the default graph
    or one paper's graph.
    """
    mapper = RdfMapper(G, base_iri)
    for unit in mapper.units():
        yield from mapper.map_unit(unit, triples=triples)
