"""Fixtures of the analysis tests: the hand-built toy graph of ``toy.py``."""

from __future__ import annotations

import pytest

from tests.analysis.toy import build_toy_graph


@pytest.fixture()
def toy():
    """A fresh toy graph."""
    return build_toy_graph()
