"""Fixtures of the query tests: a build folder holding the fixture graph's exports."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph_fixture import build_fixture_graph  # noqa: E402

from claimgraph.export import export_graph  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def build_dir(tmp_path_factory):
    """A build folder with the N-Quads and Turtle exports of the fixture graph."""
    out = tmp_path_factory.mktemp("build")
    export_graph(build_fixture_graph(), out, formats=("ttl", "nq"))
    return out


@pytest.fixture(scope="session")
def queries_dir():
    """The folder of example queries."""
    return ROOT / "queries"
