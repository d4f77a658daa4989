"""Render a :class:`QueryResult` as a text table, CSV or JSON.

CSV and JSON are also written row by row as the rows come (:func:`write_csv`,
:func:`write_json`), so a large answer streams; a table needs every row first
(its columns are as wide as their widest cell).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import TextIO

import rdflib

from claimgraph.export.vocabulary import PREFIXES
from claimgraph.query.engine import QueryResult, Value

Row = tuple[Value, ...]
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

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
    """One line of at most ``width`` characters; a control character shows as an escape (a table is for terminals)."""
    text = " ".join(text.split())
    text = _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


def write_csv(columns: Iterable[str], rows: Iterable[Row], out: TextIO) -> None:
    """Write rows in the SPARQL 1.1 CSV results format (full IRIs, plain values), each as it comes."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else (f"_:{v}" if isinstance(v, rdflib.BNode) else str(v)) for v in row])


def to_csv(result: QueryResult) -> str:
    """Return the result in the SPARQL 1.1 CSV results format (full IRIs, plain values)."""
    buffer = io.StringIO()
    write_csv(result.columns, result.rows, buffer)
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


_ROWS = "@rows@"  # stands for the bindings in the document's skeleton (no variable name can hold "@")


def write_json(columns: Iterable[str], kind: str, rows: Iterable[Row], out: TextIO, *, indent: int | None = 2) -> None:
    """Write rows in the SPARQL 1.1 JSON results format, each binding as it comes.

    The text is the same as ``json.dumps`` of the whole document; a document
    cut short (the query failed midway) is left unterminated, so that no
    reader takes it for a whole answer.
    """
    if kind == "ask":
        value = next(iter(rows), (None,))[0]
        document: dict = {"head": {}, "boolean": bool(value is not None and value.toPython())}
        out.write(json.dumps(document, ensure_ascii=False, indent=indent) + "\n")
        return
    skeleton = {"head": {"vars": list(columns)}, "results": {"bindings": [_ROWS]}}
    before, after = json.dumps(skeleton, ensure_ascii=False, indent=indent).split(f'"{_ROWS}"')
    inner = before[before.rindex("[") + 1 :]  # what json.dumps puts before an element: a line break and indent
    separator = ", " if indent is None else "," + inner
    written = False
    for row in rows:
        binding = {name: _json_term(v) for name, v in zip(columns, row, strict=True) if v is not None}
        text = json.dumps(binding, ensure_ascii=False, indent=indent)
        out.write(separator if written else before)
        out.write(text.replace("\n", inner) if indent is not None else text)
        written = True
    if written:
        out.write(after + "\n")
    else:
        out.write(json.dumps({**skeleton, "results": {"bindings": []}}, ensure_ascii=False, indent=indent) + "\n")


def to_json(result: QueryResult, *, indent: int | None = 2) -> str:
    """Return the result in the SPARQL 1.1 JSON results format."""
    buffer = io.StringIO()
    write_json(result.columns, result.kind, result.rows, buffer, indent=indent)
    return buffer.getvalue()


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
