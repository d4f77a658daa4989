"""What every claimgraph command shares: options, input loading, summaries.

The exit codes are documented in :mod:`claimgraph.cli.group`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from claimgraph.cli.group import EXIT_OK, EXIT_SKIPPED, printable, stderr_console
from claimgraph.errors import ConfigError, InputError
from claimgraph.ingest import FORMATS, IngestResult, Problem, Repair, ingest
from claimgraph.ingest.spill import Reading, SpilledIngest

#: The input used when a command is given none.
DEFAULT_INPUT = Path("seeds")


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
    # readable=False: an unreadable input is skipped with a message by ingest, not refused as a usage error
    path = click.Path(path_type=Path, readable=False)
    return click.argument("inputs", nargs=-1, metavar="[INPUT]...", type=path)(func)


def resolve_inputs(inputs: Sequence[Path]) -> list[Path]:
    """Return ``inputs``, or ``[seeds/]`` when none were given."""
    if inputs:
        return list(inputs)
    if not DEFAULT_INPUT.exists():
        raise InputError("no INPUT given and there is no seeds/ folder here", path=str(DEFAULT_INPUT))
    return [DEFAULT_INPUT]


def _shown(console: Console) -> tuple[Callable[[Problem], None], Callable[[Repair], None]]:
    """Print each skipped and each cleaned record on ``console`` as it is read."""

    def show(problem: Problem) -> None:
        console.print(f"[yellow]skipped[/yellow] {escape(printable(str(problem)))}", soft_wrap=True)

    def show_repair(repair: Repair) -> None:
        console.print(f"[cyan]cleaned[/cyan] {escape(printable(str(repair)))}", soft_wrap=True)

    return show, show_repair


def reading(inputs: Sequence[Path], input_format: str | None, strict: bool, console: Console) -> Reading:
    """The inputs (default ``seeds/``) for a build to read itself, problems reported on ``console`` as they come."""
    show, show_repair = _shown(console)
    return Reading(tuple(resolve_inputs(inputs)), input_format, strict, show, show_repair)


def load_papers(
    inputs: Sequence[Path], input_format: str | None, strict: bool, console: Console | None = None
) -> IngestResult:
    """Ingest ``inputs`` (default ``seeds/``) reporting problems on stderr.

    A progress bar is shown on stderr when stderr is a terminal.
    """
    console = console or stderr_console()
    paths = resolve_inputs(inputs)
    show, show_repair = _shown(console)
    options = {"format": input_format, "strict": strict, "on_problem": show, "on_repair": show_repair}
    if not console.is_terminal:
        return ingest(paths, **options)
    columns = (TextColumn("reading"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("reading", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return ingest(paths, **options, progress=advance)


@contextlib.contextmanager
def stage_progress(console: Console, units: Mapping[str, str]) -> Iterator[Callable[[str, int, int], None] | None]:
    """Yield a ``progress(stage, done, total)`` that shows one bar per stage on stderr, or None when not a terminal.

    ``units`` names what each stage counts. A finished stage's line stays,
    with the time it took.
    """
    if not console.is_terminal:
        yield None
        return
    columns = (
        TextColumn("{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[unit]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as bars:
        tasks: dict[str, int] = {}

        def show(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bars.add_task(stage, total=total, unit=units.get(stage, ""))
            bars.update(tasks[stage], completed=done, total=total)

        yield show


def summarize(result: IngestResult | SpilledIngest, console: Console | None = None) -> None:
    """Print the counts of papers, duplicates, skipped and cleaned records on stderr."""
    console = console or stderr_console()
    cleaned = f", {len(result.repairs)} cleaned of unsafe characters" if result.repairs else ""
    console.print(
        f"{result.count} papers from {result.records} records"
        f" ({result.duplicates} duplicates merged), {len(result.problems)} skipped{cleaned}",
        soft_wrap=True,
    )


def exit_code(result: IngestResult | SpilledIngest, failed: Sequence[str] = ()) -> int:
    """Return :data:`EXIT_SKIPPED` when anything was skipped or a paper's extraction ``failed``, else
    :data:`EXIT_OK`."""
    return EXIT_SKIPPED if result.problems or failed else EXIT_OK


def report_failures(failed: Sequence[str], console: Console) -> None:
    """Print each failed paper's message, then their count, on ``console``."""
    for message in failed:
        console.print(f"[red]failed[/red] {escape(printable(message))}", soft_wrap=True)
    if failed:
        console.print(f"{len(failed)} papers failed in extraction and have no facts", soft_wrap=True)


def check_writable(path: Path, *, folder: bool) -> None:
    """Fail early, before any work, when ``path`` (a file or a folder to write) cannot be written.

    Raises
    ------
    ConfigError
        When ``path`` is of the wrong kind (a folder for a file, or the
        reverse), lies under a file, or its nearest existing folder is not
        writable.
    """
    shown = printable(str(path))
    if path.exists() and path.is_dir() != folder:
        raise ConfigError(f"{shown}: is {'a file' if folder else 'a folder'}, not {'a folder' if folder else 'a file'}")
    existing = path if folder and path.is_dir() else path.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise ConfigError(f"{shown}: cannot write there, {printable(str(existing))} is a file")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ConfigError(f"{shown}: cannot write there, no permission to write in {printable(str(existing))}")
