"""An on-disk Oxigraph index of a build's export, made on the first query.

Loading a large build into memory takes seconds (about 40 s for the 9.3
million quads of a 50,000-abstract build), and every ``claimgraph query``
process would pay it again. The first such query therefore bulk-loads the
export into a persistent Oxigraph store next to it (``.<export name>.oxigraph/``,
inside the build's version folder, so each version has its own) and later
ones open that store read-only in milliseconds; every example query of
``queries/`` runs in under a second there on that build (they are written so
that Oxigraph's plan suits the index). The Python API loads into memory by
default, which suits many queries in one process. ``claimgraph build`` makes
the index of its N-Quads itself, while it writes them (:class:`IndexLoader`),
so that its first query need not.

The index records the export's resolved path, size and modification time, a
hash of the build's ``manifest.json`` and the pyoxigraph version, and is
rebuilt when any of them changes. It is a cache, not an export: builds stay
byte-identical, and deleting it is always safe. It is made readable by
everyone who can read the build (as the umask allows).

Where the build folder cannot be written (or its index cannot be opened, e.g.
another user's), the index is kept in the user's cache folder instead:
``$XDG_CACHE_HOME/claimgraph/query-index/<key>/`` (``~/.cache`` when
``XDG_CACHE_HOME`` is unset), one per export, the key a hash of the export's
absolute path without its version folder; it is replaced when the build
changes, so the indexes of old versions do not pile up. Only where neither can
be written does the caller fall back to an in-memory store.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import itertools
import logging
import os
import queue
import shutil
import tempfile
import threading
from pathlib import Path

import pyoxigraph

from claimgraph.build_layout import MANIFEST, VERSIONS

_LOG = logging.getLogger(__name__)

STAMP = "claimgraph-index-stamp"


#: Lines of N-Quads or N-Triples per bulk load: Oxigraph's bulk loader holds what one call loads in memory
#: (about 1 KB a quad), so a large export is loaded in runs of lines, in bounded memory (about 300 MB).
LINES_PER_LOAD = 200_000
#: Bytes of N-Quads per bulk load of :class:`IndexLoader` (about :data:`LINES_PER_LOAD` lines of a build's).
BYTES_PER_LOAD = 40_000_000


def bulk_load(store: pyoxigraph.Store, export: Path, fmt: pyoxigraph.RdfFormat) -> None:
    """Load an export file into ``store``, decompressing a ``.gz`` one as it is read.

    N-Quads and N-Triples (a statement a line) are loaded :data:`LINES_PER_LOAD` lines at a time.
    """
    opener = gzip.open if export.name.endswith(".gz") else open
    if fmt not in (pyoxigraph.RdfFormat.N_QUADS, pyoxigraph.RdfFormat.N_TRIPLES):
        with opener(export, "rb") as handle:
            store.bulk_load(input=handle, format=fmt)
        return
    with opener(export, "rb") as handle:
        while lines := b"".join(itertools.islice(handle, LINES_PER_LOAD)):
            store.bulk_load(input=lines, format=fmt)


class IndexLoader:
    """Makes the query store of a build's N-Quads while the build writes them, in a thread of its own.

    The build hands it each piece of the N-Quads as soon as it is written
    (:meth:`add_file`, :meth:`add_bytes`: gzip-compressed N-Quads, in any
    order, since a store is a set of quads), and :meth:`finish` makes the
    store the index of the finished export. zlib and Oxigraph work with the
    GIL released, so the load runs beside the rest of the build. The pieces
    are loaded :data:`BYTES_PER_LOAD` bytes at a time or more (whole pieces:
    about as many statements as :data:`LINES_PER_LOAD`); the store holds the
    quads :func:`open_index` would load from the export.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self._store: pyoxigraph.Store | None = pyoxigraph.Store(str(folder))
        self._queue: queue.Queue = queue.Queue()
        self._pending: list[bytes] = []
        self._bytes = 0
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="claimgraph-index", daemon=True)
        self._thread.start()

    def add_file(self, path: Path) -> None:
        """Load a file of gzip-compressed N-Quads (read before :meth:`drain` returns)."""
        self._queue.put(path)

    def add_bytes(self, data: bytes) -> None:
        """Load gzip-compressed N-Quads."""
        self._queue.put(data)

    def add_section(self, name: str, data: bytes) -> None:
        """Load a piece of the build's file of format ``name`` when it is the N-Quads (``nq``, compressed)."""
        if name == "nq":
            self.add_bytes(data)

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            try:
                if self._error is None:
                    if isinstance(item, bytes):
                        self._take(gzip.decompress(item))
                    elif isinstance(item, Path):
                        self._take(gzip.decompress(item.read_bytes()))
                    else:  # a drain: load what is held
                        self._load()
            except BaseException as error:  # noqa: BLE001 - reported by finish
                self._error = error
            finally:
                self._queue.task_done()
        self._queue.task_done()

    def _take(self, statements: bytes) -> None:
        """Hold whole lines of N-Quads (every piece ends with a line's end), loading them once there are enough."""
        self._pending.append(statements)
        self._bytes += len(statements)
        if self._bytes >= BYTES_PER_LOAD:
            self._load()

    def _load(self) -> None:
        if self._pending and self._store is not None:
            self._store.bulk_load(input=b"".join(self._pending), format=pyoxigraph.RdfFormat.N_QUADS)
        self._pending, self._bytes = [], 0

    def drain(self) -> None:
        """Wait until everything added so far is loaded (the files added may then be removed)."""
        self._queue.put(False)
        self._queue.join()

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def abort(self) -> None:
        """Stop, and remove the store."""
        self._stop()
        self._store = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def finish(self, export: Path) -> bool:
        """Compact the store and make it the index of ``export`` (:func:`index_folder`).

        Returns False, having removed the store, when loading failed or the
        index cannot go there (the caller then makes it from the export, as
        the first query would). An index of ``export`` that is already current
        there (a build that gave the same version) is kept, and this one dropped.
        """
        self.drain()
        self._stop()
        if self._error is not None or self._store is None:
            _LOG.warning("the query index made during the build failed (%s): making it from the export", self._error)
            self.abort()
            return False
        target = index_folder(export)
        try:
            stamp = _stamp(export)
            if _current(target, stamp):
                self.abort()
                return True
            self._store.flush()
            self._store.optimize()  # compacts the index: queries run several times faster
            self._store = None  # closes the store before it is moved
            (self.folder / STAMP).write_text(stamp, encoding="utf-8")
            if target.exists():
                shutil.rmtree(target)
            os.replace(self.folder, target)
        except Exception as error:  # noqa: BLE001 - the store is a cache: the caller makes it from the export
            _LOG.warning("the query index made during the build could not be put in place (%s)", error)
            self.abort()
            return False
        return True


def index_folder(export: Path) -> Path:
    """Where the index of ``export`` lives beside it."""
    return export.parent / f".{export.name}.oxigraph"


def cache_root() -> Path | None:
    """The user's folder of query indexes, or None when there is no home folder."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:
            return None
    return Path(base) / "claimgraph" / "query-index"


def cache_folder(export: Path) -> Path | None:
    """Where the index of ``export`` lives in the user's cache folder (None without one).

    The key is the export's path with the version folder left out
    (``DIR/versions/<id>/claimgraph.nq`` counts as ``DIR/claimgraph.nq``), so
    that every version of a build shares one place, and a new version's index
    replaces the old one's.
    """
    root = cache_root()
    if root is None:
        return None
    resolved = export.resolve()
    if resolved.parent.parent.name == VERSIONS:
        resolved = resolved.parent.parent.parent / resolved.name
    key = hashlib.sha256(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:20]
    return root / key


def _stamp(export: Path) -> str:
    """What an index is current for: the export (its resolved path, size and time), its manifest, pyoxigraph."""
    stat = export.stat()
    manifest = export.parent / MANIFEST
    digest = hashlib.sha256(manifest.read_bytes()).hexdigest()[:16] if manifest.is_file() else "-"
    return f"{export.resolve()}:{stat.st_size}:{stat.st_mtime_ns}:{digest}:{pyoxigraph.__version__}"


def _current(folder: Path, stamp: str) -> bool:
    stamp_file = folder / STAMP
    try:
        return stamp_file.is_file() and stamp_file.read_text(encoding="utf-8") == stamp
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _build(folder: Path, export: Path, fmt: pyoxigraph.RdfFormat, stamp: str) -> bool:
    """Build the index of ``export`` into ``folder``; False when ``folder`` cannot be written."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".indexing", dir=folder.parent))
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes 0700: let other readers of the build use it
    except OSError:
        return False
    try:
        size_mb = export.stat().st_size / 1e6
        _LOG.info("making the query index of %s (%.0f MB), once: later queries open it at once", export, size_mb)
        writer = pyoxigraph.Store(str(staging))
        bulk_load(writer, export, fmt)
        writer.flush()
        writer.optimize()  # compacts the index: queries run several times faster
        del writer  # closes the store before it is moved
        (staging / STAMP).write_text(stamp, encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    except OSError:  # an index of someone else's that cannot be replaced
        shutil.rmtree(staging, ignore_errors=True)
        return False
    return True


def open_index(export: Path, fmt: pyoxigraph.RdfFormat) -> pyoxigraph.Store | None:
    """Open (building it first if needed) the read-only index of ``export``.

    The index beside the export is used when it is current and can be opened,
    else the one in the user's cache folder; a missing or stale index is built
    beside the export, else in the cache folder. Returns None when neither can
    be written.

    Raises
    ------
    SyntaxError, ValueError, OSError
        When the export cannot be parsed.
    """
    located = locate_index(export, fmt)
    return None if located is None else located[1]


def locate_index(export: Path, fmt: pyoxigraph.RdfFormat) -> tuple[Path, pyoxigraph.Store] | None:
    """Like :func:`open_index`, and also say where the index is."""
    stamp = _stamp(export)
    folders = [folder for folder in (index_folder(export), cache_folder(export)) if folder is not None]
    for folder in folders:
        if _current(folder, stamp):
            with contextlib.suppress(OSError):
                return folder, pyoxigraph.Store.read_only(str(folder))
    for folder in folders:
        if _build(folder, export, fmt, stamp):
            return folder, pyoxigraph.Store.read_only(str(folder))
    return None
