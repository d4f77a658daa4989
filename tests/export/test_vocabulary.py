"""The vocabulary table and the ontology define exactly the same cg: terms; both views come from the table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyoxigraph import NamedNode
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

import claimgraph
from claimgraph.export import vocabulary
from claimgraph.export.vocabulary import CG, PREFIXES, VOCABULARIES, cg

TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}
CG_NAMESPACE = VOCABULARIES["cg"].namespace


def _ontology_terms(ontology_graph) -> set[str]:
    return {
        str(s)
        for s, _, t in ontology_graph.triples((None, RDF.type, None))
        if t in TERM_TYPES and isinstance(s, URIRef) and str(s).startswith(CG_NAMESPACE)
    }


def _table_terms() -> set[str]:
    return {CG_NAMESPACE + term for term in VOCABULARIES["cg"].terms}


def test_every_table_term_is_defined_in_the_ontology(ontology_graph):
    missing = _table_terms() - _ontology_terms(ontology_graph)
    assert not missing, f"in vocabulary.py but not in ontology/claimgraph.ttl: {sorted(missing)}"


def test_every_ontology_term_is_in_the_table(ontology_graph):
    missing = _ontology_terms(ontology_graph) - _table_terms()
    assert not missing, f"in ontology/claimgraph.ttl but not in vocabulary.py: {sorted(missing)}"


def test_every_defined_term_has_an_english_label_and_comment(ontology_graph):
    for term in sorted(_ontology_terms(ontology_graph)):
        labels = list(ontology_graph.objects(URIRef(term), RDFS.label))
        comments = list(ontology_graph.objects(URIRef(term), RDFS.comment))
        assert labels and comments, term
        assert all(isinstance(x, Literal) and x.language == "en" for x in labels + comments), term


def test_ontology_header_and_terms_are_typed_once(ontology_graph):
    assert (URIRef(CG_NAMESPACE.rstrip("#")), RDF.type, OWL.Ontology) in ontology_graph
    for term in _ontology_terms(ontology_graph):
        types = set(ontology_graph.objects(URIRef(term), RDF.type)) & TERM_TYPES
        assert len(types) == 1, (term, types)


@pytest.mark.parametrize("prefix", sorted(VOCABULARIES))
def test_both_views_hold_the_table_terms(prefix):
    table = VOCABULARIES[prefix]
    assert len(set(table.terms)) == len(table.terms)
    rdflib_view, nodes = table.rdflib(), table.nodes()
    for term in table.terms:
        assert rdflib_view[term] == URIRef(table.namespace + term)
        assert getattr(nodes, term) == NamedNode(table.namespace + term)
    assert sorted(vars(nodes)) == sorted(table.terms)


def test_vocabularies_are_closed():
    with pytest.raises(AttributeError):
        CG.Papr  # noqa: B018
    with pytest.raises(AttributeError):
        cg.Papr  # noqa: B018
    with pytest.raises(AttributeError):
        vocabulary.SCHEMA.ScholarlyArticel  # noqa: B018


def test_module_names_are_the_table_prefixes():
    for prefix in VOCABULARIES:
        if VOCABULARIES[prefix].terms:
            assert str(getattr(vocabulary, prefix.upper())) == PREFIXES[prefix]
            assert getattr(vocabulary, prefix).__dict__.keys() == set(VOCABULARIES[prefix].terms)


def test_code_takes_vocabulary_iris_from_the_vocabulary_module():
    """No module of the export or query packages spells a vocabulary IRI itself."""
    package = Path(claimgraph.__file__).parent
    literal = re.compile(r"""["'](https?://[^"']*)["']""")
    offenders = []
    for folder in ("export", "query"):
        for path in sorted((package / folder).glob("*.py")):
            if path.name == "vocabulary.py":
                continue
            for iri in literal.findall(path.read_text(encoding="utf-8")):
                if iri != "https://w3id.org/claimgraph/":  # the default base of data IRIs
                    offenders.append(f"{path.name}: {iri}")
    assert not offenders, offenders


def test_an_iri_segment_never_ends_in_a_dot():
    """Turtle writes a final "." of a local name as "\\.", which rdflib cannot read back."""
    import pyoxigraph
    import rdflib

    from claimgraph.export.iris import segment

    assert segment("t1.") == "t1%2E" and segment("a.b") == "a.b"
    iri = pyoxigraph.NamedNode(f"https://w3id.org/claimgraph/paper/{segment('t1.')}")
    turtle = pyoxigraph.serialize(
        [pyoxigraph.Triple(iri, iri, iri)],
        format=pyoxigraph.RdfFormat.TURTLE,
        prefixes={"paper": "https://w3id.org/claimgraph/paper/"},
    )
    assert len(rdflib.Graph().parse(data=turtle.decode(), format="turtle")) == 1
