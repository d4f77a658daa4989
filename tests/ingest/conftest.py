"""Shared paths and the once-per-session ingest of the seed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest import IngestResult, ingest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"


@pytest.fixture(scope="session")
def seeds_result() -> IngestResult:
    return ingest([SEEDS])


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
