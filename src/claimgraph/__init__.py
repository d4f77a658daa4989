"""claimgraph: a knowledge graph of methods and claims from ML paper titles and abstracts.

``claimgraph.load(path)`` returns the NetworkX graph of a build folder (see
:func:`claimgraph.graph.io.load`) and ``claimgraph.__version__`` is the
installed version (:mod:`claimgraph.version`); both are imported on first use
so that ``import claimgraph`` stays light.
"""

from __future__ import annotations

from typing import Any

__all__ = ["__version__", "load"]


def __getattr__(name: str) -> Any:
    if name == "load":
        from claimgraph.graph.io import load

        return load
    if name == "__version__":
        from claimgraph.version import __version__

        return __version__
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")
