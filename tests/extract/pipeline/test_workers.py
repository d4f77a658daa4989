"""extract/pipeline/workers.py: local workers inherit the parent's pipeline instead of building their own."""

from __future__ import annotations

import multiprocessing

from claimgraph.extract.pipeline import shared_pipeline, workers


def _worker_pipeline(_: int) -> tuple[bool, int]:
    """Whether the worker runs the inherited pipeline, and how many pipelines its process has built."""
    return workers._NLP is shared_pipeline(), shared_pipeline.cache_info().misses


def test_forked_workers_reuse_the_parents_pipeline():
    list(workers.extract_parallel([], jobs=1, chunk_size=4, progress=None))  # builds it here, once
    built_here = shared_pipeline.cache_info().misses
    assert shared_pipeline.cache_info().currsize == 1
    with multiprocessing.get_context("fork").Pool(2, initializer=workers._init_worker) as pool:
        assert pool.map(_worker_pipeline, range(2)) == [(True, built_here), (True, built_here)]
