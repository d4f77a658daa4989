"""SPARQL over a claimgraph build (embedded Oxigraph store, rdflib terms out)."""

from claimgraph.query.engine import QueryResult, clear_cache, find_export, read_query, run_query
from claimgraph.query.formatting import format_result, format_table, to_csv, to_json

__all__ = [
    "QueryResult",
    "clear_cache",
    "find_export",
    "format_result",
    "format_table",
    "read_query",
    "run_query",
    "to_csv",
    "to_json",
]
