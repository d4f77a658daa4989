"""``extract(..., jobs=N)``: a pool of workers that each build the pipeline once.

Workers receive chunks of papers and return their extractions as JSON lines
(cheaper to send between processes than pickled dataclasses); the parent
rebuilds the :class:`Extraction` records. Chunks come back in input order, so
the output equals one job's.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
from collections.abc import Callable, Iterable, Iterator

from claimgraph.extract.jsonl import dumps, from_record
from claimgraph.extract.model import Extraction
from claimgraph.ingest.model import Paper

_NLP = None


def _init_worker() -> None:
    global _NLP
    from claimgraph.extract.pipeline import build_pipeline

    _NLP = build_pipeline()


def _run_chunk(chunk: list[Paper]) -> list[str]:
    from claimgraph.extract import extract_docs

    return [dumps(extraction) for extraction in extract_docs(_NLP, chunk)]


def _chunks(papers: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    iterator = iter(papers)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def extract_parallel(
    papers: Iterable[Paper],
    *,
    jobs: int,
    chunk_size: int,
    progress: Callable[[int], None] | None,
) -> Iterator[Extraction]:
    """Extract with ``jobs`` worker processes, yielding in input order."""
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker) as pool:
        for results in pool.imap(_run_chunk, _chunks(papers, chunk_size)):
            yield from (from_record(json.loads(line)) for line in results)
            if progress is not None:
                progress(len(results))
