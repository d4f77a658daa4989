"""``extract(..., jobs=N)`` and ``extract(..., scheduler=...)``: workers that build the pipeline at most once.

Local workers are forked from the parent after it has built the pipeline, and
share it copy-on-write; a Dask worker thread builds its own on first use.
Workers (a local process pool, or the workers of a Dask cluster) receive chunks
of papers and return their extractions as JSON lines (cheaper to send between
processes than pickled dataclasses); the parent rebuilds the :class:`Extraction`
records. Chunks come back in input order, so the output equals one job's.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from claimgraph.extract.jsonl import dumps, from_record
from claimgraph.extract.model import Extraction
from claimgraph.ingest.model import Paper

if TYPE_CHECKING:
    from distributed import Client

_NLP = None
_THREAD = threading.local()  # a Dask worker thread's own pipeline


def _init_worker() -> None:
    global _NLP
    from claimgraph.extract.pipeline import shared_pipeline

    _NLP = shared_pipeline()  # forked: the parent's pipeline, shared copy-on-write


def _run_chunk(chunk: list[Paper]) -> list[str]:
    from claimgraph.extract import extract_docs

    return [dumps(extraction) for extraction in extract_docs(_NLP, chunk)]


def _run_chunk_on_cluster(chunk: list[Paper]) -> list[str]:
    """:func:`_run_chunk` in a Dask worker thread, with the thread's pipeline (built on first use)."""
    from claimgraph.extract import extract_docs
    from claimgraph.extract.pipeline import build_pipeline

    if getattr(_THREAD, "nlp", None) is None:
        _THREAD.nlp = build_pipeline()
    return [dumps(extraction) for extraction in extract_docs(_THREAD.nlp, chunk)]


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
    """Extract with ``jobs`` worker processes, yielding in input order.

    The pipeline is built once, here, before the workers are forked: they
    inherit it instead of each building their own.
    """
    from claimgraph.extract.pipeline import shared_pipeline

    shared_pipeline()
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker) as pool:
        yield from _extractions(pool.imap(_run_chunk, _chunks(papers, chunk_size)), progress)


def extract_on_cluster(
    papers: Iterable[Paper],
    *,
    client: Client,
    chunk_size: int,
    progress: Callable[[int], None] | None,
) -> Iterator[Extraction]:
    """Extract on the workers of a Dask cluster, yielding in input order."""
    from claimgraph.cluster import ordered_map

    yield from _extractions(ordered_map(client, _run_chunk_on_cluster, _chunks(papers, chunk_size)), progress)


def _extractions(chunks: Iterable[list[str]], progress: Callable[[int], None] | None) -> Iterator[Extraction]:
    """The extractions of chunks of JSON lines, reporting each chunk's papers as done."""
    for lines in chunks:
        yield from (from_record(json.loads(line)) for line in lines)
        if progress is not None:
            progress(len(lines))
