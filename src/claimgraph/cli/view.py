"""``claimgraph view``: one self-contained HTML page showing a build's graph."""

from __future__ import annotations

from pathlib import Path

import click

from claimgraph.atomic import atomic_write_text
from claimgraph.cli.common import check_writable, stderr_console
from claimgraph.cli.group import printable
from claimgraph.graph.io import load
from claimgraph.view import DEFAULT_MAX_NODES, render_html
from claimgraph.vocabulary import ENTITY_TYPES


@click.command("view")
@click.argument("build_dir", metavar="[DIR]", required=False, default=Path("exports"), type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="HTML file to write.",
)
@click.option("--title", default=None, help="Page title (default: the build folder's name).")
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=DEFAULT_MAX_NODES,
    show_default=True,
    help="Draw only this many nodes, those of highest degree.",
)
@click.option("--all-nodes", is_flag=True, help="Draw every node (no cap; 500 or more need scipy).")
@click.option("--no-papers", is_flag=True, help="Do not draw papers as nodes (entities only).")
@click.option("--seed", type=int, default=0, show_default=True, help="Layout seed.")
def view_command(
    build_dir: Path, output: Path, title: str | None, max_nodes: int, all_nodes: bool, no_papers: bool, seed: int
) -> None:
    """Write an interactive HTML view of the graph in DIR (a build folder, default exports/).

    The page is one self-contained file (no network, nothing to install):
    nodes coloured by type, search by name, filter by type, and a side panel
    with the papers of a clicked node and the claims about it, quoted.
    """
    check_writable(output, folder=False)
    graph = load(build_dir)
    kinds = ENTITY_TYPES if no_papers else None
    options = {"kinds": kinds} if kinds else {}
    page = render_html(
        graph,
        title=title or f"claimgraph: {build_dir.resolve().name}",
        max_nodes=None if all_nodes else max_nodes,
        seed=seed,
        **options,
    )
    atomic_write_text(output, page)
    stderr_console().print(f"wrote {printable(str(output))} ({len(page.encode('utf-8')) // 1024} KiB)", soft_wrap=True)
