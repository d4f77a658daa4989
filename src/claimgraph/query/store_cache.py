"""An on-disk Oxigraph index of a build's export, made on the first query.

Loading a large build into memory takes seconds (about 40 s for the 9.3
million quads of a 50,000-abstract build), and every ``claimgraph query``
process would pay it again. The first such query therefore bulk-loads the
export into a persistent Oxigraph store next to it (``.<export name>.oxigraph/``)
and later ones open that store read-only in milliseconds; every example query
of ``queries/`` runs in under a second there on that build (they are written
so that Oxigraph's plan suits the index). The Python API loads into memory by
default, which suits many queries in one process. The index records the
export's size, modification time and the pyoxigraph version, and is rebuilt
when any of them changes. It is a cache, not an export: builds stay
byte-identical, and deleting it is always safe. Where the folder is not
writable, the caller falls back to an in-memory store.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph

STAMP = "claimgraph-index-stamp"


def index_folder(export: Path) -> Path:
    """Where the index of ``export`` lives."""
    return export.parent / f".{export.name}.oxigraph"


def _stamp(export: Path) -> str:
    stat = export.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}:{pyoxigraph.__version__}"


def open_index(export: Path, fmt: pyoxigraph.RdfFormat) -> pyoxigraph.Store | None:
    """Open (building it first if needed) the read-only index of ``export``.

    Returns None when the index cannot be written (read-only folder).

    Raises
    ------
    SyntaxError, ValueError, OSError
        When the export cannot be parsed.
    """
    folder = index_folder(export)
    stamp = _stamp(export)
    stamp_file = folder / STAMP
    if stamp_file.is_file() and stamp_file.read_text(encoding="utf-8") == stamp:
        return pyoxigraph.Store.read_only(str(folder))
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{export.name}.", suffix=".indexing", dir=export.parent))
    except OSError:
        return None
    try:
        writer = pyoxigraph.Store(str(staging))
        writer.bulk_load(path=str(export), format=fmt)
        writer.flush()
        writer.optimize()  # compacts the index: queries run several times faster
        del writer  # closes the store before it is moved
        (staging / STAMP).write_text(stamp, encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        raise
    return pyoxigraph.Store.read_only(str(folder))
