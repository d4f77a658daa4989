"""Fixtures of the view tests: the toy graph, a seeds build, and headless Chromium."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.analysis.toy import build_toy_graph

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
_SELFTEST = re.compile(r'<pre id="cg-selftest"[^>]*>(.*?)</pre>', re.DOTALL)


@pytest.fixture()
def toy():
    """A fresh toy graph (tests/analysis/toy.py)."""
    return build_toy_graph()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """A build folder of the seed papers."""
    from claimgraph.build_folder import build
    from claimgraph.ingest import ingest

    folder = tmp_path_factory.mktemp("seeds") / "build"
    build(ingest([ROOT / "seeds"]), folder)
    return folder


class Browser:
    """Debian's Chromium, headless, with a throw-away profile."""

    def __init__(self, executable: Path, profile: Path):
        self.executable = executable
        self.profile = profile

    def run(self, url: str, *extra: str, timeout: float = 120) -> subprocess.CompletedProcess:
        command = [
            str(self.executable),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={self.profile}",
            "--virtual-time-budget=10000",
            *extra,
            url,
        ]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)

    def selftest(self, page: Path, query: str) -> dict:
        """Open ``page#selftest=<query>`` and return the page's JSON self-test report."""
        done = self.run(f"{page.resolve().as_uri()}#selftest={query}", "--dump-dom")
        found = _SELFTEST.search(done.stdout)
        assert found, f"no self-test report in the DOM (exit {done.returncode}):\n{done.stderr[-2000:]}"
        return json.loads(html.unescape(found.group(1)))

    def screenshot(self, page: Path, query: str, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        done = self.run(
            f"{page.resolve().as_uri()}#selftest={query}", f"--screenshot={target}", "--window-size=1200,800"
        )
        assert target.is_file(), f"no screenshot (exit {done.returncode}):\n{done.stderr[-2000:]}"
        return target


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """Headless Chromium; a missing browser fails under CI=true and skips elsewhere."""
    executable = CHROMIUM if CHROMIUM.is_file() else None
    if executable is None and shutil.which("chromium"):
        executable = Path(shutil.which("chromium"))
    if executable is None:
        message = "headless browser test needs Debian's chromium (apt-get install -y chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}: it is required in CI")
        pytest.skip(message)
    return Browser(executable, tmp_path_factory.mktemp("chromium-profile"))
