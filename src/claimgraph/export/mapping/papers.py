"""A paper's description, in its own named graph.

Its title is its label (``dcterms:title`` is a sub-property of ``rdfs:label``),
not repeated; only a paper without a title has an ``rdfs:label``, its id. Its
sources are ``dcterms:source`` literals, sorted and said once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pyoxigraph import Literal, NamedNode

from claimgraph.export.literals import anyuri_literal, date_literal, integer_literal, string_literal
from claimgraph.export.mapping.graph_keys import paper_id
from claimgraph.export.statements import GraphStatements
from claimgraph.export.vocabulary import cg, dc, dcterms, rdf, rdfs, schema

if TYPE_CHECKING:
    from claimgraph.export.mapping.mapper import RdfMapper


def untitled_paper_label(key: str, data: Mapping[str, Any]) -> Literal | None:
    """The ``rdfs:label`` of a paper without a title (its id); a paper's title is its label
    (``dcterms:title`` is a sub-property of ``rdfs:label``), not repeated."""
    if data.get("title"):
        return None
    return string_literal(data.get("label") or paper_id(key, data))


def source_statements(data: Mapping[str, Any]) -> list[tuple[NamedNode, Literal | None]]:
    """The ``dcterms:source`` of each of a paper's sources, sorted, each once."""
    return [(dcterms.source, string_literal(s)) for s in sorted({str(s) for s in data.get("sources") or ()})]


def add_paper(mapper: RdfMapper, out: GraphStatements, key: str, data: Mapping[str, Any]) -> None:
    """A paper's description (in its own graph)."""
    out.add(
        mapper.node_iris[key],
        [
            (rdf.type, cg.Paper),
            (rdfs.label, untitled_paper_label(key, data)),
            (dcterms.identifier, string_literal(paper_id(key, data))),
            (dcterms.title, string_literal(data.get("title"))),
            (dcterms.abstract, string_literal(data.get("abstract"))),
            *((dc.creator, string_literal(author)) for author in dict.fromkeys(data.get("authors") or ())),
            (cg.authorCount, integer_literal(data.get("author_count"))),
            (dcterms.date, date_literal(data.get("date"))),
            (cg.upvotes, integer_literal(data.get("upvotes"))),
            (schema.url, anyuri_literal(data.get("url"))),
            (cg.arxivId, string_literal(data.get("arxiv_id"))),
            *source_statements(data),
        ],
    )
