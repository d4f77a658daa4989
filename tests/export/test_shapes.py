"""SHACL conformance of the RDF exports, without inference and under RDFS inference with the ontology."""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

import pyshacl
import pytest
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDFS

from claimgraph.build_folder import build, current_build
from claimgraph.export.vocabulary import CG, OA, RDF, SCHEMA
from claimgraph.ingest import ingest

BASE = "https://w3id.org/claimgraph/"
PARSE_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
INFERENCE = ("none", "rdfs")
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _load(path, fmt) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    if str(path).endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            dataset.parse(handle, format=PARSE_FORMATS[fmt])
    else:
        dataset.parse(path, format=PARSE_FORMATS[fmt])
    return dataset


def _union(graphs) -> rdflib.Graph:
    union = rdflib.Graph()
    for graph in graphs:
        for triple in graph:
            union.add(triple)
    return union


def _conforms(graph, shapes_graph, ontology_graph, inference):
    """Validate ``graph``; under RDFS inference the ontology's axioms are mixed in first."""
    conforms, _, text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph,
        ont_graph=ontology_graph if inference == "rdfs" else None,
        inference=inference,
        advanced=True,
    )
    return conforms, text


# ------------------------------------------------------- the fixture graph


@pytest.mark.parametrize("inference", INFERENCE)
@pytest.mark.parametrize("fmt", sorted(PARSE_FORMATS))
def test_every_export_conforms_to_the_shapes(exported, shapes_graph, ontology_graph, fmt, inference):
    union = _union(_load(exported[fmt], fmt).graphs())
    conforms, text = _conforms(union, shapes_graph, ontology_graph, inference)
    assert conforms, text


@pytest.mark.parametrize("inference", INFERENCE)
def test_shapes_reject_broken_data(exported, shapes_graph, ontology_graph, inference):
    graph = _union(_load(exported["nq"], "nq").graphs())
    claim = rdflib.URIRef(BASE + "claim/2401.00001/0")
    graph.remove((claim, CG.confidence, None))
    graph.add((claim, CG.confidence, rdflib.Literal("0.9")))  # a string, not a decimal
    graph.remove((claim, SCHEMA.text, None))
    conforms, text = _conforms(graph, shapes_graph, ontology_graph, inference)
    assert not conforms
    assert "confidence" in text and "text" in text


@pytest.mark.parametrize("inference", INFERENCE)
def test_shapes_reject_a_statement_without_its_triple(exported, shapes_graph, ontology_graph, inference):
    graph = _union(_load(exported["nq"], "nq").graphs())
    graph.remove((rdflib.URIRef(BASE + "method/spt"), CG.outperforms, rdflib.URIRef(BASE + "model/llama-7b")))
    conforms, _ = _conforms(graph, shapes_graph, ontology_graph, inference)
    assert not conforms


@pytest.mark.parametrize("inference", INFERENCE)
@pytest.mark.parametrize("broken", ["on uses", "not a change"])
def test_shapes_reject_a_margin_that_is_no_change_of_a_win(exported, shapes_graph, ontology_graph, inference, broken):
    """``cg:margin`` links an outperforms assertion to a comparison whose role is "change", nothing else."""
    graph = _union(_load(exported["nq"], "nq").graphs())
    statement, margin = next(graph.subject_objects(CG.margin))
    assert graph.value(statement, RDF.predicate) == CG.outperforms and graph.value(margin, CG.numberRole)
    if broken == "on uses":
        uses = next(s for s in graph.subjects(RDF.predicate, CG.uses) if (s, RDF.type, CG.RelationAssertion) in graph)
        graph.add((uses, CG.margin, margin))
    else:
        graph.set((margin, CG.numberRole, rdflib.Literal("score")))
    conforms, text = _conforms(graph, shapes_graph, ontology_graph, inference)
    assert not conforms
    assert "A margin is a change stated on an outperforms assertion" in text


@pytest.mark.parametrize("inference", INFERENCE)
@pytest.mark.parametrize("kind", [CG.Claim, CG.RelationAssertion])
def test_shapes_reject_evidence_from_another_paper(exported, shapes_graph, ontology_graph, inference, kind):
    """A claim's evidence is a span of the paper that asserts it, a relation assertion's of its derivation."""
    graph = _union(_load(exported["nq"], "nq").graphs())
    paper, other = rdflib.URIRef(BASE + "paper/2401.00001"), rdflib.URIRef(BASE + "paper/2401.00002")
    node = next(
        n for n in graph.subjects(RDF.type, kind) if graph.value(graph.value(n, CG.hasEvidence), OA.hasSource) == paper
    )
    graph.set((node, CG.hasEvidence, next(graph.subjects(OA.hasSource, other))))
    conforms, text = _conforms(graph, shapes_graph, ontology_graph, inference)
    assert not conforms
    assert "not a span of the paper" in text


@pytest.mark.parametrize("inference", INFERENCE)
def test_shapes_tell_selectors_by_their_properties(exported, shapes_graph, ontology_graph, inference):
    """Selectors state no type: one with both offsets and a quote, or a span without offsets, is rejected."""
    graph = _union(_load(exported["nq"], "nq").graphs())
    position = next(graph.subjects(OA.start, None))
    graph.add((position, OA.exact, rdflib.Literal("SPT")))
    assert not _conforms(graph, shapes_graph, ontology_graph, inference)[0]
    graph.remove((position, OA.exact, None))
    assert _conforms(graph, shapes_graph, ontology_graph, inference)[0]
    graph.remove((position, OA.start, None))
    graph.remove((position, OA.end, None))
    assert not _conforms(graph, shapes_graph, ontology_graph, inference)[0]


# ------------------------------------------------------------ the seeds build


@pytest.fixture(scope="module", params=["sentences", "mentions"])
def seeds_dataset(tmp_path_factory, request) -> rdflib.Dataset:
    """The seeds build at each provenance level (the default, evidence sentences only, and every mention)."""
    out = tmp_path_factory.mktemp("seeds-shapes")
    build(ingest([SEEDS]), out, provenance=request.param, index=False)
    return _load(current_build(out) / "claimgraph.nq.gz", "nq")


@pytest.fixture(scope="module")
def seeds_union(seeds_dataset) -> rdflib.Graph:
    return _union(seeds_dataset.graphs())


def _paper_graphs(dataset: rdflib.Dataset) -> list[rdflib.Graph]:
    named = (g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g))
    return sorted(named, key=lambda g: str(g.identifier))


def _stated_types(dataset: rdflib.Dataset) -> dict:
    types = defaultdict(set)
    for s, _, o, _ in dataset.quads((None, RDF.type, None, None)):
        types[s].add(o)
    return types


def _covering_sample(dataset: rdflib.Dataset) -> rdflib.Graph:
    """The paper graphs that first state each (predicate, subject types, object types), and the default graph
    without the descriptions of the other paper graphs.

    What domain, range and sub-property axioms infer, and whether it fits the types a node states, depends
    only on these combinations: the sample meets every case the whole export does, in a sixth of its statements.
    """
    types = _stated_types(dataset)
    seen: set = set()
    sample = []
    for graph in _paper_graphs(dataset):
        combos = {(p, frozenset(types[s]), frozenset(types[o])) for s, p, o in graph if p != RDF.type}
        if combos - seen:
            seen |= combos
            sample.append(graph)
    left_out = {g.identifier for g in _paper_graphs(dataset)} - {g.identifier for g in sample}
    default = dataset.graph(DATASET_DEFAULT_GRAPH_ID)
    union = _union(sample)
    for s, p, o in default:
        if s not in left_out:
            union.add((s, p, o))
    return union


def test_seeds_export_conforms_without_inference(seeds_union, shapes_graph, ontology_graph):
    conforms, text = _conforms(seeds_union, shapes_graph, ontology_graph, "none")
    assert conforms, text


def test_seeds_sample_conforms_under_rdfs_inference(seeds_dataset, seeds_union, shapes_graph, ontology_graph):
    sample = _covering_sample(seeds_dataset)
    assert len(sample) < len(seeds_union) / 3
    assert set(sample.predicates()) == set(seeds_union.predicates())
    conforms, text = _conforms(sample, shapes_graph, ontology_graph, "rdfs")
    assert conforms, text


def test_ontology_axioms_infer_nothing_the_seeds_export_does_not_state(seeds_dataset, seeds_union, ontology_graph):
    """Every type a domain or range axiom infers is a stated type or one of its superclasses, and every
    triple a sub-property axiom infers is stated or its subject's one value of that property (the label an
    export leaves to the ontology): RDFS inference adds only what the shapes already see."""
    types = _stated_types(seeds_dataset)
    superclasses = ontology_graph.transitive_objects
    implied = {s: {c for t in ts for c in superclasses(t, RDFS.subClassOf)} for s, ts in types.items()}
    for axiom, end in ((RDFS.domain, 0), (RDFS.range, 2)):
        for prop, cls in ontology_graph.subject_objects(axiom):
            nodes = {t[end] for t in seeds_union.triples((None, prop, None))}
            wrong = sorted(n for n in nodes if not isinstance(n, rdflib.Literal) and cls not in implied.get(n, ()))
            assert not wrong, f"{prop} {axiom} {cls} infers a class {len(wrong)} nodes do not state, e.g. {wrong[0]}"
    inferred = defaultdict(set)  # (subject, parent property) -> values stated or inferred
    for prop, parent in ontology_graph.subject_objects(RDFS.subPropertyOf):
        for s, o in [*seeds_union.subject_objects(prop), *seeds_union.subject_objects(parent)]:
            inferred[s, parent].add(o)
    for prop, parent in ontology_graph.subject_objects(RDFS.subPropertyOf):
        missing = [(s, o) for s, o in seeds_union.subject_objects(prop) if (s, parent, o) not in seeds_union]
        more = [(s, inferred[s, parent]) for s, _ in missing if len(inferred[s, parent]) > 1]
        assert not more, f"{prop} rdfs:subPropertyOf {parent} gives {len(more)} nodes more values, e.g. {more[0]}"
