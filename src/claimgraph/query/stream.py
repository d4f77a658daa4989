"""Running a query within bounds: rows handed on as they come, a row limit, a time limit.

Oxigraph gives no way to stop a query, and a thread cannot be stopped either: a
cartesian product under ``COUNT`` or ``ORDER BY`` computes for minutes in
native code before its first row (it releases the GIL, so a thread waiting on
it could give up, but the work would go on, and so would its memory). A query
with a time limit therefore runs in a child process, forked so that it shares
the loaded store; its rows come back through a pipe while it runs, and at the
deadline the child is killed, which ends the work and frees its memory. A
query without a time limit runs here. Where ``fork`` does not exist (Windows)
the time limit is only checked between rows.

The row limit stops the query after ``limit`` rows (one more is computed, to
tell whether the answer was cut: :attr:`QueryStream.truncated`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
import rdflib

from claimgraph.errors import QueryError
from claimgraph.export.rdflib_bridge import rdflib_term

#: The command line's time limit in seconds (``--timeout``; the Python API has none unless asked).
DEFAULT_TIMEOUT = 60.0
#: The command line's row limit (``--limit``; the Python API has none unless asked).
DEFAULT_LIMIT = 10_000
#: Rows a child process holds for the pipe before it waits for the reader.
_BACKLOG = 4096

Value = rdflib.term.Identifier | None
Row = tuple[Value, ...]


class QueryTimeout(QueryError):
    """A query that ran out of time and was stopped."""


@dataclass
class QueryStream:
    """An answer being computed: its columns at once, its rows as they come.

    Attributes
    ----------
    columns : tuple of str
        Variable names (``SELECT``), ``("ask",)`` for ``ASK``, and
        ``("subject", "predicate", "object")`` for ``CONSTRUCT``/``DESCRIBE``.
    kind : str
        ``"select"``, ``"ask"`` or ``"graph"``.
    truncated : bool
        Set once the rows are read: True when the row limit cut the answer.
    source : Path or None
        The export file the query runs on.
    """

    columns: tuple[str, ...]
    kind: str
    rows: Iterator[Row] = field(repr=False)
    truncated: bool = False
    source: Path | None = None

    def __iter__(self) -> Iterator[Row]:
        return self.rows


def _value(term: object) -> Value:
    if term is None:
        return None
    try:
        return rdflib_term(term)  # type: ignore[arg-type]
    except TypeError:
        return rdflib.Literal(str(term))


def evaluate(store: pyoxigraph.Store, query_text: str, prefixes: dict[str, str], union: bool):
    """Start a query: return its columns, kind and an iterator of rows of rdflib terms.

    Raises
    ------
    QueryError
        When the query does not parse or fails (also while its rows are read).
    """
    try:
        answer = store.query(query_text, prefixes=prefixes, use_default_graph_as_union=union)
    except SyntaxError as error:
        raise QueryError(f"bad SPARQL: {error}") from error
    except (OSError, ValueError, TypeError, RuntimeError) as error:
        raise QueryError(f"query failed: {error}") from error
    if isinstance(answer, pyoxigraph.QueryBoolean):
        return ("ask",), "ask", iter([(rdflib.Literal(bool(answer)),)])
    if isinstance(answer, pyoxigraph.QuerySolutions):
        columns = tuple(v.value for v in answer.variables)
        rows = (tuple(_value(solution[i]) for i in range(len(columns))) for solution in answer)
        return columns, "select", _failing_as_query_error(rows)
    rows = ((_value(t.subject), _value(t.predicate), _value(t.object)) for t in answer)  # type: ignore[attr-defined]
    return ("subject", "predicate", "object"), "graph", _failing_as_query_error(rows)


def _failing_as_query_error(rows: Iterator[Row]) -> Iterator[Row]:
    try:
        yield from rows
    except (OSError, ValueError, TypeError, RuntimeError) as error:
        raise QueryError(f"query failed: {error}") from error


@contextlib.contextmanager
def run_bounded(
    store: pyoxigraph.Store,
    query_text: str,
    *,
    prefixes: dict[str, str],
    union: bool = True,
    timeout: float | None = None,
    limit: int | None = None,
) -> Iterator[QueryStream]:
    """Run a query over ``store`` for the ``with`` block, within ``timeout`` seconds and ``limit`` rows.

    ``None`` or 0 means no bound. Leaving the block stops the query (and its
    child process) whether or not every row was read.

    Raises
    ------
    QueryTimeout
        At the deadline (rows already handed on stay handed on).
    QueryError
        When the query does not parse or fails.
    """
    deadline = time.monotonic() + timeout if timeout else None
    if deadline is not None and "fork" in multiprocessing.get_all_start_methods():
        with _in_child(store, query_text, prefixes, union, limit, deadline, timeout) as stream:  # type: ignore[arg-type]
            yield stream
        return
    columns, kind, rows = evaluate(store, query_text, prefixes, union)
    stream = QueryStream(columns, kind, iter(()))
    stream.rows = _bounded(rows, stream, limit, deadline, timeout)
    yield stream


def _bounded(rows: Iterator[Row], stream: QueryStream, limit, deadline, timeout) -> Iterator[Row]:
    for count, row in enumerate(rows):
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeout(_timeout_message(timeout))
        if limit and count >= limit:
            stream.truncated = True
            return
        yield row


def _timeout_message(timeout: float) -> str:
    return f"the query was stopped after {timeout:g} s, its time limit"


# ----------------------------------------------------------------- the child process


class _Outbox:
    """Sends rows through a pipe from a thread of their own, batched, as soon as the pipe takes them."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self._rows: list[Row] = []
        self._done = False
        self._ready = threading.Condition()
        self._thread = threading.Thread(target=self._send, daemon=True)
        self._thread.start()

    def put(self, row: Row) -> None:
        with self._ready:
            while len(self._rows) >= _BACKLOG:
                self._ready.wait()
            self._rows.append(row)
            self._ready.notify_all()

    def _send(self) -> None:
        while True:
            with self._ready:
                while not self._rows and not self._done:
                    self._ready.wait()
                batch, self._rows, finished = self._rows, [], self._done
                self._ready.notify_all()
            if batch:
                self._conn.send(("rows", batch))
            elif finished:
                return

    def close(self) -> None:
        with self._ready:
            self._done = True
            self._ready.notify_all()
        self._thread.join()


def _child(conn, store, query_text, prefixes, union, limit) -> None:
    """The child's work: run the query and send what it gives, then ``end`` (or ``error``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops this process
    try:
        columns, kind, rows = evaluate(store, query_text, prefixes, union)
        conn.send(("head", columns, kind))
        outbox = _Outbox(conn)
        try:
            for count, row in enumerate(rows, start=1):
                outbox.put(row)
                if limit and count > limit:  # one more than the limit tells the parent the answer was cut
                    break
        finally:
            outbox.close()
        conn.send(("end",))
    except QueryError as error:
        conn.send(("error", str(error)))
    except Exception as error:  # anything else would die silently in the child
        conn.send(("error", f"query failed: {type(error).__name__}: {error}"))
    finally:
        conn.close()


@contextlib.contextmanager
def _in_child(store, query_text, prefixes, union, limit, deadline: float, timeout: float) -> Iterator[QueryStream]:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, store, query_text, prefixes, union, limit), daemon=True)
    for std in (sys.stdout, sys.stderr):  # a forked child flushes its copy of what is buffered when it ends
        with contextlib.suppress(AttributeError, ValueError, OSError):
            std.flush()
    process.start()
    sender.close()

    def receive() -> tuple:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not receiver.poll(remaining):
            raise QueryTimeout(_timeout_message(timeout))
        try:
            message = receiver.recv()
        except EOFError:
            process.join(1)
            raise QueryError(f"the query process ended unexpectedly (exit code {process.exitcode})") from None
        if message[0] == "error":
            raise QueryError(message[1])
        return message

    def rows(stream: QueryStream) -> Iterator[Row]:
        count = 0
        while True:
            message = receive()
            if message[0] == "end":
                return
            for row in message[1]:
                if limit and count >= limit:
                    stream.truncated = True
                    return
                count += 1
                yield row

    try:
        _, columns, kind = receive()
        stream = QueryStream(columns, kind, iter(()))
        stream.rows = rows(stream)
        yield stream
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiver.close()
