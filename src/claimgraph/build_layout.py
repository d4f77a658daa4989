"""The layout of a build folder: one folder per build version and a ``current`` link switched atomically.

A build folder ``DIR`` (default ``exports/``) holds::

    DIR/current -> versions/<id>   relative symbolic link to the build readers see
    DIR/versions/<id>/             the files of one build; <id> is the first 16 hex digits
                                   of the SHA-256 of its files' names and bytes
    DIR/.lock                      locked by the build writing DIR

A build writes every file into a staging folder ``DIR/.build-*``, renames it to
``versions/<id>`` and then replaces ``current`` in one ``os.replace``: a reader
sees the old build or the new one, never a mix, and files of the old build
(formats not asked for this time) are not in the new version. The version
``current`` pointed to before stays until the next build starts, so a reader
that resolved it keeps reading whole files. The next build removes everything
else a killed build leaves (staging folders, unfinished links, versions that
were never switched in).

Readers resolve the version with :func:`current_build`, once, and read every
file from the folder it returns. A folder without ``current`` is read as it is:
a flat build of claimgraph before versions, or one version folder.

This module imports nothing heavy: ``claimgraph query`` uses it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gzip
import hashlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from claimgraph.errors import ConfigError
from claimgraph.vocabulary import RDF_FORMATS, RDF_STEM

CURRENT = "current"
VERSIONS = "versions"
LOCK = ".lock"
STAGING_PREFIX = ".build-"
LINK_PREFIX = ".current-"
MANIFEST = "manifest.json"
#: The files every build holds besides RDF and the manifest, by their key in ``BuildSummary.files``: JSON Lines,
#: gzip-compressed (one gzip member per block of papers, ``mtime`` 0 and no name, so the bytes are deterministic).
DATA_FILES: dict[str, str] = {
    "papers": "papers.jsonl.gz",
    "extractions": "extractions.jsonl.gz",
}
#: What builds before compression called the same files (still read: ``--update``, ``claimgraph.load``).
PLAIN_DATA_FILES: dict[str, str] = {key: name.removesuffix(".gz") for key, name in DATA_FILES.items()}
#: The NetworkX graph files a build writes on request, by their name on the command line (``--graph``).
GRAPH_FILES: dict[str, str] = {
    "json": "graph.json",
    "graphml": "graph.graphml",
}
#: Files a flat (unversioned) build wrote at the top of its folder, besides the RDF files its manifest lists.
FLAT_FILES: tuple[str, ...] = (
    *DATA_FILES.values(),
    *PLAIN_DATA_FILES.values(),
    *GRAPH_FILES.values(),
    *(f"{RDF_STEM}.{ext}" for ext in RDF_FORMATS),
    f"{RDF_STEM}.nq.gz",
)


def data_file(folder: Path, key: str) -> Path:
    """The file of ``key`` (``papers``, ``extractions``) in a build's version ``folder``.

    That is the compressed file (``papers.jsonl.gz``), or the plain one a build
    before compression wrote (``papers.jsonl``) when only that one is there.
    """
    compressed = folder / DATA_FILES[key]
    plain = folder / PLAIN_DATA_FILES[key]
    return plain if not compressed.exists() and plain.exists() else compressed


def open_data(path: Path) -> IO[str]:
    """Open a build's papers or extractions file as UTF-8 text, decompressing a ``.gz`` one as it is read."""
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def current_build(folder: str | os.PathLike) -> Path:
    """Return the folder holding the files of the build in ``folder``.

    That is ``folder/versions/<id>`` when ``folder/current`` links there, the
    ``current`` folder itself when a copy turned the link into a folder, and
    ``folder`` when it has no ``current`` (a flat build, or a version folder).

    Raises
    ------
    ConfigError
        When ``current`` links to a version that is missing.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> flat = pathlib.Path(tempfile.mkdtemp())
    >>> current_build(flat) == flat
    True
    """
    folder = Path(folder)
    link = folder / CURRENT
    if link.is_symlink():
        version = folder / os.readlink(link)
        if not version.is_dir():
            raise ConfigError(
                f"{link} links to {version}, which is missing: rebuild with `claimgraph build -o {folder}`"
            )
        return version
    if link.is_dir():
        return link
    return folder


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold ``folder``'s build lock for the ``with`` block (the folder must exist).

    Raises
    ------
    ConfigError
        When another build holds it.
    """
    with open(folder / LOCK, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            raise ConfigError(f"{folder}: another claimgraph build is writing this folder") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_leftovers(folder: Path) -> None:
    """Remove what earlier builds left in ``folder`` besides the current version.

    That is staging folders and unfinished links of killed builds, and every
    version but the current one (the one it replaced, kept for its readers
    until now, and versions a killed build never switched in). Call it while
    holding :func:`locked`.
    """
    keep = _current_version(folder)
    for item in folder.iterdir():
        if item.name.startswith((STAGING_PREFIX, LINK_PREFIX)):
            _remove(item)
    versions = folder / VERSIONS
    if versions.is_dir():
        for item in versions.iterdir():
            if item.resolve() != keep:
                _remove(item)


def new_staging(folder: Path) -> Path:
    """Make an empty staging folder in ``folder``, readable as the umask allows (``mkdtemp`` makes it private)."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    os.chmod(staging, 0o777 & ~_umask())
    return staging


def version_id(staging: Path) -> str:
    """The first 16 hex digits of the SHA-256 of the names and bytes of the files in ``staging``."""
    digest = hashlib.sha256()
    for path in sorted(staging.iterdir()):
        digest.update(path.name.encode() + b"\0" + str(path.stat().st_size).encode() + b"\0")
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()[:16]


def publish(folder: Path, staging: Path) -> Path:
    """Make the complete build in ``staging`` the current version of ``folder``; return the version folder.

    The staging folder is renamed to ``versions/<id>`` and ``current`` is
    switched to it in one rename; a version equal to the current one is kept
    as it is (with its query index) and the staging folder dropped. The files
    of a flat build at the top of ``folder`` are removed once the switch is
    made. Call it while holding :func:`locked`.
    """
    name = version_id(staging)
    version = folder / VERSIONS / name
    if _current_version(folder) == version.resolve():
        shutil.rmtree(staging)
        return version
    version.parent.mkdir(exist_ok=True)
    os.replace(staging, version)
    _sync(version.parent)
    _switch(folder, f"{VERSIONS}/{name}")
    _sync(folder)
    _remove_flat_build(folder)
    return version


def _current_version(folder: Path) -> Path | None:
    """The resolved folder ``current`` leads to, or None when it leads nowhere (missing or broken)."""
    link = folder / CURRENT
    return link.resolve() if link.is_dir() else None


def _switch(folder: Path, target: str) -> None:
    """Point ``folder/current`` at ``target`` in one rename."""
    link = folder / CURRENT
    fresh = folder / f"{LINK_PREFIX}{secrets.token_hex(6)}"
    os.symlink(target, fresh)
    if link.is_dir() and not link.is_symlink():  # a copy made the link a folder: a rename cannot replace it
        aside = folder / f"{STAGING_PREFIX}replaced-{secrets.token_hex(6)}"
        os.replace(link, aside)
        os.replace(fresh, link)
        shutil.rmtree(aside)
        return
    os.replace(fresh, link)


def _remove_flat_build(folder: Path) -> None:
    """Remove the files of a flat build (one with ``manifest.json`` at the top of ``folder``) and its query indexes."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return
    for name in FLAT_FILES:
        _remove(folder / name)
        _remove(folder / f".{name}.oxigraph")
    manifest.unlink()


def _remove(item: Path) -> None:
    if item.is_dir() and not item.is_symlink():
        shutil.rmtree(item, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            item.unlink()


def _sync(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
