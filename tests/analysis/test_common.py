"""find_entity: an entity node by name or alias, with clear errors."""

from __future__ import annotations

import pytest

from claimgraph.analysis import find_entity


def test_find_entity(toy):
    assert find_entity(toy, "alpha 1") == "Model:alpha"
    assert find_entity(toy, "BENCH-X", kind="Dataset") == "Dataset:bench"
    with pytest.raises(KeyError, match="no Model called 'Bench'"):
        find_entity(toy, "Bench", kind="Model")
    toy.add_node("Method:alpha", kind="Method", label="Alpha")
    with pytest.raises(KeyError, match="2 entity nodes are called 'alpha'"):
        find_entity(toy, "alpha")
    with pytest.raises(ValueError):
        find_entity(toy, "alpha", kind="Claim")
