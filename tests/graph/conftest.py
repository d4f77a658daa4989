"""Fixtures: the two-paper sample of ``tests/graph/sample.py``."""

from __future__ import annotations

import pytest

from claimgraph.graph import build_graph
from claimgraph.resolve import resolve
from claimgraph.resolve.registry import AliasRegistry
from tests.graph.sample import LEXICON, P1, P2, extraction_1, extraction_2


@pytest.fixture(scope="session")
def sample():
    """``(papers, extractions, resolution)`` of the two sample papers."""
    extractions = (extraction_1(), extraction_2())
    return (P1, P2), extractions, resolve(extractions, lexicon=LEXICON, registry=AliasRegistry())


@pytest.fixture()
def graph(sample):
    """A freshly built graph of the sample (tests may not share mutations)."""
    return build_graph(*sample)
