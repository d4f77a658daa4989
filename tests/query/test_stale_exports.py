"""A build folder's manifest says which RDF files are the build's: a file it does not list is never queried."""

from __future__ import annotations

import json
import shutil

import pytest

from claimgraph.errors import QueryError
from claimgraph.query import StaleExportWarning, find_export, run_query

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def folder(tmp_path, build_dir):
    for name in ("claimgraph.nq", "claimgraph.ttl"):
        shutil.copy(build_dir / name, tmp_path / name)
    return tmp_path


def manifest(folder, *formats) -> None:
    (folder / "manifest.json").write_text(json.dumps({"formats": list(formats)}), encoding="utf-8")


def test_a_file_the_manifest_does_not_list_is_ignored_with_a_warning(folder):
    manifest(folder, "ttl")
    (folder / "claimgraph.nq").write_text('<http://x/s> <http://x/p> "stale" .\n', encoding="utf-8")
    with pytest.warns(StaleExportWarning, match=r"ignored claimgraph\.nq"):
        assert find_export(folder)[0].name == "claimgraph.ttl"
    with pytest.warns(StaleExportWarning):
        answer = run_query(COUNT, folder)
    assert answer.rows[0][0].toPython() > 100 and answer.source.name == "claimgraph.ttl"


def test_naming_an_unlisted_file_warns(folder):
    manifest(folder, "ttl")
    with pytest.warns(StaleExportWarning):
        find_export(folder / "claimgraph.nq")


def test_no_listed_file_is_an_error(folder):
    manifest(folder, "trig")
    with pytest.raises(QueryError, match=r"lists claimgraph\.trig, and none is there"):
        find_export(folder)


def test_a_broken_manifest_is_an_error(folder):
    (folder / "manifest.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(QueryError, match="manifest"):
        find_export(folder)


def test_without_a_manifest_the_best_file_is_used(folder, recwarn):
    assert find_export(folder)[0].name == "claimgraph.nq"
    assert not recwarn.list
