"""Queries, the query index and the endpoint read a build folder's current version, and follow a new one."""

from __future__ import annotations

import json
from pathlib import Path

from claimgraph.build_layout import CURRENT, current_build, new_staging, publish
from claimgraph.query import run_query
from claimgraph.query.server import build_index
from claimgraph.query.store_cache import cache_folder, index_folder

QUAD = '<http://e/s> <http://e/p> "{}" <http://e/g> .\n'
OBJECTS = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"


def publish_quads(folder: Path, *objects: str) -> Path:
    """Publish a version holding one quad per object, as a build does."""
    folder.mkdir(exist_ok=True)
    staging = new_staging(folder)
    (staging / "claimgraph.nq").write_text("".join(QUAD.format(o) for o in objects))
    (staging / "manifest.json").write_text(json.dumps({"formats": ["nq"]}))
    return publish(folder, staging)


def answers(folder: Path, **options) -> list[str]:
    return [str(row[0]) for row in run_query(OBJECTS, folder, **options).rows]


def test_queries_and_their_index_follow_the_current_version(tmp_path):
    first = publish_quads(tmp_path, "a")
    assert current_build(tmp_path) == first
    assert answers(tmp_path, persistent=True) == ["a"] and answers(tmp_path) == ["a"]
    assert index_folder(first / "claimgraph.nq").is_dir()  # the index lives in the version
    assert run_query(OBJECTS, tmp_path).source == first / "claimgraph.nq"
    second = publish_quads(tmp_path, "a", "b")
    assert second != first and (tmp_path / CURRENT).resolve() == second.resolve()
    assert answers(tmp_path, persistent=True) == ["a", "b"] and answers(tmp_path) == ["a", "b"]
    assert answers(first, persistent=True) == ["a"]  # a reader that resolved the old version still reads it


def test_the_endpoint_serves_the_index_of_the_current_version(tmp_path):
    first = publish_quads(tmp_path, "a")
    assert build_index(tmp_path) == index_folder(first / "claimgraph.nq")
    second = publish_quads(tmp_path, "b")
    assert build_index(tmp_path) == index_folder(second / "claimgraph.nq")


def test_the_versions_of_a_build_share_one_user_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = publish_quads(tmp_path / "build", "a")
    second = publish_quads(tmp_path / "build", "b")
    shared = cache_folder(tmp_path / "build" / "claimgraph.nq")
    assert cache_folder(first / "claimgraph.nq") == cache_folder(second / "claimgraph.nq") == shared
    assert cache_folder(tmp_path / "other" / "claimgraph.nq") != shared
