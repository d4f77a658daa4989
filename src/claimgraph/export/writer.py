"""Write the RDF exports of a claimgraph graph, atomically and byte-stably."""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph
import rdflib

from claimgraph.atomic import atomic_open
from claimgraph.errors import ConfigError
from claimgraph.export.encoders import Encoder
from claimgraph.export.iris import DEFAULT_BASE_IRI, check_base_iri
from claimgraph.export.jsonld import Compactor
from claimgraph.export.mapping import RdfMapper, Unit, iter_rdf, no_gc
from claimgraph.export.namespace import PREFIXES
from claimgraph.export.rdflib_bridge import to_dataset


@dataclass(frozen=True)
class RdfFormatInfo:
    """One export format: file extension, pyoxigraph format, quads or triples."""

    name: str
    extension: str
    oxigraph: pyoxigraph.RdfFormat
    quads: bool


FORMATS: dict[str, RdfFormatInfo] = {
    "ttl": RdfFormatInfo("ttl", "ttl", pyoxigraph.RdfFormat.TURTLE, False),
    "nt": RdfFormatInfo("nt", "nt", pyoxigraph.RdfFormat.N_TRIPLES, False),
    "nq": RdfFormatInfo("nq", "nq", pyoxigraph.RdfFormat.N_QUADS, True),
    "trig": RdfFormatInfo("trig", "trig", pyoxigraph.RdfFormat.TRIG, True),
    "jsonld": RdfFormatInfo("jsonld", "jsonld", pyoxigraph.RdfFormat.JSON_LD, True),
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
    rename), and the same graph always gives byte-identical files, for any
    number of jobs. The graph is mapped unit by unit (a chunk of the default
    graph, or a run of paper graphs): once to quads if a quad format is asked
    for, once to triples if a triple format is, and each unit is serialised in
    every format before the next (:mod:`claimgraph.export.encoders`).

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
        Worker processes mapping and serialising units (forked: the graph is
        shared copy-on-write); this process writes their output in order.
    stats : dict, optional
        If given, filled with ``counts`` (quads or triples written per format),
        ``seconds`` (the whole export, all formats together), ``triples`` (size
        of the union, when Turtle or N-Triples is written) and ``quads`` (when
        a quad format is written).

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
    begin = time.perf_counter()
    names = normalise_formats(formats)
    check_base_iri(base_iri)
    if not stem or "/" in stem or stem.startswith("."):
        raise ConfigError(f"bad export file name stem {stem!r}")
    out = Path(out_dir)
    prefixes = export_prefixes(base_iri)
    encoders = {
        name: Encoder(FORMATS[name].oxigraph, prefixes if name != "jsonld" else jsonld_context(prefixes))
        for name in names
    }
    paths = {name: out / f"{stem}.{FORMATS[name].extension}" for name in names}
    counts = dict.fromkeys(names, 0)
    with no_gc():
        mapper = RdfMapper(G, base_iri)
        with contextlib.ExitStack() as files:
            handles = {name: files.enter_context(atomic_open(paths[name], "wb", encoding=None)) for name in names}
            first = dict.fromkeys(names, True)
            for name in names:
                handles[name].write(encoders[name].header())
            for pieces in _encoded_units(mapper, encoders, jobs):
                for name, (count, body) in pieces.items():
                    counts[name] += count
                    if body:
                        handles[name].write(encoders[name].separator(first[name]) + body)
                        first[name] = False
            for name in names:
                handles[name].write(encoders[name].footer())
    if stats is not None:
        spent = time.perf_counter() - begin
        stats.update(counts=counts, seconds=dict.fromkeys(names, spent))
        for name in names:
            stats.setdefault("quads" if FORMATS[name].quads else "triples", counts[name])
    return paths


def jsonld_context(prefixes: dict[str, str]) -> dict[str, str]:
    """Return the JSON-LD ``@context`` (prefix -> namespace) of the exports."""
    return dict(sorted(prefixes.items()))


Pieces = dict[str, tuple[int, bytes]]


def _encode_unit(mapper: RdfMapper, unit: Unit, encoders: dict[str, Encoder], compactor: Compactor) -> Pieces:
    """Map one unit (to quads and/or triples, as the formats need) and serialise it in each format."""
    mapped: dict[bool, list[list]] = {}
    pieces: Pieces = {}
    for name, encoder in encoders.items():
        triples = not FORMATS[name].quads
        if triples not in mapped:
            mapped[triples] = mapper.map_unit(unit, triples=triples)
        batches = mapped[triples]
        pieces[name] = (sum(map(len, batches)), encoder.body(batches, compactor))
    return pieces


def _encoded_units(mapper: RdfMapper, encoders: dict[str, Encoder], jobs: int) -> Iterator[Pieces]:
    """Every unit's pieces, in order: here, or from ``jobs`` forked workers."""
    units = mapper.units()
    compactor = Compactor(next(iter(encoders.values())).prefixes)
    if jobs <= 1 or len(units) == 1:
        for unit in units:
            yield _encode_unit(mapper, unit, encoders, compactor)
        return
    global _SHARED
    _SHARED = (mapper, encoders, compactor)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_encode_in_worker, units, chunksize=1)
    finally:
        _SHARED = None


#: What forked workers encode with (set just before the pool forks).
_SHARED: tuple[RdfMapper, dict[str, Encoder], Compactor] | None = None


def _encode_in_worker(unit: Unit) -> Pieces:
    mapper, encoders, compactor = _SHARED  # type: ignore[misc]
    with no_gc():
        return _encode_unit(mapper, unit, encoders, compactor)
