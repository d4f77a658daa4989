"""What every claimgraph command shares: options, input loading, summaries.

The exit codes are documented in :mod:`claimgraph.cli.group`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from claimgraph.cli.group import EXIT_OK, EXIT_SKIPPED
from claimgraph.errors import InputError
from claimgraph.ingest import FORMATS, IngestResult, Problem, ingest

#: The input used when a command is given none.
DEFAULT_INPUT = Path("seeds")


def stderr_console() -> Console:
    """The console for progress, problems and summaries (never stdout)."""
    return Console(stderr=True, highlight=False)


def input_options(func: Callable) -> Callable:
    """Add ``[INPUT]...``, ``--format`` and ``--strict`` to a command."""
    func = click.option(
        "--strict",
        is_flag=True,
        help="Stop with exit code 1 at the first skipped file, line or record.",
    )(func)
    func = click.option(
        "--format",
        "input_format",
        type=click.Choice(FORMATS),
        default=None,
        help="Read every input as this format instead of detecting it from the content.",
    )(func)
    return click.argument("inputs", nargs=-1, metavar="[INPUT]...", type=click.Path(path_type=Path))(func)


def resolve_inputs(inputs: Sequence[Path]) -> list[Path]:
    """Return ``inputs``, or ``[seeds/]`` when none were given."""
    if inputs:
        return list(inputs)
    if not DEFAULT_INPUT.exists():
        raise InputError("no INPUT given and there is no seeds/ folder here", path=str(DEFAULT_INPUT))
    return [DEFAULT_INPUT]


def load_papers(
    inputs: Sequence[Path], input_format: str | None, strict: bool, console: Console | None = None
) -> IngestResult:
    """Ingest ``inputs`` (default ``seeds/``) reporting problems on stderr.

    A progress bar is shown on stderr when stderr is a terminal.
    """
    console = console or stderr_console()
    paths = resolve_inputs(inputs)

    def show(problem: Problem) -> None:
        console.print(f"[yellow]skipped[/yellow] {escape(str(problem))}", soft_wrap=True)

    if not console.is_terminal:
        return ingest(paths, format=input_format, strict=strict, on_problem=show)
    columns = (TextColumn("reading"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("reading", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return ingest(paths, format=input_format, strict=strict, on_problem=show, progress=advance)


def summarize(result: IngestResult, console: Console | None = None) -> None:
    """Print the counts of papers, duplicates and skipped records on stderr."""
    console = console or stderr_console()
    console.print(
        f"{len(result.papers)} papers from {result.records} records"
        f" ({result.duplicates} duplicates merged), {len(result.problems)} skipped",
        soft_wrap=True,
    )


def exit_code(result: IngestResult) -> int:
    """Return :data:`EXIT_SKIPPED` when anything was skipped, else :data:`EXIT_OK`."""
    return EXIT_SKIPPED if result.problems else EXIT_OK
