"""The claimgraph command group: exit codes and error handling.

Exit codes
----------
==  ======================================================================
0   success: everything was read and done
1   fatal error: a :class:`~claimgraph.errors.ClaimgraphError` such as a
    missing input path, an unknown format, or the first problem under
    ``--strict``
2   usage error: a bad option or argument (reported by click)
3   finished, but some files, lines or records were skipped (each one is
    named on stderr), or a query's rows were cut at ``--limit``
130 interrupted (Ctrl-C)
==  ======================================================================

A file that cannot be read or written (no permission, a full disk ...) is a
fatal error with a one-line message, never a traceback.  On Ctrl-C the worker
processes of ``--jobs`` stay quiet: only the main process reports, and it
stops them.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from claimgraph.errors import ClaimgraphError

if TYPE_CHECKING:
    from rich.console import Console

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130

_TERMINAL_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """Return ``text`` with control characters shown as escapes (``\\x1b``), safe to print on a terminal.

    Examples
    --------
    >>> printable("a\\x1b[31mb")
    'a\\\\x1b[31mb'
    """
    return _TERMINAL_UNSAFE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def describe_os_error(error: OSError) -> str:
    """One line for a failed read or write: the file and the reason."""
    reason = error.strerror or str(error) or type(error).__name__
    return f"{printable(str(error.filename))}: {reason}" if error.filename else reason


@contextlib.contextmanager
def quiet_workers() -> Iterator[None]:
    """Make Ctrl-C a KeyboardInterrupt in this process only.

    Worker processes forked meanwhile inherit the handler and ignore the
    signal (the terminal sends it to them too); the main process stops them.
    """
    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        yield
        return
    main_pid = os.getpid()

    def interrupt(signum, frame) -> None:
        if os.getpid() == main_pid:
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class ClaimgraphGroup(click.Group):
    """A click group that turns errors into a one-line message and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with quiet_workers():
                return super().invoke(ctx)
        except ClaimgraphError as exc:
            click.echo(f"error: {printable(str(exc))}", err=True)
            ctx.exit(EXIT_ERROR)
        except BrokenPipeError:  # e.g. `claimgraph papers --jsonl | head`
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(EXIT_OK)
        except OSError as exc:  # a file that cannot be read or written
            click.echo(f"error: {describe_os_error(exc)}", err=True)
            ctx.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)


def stderr_console() -> Console:
    """The console for progress, problems and summaries (never stdout)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)
