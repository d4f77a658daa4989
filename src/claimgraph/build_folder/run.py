"""The public :func:`build`: check its options, connect to the cluster if one is given, hold the build folder's
lock, remove what killed builds left, and make the new version (:mod:`.new_version`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimgraph.build_folder.new_version import build_version
from claimgraph.build_folder.options import DEFAULT_FORMATS, DEFAULT_SHARD_SIZE, checked_options
from claimgraph.build_folder.stages import Progress, Stages, silent
from claimgraph.build_folder.summary import BuildSummary
from claimgraph.build_folder.workers import cluster
from claimgraph.build_layout import locked, remove_leftovers
from claimgraph.errors import ConfigError
from claimgraph.export import DEFAULT_BASE_IRI
from claimgraph.ingest import IngestResult

if TYPE_CHECKING:
    from claimgraph.cluster import Scheduler


def build(
    ingested: IngestResult,
    out_dir: str | Path,
    *,
    update: bool = False,
    jobs: int = 0,
    formats: Sequence[str] = DEFAULT_FORMATS,
    base_iri: str = DEFAULT_BASE_IRI,
    progress: Progress | None = None,
    scheduler: Scheduler | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    provenance: str = "sentences",
    graph_formats: Sequence[str] = (),
    index: bool = True,
) -> BuildSummary:
    """Run extract, resolve, graph and export over ingested papers into a new version of ``out_dir``.

    The new version replaces the current one as a whole, in one atomic switch,
    once all its files are complete; an error or a kill before that leaves the
    current build as it was (see :mod:`claimgraph.build_layout`).

    Parameters
    ----------
    ingested : IngestResult or Reading
        Papers from :func:`claimgraph.ingest.ingest` (held in memory), or
        the inputs to read (:class:`claimgraph.ingest.spill.Reading`): their
        records are spilled to the staging folder and read back in id order
        (:func:`claimgraph.ingest.spill.spill_ingest`), so no more than a
        shard of papers is held; the summary's ``ingested`` says what was
        read. Both give the same files.
    out_dir : str or Path
        The build folder (created if missing).
    update : bool
        Keep the papers of the current build in ``out_dir`` and re-extract only
        new or changed ones.
    jobs : int
        Worker processes for extraction and export; 0 (the default) chooses:
        one per CPU for :data:`PARALLEL_FROM` papers or more, else none (a
        worker's start-up costs more than it saves on a small input).
    formats : sequence of str
        RDF formats to write (default N-Quads only, as ``claimgraph.nq.gz``;
        also ``ttl``, ``nt``, ``trig``, ``jsonld``).
    base_iri : str
        Base of every minted IRI.
    progress : callable, optional
        ``progress(stage, done, total)`` for each stage of :data:`STAGE_UNITS`
        in turn: with ``done`` 0 when it starts, then as items are done, last
        with ``done == total``. Ingest counts the input bytes read (its total
        is known once the inputs are listed; 0 for papers already ingested),
        and ends once the papers are spilled to their shards. Extract counts the papers extracted (not the
        reused ones) as they finish; resolve counts every paper, in one step;
        graph counts the papers of each shard whose graph and RDF bodies are
        done; export counts the files, the RDF formats together as they are
        put together, and the manifest last, once the new version is switched
        in. The query store, loaded while pass 2 and the export write the
        N-Quads, is compacted and put in place after the last report
        (``BuildSummary.seconds['index']``).
    scheduler : str or distributed.Client, optional
        A Dask scheduler address (``tcp://host:8786``) or client: extraction
        and each shard's graph and RDF run on that cluster's workers (``jobs``
        is then unused), and this process reads the inputs and writes every
        file: a shard's spilled files go to a worker with its task and its RDF
        comes back over Dask's connections, so nothing needs to be shared. The
        files are the same as a local build's.
    shard_size : int
        Papers per shard, rounded up to whole blocks of
        :data:`claimgraph.export.shards.BLOCK_PAPERS`: the memory of pass 2
        in each worker grows with it; the files do not depend on it.
    provenance : str
        ``sentences`` (default): claims and relation statements keep their
        evidence sentence (a ``cg:TextSpan``), mentions are bare
        ``schema:mentions`` triples; ``mentions``: every entity mention gets
        its text spans too (about three times the statements).
    graph_formats : sequence of str
        NetworkX graph files to write too: ``json`` (node-link,
        ``graph.json``), ``graphml``. Each needs the whole graph in memory.
    index : bool
        Make the query store of the N-Quads (:mod:`claimgraph.query.store_cache`),
        so the first query need not: a thread loads each shard's N-Quads as
        pass 2 writes them (Oxigraph releases the GIL), and the store is
        compacted and put beside the export once the build is switched in.

    Raises
    ------
    ConfigError
        For a bad format or base IRI, a build folder that is a file or that
        another build is writing, an unreadable earlier build under
        ``update``, or a scheduler that cannot be reached, has no workers, or
        has workers running another claimgraph.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"{out}: build output must be a folder")
    options = checked_options(
        update=update,
        jobs=jobs,
        formats=formats,
        base_iri=base_iri,
        shard_size=shard_size,
        provenance=provenance,
        graph_formats=graph_formats,
        index=index,
    )
    with cluster(scheduler) as client:
        out.mkdir(parents=True, exist_ok=True)
        with locked(out):
            remove_leftovers(out)
            return build_version(ingested, out, options, Stages(progress or silent), client)
