"""papers -> extract -> build on hostile records: no crash, and every export parses back and conforms to the shapes."""

from __future__ import annotations

import gzip
import json
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.build_folder import build
from claimgraph.ingest import ingest
from claimgraph.vocabulary import RDF_FORMATS
from tests.property.strategies import jsonl_bytes, papers, pipeline_settings

ROOT = Path(__file__).resolve().parents[2]
RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
OXIGRAPH_FORMATS = {
    "ttl": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "nq": pyoxigraph.RdfFormat.N_QUADS,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
}


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")


def check_build(shapes: rdflib.Graph, items: list[dict]) -> None:
    """Ingest and build ``items``; every record is read or named, every export parses and conforms."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "papers.jsonl"
        listing.write_bytes(jsonl_bytes(items))
        ingested = ingest([listing])
        assert ingested.records + len(ingested.problems) == len(items)  # every record read or named
        out = Path(folder) / "build"
        summary = build(ingested, out, formats=RDF_FORMATS, graph_formats=("json", "graphml"), provenance="mentions")
        assert summary.papers == len(ingested.papers)
        out = summary.version
        ET.parse(out / "graph.graphml")
        json.loads((out / "graph.json").read_text(encoding="utf-8"))
        union = rdflib.Graph()
        for name in RDF_FORMATS:
            path = summary.files[name]
            data = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
            parsed = rdflib.Dataset().parse(data=data, format=RDFLIB_FORMATS[name])
            assert len(list(pyoxigraph.parse(data, format=OXIGRAPH_FORMATS[name]))) > 0
            if name == "nq":
                for graph in parsed.graphs():
                    for triple in graph:
                        union.add(triple)
        conforms, _, report = pyshacl.validate(union, shacl_graph=shapes, inference="none", advanced=True)
        assert conforms, report


@pipeline_settings
@given(items=st.lists(papers, min_size=1, max_size=3))
def test_hostile_records_build_into_valid_exports(shapes, items):
    check_build(shapes, items)


def test_a_paper_without_a_title_builds_into_valid_exports(shapes):
    check_build(shapes, [{"abstract": "We propose NoTitleNet, which improves BLEU on WMT14 by 2 points."}])
