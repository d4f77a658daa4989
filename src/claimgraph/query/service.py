"""SPARQL ``SERVICE`` is refused unless asked for: a query runs offline.

Oxigraph sends an HTTP request to the endpoint a ``SERVICE`` clause names (and
quotes the reply in its error), from any store. A query that comes from
someone else could so make this machine call any address it can reach. So a
query is read before it runs, and one with a ``SERVICE`` clause is refused
unless the caller allows federation (``allow_service=True``,
``claimgraph query --allow-service``).

The check is conservative. Text without the word ``service`` (in any case)
cannot call a service and is not parsed. Other text is parsed with rdflib's
SPARQL grammar and refused when it holds a ``SERVICE`` pattern, or when it
cannot be parsed (then it cannot be told apart from one that calls a service).
The word inside a string, an IRI, a prefixed name or a variable
(``"web service"``, ``cg:service``, ``?service``) is not a clause.
"""

from __future__ import annotations

from claimgraph.errors import QueryError

ALLOW_HINT = "pass --allow-service (allow_service=True in Python) to let queries call remote endpoints"


def uses_service(query_text: str) -> bool:
    """Return True when ``query_text`` has (or may have) a ``SERVICE`` clause.

    Examples
    --------
    >>> uses_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * WHERE { ?p cg:service ?service FILTER(CONTAINS(?service, "service")) }')
    False
    """
    if "service" not in query_text.casefold():
        return False
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        parsed = parseQuery(query_text)
    except Exception:  # any failure to parse: it cannot be told apart from a query with SERVICE
        return True
    stack: list[object] = [parsed]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                return True
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
    return False


def check_service(query_text: str, allow_service: bool) -> None:
    """Raise QueryError when ``query_text`` calls a remote endpoint and that is not allowed."""
    if not allow_service and uses_service(query_text):
        raise QueryError(
            "query refused: SERVICE would send it to a remote SPARQL endpoint, and claimgraph queries run "
            f"offline (or it cannot be parsed to tell); {ALLOW_HINT}"
        )
