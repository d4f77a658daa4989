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
    named on stderr)
==  ======================================================================
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from claimgraph.errors import ClaimgraphError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3


class ClaimgraphGroup(click.Group):
    """A click group that turns ClaimgraphError into a message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimgraphError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)
        except BrokenPipeError:  # e.g. `claimgraph papers --jsonl | head`
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(EXIT_OK)
