"""Pass 2 over every shard, the graph stage (:func:`graph_shards`): each shard's graph and RDF bodies
(:mod:`.shard_export`) made here, in forked worker processes or on a Dask cluster, results taken in shard order
and added up in :class:`ShardTotals`, each shard's N-Quads handed to the query store's loader as they come."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimgraph.build_folder.options import BuildOptions
from claimgraph.build_folder.shard_export import (
    SHARD_INPUTS,
    ShardOptions,
    ShardResult,
    export_shard,
    export_shard_on_cluster,
)
from claimgraph.build_folder.stages import Stages
from claimgraph.build_folder.workers import auto_jobs
from claimgraph.resolve.core import EntityTable
from claimgraph.shard_files import Shard
from claimgraph.vocabulary import QUAD_FORMATS

if TYPE_CHECKING:
    from distributed import Client

    from claimgraph.query.store_cache import IndexLoader


@dataclass
class ShardTotals:
    """What pass 2 counted over the shards so far (see :class:`~.shard_export.ShardResult`)."""

    counts: dict[str, int]
    paper_counts: Counter = field(default_factory=Counter)
    stated: set = field(default_factory=set)
    claims: int = 0
    relations: int = 0

    def add(self, result: ShardResult) -> None:
        """Add the counts of one more shard."""
        self.paper_counts.update(result.paper_counts)
        self.stated |= result.stated
        self.claims += result.claims
        self.relations += result.relations
        for name, count in result.counts.items():
            self.counts[name] += count


def graph_shards(
    stages: Stages,
    shards: list[Shard],
    table: EntityTable,
    options: BuildOptions,
    papers: int,
    client: Client | None,
    loader: IndexLoader | None,
) -> ShardTotals:
    """Run the graph stage: pass 2 over ``shards`` (of ``papers`` papers in all), each shard's N-Quads to
    ``loader`` if there is one; return the totals."""
    formats = options.formats
    mention_spans = options.provenance == "mentions"
    pass2 = ShardOptions(tuple(formats), options.base_iri, mention_spans, union=bool(set(formats) - QUAD_FORMATS))
    totals = ShardTotals(dict.fromkeys(formats, 0))
    with stages.stage("graph", papers) as advance:
        exported = exported_shards(shards, table, pass2, auto_jobs(options.jobs, papers), client)
        for shard, result in zip(shards, exported, strict=True):
            if loader is not None:
                loader.add_file(shard.path("rdf-nq"))
            totals.add(result)
            advance(result.papers)
    return totals


_PASS2: tuple[EntityTable, ShardOptions] | None = None


def export_shard_in_worker(shard: Shard) -> ShardResult:
    """:func:`~.shard_export.export_shard` in a forked worker, with the table and options it inherited."""
    table, options = _PASS2  # type: ignore[misc]
    return export_shard(shard, table, options)


def exported_on_cluster(client: Client, shards: list[Shard], table: EntityTable, options: ShardOptions) -> Iterator:
    """Pass 2 on a Dask cluster, a bounded window of shards in flight; their RDF bodies written here."""
    from claimgraph.cluster import ordered_map

    shared = client.scatter(table, broadcast=True, hash=False)
    tasks = ((shard, {what: shard.path(what).read_bytes() for what in SHARD_INPUTS}) for shard in shards)
    results = ordered_map(client, export_shard_on_cluster, tasks, table=shared, options=options)
    for shard, (result, bodies) in zip(shards, results, strict=True):
        for what, body in bodies.items():
            shard.path(what).write_bytes(body)
        yield result


def exported_shards(shards: list[Shard], table: EntityTable, options: ShardOptions, jobs: int, client) -> Iterator:
    """Pass 2 over every shard, results in shard order: here, in ``jobs`` forked processes, or on a Dask cluster."""
    if client is not None:
        yield from exported_on_cluster(client, shards, table, options)
        return
    if jobs <= 1 or len(shards) == 1:
        for shard in shards:
            yield export_shard(shard, table, options)
        return
    global _PASS2
    _PASS2 = (table, options)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(export_shard_in_worker, shards)
    finally:
        _PASS2 = None
