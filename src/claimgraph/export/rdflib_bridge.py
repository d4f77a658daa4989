"""Hand the exported quads to rdflib as ``Dataset`` objects and rdflib terms.

pyoxigraph builds and writes the exports; users who work in Python get the
very same quads as rdflib terms (:func:`claimgraph.export.graph_to_rdf`).
"""

from __future__ import annotations

from collections.abc import Iterable

import rdflib
from pyoxigraph import BlankNode, NamedNode, Quad
from pyoxigraph import Literal as OxLiteral

from claimgraph.export.vocabulary import xsd

_XSD_STRING = xsd.string.value


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
