"""Ctrl-C: exit code 130, one line, no traceback from the main process or its workers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph.export import export_graph
from claimgraph.ingest import ingest
from tests.graph_fixture import build_fixture_graph

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds worker processes in /proc")


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def interrupt_when(process: subprocess.Popen, ready, wait: float = 60) -> tuple[int, str]:
    """Send Ctrl-C to the process group (as a terminal does) once ``ready()``; return exit code and stderr."""
    deadline = time.monotonic() + wait
    while not ready() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
    assert process.poll() is None, "finished before it could be interrupted"
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=wait)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    return process.returncode, stderr


def start(*args: str, cwd: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "claimgraph", *args]
    return subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def test_ctrl_c_during_a_parallel_build(tmp_path):
    seeds = ingest([ROOT / "seeds"]).papers
    listing = tmp_path / "many.jsonl"
    with listing.open("w", encoding="utf-8") as handle:
        for number in range(3000):
            paper = seeds[number % len(seeds)]
            handle.write(json.dumps({"title": f"{paper.title} ({number})", "abstract": paper.abstract}) + "\n")
    process = start("build", str(listing), "-o", str(tmp_path / "out"), "-j", "2", cwd=tmp_path)
    code, stderr = interrupt_when(process, lambda: len(children(process.pid)) >= 2)
    assert code == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert stderr.strip().splitlines()[-1] == "interrupted" and len(stderr.strip().splitlines()) <= 2


def test_ctrl_c_during_a_query_stops_its_process(tmp_path):
    export_graph(build_fixture_graph(), tmp_path, formats=("nq",))
    cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    process = start("query", "--data", str(tmp_path), "--timeout", "60", cartesian, cwd=tmp_path)
    query_process = []

    def running() -> bool:
        query_process[:] = children(process.pid)
        return bool(query_process)

    code, stderr = interrupt_when(process, running)
    lines = [line for line in stderr.strip().splitlines() if not line.startswith("making the query index")]
    assert code == 130 and lines == ["interrupted"]
    assert not Path(f"/proc/{query_process[0]}").exists() or "Z" in Path(f"/proc/{query_process[0]}/stat").read_text()
