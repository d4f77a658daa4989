"""``claimgraph build``: ingest -> extract -> resolve -> graph -> export, in one run.

A build writes one version of the build folder (see :mod:`claimgraph.build_layout`
for the folder, its ``current`` link and how a build replaces the previous one
as a whole). A version holds:

============================  ==================================================
``papers.jsonl.gz``           every ingested paper (all fields), sorted by id
``extractions.jsonl.gz``      ``claimgraph extract`` output, sorted by paper id
``claimgraph.nq.gz``          the RDF, N-Quads with one named graph per paper,
                              gzip-compressed (the default format)
``claimgraph.<ext>``          RDF of the other formats asked for: ``ttl``,
                              ``nt``, ``trig``, ``jsonld``
``graph.json``                on request: the NetworkX graph as node-link JSON
``graph.graphml``             on request: the same graph as GraphML
``manifest.json``             version, extractor fingerprint, formats, per-paper
                              input hashes, counts (no timestamps: builds are
                              byte-identical for the same input)
``.claimgraph.nq.gz.oxigraph``  the query store (a cache, loaded during the build, in place after the switch)
============================  ==================================================

The build is sharded. Ingest streams: given a :class:`~claimgraph.ingest.spill.Reading`
(what ``claimgraph build`` passes), the records are deduplicated as they are
read and spilled to the staging folder, then read back in id order
(:mod:`claimgraph.ingest.spill`) and written as the papers of shards of
``shard_size`` papers; the papers of an earlier build under ``update`` are
merged in from its ``papers.jsonl.gz``, also in id order. Extraction streams
through the shards, and each shard's extractions and entity mentions are
spilled as they come (:mod:`claimgraph.shard_files`), while pass 1 of
resolution keeps aggregates per distinct name
(:class:`claimgraph.resolve.Resolver`). Pass 2 then takes one shard at a time
(in worker processes, or on a Dask cluster): its entity ids, its graph, and
its RDF bodies, block by block (:mod:`claimgraph.export.shards`); the files
are the concatenation of those, and the same input gives the same bytes
whatever the shard size or the number of workers. What stays in memory is
small per paper (the dedup keys' digests, about 300 bytes, while reading; an
id and text hash, about 150 bytes, for the manifest), the entity table, and
one shard per worker (spaCy's batch of up to 1,000 papers while extracting);
the node-link JSON and GraphML, which hold the whole graph, are made in memory
and only on request. An :class:`~claimgraph.ingest.IngestResult` (papers
already in memory) gives the same files.

``update=True`` keeps the papers of the current version, adds or replaces the
ones read now, and re-extracts only papers whose text (or the extractor)
changed; the result is the same as a full build over all those papers.

**Modules**, in the order a build runs them: :mod:`.run` (:func:`build`: the options checked, the folder
locked, leftovers removed), :mod:`.options` (formats, provenance levels and shard size, their defaults and
checks), :mod:`.stages` (the progress and time of each stage), :mod:`.new_version` (the stages in turn into a
staging folder, switched in as the new version), :mod:`.earlier_build` (what ``update`` reads of the current
build), :mod:`.input_papers` (the ingest stage: papers sorted by id, merged, spilled to shards),
:mod:`.pass_one` (extraction and pass 1 of resolution, then the entity table), :mod:`.shard_export` (pass 2 of
one shard: its graph and RDF bodies), :mod:`.pass_two` (pass 2 over every shard, in worker processes or on a
Dask cluster: the graph stage), :mod:`.workers` (how many workers, and the cluster's client),
:mod:`.export_files` (the files put together from the shards' parts), :mod:`.manifest` (the extractor
fingerprint, paper hashes and ``manifest.json``), :mod:`.query_store` (the query store loaded during the build)
and :mod:`.summary` (:class:`BuildSummary`).
"""

from __future__ import annotations

from claimgraph.build_folder.manifest import extractor_fingerprint, paper_hash
from claimgraph.build_folder.options import DEFAULT_FORMATS, DEFAULT_SHARD_SIZE, GRAPH_FORMATS, PROVENANCE_LEVELS
from claimgraph.build_folder.run import build
from claimgraph.build_folder.stages import STAGE_UNITS, Progress
from claimgraph.build_folder.summary import BuildSummary
from claimgraph.build_folder.workers import PARALLEL_FROM, auto_jobs
from claimgraph.build_layout import current_build

__all__ = [
    "DEFAULT_FORMATS",
    "DEFAULT_SHARD_SIZE",
    "GRAPH_FORMATS",
    "PARALLEL_FROM",
    "PROVENANCE_LEVELS",
    "STAGE_UNITS",
    "BuildSummary",
    "Progress",
    "auto_jobs",
    "build",
    "current_build",
    "extractor_fingerprint",
    "paper_hash",
]
