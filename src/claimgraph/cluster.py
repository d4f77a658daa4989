"""Build work on a Dask distributed cluster (``claimgraph build --scheduler ADDRESS``).

Extraction chunks and export units run as tasks on the cluster's workers; their
results come back to this process in input order, so the files are the same as a
local build's. Dask is an optional extra (``pip install "claimgraph[dask]"``),
imported only when a scheduler is given.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from claimgraph.errors import ConfigError

if TYPE_CHECKING:
    from distributed import Client

#: A scheduler address (``tcp://host:8786``) or a connected ``distributed.Client``.
Scheduler: TypeAlias = "str | Client"

Result = TypeVar("Result")

#: Seconds to wait for the scheduler to answer.
CONNECT_TIMEOUT = 30


@contextlib.contextmanager
def connect(scheduler: Scheduler) -> Iterator[Client]:
    """A client of ``scheduler``: the given client itself, or a new one to the address, closed on exit.

    Raises
    ------
    ConfigError
        When dask is not installed or the scheduler cannot be reached.
    """
    if not isinstance(scheduler, str):
        yield scheduler
        return
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError('a Dask scheduler needs dask: pip install "claimgraph[dask]"') from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler!r}: {error}") from None
    with client:
        yield client


def check_workers(client: Client, fingerprint: Callable[[], str]) -> None:
    """Check that the cluster has workers and that each computes the same ``fingerprint()`` as this process.

    Raises
    ------
    ConfigError
        When no worker is connected, or one runs another claimgraph (or none).
    """
    try:
        found = client.run(fingerprint)
    except Exception as error:  # a worker that cannot import claimgraph raises whatever the import raised
        raise ConfigError(f"the Dask workers cannot run claimgraph: {error}") from None
    if not found:
        raise ConfigError(f"the Dask scheduler at {client.scheduler.address} has no workers")
    expected = fingerprint()
    others = sorted(worker for worker, value in found.items() if value != expected)
    if others:
        raise ConfigError(
            f"Dask workers {', '.join(others)} run another claimgraph version or extractor than this one "
            f"({expected}); install the same claimgraph on every worker"
        )


def ordered_map(
    client: Client,
    function: Callable[..., Result],
    items: Iterable[Any],
    *,
    window: int | None = None,
    **shared: Any,
) -> Iterator[Result]:
    """Yield ``function(item, **shared)`` for each item, computed on the cluster, in input order.

    At most ``window`` tasks (default: two per worker thread) are submitted and
    not yet consumed at any time, so a long input never piles up on the cluster
    or in this process. ``shared`` values may be futures (e.g. scattered data),
    which the workers resolve. A task's exception is raised here.
    """
    window = window or max(2, 2 * sum(client.nthreads().values()))
    pending: deque = deque()
    for item in items:
        pending.append(client.submit(function, item, pure=False, **shared))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
