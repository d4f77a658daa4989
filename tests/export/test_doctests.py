"""The examples in the export modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["jsonld", "literals"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"claimgraph.export.{name}")
    failures, tried = doctest.testmod(module)
    assert tried > 0 and failures == 0
