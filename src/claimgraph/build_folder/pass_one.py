"""Pass 1 of the sharded build: the extract stage streams through the shards, extracting the papers that are new
or changed (:func:`papers_to_extract`) and reusing the earlier build's extractions of the others, spilling each
shard's extractions and entity mentions while the resolver aggregates every name (:func:`extract_shards`); the
resolve stage then turns those aggregates into the entity table (:func:`resolve_entities`)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from claimgraph.build_folder.earlier_build import CachedExtractions
from claimgraph.build_folder.stages import Stages
from claimgraph.build_folder.workers import auto_jobs
from claimgraph.extract import extract, failure_message
from claimgraph.resolve.core import EntityTable, Resolver
from claimgraph.shard_files import Shard, ShardWriter

if TYPE_CHECKING:
    from distributed import Client


def papers_to_extract(paper_hashes: dict[str, str], cached: CachedExtractions, hashes: dict[str, str]) -> set[str]:
    """The ids of ``paper_hashes`` to extract: those the earlier build has no extraction of, or whose hash
    differs from the earlier one in ``hashes`` (all of them when there are no earlier hashes)."""
    extracted = cached.ids() if hashes else set()
    return {key for key, value in paper_hashes.items() if key not in extracted or hashes.get(key) != value}


def extract_shards(
    stages: Stages,
    shards: list[Shard],
    todo: set[str],
    cached: CachedExtractions,
    jobs: int,
    client: Client | None,
    failed: list[str],
) -> Resolver:
    """Run the extract stage: extract the papers of ``todo`` (``jobs`` workers, or on the cluster of ``client``),
    take the others from ``cached`` (closed at the end), write each shard's extractions and mentions; return the
    resolver that pass 1 fed with every extraction. Appends to ``failed`` a message for each paper whose
    extraction failed (:attr:`~claimgraph.extract.model.Extraction.error`; it stays in the build without
    facts, and a cached one is extracted again once the extractor changes)."""
    resolver = Resolver()
    with stages.stage("extract", len(todo)) as advance, contextlib.closing(cached):
        fresh = extract(
            (p for shard in shards for p in shard.papers() if p.id in todo),
            jobs=auto_jobs(jobs, len(todo)),
            progress=advance,
            scheduler=client,
        )
        with contextlib.closing(fresh):
            for shard in shards:
                writer = ShardWriter(shard)
                for paper in shard.papers():
                    extraction = next(fresh) if paper.id in todo else cached.get(paper.id)
                    if extraction.error is not None:
                        failed.append(failure_message(paper, extraction.error))
                    writer.add(extraction, resolver.add(extraction))
                writer.close()
    return resolver


def resolve_entities(stages: Stages, resolver: Resolver, papers: int) -> tuple[EntityTable, int]:
    """Run the resolve stage over ``papers`` papers: the entity table, and the size pass 1 held at its end.

    Pass the resolver without keeping a reference: it is let go once the table is made.
    """
    with stages.stage("resolve", papers) as advance:
        held = resolver.size()
        table = resolver.finish()
        del resolver
        advance(papers)
    return table, held
