"""Every vocabulary IRI claimgraph uses, in one place.

The ``CG`` namespace mirrors ``ontology/claimgraph.ttl`` term for term (a test
keeps the two in sync). The standard vocabularies are closed namespaces that
list only the terms the exports use, so a misspelt term fails at import time
instead of producing a silent typo IRI.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD, ClosedNamespace, DefinedNamespace, Namespace

__all__ = [
    "CG",
    "CG_ONTOLOGY",
    "DC",
    "DCTERMS",
    "MLS",
    "OA",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
]

CG_ONTOLOGY = URIRef("https://w3id.org/claimgraph/ontology")


class CG(DefinedNamespace):
    """The claimgraph ontology, ``https://w3id.org/claimgraph/ontology#``."""

    _NS = Namespace("https://w3id.org/claimgraph/ontology#")
    _fail = True

    # classes
    Paper: URIRef
    Entity: URIRef
    Model: URIRef
    Method: URIRef
    Dataset: URIRef
    Metric: URIRef
    Task: URIRef
    Claim: URIRef
    Quantity: URIRef
    Comparison: URIRef
    RelationAssertion: URIRef
    TextSpan: URIRef
    PaperGraph: URIRef
    # object properties
    proposes: URIRef
    evaluatedOn: URIRef
    outperforms: URIRef
    uses: URIRef
    variantOf: URIRef
    asserts: URIRef
    subject: URIRef
    baseline: URIRef
    dataset: URIRef
    metric: URIRef
    hasQuantity: URIRef
    hasComparison: URIRef
    quantity: URIRef
    hasEvidence: URIRef
    denotes: URIRef
    # datatype properties
    arxivId: URIRef
    authorCount: URIRef
    upvotes: URIRef
    canonicalName: URIRef
    parameterCount: URIRef
    paperCount: URIRef
    claimType: URIRef
    hedged: URIRef
    confidence: URIRef
    field: URIRef
    measures: URIRef
    quantityText: URIRef
    metricName: URIRef
    baselineName: URIRef
    direction: URIRef
    relative: URIRef
    higherIsBetter: URIRef


SCHEMA = ClosedNamespace(
    "http://schema.org/",
    [
        "ScholarlyArticle",
        "Claim",
        "Dataset",
        "QuantitativeValue",
        "mentions",
        "text",
        "url",
        "value",
        "maxValue",
        "unitText",
        "softwareVersion",
    ],
)

DCTERMS = ClosedNamespace(
    "http://purl.org/dc/terms/",
    ["identifier", "title", "abstract", "date", "source", "license"],
)

DC = ClosedNamespace("http://purl.org/dc/elements/1.1/", ["creator"])

PROV = ClosedNamespace(
    "http://www.w3.org/ns/prov#",
    [
        "Entity",
        "Activity",
        "SoftwareAgent",
        "Bundle",
        "wasGeneratedBy",
        "wasDerivedFrom",
        "wasAssociatedWith",
    ],
)

MLS = ClosedNamespace(
    "http://www.w3.org/ns/mls#",
    ["Model", "Algorithm", "Dataset", "EvaluationMeasure", "Task"],
)

OA = ClosedNamespace(
    "http://www.w3.org/ns/oa#",
    [
        "SpecificResource",
        "TextPositionSelector",
        "TextQuoteSelector",
        "hasSource",
        "hasSelector",
        "start",
        "end",
        "exact",
    ],
)

SKOS = ClosedNamespace("http://www.w3.org/2004/02/skos/core#", ["prefLabel", "altLabel"])

#: Prefixes written into Turtle, TriG and JSON-LD and declared for SPARQL.
PREFIXES: dict[str, str] = {
    "cg": str(CG._NS),
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "mls": "http://www.w3.org/ns/mls#",
    "oa": "http://www.w3.org/ns/oa#",
    "owl": str(OWL),
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": "http://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": str(XSD),
}
