"""The options of a build: the RDF formats, graph files, provenance levels and shard size it takes, their
defaults, and :func:`checked_options`, which checks what a caller of :func:`~claimgraph.build_folder.build` asked
for and gathers it in a :class:`BuildOptions`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimgraph.build_layout import GRAPH_FILES
from claimgraph.errors import ConfigError
from claimgraph.export.iris import check_base_iri
from claimgraph.export.serialize import normalise_formats
from claimgraph.export.shards import BLOCK_PAPERS
from claimgraph.graph import write_graphml, write_node_link

#: The RDF a build writes unless told otherwise: gzip-compressed N-Quads.
DEFAULT_FORMATS: tuple[str, ...] = ("nq",)
#: The NetworkX graph files a build can write (on request: they need the whole graph in memory).
GRAPH_FORMATS: tuple[str, ...] = tuple(GRAPH_FILES)
GRAPH_WRITERS = {"json": write_node_link, "graphml": write_graphml}
#: Text provenance levels: evidence sentences of claims and relations (default), or every entity mention too.
PROVENANCE_LEVELS: tuple[str, ...] = ("sentences", "mentions")
#: Papers per shard unless told otherwise.
DEFAULT_SHARD_SIZE = 1000


@dataclass(frozen=True)
class BuildOptions:
    """What a build was asked for, checked (see :func:`~claimgraph.build_folder.build` for each)."""

    update: bool
    jobs: int
    formats: list[str]  # canonical RDF format names
    base_iri: str
    shard_size: int  # papers per shard, rounded up to whole blocks
    provenance: str
    graph_formats: list[str]  # without repeats
    index: bool


def checked_options(
    *,
    update: bool,
    jobs: int,
    formats: Sequence[str],
    base_iri: str,
    shard_size: int,
    provenance: str,
    graph_formats: Sequence[str],
    index: bool,
) -> BuildOptions:
    """The options of a build, checked: a ConfigError for a bad base IRI, format, provenance level or shard size."""
    check_base_iri(base_iri)
    formats = normalise_formats(formats)
    if provenance not in PROVENANCE_LEVELS:
        raise ConfigError(f"unknown provenance level {provenance!r} (known: {', '.join(PROVENANCE_LEVELS)})")
    graph_formats = list(dict.fromkeys(graph_formats))
    for name in graph_formats:
        if name not in GRAPH_FORMATS:
            raise ConfigError(f"unknown graph file format {name!r} (known: {', '.join(GRAPH_FORMATS)})")
    if shard_size < 1:
        raise ConfigError(f"shard size must be at least 1 paper, not {shard_size}")
    return BuildOptions(
        update=update,
        jobs=jobs,
        formats=formats,
        base_iri=base_iri,
        shard_size=shard_papers(shard_size),
        provenance=provenance,
        graph_formats=graph_formats,
        index=index,
    )


def shard_papers(shard_size: int) -> int:
    """``shard_size`` rounded up to whole blocks of :data:`~claimgraph.export.shards.BLOCK_PAPERS`."""
    return max(1, -(-shard_size // BLOCK_PAPERS)) * BLOCK_PAPERS
