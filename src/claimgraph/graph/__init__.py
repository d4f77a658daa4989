"""The claimgraph NetworkX graph (``docs/graph-schema.md``) and pure functions over it."""

from claimgraph.graph.build import build_graph
from claimgraph.graph.io import read_graphml, read_node_link, write_graphml, write_node_link
from claimgraph.graph.views import entities, papers_mentioning, subgraph_for_papers, variants

__all__ = [
    "build_graph",
    "entities",
    "papers_mentioning",
    "read_graphml",
    "read_node_link",
    "subgraph_for_papers",
    "variants",
    "write_graphml",
    "write_node_link",
]
