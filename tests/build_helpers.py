"""Helpers of the build tests (tests/test_build_folder.py, tests/test_build_shards.py)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from claimgraph.build_layout import current_build

COUNT_PAPERS = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a cg:Paper }"


def contents(folder: Path) -> dict[str, bytes]:
    """The files of the build in ``folder`` (hidden entries, such as the query index, are caches)."""
    version = current_build(folder)
    return {p.name: p.read_bytes() for p in sorted(version.iterdir()) if not p.name.startswith(".")}


def kill_when_ready(script: str, ready: Path) -> None:
    """Run ``script`` in a Python child process, wait until it creates ``ready``, then kill it with SIGTERM."""
    process = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), process.stderr.read().decode()
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == -signal.SIGTERM
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()
