"""Export writes are atomic: no temporary file left, a failure keeps the old file."""

from __future__ import annotations

import pytest

from claimgraph.export import export_graph, writer


def test_no_temporary_files_are_left(tmp_path, fixture_graph):
    export_graph(fixture_graph, tmp_path, formats=("ttl", "nt", "nq", "trig", "jsonld"))
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["claimgraph.jsonld", "claimgraph.nq", "claimgraph.nt", "claimgraph.trig", "claimgraph.ttl"]


def test_a_failure_while_writing_keeps_the_old_file(tmp_path, fixture_graph, monkeypatch):
    old = export_graph(fixture_graph, tmp_path, formats=("nq",))["nq"]
    before = old.read_bytes()

    real_serialize = writer.pyoxigraph.serialize

    def half_then_fail(items, handle, fmt, **kwargs):
        def first_ten():
            for i, item in enumerate(items):
                if i == 10:
                    raise KeyboardInterrupt("interrupted mid-write")
                yield item

        real_serialize(first_ten(), handle, fmt, **kwargs)

    monkeypatch.setattr(writer.pyoxigraph, "serialize", half_then_fail)
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
