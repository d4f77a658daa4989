"""The statements of each node and edge of a claimgraph graph (``docs/graph-schema.md``).

:class:`StatementMaker` holds what the mapping emits for a paper, an entity,
a claim (with its quantities, comparisons and evidence span), an edge (with
its mention spans or its reified statement) and the extraction's provenance;
:class:`claimgraph.export.mapping.RdfMapper` indexes the graph and decides
which graph each statement goes to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx
from pyoxigraph import NamedNode

from claimgraph.export import vocab as V
from claimgraph.export.collector import (
    GraphBuffer,
    anyuri_literal,
    boolean_literal,
    date_literal,
    decimal_literal,
    field_literal,
    integer_literal,
    string_literal,
)
from claimgraph.export.iris import Minter
from claimgraph.graph.schema import STATED_RELATIONS

#: Kinds whose nodes belong to one paper; the other nodes (entities) are shared by the papers.
PAPER_KINDS = ("Paper", "Claim")


class StatementMaker:
    """Emits the statements of nodes and edges into the current buffer ``out``.

    Subclasses set the attributes below; each ``map`` of a unit sets ``out``
    (the graph being filled) and ``union`` (union mode: a relation stated by
    several papers is written once, by the paper in ``first_stater``).
    """

    G: nx.MultiDiGraph
    mint: Minter
    version: str
    activity: str
    node_iris: dict[str, str]
    kinds: dict[str, str]
    papers: dict[str, Mapping[str, Any]]
    paper_keys: dict[str, str]
    default_edges: dict[str, list[tuple]]
    first_stater: dict[tuple[str, str, str], str]
    edges_done: set[tuple[str, str, str, str | None]]
    out: GraphBuffer
    union: bool

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

    def _paper_iri(self, paper: str) -> str:
        return self.node_iris.get(f"paper:{paper}") or self.mint.node(f"paper:{paper}", "Paper")

    def span(self, paper: str, field: Any, start: Any, end: Any, quote: Any) -> str | None:
        """Add (once) the span of ``paper``'s ``field`` [start, end) and return its IRI."""
        if field is None or start is None or end is None:
            return None
        start, end, field = int(start), int(end), str(field)
        out = self.out
        iri = self.mint.span(paper, field, start, end)
        if out.has(iri):
            return iri
        if quote is None:
            text = self.papers.get(paper, {}).get(field)
            quote = text[start:end] if isinstance(text, str) else None
        out.span(
            iri,
            out.iri(self._paper_iri(paper)),
            field_literal(field),
            integer_literal(start),
            integer_literal(end),
            string_literal(quote) if quote else None,
        )
        return iri

    # -------------------------------------------------------------- nodes
    def activity_block(self, _: object = None) -> None:
        """Add the extraction activity (default graph)."""
        self.out.emit(
            self.activity,
            [
                (V.TYPE, V.PROV_ACTIVITY),
                (V.LABEL, string_literal(f"claimgraph {self.version} extraction")),
                (V.WAS_ASSOCIATED_WITH, self.out.iri(self.mint.agent(self.version))),
            ],
        )

    def agent_block(self, _: object = None) -> None:
        """Add claimgraph as the software agent of the extraction (default graph)."""
        self.out.emit(
            self.mint.agent(self.version),
            [
                (V.TYPE, V.PROV_SOFTWARE_AGENT),
                (V.LABEL, string_literal("claimgraph")),
                (V.SOFTWARE_VERSION, string_literal(self.version)),
            ],
        )

    @staticmethod
    def _sources(data: Mapping[str, Any]) -> list[tuple[NamedNode, Any]]:
        return [(V.SOURCE, string_literal(s)) for s in sorted({str(s) for s in data.get("sources") or ()})]

    def paper(self, key: str, data: Mapping[str, Any]) -> None:
        """Add a paper's description (to its own graph)."""
        self.out.emit(
            self.node_iris[key],
            [
                *((V.TYPE, cls) for cls in V.KIND_CLASSES["Paper"]),
                (V.LABEL, string_literal(data.get("label") or data.get("title"))),
                (V.IDENTIFIER, string_literal(self._paper_id(key, data))),
                (V.TITLE, string_literal(data.get("title"))),
                (V.ABSTRACT, string_literal(data.get("abstract"))),
                *((V.CREATOR, string_literal(author)) for author in dict.fromkeys(data.get("authors") or ())),
                (V.AUTHOR_COUNT, integer_literal(data.get("author_count"))),
                (V.DATE, date_literal(data.get("date"))),
                (V.UPVOTES, integer_literal(data.get("upvotes"))),
                (V.URL, anyuri_literal(data.get("url"))),
                (V.ARXIV_ID, string_literal(data.get("arxiv_id"))),
                *self._sources(data),
            ],
        )

    def paper_graph(self, paper: str) -> None:
        """Describe a paper's named graph: its paper, sources and extraction (default graph)."""
        data = self.papers[paper]
        self.out.emit(
            self.mint.paper_graph(paper),
            [
                (V.TYPE, V.PAPER_GRAPH),
                (V.TYPE, V.PROV_BUNDLE),
                (V.WAS_DERIVED_FROM, self.out.iri(self.node_iris[self.paper_keys[paper]])),
                (V.WAS_GENERATED_BY, self.out.iri(self.activity)),
                *self._sources(data),
            ],
        )

    def entity(self, key: str) -> None:
        """Add an entity and its paper-less edges (``variantOf``) to the default graph."""
        data = self.G.nodes[key]
        label = str(data.get("label") or str(key).partition(":")[2])
        aliases = sorted({str(a) for a in data.get("aliases") or ()} - {label})
        params = integer_literal(data.get("params")) if data["kind"] == "Model" else None
        self.out.emit(
            self.node_iris[key],
            [
                *((V.TYPE, cls) for cls in V.KIND_CLASSES[data["kind"]]),
                (V.LABEL, string_literal(label)),
                (V.PREF_LABEL, string_literal(label)),
                *((V.ALT_LABEL, string_literal(alias)) for alias in aliases),
                (V.CANONICAL_NAME, string_literal(data.get("canonical"))),
                (V.PARAMETER_COUNT, params),
                (V.PAPER_COUNT, integer_literal(data.get("paper_count"))),
            ],
        )
        for u, v, edge_key, edge_data in sorted(self.default_edges.get(key, ()), key=edge_order):
            self.edge(u, v, edge_key, edge_data, None)

    def claim(self, key: str, data: Mapping[str, Any]) -> None:
        """Add a claim, its quantities, comparisons and evidence span to its paper's graph."""
        paper = self._claim_paper(key, data)
        iri, node, emit = self.node_iris[key], self.out.iri, self.out.emit
        text = data.get("text")
        span = self.span(paper, data.get("field"), data.get("start"), data.get("end"), text)
        quantities = list(data.get("quantities") or ())
        comparisons = list(data.get("comparisons") or ())
        emit(
            iri,
            [
                *((V.TYPE, cls) for cls in V.KIND_CLASSES["Claim"]),
                (V.LABEL, string_literal(data.get("label") or text)),
                (V.TEXT, string_literal(text)),
                (V.CLAIM_TYPE, string_literal(data.get("claim_type"))),
                (V.HEDGED, boolean_literal(bool(data.get("hedged", False)))),
                (V.CONFIDENCE, decimal_literal(data.get("confidence"))),
                (V.WAS_DERIVED_FROM, node(self._paper_iri(paper))),
                (V.WAS_GENERATED_BY, node(self.activity)),
                (V.HAS_EVIDENCE, span and node(span)),
                *((V.HAS_QUANTITY, node(f"{iri}/quantity/{i}")) for i in range(len(quantities))),
                *((V.HAS_COMPARISON, node(f"{iri}/comparison/{i}")) for i in range(len(comparisons))),
            ],
        )
        by_text: dict[str, NamedNode] = {}
        for i, q in enumerate(quantities):
            q_iri = f"{iri}/quantity/{i}"
            by_text.setdefault(str(q.get("text")), node(q_iri))
            emit(
                q_iri,
                [
                    *((V.TYPE, cls) for cls in V.QUANTITY_TYPES),
                    (V.LABEL, string_literal(q.get("text"))),
                    (V.VALUE, decimal_literal(q.get("value"))),
                    (V.MAX_VALUE, decimal_literal(q.get("high"))),
                    (V.UNIT_TEXT, string_literal(q.get("unit"))),
                    (V.MEASURES, string_literal(q.get("measures"))),
                ],
            )
        for i, c in enumerate(comparisons):
            emit(
                f"{iri}/comparison/{i}",
                [
                    (V.TYPE, V.COMPARISON),
                    (V.QUANTITY_TEXT, string_literal(c.get("quantity"))),
                    (V.QUANTITY, by_text.get(str(c.get("quantity")))),
                    (V.METRIC_NAME, string_literal(c.get("metric"))),
                    (V.BASELINE_NAME, string_literal(c.get("baseline"))),
                    (V.DIRECTION, string_literal(c.get("direction") or "unknown")),
                    (V.RELATIVE, boolean_literal(c.get("relative"))),
                    (V.HIGHER_IS_BETTER, boolean_literal(c.get("higher_is_better"))),
                ],
            )

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

    def edge(self, u: str, v: str, key: Any, data: Mapping[str, Any], paper: str | None) -> None:
        """Add one edge: the direct triple, plus spans and a statement where it has them.

        ``paper`` is the graph the edge belongs to (None: the default graph), as
        :meth:`edge_paper` assigns it when the mapping groups the edges.
        """
        relation = relation_of(key, data)
        predicate = V.RELATION_PROPERTIES.get(relation)
        if predicate is None:
            raise ValueError(f"edge {u!r} -> {v!r}: unknown relation {relation!r} (see docs/graph-schema.md)")
        if (u, relation, v, paper) in self.edges_done:  # a second edge saying the same
            return
        self.edges_done.add((u, relation, v, paper))
        tail = self.out.iri(self.node_iris[v])
        shared_subject = self.kinds[u] not in PAPER_KINDS
        in_union = not (shared_subject and paper) or self.first_stater.get((u, relation, v)) == paper
        if in_union or not self.union:
            self.out.emit(self.node_iris[u], [(predicate, tail)], in_union=in_union)
        if relation == "mentions" and paper:
            denoting: set[str] = set()
            for m in sorted(data.get("mentions") or (), key=_mention_order):
                span = self.span(paper, m.get("field"), m.get("start"), m.get("end"), m.get("text"))
                if span is not None and span not in denoting:
                    denoting.add(span)
                    self.out.emit(span, ((V.DENOTES, tail),))
        elif relation in STATED_RELATIONS and paper:
            self.statement(paper, relation, (u, v), predicate, data)

    def statement(
        self, paper: str, relation: str, ends: tuple[str, str], predicate: NamedNode, data: Mapping[str, Any]
    ) -> None:
        """Add the reified ``cg:RelationAssertion`` of one paper's relation edge."""
        node = self.out.iri
        span = self.span(paper, data.get("field"), data.get("start"), data.get("end"), data.get("sentence"))
        self.out.emit(
            self.mint.relation(paper, relation, *ends),
            [
                *((V.TYPE, cls) for cls in V.STATEMENT_TYPES),
                (V.RDF_SUBJECT, node(self.node_iris[ends[0]])),
                (V.RDF_PREDICATE, predicate),
                (V.RDF_OBJECT, node(self.node_iris[ends[1]])),
                (V.WAS_DERIVED_FROM, node(self._paper_iri(paper))),
                (V.WAS_GENERATED_BY, node(self.activity)),
                (V.CONFIDENCE, decimal_literal(data.get("confidence"))),
                (V.HAS_EVIDENCE, span and node(span)),
            ],
        )


def _mention_order(m: Mapping[str, Any]) -> tuple:
    return (str(m.get("field")), m.get("start") or 0, m.get("end") or 0, str(m.get("text")))


def relation_of(key: Any, data: Mapping[str, Any]) -> str:
    return str(data.get("relation") or str(key).partition("|")[0])


def edge_order(edge: tuple) -> tuple[str, str, str]:
    """Sort key of ``(u, v, key, data)`` edges: by their ends and key."""
    return (str(edge[0]), str(edge[1]), str(edge[2]))
