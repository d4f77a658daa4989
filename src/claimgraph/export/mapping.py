"""Map the claimgraph NetworkX graph (``docs/graph-schema.md``) to quads.

The default graph holds what no single paper owns: the entities with their
labels and ``variantOf`` links, the extraction activity and software agent, and
one ``cg:PaperGraph`` description per paper. Each paper's named graph holds
that paper's own assertions: its description, mentions (with their spans),
proposals, relation statements (with their evidence sentence) and claims (with
quantities, comparisons and evidence sentence).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from claimgraph.export import vocab as V
from claimgraph.export.collector import (
    QuadCollector,
    anyuri_literal,
    boolean_literal,
    date_literal,
    decimal_literal,
    integer_literal,
    string_literal,
)
from claimgraph.export.iris import Minter

ENTITY_KINDS = ("Model", "Method", "Dataset", "Metric", "Task")
STATED_RELATIONS = frozenset({"evaluated_on", "outperforms", "uses"})


def software_version(G: nx.MultiDiGraph) -> str:
    """Return the claimgraph version recorded in the graph (else the installed one)."""
    version = G.graph.get("claimgraph_version")
    if version:
        return str(version)
    from importlib.metadata import PackageNotFoundError, version as dist_version

    try:
        return dist_version("claimgraph")
    except PackageNotFoundError:
        return "0+unknown"


class _Mapper:
    """State of one mapping run: IRIs of nodes, paper texts, the collector."""

    def __init__(self, G: nx.MultiDiGraph, base_iri: str):
        self.G = G
        self.mint = Minter(base_iri)
        self.out = QuadCollector()
        self.version = software_version(G)
        self.activity = self.mint.activity(self.version)
        self.node_iris: dict[str, str] = {}
        self.papers: dict[str, Mapping[str, Any]] = {}
        for key, data in G.nodes(data=True):
            kind = data.get("kind")
            if kind not in V.KIND_CLASSES:
                raise ValueError(f"node {key!r}: unknown kind {kind!r} (see docs/graph-schema.md)")
            paper = self._claim_paper(key, data) if kind == "Claim" else None
            self.node_iris[key] = self.mint.node(str(key), kind, paper)
            if kind == "Paper":
                self.papers[self._paper_id(key, data)] = data

    # ------------------------------------------------------------ helpers
    @staticmethod
    def _paper_id(key: str, data: Mapping[str, Any]) -> str:
        return str(data.get("id") or str(key).partition(":")[2] or key)

    @staticmethod
    def _claim_paper(key: str, data: Mapping[str, Any]) -> str:
        paper = data.get("paper")
        if paper:
            return str(paper)
        middle = str(key).partition(":")[2]
        return middle.rpartition(":")[0] or middle

    def _graph(self, paper: str | None) -> str:
        return self.mint.paper_graph(paper) if paper else ""

    def _paper_iri(self, paper: str) -> str:
        return self.node_iris.get(f"paper:{paper}") or self.mint.node(f"paper:{paper}", "Paper")

    def _types(self, graph: str, subject: str, classes: tuple) -> None:
        block, _ = self.out.block(graph, subject)
        for cls in classes:
            block[(V.TYPE, cls)] = None

    def span(self, graph: str, paper: str, field: Any, start: Any, end: Any, quote: Any) -> str | None:
        """Add (once) the span of ``paper``'s ``field`` [start, end) and return its IRI."""
        if field is None or start is None or end is None:
            return None
        start, end = int(start), int(end)
        iri = self.mint.span(paper, str(field), start, end)
        block, new = self.out.block(graph, iri)
        if not new:
            return iri
        if quote is None:
            text = self.papers.get(paper, {}).get(str(field))
            quote = text[start:end] if isinstance(text, str) else None
        position, exact = iri + "/position", iri + "/quote"
        add = self.out.add
        for cls in V.SPAN_TYPES:
            block[(V.TYPE, cls)] = None
        block[(V.HAS_SOURCE, self.out.iri(self._paper_iri(paper)))] = None
        block[(V.FIELD, string_literal(field))] = None
        block[(V.HAS_SELECTOR, self.out.iri(position))] = None
        add(graph, position, V.TYPE, V.TEXT_POSITION_SELECTOR)
        add(graph, position, V.START, integer_literal(start))
        add(graph, position, V.END, integer_literal(end))
        if quote:
            block[(V.HAS_SELECTOR, self.out.iri(exact))] = None
            add(graph, exact, V.TYPE, V.TEXT_QUOTE_SELECTOR)
            add(graph, exact, V.EXACT, string_literal(quote))
        return iri

    # -------------------------------------------------------------- nodes
    def provenance(self) -> None:
        """Add the extraction activity and the claimgraph software agent."""
        agent = self.mint.agent(self.version)
        add = self.out.add
        add("", self.activity, V.TYPE, V.PROV_ACTIVITY)
        add("", self.activity, V.LABEL, string_literal(f"claimgraph {self.version} extraction"))
        add("", self.activity, V.WAS_ASSOCIATED_WITH, self.out.iri(agent))
        add("", agent, V.TYPE, V.PROV_SOFTWARE_AGENT)
        add("", agent, V.LABEL, string_literal("claimgraph"))
        add("", agent, V.SOFTWARE_VERSION, string_literal(self.version))

    def paper(self, key: str, data: Mapping[str, Any]) -> None:
        """Add a paper's description to its graph and its graph's to the default graph."""
        paper = self._paper_id(key, data)
        iri, graph = self.node_iris[key], self.mint.paper_graph(paper)
        add, node = self.out.add, self.out.iri(iri)
        self._types(graph, iri, V.KIND_CLASSES["Paper"])
        add(graph, iri, V.LABEL, string_literal(data.get("label") or data.get("title")))
        add(graph, iri, V.IDENTIFIER, string_literal(paper))
        add(graph, iri, V.TITLE, string_literal(data.get("title")))
        add(graph, iri, V.ABSTRACT, string_literal(data.get("abstract")))
        for author in data.get("authors") or ():
            add(graph, iri, V.CREATOR, string_literal(author))
        add(graph, iri, V.AUTHOR_COUNT, integer_literal(data.get("author_count")))
        add(graph, iri, V.DATE, date_literal(data.get("date")))
        add(graph, iri, V.UPVOTES, integer_literal(data.get("upvotes")))
        add(graph, iri, V.URL, anyuri_literal(data.get("url")))
        add(graph, iri, V.ARXIV_ID, string_literal(data.get("arxiv_id")))
        sources = sorted({str(s) for s in data.get("sources") or ()})
        for source in sources:
            add(graph, iri, V.SOURCE, string_literal(source))
        self._types("", graph, (V.PAPER_GRAPH, V.PROV_BUNDLE))
        add("", graph, V.WAS_DERIVED_FROM, node)
        add("", graph, V.WAS_GENERATED_BY, self.out.iri(self.activity))
        for source in sources:
            add("", graph, V.SOURCE, string_literal(source))

    def entity(self, key: str, data: Mapping[str, Any]) -> None:
        """Add an entity (shared by all papers) to the default graph."""
        iri, add = self.node_iris[key], self.out.add
        label = str(data.get("label") or str(key).partition(":")[2])
        self._types("", iri, V.KIND_CLASSES[data["kind"]])
        add("", iri, V.LABEL, string_literal(label))
        add("", iri, V.PREF_LABEL, string_literal(label))
        for alias in sorted({str(a) for a in data.get("aliases") or ()} - {label}):
            add("", iri, V.ALT_LABEL, string_literal(alias))
        add("", iri, V.CANONICAL_NAME, string_literal(data.get("canonical")))
        if data["kind"] == "Model":
            add("", iri, V.PARAMETER_COUNT, integer_literal(data.get("params")))
        add("", iri, V.PAPER_COUNT, integer_literal(data.get("paper_count")))

    def claim(self, key: str, data: Mapping[str, Any]) -> None:
        """Add a claim, its quantities, comparisons and evidence span to its paper's graph."""
        paper = self._claim_paper(key, data)
        iri, graph, add = self.node_iris[key], self.mint.paper_graph(paper), self.out.add
        self._types(graph, iri, V.KIND_CLASSES["Claim"])
        text = data.get("text")
        add(graph, iri, V.LABEL, string_literal(data.get("label") or text))
        add(graph, iri, V.TEXT, string_literal(text))
        add(graph, iri, V.CLAIM_TYPE, string_literal(data.get("claim_type")))
        add(graph, iri, V.HEDGED, boolean_literal(bool(data.get("hedged", False))))
        add(graph, iri, V.CONFIDENCE, decimal_literal(data.get("confidence")))
        add(graph, iri, V.WAS_DERIVED_FROM, self.out.iri(self._paper_iri(paper)))
        add(graph, iri, V.WAS_GENERATED_BY, self.out.iri(self.activity))
        span = self.span(graph, paper, data.get("field"), data.get("start"), data.get("end"), text)
        if span:
            add(graph, iri, V.HAS_EVIDENCE, self.out.iri(span))
        by_text: dict[str, str] = {}
        for i, q in enumerate(data.get("quantities") or ()):
            q_iri = f"{iri}/quantity/{i}"
            add(graph, iri, V.HAS_QUANTITY, self.out.iri(q_iri))
            self._types(graph, q_iri, V.QUANTITY_TYPES)
            add(graph, q_iri, V.LABEL, string_literal(q.get("text")))
            add(graph, q_iri, V.VALUE, decimal_literal(q.get("value")))
            add(graph, q_iri, V.MAX_VALUE, decimal_literal(q.get("high")))
            add(graph, q_iri, V.UNIT_TEXT, string_literal(q.get("unit")))
            add(graph, q_iri, V.MEASURES, string_literal(q.get("measures")))
            by_text.setdefault(str(q.get("text")), q_iri)
        for i, c in enumerate(data.get("comparisons") or ()):
            c_iri = f"{iri}/comparison/{i}"
            add(graph, iri, V.HAS_COMPARISON, self.out.iri(c_iri))
            add(graph, c_iri, V.TYPE, V.COMPARISON)
            add(graph, c_iri, V.QUANTITY_TEXT, string_literal(c.get("quantity")))
            if str(c.get("quantity")) in by_text:
                add(graph, c_iri, V.QUANTITY, self.out.iri(by_text[str(c.get("quantity"))]))
            add(graph, c_iri, V.METRIC_NAME, string_literal(c.get("metric")))
            add(graph, c_iri, V.BASELINE_NAME, string_literal(c.get("baseline")))
            add(graph, c_iri, V.DIRECTION, string_literal(c.get("direction") or "unknown"))
            add(graph, c_iri, V.RELATIVE, boolean_literal(c.get("relative")))
            add(graph, c_iri, V.HIGHER_IS_BETTER, boolean_literal(c.get("higher_is_better")))

    # -------------------------------------------------------------- edges
    def edge_paper(self, u: str, data: Mapping[str, Any]) -> str | None:
        """Return the paper whose graph an edge belongs to (None: default graph)."""
        if data.get("paper"):
            return str(data["paper"])
        source = self.G.nodes[u]
        if source.get("kind") == "Paper":
            return self._paper_id(u, source)
        if source.get("kind") == "Claim":
            return self._claim_paper(u, source)
        return None

    def edge(self, u: str, v: str, key: Any, data: Mapping[str, Any]) -> None:
        """Add one edge: the direct triple, plus spans and a statement where it has them."""
        relation = str(data.get("relation") or str(key).partition("|")[0])
        predicate = V.RELATION_PROPERTIES.get(relation)
        if predicate is None:
            raise ValueError(f"edge {u!r} -> {v!r}: unknown relation {relation!r} (see docs/graph-schema.md)")
        paper = self.edge_paper(u, data)
        graph = self._graph(paper)
        head, tail = self.node_iris[u], self.node_iris[v]
        self.out.add(graph, head, predicate, self.out.iri(tail))
        if relation == "mentions" and paper:
            for m in sorted(data.get("mentions") or (), key=_mention_order):
                span = self.span(graph, paper, m.get("field"), m.get("start"), m.get("end"), m.get("text"))
                if span:
                    self.out.add(graph, span, V.DENOTES, self.out.iri(tail))
        elif relation in STATED_RELATIONS and paper:
            self.statement(graph, paper, relation, (u, v), predicate, data)

    def statement(self, graph: str, paper: str, relation: str, ends: tuple[str, str], predicate: Any,
                  data: Mapping[str, Any]) -> None:
        """Add the reified ``cg:RelationAssertion`` of one paper's relation edge."""
        iri, add = self.mint.relation(paper, relation, *ends), self.out.add
        self._types(graph, iri, V.STATEMENT_TYPES)
        add(graph, iri, V.RDF_SUBJECT, self.out.iri(self.node_iris[ends[0]]))
        add(graph, iri, V.RDF_PREDICATE, predicate)
        add(graph, iri, V.RDF_OBJECT, self.out.iri(self.node_iris[ends[1]]))
        add(graph, iri, V.WAS_DERIVED_FROM, self.out.iri(self._paper_iri(paper)))
        add(graph, iri, V.WAS_GENERATED_BY, self.out.iri(self.activity))
        add(graph, iri, V.CONFIDENCE, decimal_literal(data.get("confidence")))
        span = self.span(graph, paper, data.get("field"), data.get("start"), data.get("end"), data.get("sentence"))
        if span:
            add(graph, iri, V.HAS_EVIDENCE, self.out.iri(span))


def _mention_order(m: Mapping[str, Any]) -> tuple:
    return (str(m.get("field")), m.get("start") or 0, m.get("end") or 0, str(m.get("text")))


def graph_quads(G: nx.MultiDiGraph, *, base_iri: str) -> QuadCollector:
    """Map a claimgraph graph to quads.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following ``docs/graph-schema.md``.
    base_iri : str
        Base of every minted IRI.

    Returns
    -------
    QuadCollector
        The quads, grouped by graph and subject, in canonical order.

    Raises
    ------
    ValueError
        For a node kind or edge relation the schema does not define.
    claimgraph.errors.ConfigError
        For a malformed base IRI.
    """
    mapper = _Mapper(G, base_iri)
    mapper.provenance()
    handlers = {"Paper": mapper.paper, "Claim": mapper.claim}
    for key in sorted(G.nodes, key=str):
        data = G.nodes[key]
        handlers.get(data["kind"], mapper.entity)(key, data)
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, key, data in edges:
        mapper.edge(u, v, key, data)
    return mapper.out
