"""Fixtures of the export tests: the hand-made graph and its exports."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph_fixture import build_fixture_graph  # noqa: E402

from claimgraph.export import export_graph  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ALL_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld")


@pytest.fixture()
def fixture_graph():
    """A fresh copy of the fixture graph."""
    return build_fixture_graph()


@pytest.fixture(scope="session")
def exported(tmp_path_factory):
    """Every export format of the fixture graph: format -> path."""
    out = tmp_path_factory.mktemp("export")
    return export_graph(build_fixture_graph(), out, formats=ALL_FORMATS)


@pytest.fixture(scope="session")
def shapes_graph():
    """The SHACL shapes of ontology/shapes.ttl."""
    return rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")


@pytest.fixture(scope="session")
def ontology_graph():
    """The ontology of ontology/claimgraph.ttl."""
    return rdflib.Graph().parse(ROOT / "ontology" / "claimgraph.ttl", format="turtle")
