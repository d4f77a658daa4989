"""Render a :class:`QueryResult` as a text table, CSV or JSON (pure functions)."""

from __future__ import annotations

import csv
import io
import json

import rdflib

from claimgraph.export.vocabulary import PREFIXES
from claimgraph.query.engine import QueryResult

_XSD_PLAIN = {
    str(rdflib.XSD.integer),
    str(rdflib.XSD.decimal),
    str(rdflib.XSD.double),
    str(rdflib.XSD.boolean),
    str(rdflib.XSD.string),
}


def compact_iri(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """Return ``prefix:local`` for an IRI under a known namespace, else ``<iri>``."""
    best = ""
    best_prefix = None
    for prefix, namespace in (PREFIXES if prefixes is None else prefixes).items():
        if iri.startswith(namespace) and len(namespace) > len(best):
            best, best_prefix = namespace, prefix
    if best_prefix is None:
        return f"<{iri}>"
    return f"{best_prefix}:{iri[len(best) :]}"


def display(value: rdflib.term.Identifier | None, prefixes: dict[str, str] | None = None) -> str:
    """Return a short human-readable form of a result value (empty for unbound)."""
    if value is None:
        return ""
    if isinstance(value, rdflib.URIRef):
        return compact_iri(str(value), prefixes)
    if isinstance(value, rdflib.BNode):
        return f"_:{value}"
    if isinstance(value, rdflib.Literal):
        text = str(value)
        if value.language:
            return f"{text}@{value.language}"
        if value.datatype is not None and str(value.datatype) not in _XSD_PLAIN:
            return f"{text}^^{compact_iri(str(value.datatype), prefixes)}"
        return text
    return str(value)


def format_table(result: QueryResult, *, max_width: int = 80, prefixes: dict[str, str] | None = None) -> str:
    """Return the result as an aligned text table with a row count.

    Parameters
    ----------
    result : QueryResult
        What to render.
    max_width : int
        Longest cell (longer ones are cut with ``…``).
    prefixes : dict, optional
        Prefixes for compact IRIs (default: the claimgraph ones).

    Returns
    -------
    str
        Header, separator, one line per row and ``(n rows)``.
    """
    cells = [[_cut(display(v, prefixes), max_width) for v in row] for row in result.rows]
    header = list(result.columns)
    widths = [len(name) for name in header]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = [" | ".join(name.ljust(w) for name, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines.extend(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells)
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


def to_csv(result: QueryResult) -> str:
    """Return the result in the SPARQL 1.1 CSV results format (full IRIs, plain values)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if v is None else (f"_:{v}" if isinstance(v, rdflib.BNode) else str(v)) for v in row])
    return buffer.getvalue()


def _json_term(value: rdflib.term.Identifier) -> dict[str, str]:
    if isinstance(value, rdflib.URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, rdflib.BNode):
        return {"type": "bnode", "value": str(value)}
    term: dict[str, str] = {"type": "literal", "value": str(value)}
    if isinstance(value, rdflib.Literal):
        if value.language:
            term["xml:lang"] = value.language
        elif value.datatype is not None:
            term["datatype"] = str(value.datatype)
    return term


def to_json(result: QueryResult, *, indent: int | None = 2) -> str:
    """Return the result in the SPARQL 1.1 JSON results format."""
    if result.kind == "ask":
        value = result.rows[0][0] if result.rows else None
        document: dict = {"head": {}, "boolean": bool(value is not None and value.toPython())}
    else:
        bindings = [
            {name: _json_term(v) for name, v in zip(result.columns, row, strict=True) if v is not None}
            for row in result.rows
        ]
        document = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=indent) + "\n"


FORMATTERS = {"table": format_table, "csv": to_csv, "json": to_json}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render ``result`` as ``table``, ``csv`` or ``json``.

    Raises
    ------
    ValueError
        For another format name.
    """
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown result format {fmt!r} (known: {', '.join(FORMATTERS)})") from None
    return formatter(result)
