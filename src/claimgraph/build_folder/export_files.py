"""The files of the export stage, put together in the staging folder from the shards' parts
(:func:`write_export_files`): the papers and extractions files, the RDF of each format with the entities'
sections (:func:`~claimgraph.export.shards.assemble`) and, on request, the NetworkX graph files, which need the
whole graph in memory; and :func:`triple_count`, the triples the summary and manifest report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from claimgraph.build_folder.options import GRAPH_WRITERS, BuildOptions
from claimgraph.build_folder.pass_two import ShardTotals
from claimgraph.build_folder.shard_export import DATA_PARTS
from claimgraph.build_layout import DATA_FILES, GRAPH_FILES
from claimgraph.export.shards import assemble
from claimgraph.graph.io import rebuild_graph
from claimgraph.resolve.core import EntityTable
from claimgraph.shard_files import Shard, concatenate
from claimgraph.vocabulary import QUAD_FORMATS

if TYPE_CHECKING:
    from claimgraph.query.store_cache import IndexLoader


def export_steps(options: BuildOptions) -> int:
    """The files the export stage counts: the data files, the RDF formats, the graph files and the manifest."""
    return len(DATA_FILES) + len(options.formats) + len(options.graph_formats) + 1


def write_export_files(
    advance: Callable[[int], None],
    staging: Path,
    shards: list[Shard],
    table: EntityTable,
    totals: ShardTotals,
    options: BuildOptions,
    loader: IndexLoader | None,
) -> dict[str, Path]:
    """Write every file of the build but the manifest to ``staging``, adding the triples of the entities' sections
    to ``totals.counts``; return the RDF file of each format. The loader, if any, has read all N-Quads at the end.
    """
    formats = options.formats
    for key in DATA_PARTS:
        concatenate((shard.path(f"{key}.gz") for shard in shards), staging / DATA_FILES[key])
        advance(1)
    written, sections = assemble(
        staging,
        formats,
        [{name: shard.path(f"rdf-{name}") for name in formats} for shard in shards],
        table.entities,
        totals.paper_counts,
        totals.stated,
        base_iri=options.base_iri,
        on_section=None if loader is None else loader.add_section,
    )
    advance(len(formats))
    for name in formats:
        totals.counts[name] += sections[name]
    if options.graph_formats:
        G = rebuild_graph(staging)  # the whole graph, in memory
        for name in options.graph_formats:
            GRAPH_WRITERS[name](G, staging / GRAPH_FILES[name])
            advance(1)
        del G
    if loader is not None:
        loader.drain()  # it has read the shards' bodies
    return written


def triple_count(counts: dict[str, int], formats: list[str]) -> int:
    """The triples of the build, as counted in its first union format (Turtle, N-Triples), else in its first format."""
    union = [name for name in formats if name not in QUAD_FORMATS]
    return counts[union[0]] if union else counts[formats[0]] if formats else 0
