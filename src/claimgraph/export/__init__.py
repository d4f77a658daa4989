"""RDF exports of the claimgraph graph (Turtle, N-Triples, N-Quads, TriG, JSON-LD).

The vocabulary is ``ontology/claimgraph.ttl``; its IRIs come from
:mod:`claimgraph.export.namespace`. The writer (and NetworkX with it) is
imported on first use, so that reading the namespace (as ``claimgraph query``
does) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimgraph.export.iris import DEFAULT_BASE_IRI

if TYPE_CHECKING:
    from claimgraph.export.writer import FORMATS, export_graph, graph_to_rdf

__all__ = ["DEFAULT_BASE_IRI", "FORMATS", "export_graph", "graph_to_rdf"]


def __getattr__(name: str) -> Any:
    if name in ("FORMATS", "export_graph", "graph_to_rdf"):
        from claimgraph.export import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
