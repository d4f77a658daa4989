"""Where a build's work runs: :func:`auto_jobs` chooses the number of worker processes, and :func:`cluster`
connects to a Dask scheduler whose workers run this claimgraph."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimgraph.build_folder.manifest import extractor_fingerprint

if TYPE_CHECKING:
    from distributed import Client

    from claimgraph.cluster import Scheduler

#: Papers from which ``jobs=0`` starts worker processes.
PARALLEL_FROM = 2000


def auto_jobs(jobs: int, papers: int) -> int:
    """Return ``jobs``, or for 0 one per CPU when there are :data:`PARALLEL_FROM` papers or more, else 1.

    Examples
    --------
    >>> auto_jobs(3, 10), auto_jobs(0, 10)
    (3, 1)
    """
    if jobs > 0:
        return jobs
    return max(1, os.cpu_count() or 1) if papers >= PARALLEL_FROM else 1


@contextlib.contextmanager
def cluster(scheduler: Scheduler | None) -> Iterator[Client | None]:
    """A client of ``scheduler`` whose workers run this claimgraph, or None without a scheduler."""
    if scheduler is None:
        yield None
        return
    from claimgraph.cluster import check_workers, connect

    with connect(scheduler) as client:
        check_workers(client, extractor_fingerprint)
        yield client
