"""``claimgraph papers``: list what the ingest stage reads."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimgraph.cli.common import exit_code, input_options, load_papers, stderr_console, summarize
from claimgraph.cli.group import printable
from claimgraph.ingest.model import Paper
from claimgraph.ingest.serialize import paper_to_dict

TITLE_WIDTH = 80


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _table(papers: tuple[Paper, ...]) -> Table:
    table = Table(show_edge=False, header_style="bold")
    table.add_column("id", no_wrap=True, min_width=max((len(p.id) for p in papers), default=2))
    table.add_column("date", no_wrap=True, min_width=max((len(p.date or "") for p in papers), default=4))
    table.add_column("title", no_wrap=True, overflow="ellipsis")
    for paper in papers:  # ingest removed control characters; printable() also guards papers made elsewhere
        cells = (paper.id, paper.date or "", _short(paper.title, TITLE_WIDTH))
        table.add_row(*(escape(printable(cell)) for cell in cells))
    return table


@click.command()
@input_options
@click.option("--json", "output", flag_value="json", help="Write a JSON array of papers (every field).")
@click.option("--jsonl", "output", flag_value="jsonl", help="Write one JSON paper a line (every field).")
@click.option("--table", "output", flag_value="table", default=True, help="Write a table (the default).")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Show only the first N papers.")
def papers(inputs: tuple[Path, ...], input_format: str | None, strict: bool, output: str, limit: int | None) -> None:
    """List the papers read from INPUT files or folders (default: seeds/).

    Inputs may be Daily Papers page dumps, JSON Lines, JSON arrays, arXiv
    metadata snapshots or arXiv API Atom feeds, plain or gzip-compressed;
    the format is detected from the content.  Counts of papers, duplicates
    and skipped records go to stderr.  Exit code 0: all read; 3: something
    was skipped; 1: fatal error; 2: usage error.
    """
    console = stderr_console()
    result = load_papers(inputs, input_format, strict, console)
    shown = result.papers if limit is None else result.papers[:limit]
    if output == "json":
        click.echo(json.dumps([paper_to_dict(p) for p in shown], ensure_ascii=False, indent=2))
    elif output == "jsonl":
        for paper in shown:
            click.echo(json.dumps(paper_to_dict(paper), ensure_ascii=False))
    else:
        Console(highlight=False).print(_table(shown))
    sys.stdout.flush()  # the table or JSON comes before the summary
    summarize(result, console)
    click.get_current_context().exit(exit_code(result))
