"""Every vocabulary IRI the exports use, in one table.

:data:`VOCABULARIES` lists, per prefix, a namespace and the terms of it the
exports and the ontology's alignments use (the standard classes, such as
``mls:Model``, are superclasses in the ontology, not types the exports state);
the ``cg`` terms are those of ``ontology/claimgraph.ttl``, term for term (a
test keeps the two in sync). Each vocabulary is offered twice, from that
table: as a closed rdflib namespace (``CG.Paper``, for users of rdflib and the
tests) and as pyoxigraph named nodes (``cg.Paper``, for the mapping). A misspelt
term is an ``AttributeError``, never a silent typo IRI.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from pyoxigraph import NamedNode
from rdflib.namespace import ClosedNamespace


@dataclass(frozen=True)
class Vocabulary:
    """A namespace IRI and the terms of it the exports use."""

    namespace: str
    terms: tuple[str, ...] = ()

    def rdflib(self) -> ClosedNamespace:
        """The terms as an rdflib namespace that refuses any other name."""
        return ClosedNamespace(self.namespace, list(self.terms))

    def nodes(self) -> SimpleNamespace:
        """The terms as pyoxigraph ``NamedNode`` attributes."""
        return SimpleNamespace(**{term: NamedNode(self.namespace + term) for term in self.terms})


#: Prefix -> vocabulary, in the order the prefixes are declared in the exports.
VOCABULARIES: dict[str, Vocabulary] = {
    "cg": Vocabulary(
        "https://w3id.org/claimgraph/ontology#",
        (
            # classes
            "Paper",
            "Entity",
            "Model",
            "Method",
            "Dataset",
            "Metric",
            "Task",
            "Claim",
            "Quantity",
            "Comparison",
            "RelationAssertion",
            "TextSpan",
            "PaperGraph",
            # object properties
            "proposes",
            "evaluatedOn",
            "outperforms",
            "uses",
            "variantOf",
            "asserts",
            "subject",
            "baseline",
            "dataset",
            "metric",
            "hasQuantity",
            "hasComparison",
            "quantity",
            "margin",
            "hasEvidence",
            "denotes",
            # datatype properties
            "arxivId",
            "authorCount",
            "upvotes",
            "canonicalName",
            "parameterCount",
            "paperCount",
            "claimType",
            "hedged",
            "confidence",
            "field",
            "measures",
            "quantityText",
            "metricName",
            "baselineName",
            "direction",
            "relative",
            "higherIsBetter",
            "numberRole",
            "datasetName",
            "modelName",
        ),
    ),
    "dc": Vocabulary("http://purl.org/dc/elements/1.1/", ("creator",)),
    "dcterms": Vocabulary("http://purl.org/dc/terms/", ("identifier", "title", "abstract", "date", "source")),
    "mls": Vocabulary("http://www.w3.org/ns/mls#", ("Model", "Algorithm", "Dataset", "EvaluationMeasure", "Task")),
    "oa": Vocabulary(
        "http://www.w3.org/ns/oa#",
        (
            "SpecificResource",
            "TextPositionSelector",
            "TextQuoteSelector",
            "hasSource",
            "hasSelector",
            "start",
            "end",
            "exact",
        ),
    ),
    "owl": Vocabulary("http://www.w3.org/2002/07/owl#"),
    "prov": Vocabulary(
        "http://www.w3.org/ns/prov#",
        ("Activity", "SoftwareAgent", "Bundle", "wasGeneratedBy", "wasDerivedFrom", "wasAssociatedWith"),
    ),
    "rdf": Vocabulary(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#", ("type", "Statement", "subject", "predicate", "object")
    ),
    "rdfs": Vocabulary("http://www.w3.org/2000/01/rdf-schema#", ("label",)),
    "schema": Vocabulary(
        "http://schema.org/",
        (
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
        ),
    ),
    "skos": Vocabulary("http://www.w3.org/2004/02/skos/core#", ("prefLabel", "altLabel")),
    "xsd": Vocabulary(
        "http://www.w3.org/2001/XMLSchema#", ("string", "integer", "decimal", "boolean", "date", "anyURI")
    ),
}

#: Prefixes written into Turtle, TriG and JSON-LD and declared for SPARQL.
PREFIXES: dict[str, str] = {prefix: vocabulary.namespace for prefix, vocabulary in VOCABULARIES.items()}

CG, cg = VOCABULARIES["cg"].rdflib(), VOCABULARIES["cg"].nodes()
DC, dc = VOCABULARIES["dc"].rdflib(), VOCABULARIES["dc"].nodes()
DCTERMS, dcterms = VOCABULARIES["dcterms"].rdflib(), VOCABULARIES["dcterms"].nodes()
MLS, mls = VOCABULARIES["mls"].rdflib(), VOCABULARIES["mls"].nodes()
OA, oa = VOCABULARIES["oa"].rdflib(), VOCABULARIES["oa"].nodes()
PROV, prov = VOCABULARIES["prov"].rdflib(), VOCABULARIES["prov"].nodes()
RDF, rdf = VOCABULARIES["rdf"].rdflib(), VOCABULARIES["rdf"].nodes()
RDFS, rdfs = VOCABULARIES["rdfs"].rdflib(), VOCABULARIES["rdfs"].nodes()
SCHEMA, schema = VOCABULARIES["schema"].rdflib(), VOCABULARIES["schema"].nodes()
SKOS, skos = VOCABULARIES["skos"].rdflib(), VOCABULARIES["skos"].nodes()
XSD, xsd = VOCABULARIES["xsd"].rdflib(), VOCABULARIES["xsd"].nodes()
