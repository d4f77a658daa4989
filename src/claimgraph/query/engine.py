"""Run SPARQL over a claimgraph build with an embedded Oxigraph store.

The build's exports (N-Quads preferred: it keeps the per-paper graphs and loads
fastest) are bulk-loaded into an in-memory :class:`pyoxigraph.Store`; the query's
default graph is the union of all graphs, so queries need no ``GRAPH`` clause.
Stores are cached per file (path, size, modification time) for the life of the
process, so repeated queries on one build load it once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import rdflib

from claimgraph.errors import QueryError
from claimgraph.export.rdflib_bridge import rdflib_term
from claimgraph.export.vocabulary import PREFIXES
from claimgraph.query.store_cache import open_index

#: Export files looked for in a build folder, best first.
BUILD_FILES: tuple[tuple[str, pyoxigraph.RdfFormat], ...] = (
    ("claimgraph.nq", pyoxigraph.RdfFormat.N_QUADS),
    ("claimgraph.trig", pyoxigraph.RdfFormat.TRIG),
    ("claimgraph.nt", pyoxigraph.RdfFormat.N_TRIPLES),
    ("claimgraph.ttl", pyoxigraph.RdfFormat.TURTLE),
)
_BY_SUFFIX = {
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".trig": pyoxigraph.RdfFormat.TRIG,
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".jsonld": pyoxigraph.RdfFormat.JSON_LD,
}
_CACHE_SIZE = 2
_cache: OrderedDict[tuple, pyoxigraph.Store] = OrderedDict()
_lock = threading.Lock()

Value = rdflib.term.Identifier | None


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
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    kind: str = "select"
    source: Path | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def to_python(self) -> list[dict[str, object]]:
        """Return the rows as dicts of plain Python values (``str`` for IRIs, ints, ...)."""
        return [
            {name: (None if value is None else value.toPython()) for name, value in zip(self.columns, row, strict=True)}
            for row in self.rows
        ]


def find_export(data: str | Path) -> tuple[Path, pyoxigraph.RdfFormat]:
    """Return the export file of a build folder (or the given file) and its format.

    Raises
    ------
    QueryError
        If nothing loadable is there.
    """
    path = Path(data)
    if path.is_file():
        fmt = _BY_SUFFIX.get(path.suffix.lower())
        if fmt is None:
            raise QueryError(f"{path}: not an RDF export (expected .nq, .trig, .nt, .ttl or .jsonld)")
        return path, fmt
    if not path.is_dir():
        raise QueryError(f"no build at {path}: run `claimgraph build -o {path}` first")
    for name, fmt in BUILD_FILES:
        if (path / name).is_file():
            return path / name, fmt
    for suffix, fmt in _BY_SUFFIX.items():
        found = sorted(p for p in path.glob(f"*{suffix}") if not p.name.startswith("."))
        if found:
            return found[0], fmt
    raise QueryError(
        f"no RDF export in {path} (looked for {', '.join(n for n, _ in BUILD_FILES)}): "
        f"run `claimgraph build -o {path}` first"
    )


def load_store(data: str | Path, *, persistent: bool = False) -> tuple[pyoxigraph.Store, Path]:
    """Return a store holding a build's export (cached in this process), and the file.

    With ``persistent`` the store is the on-disk index of
    :mod:`claimgraph.query.store_cache`, built on the first query and opened
    read-only afterwards; otherwise (the default, or where the folder is
    read-only) the export is loaded into memory.

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
                store.bulk_load(path=str(resolved), format=fmt)
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


def run_query(
    query_text: str,
    data_dir: str | Path,
    *,
    union_default_graph: bool = True,
    prefixes: dict[str, str] | None = None,
    persistent: bool = False,
) -> QueryResult:
    """Run a SPARQL 1.1 query over a claimgraph build.

    Parameters
    ----------
    query_text : str
        The query. The prefixes of :data:`claimgraph.export.vocabulary.PREFIXES`
        (``cg:``, ``schema:``, ``prov:``, ``oa:``, ...) are predeclared.
    data_dir : str or Path
        A build folder (``claimgraph.nq`` preferred, else ``.trig``, ``.nt``,
        ``.ttl``) or one export file.
    union_default_graph : bool
        Query the union of all graphs by default (True) or only the default graph.
    prefixes : dict, optional
        Extra prefixes to predeclare.
    persistent : bool
        Query the on-disk index of :mod:`claimgraph.query.store_cache`
        (opens in milliseconds once built; queries are several times slower
        than in memory) instead of loading the export into memory (the
        default: best for many queries in one process, as in a notebook).

    Returns
    -------
    QueryResult
        Columns and rows of rdflib terms.

    Raises
    ------
    QueryError
        For a missing build, an unloadable export or a query that does not parse
        or fails to run.
    """
    if not isinstance(query_text, str) or not query_text.strip():
        raise QueryError("empty SPARQL query")
    store, path = load_store(data_dir, persistent=persistent)
    declared = dict(PREFIXES)
    declared.update(prefixes or {})
    try:
        answer = store.query(query_text, prefixes=declared, use_default_graph_as_union=union_default_graph)
        return _collect(answer, path)
    except SyntaxError as error:
        raise QueryError(f"bad SPARQL: {error}") from error
    except (OSError, ValueError, TypeError) as error:
        raise QueryError(f"query failed: {error}") from error


def _value(term: object) -> Value:
    if term is None:
        return None
    try:
        return rdflib_term(term)  # type: ignore[arg-type]
    except TypeError:
        return rdflib.Literal(str(term))


def _collect(answer: object, path: Path) -> QueryResult:
    if isinstance(answer, pyoxigraph.QuerySolutions):
        columns = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(_value(solution[i]) for i in range(len(columns))) for solution in answer)
        return QueryResult(columns, rows, "select", path)
    if isinstance(answer, pyoxigraph.QueryBoolean):
        return QueryResult(("ask",), ((rdflib.Literal(bool(answer)),),), "ask", path)
    rows = tuple((_value(t.subject), _value(t.predicate), _value(t.object)) for t in answer)  # type: ignore[attr-defined]
    return QueryResult(("subject", "predicate", "object"), rows, "graph", path)
