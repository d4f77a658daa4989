"""The exports end to end: round trips in every format, typed numbers, provenance, IRIs, any number of jobs."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
import rdflib
from rdflib.compare import isomorphic

from claimgraph.errors import ConfigError
from claimgraph.export import export_graph, graph_to_rdf
from claimgraph.export.mapping import RdfMapper
from claimgraph.export.vocabulary import CG, DCTERMS, OA, PROV, RDF, SCHEMA, SKOS, XSD

BASE = "https://w3id.org/claimgraph/"
PARSE_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}


def _load(path, fmt) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(path, format=PARSE_FORMATS[fmt])
    return dataset


def _union(dataset: rdflib.Dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _graphs(dataset: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    """Named graph IRI ("" for the default graph) -> graph, skipping empty ones."""
    out = {}
    for g in dataset.graphs():
        name = "" if g.identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else str(g.identifier)
        if len(g):
            out[name] = g
    return out


@pytest.mark.parametrize("fmt", ["nq", "trig", "jsonld"])
def test_quad_formats_round_trip_per_named_graph(exported, fixture_graph, fmt):
    expected = _graphs(graph_to_rdf(fixture_graph))
    loaded = _graphs(_load(exported[fmt], fmt))
    assert sorted(loaded) == sorted(expected)
    for name, graph in expected.items():
        assert isomorphic(graph, loaded[name]), name


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_triple_formats_hold_the_union(exported, fixture_graph, fmt):
    expected = _union(graph_to_rdf(fixture_graph))
    assert isomorphic(expected, _union(_load(exported[fmt], fmt)))


def test_n_triples_has_no_duplicate_lines(exported):
    lines = exported["nt"].read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines))
    stated_twice = "<https://w3id.org/claimgraph/method/quarot> <https://w3id.org/claimgraph/ontology#outperforms>"
    assert sum(line.startswith(stated_twice + " <https://w3id.org/claimgraph/model/llama-7b>") for line in lines) == 1
    quads = exported["nq"].read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith(stated_twice + " <https://w3id.org/claimgraph/model/llama-7b>") for line in quads) == 2


def test_repeated_edges_mentions_and_authors_are_written_once(tmp_path, fixture_graph):
    """The mapping emits each statement once, even from a graph that repeats itself."""
    paper = "paper:2401.00001"
    fixture_graph.nodes[paper]["authors"] = ["Ada Lovelace", "Alan Turing", "Ada Lovelace"]
    for u, v, key, data in list(fixture_graph.edges(keys=True, data=True)):
        if u == paper:
            copy = dict(data, relation=data.get("relation") or key.partition("|")[0])
            if "mentions" in copy:
                copy["mentions"] = list(copy["mentions"]) * 2
            fixture_graph.add_edge(u, v, key=f"{key}|again", **copy)
    paths = export_graph(fixture_graph, tmp_path, formats=("nq", "nt"))
    for fmt in ("nq", "nt"):
        lines = paths[fmt].read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(set(lines)), fmt
    authors = [line for line in paths["nq"].read_text(encoding="utf-8").splitlines() if "Ada Lovelace" in line]
    assert len(authors) == 1


def test_one_named_graph_per_paper(fixture_graph):
    graphs = _graphs(graph_to_rdf(fixture_graph))
    assert sorted(graphs) == ["", BASE + "graph/2401.00001", BASE + "graph/2401.00002", BASE + "graph/h-0a1b2c3d4e5f"]
    first = graphs[BASE + "graph/2401.00001"]
    claims = set(first.subjects(RDF.type, CG.Claim))
    assert claims == {rdflib.URIRef(BASE + "claim/2401.00001/0"), rdflib.URIRef(BASE + "claim/2401.00001/1")}
    assert (rdflib.URIRef(BASE + "paper/2401.00001"), CG.proposes, rdflib.URIRef(BASE + "method/spt")) in first
    assert (rdflib.URIRef(BASE + "method/spt"), CG.outperforms, rdflib.URIRef(BASE + "model/llama-7b")) in first
    entity_classes = {CG.Model, CG.Method, CG.Dataset, CG.Metric, CG.Task}
    assert not {s for s, o in first.subject_objects(RDF.type) if o in entity_classes}, "entities: default graph"
    default = graphs[""]
    assert (rdflib.URIRef(BASE + "model/llama-7b"), CG.variantOf, rdflib.URIRef(BASE + "model/llama")) in default
    assert not set(default.subjects(RDF.type, CG.Claim))


def test_numbers_and_flags_are_typed_literals(fixture_graph):
    graph = _union(graph_to_rdf(fixture_graph))
    llama = rdflib.URIRef(BASE + "model/llama-7b")
    params = graph.value(llama, CG.parameterCount)
    assert params.datatype == XSD.integer and params.toPython() == 7_000_000_000
    claim = rdflib.URIRef(BASE + "claim/2401.00001/0")
    assert graph.value(claim, CG.confidence).datatype == XSD.decimal
    assert graph.value(claim, CG.hedged) == rdflib.Literal(False)
    quantity = graph.value(claim, CG.hasQuantity)
    value = graph.value(quantity, SCHEMA.value)
    assert value.datatype == XSD.decimal and float(value.toPython()) == pytest.approx(4.2)
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype is None:
            assert not _is_number(str(o)) or p in {
                SKOS.prefLabel,
                SKOS.altLabel,
                rdflib.RDFS.label,
                DCTERMS.identifier,
                CG.arxivId,
                CG.quantityText,
            }, (s, p, o)
    starts = [o for o in graph.objects(None, OA.start)]
    assert starts and all(o.datatype == XSD.integer for o in starts)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_claim_provenance_points_into_the_abstract(fixture_graph):
    graph = _union(graph_to_rdf(fixture_graph))
    abstracts = {s: str(o) for s, o in graph.subject_objects(DCTERMS.abstract)}
    claims = list(graph.subjects(RDF.type, CG.Claim))
    assert len(claims) == 5
    for claim in claims:
        paper = graph.value(predicate=CG.asserts, object=claim)
        span = graph.value(claim, CG.hasEvidence)
        assert graph.value(span, OA.hasSource) == paper
        # the position selector only: the quote is the claim's text, not repeated by a quote selector
        (position,) = graph.objects(span, OA.hasSelector)
        start, end = graph.value(position, OA.start).toPython(), graph.value(position, OA.end).toPython()
        assert abstracts[paper][start:end] == str(graph.value(claim, SCHEMA.text))
        # the extraction is stated once, by the paper's graph, not by each claim
        assert graph.value(claim, PROV.wasGeneratedBy) is None and graph.value(claim, PROV.wasDerivedFrom) is None
        graphs = graph.subjects(RDF.type, CG.PaperGraph)
        (paper_graph,) = (g for g in graphs if (g, PROV.wasDerivedFrom, paper) in graph)
        agent = graph.value(graph.value(paper_graph, PROV.wasGeneratedBy), PROV.wasAssociatedWith)
        assert str(graph.value(agent, SCHEMA.softwareVersion)) == "0.1.0"
    sources = {str(o) for o in graph.objects(rdflib.URIRef(BASE + "paper/2401.00002"), DCTERMS.source)}
    assert sources == {"seeds/b.txt:3", "seeds/a.txt:40"}


def test_relations_are_stated_with_their_sentence(fixture_graph):
    graph = _union(graph_to_rdf(fixture_graph))
    statements = list(graph.subjects(RDF.type, CG.RelationAssertion))
    assert len(statements) == 11
    for st in statements:
        s, p, o = graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        assert (s, p, o) in graph
        span = graph.value(st, CG.hasEvidence)
        assert span is not None and graph.value(span, CG.field) == rdflib.Literal("abstract")
        # its paper (named by no other triple outside its graph) is kept, its extraction is the graph's
        assert graph.value(span, OA.hasSource) == graph.value(st, PROV.wasDerivedFrom)
        assert graph.value(st, PROV.wasGeneratedBy) is None


@pytest.mark.parametrize("mention_spans", [False, True])
def test_every_node_has_one_type_its_claimgraph_class(fixture_graph, mention_spans):
    """The standard classes are axioms of the ontology, not statements: a node states one type, a ``cg:`` class
    (the extraction activity and agent, which have none, a PROV class), and a span's selectors none."""
    mapper = RdfMapper(fixture_graph, BASE, mention_spans=mention_spans)
    quads = [q for unit in mapper.units() for q in mapper.map_unit(unit).quads]
    types = defaultdict(list)
    for quad in quads:
        if quad.predicate.value == str(RDF.type):
            types[quad.subject.value].append(quad.object.value)
    assert all(len(classes) == 1 for classes in types.values()), types
    assert {c for (c,) in types.values()} - {str(c) for c in (PROV.Activity, PROV.SoftwareAgent)} <= {
        str(CG[name]) for name in ("Paper", "PaperGraph", "Model", "Method", "Dataset", "Metric", "Task", "Claim")
    } | {str(CG[name]) for name in ("Quantity", "Comparison", "RelationAssertion", "TextSpan")}
    selectors = {q.object.value for q in quads if q.predicate.value == str(OA.hasSelector)}
    assert selectors and not selectors & set(types)


def test_mentions_have_spans_that_denote_the_entity(fixture_graph):
    graph = _union(graph_to_rdf(fixture_graph))
    spt = rdflib.URIRef(BASE + "method/spt")
    spans = list(graph.subjects(CG.denotes, spt))
    quotes = set()
    for span in spans:
        for sel in graph.objects(span, OA.hasSelector):
            quotes.update(str(q) for q in graph.objects(sel, OA.exact))
    assert quotes == {"SPT", "Semantic-aware Permutation Training"}
    assert {str(a) for a in graph.objects(spt, SKOS.altLabel)} == {"SPT"}


def test_same_input_gives_byte_identical_files(tmp_path, fixture_graph):
    formats = ("ttl", "nt", "nq", "trig", "jsonld")
    first = export_graph(fixture_graph, tmp_path / "a", formats=formats)
    # the same content inserted in another order
    shuffled = type(fixture_graph)(**fixture_graph.graph)
    shuffled.add_nodes_from(reversed(list(fixture_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(fixture_graph.edges(keys=True, data=True))))
    second = export_graph(shuffled, tmp_path / "b", formats=formats)
    for fmt in formats:
        assert first[fmt].read_bytes() == second[fmt].read_bytes(), fmt


def test_base_iri_is_configurable_and_keys_are_percent_encoded(tmp_path, fixture_graph):
    fixture_graph.add_node(
        "dataset:wiki text/103 ü",
        kind="Dataset",
        label="Wiki Text/103 ü",
        aliases=[],
        canonical=None,
        params=None,
        paper_count=0,
    )
    paths = export_graph(fixture_graph, tmp_path, formats=("nt", "jsonld"), base_iri="http://example.org/kg/")
    text = paths["nt"].read_text(encoding="utf-8")
    assert "<http://example.org/kg/dataset/wiki%20text%2F103%20%C3%BC>" in text
    assert "w3id.org/claimgraph/model" not in text
    assert "w3id.org/claimgraph/ontology#" in text  # the vocabulary does not move
    context = json.loads(paths["jsonld"].read_text(encoding="utf-8"))["@context"]
    assert context["cg"] == str(CG) and context["model"] == "http://example.org/kg/model/"


@pytest.mark.parametrize("base", ["not an iri", "http://example.org/kg", "http://exa mple.org/"])
def test_bad_base_iri_is_refused(tmp_path, fixture_graph, base):
    with pytest.raises(ConfigError):
        export_graph(fixture_graph, tmp_path, base_iri=base)


def test_unknown_format_kind_and_relation_are_refused(tmp_path, fixture_graph):
    with pytest.raises(ConfigError, match="rdfxml"):
        export_graph(fixture_graph, tmp_path, formats=("rdfxml",))
    bad = fixture_graph.copy()
    bad.add_node("thing:x", kind="Thing", label="x")
    with pytest.raises(ValueError, match="Thing"):
        graph_to_rdf(bad)
    bad = fixture_graph.copy()
    bad.add_edge("model:gpt-4", "model:llama", key="likes", relation="likes")
    with pytest.raises(ValueError, match="likes"):
        graph_to_rdf(bad)


def test_stats_and_default_format(tmp_path, fixture_graph):
    paths = export_graph(fixture_graph, tmp_path / "default")
    assert list(paths) == ["ttl"] and paths["ttl"].name == "claimgraph.ttl"
    stats: dict = {}
    export_graph(fixture_graph, tmp_path, formats=("ttl", "nq"), stats=stats)
    dataset = graph_to_rdf(fixture_graph)
    assert stats["triples"] == len(_union(dataset)) > 500
    assert stats["quads"] == len(list(dataset.quads((None, None, None, None))))
    assert stats["quads"] > stats["triples"]  # a relation stated by two papers is one triple, two quads
    assert set(stats["seconds"]) == {"ttl", "nq"}


@pytest.mark.parametrize("jobs", [2, 3])
def test_any_number_of_jobs_gives_the_same_files(tmp_path, fixture_graph, jobs, monkeypatch):
    from claimgraph.export.mapping import units

    monkeypatch.setattr(units, "PAPERS_PER_UNIT", 1)  # several units even for the small fixture
    formats = ("ttl", "nt", "nq", "trig", "jsonld")
    one = export_graph(fixture_graph, tmp_path / "one", formats=formats)
    many = export_graph(fixture_graph, tmp_path / "many", formats=formats, jobs=jobs)
    for fmt in formats:
        assert one[fmt].read_bytes() == many[fmt].read_bytes(), fmt


def test_units_cut_anywhere_give_the_same_dataset(tmp_path, fixture_graph, monkeypatch):
    """Files made of many small units hold the same statements as files made of one unit."""
    from claimgraph.export.mapping import units

    formats = ("ttl", "nt", "nq", "trig", "jsonld")
    whole = export_graph(fixture_graph, tmp_path / "whole", formats=formats)
    monkeypatch.setattr(units, "PAPERS_PER_UNIT", 1)
    monkeypatch.setattr(units, "DEFAULT_CHUNK", 2)
    cut = export_graph(fixture_graph, tmp_path / "cut", formats=formats)
    for fmt in formats:
        a, b = _load(whole[fmt], fmt), _load(cut[fmt], fmt)
        assert isomorphic(_union(a), _union(b)), fmt
        assert len(_union(a)) == len(_union(b)) > 100
    assert whole["nq"].read_bytes() == cut["nq"].read_bytes()  # a line per quad, in the same order


@pytest.mark.parametrize("formats", [("ttl",), ("nt",), ("nq",), ("jsonld",), ("jsonld", "ttl"), ("jsonld", "trig")])
def test_a_format_is_the_same_alone_or_with_others(tmp_path, fixture_graph, formats):
    """Whatever other formats are written with it, each file comes out the same."""
    together = export_graph(fixture_graph, tmp_path / "all", formats=("ttl", "nt", "nq", "trig", "jsonld"))
    some = export_graph(fixture_graph, tmp_path / "some", formats=formats)
    for fmt in formats:
        assert some[fmt].read_bytes() == together[fmt].read_bytes(), fmt
