"""The compiled export modules (setup.py, Cython) are the Python source, compiled: same output.

Where the installed package has compiled modules, the seeds graph is exported
once by them and once, in a subprocess, by the plain ``.py`` files next to
them, and every format must be byte-identical. ``CLAIMGRAPH_EXPECT_COMPILED=1``
(set by ``.ci/run``) makes a missing compilation a failure instead of a skip.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimgraph
from claimgraph.build import build
from claimgraph.export import compiled_modules, export_graph
from claimgraph.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
ALL_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld")

#: Run in a subprocess: import the export modules from their .py files, then export a saved build.
PLAIN_EXPORT = """
import importlib.machinery, importlib.util, os, sys

class SourceFirst(importlib.machinery.PathFinder):
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        spec = super().find_spec(name, path, target)
        if name.startswith("claimgraph.export.") and spec is not None and not spec.origin.endswith(".py"):
            source = os.path.join(os.path.dirname(spec.origin), name.rsplit(".", 1)[1] + ".py")
            spec = importlib.util.spec_from_file_location(name, source)
        return spec

sys.meta_path.insert(0, SourceFirst)
import claimgraph
from claimgraph.export import compiled_modules, export_graph
assert compiled_modules() == [], compiled_modules()
export_graph(claimgraph.load(sys.argv[1]), sys.argv[2], formats=sys.argv[3].split(","))
"""


def listed_modules() -> list[str]:
    """``COMPILED_MODULES`` of setup.py, read without running it."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(getattr(target, "id", None) == "COMPILED_MODULES" for target in targets):
                return sorted(ast.literal_eval(node.value))
    raise AssertionError("setup.py has no COMPILED_MODULES")


def test_setup_lists_existing_export_modules():
    names = listed_modules()
    assert names and all(name.startswith("claimgraph.export.") for name in names)
    for name in names:
        assert (ROOT / "src" / (name.replace(".", "/") + ".py")).is_file(), name


def test_compiled_modules_are_the_listed_ones():
    compiled = compiled_modules()
    if not compiled:
        if os.environ.get("CLAIMGRAPH_EXPECT_COMPILED") == "1":
            pytest.fail("CLAIMGRAPH_EXPECT_COMPILED=1 but the export modules are plain Python")
        pytest.skip("plain Python install (editable, or built without a C compiler)")
    assert compiled == listed_modules()


def test_compiled_and_plain_modules_write_the_same_bytes(tmp_path):
    if not compiled_modules():
        pytest.skip("plain Python install: the other tests already run the .py modules")
    saved = tmp_path / "build"
    build(ingest([ROOT / "seeds"]), saved, formats=("nq",))
    graph = claimgraph.load(saved)
    compiled_out, plain_out = tmp_path / "compiled", tmp_path / "plain"
    written = export_graph(graph, compiled_out, formats=ALL_FORMATS)
    subprocess.run(
        [sys.executable, "-c", PLAIN_EXPORT, str(saved), str(plain_out), ",".join(ALL_FORMATS)],
        check=True,
        cwd=tmp_path,
    )
    for name, path in written.items():
        assert path.read_bytes() == (plain_out / path.name).read_bytes(), f"{name} differs"
