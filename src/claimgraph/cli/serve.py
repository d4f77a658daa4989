"""``claimgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over a build (the Oxigraph server)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimgraph.cli.common import stderr_console
from claimgraph.cli.group import EXIT_ERROR
from claimgraph.query.server import DEFAULT_HOST, DEFAULT_PORT, Endpoint, serve_until_stopped


@click.command("serve")
@click.argument("build_dir", metavar="[DIR]", required=False, default=Path("exports"), type=click.Path(path_type=Path))
@click.option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    help="Address to listen on; anything but loopback exposes the endpoint (and its SERVICE calls) to the network.",
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True, help="Port to listen on."
)
def serve_command(build_dir: Path, host: str, port: int) -> None:
    """Serve the build folder DIR (default exports) over the SPARQL 1.1 Protocol until Ctrl-C.

    Queries go to http://HOST:PORT/query (GET or POST); the default graph is the
    union of every paper's graph; updates are refused. Queries must declare
    their prefixes. The server follows SERVICE clauses to any address.
    """
    console = stderr_console()
    console.print(f"opening the query index of {build_dir} (made on first use) ...", soft_wrap=True)

    def announce(endpoint: Endpoint) -> None:
        console.print(f"serving {build_dir} at {endpoint.query_url} (Ctrl-C stops)", soft_wrap=True)

    code = serve_until_stopped(build_dir, host, port, log=sys.stderr, on_ready=announce)
    if code != 0:
        console.print(f"error: the oxigraph server stopped with exit code {code}", soft_wrap=True)
        sys.exit(EXIT_ERROR)
