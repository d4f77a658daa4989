"""Writing the files: atomic (no temporary file left, a failure keeps the old file), in order with any jobs."""

from __future__ import annotations

import pytest

from claimgraph.export import export_graph, serialize
from claimgraph.export.mapping import units


def test_no_temporary_files_are_left(tmp_path, fixture_graph):
    export_graph(fixture_graph, tmp_path, formats=("ttl", "nt", "nq", "trig", "jsonld"))
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["claimgraph.jsonld", "claimgraph.nq", "claimgraph.nt", "claimgraph.trig", "claimgraph.ttl"]


def test_a_failure_while_writing_keeps_the_old_file(tmp_path, fixture_graph, monkeypatch):
    old = export_graph(fixture_graph, tmp_path, formats=("nq",))["nq"]
    before = old.read_bytes()

    real_serialize = serialize.pyoxigraph.serialize
    calls = []

    def half_then_fail(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:  # a few units are written already
            raise KeyboardInterrupt("interrupted mid-write")
        return real_serialize(*args, **kwargs)

    monkeypatch.setattr(units, "PAPERS_PER_UNIT", 1)
    monkeypatch.setattr(serialize.pyoxigraph, "serialize", half_then_fail)
    fixture_graph.add_node(
        "model:new", kind="Model", label="New", aliases=[], canonical=None, params=None, paper_count=0
    )
    with pytest.raises(KeyboardInterrupt):
        export_graph(fixture_graph, tmp_path, formats=("nq",))
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claimgraph.nq"]


def test_out_dir_is_created(tmp_path, fixture_graph):
    paths = export_graph(fixture_graph, tmp_path / "deep" / "er", formats=("nt",))
    assert paths["nt"].is_file()


def test_a_failing_format_stops_the_pass_and_leaves_no_file(tmp_path, fixture_graph, monkeypatch):
    """One serialiser failing (a full disk, say) fails the export; the other formats are not committed."""
    real_serialize = serialize.pyoxigraph.serialize

    def fail_trig(items, *args, **kwargs):
        if serialize.pyoxigraph.RdfFormat.TRIG in (*args, kwargs.get("format")):
            raise OSError(28, "No space left on device")
        return real_serialize(items, *args, **kwargs)

    monkeypatch.setattr(serialize.pyoxigraph, "serialize", fail_trig)
    with pytest.raises(OSError, match="No space left"):
        export_graph(fixture_graph, tmp_path, formats=("nq", "trig", "jsonld"))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(OSError, match="No space left"):  # and the same from worker processes
        export_graph(fixture_graph, tmp_path, formats=("nq", "trig", "jsonld"), jobs=2)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_mapping_writes_nothing(tmp_path, fixture_graph):
    fixture_graph.add_node("thing:x", kind="Thing")
    with pytest.raises(ValueError, match="unknown kind"):
        export_graph(fixture_graph, tmp_path, formats=("nq", "ttl"))
    assert list(tmp_path.iterdir()) == []
