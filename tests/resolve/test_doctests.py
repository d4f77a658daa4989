"""The examples in the resolver modules' docstrings run and hold (their negative cases too: "GPT-3" is no
release of "GPT3", a bare "FFT" is no definition, "CoT reasoning" is not grown past chain-of-thought)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["anchoring", "corpus_types", "form_relations", "registry", "variants"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"claimgraph.resolve.{name}")
    failures, tried = doctest.testmod(module)
    assert tried > 0 and failures == 0
