"""The vocabulary of :mod:`claimgraph.export.namespace` as pyoxigraph terms.

The fast export path builds pyoxigraph quads directly; this module converts the
namespace's rdflib IRIs once, so the mapping never spells an IRI itself.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from claimgraph.export.namespace import CG, DC, DCTERMS, MLS, OA, PROV, RDF, RDFS, SCHEMA, SKOS


def _t(iri: object) -> NamedNode:
    """The pyoxigraph ``NamedNode`` of an rdflib ``URIRef``."""
    return NamedNode(str(iri))


TYPE = _t(RDF.type)
LABEL = _t(RDFS.label)
PREF_LABEL = _t(SKOS.prefLabel)
ALT_LABEL = _t(SKOS.altLabel)

# papers
IDENTIFIER = _t(DCTERMS.identifier)
TITLE = _t(DCTERMS.title)
ABSTRACT = _t(DCTERMS.abstract)
DATE = _t(DCTERMS.date)
SOURCE = _t(DCTERMS.source)
CREATOR = _t(DC.creator)
URL = _t(SCHEMA.url)
AUTHOR_COUNT = _t(CG.authorCount)
UPVOTES = _t(CG.upvotes)
ARXIV_ID = _t(CG.arxivId)

# entities
CANONICAL_NAME = _t(CG.canonicalName)
PARAMETER_COUNT = _t(CG.parameterCount)
PAPER_COUNT = _t(CG.paperCount)

# claims, quantities, comparisons
TEXT = _t(SCHEMA.text)
CLAIM_TYPE = _t(CG.claimType)
HEDGED = _t(CG.hedged)
CONFIDENCE = _t(CG.confidence)
HAS_QUANTITY = _t(CG.hasQuantity)
HAS_COMPARISON = _t(CG.hasComparison)
HAS_EVIDENCE = _t(CG.hasEvidence)
VALUE = _t(SCHEMA.value)
MAX_VALUE = _t(SCHEMA.maxValue)
UNIT_TEXT = _t(SCHEMA.unitText)
MEASURES = _t(CG.measures)
COMPARISON = _t(CG.Comparison)
QUANTITY = _t(CG.quantity)
QUANTITY_TEXT = _t(CG.quantityText)
METRIC_NAME = _t(CG.metricName)
BASELINE_NAME = _t(CG.baselineName)
DIRECTION = _t(CG.direction)
RELATIVE = _t(CG.relative)
HIGHER_IS_BETTER = _t(CG.higherIsBetter)

# spans (W3C Web Annotation)
HAS_SOURCE = _t(OA.hasSource)
HAS_SELECTOR = _t(OA.hasSelector)
TEXT_POSITION_SELECTOR = _t(OA.TextPositionSelector)
TEXT_QUOTE_SELECTOR = _t(OA.TextQuoteSelector)
START = _t(OA.start)
END = _t(OA.end)
EXACT = _t(OA.exact)
FIELD = _t(CG.field)
DENOTES = _t(CG.denotes)

# provenance and statements
PROV_ACTIVITY = _t(PROV.Activity)
PROV_SOFTWARE_AGENT = _t(PROV.SoftwareAgent)
PROV_BUNDLE = _t(PROV.Bundle)
PAPER_GRAPH = _t(CG.PaperGraph)
WAS_GENERATED_BY = _t(PROV.wasGeneratedBy)
WAS_DERIVED_FROM = _t(PROV.wasDerivedFrom)
WAS_ASSOCIATED_WITH = _t(PROV.wasAssociatedWith)
SOFTWARE_VERSION = _t(SCHEMA.softwareVersion)
RDF_SUBJECT = _t(RDF.subject)
RDF_PREDICATE = _t(RDF.predicate)
RDF_OBJECT = _t(RDF.object)

#: ``rdf:type`` objects of each node kind: the claimgraph class first, then the
#: standard classes it specialises (typed explicitly so that no reasoner is needed).
KIND_CLASSES = {
    "Paper": (_t(CG.Paper), _t(SCHEMA.ScholarlyArticle)),
    "Model": (_t(CG.Model), _t(CG.Entity), _t(MLS.Model)),
    "Method": (_t(CG.Method), _t(CG.Entity), _t(MLS.Algorithm)),
    "Dataset": (_t(CG.Dataset), _t(CG.Entity), _t(MLS.Dataset), _t(SCHEMA.Dataset)),
    "Metric": (_t(CG.Metric), _t(CG.Entity), _t(MLS.EvaluationMeasure)),
    "Task": (_t(CG.Task), _t(CG.Entity), _t(MLS.Task)),
    "Claim": (_t(CG.Claim), _t(SCHEMA.Claim)),
}
QUANTITY_TYPES = (_t(CG.Quantity), _t(SCHEMA.QuantitativeValue))
SPAN_TYPES = (_t(CG.TextSpan), _t(OA.SpecificResource))
STATEMENT_TYPES = (_t(CG.RelationAssertion), _t(RDF.Statement))

#: Edge ``relation`` (docs/graph-schema.md) -> property.
RELATION_PROPERTIES = {
    "mentions": _t(SCHEMA.mentions),
    "proposes": _t(CG.proposes),
    "evaluated_on": _t(CG.evaluatedOn),
    "outperforms": _t(CG.outperforms),
    "uses": _t(CG.uses),
    "variant_of": _t(CG.variantOf),
    "asserts": _t(CG.asserts),
    "subject": _t(CG.subject),
    "baseline": _t(CG.baseline),
    "dataset": _t(CG.dataset),
    "metric": _t(CG.metric),
}
