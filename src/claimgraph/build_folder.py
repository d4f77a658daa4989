"""``claimgraph build``: ingest -> extract -> resolve -> graph -> export, in one run.

A build writes one version of the build folder (see :mod:`claimgraph.build_layout`
for the folder, its ``current`` link and how a build replaces the previous one
as a whole). A version holds:

============================  ==================================================
``papers.jsonl``              every ingested paper (all fields), sorted by id
``extractions.jsonl``         ``claimgraph extract`` output, sorted by paper id
``graph.json``                the NetworkX graph as node-link JSON
``graph.graphml``             the same graph as GraphML
``claimgraph.<ext>``          RDF of the formats asked for: ``ttl``, ``nt``,
                              ``nq``, ``trig``, ``jsonld``
``manifest.json``             version, extractor fingerprint, formats, per-paper
                              input hashes, counts (no timestamps: builds are
                              byte-identical for the same input)
============================  ==================================================

``update=True`` keeps the papers of the current version, adds or replaces the
ones read now, and re-extracts only papers whose text (or the extractor)
changed; the result is the same as a full build over all those papers.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from claimgraph.atomic import atomic_open, atomic_write_text
from claimgraph.build_layout import DATA_FILES, MANIFEST, current_build, locked, new_staging, publish, remove_leftovers
from claimgraph.errors import ConfigError
from claimgraph.export import DEFAULT_BASE_IRI, export_graph
from claimgraph.export.iris import check_base_iri
from claimgraph.export.serialize import normalise_formats
from claimgraph.extract import extract
from claimgraph.extract.jsonl import dumps, from_record
from claimgraph.extract.model import Extraction
from claimgraph.graph import build_graph, write_graphml, write_node_link
from claimgraph.ingest import IngestResult
from claimgraph.ingest.model import Paper
from claimgraph.ingest.serialize import paper_from_dict, paper_to_dict
from claimgraph.resolve import resolve
from claimgraph.version import __version__
from claimgraph.vocabulary import ENTITY_TYPES, RDF_FORMATS, RELATION_TYPES

if TYPE_CHECKING:
    from distributed import Client

    from claimgraph.cluster import Scheduler

#: The stages a build reports progress of, in order, and what each counts.
STAGE_UNITS: dict[str, str] = {"extract": "papers", "resolve": "papers", "graph": "papers", "export": "files"}

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


def _read_jsonl(path: Path, read: Callable[[dict], object]) -> list:
    """Read a JSON Lines file of an earlier build with ``read`` per record; a bad line is a ConfigError."""
    if not path.exists():
        return []
    records = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    records.append(read(json.loads(line)))
                except (ValueError, TypeError, KeyError, AttributeError) as error:
                    message = f"not a record of a claimgraph build ({error}); {_REBUILD}"
                    raise ConfigError(f"{path}:{number}: {message}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text ({error.reason}); {_REBUILD}") from None
    return records


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


def _merge_papers(previous: Iterable[Paper], current: Iterable[Paper]) -> list[Paper]:
    papers: dict[str, Paper] = {p.id: p for p in previous}
    for paper in current:
        old = papers.get(paper.id)
        if old is not None:
            sources = tuple(dict.fromkeys(old.sources + paper.sources))
            paper = replace(paper, sources=sources)
        papers[paper.id] = paper
    return [papers[key] for key in sorted(papers)]


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
    def stage(self, name: str, total: int) -> Iterator[Callable[[int], None]]:
        """Run a stage of ``total`` items in the ``with`` block, which gets ``advance(items just done)``."""
        done = 0

        def advance(count: int) -> None:
            nonlocal done
            done += count
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
    formats: Sequence[str] = RDF_FORMATS,
    base_iri: str = DEFAULT_BASE_IRI,
    progress: Progress | None = None,
    scheduler: Scheduler | None = None,
) -> BuildSummary:
    """Run extract, resolve, graph and export over ingested papers into a new version of ``out_dir``.

    The new version replaces the current one as a whole, in one atomic switch,
    once all its files are complete; an error or a kill before that leaves the
    current build as it was (see :mod:`claimgraph.build_layout`).

    Parameters
    ----------
    ingested : IngestResult
        Papers from :func:`claimgraph.ingest.ingest`.
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
        RDF formats to write.
    base_iri : str
        Base of every minted IRI.
    progress : callable, optional
        ``progress(stage, done, total)`` for each stage of :data:`STAGE_UNITS`
        in turn: with ``done`` 0 when it starts, then as items are done, last
        with ``done == total``. Extract counts the papers extracted (not the
        reused ones) as they finish; resolve and graph count every paper, done
        in one step; export counts the files, the RDF formats together as they
        are written in one pass, and the manifest last, once the new version
        is switched in.
    scheduler : str or distributed.Client, optional
        A Dask scheduler address (``tcp://host:8786``) or client: extraction
        and RDF export run on that cluster's workers (``jobs`` is then unused),
        and this process reads the inputs and writes every file. The files are
        the same as a local build's.

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
    with _cluster(scheduler) as client:
        out.mkdir(parents=True, exist_ok=True)
        with locked(out):
            remove_leftovers(out)
            return _build_version(ingested, out, update, jobs, formats, base_iri, _Stages(progress or _silent), client)


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


def _build_version(
    ingested: IngestResult,
    out: Path,
    update: bool,
    jobs: int,
    formats: list[str],
    base_iri: str,
    stages: _Stages,
    client: Client | None,
) -> BuildSummary:
    """:func:`build` while holding the folder's lock."""
    fingerprint = extractor_fingerprint()
    previous_papers: list[Paper] = []
    cached: dict[str, Extraction] = {}
    hashes: dict[str, str] = {}
    if update:
        source = current_build(out)
        manifest = _read_manifest(source / MANIFEST)
        previous_papers = _read_jsonl(source / DATA_FILES["papers"], paper_from_dict)
        if manifest.get("extractor") == fingerprint:
            hashes = manifest.get("paper_hashes") or {}
            if not isinstance(hashes, dict):
                raise ConfigError(f"{source / MANIFEST}: paper_hashes is not an object; {_REBUILD}")
            cached = {e.id: e for e in _read_jsonl(source / DATA_FILES["extractions"], from_record)}
    papers = _merge_papers(previous_papers, ingested.papers)
    todo = [p for p in papers if not (p.id in cached and hashes.get(p.id) == paper_hash(p))]
    with stages.stage("extract", len(todo)) as advance:
        fresh = {e.id: e for e in extract(todo, jobs=auto_jobs(jobs, len(todo)), progress=advance, scheduler=client)}
    extractions = [fresh.get(p.id) or cached[p.id] for p in papers]
    with stages.stage("resolve", len(papers)):
        resolution = resolve(extractions)
    with stages.stage("graph", len(papers)):
        graph = build_graph(papers, extractions, resolution)
    entity_counts = Counter(data["kind"] for _, data in graph.nodes(data=True))
    entities = {k: entity_counts.get(k, 0) for k in ENTITY_TYPES}
    claims = entity_counts.get("Claim", 0)
    relations = sum(1 for *_, relation in graph.edges(data="relation") if relation in RELATION_TYPES)
    staging = new_staging(out)
    try:
        with stages.stage("export", len(DATA_FILES) + len(formats) + 1) as advance:
            with atomic_open(staging / DATA_FILES["papers"]) as handle:
                for paper in papers:
                    handle.write(json.dumps(paper_to_dict(paper), ensure_ascii=False, sort_keys=True) + "\n")
            advance(1)
            with atomic_open(staging / DATA_FILES["extractions"]) as handle:
                for extraction in extractions:
                    handle.write(dumps(extraction) + "\n")
            advance(1)
            write_node_link(graph, staging / DATA_FILES["graph"])
            advance(1)
            write_graphml(graph, staging / DATA_FILES["graphml"])
            advance(1)
            stats: dict = {}
            written = export_graph(
                graph,
                staging,
                formats=formats,
                base_iri=base_iri,
                stats=stats,
                jobs=auto_jobs(jobs, len(papers)),
                scheduler=client,
            )
            advance(len(formats))
            triples = int(stats.get("triples", 0))
            manifest = {
                "claimgraph_version": __version__,
                "extractor": fingerprint,
                "base_iri": base_iri,
                "formats": list(written),
                "paper_hashes": {p.id: paper_hash(p) for p in papers},
                "counts": {
                    "papers": len(papers),
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
        shutil.rmtree(staging, ignore_errors=True)
        raise
    files = {name: version / path.name for name, path in written.items()}
    files.update({key: version / name for key, name in DATA_FILES.items()}, manifest=version / MANIFEST)
    return BuildSummary(
        out_dir=out,
        version=version,
        papers=len(papers),
        extracted=len(fresh),
        reused=len(papers) - len(fresh),
        entities=entities,
        claims=claims,
        relations=relations,
        triples=triples,
        files=files,
        seconds=dict(stages.seconds),
    )
