"""RDF exports of the claimgraph graph (Turtle, N-Triples, N-Quads, TriG, JSON-LD).

The modules, from the vocabulary to the files: :mod:`~claimgraph.export.vocabulary`
(every IRI of ``ontology/claimgraph.ttl`` and the standard vocabularies, in one
table), :mod:`~claimgraph.export.iris` (the IRIs minted for the data),
:mod:`~claimgraph.export.literals` (typed literals), :mod:`~claimgraph.export.mapping`
(the graph's statements, unit by unit), :mod:`~claimgraph.export.jsonld` (compact
JSON-LD), :mod:`~claimgraph.export.rdflib_bridge` (pyoxigraph terms as rdflib's) and
:mod:`~claimgraph.export.serialize` (the formats and the files, or an rdflib ``Dataset``).
The writer (and NetworkX with it) is imported on first use, so that reading
the vocabulary (as ``claimgraph query`` does) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimgraph.export.iris import DEFAULT_BASE_IRI

if TYPE_CHECKING:
    from claimgraph.export.serialize import FORMATS, export_graph, graph_to_rdf

__all__ = ["DEFAULT_BASE_IRI", "FORMATS", "export_graph", "graph_to_rdf"]


def __getattr__(name: str) -> Any:
    if name in ("FORMATS", "export_graph", "graph_to_rdf"):
        from claimgraph.export import serialize

        return getattr(serialize, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
