"""The on-disk query index: built once, reused, rebuilt when the export changes."""

from __future__ import annotations

import os

import pyoxigraph

from claimgraph.query.store_cache import STAMP, index_folder, open_index

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
