"""RDF exports of the claimgraph graph (Turtle, N-Triples, N-Quads, TriG, JSON-LD).

The vocabulary is ``ontology/claimgraph.ttl``; its IRIs come from
:mod:`claimgraph.export.namespace`. The writer (and NetworkX with it) is
imported on first use, so that reading the namespace (as ``claimgraph query``
does) stays cheap.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import pkgutil
from typing import TYPE_CHECKING, Any

from claimgraph.export.iris import DEFAULT_BASE_IRI

if TYPE_CHECKING:
    from claimgraph.export.writer import FORMATS, export_graph, graph_to_rdf

__all__ = ["DEFAULT_BASE_IRI", "FORMATS", "compiled_modules", "export_graph", "graph_to_rdf"]


def compiled_modules() -> list[str]:
    """Return the export modules that import as compiled extensions, sorted.

    A regular install compiles the mapping and the JSON-LD compaction with
    Cython where a C compiler is available (``setup.py``); an editable install,
    or one without a compiler, runs them as plain Python, with the same output.

    Examples
    --------
    >>> set(compiled_modules()) <= {f"claimgraph.export.{m}" for m in ("collector", "jsonld", "mapping", "statements")}
    True
    """
    names = []
    for module in pkgutil.iter_modules(__path__, prefix=f"{__name__}."):
        spec = importlib.util.find_spec(module.name)
        if spec is not None and str(spec.origin).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
            names.append(module.name)
    return sorted(names)


def __getattr__(name: str) -> Any:
    if name in ("FORMATS", "export_graph", "graph_to_rdf"):
        from claimgraph.export import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
