"""The query store of a new version (:mod:`claimgraph.query.store_cache`): loaded beside the staging folder while
pass 2 and the export write the N-Quads (:func:`index_loader`), then compacted and put beside the export once the
version is switched in, or made from the export when it could not be loaded (:func:`finish_index`)."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from claimgraph.build_folder.stages import Stages

if TYPE_CHECKING:
    from claimgraph.query.store_cache import IndexLoader


def index_loader(staging: Path) -> IndexLoader | None:
    """A loader of the query store beside ``staging`` (named like it, so a killed build's is removed as a
    leftover), or None when it cannot be made there (the store is then made from the export, as before)."""
    from claimgraph.query.store_cache import IndexLoader

    try:
        return IndexLoader(staging.with_name(staging.name + ".oxigraph"))
    except OSError:
        return None


def finish_index(stages: Stages, loader: IndexLoader | None, export: Path) -> None:
    """Put the query store of the N-Quads ``export`` in place (the loader's, or one made now); time it as
    ``index``."""
    begin = time.perf_counter()
    if loader is None or not loader.finish(export):
        make_index(export)
    stages.seconds["index"] = time.perf_counter() - begin


def make_index(export: Path) -> None:
    """Make the query store of a new version (a cache: a failure leaves it to the first query)."""
    import pyoxigraph

    from claimgraph.query.store_cache import locate_index

    with contextlib.suppress(OSError, ValueError, SyntaxError):
        located = locate_index(export, pyoxigraph.RdfFormat.N_QUADS)
        del located
