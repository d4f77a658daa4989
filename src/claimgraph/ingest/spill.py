"""Ingest for builds of any size: records spilled to disk, papers read back in id order.

:func:`claimgraph.ingest.ingest` holds every paper. :func:`spill_ingest`
reads the same records with the same deduplication, but holds only a
:class:`~claimgraph.ingest.dedup.GroupIndex` (digests of each paper's keys,
about 300 bytes a paper): each record goes to the bucket file of its paper
(papers numbered in first-seen order, ``run_papers`` to a bucket). Then one
bucket at a time is merged (:func:`~claimgraph.ingest.dedup.merge`, in
record order, as the Deduplicator does) and written back sorted by id as a
run; :meth:`SpilledIngest.papers` merges the runs. At most one bucket's
records are held at once.
"""

from __future__ import annotations

import heapq
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from claimgraph.ingest import PathLike, ProblemHandler, ProgressHandler, RepairHandler, iter_records
from claimgraph.ingest.dedup import GroupIndex, merge
from claimgraph.ingest.model import Paper, Problem, Repair
from claimgraph.ingest.serialize import paper_from_dict, paper_to_dict

#: Bucket files open at once while records are spilled (more are closed and reopened to append).
OPEN_BUCKETS = 128


@dataclass(frozen=True)
class Reading:
    """Inputs to ingest within a build, and the options of :func:`claimgraph.ingest.iter_records` but progress."""

    inputs: tuple[PathLike, ...]
    format: str | None = None
    strict: bool = False
    on_problem: ProblemHandler | None = None
    on_repair: RepairHandler | None = None


@dataclass(frozen=True)
class SpilledIngest:
    """What :func:`spill_ingest` read: the counts of an :class:`~claimgraph.ingest.IngestResult` and the runs.

    ``count`` is the number of unique papers, ``held`` the most records held
    at once (the largest bucket).
    """

    count: int
    problems: tuple[Problem, ...]
    records: int
    duplicates: int
    repairs: tuple[Repair, ...] = ()
    runs: tuple[Path, ...] = field(default=(), repr=False)
    held: int = 0

    def papers(self) -> Iterator[Paper]:
        """The unique papers sorted by id (papers of the same id in first-seen order), read from the runs."""
        for _, _, paper in heapq.merge(*(_read_run(path) for path in self.runs), key=lambda item: item[:2]):
            yield paper_from_dict(paper)


def _read_run(path: Path) -> Iterator[tuple[str, int, dict]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            paper_id, number, paper = json.loads(line)
            yield paper_id, number, paper


class _Buckets:
    """Append-only bucket files, a bounded number open at once."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.written: set[int] = set()
        self._open: dict[int, IO[str]] = {}

    def path(self, bucket: int) -> Path:
        return self.folder / f"bucket-{bucket:06d}.jsonl"

    def write(self, bucket: int, line: str) -> None:
        handle = self._open.get(bucket)
        if handle is None:
            if len(self._open) >= OPEN_BUCKETS:
                self.close()
            handle = self._open[bucket] = self.path(bucket).open("a", encoding="utf-8")
            self.written.add(bucket)
        handle.write(line)

    def close(self) -> None:
        for handle in self._open.values():
            handle.close()
        self._open = {}


def spill_ingest(
    reading: Reading,
    folder: str | os.PathLike[str],
    *,
    run_papers: int = 10_000,
    progress: ProgressHandler | None = None,
) -> SpilledIngest:
    """Ingest ``reading``'s inputs into run files in ``folder`` (created) and return what was read.

    The papers, counts, problems and repairs are those of
    :func:`claimgraph.ingest.ingest` on the same inputs; the papers are read
    back with :meth:`SpilledIngest.papers`, sorted by id.

    Parameters
    ----------
    reading : Reading
        The inputs and the options of :func:`claimgraph.ingest.iter_records`.
    folder : path-like
        Where the buckets and runs go (the caller removes it).
    run_papers : int
        Papers to a bucket, and so to a run: the most papers held at once.
    progress : callable, optional
        ``progress(done_bytes, total_bytes)`` as :func:`claimgraph.ingest.iter_records` reads.

    Raises
    ------
    InputError
        As :func:`claimgraph.ingest.ingest`.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    problems: list[Problem] = []
    repairs: list[Repair] = []
    records = iter_records(
        reading.inputs,
        format=reading.format,
        strict=reading.strict,
        on_problem=_collecting(problems, reading.on_problem),
        on_repair=_collecting(repairs, reading.on_repair),
        progress=progress,
    )
    index = GroupIndex()
    buckets = _Buckets(out)
    try:
        for paper in records:
            number = index.add(paper)
            buckets.write(number // run_papers, json.dumps([number, paper_to_dict(paper)], ensure_ascii=False) + "\n")
    finally:
        buckets.close()
    runs, held = [], 0
    for bucket in sorted(buckets.written):
        held = max(held, _write_run(buckets.path(bucket), out / f"run-{bucket:06d}.jsonl"))
        runs.append(out / f"run-{bucket:06d}.jsonl")
    counts = (index.records, index.duplicates, tuple(repairs))
    return SpilledIngest(len(index), tuple(problems), *counts, runs=tuple(runs), held=held)


def _collecting(into: list, then: Callable | None) -> Callable:
    def collect(item) -> None:
        into.append(item)
        if then is not None:
            then(item)

    return collect


def _write_run(bucket: Path, run: Path) -> int:
    """Merge the records of each paper of ``bucket``, write the papers to ``run`` sorted by id; return the records."""
    papers: dict[int, Paper] = {}
    records = 0
    with bucket.open(encoding="utf-8") as handle:
        for line in handle:
            number, record = json.loads(line)
            paper = paper_from_dict(record)
            papers[number] = merge(papers[number], paper) if number in papers else paper
            records += 1
    bucket.unlink()
    ordered = sorted(papers.items(), key=lambda item: (item[1].id, item[0]))
    with run.open("w", encoding="utf-8") as out:
        for number, paper in ordered:
            out.write(json.dumps([paper.id, number, paper_to_dict(paper)], ensure_ascii=False) + "\n")
    return records


def sorted_papers(papers: Iterable[Paper]) -> list[Paper]:
    """Papers held in memory (an IngestResult's) in the order of :meth:`SpilledIngest.papers`."""
    return sorted(papers, key=lambda paper: paper.id)
