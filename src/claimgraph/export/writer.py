"""Write the RDF exports of a claimgraph graph, atomically and byte-stably."""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.sharedctypes
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph
import rdflib

from claimgraph.atomic import atomic_open
from claimgraph.errors import ConfigError
from claimgraph.export.encoders import Encoder
from claimgraph.export.iris import DEFAULT_BASE_IRI, check_base_iri
from claimgraph.export.mapping import RdfMapper, Unit, iter_rdf, no_gc
from claimgraph.export.namespace import PREFIXES
from claimgraph.export.rdflib_bridge import to_dataset


@dataclass(frozen=True)
class RdfFormatInfo:
    """One export format: file extension, pyoxigraph format, and the statements it serialises.

    ``takes`` is ``"quads"`` (N-Quads, TriG: ``Quad`` objects), ``"graphs"``
    (JSON-LD: each graph's statements, as quads or as each graph's triples) or
    ``"union"`` (Turtle, N-Triples: the triples of the union of all graphs).
    """

    name: str
    extension: str
    oxigraph: pyoxigraph.RdfFormat
    takes: str

    @property
    def quads(self) -> bool:
        """Whether the file holds every graph's statements (else the union's triples)."""
        return self.takes != "union"


FORMATS: dict[str, RdfFormatInfo] = {
    "ttl": RdfFormatInfo("ttl", "ttl", pyoxigraph.RdfFormat.TURTLE, "union"),
    "nt": RdfFormatInfo("nt", "nt", pyoxigraph.RdfFormat.N_TRIPLES, "union"),
    "nq": RdfFormatInfo("nq", "nq", pyoxigraph.RdfFormat.N_QUADS, "quads"),
    "trig": RdfFormatInfo("trig", "trig", pyoxigraph.RdfFormat.TRIG, "quads"),
    "jsonld": RdfFormatInfo("jsonld", "jsonld", pyoxigraph.RdfFormat.JSON_LD, "graphs"),
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
    graph, or a run of paper graphs), once whatever the formats: to quads if
    N-Quads or TriG is asked for, else to each graph's triples if JSON-LD is
    (the union's triples derived from either if Turtle or N-Triples is too),
    else to the union's triples; each unit is serialised in every format before
    the next (:mod:`claimgraph.export.encoders`).

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
    encoders = {name: Encoder(FORMATS[name].oxigraph, prefixes) for name in names}
    paths = {name: out / f"{stem}.{FORMATS[name].extension}" for name in names}
    with no_gc():
        mapper = RdfMapper(G, base_iri)
        with contextlib.ExitStack() as files:
            handles = {name: files.enter_context(atomic_open(paths[name], "wb", encoding=None)) for name in names}
            output = _Output({name: handle.fileno() for name, handle in handles.items()}, encoders)
            counts = _write_units(mapper, output, jobs)
    if stats is not None:
        spent = time.perf_counter() - begin
        stats.update(counts=counts, seconds=dict.fromkeys(names, spent))
        for name in names:
            stats.setdefault("quads" if FORMATS[name].quads else "triples", counts[name])
    return paths


Pieces = dict[str, tuple[int, bytes]]


class _Output:
    """The export files (open descriptors), appended to unit by unit, in order.

    Writes go straight to the descriptors, so that forked workers, which
    inherit them, append their own units (taking turns) and no serialised data
    passes through this process.
    """

    def __init__(self, fds: dict[str, int], encoders: dict[str, Encoder]):
        self.fds, self.encoders = fds, encoders
        #: per format (in order): whether a unit body was written yet (shared with workers when there are any)
        self.written: list[bool] | multiprocessing.sharedctypes.SynchronizedArray = [False] * len(fds)
        for name, fd in fds.items():
            _write_all(fd, encoders[name].header())

    def append(self, pieces: Pieces) -> None:
        """Append one unit's bodies (JSON-LD: with the comma before all but the first)."""
        for n, (name, (_, body)) in enumerate(pieces.items()):
            if body:
                separator = self.encoders[name].separator(not self.written[n])
                if separator:
                    _write_all(self.fds[name], separator)
                _write_all(self.fds[name], body)
                self.written[n] = True

    def close(self) -> None:
        """Write the footers."""
        for name, fd in self.fds.items():
            _write_all(fd, self.encoders[name].footer())


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _encode_unit(mapper: RdfMapper, unit: Unit, encoders: dict[str, Encoder]) -> Pieces:
    """Map one unit (to what the formats take, each statement built once) and serialise it in each format.

    Each graph's statements are quads if N-Quads or TriG is written, else
    (JSON-LD) each graph's triples, which cost less to build and serialise;
    the union's triples are derived from them.
    """
    takes = {FORMATS[name].takes for name in encoders}
    if takes == {"union"}:
        mapped = {"union": mapper.map_unit(unit, triples=True)}
    else:
        per_graph = "quads" not in takes
        if "union" in takes:
            graphs, union = mapper.map_unit_with_union(unit, triples=per_graph)
        else:
            graphs, union = mapper.map_unit(unit, triples=per_graph, per_graph=per_graph), []
        mapped = {"quads": graphs, "graphs": graphs, "union": union}
    pieces: Pieces = {}
    for name, encoder in encoders.items():
        batches = mapped[FORMATS[name].takes]
        pieces[name] = (sum(map(len, batches)), encoder.body(batches))
    return pieces


def _write_units(mapper: RdfMapper, output: _Output, jobs: int) -> dict[str, int]:
    """Encode and append every unit, here or in ``jobs`` forked workers; return the statement counts."""
    units = mapper.units()
    counts = dict.fromkeys(output.fds, 0)
    if jobs <= 1 or len(units) == 1:
        for unit in units:
            pieces = _encode_unit(mapper, unit, output.encoders)
            output.append(pieces)
            for name, (count, _) in pieces.items():
                counts[name] += count
        output.close()
        return counts
    context = multiprocessing.get_context("fork")
    output.written = context.Array("b", len(output.fds), lock=False)
    turn = context.Value("q", 0, lock=False)
    global _SHARED
    _SHARED = (mapper, output, turn, context.Condition())
    try:
        with context.Pool(jobs) as pool:
            for unit_counts in pool.imap(_encode_in_worker, enumerate(units), chunksize=1):
                for name, count in unit_counts.items():
                    counts[name] += count
    finally:
        _SHARED = None
    output.close()
    return counts


#: What forked workers work with (set just before the pool forks).
_SHARED: tuple | None = None


def _encode_in_worker(job: tuple[int, Unit]) -> dict[str, int]:
    """Encode unit ``index``, wait for the units before it to be written, append it."""
    index, unit = job
    mapper, output, turn, condition = _SHARED  # type: ignore[misc]
    with no_gc():
        pieces = _encode_unit(mapper, unit, output.encoders)
    with condition:
        condition.wait_for(lambda: turn.value == index)
        output.append(pieces)
        turn.value += 1
        condition.notify_all()
    return {name: count for name, (count, _) in pieces.items()}
