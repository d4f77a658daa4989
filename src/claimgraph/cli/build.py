"""``claimgraph build``: the whole pipeline from paper listings to RDF exports."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from claimgraph.build_folder import (
    DEFAULT_FORMATS,
    DEFAULT_SHARD_SIZE,
    GRAPH_FORMATS,
    PROVENANCE_LEVELS,
    STAGE_UNITS,
    BuildSummary,
    build,
)
from claimgraph.cli.common import (
    check_writable,
    exit_code,
    input_options,
    reading,
    report_failures,
    stage_progress,
    stderr_console,
    summarize,
)
from claimgraph.cli.group import printable
from claimgraph.export import DEFAULT_BASE_IRI
from claimgraph.export.iris import check_base_iri
from claimgraph.vocabulary import RDF_FORMATS


@click.command("build")
@input_options
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="Build folder to write.",
)
@click.option(
    "--update", is_flag=True, help="Add new or changed papers to the existing build, re-extracting only those."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(0, 64),
    default=0,
    show_default=True,
    help="Worker processes for extraction and export (0: one per CPU from 2,000 papers on, else none).",
)
@click.option(
    "--rdf",
    "formats",
    metavar="FORMATS",
    multiple=True,
    callback=lambda ctx, param, value: _names(value, RDF_FORMATS, param),
    help=f"RDF formats to write, comma-separated or repeated, from {', '.join(RDF_FORMATS)} "
    "(default: nq, written as claimgraph.nq.gz).",
)
@click.option(
    "--graph",
    "graph_formats",
    metavar="FORMATS",
    multiple=True,
    callback=lambda ctx, param, value: _names(value, GRAPH_FORMATS, param),
    help="NetworkX graph files to write too: json (graph.json, node-link), graphml; they need the whole graph "
    "in memory.",
)
@click.option(
    "--provenance",
    type=click.Choice(PROVENANCE_LEVELS),
    default="sentences",
    show_default=True,
    help="Text spans in the RDF: evidence sentences of claims and relations, or every entity mention too.",
)
@click.option(
    "--shard-size",
    type=click.IntRange(1),
    default=DEFAULT_SHARD_SIZE,
    show_default=True,
    help="Papers per shard (rounded up to whole blocks of 100): bounds the memory of each worker; the files "
    "do not depend on it.",
)
@click.option(
    "--index/--no-index",
    default=True,
    show_default=True,
    help="Make the query store of the N-Quads, loaded as they are written (else the first query makes it).",
)
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base of every minted IRI.")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run extraction and export on the Dask cluster of this scheduler (tcp://host:8786); needs claimgraph[dask].",
)
def build_command(
    inputs,
    input_format,
    strict,
    out_dir: Path,
    update: bool,
    jobs: int,
    formats,
    graph_formats,
    provenance: str,
    shard_size: int,
    index: bool,
    base_iri: str,
    scheduler: str | None,
) -> None:
    """Build the knowledge graph of INPUT (default seeds/) into a folder (default exports/).

    Runs ingest, extract, resolve, graph and export, shard by shard; writes
    papers, extractions and RDF (gzip-compressed N-Quads unless --rdf asks
    for others) into a new version folder, makes it the current build in one
    step (DIR/current links to it), then puts its query store (loaded while
    the N-Quads are written) in place. With
    --scheduler, extraction and export run on the workers of a Dask cluster;
    the files are the same.
    """
    check_base_iri(base_iri)  # before any work, and before the output folder is made
    check_writable(out_dir, folder=True)
    console = stderr_console()
    with stage_progress(console, STAGE_UNITS) as progress:
        summary = build(
            reading(inputs, input_format, strict, console),
            out_dir,
            update=update,
            jobs=jobs,
            formats=formats or DEFAULT_FORMATS,
            graph_formats=graph_formats,
            provenance=provenance,
            shard_size=shard_size,
            index=index,
            base_iri=base_iri,
            progress=progress,
            scheduler=scheduler,
        )
    ingested = summary.ingested
    summarize(ingested, console)
    report_failures(summary.failed, console)
    console.print(summary_table(summary, skipped=len(ingested.problems)))
    click.get_current_context().exit(exit_code(ingested, summary.failed))


def _names(values: tuple[str, ...], known: tuple[str, ...], param: click.Parameter) -> list[str]:
    """Names given comma-separated or repeated, each one of ``known``."""
    names = [name.strip().lower() for value in values for name in value.split(",") if name.strip()]
    for name in names:
        if name not in known:
            raise click.BadParameter(f"{name!r} is not one of {', '.join(known)}", param=param)
    return list(dict.fromkeys(names))


def summary_table(summary: BuildSummary, skipped: int) -> Table:
    """The closing summary of a build: where it went, what it holds, and the time of each stage."""
    table = Table(title=f"build written to {printable(str(summary.out_dir))}", show_header=False)
    table.add_row("version", printable(str(summary.version.relative_to(summary.out_dir))))
    table.add_row("papers", f"{summary.papers} ({summary.extracted} extracted, {summary.reused} reused)")
    table.add_row("shards", str(summary.shards))
    for kind, count in summary.entities.items():
        table.add_row(kind, str(count))
    table.add_row("claims", str(summary.claims))
    table.add_row("relations", str(summary.relations))
    table.add_row("triples", str(summary.triples))
    table.add_row("skipped inputs", str(skipped))
    table.add_row("time", ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in summary.seconds.items()))
    return table
