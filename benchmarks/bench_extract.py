"""Extraction throughput and peak memory (issue: speed of the extract stage).

Prints, for the same N real recent abstracts (a seeded sample of
``../shared/data/realabs``, each text once; ``--corpus scirex`` for texts cut
from SciREX papers instead; see ``corpus.py``):

- spaCy's bare tokenizer (the floor for any spaCy pipeline),
- ``extract(..., jobs=1)`` and ``extract(..., jobs=2)``,

each in a fresh process (so no run warms another's caches): abstracts/s,
words/s, seconds and peak resident memory. Building the pipeline is start-up,
timed apart (its column) in every mode: with ``jobs=2`` the parent builds it
once and the forked workers inherit it.

Usage: ``python benchmarks/bench_extract.py [--count 5000] [--corpus realabs|scirex] [--data-dir ../shared/data]``
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_DATA, real_abstracts, scirex_abstracts  # noqa: E402

CORPORA = {"realabs": real_abstracts, "scirex": scirex_abstracts}


def run_mode(mode: str, count: int, data_dir: Path, corpus: str) -> dict:
    papers = CORPORA[corpus](count, data_dir)
    words = sum(len(p.title.split()) + len(p.abstract.split()) for p in papers)
    if mode == "tokenizer":
        from claimgraph.extract.pipeline import build_pipeline

        built = time.perf_counter()
        tokenizer = build_pipeline().tokenizer
        startup = time.perf_counter() - built
        started = time.perf_counter()
        for _ in tokenizer.pipe(f"{p.title} {p.abstract}" for p in papers):
            pass
    else:
        from claimgraph.extract import extract
        from claimgraph.extract.pipeline import shared_pipeline

        jobs = int(mode.split("=")[1])
        built = time.perf_counter()
        shared_pipeline()  # start-up, not throughput: built here once (forked workers inherit it)
        startup = time.perf_counter() - built
        started = time.perf_counter()
        for _ in extract(papers, jobs=jobs):
            pass
    seconds = time.perf_counter() - started
    peak_kb = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    return {
        "mode": mode,
        "texts": len(papers),
        "words": words,
        "seconds": round(seconds, 3),
        "startup_s": round(startup, 3),
        "abstracts_per_s": round(len(papers) / seconds, 1),
        "words_per_s": round(words / seconds),
        "peak_mb": round(peak_kb / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="realabs")
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.count, args.data_dir, args.corpus)))
        return
    rows = []
    for mode in ("tokenizer", "jobs=1", "jobs=2"):
        output = subprocess.run(
            [sys.executable, __file__, "--mode", mode, "--count", str(args.count), "--data-dir", str(args.data_dir)]
            + ["--corpus", args.corpus],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
    header = ("mode", "texts", "seconds", "abstracts/s", "words/s", "peak MB", "start-up s")
    widths = (6, 8, 12, 10, 8, 10)
    print(f"{header[0]:<10} " + " ".join(f"{name:>{width}}" for name, width in zip(header[1:], widths, strict=True)))
    for row in rows:
        print(
            f"{row['mode']:<10} {row['texts']:>6} {row['seconds']:>8} {row['abstracts_per_s']:>12} "
            f"{row['words_per_s']:>10} {row['peak_mb']:>8} {row['startup_s']:>10}"
        )
    floor = rows[0]["seconds"]
    one, two = rows[1], rows[2]
    print(
        f"jobs=1 takes {one['seconds'] / floor:.1f}x the bare tokenizer's time; "
        f"jobs=2 scales {one['seconds'] / two['seconds']:.2f}x over jobs=1 "
        f"({(one['seconds'] + one['startup_s']) / (two['seconds'] + two['startup_s']):.2f}x with start-up)"
    )


if __name__ == "__main__":
    main()
