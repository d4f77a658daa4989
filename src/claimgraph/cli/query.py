"""``claimgraph query``: SPARQL over a build, printed as a table, CSV or JSON."""

from __future__ import annotations

import logging
import sys
import time
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from claimgraph.cli.group import EXIT_OK, EXIT_SKIPPED, printable, stderr_console
from claimgraph.errors import QueryError
from claimgraph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult, QueryTimeout, stream_query
from claimgraph.query.engine import StaleExportWarning, read_query
from claimgraph.query.formatting import format_table, write_csv, write_json
from claimgraph.query.stream import Row

#: Seconds between flushes of streamed rows to stdout.
FLUSH_EVERY = 0.2


def _flushing(rows: Iterable[Row], out) -> Iterator[Row]:
    """Hand rows on, flushing ``out`` now and then so that they reach a pipe as they come."""
    last = time.monotonic()
    for row in rows:
        yield row
        if time.monotonic() - last >= FLUSH_EVERY:
            out.flush()
            last = time.monotonic()
    out.flush()


@click.command("query")
@click.argument("query_or_file")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="Build folder (or one export file) to query.",
)
@click.option(
    "--index/--in-memory",
    "persistent",
    default=True,
    show_default=True,
    help="Query the build's on-disk index (made on the first query, then it opens at once) or load the "
    "export into memory (slow to start on large builds, faster queries).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output format (json follows the SPARQL 1.1 JSON results layout).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Stop the query after SECONDS (0: no time limit).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=DEFAULT_LIMIT,
    show_default=True,
    metavar="N",
    help="Write at most N rows (0: all); more rows are cut, said on stderr, with exit code 3.",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let SERVICE clauses send the query to remote SPARQL endpoints (refused by default: queries run offline).",
)
def query_command(
    query_or_file: str, data_dir: Path, persistent: bool, fmt: str, timeout: float, limit: int, allow_service: bool
) -> None:
    """Run a SPARQL query (text or a .rq file) over a build.

    The default graph is the union of every paper's graph, and the cg:,
    schema:, prov:, oa:, skos:, dcterms: and mls: prefixes are predeclared.
    CSV and JSON rows are written as they come; a table is written at the end.
    Example: claimgraph query queries/models_on_benchmark.rq
    """
    console = stderr_console()
    out = sys.stdout
    options = {"persistent": persistent, "allow_service": allow_service, "timeout": timeout, "limit": limit}
    notices = logging.getLogger("claimgraph.query")  # e.g. that the first query makes the on-disk index
    if not notices.handlers:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        notices.addHandler(handler)
        notices.setLevel(logging.INFO)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", StaleExportWarning)
            with stream_query(read_query(query_or_file), data_dir, **options) as stream:
                for warning in caught:
                    console.print(f"warning: {printable(str(warning.message))}", soft_wrap=True, markup=False)
                if fmt == "csv":
                    write_csv(stream.columns, _flushing(stream, out), out)
                elif fmt == "json":
                    write_json(stream.columns, stream.kind, _flushing(stream, out), out)
                else:
                    rows = tuple(stream)  # a table needs every row for its column widths
                    out.write(format_table(QueryResult(stream.columns, rows, stream.kind)))
    except QueryTimeout as error:
        out.flush()
        raise QueryError(f"{error} (--timeout SECONDS gives it more, --timeout 0 no limit)") from None
    if stream.truncated:
        console.print(f"stopped after {limit:,} rows: more rows were cut (--limit 0 writes all)", soft_wrap=True)
    click.get_current_context().exit(EXIT_SKIPPED if stream.truncated else EXIT_OK)


class _StderrHandler(logging.StreamHandler):
    """Writes to the ``sys.stderr`` of the moment (one command may run many times in a process, as in tests)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass
