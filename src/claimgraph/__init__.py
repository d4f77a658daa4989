"""claimgraph: a knowledge graph of methods and claims from ML paper titles and abstracts.

``claimgraph.load(path)`` returns the NetworkX graph of a build folder (see
:mod:`claimgraph.analysis`); it is imported on first use so that
``import claimgraph`` stays light.
"""

from __future__ import annotations

from typing import Any

__all__ = ["load"]


def __getattr__(name: str) -> Any:
    if name == "load":
        from claimgraph.analysis.load import load

        return load
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")
