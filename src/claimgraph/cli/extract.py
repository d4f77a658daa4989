"""``claimgraph extract``: papers in, one guide-format JSON line per paper out."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from claimgraph.atomic import atomic_open
from claimgraph.cli.common import (
    check_writable,
    exit_code,
    input_options,
    load_papers,
    report_failures,
    stderr_console,
    summarize,
)
from claimgraph.extract import extract, failure_message
from claimgraph.extract.jsonl import dumps


def progress_bar(console, label: str):
    """A rich progress bar on stderr, or nothing when stderr is not a terminal."""
    if not console.is_terminal:
        return nullcontext(None)
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    return Progress(*columns, console=console, transient=True)


@click.command("extract")
@input_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("-"),
    show_default=True,
    help="JSON Lines file to write ('-' for stdout). Written atomically.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes; the output is identical for any number.",
)
def extract_command(inputs, input_format, strict, output: Path, jobs: int) -> None:
    """Extract entities, quantities, proposals, claims and relations from INPUT.

    INPUT files or folders default to seeds/. The output follows the
    annotation guide's JSON Lines format, one paper per line, with character
    offsets of every mention.
    """
    target = sys.stdout if str(output) == "-" else None
    if target is None:
        check_writable(output, folder=False)
    console = stderr_console()
    result = load_papers(inputs, input_format, strict, console)
    failed: list[str] = []  # a message for each paper whose extraction failed (written without facts)
    with progress_bar(console, "extracting") as bar:
        task = bar.add_task("extracting", total=len(result.papers)) if bar else None
        advance = (lambda n: bar.advance(task, n)) if bar else None
        with nullcontext(target) if target else atomic_open(output) as handle:
            extractions = extract(result.papers, jobs=jobs, progress=advance)
            for paper, extraction in zip(result.papers, extractions, strict=True):
                handle.write(dumps(extraction) + "\n")
                if extraction.error is not None:
                    failed.append(failure_message(paper, extraction.error))
    summarize(result, console)
    report_failures(failed, console)
    click.get_current_context().exit(exit_code(result, failed))
