"""The extractor's exact tp / fp / fn on the annotated splits, pinned.

A change of accuracy, better or worse, fails here until the snapshot is
rewritten on purpose with ``python benchmarks/accuracy.py --write`` (and the
diff of ``tests/data/accuracy_snapshot.json`` shows what moved).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _accuracy_module():
    spec = importlib.util.spec_from_file_location("accuracy_benchmark", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_on_dev_and_test_splits_match_the_snapshot():
    accuracy = _accuracy_module()
    pinned = json.loads(accuracy.SNAPSHOT.read_text(encoding="utf-8"))
    assert accuracy.measure() == pinned


def test_splits_do_not_overlap():
    ids = {}
    for split in ("gold", "dev", "test"):
        lines = (ROOT / "tests" / "data" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        ids[split] = {json.loads(line)["id"] for line in lines if line.strip()}
    assert not ids["test"] & (ids["gold"] | ids["dev"])
    assert not ids["gold"] & ids["dev"]
    assert len(ids["gold"]) + len(ids["dev"]) + len(ids["test"]) >= 150


def test_accuracy_page_shows_the_snapshot():
    accuracy = _accuracy_module()
    pinned = json.loads(accuracy.SNAPSHOT.read_text(encoding="utf-8"))
    page = accuracy.PAGE.read_text(encoding="utf-8")
    assert accuracy.render_page(page, pinned) == page, "run: python benchmarks/accuracy.py --write"
