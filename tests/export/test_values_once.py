"""Each value once: no statement of an export repeats what another one says (docs/ontology.md, "Each value once").

A node's label is its naming property (an entity's ``skos:prefLabel``, a paper's ``dcterms:title``, a claim's
``schema:text``), which the ontology makes a sub-property of ``rdfs:label``; a comparison names its number by
``cg:quantity``; a paper graph's sources are its paper's; a claim's evidence span has no quote selector (the
claim's ``schema:text`` is the quote).
"""

from __future__ import annotations

import pyshacl
import pytest
import rdflib
from rdflib.namespace import RDFS

from claimgraph.export import graph_to_rdf
from claimgraph.export.vocabulary import CG, DCTERMS, OA, PROV, RDF, SCHEMA, SKOS

BASE = "https://w3id.org/claimgraph/"
ENTITY_CLASSES = (CG.Model, CG.Method, CG.Dataset, CG.Metric, CG.Task)


def _union(G) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in graph_to_rdf(G).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _nodes(graph: rdflib.Graph, *classes) -> list:
    return [node for cls in classes for node in graph.subjects(RDF.type, cls)]


def _rdfs_closure(graph: rdflib.Graph, ontology: rdflib.Graph) -> rdflib.Graph:
    """``graph`` with what the ontology's sub-property axioms entail (RDFS rule rdfs7) added."""
    closed = rdflib.Graph()
    for triple in graph:
        closed.add(triple)
    for prop, parent in ontology.subject_objects(RDFS.subPropertyOf):
        for s, o in graph.subject_objects(prop):
            closed.add((s, parent, o))
    return closed


def test_no_label_repeats_a_naming_property(fixture_graph):
    graph = _union(fixture_graph)
    named = _nodes(graph, *ENTITY_CLASSES, CG.Paper, CG.Claim)
    assert len(named) > 10
    for node in named:
        assert graph.value(node, RDFS.label) is None, node
    assert all(graph.value(node, SKOS.prefLabel) is not None for node in _nodes(graph, *ENTITY_CLASSES))
    assert all(graph.value(node, SCHEMA.text) is not None for node in _nodes(graph, CG.Claim))


def test_a_paper_without_a_title_keeps_its_id_as_label(fixture_graph):
    fixture_graph.nodes["paper:2401.00002"]["title"] = None
    graph = _union(fixture_graph)
    untitled = rdflib.URIRef(BASE + "paper/2401.00002")
    assert graph.value(untitled, DCTERMS.title) is None
    assert str(graph.value(untitled, RDFS.label)) == fixture_graph.nodes["paper:2401.00002"]["label"]
    titled = rdflib.URIRef(BASE + "paper/2401.00001")
    assert graph.value(titled, DCTERMS.title) is not None and graph.value(titled, RDFS.label) is None


def test_under_rdfs_every_entity_paper_and_claim_has_one_label(fixture_graph, ontology_graph):
    """The ontology gives each node the label the export once stated (a claim: its whole sentence)."""
    closed = _rdfs_closure(_union(fixture_graph), ontology_graph)
    for node in _nodes(closed, *ENTITY_CLASSES, CG.Paper, CG.Claim):
        labels = list(closed.objects(node, RDFS.label))
        naming = [*closed.objects(node, SKOS.prefLabel), *closed.objects(node, DCTERMS.title)]
        naming += closed.objects(node, SCHEMA.text)
        assert len(labels) == 1 and labels == naming, (node, labels)
    spt = rdflib.URIRef(BASE + "method/spt")
    assert str(closed.value(spt, RDFS.label)) == fixture_graph.nodes["method:spt"]["label"]


def test_a_comparison_names_its_number_by_its_quantity(fixture_graph):
    graph = _union(fixture_graph)
    comparisons = _nodes(graph, CG.Comparison)
    assert comparisons
    for comparison in comparisons:
        quantity = graph.value(comparison, CG.quantity)
        assert quantity is not None and graph.value(quantity, RDFS.label) is not None
        assert graph.value(comparison, CG.quantityText) is None


def test_a_number_no_quantity_has_keeps_its_text(fixture_graph, shapes_graph, ontology_graph):
    claim = next(key for key, data in fixture_graph.nodes(data=True) if data.get("comparisons"))
    comparison = fixture_graph.nodes[claim]["comparisons"][0]
    comparison["quantity"] = "an unread number"
    graph = _union(fixture_graph)
    texts = {str(o) for o in graph.objects(None, CG.quantityText)}
    assert texts == {"an unread number"}
    (node,) = graph.subjects(CG.quantityText, None)
    assert graph.value(node, CG.quantity) is None
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes_graph, advanced=True)
    assert conforms, text


def test_a_paper_graph_has_no_sources_of_its_own(fixture_graph):
    graph = _union(fixture_graph)
    for paper_graph in _nodes(graph, CG.PaperGraph):
        assert graph.value(paper_graph, DCTERMS.source) is None
        assert graph.value(graph.value(paper_graph, PROV.wasDerivedFrom), DCTERMS.source) is not None


@pytest.mark.parametrize(
    ("subject", "predicate", "inferences"),
    [
        # a second label of an entity: its skos:prefLabel is one under RDFS
        (BASE + "method/spt", RDFS.label, ("rdfs",)),
        # a second label of a titled paper: its title is one under RDFS
        (BASE + "paper/2401.00001", RDFS.label, ("rdfs",)),
        # a paper graph's own source
        (BASE + "graph/2401.00001", DCTERMS.source, ("none", "rdfs")),
    ],
)
def test_shapes_reject_a_repeated_value(fixture_graph, shapes_graph, ontology_graph, subject, predicate, inferences):
    graph = _union(fixture_graph)
    graph.add((rdflib.URIRef(subject), predicate, rdflib.Literal("another value")))
    for inference in inferences:
        ontology = ontology_graph if inference == "rdfs" else None
        conforms, _, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, ont_graph=ontology, inference=inference)
        assert not conforms, (subject, predicate, inference)


def test_shapes_reject_a_comparison_with_both_quantity_and_its_text(fixture_graph, shapes_graph):
    graph = _union(fixture_graph)
    comparison = _nodes(graph, CG.Comparison)[0]
    quantity = graph.value(comparison, CG.quantity)
    graph.add((comparison, CG.quantityText, graph.value(quantity, RDFS.label)))
    conforms, _, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, advanced=True)
    assert not conforms


def test_a_claims_span_has_no_quote_selector_and_other_spans_keep_theirs(fixture_graph):
    """A claim's text is its ``schema:text``; a relation's own sentence and a mention keep their quotes."""
    graph = _union(fixture_graph)
    claim_spans = {graph.value(claim, CG.hasEvidence) for claim in _nodes(graph, CG.Claim)}
    assert len(claim_spans) > 1
    for span in claim_spans:
        (position,) = graph.objects(span, OA.hasSelector)
        assert graph.value(position, OA.start) is not None
    other_spans = set(graph.subjects(RDF.type, CG.TextSpan)) - claim_spans
    assert other_spans
    for span in other_spans:
        quotes = [graph.value(selector, OA.exact) for selector in graph.objects(span, OA.hasSelector)]
        assert [q for q in quotes if q is not None], span


def test_shapes_reject_a_quote_selector_repeating_a_claims_text(fixture_graph, shapes_graph):
    graph = _union(fixture_graph)
    claim = _nodes(graph, CG.Claim)[0]
    span = graph.value(claim, CG.hasEvidence)
    quote = rdflib.URIRef(f"{span}/quote")
    graph.add((span, OA.hasSelector, quote))
    graph.add((quote, OA.exact, graph.value(claim, SCHEMA.text)))
    conforms, _, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, advanced=True)
    assert not conforms
