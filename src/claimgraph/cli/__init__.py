"""The ``claimgraph`` command line: one click group, one module per command.

A new command lives in ``claimgraph/cli/<name>.py`` and is registered below
with one ``main.add_command(...)`` line.  Shared options, input loading and
the exit codes are in :mod:`claimgraph.cli.common`.
"""

from __future__ import annotations

import click

from claimgraph.cli.common import ClaimgraphGroup


@click.group(cls=ClaimgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimgraph", prog_name="claimgraph")
def main() -> None:
    """Turn ML paper titles and abstracts into a knowledge graph of methods and claims.

    Exit codes: 0 success, 1 fatal error, 2 usage error, 3 finished but
    something was skipped (named on stderr).
    """


from claimgraph.cli.papers import papers  # noqa: E402

main.add_command(papers)

from claimgraph.cli.eval import eval_command  # noqa: E402
from claimgraph.cli.extract import extract_command  # noqa: E402

main.add_command(extract_command)
main.add_command(eval_command)

from claimgraph.cli.build import build_command  # noqa: E402
from claimgraph.cli.query import query_command  # noqa: E402

main.add_command(build_command)
main.add_command(query_command)

from claimgraph.cli.view import view_command  # noqa: E402

main.add_command(view_command)
