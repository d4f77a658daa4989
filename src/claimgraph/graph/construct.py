"""Build the claimgraph ``networkx.MultiDiGraph`` (``docs/graph-schema.md``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from claimgraph.extract.model import Claim, Extraction, Quantity
from claimgraph.graph.schema import EDGE_ENDS, NODE_KINDS, STATED_RELATIONS
from claimgraph.ingest.model import Paper
from claimgraph.resolve.model import Resolution
from claimgraph.version import __version__
from claimgraph.vocabulary import FIELDS

__all__ = ["build_graph"]

_KIND_ORDER = {kind: i for i, kind in enumerate(NODE_KINDS)}
_FIELD_ORDER = {name: i for i, name in enumerate(FIELDS)}
_LABEL_LENGTH = 100


def _position(field: str, start: int) -> tuple[int, int]:
    return _FIELD_ORDER.get(field, len(FIELDS)), start


def _paper_node(paper_id: str, paper: Paper | None, extraction: Extraction | None) -> dict[str, Any]:
    if paper is None:  # an extraction whose paper was not passed: what the extraction knows
        title = extraction.title if extraction else ""
        return {
            "kind": "Paper",
            "label": title or paper_id,
            "id": paper_id,
            "title": title,
            "abstract": "",
            "authors": [],
            "author_count": None,
            "date": None,
            "upvotes": None,
            "url": None,
            "arxiv_id": None,
            "sources": [],
        }
    return {
        "kind": "Paper",
        "label": paper.title or paper.id,  # a paper without a title (as in SciERC) is labelled by its id
        "id": paper.id,
        "title": paper.title,
        "abstract": paper.abstract,
        "authors": list(paper.authors),
        "author_count": paper.author_count,
        "date": paper.date,
        "upvotes": paper.upvotes,
        "url": paper.url,
        "arxiv_id": paper.arxiv_id,
        "sources": sorted({f"{s.path}:{s.line}" for s in paper.sources}),
    }


def _claim_key(paper_id: str, n: int) -> str:
    """The node key of claim ``n`` of a paper (its claims in position order)."""
    return f"claim:{paper_id}:{n}"


def _quantity(claim: Claim, text: str, quantities: dict[str, list[Quantity]]) -> dict[str, Any] | None:
    """The quantity named ``text``, preferring one mentioned inside the claim's sentence."""
    candidates = quantities.get(text, [])
    if not candidates:
        return None
    inside = [
        q for q in candidates if any(m.field == claim.field and claim.start <= m.start < claim.end for m in q.mentions)
    ]
    q = (inside or candidates)[0]
    return {
        "text": q.text,
        "value": float(q.value),
        "high": None if q.high is None else float(q.high),
        "unit": q.unit,
        "measures": q.measures,
    }


class _Builder:
    def __init__(self, resolution: Resolution):
        self.resolution = resolution
        self.nodes: dict[str, dict[str, Any]] = {}
        self.edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.claim_order: dict[str, tuple[str, int]] = {}
        self.wins: list[tuple[str, str, str]] = []  # the current paper's outperforms edges

    def edge(self, u: str, v: str, relation: str, paper: str | None, **attrs: Any) -> None:
        """Add an edge once (the first one wins) when its ends have the documented kinds."""
        sources, targets = EDGE_ENDS[relation]
        if self.nodes[u]["kind"] not in sources or self.nodes[v]["kind"] not in targets:
            return
        key = relation if paper is None else f"{relation}|{paper}"
        data = {"relation": relation} if paper is None else {"relation": relation, "paper": paper}
        self.edges.setdefault((u, v, key), {**data, **attrs})

    def entities(self) -> None:
        for entity in self.resolution.entities:
            self.nodes[entity.key] = {
                "kind": entity.type,
                "label": entity.label,
                "aliases": list(entity.aliases),
                "canonical": entity.canonical,
                "params": None if entity.params is None else float(entity.params),
                "paper_count": len(entity.paper_ids),
            }
        for entity in self.resolution.entities:
            if entity.variant_of and entity.variant_of in self.nodes:
                params = None if entity.params is None else float(entity.params)
                self.edge(entity.key, entity.variant_of, "variant_of", None, params=params)

    def mentions(self, ex: Extraction, paper_node: str, texts: dict[str, str]) -> None:
        spans: dict[str, set[tuple[str, int, int]]] = {}
        for entity in ex.entities:
            key = self.resolution.key_for(ex.id, entity.text, entity.type)
            if key is None or key not in self.nodes:
                continue
            found = spans.setdefault(key, set())
            found.update((m.field, m.start, m.end) for m in entity.mentions)
        for key in sorted(spans):
            listed = [
                {"field": field, "start": start, "end": end, "text": texts.get(field, "")[start:end]}
                for field, start, end in sorted(spans[key], key=lambda s: (*_position(s[0], s[1]), s[2]))
            ]
            self.edge(paper_node, key, "mentions", ex.id, mentions=listed)

    def relations(self, ex: Extraction, paper_node: str) -> None:
        for text in ex.proposes:
            key = self.resolution.key_for(ex.id, text, EDGE_ENDS["proposes"][1])
            if key in self.nodes:
                self.edge(paper_node, key, "proposes", ex.id)
        self.wins = []
        ordered = sorted(ex.relations, key=lambda r: (*_position(r.field, r.start), r.end, r.relation, r.head, r.tail))
        for rel in ordered:
            if rel.relation not in STATED_RELATIONS:
                continue
            heads, tails = EDGE_ENDS[rel.relation]
            head = self.resolution.key_for(ex.id, rel.head, heads)
            tail = self.resolution.key_for(ex.id, rel.tail, tails)
            if head in self.nodes and tail in self.nodes and head != tail:
                self.edge(
                    head,
                    tail,
                    rel.relation,
                    ex.id,
                    sentence=rel.sentence,
                    field=rel.field,
                    start=int(rel.start),
                    end=int(rel.end),
                    confidence=float(rel.confidence),
                )
                edge = (head, tail, f"{rel.relation}|{ex.id}")
                if rel.relation == "outperforms" and edge in self.edges and edge not in self.wins:
                    self.wins.append(edge)

    def claims(self, ex: Extraction, paper_node: str) -> None:
        quantities: dict[str, list[Quantity]] = {}
        for q in ex.quantities:
            quantities.setdefault(q.text, []).append(q)
        ordered = sorted(ex.claims, key=lambda c: (*_position(c.field, c.start), c.end))
        for n, claim in enumerate(ordered):
            key = _claim_key(ex.id, n)
            self.claim_order[key] = (ex.id, n)
            label = claim.text if len(claim.text) <= _LABEL_LENGTH else claim.text[: _LABEL_LENGTH - 1] + "…"
            found = (_quantity(claim, text, quantities) for text in claim.quantities)
            self.nodes[key] = {
                "kind": "Claim",
                "label": label,
                "claim_type": claim.type,
                "text": claim.text,
                "paper": ex.id,
                "field": claim.field,
                "start": int(claim.start),
                "end": int(claim.end),
                "hedged": bool(claim.hedged),
                "confidence": float(claim.confidence),
                "quantities": [q for q in found if q is not None],
                "comparisons": [
                    {
                        "quantity": c.quantity,
                        "metric": c.metric,
                        "direction": c.direction,
                        "relative": bool(c.relative),
                        "higher_is_better": c.higher_is_better,
                        "baseline": c.baseline,
                        "role": c.role,
                        "dataset": c.dataset,
                        "model": c.model,
                    }
                    for c in claim.comparisons
                ],
            }
            self.edge(paper_node, key, "asserts", ex.id)
            targets = [("subject", claim.subject, None)] if claim.subject else []
            targets += [("baseline", text, ("Model", "Method")) for text in claim.baselines]
            targets += [("dataset", text, "Dataset") for text in claim.datasets]
            targets += [("metric", text, "Metric") for text in claim.metrics]
            for relation, text, types in targets:
                entity = (
                    self._baseline(ex.id, text)
                    if relation == "baseline"
                    else self.resolution.key_for(ex.id, text, types)
                )
                if entity in self.nodes:
                    self.edge(key, entity, relation, ex.id)

    def _baseline(self, paper_id: str, text: str) -> str | None:
        """The entity a claim's baseline ``text`` names in the paper: a Model or Method, else any entity."""
        key = self.resolution.key_for(paper_id, text, ("Model", "Method"))
        return self.resolution.key_for(paper_id, text) if key is None else key

    def margins(self, ex: Extraction) -> None:
        """Give each ``outperforms`` edge of the paper its margins: the changes over its beaten entity (role
        "change", the baseline naming that entity) that claims inside the edge's evidence state.

        A margin is ``{"claim": claim key, "comparison": index in the claim's comparisons}``; the RDF export
        links the statement to that comparison (``cg:margin``), so a query reads the margin of a win without
        searching every comparison of the build.
        """
        changes: list[tuple[str, int, int, str, dict[str, Any]]] = []
        for n in range(len(ex.claims)):
            key = _claim_key(ex.id, n)
            claim = self.nodes[key]
            for i, comparison in enumerate(claim["comparisons"]):
                beaten = comparison["baseline"] and self._baseline(ex.id, comparison["baseline"])
                if comparison["role"] == "change" and beaten:
                    changes.append(
                        (claim["field"], claim["start"], claim["end"], beaten, {"claim": key, "comparison": i})
                    )
        for edge in self.wins:
            data = self.edges[edge]
            data["margins"] = [
                margin
                for field, start, end, beaten, margin in changes
                if beaten == edge[1] and field == data["field"] and data["start"] <= start and end <= data["end"]
            ]

    def sort_key(self, node: str) -> tuple:
        kind = self.nodes[node]["kind"]
        if kind == "Claim":
            return (_KIND_ORDER[kind], *self.claim_order[node])
        return (_KIND_ORDER[kind], node, 0)


def build_graph(papers: Iterable[Paper], extractions: Iterable[Extraction], resolution: Resolution) -> nx.MultiDiGraph:
    """Build the graph of ``docs/graph-schema.md``.

    Parameters
    ----------
    papers : iterable of Paper
        The ingested papers (a paper without an extraction is a lone node; an
        extraction without its paper gets a node with the extraction's title).
    extractions : iterable of Extraction
        One per paper.
    resolution : Resolution
        ``resolve(extractions)``: entity nodes and the paper-text -> key lookup.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes and edges inserted in sorted order (papers, entities by kind and
        key, claims by paper and position), every edge with an explicit key;
        the same input always gives the same graph.
    """
    by_id = {paper.id: paper for paper in papers}
    extractions = {ex.id: ex for ex in extractions}
    builder = _Builder(resolution)
    for paper_id in sorted(by_id.keys() | extractions.keys()):
        builder.nodes[f"paper:{paper_id}"] = _paper_node(paper_id, by_id.get(paper_id), extractions.get(paper_id))
    builder.entities()
    for paper_id in sorted(extractions):
        ex = extractions[paper_id]
        node = f"paper:{paper_id}"
        texts = {"title": builder.nodes[node]["title"], "abstract": builder.nodes[node]["abstract"]}
        builder.mentions(ex, node, texts)
        builder.relations(ex, node)
        builder.claims(ex, node)
        builder.margins(ex)
    G = nx.MultiDiGraph(name="claimgraph", claimgraph_version=__version__)
    for node in sorted(builder.nodes, key=builder.sort_key):
        G.add_node(node, **builder.nodes[node])
    for u, v, key in sorted(builder.edges):
        G.add_edge(u, v, key=key, **builder.edges[(u, v, key)])
    return G
