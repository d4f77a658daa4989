"""The extractor's exact tp / fp / fn on the annotated splits, pinned.

A change of accuracy, better or worse, fails here until the snapshot is
rewritten on purpose with ``python benchmarks/accuracy.py --write`` (and the
diff of ``tests/data/accuracy_snapshot.json`` shows what moved).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _accuracy_module():
    spec = importlib.util.spec_from_file_location("accuracy_benchmark", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_on_the_seed_splits_match_the_snapshot():
    accuracy = _accuracy_module()
    pinned = json.loads(accuracy.SNAPSHOT.read_text(encoding="utf-8"))
    measured = accuracy.measure(accuracy.SEED_SPLITS)
    assert measured == {split: pinned[split] for split in accuracy.SEED_SPLITS}


def test_counts_on_the_recent_splits_match_the_snapshot():
    accuracy = _accuracy_module()
    if not accuracy.REALABS.is_file():
        pytest.skip(f"the recent splits' texts are read from {accuracy.REALABS}")
    pinned = json.loads(accuracy.SNAPSHOT.read_text(encoding="utf-8"))
    measured = accuracy.measure(accuracy.RECENT_SPLITS)
    assert measured == {split: pinned[split] for split in accuracy.RECENT_SPLITS}


def test_splits_do_not_overlap():
    accuracy = _accuracy_module()
    ids = {}
    for split in accuracy.SPLITS:
        lines = (ROOT / "tests" / "data" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        ids[split] = {json.loads(line)["id"] for line in lines if line.strip()}
    for split in accuracy.SPLITS:
        others = set().union(*(ids[other] for other in accuracy.SPLITS if other != split))
        assert not ids[split] & others, split
    assert len(ids["gold"]) + len(ids["dev"]) + len(ids["test"]) >= 150


def test_accuracy_page_shows_the_snapshot():
    accuracy = _accuracy_module()
    pinned = json.loads(accuracy.SNAPSHOT.read_text(encoding="utf-8"))
    page = accuracy.PAGE.read_text(encoding="utf-8")
    assert accuracy.render_page(page, pinned) == page, "run: python benchmarks/accuracy.py --write"
