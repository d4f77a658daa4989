"""The provenance of the extraction, in the default graph.

The extraction activity, claimgraph as its software agent, and one
``cg:PaperGraph`` description per paper: what is the same for every node of a
paper's graph (``prov:wasDerivedFrom`` its paper, ``prov:wasGeneratedBy`` the
extraction) is said once there, not by every claim in it (docs/ontology.md,
"One type a node, provenance once a graph").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyoxigraph import NamedNode

from claimgraph.export.literals import string_literal
from claimgraph.export.statements import GraphStatements
from claimgraph.export.vocabulary import cg, prov, rdf, rdfs, schema

if TYPE_CHECKING:
    from claimgraph.export.mapping.mapper import RdfMapper


def add_activity(mapper: RdfMapper, out: GraphStatements, _: None) -> None:
    """The extraction activity (default graph)."""
    out.add(
        mapper.activity,
        [
            (rdf.type, prov.Activity),
            (rdfs.label, string_literal(f"claimgraph {mapper.version} extraction")),
            (prov.wasAssociatedWith, NamedNode(mapper.mint.agent(mapper.version))),
        ],
    )


def add_agent(mapper: RdfMapper, out: GraphStatements, _: None) -> None:
    """claimgraph as the software agent of the extraction (default graph)."""
    out.add(
        mapper.mint.agent(mapper.version),
        [
            (rdf.type, prov.SoftwareAgent),
            (rdfs.label, string_literal("claimgraph")),
            (schema.softwareVersion, string_literal(mapper.version)),
        ],
    )


def add_paper_graph(mapper: RdfMapper, out: GraphStatements, paper: str) -> None:
    """A paper's named graph: its paper and extraction (default graph); the sources are the paper's."""
    out.add(
        mapper.mint.paper_graph(paper),
        [
            (rdf.type, cg.PaperGraph),
            (prov.wasDerivedFrom, NamedNode(mapper.node_iris[mapper.paper_keys[paper]])),
            (prov.wasGeneratedBy, NamedNode(mapper.activity)),
        ],
    )
