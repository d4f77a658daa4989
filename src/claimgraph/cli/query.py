"""``claimgraph query``: SPARQL over a build, printed as a table, CSV or JSON."""

from __future__ import annotations

from pathlib import Path

import click

from claimgraph.query import run_query
from claimgraph.query.engine import read_query
from claimgraph.query.formatting import format_result


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
def query_command(query_or_file: str, data_dir: Path, persistent: bool, fmt: str) -> None:
    """Run a SPARQL query (text or a .rq file) over a build.

    The default graph is the union of every paper's graph, and the cg:,
    schema:, prov:, oa:, skos:, dcterms: and mls: prefixes are predeclared.
    Example: claimgraph query queries/models_on_benchmark.rq
    """
    result = run_query(read_query(query_or_file), data_dir, persistent=persistent)
    text = format_result(result, fmt)
    click.echo(text, nl=not text.endswith("\n"))
