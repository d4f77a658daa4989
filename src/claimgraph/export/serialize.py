"""Write the RDF exports of a claimgraph graph (formats, their encoders, the files), or hand them to rdflib.

The graph is mapped unit by unit (:class:`claimgraph.export.mapping.RdfMapper`),
here, in worker processes or on a Dask cluster, and every unit is serialised on
its own by pyoxigraph (for JSON-LD, by pyoxigraph and :mod:`claimgraph.export.jsonld`).
A file is then its header, the units' bodies in order, and its footer:

* N-Quads and N-Triples are a line per statement: a unit's output is its body;
* Turtle and TriG start with the ``@prefix`` lines, which pyoxigraph writes
  first, one a prefix, whenever it is given prefixes: the file's header is those
  lines, and each unit's body is its output without them (checked, not assumed);
* JSON-LD is one ``{"@context": ..., "@graph": [...]}`` document whose
  ``@graph`` lists every unit's node objects.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import orjson
import pyoxigraph
import rdflib

from claimgraph.atomic import atomic_open
from claimgraph.errors import ConfigError
from claimgraph.export.iris import DATA_PREFIXES, DEFAULT_BASE_IRI, check_base_iri
from claimgraph.export.jsonld import Compactor, compact_lines
from claimgraph.export.mapping import RdfMapper, Unit, iter_rdf
from claimgraph.export.rdflib_bridge import to_dataset
from claimgraph.export.vocabulary import PREFIXES
from claimgraph.vocabulary import QUAD_FORMATS, RDF_FORMATS

if TYPE_CHECKING:
    from distributed import Client

    from claimgraph.cluster import Scheduler


@dataclass(frozen=True)
class RdfFormatInfo:
    """One export format: its file extension, its pyoxigraph format, and what it holds.

    ``quads``: every graph's statements (N-Quads, TriG, JSON-LD), else the
    triples of the union of all graphs (Turtle, N-Triples).
    """

    name: str
    extension: str
    oxigraph: pyoxigraph.RdfFormat
    quads: bool


FORMATS: dict[str, RdfFormatInfo] = {
    name: RdfFormatInfo(name, name, pyoxigraph.RdfFormat.from_extension(name), quads=name in QUAD_FORMATS)
    for name in RDF_FORMATS
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

_PROBE = pyoxigraph.NamedNode("urn:claimgraph:probe")


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


class Encoder:
    """How one format turns units into a file: header, unit bodies (with separators), footer.

    Parameters
    ----------
    fmt : pyoxigraph.RdfFormat
        The format (``JSON_LD`` for compact JSON-LD with a context).
    prefixes : dict[str, str]
        Prefixes for Turtle, TriG and the JSON-LD ``@context``.
    """

    def __init__(self, fmt: pyoxigraph.RdfFormat, prefixes: dict[str, str]):
        self.fmt = fmt
        self.prefixes = dict(prefixes)
        self._compactor = Compactor(self.prefixes) if fmt == pyoxigraph.RdfFormat.JSON_LD else None
        self._uses_prefixes = bool(self.prefixes) and fmt in (pyoxigraph.RdfFormat.TURTLE, pyoxigraph.RdfFormat.TRIG)

    def header(self) -> bytes:
        """The bytes before the first unit."""
        if self._compactor is not None:
            context = orjson.dumps(self.prefixes, option=orjson.OPT_SORT_KEYS)
            return b'{"@context":' + context + b',\n"@graph":['
        if not self._uses_prefixes:
            return b""
        probe = [pyoxigraph.Triple(_PROBE, _PROBE, _PROBE)]
        return self._split(pyoxigraph.serialize(probe, format=self.fmt, prefixes=self.prefixes))[0]

    def footer(self) -> bytes:
        """The bytes after the last unit."""
        return b"\n]}\n" if self._compactor is not None else b""

    def separator(self, first: bool) -> bytes:
        """The bytes before a (non-empty) unit body: JSON-LD separates node objects with commas."""
        if self._compactor is None:
            return b""
        return b"\n" if first else b",\n"

    def body(self, statements: list[pyoxigraph.Quad] | list[pyoxigraph.Triple]) -> bytes:
        """Serialise one unit's statements (quads or triples, grouped by graph and subject)."""
        if not statements:
            return b""
        if self._compactor is not None:
            return compact_lines(statements, self._compactor)
        if not self._uses_prefixes:
            return pyoxigraph.serialize(statements, format=self.fmt)
        return self._split(pyoxigraph.serialize(statements, format=self.fmt, prefixes=self.prefixes))[1]

    def _split(self, output: bytes) -> tuple[bytes, bytes]:
        """Cut pyoxigraph's Turtle or TriG output into its ``@prefix`` lines and the rest."""
        cut = 0
        for _ in self.prefixes:
            if not output.startswith(b"@prefix ", cut):
                raise RuntimeError(f"pyoxigraph's {self.fmt.name} output does not start with its @prefix lines")
            cut = output.index(b"\n", cut) + 1
        return output[:cut], output[cut:]


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
        the quads :func:`claimgraph.export.export_graph` writes.
    """
    with _no_gc():
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
    scheduler: Scheduler | None = None,
) -> dict[str, Path]:
    """Write the RDF exports of ``G`` to ``out_dir``.

    Every file is written atomically (temporary file in the same folder, fsync,
    rename), and the same graph always gives byte-identical files, for any
    number of jobs. The graph is mapped unit by unit (a chunk of the default
    graph, or a run of paper graphs), once whatever the formats, and each unit
    is serialised in every format before the next.

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
    scheduler : str or distributed.Client, optional
        A Dask scheduler address or client: map and serialise the units on
        that cluster's workers instead (``jobs`` is then unused). The graph is
        sent to every worker once; this process writes their output in order,
        so the files are the same.
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
    encoders = _encoders(tuple(names), base_iri)
    paths = {name: Path(out_dir) / f"{stem}.{FORMATS[name].extension}" for name in names}
    counts = dict.fromkeys(names, 0)
    with _no_gc(), contextlib.ExitStack() as files:
        mapper = RdfMapper(G, base_iri)
        handles = {name: files.enter_context(atomic_open(paths[name], "wb", encoding=None)) for name in names}
        for name, handle in handles.items():
            handle.write(encoders[name].header())
        if scheduler is not None:
            from claimgraph.cluster import connect

            cluster = files.enter_context(connect(scheduler))
            units = _serialised_on_cluster(cluster, mapper, names, base_iri)
        else:
            units = _serialised_units(mapper, encoders, jobs)
        for pieces in units:
            for name, (count, body) in pieces.items():
                if body:
                    handles[name].write(encoders[name].separator(first=counts[name] == 0))
                    handles[name].write(body)
                counts[name] += count
        for name, handle in handles.items():
            handle.write(encoders[name].footer())
    if stats is not None:
        spent = time.perf_counter() - begin
        stats.update(counts=counts, seconds=dict.fromkeys(names, spent))
        for name in names:
            stats.setdefault("quads" if FORMATS[name].quads else "triples", counts[name])
    return paths


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: mapping makes millions of small objects and no cycles,
    and the collector's passes over them (and the graph) would take a third of the export."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


Pieces = dict[str, tuple[int, bytes]]


def _encoders(names: tuple[str, ...], base_iri: str) -> dict[str, Encoder]:
    """The encoder of each format, with the prefixes of ``base_iri``."""
    prefixes = export_prefixes(base_iri)
    return {name: Encoder(FORMATS[name].oxigraph, prefixes) for name in names}


def _serialise_unit(mapper: RdfMapper, unit: Unit, encoders: dict[str, Encoder]) -> Pieces:
    """Map one unit and serialise it in each format: format -> (statements, body)."""
    mapped = mapper.map_unit(unit)
    pieces: Pieces = {}
    for name, encoder in encoders.items():
        statements = mapped.quads if FORMATS[name].quads else mapped.union
        pieces[name] = (len(statements), encoder.body(statements))
    return pieces


def _serialised_units(mapper: RdfMapper, encoders: dict[str, Encoder], jobs: int) -> Iterator[Pieces]:
    """Every unit serialised, in order: here, or by ``jobs`` forked worker processes."""
    units = mapper.units()
    if jobs <= 1 or len(units) == 1:
        for unit in units:
            yield _serialise_unit(mapper, unit, encoders)
        return
    global _WORK
    _WORK = (mapper, encoders)  # what the workers inherit when the pool forks
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_serialise_in_worker, units)
    finally:
        _WORK = None


_WORK: tuple[RdfMapper, dict[str, Encoder]] | None = None


def _serialise_in_worker(unit: Unit) -> Pieces:
    mapper, encoders = _WORK  # type: ignore[misc]
    return _serialise_unit(mapper, unit, encoders)


def _serialised_on_cluster(client: Client, mapper: RdfMapper, names: list[str], base_iri: str) -> Iterator[Pieces]:
    """Every unit serialised, in order, by the workers of a Dask cluster (each given the mapper once)."""
    from claimgraph.cluster import ordered_map

    shared = client.scatter(mapper, broadcast=True, hash=False)
    yield from ordered_map(
        client, _serialise_on_cluster, mapper.units(), mapper=shared, names=tuple(names), base_iri=base_iri
    )


def _serialise_on_cluster(unit: Unit, *, mapper: RdfMapper, names: tuple[str, ...], base_iri: str) -> Pieces:
    """:func:`_serialise_unit` in a Dask worker (encoders cannot be pickled, so each task makes its own)."""
    return _serialise_unit(mapper, unit, _encoders(names, base_iri))
