"""The on-disk query index: built once, reused, rebuilt when the export changes."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile

import pyoxigraph

from claimgraph.query.store_cache import STAMP, cache_folder, index_folder, locate_index, open_index

QUAD = '<http://e/s> <http://e/p> "{}" <http://e/g> .\n'


def count(store: pyoxigraph.Store) -> int:
    return len(list(store.quads_for_pattern(None, None, None, None)))


def test_index_is_built_reused_and_rebuilt(tmp_path):
    export = tmp_path / "claimgraph.nq"
    export.write_text(QUAD.format("a"))
    store = open_index(export, pyoxigraph.RdfFormat.N_QUADS)
    assert count(store) == 1
    folder = index_folder(export)
    assert (folder / STAMP).is_file()
    first_stamp = (folder / STAMP).read_text()
    del store
    again = open_index(export, pyoxigraph.RdfFormat.N_QUADS)
    assert count(again) == 1 and (folder / STAMP).read_text() == first_stamp
    del again
    export.write_text(QUAD.format("a") + QUAD.format("b"))
    os.utime(export, ns=(1, 1))
    rebuilt = open_index(export, pyoxigraph.RdfFormat.N_QUADS)
    assert count(rebuilt) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".indexing")] == []


def test_unwritable_folder_gives_none(tmp_path, monkeypatch):
    export = tmp_path / "claimgraph.nq"
    export.write_text(QUAD.format("a"))

    def refuse(*args, **kwargs):
        raise PermissionError("read-only file system")

    monkeypatch.setattr("claimgraph.query.store_cache.tempfile.mkdtemp", refuse)
    assert open_index(export, pyoxigraph.RdfFormat.N_QUADS) is None


def test_query_falls_back_to_memory_when_the_index_cannot_be_written(tmp_path, monkeypatch):
    from claimgraph.query import run_query
    from claimgraph.query.engine import clear_cache

    export = tmp_path / "claimgraph.nq"
    export.write_text(QUAD.format("a"))
    monkeypatch.setattr("claimgraph.query.engine.open_index", lambda *args: None)
    clear_cache()
    result = run_query("SELECT ?o WHERE { ?s ?p ?o }", tmp_path, persistent=True)
    assert [str(row[0]) for row in result.rows] == ["a"]
    assert not index_folder(export).exists()


def _refuse_beside(monkeypatch, folder):
    real = tempfile.mkdtemp

    def mkdtemp(*args, dir=None, **kwargs):
        if dir is not None and os.path.samefile(dir, folder):
            raise PermissionError(13, "Permission denied", str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr("claimgraph.query.store_cache.tempfile.mkdtemp", mkdtemp)


def test_a_read_only_build_keeps_its_index_in_the_user_cache(tmp_path, monkeypatch):
    build, cache = tmp_path / "build", tmp_path / "cache"
    build.mkdir()
    export = build / "claimgraph.nq"
    export.write_text(QUAD.format("a"))
    (build / "manifest.json").write_text('{"formats": ["nq"]}')
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    _refuse_beside(monkeypatch, build)
    located = locate_index(export, pyoxigraph.RdfFormat.N_QUADS)
    assert located is not None
    folder, store = located
    assert folder == cache_folder(export) and folder.parent == cache / "claimgraph" / "query-index"
    assert count(store) == 1 and not index_folder(export).exists()
    del store
    stamp = (folder / STAMP).read_text()
    assert locate_index(export, pyoxigraph.RdfFormat.N_QUADS)[0] == folder and (folder / STAMP).read_text() == stamp
    (build / "manifest.json").write_text('{"formats": ["nq"], "rebuilt": true}')  # a new build: a new index
    assert count(open_index(export, pyoxigraph.RdfFormat.N_QUADS)) == 1 and (folder / STAMP).read_text() != stamp
    assert [p.name for p in cache.rglob("*.indexing")] == []


def test_an_index_that_cannot_be_opened_is_not_used(tmp_path, monkeypatch):
    export = tmp_path / "claimgraph.nq"
    export.write_text(QUAD.format("a"))
    assert open_index(export, pyoxigraph.RdfFormat.N_QUADS) is not None
    folder = index_folder(export)
    for item in folder.iterdir():  # e.g. another user's index, or a damaged one
        if item.name != STAMP:
            item.unlink() if item.is_file() else shutil.rmtree(item)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    store = open_index(export, pyoxigraph.RdfFormat.N_QUADS)
    assert count(store) == 1


def test_the_index_is_readable_by_others_as_the_umask_allows(tmp_path):
    export = tmp_path / "claimgraph.nq"
    export.write_text(QUAD.format("a"))
    open_index(export, pyoxigraph.RdfFormat.N_QUADS)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(index_folder(export).stat().st_mode) == 0o777 & ~mask


def test_a_store_loaded_piece_by_piece_is_the_index_of_the_export(tmp_path, monkeypatch):
    """IndexLoader: files and bytes of gzip-compressed N-Quads, in any order and across load batches."""
    import gzip

    import claimgraph.query.store_cache as store_cache
    from claimgraph.query.store_cache import IndexLoader

    monkeypatch.setattr(store_cache, "BYTES_PER_LOAD", 100)
    lines = [QUAD.format(n) for n in range(10)]
    export = tmp_path / "claimgraph.nq.gz"
    export.write_bytes(gzip.compress("".join(lines).encode(), mtime=0))
    piece = tmp_path / "piece"
    piece.write_bytes(gzip.compress("".join(lines[4:]).encode()) + gzip.compress(b""))
    loader = IndexLoader(tmp_path / ".loading")
    loader.add_file(piece)
    loader.add_section("ttl", b"not N-Quads: never loaded")
    loader.add_section("nq", gzip.compress("".join(lines[:4]).encode()))
    loader.drain()
    piece.unlink()  # read by then
    assert loader.finish(export) and not (tmp_path / ".loading").exists()
    store = open_index(export, pyoxigraph.RdfFormat.N_QUADS)
    assert set(store.quads_for_pattern(None, None, None, None)) == set(
        pyoxigraph.parse("".join(lines), format=pyoxigraph.RdfFormat.N_QUADS)
    )
    assert (index_folder(export) / STAMP).is_file()


def test_a_loader_that_failed_leaves_nothing_and_says_so(tmp_path):
    from claimgraph.query.store_cache import IndexLoader

    export = tmp_path / "claimgraph.nq.gz"
    export.write_bytes(b"")
    loader = IndexLoader(tmp_path / ".loading")
    loader.add_bytes(b"not gzip")
    assert loader.finish(export) is False
    assert not (tmp_path / ".loading").exists() and not index_folder(export).exists()
    aborted = IndexLoader(tmp_path / ".aborted")
    aborted.abort()
    assert not (tmp_path / ".aborted").exists()
