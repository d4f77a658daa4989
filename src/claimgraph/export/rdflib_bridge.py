"""Hand the exported quads to rdflib: ``Dataset`` objects and JSON-LD.

pyoxigraph builds and writes the heavy formats; users who work in Python get the
very same quads as rdflib terms. JSON-LD (compacted with a ``@context``) is
written by rdflib's serializer, one graph at a time, since pyoxigraph only
writes expanded JSON-LD; it is the slowest format (about 30k triples/s).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from typing import IO

import rdflib
from pyoxigraph import BlankNode, NamedNode, Quad
from pyoxigraph import Literal as OxLiteral

from claimgraph.export.namespace import XSD

_XSD_STRING = str(XSD.string)


def rdflib_term(term: NamedNode | BlankNode | OxLiteral) -> rdflib.term.Identifier:
    """Return the rdflib term of a pyoxigraph term (``xsd:string`` -> plain literal).

    Raises
    ------
    TypeError
        For anything but a named node, blank node or literal.
    """
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if not isinstance(term, OxLiteral):
        raise TypeError(f"cannot convert {term!r} to an rdflib term")
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == _XSD_STRING:
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))


def to_dataset(quads: Iterable[Quad]) -> rdflib.Dataset:
    """Return quads as an rdflib ``Dataset`` (same graphs, same terms).

    Parameters
    ----------
    quads : iterable of pyoxigraph.Quad
        The mapped export (see :func:`claimgraph.export.mapping.iter_rdf`).

    Returns
    -------
    rdflib.Dataset
        Default graph plus one named graph per paper.
    """
    dataset = rdflib.Dataset()
    cache: dict[object, rdflib.term.Identifier] = {}
    graphs: dict[object, rdflib.Graph] = {}

    def term(value: NamedNode | OxLiteral) -> rdflib.term.Identifier:
        found = cache.get(value)
        if found is None:
            found = cache[value] = rdflib_term(value)
        return found

    def graph_of(name: object) -> rdflib.Graph:
        found = graphs.get(name)
        if found is None:
            found = dataset.graph(rdflib.URIRef(name.value)) if isinstance(name, NamedNode) else dataset.default_graph
            graphs[name] = found
        return found

    for quad in quads:
        graph_of(quad.graph_name).add((term(quad.subject), term(quad.predicate), term(quad.object)))
    return dataset


def jsonld_context(prefixes: dict[str, str]) -> dict[str, str]:
    """Return the JSON-LD ``@context`` (prefix -> namespace) of the exports."""
    return dict(sorted(prefixes.items()))


def write_jsonld(quads: Iterable[Quad], handle: IO[bytes], prefixes: dict[str, str]) -> None:
    """Write quads as compact JSON-LD with a ``@context``, one graph at a time.

    ``quads`` must come grouped by graph (as :func:`claimgraph.export.mapping.iter_rdf`
    yields them: the default graph, then each paper's graph). rdflib serialises
    each graph with the shared context; the document is the context plus a
    ``@graph`` list holding the default graph's nodes and one
    ``{"@id": <graph>, "@graph": [...]}`` object per named graph. Graphs are
    handed to rdflib in batches of whole subjects (:func:`_batches`), so memory
    stays bounded however large the build, and each batch's nodes are put in a canonical
    order (by ``@id``, keys and value lists sorted) so that the same quads
    always give the same bytes.

    Parameters
    ----------
    quads : iterable of pyoxigraph.Quad
        The export, grouped by graph.
    handle : IO[bytes]
        Where to write.
    prefixes : dict[str, str]
        Prefixes for the ``@context``.
    """
    context = jsonld_context(prefixes)
    handle.write(b'{"@context": ')
    handle.write(json.dumps(context, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    handle.write(b',\n"@graph": [')
    first = True
    for name, group in itertools.groupby(quads, key=lambda quad: quad.graph_name):
        for graph in _batches(group):
            nodes = _compact_nodes(graph, context)
            if isinstance(name, NamedNode):
                nodes = [{"@id": _compact_iri(name.value, context), "@graph": nodes}]
            for node in nodes:
                handle.write(b"\n" if first else b",\n")
                handle.write(json.dumps(node, ensure_ascii=False, sort_keys=True).encode("utf-8"))
                first = False
    handle.write(b"\n]}\n")


#: Triples handed to rdflib's JSON-LD serialiser at a time (it needs about 10 kB per triple).
BATCH_TRIPLES = 20_000


def _batches(quads: Iterable[Quad]) -> Iterator[rdflib.Graph]:
    """Cut one graph's quads into rdflib graphs of about :data:`BATCH_TRIPLES`, between subjects.

    A large graph (the default graph holds every entity and every paper graph's
    description) is written as several node lists; JSON-LD merges node objects
    that share an ``@id``, so the document means the same as one big list.
    """
    graph = rdflib.Graph()
    subject = None
    for quad in quads:
        if len(graph) >= BATCH_TRIPLES and quad.subject != subject:
            yield graph
            graph = rdflib.Graph()
        subject = quad.subject
        graph.add((rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)))
    if len(graph):
        yield graph


def _compact_nodes(graph: rdflib.Graph, context: dict[str, str]) -> list[object]:
    """The compact JSON-LD node objects of one graph, in canonical order."""
    document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    if isinstance(document, dict):
        document.pop("@context", None)
        nodes = document.pop("@graph", None)
        if nodes is None:
            nodes = [document] if document else []
    else:
        nodes = document
    return _canonical(nodes)


def _compact_iri(iri: str, context: dict[str, str]) -> str:
    """``prefix:local`` for an IRI under one of the context's namespaces, else the IRI."""
    for prefix, namespace in context.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _canonical(value: object) -> object:
    """Sort a JSON-LD document's unordered parts (value lists and node lists)."""
    if isinstance(value, dict):
        return {key: item if key == "@list" else _canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_canonical(item) for item in value]
        return sorted(items, key=_sort_key)
    return value


def _sort_key(item: object) -> str:
    if isinstance(item, dict) and "@id" in item:
        return "0" + str(item["@id"]) + json.dumps(item, sort_keys=True, ensure_ascii=False)
    return "1" + json.dumps(item, sort_keys=True, ensure_ascii=False)
