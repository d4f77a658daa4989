"""The examples in the ingest modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["clean", "detect", "ids", "paper_fields"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"claimgraph.ingest.{name}")
    failures, tried = doctest.testmod(module)
    assert tried > 0 and failures == 0
