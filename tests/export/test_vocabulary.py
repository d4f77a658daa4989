"""The namespace module and the ontology define exactly the same cg: terms."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from claimgraph.export import namespace
from claimgraph.export.namespace import CG

TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}


def _ontology_terms(ontology_graph) -> set[str]:
    ns = str(CG._NS)
    return {
        str(s)
        for s, _, t in ontology_graph.triples((None, RDF.type, None))
        if t in TERM_TYPES and isinstance(s, URIRef) and str(s).startswith(ns)
    }


def _namespace_terms() -> set[str]:
    return {str(CG[name]) for name in CG.__annotations__}


def test_every_namespace_term_is_defined_in_the_ontology(ontology_graph):
    missing = _namespace_terms() - _ontology_terms(ontology_graph)
    assert not missing, f"in namespace.py but not in ontology/claimgraph.ttl: {sorted(missing)}"


def test_every_ontology_term_is_in_the_namespace(ontology_graph):
    missing = _ontology_terms(ontology_graph) - _namespace_terms()
    assert not missing, f"in ontology/claimgraph.ttl but not in namespace.py: {sorted(missing)}"


def test_every_defined_term_has_an_english_label_and_comment(ontology_graph):
    for term in sorted(_ontology_terms(ontology_graph)):
        labels = list(ontology_graph.objects(URIRef(term), RDFS.label))
        comments = list(ontology_graph.objects(URIRef(term), RDFS.comment))
        assert labels and comments, term
        assert all(isinstance(x, Literal) and x.language == "en" for x in labels + comments), term


def test_ontology_header_and_terms_are_typed_once(ontology_graph):
    assert (namespace.CG_ONTOLOGY, RDF.type, OWL.Ontology) in ontology_graph
    for term in _ontology_terms(ontology_graph):
        types = set(ontology_graph.objects(URIRef(term), RDF.type)) & TERM_TYPES
        assert len(types) == 1, (term, types)


def test_namespaces_are_closed():
    with pytest.raises(AttributeError):
        CG.Papr  # noqa: B018
    with pytest.raises(AttributeError):
        namespace.SCHEMA.ScholarlyArticel  # noqa: B018


def test_prefixes_match_the_namespaces():
    assert namespace.PREFIXES["cg"] == str(CG._NS)
    assert str(namespace.SCHEMA.Claim).startswith(namespace.PREFIXES["schema"])
    assert str(namespace.OA.start).startswith(namespace.PREFIXES["oa"])
    assert str(namespace.MLS.Model).startswith(namespace.PREFIXES["mls"])
    assert str(namespace.PROV.Activity).startswith(namespace.PREFIXES["prov"])


def test_code_takes_vocabulary_iris_from_the_namespace_module():
    """No module of the export or query packages spells a vocabulary IRI itself."""
    import re
    from pathlib import Path

    import claimgraph

    package = Path(claimgraph.__file__).parent
    literal = re.compile(r"""["'](https?://[^"']*)["']""")
    offenders = []
    for folder in ("export", "query"):
        for path in sorted((package / folder).glob("*.py")):
            if path.name == "namespace.py":
                continue
            for iri in literal.findall(path.read_text(encoding="utf-8")):
                if iri != "https://w3id.org/claimgraph/":  # the default base of data IRIs
                    offenders.append(f"{path.name}: {iri}")
    assert not offenders, offenders
