"""SPARQL over a claimgraph build (embedded Oxigraph store, rdflib terms out)."""

from claimgraph.query.engine import (
    QueryResult,
    StaleExportWarning,
    clear_cache,
    find_export,
    read_query,
    run_query,
    stream_query,
)
from claimgraph.query.formatting import format_result, format_table, to_csv, to_json, write_csv, write_json
from claimgraph.query.stream import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryStream, QueryTimeout

__all__ = [
    "DEFAULT_LIMIT",
    "DEFAULT_TIMEOUT",
    "QueryResult",
    "QueryStream",
    "QueryTimeout",
    "StaleExportWarning",
    "clear_cache",
    "find_export",
    "format_result",
    "format_table",
    "read_query",
    "run_query",
    "stream_query",
    "to_csv",
    "to_json",
    "write_csv",
    "write_json",
]
