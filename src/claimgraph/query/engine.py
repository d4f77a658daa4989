"""Run SPARQL over a claimgraph build with an embedded Oxigraph store.

The build's exports (N-Quads preferred: it keeps the per-paper graphs and loads
fastest) are bulk-loaded into an in-memory :class:`pyoxigraph.Store`; the query's
default graph is the union of all graphs, so queries need no ``GRAPH`` clause.
Stores are cached per file (resolved path, size, modification time) for the
life of the process, so repeated queries on one build load it once.

A build folder is read in its current version (``DIR/current``, see
:mod:`claimgraph.build_layout`), resolved once per query: a query runs on the
old build or the new one, never a mix, and a new build is a new cache entry.
Its ``manifest.json`` lists its RDF files: a ``claimgraph.*``
file it does not list is left over from another build, and is never queried
(a :class:`StaleExportWarning` names it). ``SERVICE`` is refused unless
allowed (:mod:`claimgraph.query.service`); a time and a row limit can bound a
query (:mod:`claimgraph.query.stream`).
"""

from __future__ import annotations

import contextlib
import json
import threading
import warnings
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from claimgraph.build_layout import MANIFEST, current_build
from claimgraph.errors import QueryError
from claimgraph.export.vocabulary import PREFIXES
from claimgraph.query.service import check_service
from claimgraph.query.store_cache import bulk_load, open_index
from claimgraph.query.stream import QueryStream, Value, run_bounded
from claimgraph.vocabulary import QUAD_FORMATS, RDF_FORMATS, RDF_STEM

#: Export files looked for in a build folder, best first: named graphs, then the union; JSON-LD last (slow to load).
#: (``claimgraph.nq.gz``, the default output, first; ``claimgraph.nq`` is what builds before it wrote).
BUILD_FILES: tuple[tuple[str, pyoxigraph.RdfFormat], ...] = (
    (f"{RDF_STEM}.nq.gz", pyoxigraph.RdfFormat.N_QUADS),
    *(
        (f"{RDF_STEM}.{name}", pyoxigraph.RdfFormat.from_extension(name))
        for name in sorted(RDF_FORMATS, key=lambda name: (name == "jsonld", name not in QUAD_FORMATS))
    ),
)
#: The name of each RDF file a build writes, by the format name its manifest lists (a manifest's ``files``
#: says otherwise: N-Quads is ``claimgraph.nq.gz`` since builds compress it).
MANIFEST_FILES: dict[str, str] = {name: f"{RDF_STEM}.{name}" for name in RDF_FORMATS}
_BY_SUFFIX = {Path(name).suffix: fmt for name, fmt in BUILD_FILES[1:]}


def export_format(path: Path) -> pyoxigraph.RdfFormat | None:
    """The RDF format of an export file by its name (``.gz``: by the name inside), None when it is no export."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _BY_SUFFIX.get(Path(name).suffix)


_CACHE_SIZE = 2
_cache: OrderedDict[tuple, pyoxigraph.Store] = OrderedDict()
_lock = threading.Lock()


class StaleExportWarning(UserWarning):
    """An RDF file in a build folder that the build's manifest does not list (left from another build)."""


@dataclass(frozen=True)
class QueryResult:
    """The answer to a SPARQL query.

    Attributes
    ----------
    columns : tuple of str
        Variable names (``SELECT``), ``("ask",)`` for ``ASK``, and
        ``("subject", "predicate", "object")`` for ``CONSTRUCT``/``DESCRIBE``.
    rows : tuple of tuple
        One tuple per solution; values are rdflib terms (``URIRef``,
        ``Literal``, ``BNode``) or None when unbound. ``ASK`` gives one row with
        an ``xsd:boolean`` literal.
    kind : str
        ``"select"``, ``"ask"`` or ``"graph"``.
    source : Path or None
        The export file the query ran on.
    truncated : bool
        True when the row limit cut the answer.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    kind: str = "select"
    source: Path | None = None
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.rows)

    def to_python(self) -> list[dict[str, object]]:
        """Return the rows as dicts of plain Python values (``str`` for IRIs, ints, ...)."""
        return [
            {name: (None if value is None else value.toPython()) for name, value in zip(self.columns, row, strict=True)}
            for row in self.rows
        ]


def _listed_files(folder: Path) -> set[str] | None:
    """The RDF file names a build folder's manifest lists, or None when there is no manifest."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return None
    try:
        listing = json.loads(manifest.read_text(encoding="utf-8"))
        formats, files = listing.get("formats"), listing.get("files") or {}
    except (ValueError, AttributeError, OSError) as error:
        raise QueryError(f"{manifest}: not a readable build manifest ({error}): rebuild the folder") from error
    if not isinstance(formats, list) or not isinstance(files, dict):
        raise QueryError(f"{manifest}: lists no RDF formats: rebuild the folder")
    return {str(files.get(name) or MANIFEST_FILES[name]) for name in formats if name in MANIFEST_FILES}


def _warn_stale(names: list[str], folder: Path, listed: set[str]) -> None:
    if names:
        warnings.warn(
            f"{folder}: ignored {', '.join(names)}, left from another build (manifest.json lists "
            f"{', '.join(sorted(listed)) or 'no RDF file'}); delete it or rebuild",
            StaleExportWarning,
            stacklevel=3,
        )


def find_export(data: str | Path) -> tuple[Path, pyoxigraph.RdfFormat]:
    """Return the export file of a build folder (or the given file) and its format.

    A build folder is read in its current version
    (:func:`claimgraph.build_layout.current_build`), and there only a file its
    ``manifest.json`` lists is used; others are named in a
    :class:`StaleExportWarning`.

    Raises
    ------
    QueryError
        If nothing loadable is there, or the manifest cannot be read.
    ConfigError
        If the folder's ``current`` link leads to a missing version.
    """
    path = Path(data)
    if path.is_file():
        fmt = export_format(path)
        if fmt is None:
            raise QueryError(f"{path}: not an RDF export (expected .nq.gz, .nq, .trig, .nt, .ttl or .jsonld)")
        listed = _listed_files(path.parent)
        known = {name for name, _ in BUILD_FILES}
        if listed is not None and path.name in known and path.name not in listed:
            _warn_stale([path.name], path.parent, listed)
        return path, fmt
    if not path.is_dir():
        raise QueryError(f"no build at {path}: run `claimgraph build -o {path}` first")
    folder = current_build(path)
    listed = _listed_files(folder)
    stale: list[str] = []
    candidates = BUILD_FILES
    for name, fmt in candidates:
        if (folder / name).is_file():
            if listed is not None and name not in listed:
                stale.append(name)
                continue
            _warn_stale(stale, folder, listed or set())
            return folder / name, fmt
    if listed is not None:
        raise QueryError(
            f"{folder}: its manifest lists {', '.join(sorted(listed)) or 'no RDF file'}, and none is there"
            + (f" ({', '.join(stale)} left from another build ignored)" if stale else "")
            + f": rebuild with `claimgraph build -o {path}`"
        )
    for suffix, fmt in _BY_SUFFIX.items():
        found = sorted(p for p in folder.glob(f"*{suffix}") if not p.name.startswith("."))
        if found:
            return found[0], fmt
    raise QueryError(
        f"no RDF export in {folder} (looked for {', '.join(n for n, _ in BUILD_FILES)}): "
        f"run `claimgraph build -o {path}` first"
    )


def load_store(data: str | Path, *, persistent: bool = False) -> tuple[pyoxigraph.Store, Path]:
    """Return a store holding a build's export (cached in this process), and the file.

    With ``persistent`` the store is the on-disk index of
    :mod:`claimgraph.query.store_cache`, built on the first query (beside the
    export, or in the user's cache folder when the build folder is read-only)
    and opened read-only afterwards; otherwise (the default, or where no index
    can be written) the export is loaded into memory.

    Raises
    ------
    QueryError
        If there is no export or it cannot be parsed.
    """
    path, fmt = find_export(data)
    resolved = path.resolve()
    stat = resolved.stat()
    key = (str(resolved), stat.st_size, stat.st_mtime_ns, persistent)
    with _lock:
        store = _cache.get(key)
        if store is not None:
            _cache.move_to_end(key)
            return store, path
        try:
            store = open_index(resolved, fmt) if persistent else None
            if store is None:
                store = pyoxigraph.Store()
                bulk_load(store, resolved, fmt)
        except (SyntaxError, ValueError, OSError) as error:
            raise QueryError(f"{path}: cannot load the export: {error}") from error
        _cache[key] = store
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
        return store, path


def clear_cache() -> None:
    """Forget every cached store."""
    with _lock:
        _cache.clear()


def read_query(query_or_file: str | Path) -> str:
    """Return SPARQL text: the content of a ``.rq``/``.sparql`` file, else the text itself.

    Raises
    ------
    QueryError
        If a named query file cannot be read.
    """
    text = str(query_or_file)
    candidate = Path(text)
    looks_like_file = "\n" not in text and candidate.suffix.lower() in {".rq", ".sparql"}
    if looks_like_file or ("\n" not in text and len(text) < 4096 and candidate.is_file()):
        try:
            return candidate.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"cannot read query file {candidate}: {error}") from error
    return text


@contextlib.contextmanager
def stream_query(
    query_text: str,
    data_dir: str | Path,
    *,
    union_default_graph: bool = True,
    prefixes: dict[str, str] | None = None,
    persistent: bool = False,
    allow_service: bool = False,
    timeout: float | None = None,
    limit: int | None = None,
) -> Iterator[QueryStream]:
    """Run a query for the ``with`` block, handing on its rows as they come.

    Takes the arguments of :func:`run_query`; the block gets a
    :class:`~claimgraph.query.stream.QueryStream` (columns, kind, then rows as
    rdflib terms; ``truncated`` once read). Leaving the block stops the query.

    Raises
    ------
    QueryError
        As :func:`run_query`; :class:`~claimgraph.query.stream.QueryTimeout`
        at the deadline, also while rows are read.
    """
    if not isinstance(query_text, str) or not query_text.strip():
        raise QueryError("empty SPARQL query")
    check_service(query_text, allow_service)
    store, path = load_store(data_dir, persistent=persistent)
    declared = dict(PREFIXES)
    declared.update(prefixes or {})
    bounds = {"timeout": timeout or None, "limit": limit or None}
    with run_bounded(store, query_text, prefixes=declared, union=union_default_graph, **bounds) as stream:
        stream.source = path
        yield stream


def run_query(
    query_text: str,
    data_dir: str | Path,
    *,
    union_default_graph: bool = True,
    prefixes: dict[str, str] | None = None,
    persistent: bool = False,
    allow_service: bool = False,
    timeout: float | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run a SPARQL 1.1 query over a claimgraph build.

    Parameters
    ----------
    query_text : str
        The query. The prefixes of :data:`claimgraph.export.vocabulary.PREFIXES`
        (``cg:``, ``schema:``, ``prov:``, ``oa:``, ...) are predeclared.
    data_dir : str or Path
        A build folder (``claimgraph.nq`` preferred, else ``.trig``, ``.nt``,
        ``.ttl``, ``.jsonld``; only files its manifest lists) or one export file.
    union_default_graph : bool
        Query the union of all graphs by default (True) or only the default graph.
    prefixes : dict, optional
        Extra prefixes to predeclare.
    persistent : bool
        Query the on-disk index of :mod:`claimgraph.query.store_cache`
        (opens in milliseconds once built; queries are several times slower
        than in memory) instead of loading the export into memory (the
        default: best for many queries in one process, as in a notebook).
    allow_service : bool
        Let ``SERVICE`` clauses send the query to remote endpoints; refused by
        default (see :mod:`claimgraph.query.service`).
    timeout : float, optional
        Stop the query after this many seconds (it then runs in a forked child
        process, see :mod:`claimgraph.query.stream`); None or 0: no limit.
    limit : int, optional
        Keep at most this many rows (``truncated`` tells whether rows were
        cut); None or 0: all. The command line's defaults are 60 s and 10,000
        rows.

    Returns
    -------
    QueryResult
        Columns and rows of rdflib terms.

    Raises
    ------
    QueryError
        For a missing build, an unloadable export, a query that does not parse,
        fails to run, or calls ``SERVICE`` when that is not allowed;
        :class:`~claimgraph.query.stream.QueryTimeout` when it runs out of time.
    """
    options = {"union_default_graph": union_default_graph, "prefixes": prefixes, "persistent": persistent}
    bounds = {"allow_service": allow_service, "timeout": timeout, "limit": limit}
    with stream_query(query_text, data_dir, **options, **bounds) as stream:
        rows = tuple(stream)
    return QueryResult(stream.columns, rows, stream.kind, stream.source, stream.truncated)
