"""Score the extractor on the annotated splits of ``tests/data`` and pin the counts.

Splits (all seed papers, annotated by ``../shared/annotation-guide.md``):

- ``gold.jsonl``: the first 50 papers, the set the rules were developed on;
- ``dev.jsonl``: 30 more papers for reading errors and tuning;
- ``test.jsonl``: 80 papers annotated before the extractor was run on them and
  never tuned on; only its numbers count.

``python benchmarks/accuracy.py`` prints P/R/F1 per row and split;
``--write`` rewrites ``tests/data/accuracy_snapshot.json``, the exact tp / fp /
fn that ``tests/evaluate/test_accuracy_snapshot.py`` pins, so that any change
of accuracy shows up in a diff and is updated on purpose.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SPLITS = ("gold", "dev", "test")
SNAPSHOT = DATA / "accuracy_snapshot.json"


def measure(splits: tuple[str, ...] = SPLITS) -> dict[str, dict]:
    """Extract the seed papers once and score each split: split -> row -> counts and accuracies."""
    from claimgraph.evaluate import evaluate, load_annotations, parse_paper
    from claimgraph.extract import extract
    from claimgraph.extract.jsonl import to_record
    from claimgraph.ingest import ingest

    papers = ingest([ROOT / "seeds"]).papers
    predicted = tuple(parse_paper(to_record(e)) for e in extract(papers))
    scores = {}
    for split in splits:
        report = evaluate(load_annotations(DATA / f"{split}.jsonl"), predicted).as_dict()
        rows = {name: {k: row[k] for k in ("tp", "fp", "fn")} for name, row in report["rows"].items()}
        pairs = {
            name: {k: row[k] for k in ("correct", "total")}
            for name, row in report["claim_matched_pairs"].items()
            if "correct" in row
        }
        scores[split] = {"rows": rows, "claim_matched_pairs": pairs}
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {SNAPSHOT.relative_to(ROOT)}")
    parser.add_argument("--splits", default=",".join(SPLITS), help="comma-separated splits to score (default: all)")
    args = parser.parse_args()
    splits = tuple(args.splits.split(","))
    if args.write and splits != SPLITS:
        parser.error("--write scores every split")
    scores = measure(splits)
    for split, data in scores.items():
        print(f"## {split}")
        for name, c in data["rows"].items():
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{name:14} tp {c['tp']:4} fp {c['fp']:4} fn {c['fn']:4}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
        for name, a in data["claim_matched_pairs"].items():
            print(f"claim {name:8} {a['correct']}/{a['total']} = {a['correct'] / a['total']:.3f}" if a["total"] else name)
    if args.write:
        SNAPSHOT.write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {SNAPSHOT}")


if __name__ == "__main__":
    main()
