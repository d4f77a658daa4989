"""Compact JSON-LD with a ``@context``, from pyoxigraph's expanded JSON-LD.

pyoxigraph turns quads into expanded JSON-LD in Rust (about 1.7M triples/s),
but it writes no ``@context``; rdflib writes compact JSON-LD but about 60 times
slower. This module applies a context of prefixes to pyoxigraph's output,
following the JSON-LD 1.1 compaction algorithm restricted to what such a
context can change:

* IRIs become compact IRIs (``schema:name``) where a prefix matches, choosing
  the shortest candidate, then the lexicographically least (IRI Compaction,
  https://www.w3.org/TR/json-ld11-api/#iri-compaction); a prefix is usable
  when its IRI ends with a gen-delim character, as JSON-LD 1.1 requires;
* ``rdf:type`` with IRI objects becomes ``@type``, as the "Serialize RDF as
  JSON-LD" algorithm does by default (``useRdfType`` false);
* a value object with only ``@value`` becomes its string, typed values keep
  their compacted ``@type`` (Value Compaction), and one-element arrays become
  their element (``compactArrays``), except ``@graph``, which stays a list.

The tests check the result against pyld's ``from_rdf`` + ``compact`` on the
same quads, and parse it back with rdflib.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import orjson
import pyoxigraph

from claimgraph.export.vocabulary import rdf

_RDF_TYPE = rdf.type.value
_GEN_DELIMS = frozenset(":/?#[]@")
_GEN_DELIM = re.compile(r"[:/?#\[\]@]")


class Compactor:
    """Apply a prefix-only ``@context`` to expanded JSON-LD node objects.

    Parameters
    ----------
    context : dict[str, str]
        Prefix -> namespace IRI.

    Examples
    --------
    >>> c = Compactor({"ex": "urn:example:"})
    >>> c.node({"@id": "urn:example:x", "urn:example:name": [{"@value": "X"}]})
    {'@id': 'ex:x', 'ex:name': 'X'}
    """

    def __init__(self, context: dict[str, str]):
        self.context = dict(context)
        #: namespace -> prefixes usable in compact IRIs (JSON-LD 1.1 prefix flag)
        self._prefixes: dict[str, list[str]] = {}
        for term, namespace in sorted(self.context.items()):
            if namespace and namespace[-1] in _GEN_DELIMS:
                self._prefixes.setdefault(namespace, []).append(term)
        self._terms = {namespace: min(terms) for namespace, terms in self._prefixes.items()}
        self._longest = max(map(len, self._prefixes), default=0)
        #: first characters of an IRI -> the (end of namespace, prefix) pairs that match it
        self._heads: dict[str, list[tuple[int, str]]] = {}
        self._vocab: dict[str, str] = {}

    def iri(self, iri: str, *, vocab: bool) -> str:
        """Return the compact form of ``iri`` (a property or type if ``vocab``, else an ``@id``)."""
        if not vocab:
            return self._compact(iri)
        found = self._vocab.get(iri)
        if found is None:
            found = self._vocab[iri] = self._terms.get(iri) or self._compact(iri)
        return found

    def _compact(self, iri: str) -> str:
        """The shortest, then least, ``prefix:suffix`` of ``iri`` (IRI Compaction, step 7)."""
        head = iri[: self._longest]
        matches = self._heads.get(head)
        if matches is None:
            if len(self._heads) > 100_000:
                self._heads.clear()
            matches = self._heads[head] = [
                (match.end(), term)
                for match in _GEN_DELIM.finditer(head)
                for term in self._prefixes.get(head[: match.end()], ())
            ]
        best: str | None = None
        for cut, term in matches:
            if cut == len(iri) or iri.startswith("//", cut):
                continue
            candidate = f"{term}:{iri[cut:]}"
            if best is None or (len(candidate), candidate) < (len(best), best):
                best = candidate
        return iri if best is None else best

    def value(self, value: dict[str, Any]) -> Any:
        """Compact one expanded value: a node reference or a value object."""
        if "@value" in value:
            if len(value) == 1:
                return value["@value"]
            if "@type" in value:
                return {"@type": self.iri(value["@type"], vocab=True), "@value": value["@value"]}
            return value
        if "@id" in value and len(value) == 1:
            return {"@id": self._compact(value["@id"])}
        return self.node(value)

    def node(self, node: dict[str, Any]) -> dict[str, Any]:
        """Compact one expanded node object (or graph object)."""
        out: dict[str, Any] = {}
        types: list[str] = []
        compact, value, vocab = self._compact, self.value, self._vocab
        for key, values in node.items():
            if key == "@id":
                out["@id"] = compact(values)
            elif key == "@graph":
                out["@graph"] = [self.node(item) for item in merge_nodes(values)]
            elif key == "@type":
                types.extend(values)
            elif key == _RDF_TYPE and (classes := _node_references(values)) is not None:
                types += classes
            else:
                name = vocab.get(key) or self.iri(key, vocab=True)
                out[name] = value(values[0]) if len(values) == 1 else [value(item) for item in values]
        if types:
            names = [vocab.get(t) or self.iri(t, vocab=True) for t in types]
            out["@type"] = names[0] if len(names) == 1 else names
        return out


def _node_references(values: list[dict[str, Any]]) -> list[str] | None:
    """The IRIs of ``values`` if each is a bare node reference ``{"@id": ...}``, else None."""
    iris = [item.get("@id") for item in values if len(item) == 1]
    return iris if len(iris) == len(values) and None not in iris else None


def merge_nodes(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge node objects that share an ``@id`` into the first of them (in place).

    pyoxigraph's streaming serialiser starts a new node object when a subject's
    predicate comes back after another one; JSON-LD means the same either way,
    but one object per node is what readers expect.
    """
    first: dict[str, dict[str, Any]] = {}
    merged: list[dict[str, Any]] = []
    for node in nodes:
        key = node.get("@id")
        into = first.get(key) if key is not None else None
        if into is None:
            if key is not None:
                first[key] = node
            merged.append(node)
            continue
        for name, values in node.items():
            if name != "@id":
                into.setdefault(name, []).extend(values)
    return merged


def compact_lines(statements: Iterable[pyoxigraph.Quad | pyoxigraph.Triple], compactor: Compactor) -> bytes:
    """Return the compact node objects of some statements, one JSON object a line.

    The statements are grouped by graph and subject, as
    :meth:`claimgraph.export.mapping.RdfMapper.map_unit` returns them. It gives
    the default graph's nodes and one ``{"@id": <graph>, "@graph": [...]}``
    object per named graph, keys sorted; lines are joined by ``,\n``, ready for
    the ``@graph`` list of a document (:class:`claimgraph.export.serialize.Encoder`).

    Examples
    --------
    >>> from pyoxigraph import Literal, NamedNode, Quad
    >>> a = NamedNode("urn:example:a")
    >>> print(compact_lines([Quad(a, a, Literal("x"))], Compactor({"ex": "urn:example:"})).decode())
    {"@id":"ex:a","ex:a":"x"}
    """
    expanded = orjson.loads(pyoxigraph.serialize(statements, format=pyoxigraph.RdfFormat.JSON_LD))
    return b",\n".join(orjson.dumps(compactor.node(n), option=orjson.OPT_SORT_KEYS) for n in merge_nodes(expanded))
