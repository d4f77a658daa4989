"""Literal helpers and a canonically ordered collection of pyoxigraph quads.

Quads are grouped by graph, then by subject, so that every serialisation can
write each subject's triples together (compact Turtle/TriG) and in an order that
depends only on the content: graphs and subjects are sorted by IRI, and each
subject's triples keep the order the mapping emits them in (which itself only
depends on the sorted input; the mapping emits each statement once).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad, Triple

from claimgraph.export.namespace import XSD
from claimgraph.export.vocab import (
    END,
    EXACT,
    FIELD,
    HAS_SELECTOR,
    HAS_SOURCE,
    SPAN_TYPES,
    START,
    TEXT_POSITION_SELECTOR,
    TEXT_QUOTE_SELECTOR,
    TYPE,
)

XSD_INTEGER = NamedNode(str(XSD.integer))
XSD_DECIMAL = NamedNode(str(XSD.decimal))
XSD_BOOLEAN = NamedNode(str(XSD.boolean))
XSD_DATE = NamedNode(str(XSD.date))
XSD_ANYURI = NamedNode(str(XSD.anyURI))
_TRUE = Literal("true", datatype=XSD_BOOLEAN)
_FALSE = Literal("false", datatype=XSD_BOOLEAN)

Term = NamedNode | Literal


def string_literal(value: object) -> Literal | None:
    """Return an ``xsd:string`` literal, or None for None and empty strings."""
    if value is None:
        return None
    text = str(value)
    return Literal(text) if text else None


def field_literal(field: str) -> Literal:
    """The (cached) literal naming a paper field, ``"title"`` or ``"abstract"``."""
    literal = _FIELDS.get(field)
    if literal is None:
        literal = _FIELDS[field] = Literal(field)
    return literal


_FIELDS: dict[str, Literal] = {}


def integer_literal(value: object) -> Literal | None:
    """Return an ``xsd:integer`` literal for an int (or integral float), else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        value = round(value)
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    literal = _SMALL_INTEGERS.get(number)
    if literal is None:
        literal = Literal(str(number), datatype=XSD_INTEGER)
        if 0 <= number < 100_000:  # offsets and counts recur: keep their literals
            _SMALL_INTEGERS[number] = literal
    return literal


_SMALL_INTEGERS: dict[int, Literal] = {}


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


class GraphTriples(list):
    """One graph's ``Triple`` objects (a list), with the graph they belong to.

    What :meth:`GraphBuffer.drain` returns for a named graph built as triples:
    cheaper than quads (no graph name per statement), for serialisers that write
    the graph themselves (JSON-LD's graph objects).

    Examples
    --------
    >>> g = GraphTriples([], graph=NamedNode("urn:example:g"))
    >>> g.graph.value, len(g)
    ('urn:example:g', 0)
    """

    __slots__ = ("graph",)

    def __init__(self, triples: Iterable[Triple] = (), *, graph: NamedNode):
        super().__init__(triples)
        self.graph = graph


class GraphBuffer:
    """The subject blocks of one graph, written out sorted by subject IRI.

    Each subject's triples keep the order they were emitted in. The buffer does
    not look for duplicates (hashing every quad would cost a fifth of the
    export): the mapping emits each statement once (:class:`RdfMapper` skips
    repeated edges, mentions and authors). It fills a buffer with one paper's
    graph (or a chunk of the default graph) and drains it, so memory stays
    bounded by the largest paper rather than by the whole build.

    Parameters
    ----------
    name : NamedNode or None
        The graph the quads belong to (None: the default graph).
    triples : bool
        Build ``Triple`` objects instead of ``Quad`` objects (drained as a
        :class:`GraphTriples` if ``name`` is a graph).
    shared : dict[str, NamedNode]
        Long-lived IRI -> term cache (entities, papers, claims, vocabulary).
    """

    __slots__ = ("_blocks", "_name", "_triples", "_shared", "_local", "_outside_union")

    def __init__(self, name: NamedNode | None, *, triples: bool, shared: dict[str, NamedNode]):
        self._blocks: dict[str, list[Quad | Triple]] = {}
        self._name = name
        self._triples = triples
        self._shared = shared
        self._local: dict[str, NamedNode] = {}
        self._outside_union: set[int] = set()  # ids of statements that the union of graphs leaves out

    def iri(self, value: str) -> NamedNode:
        """Return the (cached) ``NamedNode`` of IRI ``value``."""
        node = self._shared.get(value) or self._local.get(value)
        if node is None:
            node = self._local[value] = NamedNode(value)
        return node

    def has(self, subject: str) -> bool:
        """Return True if ``subject`` already has triples in this buffer."""
        return subject in self._blocks

    def emit(self, subject: str, pairs: Iterable[tuple[NamedNode, Term | None]], *, in_union: bool = True) -> None:
        """Add ``subject predicate object`` for each pair whose object is not None.

        Parameters
        ----------
        subject : str
            Subject IRI.
        pairs : iterable of (NamedNode, term or None)
            Predicates and objects, in the order they should be written.
        in_union : bool
            False for a quad whose triple another graph holds too and writes
            to the union (see :meth:`drain_with_union`).
        """
        block = self._blocks.get(subject)
        if block is None:
            block = self._blocks[subject] = []
        node = self.iri(subject)
        statements = self._statements([(node, predicate, obj) for predicate, obj in pairs if obj is not None])
        block += statements
        if not in_union:
            self._outside_union.update(map(id, statements))

    def span(
        self, iri: str, source: NamedNode, field: Literal, start: Literal, end: Literal, exact: Literal | None
    ) -> None:
        """Add a new text span (``oa:SpecificResource``) of ``source``'s ``field``, with its selectors.

        The span's position selector (``start``, ``end``) is ``<iri>/position``
        and its quote selector (``exact``, if any) ``<iri>/quote``. Spans are most
        of the statements (an entity mention or a claim's evidence each has one),
        hence this method rather than three calls of :meth:`emit`.
        """
        position, quote = iri + "/position", iri + "/quote"
        node, position_node = NamedNode(iri), NamedNode(position)
        quote_node = NamedNode(quote) if exact is not None else None
        self._local[iri] = node
        span = [(node, TYPE, cls) for cls in SPAN_TYPES]
        span += [
            (node, HAS_SOURCE, source),
            (node, FIELD, field),
            (node, HAS_SELECTOR, position_node),
        ]
        if quote_node is not None:
            span.append((node, HAS_SELECTOR, quote_node))
        self._blocks[iri] = self._statements(span)
        self._blocks[position] = self._statements(
            [(position_node, TYPE, TEXT_POSITION_SELECTOR), (position_node, START, start), (position_node, END, end)]
        )
        if quote_node is not None:
            self._blocks[quote] = self._statements(
                [(quote_node, TYPE, TEXT_QUOTE_SELECTOR), (quote_node, EXACT, exact)]
            )

    def _statements(self, triples: list[tuple[NamedNode, NamedNode, Term]]) -> list[Quad | Triple]:
        """The ``Triple`` objects of ``triples``, or their ``Quad`` objects in this buffer's graph."""
        if self._triples:
            return [Triple(s, p, o) for s, p, o in triples]
        name = self._name
        return [Quad(s, p, o, name) for s, p, o in triples]

    def drain(self) -> list[Quad | Triple]:
        """Return every quad (or triple), subjects sorted by IRI, and empty the buffer.

        Triples of a named graph come as a :class:`GraphTriples` naming it.
        """
        blocks, self._blocks, self._local = self._blocks, {}, {}
        named_triples = self._triples and self._name is not None
        drained: list[Quad | Triple] = GraphTriples(graph=self._name) if named_triples else []
        for key in sorted(blocks):
            drained.extend(blocks[key])
        return drained

    def drain_with_union(self) -> tuple[list[Quad | Triple], list[Triple]]:
        """Drain the quads (or this graph's triples), and the triples they add to the union of all graphs.

        The union's triples keep the same order. Deriving them from the quads
        (in Rust) costs a fifth of mapping the graph again in triples mode; a
        graph's own triples are the union's objects themselves.
        """
        outside, self._outside_union = self._outside_union, set()
        drained = self.drain()
        if self._triples:
            return drained, [triple for triple in drained if id(triple) not in outside]
        return drained, [quad.triple for quad in drained if id(quad) not in outside]
