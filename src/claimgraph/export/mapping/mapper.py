"""The mapper: indexes a graph once, then maps it unit by unit (or paper by paper) to quads.

:class:`RdfMapper` sorts the graph's nodes and edges into the default graph and
the paper graphs and lists each graph's subjects; the statements of each
subject come from the topic modules (:mod:`.provenance`, :mod:`.entities`,
:mod:`.papers`, :mod:`.claims`, :mod:`.edges`, :mod:`.text_spans`).
:func:`iter_rdf` streams the whole canonical sequence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx
from pyoxigraph import NamedNode, Quad

from claimgraph.export.iris import Minter
from claimgraph.export.mapping.claims import add_claim
from claimgraph.export.mapping.edges import add_edges
from claimgraph.export.mapping.entities import add_entity
from claimgraph.export.mapping.graph_keys import claim_paper, edge_paper, paper_id, relation_of, software_version
from claimgraph.export.mapping.papers import add_paper
from claimgraph.export.mapping.provenance import add_activity, add_agent, add_paper_graph
from claimgraph.export.mapping.schema_terms import KIND_CLASSES, PAPER_KINDS
from claimgraph.export.mapping.units import Unit, canonical_units
from claimgraph.export.statements import GraphStatements, MappedUnit


class RdfMapper:
    """Maps a claimgraph graph to quads, unit by unit.

    Building it indexes the graph once (IRIs of nodes, per-paper claims and
    edges); :meth:`map_unit` then maps any unit of :meth:`units` on its own, in
    any order or process, and the units' quads in order are the canonical
    sequence. Fixed units make the files the same for any number of workers.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following ``docs/graph-schema.md``.
    base_iri : str
        Base of every minted IRI.
    mention_spans : bool
        Give each ``schema:mentions`` its text spans (``cg:TextSpan`` s that
        ``cg:denotes`` the entity, with position and quote selectors): the
        ``mentions`` provenance level. Without, a paper's mentions are the bare
        ``schema:mentions`` triples; claims and relation statements keep their
        evidence sentence either way (the ``sentences`` level).
    stated_in_union : bool
        Write an entity's relation stated by several papers to the union of
        all graphs from the first of them (the union of one whole graph). A
        sharded build, whose shards cannot see each other, passes False: the
        union then leaves every such triple out of the paper graphs, and
        :attr:`stated` lists them for a section of their own.

    Raises
    ------
    ValueError
        For a node kind the schema does not define.
    """

    def __init__(self, G: nx.MultiDiGraph, base_iri: str, *, mention_spans: bool = True, stated_in_union: bool = True):
        self.G = G
        self.mention_spans = mention_spans
        self.mint = Minter(base_iri)
        self.version = software_version(G)
        self.activity = self.mint.activity(self.version)
        self.node_iris: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.papers: dict[str, Mapping[str, Any]] = {}  # paper id -> node data
        self.paper_keys: dict[str, str] = {}  # paper id -> node key
        self.claims: dict[str, list[str]] = defaultdict(list)  # paper id -> claim keys
        entities: list[str] = []
        for key, data in G.nodes(data=True):
            kind = self.kinds[key] = data.get("kind")
            if kind not in KIND_CLASSES:
                raise ValueError(f"node {key!r}: unknown kind {kind!r} (see docs/graph-schema.md)")
            paper = claim_paper(key, data) if kind == "Claim" else None
            self.node_iris[key] = self.mint.node(str(key), kind, paper)
            if kind == "Paper":
                pid = paper_id(key, data)
                self.papers[pid], self.paper_keys[pid] = data, key
            elif kind == "Claim":
                self.claims[paper].append(key)  # type: ignore[index]
            else:
                entities.append(key)
        self.paper_edges: dict[str, list[tuple]] = defaultdict(list)
        self.default_edges: dict[str, list[tuple]] = defaultdict(list)
        stated: list[tuple[str, str, str, str]] = []  # (u, relation, v, paper) of an entity's relations
        for u, neighbours in G.adjacency():
            for v, keyed in neighbours.items():
                for key, data in keyed.items():
                    paper = edge_paper(G, u, data)
                    if not paper:
                        self.default_edges[u].append((u, v, key, data))
                        continue
                    self.paper_edges[paper].append((u, v, key, data))
                    if self.kinds[u] not in PAPER_KINDS:
                        stated.append((u, relation_of(key, data), v, paper))
        paper_ids = set(self.papers) | set(self.claims) | set(self.paper_edges)
        #: (graph IRI, paper id) of every paper graph, sorted
        self.graphs = sorted((self.mint.paper_graph(pid), pid) for pid in paper_ids)
        # the default graph's subjects: (subject, function adding its statements, argument); plain functions,
        # not bound methods, so that the mapper holds no reference cycle
        self.items: list[tuple[str, Any, Any]] = [
            (self.activity, add_activity, None),
            (self.mint.agent(self.version), add_agent, None),
            *((self.node_iris[key], add_entity, key) for key in entities),
            *((graph, add_paper_graph, pid) for graph, pid in self.graphs if pid in self.papers),
        ]
        self.items.sort(key=lambda item: item[0])
        # the union of graphs holds an entity's relation stated by several papers once, from the first (graph order)
        rank = {pid: n for n, (_, pid) in enumerate(self.graphs)}
        self.first_stater: dict[tuple[str, str, str], str] = {}
        #: (subject key, relation, object key) of every entity's relation a paper states
        self.stated: set[tuple[str, str, str]] = {(u, relation, v) for u, relation, v, _ in stated}
        for u, relation, v, paper in stated if stated_in_union else ():
            first = self.first_stater.get((u, relation, v))
            if first is None or rank[paper] < rank[first]:
                self.first_stater[(u, relation, v)] = paper

    def units(self) -> list[Unit]:
        """The units of the canonical sequence, in order."""
        return canonical_units(len(self.items), len(self.graphs))

    def map_unit(self, unit: Unit) -> MappedUnit:
        """Map one unit: its graphs' quads, in order.

        Raises
        ------
        ValueError
            For an edge relation the schema does not define.
        """
        return mapped(self._graphs(unit))

    def map_papers(self, paper_ids: Iterable[str]) -> MappedUnit:
        """Map some papers, in the order given: for each, its ``cg:PaperGraph`` description (default graph),
        then its named graph."""
        graphs: list[GraphStatements] = []
        for pid in paper_ids:
            if pid in self.papers:
                described = GraphStatements(None)
                add_paper_graph(self, described, pid)
                graphs.append(described)
            graphs.append(self._paper_statements(self.mint.paper_graph(pid), pid))
        return mapped(graphs)

    def map_entities(self, keys: Iterable[str]) -> MappedUnit:
        """Map some entities (default graph), in the order given."""
        out = GraphStatements(None)
        for key in keys:
            add_entity(self, out, key)
        return mapped([out])

    def map_software(self) -> MappedUnit:
        """Map the extraction activity and the software agent (default graph)."""
        out = GraphStatements(None)
        add_activity(self, out, None)
        add_agent(self, out, None)
        return mapped([out])

    def paper_iri(self, paper: str) -> str:
        """The IRI of paper ``paper`` (minted even if the graph has no node for it)."""
        return self.node_iris.get(f"paper:{paper}") or self.mint.node(f"paper:{paper}", "Paper")

    def _paper_statements(self, graph: str, pid: str) -> GraphStatements:
        """The named graph of one paper."""
        out = GraphStatements(NamedNode(graph))
        if pid in self.papers:
            add_paper(self, out, self.paper_keys[pid], self.papers[pid])
        for key in sorted(self.claims.get(pid, ()), key=str):
            add_claim(self, out, key, self.G.nodes[key])
        add_edges(self, out, self.paper_edges.get(pid, ()), pid)
        return out

    def _graphs(self, unit: Unit) -> Iterator[GraphStatements]:
        """The graphs of ``unit``, each filled: one default graph, or one graph per paper."""
        if unit.kind == "default":
            out = GraphStatements(None)
            for _, add_statements, argument in self.items[unit.start : unit.stop]:
                add_statements(self, out, argument)
            yield out
            return
        for graph, pid in self.graphs[unit.start : unit.stop]:
            yield self._paper_statements(graph, pid)


def mapped(graphs: Iterable[GraphStatements]) -> MappedUnit:
    """The quads of ``graphs`` in order, and which of them the union of all graphs leaves out."""
    quads: list[Quad] = []
    left_out: set[int] = set()
    for graph in graphs:
        quads += graph.quads()
        left_out |= graph.left_out
    return MappedUnit(quads, left_out)


def iter_rdf(G: nx.MultiDiGraph, *, base_iri: str) -> Iterator[Quad]:
    """Map a claimgraph graph to quads, streaming, in canonical order.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following ``docs/graph-schema.md``.
    base_iri : str
        Base of every minted IRI.

    Yields
    ------
    pyoxigraph.Quad
        Default graph first (subjects sorted by IRI), then each paper graph in
        IRI order (subjects sorted by IRI).

    Raises
    ------
    ValueError
        For a node kind or edge relation the schema does not define.
    claimgraph.errors.ConfigError
        For a malformed base IRI.
    """
    mapper = RdfMapper(G, base_iri)
    for unit in mapper.units():
        yield from mapper.map_unit(unit).quads
