"""The HTML view is self-contained, its data blob parses, and it is deterministic."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.graph import write_node_link
from claimgraph.view import render_html, view_data, write_html

BLOB = re.compile(r'<script type="application/json" id="cg-data">(.*?)</script>', re.DOTALL)
EVIL = '</script><script>alert(1)</script><img src="https://example.com/x.png"> & \u2028'


def _blob(page: str) -> dict:
    found = BLOB.findall(page)
    assert len(found) == 1
    return json.loads(found[0])


def test_page_is_self_contained(toy):
    toy.add_node("Model:evil", kind="Model", label=EVIL, aliases=[EVIL], paper_count=1)
    toy.add_edge("paper:p1", "Model:evil", key="mentions|p1", relation="mentions", paper="p1", mentions=[])
    page = render_html(toy, title="Toy <graph>")
    assert page.startswith("<!DOCTYPE html>")
    # nothing is fetched: no external src/href, no stylesheet link, no CSS import or url()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?(?:https?:)?//", page, re.IGNORECASE)
    assert "default-src 'none'" in page
    # the hostile label is data, never markup: exactly the page's own three scripts
    assert page.count("</script>") == 3 and page.count("<script") == 3
    assert "<title>Toy &lt;graph&gt;</title>" in page
    data = _blob(page)
    evil = next(n for n in data["nodes"] if n["id"] == "Model:evil")
    assert evil["label"] == EVIL


def test_data_blob_content(toy):
    data = _blob(render_html(toy))
    assert data["kinds"] == ["Paper", "Model", "Method", "Dataset", "Metric", "Task"]
    assert len(data["nodes"]) == 4 + 11 and data["note"] == ""
    ids = [n["id"] for n in data["nodes"]]
    assert "claim:p1:0" not in ids  # claims are in the side panel, not nodes
    alpha = next(n for n in data["nodes"] if n["id"] == "Model:alpha")
    assert alpha["papers"] == ["p1", "p2", "p4"]
    assert alpha["claims"] == [["claim:p1:0", "subject"]]
    assert data["claims"]["claim:p1:0"]["text"] == "Alpha reaches 81.5% accuracy on Bench."
    assert {r["relation"] for r in alpha["relations"]} == {"outperforms", "evaluated_on"}
    assert all(0 <= n["x"] <= 1000 and 0 <= n["y"] <= 1000 for n in data["nodes"])
    relations = {(ids[e[0]], ids[e[1]], e[2]): e[3] for e in data["edges"]}
    assert relations["Method:gamma", "Method:delta", "outperforms"] == 2


def test_cap_and_kinds(toy):
    data = view_data(toy, max_nodes=3)
    assert len(data["nodes"]) == 3 and "3 nodes of highest degree out of 15" in data["note"]
    # degrees: paper p4 8 (mentions); Bench, Gamma, Alpha 7 each (ties by key)
    assert {n["id"] for n in data["nodes"]} == {"paper:p4", "Dataset:bench", "Method:gamma"}
    entities = view_data(toy, kinds=("Model", "Dataset"))
    assert {n["kind"] for n in entities["nodes"]} == {"Model", "Dataset"}
    for bad in ("Author", "Claim"):
        with pytest.raises(ValueError, match="cannot draw node kinds"):
            view_data(toy, kinds=(bad,))


def test_deterministic(toy, tmp_path):
    first = write_html(toy, tmp_path / "a.html").read_text()
    assert first == render_html(toy) == render_html(toy.copy())
    assert render_html(toy, seed=1) != first


def test_same_page_under_any_string_hash_seed(toy, tmp_path):
    for key, kind in (("Model:solo-a", "Model"), ("Model:solo-b", "Model"), ("Dataset:solo-c", "Dataset")):
        toy.add_node(key, kind=kind, label=key)  # a small component apart from the toy's
    toy.add_edge("Model:solo-a", "Dataset:solo-c", relation="evaluated_on", paper="p1")
    toy.add_edge("Model:solo-b", "Dataset:solo-c", relation="evaluated_on", paper="p1")
    path = write_node_link(toy, tmp_path / "graph.json")
    code = f"import claimgraph, claimgraph.view as v; print(v.render_html(claimgraph.load({str(path)!r})))"
    pages = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "2", "3")
    }
    assert len(pages) == 1


def test_view_command(toy, tmp_path):
    write_node_link(toy, tmp_path / "build" / "graph.json")
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["view", str(tmp_path / "build"), "-o", str(out), "--title", "toy"])
    assert result.exit_code == 0, result.output
    assert _blob(out.read_text())["title"] == "toy"
    result = CliRunner().invoke(
        main, ["view", str(tmp_path / "build"), "-o", str(out), "--no-papers", "--max-nodes", "2"]
    )
    assert result.exit_code == 0 and len(_blob(out.read_text())["nodes"]) == 2
    missing = CliRunner().invoke(main, ["view", str(tmp_path / "nope"), "-o", str(tmp_path / "x.html")])
    assert missing.exit_code == 1 and "no such build folder" in missing.output
    assert not (tmp_path / "x.html").exists()
