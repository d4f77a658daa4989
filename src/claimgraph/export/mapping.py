"""Map the claimgraph NetworkX graph (``docs/graph-schema.md``) to quads.

The default graph holds what no single paper owns: the entities with their
labels and ``variantOf`` links, the extraction activity and software agent, and
one ``cg:PaperGraph`` description per paper. Each paper's named graph holds
that paper's own assertions: its description, mentions (with their spans),
proposals, relation statements (with their evidence sentence) and claims (with
quantities, comparisons and evidence sentence).

Each node has one ``rdf:type``, its ``cg:`` class; what is the same for every
node of a graph is said once, by the graph's ``cg:PaperGraph`` description
(``prov:wasDerivedFrom`` its paper, ``prov:wasGeneratedBy`` the extraction), not
by every claim in it (docs/ontology.md, "One type a node, provenance once a
graph"). A value is said once too: no ``rdfs:label`` repeats an entity's
``skos:prefLabel``, a paper's ``dcterms:title`` or a claim's ``schema:text``
(the ontology makes those properties sub-properties of ``rdfs:label``), no
comparison's ``cg:quantityText`` the label of its ``cg:quantity``, no paper
graph the ``dcterms:source`` of its paper, and no quote selector a claim's
``schema:text`` (a claim's evidence span has its position selector only)
(docs/ontology.md, "Each value once").

The mapping runs in fixed units (a chunk of the default graph, or a run of
paper graphs), each graph's subjects sorted by IRI and each subject's
statements in the order written here (:mod:`claimgraph.export.statements`),
so the same graph always gives the same sequence, units can be mapped in
parallel, and memory stays bounded by the largest unit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
from pyoxigraph import Literal, NamedNode, Quad

from claimgraph.export.iris import Minter
from claimgraph.export.literals import (
    anyuri_literal,
    boolean_literal,
    date_literal,
    decimal_literal,
    integer_literal,
    string_literal,
)
from claimgraph.export.statements import GraphStatements, MappedUnit
from claimgraph.export.vocabulary import cg, dc, dcterms, oa, prov, rdf, rdfs, schema, skos
from claimgraph.graph.schema import STATED_RELATIONS
from claimgraph.version import __version__

#: ``rdf:type`` of each node kind: its one claimgraph class. The standard classes it specialises
#: (``schema:ScholarlyArticle``, ``mls:Model``, ``cg:Entity``, ...) are ``rdfs:subClassOf`` axioms of
#: ``ontology/claimgraph.ttl``, stated once there rather than on every node (docs/ontology.md, "One type a
#: node"); a query finds every node of a kind by its ``cg:`` class alone.
KIND_CLASSES = {
    "Paper": cg.Paper,
    "Model": cg.Model,
    "Method": cg.Method,
    "Dataset": cg.Dataset,
    "Metric": cg.Metric,
    "Task": cg.Task,
    "Claim": cg.Claim,
}

#: Edge ``relation`` (docs/graph-schema.md) -> property.
RELATION_PROPERTIES = {
    "mentions": schema.mentions,
    "proposes": cg.proposes,
    "evaluated_on": cg.evaluatedOn,
    "outperforms": cg.outperforms,
    "uses": cg.uses,
    "variant_of": cg.variantOf,
    "asserts": cg.asserts,
    "subject": cg.subject,
    "baseline": cg.baseline,
    "dataset": cg.dataset,
    "metric": cg.metric,
}

#: Kinds whose nodes belong to one paper; the other nodes (entities) are shared by the papers.
PAPER_KINDS = ("Paper", "Claim")

DEFAULT_CHUNK = 20_000  # default-graph subjects per unit
PAPERS_PER_UNIT = 200  # paper graphs per unit


@dataclass(frozen=True)
class Unit:
    """A slice of the canonical sequence, mapped on its own: ``items[start:stop]`` of the
    default graph (``kind`` "default") or ``graphs[start:stop]`` of the paper graphs ("papers")."""

    kind: str
    start: int
    stop: int


def software_version(G: nx.MultiDiGraph) -> str:
    """Return the claimgraph version recorded in the graph (else the installed one)."""
    return str(G.graph.get("claimgraph_version") or __version__)


def relation_of(key: Any, data: Mapping[str, Any]) -> str:
    """The relation of an edge: its ``relation`` attribute, else its key's first part."""
    return str(data.get("relation") or str(key).partition("|")[0])


def edge_order(edge: tuple) -> tuple[str, str, str]:
    """Sort key of ``(u, v, key, data)`` edges: by their ends and key."""
    return (str(edge[0]), str(edge[1]), str(edge[2]))


def _mention_order(m: Mapping[str, Any]) -> tuple:
    return (str(m.get("field")), m.get("start") or 0, m.get("end") or 0, str(m.get("text")))


def _paper_id(key: str, data: Mapping[str, Any]) -> str:
    return str(data.get("id") or str(key).partition(":")[2] or key)


def _untitled_paper_label(key: str, data: Mapping[str, Any]) -> Literal | None:
    """The ``rdfs:label`` of a paper without a title (its id); a paper's title is its label
    (``dcterms:title`` is a sub-property of ``rdfs:label``), not repeated."""
    if data.get("title"):
        return None
    return string_literal(data.get("label") or _paper_id(key, data))


def _claim_paper(key: str, data: Mapping[str, Any]) -> str:
    paper = data.get("paper")
    if paper:
        return str(paper)
    middle = str(key).partition(":")[2]
    return middle.rpartition(":")[0] or middle


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
            paper = _claim_paper(key, data) if kind == "Claim" else None
            self.node_iris[key] = self.mint.node(str(key), kind, paper)
            if kind == "Paper":
                pid = _paper_id(key, data)
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
                    paper = self._edge_paper(u, data)
                    if not paper:
                        self.default_edges[u].append((u, v, key, data))
                        continue
                    self.paper_edges[paper].append((u, v, key, data))
                    if self.kinds[u] not in PAPER_KINDS:
                        stated.append((u, relation_of(key, data), v, paper))
        paper_ids = set(self.papers) | set(self.claims) | set(self.paper_edges)
        #: (graph IRI, paper id) of every paper graph, sorted
        self.graphs = sorted((self.mint.paper_graph(pid), pid) for pid in paper_ids)
        # the default graph's subjects: (subject, method adding its statements, argument); functions, not bound
        # methods, so that the mapper holds no reference cycle
        self.items: list[tuple[str, Any, Any]] = [
            (self.activity, RdfMapper._activity_statements, None),
            (self.mint.agent(self.version), RdfMapper._agent_statements, None),
            *((self.node_iris[key], RdfMapper._entity, key) for key in entities),
            *((graph, RdfMapper._paper_graph, pid) for graph, pid in self.graphs if pid in self.papers),
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

    # ------------------------------------------------------------- units
    def units(self) -> list[Unit]:
        """The units of the canonical sequence, in order."""
        default = [Unit("default", i, i + DEFAULT_CHUNK) for i in range(0, len(self.items), DEFAULT_CHUNK)]
        papers = [Unit("papers", i, i + PAPERS_PER_UNIT) for i in range(0, len(self.graphs), PAPERS_PER_UNIT)]
        return default + papers

    def map_unit(self, unit: Unit) -> MappedUnit:
        """Map one unit: its graphs' quads, in order.

        Raises
        ------
        ValueError
            For an edge relation the schema does not define.
        """
        quads: list[Quad] = []
        left_out: set[int] = set()
        for graph in self._graphs(unit):
            quads += graph.quads()
            left_out |= graph.left_out
        return MappedUnit(quads, left_out)

    def map_papers(self, paper_ids: Iterable[str]) -> MappedUnit:
        """Map some papers, in the order given: for each, its ``cg:PaperGraph`` description (default graph),
        then its named graph."""
        graphs: list[GraphStatements] = []
        for pid in paper_ids:
            if pid in self.papers:
                described = GraphStatements(None)
                self._paper_graph(described, pid)
                graphs.append(described)
            graphs.append(self._paper_statements(self.mint.paper_graph(pid), pid))
        return _mapped(graphs)

    def map_entities(self, keys: Iterable[str]) -> MappedUnit:
        """Map some entities (default graph), in the order given."""
        out = GraphStatements(None)
        for key in keys:
            self._entity(out, key)
        return _mapped([out])

    def map_software(self) -> MappedUnit:
        """Map the extraction activity and the software agent (default graph)."""
        out = GraphStatements(None)
        self._activity_statements(out, None)
        self._agent_statements(out, None)
        return _mapped([out])

    def _paper_statements(self, graph: str, pid: str) -> GraphStatements:
        """The named graph of one paper."""
        out = GraphStatements(NamedNode(graph))
        if pid in self.papers:
            self._paper(out, self.paper_keys[pid], self.papers[pid])
        for key in sorted(self.claims.get(pid, ()), key=str):
            self._claim(out, key, self.G.nodes[key])
        self._edges(out, self.paper_edges.get(pid, ()), pid)
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

    # ------------------------------------------------------------- nodes
    def _paper_iri(self, paper: str) -> str:
        return self.node_iris.get(f"paper:{paper}") or self.mint.node(f"paper:{paper}", "Paper")

    def _activity_statements(self, out: GraphStatements, _: None) -> None:
        """The extraction activity (default graph)."""
        out.add(
            self.activity,
            [
                (rdf.type, prov.Activity),
                (rdfs.label, string_literal(f"claimgraph {self.version} extraction")),
                (prov.wasAssociatedWith, NamedNode(self.mint.agent(self.version))),
            ],
        )

    def _agent_statements(self, out: GraphStatements, _: None) -> None:
        """claimgraph as the software agent of the extraction (default graph)."""
        out.add(
            self.mint.agent(self.version),
            [
                (rdf.type, prov.SoftwareAgent),
                (rdfs.label, string_literal("claimgraph")),
                (schema.softwareVersion, string_literal(self.version)),
            ],
        )

    @staticmethod
    def _sources(data: Mapping[str, Any]) -> list[tuple[NamedNode, Literal | None]]:
        return [(dcterms.source, string_literal(s)) for s in sorted({str(s) for s in data.get("sources") or ()})]

    def _paper_graph(self, out: GraphStatements, paper: str) -> None:
        """A paper's named graph: its paper and extraction (default graph); the sources are the paper's."""
        out.add(
            self.mint.paper_graph(paper),
            [
                (rdf.type, cg.PaperGraph),
                (prov.wasDerivedFrom, NamedNode(self.node_iris[self.paper_keys[paper]])),
                (prov.wasGeneratedBy, NamedNode(self.activity)),
            ],
        )

    def _entity(self, out: GraphStatements, key: str) -> None:
        """An entity and its paper-less edges (``variantOf``), in the default graph.

        Its label is its ``skos:prefLabel`` (a sub-property of ``rdfs:label``), not repeated as ``rdfs:label``.
        """
        data = self.G.nodes[key]
        label = str(data.get("label") or str(key).partition(":")[2])
        aliases = sorted({str(a) for a in data.get("aliases") or ()} - {label})
        params = integer_literal(data.get("params")) if data["kind"] == "Model" else None
        out.add(
            self.node_iris[key],
            [
                (rdf.type, KIND_CLASSES[data["kind"]]),
                (skos.prefLabel, string_literal(label)),
                *((skos.altLabel, string_literal(alias)) for alias in aliases),
                (cg.canonicalName, string_literal(data.get("canonical"))),
                (cg.parameterCount, params),
                (cg.paperCount, integer_literal(data.get("paper_count"))),
            ],
        )
        self._edges(out, self.default_edges.get(key, ()), None)

    def _paper(self, out: GraphStatements, key: str, data: Mapping[str, Any]) -> None:
        """A paper's description (in its own graph)."""
        out.add(
            self.node_iris[key],
            [
                (rdf.type, cg.Paper),
                (rdfs.label, _untitled_paper_label(key, data)),
                (dcterms.identifier, string_literal(_paper_id(key, data))),
                (dcterms.title, string_literal(data.get("title"))),
                (dcterms.abstract, string_literal(data.get("abstract"))),
                *((dc.creator, string_literal(author)) for author in dict.fromkeys(data.get("authors") or ())),
                (cg.authorCount, integer_literal(data.get("author_count"))),
                (dcterms.date, date_literal(data.get("date"))),
                (cg.upvotes, integer_literal(data.get("upvotes"))),
                (schema.url, anyuri_literal(data.get("url"))),
                (cg.arxivId, string_literal(data.get("arxiv_id"))),
                *self._sources(data),
            ],
        )

    def _claim(self, out: GraphStatements, key: str, data: Mapping[str, Any]) -> None:
        """A claim, its quantities, comparisons and evidence span (in its paper's graph).

        Its paper is the one that ``cg:asserts`` it, and its extraction the ``prov:wasGeneratedBy`` of the
        paper's graph: neither is repeated on the claim. Its text is its ``schema:text``, not repeated by a quote
        selector of its evidence span (which has its position selector only), and its label (``schema:text`` is
        a sub-property of ``rdfs:label``). A comparison names its number by ``cg:quantity``, whose
        ``rdfs:label`` is the number's text; ``cg:quantityText`` only for a number no quantity of the claim has.
        """
        paper = _claim_paper(key, data)
        iri = self.node_iris[key]
        text = data.get("text")
        span = self._span(out, paper, data.get("field"), data.get("start"), data.get("end"), text, quoted=not text)
        quantities = list(data.get("quantities") or ())
        comparisons = list(data.get("comparisons") or ())
        out.add(
            iri,
            [
                (rdf.type, cg.Claim),
                (schema.text, string_literal(text)),
                (cg.claimType, string_literal(data.get("claim_type"))),
                (cg.hedged, boolean_literal(bool(data.get("hedged", False)))),
                (cg.confidence, decimal_literal(data.get("confidence"))),
                (cg.hasEvidence, span and NamedNode(span)),
                *((cg.hasQuantity, NamedNode(f"{iri}/quantity/{i}")) for i in range(len(quantities))),
                *((cg.hasComparison, NamedNode(_comparison_iri(iri, i))) for i in range(len(comparisons))),
            ],
        )
        by_text: dict[str, NamedNode] = {}
        for i, q in enumerate(quantities):
            q_iri = f"{iri}/quantity/{i}"
            by_text.setdefault(str(q.get("text")), NamedNode(q_iri))
            out.add(
                q_iri,
                [
                    (rdf.type, cg.Quantity),
                    (rdfs.label, string_literal(q.get("text"))),
                    (schema.value, decimal_literal(q.get("value"))),
                    (schema.maxValue, decimal_literal(q.get("high"))),
                    (schema.unitText, string_literal(q.get("unit"))),
                    (cg.measures, string_literal(q.get("measures"))),
                ],
            )
        for i, c in enumerate(comparisons):
            quantity = by_text.get(str(c.get("quantity")))
            out.add(
                _comparison_iri(iri, i),
                [
                    (rdf.type, cg.Comparison),
                    (cg.quantityText, None if quantity else string_literal(c.get("quantity"))),
                    (cg.quantity, quantity),
                    (cg.metricName, string_literal(c.get("metric"))),
                    (cg.baselineName, string_literal(c.get("baseline"))),
                    (cg.direction, string_literal(c.get("direction") or "unknown")),
                    (cg.relative, boolean_literal(c.get("relative"))),
                    (cg.higherIsBetter, boolean_literal(c.get("higher_is_better"))),
                    (cg.numberRole, string_literal(c.get("role"))),
                    (cg.datasetName, string_literal(c.get("dataset"))),
                    (cg.modelName, string_literal(c.get("model"))),
                ],
            )

    def _span(
        self, out: GraphStatements, paper: str, field: Any, start: Any, end: Any, quote: Any, *, quoted: bool = True
    ) -> str | None:
        """Add (once) the span of ``paper``'s ``field`` [start, end) with its selectors; return its IRI.

        The position selector is ``<span>/position``, the quote selector (when
        there is a quote, else the text at the offsets) ``<span>/quote``. A
        selector is told by its properties (``oa:start``/``oa:end``, or
        ``oa:exact``), so it states no ``rdf:type``. Without ``quoted`` (the
        span of a claim, whose ``schema:text`` is the quote) there is no quote
        selector. The first call for a span decides; claims are mapped first.
        """
        if field is None or start is None or end is None:
            return None
        start, end, field = int(start), int(end), str(field)
        iri = self.mint.span(paper, field, start, end)
        if out.has(iri):
            return iri
        if quote is None:
            text = self.papers.get(paper, {}).get(field)
            quote = text[start:end] if isinstance(text, str) else None
        exact = string_literal(quote) if quote and quoted else None
        position, quote_iri = f"{iri}/position", f"{iri}/quote"
        out.add(
            iri,
            [
                (rdf.type, cg.TextSpan),
                (oa.hasSource, NamedNode(self._paper_iri(paper))),
                (cg.field, Literal(field)),
                (oa.hasSelector, NamedNode(position)),
                (oa.hasSelector, NamedNode(quote_iri) if exact is not None else None),
            ],
        )
        out.add(
            position,
            [(oa.start, integer_literal(start)), (oa.end, integer_literal(end))],
        )
        if exact is not None:
            out.add(quote_iri, [(oa.exact, exact)])
        return iri

    # ------------------------------------------------------------- edges
    def _edge_paper(self, u: str, data: Mapping[str, Any]) -> str | None:
        """Return the paper whose graph an edge belongs to (None: default graph)."""
        if data.get("paper"):
            return str(data["paper"])
        source = self.G.nodes[u]
        if source.get("kind") == "Paper":
            return _paper_id(u, source)
        if source.get("kind") == "Claim":
            return _claim_paper(u, source)
        return None

    def _edges(self, out: GraphStatements, edges: Iterable[tuple], paper: str | None) -> None:
        """Add edges of one graph (``paper``'s, or the default graph), in order; an edge saying
        what an earlier one said adds nothing."""
        done: set[tuple[str, str, str]] = set()
        for u, v, key, data in sorted(edges, key=edge_order):
            relation = relation_of(key, data)
            if (u, relation, v) not in done:
                done.add((u, relation, v))
                self._edge(out, u, v, relation, data, paper)

    def _edge(
        self, out: GraphStatements, u: str, v: str, relation: str, data: Mapping[str, Any], paper: str | None
    ) -> None:
        """Add one edge: the direct triple, plus spans or a statement where it has them."""
        predicate = RELATION_PROPERTIES.get(relation)
        if predicate is None:
            raise ValueError(f"edge {u!r} -> {v!r}: unknown relation {relation!r} (see docs/graph-schema.md)")
        tail = NamedNode(self.node_iris[v])
        shared_subject = self.kinds[u] not in PAPER_KINDS
        in_union = not (shared_subject and paper) or self.first_stater.get((u, relation, v)) == paper
        out.add(self.node_iris[u], [(predicate, tail)], in_union=in_union)
        if relation == "mentions" and paper and self.mention_spans:
            denoting: set[str] = set()
            for m in sorted(data.get("mentions") or (), key=_mention_order):
                span = self._span(out, paper, m.get("field"), m.get("start"), m.get("end"), m.get("text"))
                if span is not None and span not in denoting:
                    denoting.add(span)
                    out.add(span, [(cg.denotes, tail)])
        elif relation in STATED_RELATIONS and paper:
            self._statement(out, paper, relation, u, v, predicate, data)

    def _statement(
        self, out: GraphStatements, paper: str, relation: str, u: str, v: str, predicate: NamedNode, data: Mapping
    ) -> None:
        """Add the reified ``cg:RelationAssertion`` of one paper's relation edge.

        It keeps its ``prov:wasDerivedFrom`` paper (no other triple outside its graph names that paper); its
        extraction is the ``prov:wasGeneratedBy`` of the paper's graph.
        """
        span = self._span(out, paper, data.get("field"), data.get("start"), data.get("end"), data.get("sentence"))
        out.add(
            self.mint.relation(paper, relation, u, v),
            [
                (rdf.type, cg.RelationAssertion),
                (rdf.subject, NamedNode(self.node_iris[u])),
                (rdf.predicate, predicate),
                (rdf.object, NamedNode(self.node_iris[v])),
                (prov.wasDerivedFrom, NamedNode(self._paper_iri(paper))),
                (cg.confidence, decimal_literal(data.get("confidence"))),
                (cg.hasEvidence, span and NamedNode(span)),
                *(
                    (cg.margin, NamedNode(_comparison_iri(self.node_iris[m["claim"]], m["comparison"])))
                    for m in data.get("margins") or ()
                ),
            ],
        )


def _comparison_iri(claim_iri: str, index: int) -> str:
    """The IRI of comparison ``index`` of a claim (a number's meaning, ``cg:Comparison``)."""
    return f"{claim_iri}/comparison/{index}"


def _mapped(graphs: Iterable[GraphStatements]) -> MappedUnit:
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
