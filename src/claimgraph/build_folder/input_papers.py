"""The ingest stage: the papers read now, sorted by id (held ones sorted, or the records of a
:class:`~claimgraph.ingest.spill.Reading` spilled and read back), merged with those of an earlier build under
``update`` and spilled to shards (:func:`spill_input`), hashing each paper's text on the way."""

from __future__ import annotations

import heapq
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from operator import itemgetter
from pathlib import Path

from claimgraph.build_folder.manifest import paper_hash
from claimgraph.build_folder.stages import Stages
from claimgraph.ingest import IngestResult
from claimgraph.ingest.model import Paper
from claimgraph.ingest.spill import Reading, SpilledIngest, sorted_papers, spill_ingest
from claimgraph.shard_files import Shard, spill_papers


def spill_input(
    stages: Stages, ingested: IngestResult | Reading, previous: Iterable[Paper], work: Path, shard_size: int
) -> tuple[IngestResult | SpilledIngest, list[Shard], dict[str, str]]:
    """Run the ingest stage: what was read, the shards of ``shard_size`` papers spilled to ``work`` (the papers of
    ``ingested`` merged with the ``previous`` ones), and the :func:`~.manifest.paper_hash` of every paper by id."""
    paper_hashes: dict[str, str] = {}  # held: a paper's id and its text's hash (about 150 bytes)
    with stages.stage("ingest", 0) as advance:
        ingested, current = current_papers(ingested, work / "ingest", shard_size, advance)
        merged = merged_papers(previous, current)
        shards = spill_papers(hashed(merged, paper_hashes), work, shard_size)
        shutil.rmtree(work / "ingest", ignore_errors=True)
    return ingested, shards, paper_hashes


def hashed(papers: Iterable[Paper], hashes: dict[str, str]) -> Iterator[Paper]:
    """``papers``, putting the :func:`~.manifest.paper_hash` of each in ``hashes`` as it goes by."""
    for paper in papers:
        hashes[paper.id] = paper_hash(paper)
        yield paper


def current_papers(
    ingested: IngestResult | Reading, folder: Path, run_papers: int, advance: Callable[[int, int], None]
) -> tuple[IngestResult | SpilledIngest, Iterator[Paper]]:
    """The papers read now, sorted by id: held ones sorted, or ``ingested``'s inputs spilled to ``folder``."""
    if isinstance(ingested, IngestResult):
        return ingested, iter(sorted_papers(ingested.papers))
    seen = 0

    def read(done: int, total: int) -> None:
        nonlocal seen
        advance(done - seen, total)
        seen = done

    spilled = spill_ingest(ingested, folder, run_papers=run_papers, progress=read)
    return spilled, spilled.papers()


def merged_papers(previous: Iterable[Paper], current: Iterable[Paper]) -> Iterator[Paper]:
    """The papers of an earlier build and of this one, both sorted by id, as one run sorted by id.

    A paper read now replaces the earlier one of its id (and, of two read now,
    the later replaces the earlier) and keeps the sources of both.
    """
    tagged = heapq.merge(((p.id, 0, p) for p in previous), ((p.id, 1, p) for p in current), key=itemgetter(0, 1))
    kept: Paper | None = None
    for paper_id, _, paper in tagged:
        if kept is not None and kept.id == paper_id:
            paper = replace(paper, sources=tuple(dict.fromkeys(kept.sources + paper.sources)))
        elif kept is not None:
            yield kept
        kept = paper
    if kept is not None:
        yield kept
