"""The ``claimgraph`` command line: one click group, one module per command.

A new command lives in ``claimgraph/cli/<name>.py`` and is registered below
with one line in :data:`COMMANDS`; its module is imported only when it runs.
Shared options and input loading are in :mod:`claimgraph.cli.common`, the
exit codes and error handling in :mod:`claimgraph.cli.group`.
"""

from __future__ import annotations

import importlib

import click

from claimgraph.cli.group import ClaimgraphGroup

#: Command name -> "module:function", imported only when the command runs (or for --help).
COMMANDS = {
    "papers": "claimgraph.cli.papers:papers",
    "extract": "claimgraph.cli.extract:extract_command",
    "eval": "claimgraph.cli.eval:eval_command",
    "build": "claimgraph.cli.build:build_command",
    "query": "claimgraph.cli.query:query_command",
    "serve": "claimgraph.cli.serve:serve_command",
    "view": "claimgraph.cli.view:view_command",
}


class LazyGroup(ClaimgraphGroup):
    """Imports a command's module only when it is used: ``claimgraph query`` need not load spaCy."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, name = target.partition(":")
        return getattr(importlib.import_module(module), name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimgraph", prog_name="claimgraph")
def main() -> None:
    """Turn ML paper titles and abstracts into a knowledge graph of methods and claims.

    Exit codes: 0 success, 1 fatal error, 2 usage error, 3 finished but
    something was skipped (named on stderr).
    """
