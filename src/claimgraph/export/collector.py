"""A deduplicating, canonically ordered collection of pyoxigraph quads.

Quads are grouped by graph, then by subject, so that every serialisation can
write each subject's triples together (compact Turtle/TriG) and in an order that
depends only on the content: graphs and subjects are sorted by IRI, and each
subject's triples keep the order the mapping emits them in (which itself only
depends on the sorted input), without duplicates.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Triple

from claimgraph.export.namespace import XSD

XSD_INTEGER = NamedNode(str(XSD.integer))
XSD_DECIMAL = NamedNode(str(XSD.decimal))
XSD_BOOLEAN = NamedNode(str(XSD.boolean))
XSD_DATE = NamedNode(str(XSD.date))
XSD_ANYURI = NamedNode(str(XSD.anyURI))
_TRUE = Literal("true", datatype=XSD_BOOLEAN)
_FALSE = Literal("false", datatype=XSD_BOOLEAN)

Term = NamedNode | Literal
Pair = tuple[NamedNode, Term]


def iri_term(value: object) -> NamedNode:
    """Return the pyoxigraph ``NamedNode`` of an rdflib ``URIRef`` or string."""
    return NamedNode(str(value))


def string_literal(value: object) -> Literal | None:
    """Return an ``xsd:string`` literal, or None for None and empty strings."""
    if value is None:
        return None
    text = str(value)
    return Literal(text) if text else None


def integer_literal(value: object) -> Literal | None:
    """Return an ``xsd:integer`` literal for an int (or integral float), else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        value = round(value)
    try:
        return Literal(str(int(value)), datatype=XSD_INTEGER)
    except (TypeError, ValueError):
        return None


def decimal_lexical(value: float) -> str | None:
    """Return the ``xsd:decimal`` lexical form of a number (always with a ``.``).

    Parameters
    ----------
    value : float
        Any finite number; ``7e9`` gives ``"7000000000.0"``, ``1e-7`` gives
        ``"0.0000001"``.

    Returns
    -------
    str or None
        None for None, booleans, NaN and infinities.
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):
        return None
    text = format(Decimal(repr(number)), "f")
    if "." not in text:
        text += ".0"
    if text.startswith("-") and text.strip("-0.") == "":
        text = text[1:]
    return text


def decimal_literal(value: object) -> Literal | None:
    """Return an ``xsd:decimal`` literal for a finite number, else None."""
    text = decimal_lexical(value)  # type: ignore[arg-type]
    return None if text is None else Literal(text, datatype=XSD_DECIMAL)


def boolean_literal(value: object) -> Literal | None:
    """Return an ``xsd:boolean`` literal for a bool, else None."""
    if isinstance(value, bool):
        return _TRUE if value else _FALSE
    return None


def date_literal(value: object) -> Literal | None:
    """Return an ``xsd:date`` literal for an ISO ``yyyy-mm-dd`` string, else None."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        return None
    return Literal(value, datatype=XSD_DATE)


def anyuri_literal(value: object) -> Literal | None:
    """Return an ``xsd:anyURI`` literal for a non-empty string, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    return Literal(value.strip(), datatype=XSD_ANYURI)


class QuadCollector:
    """Quads grouped by graph IRI (``""`` = default graph) and subject IRI."""

    __slots__ = ("_graphs", "_nodes")

    def __init__(self) -> None:
        self._graphs: dict[str, dict[str, tuple[NamedNode, dict[Pair, None]]]] = {}
        self._nodes: dict[str, NamedNode] = {}

    def iri(self, value: str) -> NamedNode:
        """Return the (cached) ``NamedNode`` of IRI ``value``."""
        node = self._nodes.get(value)
        if node is None:
            node = self._nodes[value] = NamedNode(value)
        return node

    def block(self, graph: str, subject: str) -> tuple[dict[Pair, None], bool]:
        """Return the ordered set of ``(predicate, object)`` of a subject in a graph.

        Parameters
        ----------
        graph : str
            Graph IRI, ``""`` for the default graph.
        subject : str
            Subject IRI.

        Returns
        -------
        tuple
            The ordered set (a dict with None values) to add pairs to, and True
            when the subject is new in this graph.
        """
        subjects = self._graphs.get(graph)
        if subjects is None:
            subjects = self._graphs[graph] = {}
        entry = subjects.get(subject)
        if entry is None:
            entry = subjects[subject] = (self.iri(subject), {})
            return entry[1], True
        return entry[1], False

    def add(self, graph: str, subject: str, predicate: NamedNode, obj: Term | None) -> None:
        """Add one triple to ``graph``; an object of None adds nothing."""
        if obj is not None:
            self.block(graph, subject)[0][(predicate, obj)] = None

    def graphs(self) -> list[str]:
        """Return the graph IRIs, default graph (``""``) first, then sorted."""
        return sorted(self._graphs)

    def __len__(self) -> int:
        return sum(len(pairs) for subjects in self._graphs.values() for _, pairs in subjects.values())

    def graph_triples(self, graph: str) -> Iterator[Triple]:
        """Yield the triples of one graph, subjects sorted by IRI."""
        subjects = self._graphs.get(graph, {})
        for key in sorted(subjects):
            node, pairs = subjects[key]
            for predicate, obj in pairs:
                yield Triple(node, predicate, obj)

    def quads(self) -> Iterator[Quad]:
        """Yield every quad, graph by graph (default graph first)."""
        for graph in self.graphs():
            name = DefaultGraph() if graph == "" else self.iri(graph)
            subjects = self._graphs[graph]
            for key in sorted(subjects):
                node, pairs = subjects[key]
                for predicate, obj in pairs:
                    yield Quad(node, predicate, obj, name)

    def _merged(self) -> dict[str, list[tuple[NamedNode, dict[Pair, None]]]]:
        """Subject IRI -> its blocks in every graph (default graph first)."""
        merged: dict[str, list[tuple[NamedNode, dict[Pair, None]]]] = {}
        for graph in self.graphs():
            for key, entry in self._graphs[graph].items():
                blocks = merged.get(key)
                if blocks is None:
                    merged[key] = [entry]
                else:
                    blocks.append(entry)
        return merged

    def triples(self) -> Iterator[Triple]:
        """Yield the union of all graphs as triples, subjects sorted, no duplicates."""
        merged = self._merged()
        for key in sorted(merged):
            blocks = merged[key]
            node = blocks[0][0]
            if len(blocks) == 1:
                pairs: dict[Pair, None] = blocks[0][1]
            else:
                pairs = {}
                for _, more in blocks:
                    pairs.update(more)
            for predicate, obj in pairs:
                yield Triple(node, predicate, obj)

    def triple_count(self) -> int:
        """Return the number of distinct triples in the union of all graphs."""
        total = 0
        for blocks in self._merged().values():
            if len(blocks) == 1:
                total += len(blocks[0][1])
            else:
                pairs: dict[Pair, None] = {}
                for _, more in blocks:
                    pairs.update(more)
                total += len(pairs)
        return total
