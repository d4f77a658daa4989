"""Write the RDF exports of a claimgraph graph, atomically and byte-stably."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph
import rdflib

from claimgraph.atomic import atomic_open
from claimgraph.errors import ConfigError
from claimgraph.export.iris import DEFAULT_BASE_IRI, check_base_iri
from claimgraph.export.mapping import iter_rdf, no_gc
from claimgraph.export.namespace import PREFIXES
from claimgraph.export.rdflib_bridge import to_dataset, write_jsonld


@dataclass(frozen=True)
class RdfFormatInfo:
    """One export format: file extension, pyoxigraph format, quads or triples."""

    name: str
    extension: str
    oxigraph: pyoxigraph.RdfFormat | None
    quads: bool


FORMATS: dict[str, RdfFormatInfo] = {
    "ttl": RdfFormatInfo("ttl", "ttl", pyoxigraph.RdfFormat.TURTLE, False),
    "nt": RdfFormatInfo("nt", "nt", pyoxigraph.RdfFormat.N_TRIPLES, False),
    "nq": RdfFormatInfo("nq", "nq", pyoxigraph.RdfFormat.N_QUADS, True),
    "trig": RdfFormatInfo("trig", "trig", pyoxigraph.RdfFormat.TRIG, True),
    "jsonld": RdfFormatInfo("jsonld", "jsonld", None, True),
}
_ALIASES = {
    "turtle": "ttl",
    "ntriples": "nt",
    "n-triples": "nt",
    "nquads": "nq",
    "n-quads": "nq",
    "json-ld": "jsonld",
    "json": "jsonld",
}

#: Data prefixes (relative to the base IRI) written into Turtle, TriG and JSON-LD.
DATA_PREFIXES = ("paper", "model", "method", "dataset", "metric", "task", "claim", "graph")


def normalise_formats(formats: Iterable[str]) -> list[str]:
    """Return canonical format names (``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld``).

    Raises
    ------
    ConfigError
        For an unknown format name.
    """
    names: list[str] = []
    for raw in formats:
        name = _ALIASES.get(str(raw).lower().lstrip("."), str(raw).lower().lstrip("."))
        if name not in FORMATS:
            known = ", ".join(FORMATS)
            raise ConfigError(f"unknown RDF export format {raw!r} (known: {known})")
        if name not in names:
            names.append(name)
    return names


def export_prefixes(base_iri: str) -> dict[str, str]:
    """Return the vocabulary prefixes plus one prefix per data IRI folder."""
    prefixes = dict(PREFIXES)
    if base_iri.endswith("/"):
        for name in DATA_PREFIXES:
            prefixes.setdefault(name, f"{base_iri}{name}/")
    return prefixes


def graph_to_rdf(G: nx.MultiDiGraph, *, base_iri: str = DEFAULT_BASE_IRI) -> rdflib.Dataset:
    """Map a claimgraph graph to an rdflib ``Dataset``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following ``docs/graph-schema.md``.
    base_iri : str
        Base of every minted IRI.

    Returns
    -------
    rdflib.Dataset
        The default graph (entities, provenance, one ``cg:PaperGraph`` per paper)
        and one named graph per paper holding that paper's assertions: exactly
        the quads :func:`export_graph` writes.
    """
    with no_gc():
        dataset = to_dataset(iter_rdf(G, base_iri=check_base_iri(base_iri)))
    for prefix, namespace in export_prefixes(base_iri).items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    return dataset


def export_graph(
    G: nx.MultiDiGraph,
    out_dir: str | Path,
    *,
    formats: Iterable[str] = ("ttl",),
    base_iri: str = DEFAULT_BASE_IRI,
    stem: str = "claimgraph",
    stats: dict | None = None,
    jobs: int = 1,
) -> dict[str, Path]:
    """Write the RDF exports of ``G`` to ``out_dir``.

    Every file is written atomically (temporary file in the same folder, fsync,
    rename), and the same graph always gives byte-identical files.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following ``docs/graph-schema.md``.
    out_dir : str or Path
        Folder to write ``<stem>.<ext>`` files to (created if missing).
    formats : iterable of str
        Any of ``ttl`` (Turtle, default), ``nt`` (N-Triples), ``nq`` (N-Quads),
        ``trig`` (TriG) and ``jsonld`` (compact JSON-LD with a ``@context``).
        N-Quads, TriG and JSON-LD keep one named graph per paper; Turtle and
        N-Triples hold the union of all graphs.
    base_iri : str
        Base of every minted IRI; must end with ``/`` or ``#``.
    stem : str
        File name without extension.
    jobs : int
        Formats written at the same time by forked worker processes (each maps
        the graph itself; the graph is shared copy-on-write). The files are the
        same for any number of jobs.
    stats : dict, optional
        If given, filled with ``counts`` (quads or triples written per format),
        ``seconds`` (per format, mapping included), ``triples`` (size of the
        union, when Turtle or N-Triples is written) and ``quads`` (when a
        quad format is written).

    Returns
    -------
    dict[str, Path]
        Format name -> written file.

    Raises
    ------
    claimgraph.errors.ConfigError
        For an unknown format or a malformed base IRI.
    ValueError
        For a node kind or relation the graph schema does not define.
    """
    names = normalise_formats(formats)
    check_base_iri(base_iri)
    if not stem or "/" in stem or stem.startswith("."):
        raise ConfigError(f"bad export file name stem {stem!r}")
    out = Path(out_dir)
    prefixes = export_prefixes(base_iri)
    jobs = max(1, min(jobs, len(names)))
    tasks = [(name, out / f"{stem}.{FORMATS[name].extension}") for name in names]
    if jobs == 1:
        results = [_write_timed(G, base_iri, path, name, prefixes) for name, path in tasks]
    else:
        results = _write_in_workers(G, base_iri, tasks, prefixes, jobs)
    written = {name: path for name, path in tasks}
    counts = {name: count for name, (count, _) in zip(names, results, strict=True)}
    seconds = {name: spent for name, (_, spent) in zip(names, results, strict=True)}
    if stats is not None:
        stats.update(counts=counts, seconds=seconds)
        for name, count in counts.items():
            stats.setdefault("quads" if FORMATS[name].quads else "triples", count)
    return written


class _Counter:
    """Pass items through, counting them."""

    def __init__(self, items: Iterable):
        self.items, self.count = items, 0

    def __iter__(self):
        for item in self.items:
            self.count += 1
            yield item


def _write_timed(
    G: nx.MultiDiGraph, base_iri: str, path: Path, name: str, prefixes: dict[str, str]
) -> tuple[int, float]:
    begin = time.perf_counter()
    count = _write(G, base_iri, path, FORMATS[name], prefixes)
    return count, time.perf_counter() - begin


#: The graph forked workers export (set just before the pool forks).
_SHARED_GRAPH: nx.MultiDiGraph | None = None


def _write_in_worker(args: tuple[str, str, Path, dict[str, str]]) -> tuple[int, float]:
    base_iri, name, path, prefixes = args
    return _write_timed(_SHARED_GRAPH, base_iri, path, name, prefixes)


def _write_in_workers(
    G: nx.MultiDiGraph, base_iri: str, tasks: list[tuple[str, Path]], prefixes: dict[str, str], jobs: int
) -> list[tuple[int, float]]:
    """Write the formats in ``jobs`` forked processes, in the order of ``tasks``."""
    global _SHARED_GRAPH
    _SHARED_GRAPH = G
    # the slow JSON-LD first, so that the fast formats run beside it
    order = sorted(range(len(tasks)), key=lambda i: tasks[i][0] != "jsonld")
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            done = pool.map(_write_in_worker, [(base_iri, *tasks[i], prefixes) for i in order], chunksize=1)
    finally:
        _SHARED_GRAPH = None
    results: list[tuple[int, float]] = [(0, 0.0)] * len(tasks)
    for i, result in zip(order, done, strict=True):
        results[i] = result
    return results


def _write(G: nx.MultiDiGraph, base_iri: str, path: Path, info: RdfFormatInfo, prefixes: dict[str, str]) -> int:
    """Map and write one format atomically; return the number of quads or triples."""
    items = _Counter(iter_rdf(G, base_iri=base_iri, triples=not info.quads))
    if info.oxigraph is None:
        # rdflib builds reference cycles per graph: keep the garbage collector on
        with atomic_open(path, "wb", encoding=None) as handle:
            write_jsonld(items, handle, prefixes)
        return items.count
    turtle_like = info.oxigraph in (pyoxigraph.RdfFormat.TURTLE, pyoxigraph.RdfFormat.TRIG)
    with no_gc(), atomic_open(path, "wb", encoding=None) as handle:
        pyoxigraph.serialize(items, handle, info.oxigraph, prefixes=prefixes if turtle_like else None)
    return items.count
