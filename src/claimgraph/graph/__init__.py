"""The claimgraph NetworkX graph (``docs/graph-schema.md``): built, written and read."""

from claimgraph.graph.construct import build_graph
from claimgraph.graph.io import load, read_graphml, read_node_link, write_graphml, write_node_link

__all__ = [
    "build_graph",
    "load",
    "read_graphml",
    "read_node_link",
    "write_graphml",
    "write_node_link",
]
