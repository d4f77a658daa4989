"""``claimgraph build``: ingest -> extract -> resolve -> graph -> export, in one run.

A build folder holds:

============================  ==================================================
``papers.jsonl``              every ingested paper (all fields), sorted by id
``extractions.jsonl``         ``claimgraph extract`` output, sorted by paper id
``graph.json``                the NetworkX graph as node-link JSON
``graph.graphml``             the same graph as GraphML
``claimgraph.<ext>``          RDF: ``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld``
``manifest.json``             version, extractor fingerprint, per-paper input
                              hashes, counts (no timestamps: builds are
                              byte-identical for the same input)
============================  ==================================================

``update=True`` keeps the papers of the existing build, adds or replaces the
ones read now, and re-extracts only papers whose text (or the extractor)
changed; the result is the same as a full build over all those papers.

Every file is first written to a staging folder inside the build folder; only
when all of them are complete are they renamed into place, the manifest last.
A crash or Ctrl-C before that leaves the previous build untouched.  RDF files
of formats not written this time (``claimgraph.nq`` of an earlier build, when
this one writes only ``--rdf ttl``) are removed with their query index, just
before the manifest, so that no query reads a file of another build; the
manifest's ``formats`` lists the RDF files of the build.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from claimgraph.atomic import atomic_open, atomic_write_text
from claimgraph.errors import ConfigError
from claimgraph.export import DEFAULT_BASE_IRI, export_graph
from claimgraph.export.iris import check_base_iri
from claimgraph.extract import extract
from claimgraph.extract.jsonl import dumps, from_record
from claimgraph.extract.model import Extraction
from claimgraph.graph import build_graph, write_graphml, write_node_link
from claimgraph.ingest import IngestResult
from claimgraph.ingest.model import Paper
from claimgraph.ingest.serialize import paper_from_dict, paper_to_dict
from claimgraph.resolve import resolve
from claimgraph.version import __version__
from claimgraph.vocabulary import ENTITY_TYPES, RELATION_TYPES

RDF_FORMATS: tuple[str, ...] = ("ttl", "nt", "nq", "trig", "jsonld")
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class BuildSummary:
    """What a build wrote and counted."""

    out_dir: Path
    papers: int
    extracted: int
    reused: int
    entities: dict[str, int]
    claims: int
    relations: int
    triples: int
    files: dict[str, Path] = field(default_factory=dict)


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


def remove_stale_rdf(out: Path, written: Iterable[str]) -> list[str]:
    """Remove the ``claimgraph.<format>`` files (and their query indexes) that this build did not write.

    Returns the names of the removed files.
    """
    keep = set(written)
    removed = []
    for name in RDF_FORMATS:
        stale = out / f"claimgraph.{name}"
        if stale.name in keep:
            continue
        if stale.is_file():
            stale.unlink()
            removed.append(stale.name)
        index = out / f".{stale.name}.oxigraph"
        if index.is_dir():
            shutil.rmtree(index, ignore_errors=True)
    return removed


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


def build(
    ingested: IngestResult,
    out_dir: str | Path,
    *,
    update: bool = False,
    jobs: int = 0,
    formats: Sequence[str] = RDF_FORMATS,
    base_iri: str = DEFAULT_BASE_IRI,
    progress: Callable[[int], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Run extract, resolve, graph and export over ingested papers into ``out_dir``.

    Parameters
    ----------
    ingested : IngestResult
        Papers from :func:`claimgraph.ingest.ingest`.
    out_dir : str or Path
        The build folder (created if missing).
    update : bool
        Keep the papers of an existing build in ``out_dir`` and re-extract only
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
        Called with the number of papers just extracted.
    on_stage : callable, optional
        Called with the name of each stage as it starts.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"{out}: build output must be a folder")
    check_base_iri(base_iri)
    stage = on_stage or (lambda name: None)
    fingerprint = extractor_fingerprint()
    previous_papers: list[Paper] = []
    cached: dict[str, Extraction] = {}
    hashes: dict[str, str] = {}
    if update:
        manifest = _read_manifest(out / MANIFEST)
        previous_papers = _read_jsonl(out / "papers.jsonl", paper_from_dict)
        if manifest.get("extractor") == fingerprint:
            hashes = manifest.get("paper_hashes") or {}
            if not isinstance(hashes, dict):
                raise ConfigError(f"{out / MANIFEST}: paper_hashes is not an object; {_REBUILD}")
            cached = {e.id: e for e in _read_jsonl(out / "extractions.jsonl", from_record)}
    papers = _merge_papers(previous_papers, ingested.papers)
    stage("extract")
    todo = [p for p in papers if not (p.id in cached and hashes.get(p.id) == paper_hash(p))]
    fresh = {e.id: e for e in extract(todo, jobs=auto_jobs(jobs, len(todo)), progress=progress)}
    extractions = [fresh.get(p.id) or cached[p.id] for p in papers]
    stage("resolve")
    resolution = resolve(extractions)
    stage("graph")
    graph = build_graph(papers, extractions, resolution)
    stage("export")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".build-", dir=out) as staging_name:
        staging = Path(staging_name)
        with atomic_open(staging / "papers.jsonl") as handle:
            for paper in papers:
                handle.write(json.dumps(paper_to_dict(paper), ensure_ascii=False, sort_keys=True) + "\n")
        with atomic_open(staging / "extractions.jsonl") as handle:
            for extraction in extractions:
                handle.write(dumps(extraction) + "\n")
        write_node_link(graph, staging / "graph.json")
        write_graphml(graph, staging / "graph.graphml")
        stats: dict = {}
        written = export_graph(
            graph, staging, formats=formats, base_iri=base_iri, stats=stats, jobs=auto_jobs(jobs, len(papers))
        )
        # every file is complete: move them in (renames), the manifest last
        for item in sorted(staging.iterdir()):
            os.replace(item, out / item.name)
    remove_stale_rdf(out, (path.name for path in written.values()))
    files = {name: out / path.name for name, path in written.items()}
    entity_counts = Counter(data["kind"] for _, data in graph.nodes(data=True))
    summary = BuildSummary(
        out_dir=out,
        papers=len(papers),
        extracted=len(fresh),
        reused=len(papers) - len(fresh),
        entities={k: entity_counts.get(k, 0) for k in ENTITY_TYPES},
        claims=entity_counts.get("Claim", 0),
        relations=sum(1 for *_, relation in graph.edges(data="relation") if relation in RELATION_TYPES),
        triples=int(stats.get("triples", 0)),
        files={
            **files,
            "papers": out / "papers.jsonl",
            "extractions": out / "extractions.jsonl",
            "graph": out / "graph.json",
            "graphml": out / "graph.graphml",
            "manifest": out / MANIFEST,
        },
    )
    manifest = {
        "claimgraph_version": __version__,
        "extractor": fingerprint,
        "base_iri": base_iri,
        "formats": list(written),
        "paper_hashes": {p.id: paper_hash(p) for p in papers},
        "counts": {
            "papers": summary.papers,
            "claims": summary.claims,
            "relations": summary.relations,
            "triples": summary.triples,
            **{f"entities_{k}": v for k, v in summary.entities.items()},
        },
    }
    atomic_write_text(out / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return summary
