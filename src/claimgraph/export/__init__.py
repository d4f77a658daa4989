"""RDF exports of the claimgraph graph (Turtle, N-Triples, N-Quads, TriG, JSON-LD).

The vocabulary is ``ontology/claimgraph.ttl``; its IRIs come from
:mod:`claimgraph.export.namespace`.
"""

from claimgraph.export.iris import DEFAULT_BASE_IRI
from claimgraph.export.writer import FORMATS, export_graph, graph_to_rdf

__all__ = ["DEFAULT_BASE_IRI", "FORMATS", "export_graph", "graph_to_rdf"]
