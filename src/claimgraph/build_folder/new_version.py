"""A new version of the build folder, made while holding its lock (:func:`build_version`): the stages run in
turn into a new staging folder, which becomes the ``current`` version in one switch once all its files and the
manifest are complete; an error or a kill before that removes the staging folder (and the query store being
loaded beside it) and leaves the current version as it was."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from claimgraph.build_folder.earlier_build import CachedExtractions, read_earlier_build
from claimgraph.build_folder.export_files import export_steps, triple_count, write_export_files
from claimgraph.build_folder.input_papers import spill_input
from claimgraph.build_folder.manifest import extractor_fingerprint, write_manifest
from claimgraph.build_folder.options import BuildOptions
from claimgraph.build_folder.pass_one import extract_shards, papers_to_extract, resolve_entities
from claimgraph.build_folder.pass_two import graph_shards
from claimgraph.build_folder.query_store import finish_index, index_loader
from claimgraph.build_folder.stages import Stages
from claimgraph.build_folder.summary import BuildSummary, version_files
from claimgraph.build_layout import new_staging, publish
from claimgraph.ingest import IngestResult
from claimgraph.ingest.model import Paper
from claimgraph.ingest.spill import Reading
from claimgraph.shard_files import WORK
from claimgraph.vocabulary import ENTITY_TYPES

if TYPE_CHECKING:
    from distributed import Client

    from claimgraph.query.store_cache import IndexLoader


def build_version(
    ingested: IngestResult | Reading, out: Path, options: BuildOptions, stages: Stages, client: Client | None
) -> BuildSummary:
    """:func:`~claimgraph.build_folder.build` while holding the folder's lock."""
    fingerprint = extractor_fingerprint()
    previous_papers: Iterable[Paper] = ()
    cached = CachedExtractions(None)
    hashes: dict[str, str] = {}
    if options.update:
        previous_papers, cached, hashes = read_earlier_build(out, fingerprint)
    staging = new_staging(out)
    work = staging / WORK
    work.mkdir()
    loader: IndexLoader | None = None
    try:
        ingested, shards, paper_hashes = spill_input(stages, ingested, previous_papers, work, options.shard_size)
        todo = papers_to_extract(paper_hashes, cached, hashes)
        del hashes
        papers = len(paper_hashes)
        failed: list[str] = []
        # the resolver is passed on, not kept here: resolve_entities lets it go once the table is made
        table, held = resolve_entities(
            stages, extract_shards(stages, shards, todo, cached, options.jobs, client, failed), papers
        )
        entity_counts = Counter(entity.type for entity in table.entities.values())
        entities = {k: entity_counts.get(k, 0) for k in ENTITY_TYPES}
        if options.index and "nq" in options.formats:
            loader = index_loader(staging)
        totals = graph_shards(stages, shards, table, options, papers, client, loader)
        with stages.stage("export", export_steps(options)) as advance:
            written = write_export_files(advance, staging, shards, table, totals, options, loader)
            shutil.rmtree(work)
            triples = triple_count(totals.counts, options.formats)
            counts = {
                "papers": papers,
                "claims": totals.claims,
                "relations": totals.relations,
                "triples": triples,
                **{f"entities_{k}": v for k, v in entities.items()},
            }
            write_manifest(staging, options, fingerprint, written, paper_hashes, counts)
            version = publish(out, staging)
            advance(1)
    except BaseException:
        if loader is not None:
            loader.abort()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if options.index and "nq" in written:
        finish_index(stages, loader, version / written["nq"].name)
    return BuildSummary(
        out_dir=out,
        version=version,
        papers=papers,
        extracted=len(todo),
        reused=papers - len(todo),
        entities=entities,
        claims=totals.claims,
        relations=totals.relations,
        triples=triples,
        files=version_files(version, written, options.graph_formats),
        seconds=dict(stages.seconds),
        shards=len(shards),
        resolver_size=held,
        ingested=ingested,
        failed=tuple(failed),
    )
