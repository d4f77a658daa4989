"""Pass 2 for one shard (:func:`export_shard`): its entity ids, its graph and its RDF bodies, with its papers and
extractions compressed, here or in a Dask worker that has no share of this filesystem
(:func:`export_shard_on_cluster`), with Python's cyclic garbage collector paused while the shard's objects are
made."""

from __future__ import annotations

import contextlib
import gc
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import networkx as nx

from claimgraph.export.shards import BLOCK_PAPERS, write_shard
from claimgraph.graph import build_graph
from claimgraph.resolve.core import EntityTable
from claimgraph.shard_files import Shard, compress_blocks
from claimgraph.vocabulary import RELATION_TYPES

#: The files of a shard that go into the build's papers and extractions files, compressed in pass 2.
DATA_PARTS = ("papers", "extractions")
#: The files of a shard that pass 2 reads: sent to a Dask worker with its task (workers share no filesystem).
SHARD_INPUTS = ("papers", "extractions", "mentions")


@dataclass(frozen=True)
class ShardOptions:
    """What every shard of pass 2 needs besides its files."""

    formats: tuple[str, ...]
    base_iri: str
    mention_spans: bool
    union: bool  # a union format (Turtle, N-Triples) is written: collect the stated relations


@dataclass(frozen=True)
class ShardResult:
    """What pass 2 counted of one shard: triples per format, stated relations (for a union format), the papers of
    each entity, claims, relations and papers."""

    counts: dict[str, int]
    stated: set
    paper_counts: Counter
    claims: int
    relations: int
    papers: int


def graph_of_shard(shard: Shard, table: EntityTable) -> tuple[list[str], nx.MultiDiGraph, Counter]:
    """Pass 2 for one shard: its paper ids, its graph and the papers of each entity it names."""
    mentions = shard.mentions()
    papers = list(shard.papers())
    G = build_graph(papers, shard.extractions(), table.resolution(mentions))
    return [paper.id for paper in papers], G, table.paper_counts(mentions)


@contextlib.contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector in the ``with`` block (reference counting still frees objects).

    A shard's graph and RDF make millions of objects that form no garbage
    cycles, and each full collection walks every object alive, the entity
    table included: about 30% of pass 2's CPU time on 2,000 abstracts.
    :func:`export_shard` clears the shard's graph (and NetworkX's views of
    it, its cycles) before the block ends, so that reference counting frees
    it and the first collections after it need not walk its objects.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def export_shard(shard: Shard, table: EntityTable, options: ShardOptions) -> ShardResult:
    """Graph and RDF bodies of one shard, and its papers and extractions compressed."""
    with without_cyclic_gc():
        paper_ids, G, paper_counts = graph_of_shard(shard, table)
        paths = {name: shard.path(f"rdf-{name}") for name in options.formats}
        counts, stated = write_shard(
            G, paper_ids, shard.start, paths, base_iri=options.base_iri, mention_spans=options.mention_spans
        )
        claims = sum(1 for _, kind in G.nodes(data="kind") if kind == "Claim")
        relations = sum(1 for *_, relation in G.edges(data="relation") if relation in RELATION_TYPES)
        G.clear()  # frees the graph now, by reference counting, so no collection walks it once the collector is back
    for what in DATA_PARTS:
        compress_blocks(shard.path(what), shard.path(f"{what}.gz"), BLOCK_PAPERS)
    return ShardResult(counts, stated if options.union else set(), paper_counts, claims, relations, len(paper_ids))


def export_shard_on_cluster(
    task: tuple[Shard, dict[str, bytes]], *, table: EntityTable, options: ShardOptions
) -> tuple[ShardResult, dict[str, bytes]]:
    """:func:`export_shard` in a Dask worker: the shard's files come with the task, its RDF bodies and
    compressed papers and extractions go back."""
    shard, inputs = task
    with tempfile.TemporaryDirectory(prefix="claimgraph-shard-") as folder:
        local = replace(shard, folder=Path(folder))
        for what, data in inputs.items():
            local.path(what).write_bytes(data)
        result = export_shard(local, table, options)
        bodies = {f"rdf-{name}": local.path(f"rdf-{name}").read_bytes() for name in options.formats}
        bodies.update({f"{what}.gz": local.path(f"{what}.gz").read_bytes() for what in DATA_PARTS})
    return result, bodies
