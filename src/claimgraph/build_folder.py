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
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import heapq
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from claimgraph.atomic import atomic_write_text
from claimgraph.build_layout import (
    DATA_FILES,
    GRAPH_FILES,
    MANIFEST,
    current_build,
    data_file,
    locked,
    new_staging,
    open_data,
    publish,
    remove_leftovers,
)
from claimgraph.errors import ConfigError
from claimgraph.export import DEFAULT_BASE_IRI
from claimgraph.export.iris import check_base_iri
from claimgraph.export.serialize import normalise_formats
from claimgraph.export.shards import BLOCK_PAPERS, assemble, write_shard
from claimgraph.extract import extract
from claimgraph.extract.jsonl import from_record
from claimgraph.extract.model import Extraction
from claimgraph.graph import build_graph, write_graphml, write_node_link
from claimgraph.graph.io import rebuild_graph
from claimgraph.ingest import IngestResult
from claimgraph.ingest.model import Paper
from claimgraph.ingest.serialize import paper_from_dict
from claimgraph.ingest.spill import Reading, SpilledIngest, sorted_papers, spill_ingest
from claimgraph.resolve.core import EntityTable, Resolver
from claimgraph.shard_files import WORK, Shard, ShardWriter, compress_blocks, concatenate, spill_papers
from claimgraph.version import __version__
from claimgraph.vocabulary import ENTITY_TYPES, QUAD_FORMATS, RELATION_TYPES

if TYPE_CHECKING:
    from distributed import Client

    from claimgraph.cluster import Scheduler
    from claimgraph.query.store_cache import IndexLoader

#: The stages a build reports progress of, in order, and what each counts.
STAGE_UNITS: dict[str, str] = {
    "ingest": "bytes",
    "extract": "papers",
    "resolve": "papers",
    "graph": "papers",
    "export": "files",
}

#: The RDF a build writes unless told otherwise: gzip-compressed N-Quads.
DEFAULT_FORMATS: tuple[str, ...] = ("nq",)
#: The NetworkX graph files a build can write (on request: they need the whole graph in memory).
GRAPH_FORMATS: tuple[str, ...] = tuple(GRAPH_FILES)
GRAPH_WRITERS = {"json": write_node_link, "graphml": write_graphml}
#: The key of each graph file in ``BuildSummary.files``.
SUMMARY_KEYS = {"json": "graph", "graphml": "graphml"}
#: Text provenance levels: evidence sentences of claims and relations (default), or every entity mention too.
PROVENANCE_LEVELS: tuple[str, ...] = ("sentences", "mentions")
#: Papers per shard unless told otherwise.
DEFAULT_SHARD_SIZE = 1000

#: ``progress(stage, done, total)``: see :func:`build`.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildSummary:
    """What a build wrote and counted.

    ``out_dir`` is the build folder, ``version`` the version folder in it that
    holds the files (``files`` maps each to its path there), ``seconds`` the
    time of each stage.
    """

    out_dir: Path
    version: Path
    papers: int
    extracted: int
    reused: int
    entities: dict[str, int]
    claims: int
    relations: int
    triples: int
    files: dict[str, Path] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    shards: int = 0
    #: what pass 1 of resolution held at its end (distinct keys, aggregates, short-form votes)
    resolver_size: int = 0
    #: what ingest read (its counts, problems and repairs): the ``ingested`` given, or what was read of a Reading
    ingested: IngestResult | SpilledIngest | None = None


def extractor_fingerprint() -> str:
    """Hash of the claimgraph version and every file of the extract package (code, lexicons, cues, config)."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("claimgraph.extract")))
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        if path.is_file() and path.suffix in {".py", ".json", ".jsonl", ".txt", ".cfg"}:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def paper_hash(paper: Paper) -> str:
    """Hash of the texts an extraction depends on."""
    return hashlib.sha256(f"{paper.title}\x00{paper.abstract}".encode()).hexdigest()[:16]


_REBUILD = "build without --update to start afresh"


def _iter_jsonl(path: Path, read: Callable[[dict], object]) -> Iterator:
    """Read a JSON Lines file of an earlier build with ``read`` per record; a bad line is a ConfigError."""
    if not path.exists():
        return
    try:
        with open_data(path) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = read(json.loads(line))
                except (ValueError, TypeError, KeyError, AttributeError) as error:
                    message = f"not a record of a claimgraph build ({error}); {_REBUILD}"
                    raise ConfigError(f"{path}:{number}: {message}") from None
                yield record
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text ({error.reason}); {_REBUILD}") from None
    except (OSError, EOFError) as error:  # not gzip, or cut short
        raise ConfigError(f"{path}: not a readable gzip file ({error}); {_REBUILD}") from None


def _read_manifest(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid JSON ({error}); {_REBUILD}") from None
    if not isinstance(manifest, dict):
        raise ConfigError(f"{path}: not a claimgraph manifest (a JSON object); {_REBUILD}")
    return manifest


def _hashed(papers: Iterable[Paper], hashes: dict[str, str]) -> Iterator[Paper]:
    """``papers``, putting the :func:`paper_hash` of each in ``hashes`` as it goes by."""
    for paper in papers:
        hashes[paper.id] = paper_hash(paper)
        yield paper


def _current_papers(
    ingested: IngestResult | Reading, folder: Path, run_papers: int, advance: Callable[[int, int], None]
) -> tuple[IngestResult | SpilledIngest, Iterator[Paper]]:
    """The papers read now, sorted by id: held ones sorted, or ``ingested``'s inputs spilled to ``folder``."""
    if isinstance(ingested, IngestResult):
        return ingested, iter(sorted_papers(ingested.papers))
    seen = 0

    def read(done: int, total: int) -> None:
        nonlocal seen
        advance(done - seen, total)
        seen = done

    spilled = spill_ingest(ingested, folder, run_papers=run_papers, progress=read)
    return spilled, spilled.papers()


def _merged(previous: Iterable[Paper], current: Iterable[Paper]) -> Iterator[Paper]:
    """The papers of an earlier build and of this one, both sorted by id, as one run sorted by id.

    A paper read now replaces the earlier one of its id (and, of two read now,
    the later replaces the earlier) and keeps the sources of both.
    """
    tagged = heapq.merge(((p.id, 0, p) for p in previous), ((p.id, 1, p) for p in current), key=itemgetter(0, 1))
    kept: Paper | None = None
    for paper_id, _, paper in tagged:
        if kept is not None and kept.id == paper_id:
            paper = replace(paper, sources=tuple(dict.fromkeys(kept.sources + paper.sources)))
        elif kept is not None:
            yield kept
        kept = paper
    if kept is not None:
        yield kept


#: Papers from which ``jobs=0`` starts worker processes.
PARALLEL_FROM = 2000


def auto_jobs(jobs: int, papers: int) -> int:
    """Return ``jobs``, or for 0 one per CPU when there are :data:`PARALLEL_FROM` papers or more, else 1.

    Examples
    --------
    >>> auto_jobs(3, 10), auto_jobs(0, 10)
    (3, 1)
    """
    if jobs > 0:
        return jobs
    return max(1, os.cpu_count() or 1) if papers >= PARALLEL_FROM else 1


class _Stages:
    """Reports the progress of each stage and times it."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def stage(self, name: str, total: int) -> Iterator[Callable[..., None]]:
        """Run a stage of ``total`` items in the ``with`` block, which gets ``advance(items done[, new total])``."""
        done = 0

        def advance(count: int, new_total: int | None = None) -> None:
            nonlocal done, total
            done += count
            total = total if new_total is None else new_total
            self.progress(name, done, total)

        self.progress(name, 0, total)
        begin = time.perf_counter()
        yield advance
        self.seconds[name] = time.perf_counter() - begin
        if done != total:
            self.progress(name, total, total)


def _silent(stage: str, done: int, total: int) -> None:
    """Progress that goes nowhere."""


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
    options = {
        "shard_size": _shard_papers(shard_size),
        "provenance": provenance,
        "graph_formats": graph_formats,
        "index": index,
    }
    with _cluster(scheduler) as client:
        out.mkdir(parents=True, exist_ok=True)
        with locked(out):
            remove_leftovers(out)
            stages = _Stages(progress or _silent)
            return _build_version(ingested, out, update, jobs, formats, base_iri, stages, client, options)


@contextlib.contextmanager
def _cluster(scheduler: Scheduler | None) -> Iterator[Client | None]:
    """A client of ``scheduler`` whose workers run this claimgraph, or None without a scheduler."""
    if scheduler is None:
        yield None
        return
    from claimgraph.cluster import check_workers, connect

    with connect(scheduler) as client:
        check_workers(client, extractor_fingerprint)
        yield client


class _CachedExtractions:
    """The extractions of an earlier build's ``extractions.jsonl.gz``, read forward as ids in order ask for them."""

    def __init__(self, path: Path | None):
        self.path = path
        self._handle = open_data(path) if path is not None and path.exists() else None
        self._number = 0

    def get(self, paper_id: str) -> Extraction:
        """The extraction of ``paper_id`` (ids asked for in increasing order)."""
        while self._handle is not None:
            try:
                line = self._handle.readline()
            except (OSError, EOFError, UnicodeDecodeError) as error:
                raise ConfigError(f"{self.path}: not a readable gzip file ({error}); {_REBUILD}") from None
            self._number += 1
            if not line:
                break
            if not line.strip():
                continue
            try:
                extraction = from_record(json.loads(line))
            except (ValueError, TypeError, KeyError, AttributeError) as error:
                message = f"not a record of a claimgraph build ({error}); {_REBUILD}"
                raise ConfigError(f"{self.path}:{self._number}: {message}") from None
            if extraction.id == paper_id:
                return extraction
        raise ConfigError(f"{self.path}: no extraction of paper {paper_id!r} in order; {_REBUILD}")

    def ids(self) -> set[str]:
        """The ids of the papers the file has an extraction of (read in a pass of its own)."""
        return set(_iter_jsonl(self.path, itemgetter("id"))) if self._handle is not None else set()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


@dataclass(frozen=True)
class _Options:
    """What every shard of pass 2 needs besides its files."""

    formats: tuple[str, ...]
    base_iri: str
    mention_spans: bool
    union: bool  # a union format (Turtle, N-Triples) is written: collect the stated relations


@dataclass(frozen=True)
class _ShardResult:
    counts: dict[str, int]
    stated: set
    paper_counts: Counter
    claims: int
    relations: int
    papers: int


def _graph_of_shard(shard: Shard, table: EntityTable) -> tuple[list[str], nx.MultiDiGraph, Counter]:
    """Pass 2 for one shard: its paper ids, its graph and the papers of each entity it names."""
    mentions = shard.mentions()
    papers = list(shard.papers())
    G = build_graph(papers, shard.extractions(), table.resolution(mentions))
    return [paper.id for paper in papers], G, table.paper_counts(mentions)


#: The files of a shard that go into the build's papers and extractions files, compressed in pass 2.
_DATA_PARTS = ("papers", "extractions")


@contextlib.contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector in the ``with`` block (reference counting still frees objects).

    A shard's graph and RDF make millions of objects that form no garbage
    cycles, and each full collection walks every object alive, the entity
    table included: about 30% of pass 2's CPU time on 2,000 abstracts. What
    cycles a shard leaves (its graph and NetworkX's views of it) are
    collected after it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _export_shard(shard: Shard, table: EntityTable, options: _Options) -> _ShardResult:
    """Graph and RDF bodies of one shard, and its papers and extractions compressed."""
    with _without_cyclic_gc():
        paper_ids, G, paper_counts = _graph_of_shard(shard, table)
        paths = {name: shard.path(f"rdf-{name}") for name in options.formats}
        counts, stated = write_shard(
            G, paper_ids, shard.start, paths, base_iri=options.base_iri, mention_spans=options.mention_spans
        )
    for what in _DATA_PARTS:
        compress_blocks(shard.path(what), shard.path(f"{what}.gz"), BLOCK_PAPERS)
    claims = sum(1 for _, kind in G.nodes(data="kind") if kind == "Claim")
    relations = sum(1 for *_, relation in G.edges(data="relation") if relation in RELATION_TYPES)
    return _ShardResult(counts, stated if options.union else set(), paper_counts, claims, relations, len(paper_ids))


_PASS2: tuple[EntityTable, _Options] | None = None


def _export_shard_in_worker(shard: Shard) -> _ShardResult:
    table, options = _PASS2  # type: ignore[misc]
    return _export_shard(shard, table, options)


#: The files of a shard that pass 2 reads: sent to a Dask worker with its task (workers share no filesystem).
_SHARD_INPUTS = ("papers", "extractions", "mentions")


def _export_shard_on_cluster(
    task: tuple[Shard, dict[str, bytes]], *, table: EntityTable, options: _Options
) -> tuple[_ShardResult, dict[str, bytes]]:
    """:func:`_export_shard` in a Dask worker: the shard's files come with the task, its RDF bodies and
    compressed papers and extractions go back."""
    shard, inputs = task
    with tempfile.TemporaryDirectory(prefix="claimgraph-shard-") as folder:
        local = replace(shard, folder=Path(folder))
        for what, data in inputs.items():
            local.path(what).write_bytes(data)
        result = _export_shard(local, table, options)
        bodies = {f"rdf-{name}": local.path(f"rdf-{name}").read_bytes() for name in options.formats}
        bodies.update({f"{what}.gz": local.path(f"{what}.gz").read_bytes() for what in _DATA_PARTS})
    return result, bodies


def _exported_on_cluster(client: Client, shards: list[Shard], table: EntityTable, options: _Options) -> Iterator:
    """Pass 2 on a Dask cluster, a bounded window of shards in flight; their RDF bodies written here."""
    from claimgraph.cluster import ordered_map

    shared = client.scatter(table, broadcast=True, hash=False)
    tasks = ((shard, {what: shard.path(what).read_bytes() for what in _SHARD_INPUTS}) for shard in shards)
    results = ordered_map(client, _export_shard_on_cluster, tasks, table=shared, options=options)
    for shard, (result, bodies) in zip(shards, results, strict=True):
        for what, body in bodies.items():
            shard.path(what).write_bytes(body)
        yield result


def _exported_shards(shards: list[Shard], table: EntityTable, options: _Options, jobs: int, client) -> Iterator:
    """Pass 2 over every shard, results in shard order: here, in ``jobs`` forked processes, or on a Dask cluster."""
    if client is not None:
        yield from _exported_on_cluster(client, shards, table, options)
        return
    if jobs <= 1 or len(shards) == 1:
        for shard in shards:
            yield _export_shard(shard, table, options)
        return
    global _PASS2
    _PASS2 = (table, options)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_export_shard_in_worker, shards)
    finally:
        _PASS2 = None


def _shard_papers(shard_size: int) -> int:
    """``shard_size`` rounded up to whole blocks of :data:`BLOCK_PAPERS`."""
    return max(1, -(-shard_size // BLOCK_PAPERS)) * BLOCK_PAPERS


def _build_version(
    ingested: IngestResult,
    out: Path,
    update: bool,
    jobs: int,
    formats: list[str],
    base_iri: str,
    stages: _Stages,
    client: Client | None,
    options: dict,
) -> BuildSummary:
    """:func:`build` while holding the folder's lock."""
    fingerprint = extractor_fingerprint()
    previous_papers: Iterable[Paper] = ()
    cached = _CachedExtractions(None)
    hashes: dict[str, str] = {}
    if update:
        source = current_build(out)
        manifest = _read_manifest(source / MANIFEST)
        previous_papers = _iter_jsonl(data_file(source, "papers"), paper_from_dict)
        if manifest.get("extractor") == fingerprint:
            hashes = manifest.get("paper_hashes") or {}
            if not isinstance(hashes, dict):
                raise ConfigError(f"{source / MANIFEST}: paper_hashes is not an object; {_REBUILD}")
            cached = _CachedExtractions(data_file(source, "extractions"))
    staging = new_staging(out)
    work = staging / WORK
    work.mkdir()
    loader: IndexLoader | None = None
    try:
        paper_hashes: dict[str, str] = {}  # held: a paper's id and its text's hash (about 150 bytes)
        with stages.stage("ingest", 0) as advance:
            ingested, current = _current_papers(ingested, work / "ingest", options["shard_size"], advance)
            merged = _merged(previous_papers, current)
            shards = spill_papers(_hashed(merged, paper_hashes), work, options["shard_size"])
            shutil.rmtree(work / "ingest", ignore_errors=True)
        extracted = cached.ids() if hashes else set()
        todo = {key for key, value in paper_hashes.items() if key not in extracted or hashes.get(key) != value}
        del extracted, hashes
        papers = len(paper_hashes)
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
                        writer.add(extraction, resolver.add(extraction))
                    writer.close()
        with stages.stage("resolve", papers) as advance:
            held = resolver.size()
            table = resolver.finish()
            del resolver
            advance(papers)
        entity_counts = Counter(entity.type for entity in table.entities.values())
        entities = {k: entity_counts.get(k, 0) for k in ENTITY_TYPES}
        mention_spans = options["provenance"] == "mentions"
        pass2 = _Options(tuple(formats), base_iri, mention_spans, union=bool(set(formats) - QUAD_FORMATS))
        paper_counts: Counter = Counter()
        stated: set = set()
        counts = dict.fromkeys(formats, 0)
        claims = relations = 0
        if options["index"] and "nq" in formats:
            loader = _index_loader(staging)
        with stages.stage("graph", papers) as advance:
            exported = _exported_shards(shards, table, pass2, auto_jobs(jobs, papers), client)
            for shard, result in zip(shards, exported, strict=True):
                if loader is not None:
                    loader.add_file(shard.path("rdf-nq"))
                paper_counts.update(result.paper_counts)
                stated |= result.stated
                claims += result.claims
                relations += result.relations
                for name, count in result.counts.items():
                    counts[name] += count
                advance(result.papers)
        graph_formats = options["graph_formats"]
        with stages.stage("export", len(DATA_FILES) + len(formats) + len(graph_formats) + 1) as advance:
            for key in _DATA_PARTS:
                concatenate((shard.path(f"{key}.gz") for shard in shards), staging / DATA_FILES[key])
                advance(1)
            written, sections = assemble(
                staging,
                formats,
                [{name: shard.path(f"rdf-{name}") for name in formats} for shard in shards],
                table.entities,
                paper_counts,
                stated,
                base_iri=base_iri,
                on_section=None if loader is None else loader.add_section,
            )
            advance(len(formats))
            for name in formats:
                counts[name] += sections[name]
            if graph_formats:
                G = rebuild_graph(staging)  # the whole graph, in memory
                for name in graph_formats:
                    GRAPH_WRITERS[name](G, staging / GRAPH_FILES[name])
                    advance(1)
                del G
            if loader is not None:
                loader.drain()  # it has read the shards' bodies
            shutil.rmtree(work)
            union = [name for name in formats if name not in QUAD_FORMATS]
            triples = counts[union[0]] if union else counts[formats[0]] if formats else 0
            manifest = {
                "claimgraph_version": __version__,
                "extractor": fingerprint,
                "base_iri": base_iri,
                "formats": list(written),
                "files": {name: path.name for name, path in written.items()},
                "graph_files": [GRAPH_FILES[name] for name in graph_formats],
                "provenance": options["provenance"],
                "paper_hashes": paper_hashes,
                "counts": {
                    "papers": papers,
                    "claims": claims,
                    "relations": relations,
                    "triples": triples,
                    **{f"entities_{k}": v for k, v in entities.items()},
                },
            }
            atomic_write_text(staging / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
            version = publish(out, staging)
            advance(1)
    except BaseException:
        if loader is not None:
            loader.abort()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if options["index"] and "nq" in written:
        begin = time.perf_counter()
        export = version / written["nq"].name
        if loader is None or not loader.finish(export):
            _make_index(export)
        stages.seconds["index"] = time.perf_counter() - begin
    files = {name: version / path.name for name, path in written.items()}
    files.update({key: version / DATA_FILES[key] for key in ("papers", "extractions")}, manifest=version / MANIFEST)
    files.update({SUMMARY_KEYS[name]: version / GRAPH_FILES[name] for name in graph_formats})
    return BuildSummary(
        out_dir=out,
        version=version,
        papers=papers,
        extracted=len(todo),
        reused=papers - len(todo),
        entities=entities,
        claims=claims,
        relations=relations,
        triples=triples,
        files=files,
        seconds=dict(stages.seconds),
        shards=len(shards),
        resolver_size=held,
        ingested=ingested,
    )


def _index_loader(staging: Path) -> IndexLoader | None:
    """A loader of the query store beside ``staging`` (named like it, so a killed build's is removed as a
    leftover), or None when it cannot be made there (the store is then made from the export, as before)."""
    from claimgraph.query.store_cache import IndexLoader

    try:
        return IndexLoader(staging.with_name(staging.name + ".oxigraph"))
    except OSError:
        return None


def _make_index(export: Path) -> None:
    """Make the query store of a new version (a cache: a failure leaves it to the first query)."""
    import pyoxigraph

    from claimgraph.query.store_cache import locate_index

    with contextlib.suppress(OSError, ValueError, SyntaxError):
        located = locate_index(export, pyoxigraph.RdfFormat.N_QUADS)
        del located
