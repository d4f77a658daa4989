"""The examples in the analysis and view docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "analysis.common",
    "analysis.frames",
    "analysis.leaderboard",
    "analysis.networks",
    "analysis.outperforms",
    "view.render",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    if name == "analysis.frames":
        pytest.importorskip("pandas", reason="pandas is the optional 'analysis' extra")
    module = importlib.import_module(f"claimgraph.{name}")
    failures, tried = doctest.testmod(module)
    assert tried > 0 and failures == 0
