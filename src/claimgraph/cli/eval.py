"""``claimgraph eval GOLD.jsonl PRED.jsonl``: score an extraction against a gold file."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from claimgraph.evaluate import Accuracy, Counts, InputError, Report, evaluate, load_annotations

_LABELS = {"entities": "entities (all types)", "relations": "relations (all)"}
#: Keys of which a guide-format file has at least one (a papers file or a graph has none).
ANNOTATION_KEYS = ("entities", "quantities", "proposes", "claims", "relations")
_GROUP_ENDS = {"Task", "entities", "quantities", "proposes", "claims", "relations"}


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _counts_cells(counts: Counts) -> list[str]:
    return [
        str(counts.tp),
        str(counts.fp),
        str(counts.fn),
        _ratio(counts.precision),
        _ratio(counts.recall),
        _ratio(counts.f1),
    ]


def _accuracy_cells(accuracy: Accuracy) -> list[str]:
    return [str(accuracy.correct), str(accuracy.total), _ratio(accuracy.value)]


def render(report: Report, console: Console) -> None:
    """Print a report as rich tables.

    Parameters
    ----------
    report : Report
        The scores.
    console : rich.console.Console
        Where to print.
    """
    table = Table(title="Scores (micro over papers)")
    table.add_column("row")
    for name in ("tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(name, justify="right")
    for name, counts in report.rows:
        table.add_row(_LABELS.get(name, name), *_counts_cells(counts), end_section=name in _GROUP_ENDS)
    console.print(table)

    claims = Table(title="Claims: matched pairs")
    claims.add_column("score")
    for name in ("correct", "total", "accuracy"):
        claims.add_column(name, justify="right")
    claims.add_row("type", *_accuracy_cells(report.claim_type))
    claims.add_row("subject", *_accuracy_cells(report.claim_subject))
    claims.add_row("hedged", *_accuracy_cells(report.claim_hedged))
    console.print(claims)

    quantities = Table(title="Claims: quantity texts on matched pairs")
    quantities.add_column("row")
    for name in ("tp", "fp", "fn", "P", "R", "F1"):
        quantities.add_column(name, justify="right")
    quantities.add_row("claim quantities", *_counts_cells(report.claim_quantities))
    console.print(quantities)

    papers = report.papers
    console.print(
        f"Papers: {papers.gold} gold, {papers.by_id} paired by id, {papers.by_title} by title, "
        f"{len(papers.missing)} missing from the predictions (scored as empty), "
        f"{len(papers.ignored)} predicted papers not in gold (ignored).",
        highlight=False,
    )


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of tables.")
def eval_command(gold: str, pred: str, as_json: bool) -> None:
    """Score PRED.jsonl against GOLD.jsonl (annotation guide, "Scoring").

    Both files are guide-format JSON Lines, one paper a line. Papers pair by
    id (or by title when ids differ); gold papers without a prediction count
    as all false negatives; predicted papers not in the gold file are ignored.
    """
    try:
        gold_papers, pred_papers = load_annotations(gold), load_annotations(pred)
    except InputError as exc:
        raise click.ClickException(str(exc)) from exc
    for path, papers in ((gold, gold_papers), (pred, pred_papers)):
        _check_kind(path, papers)
    report = evaluate(gold_papers, pred_papers)
    if not report.papers.by_id + report.papers.by_title:
        raise click.ClickException(f"no paper of {pred} pairs with a paper of {gold} by id or title: nothing to score")
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        render(report, Console(soft_wrap=False))


def _check_kind(path: str, papers: tuple) -> None:
    """Refuse a file that is valid JSON Lines but not guide-format annotations (it would score all zeros)."""
    if not papers:
        raise click.ClickException(f"{path}: no papers in it (an empty file?)")
    with open(path, encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle if line.strip())
        if any(key in record for record in records for key in ANNOTATION_KEYS):
            return
    keys = ", ".join(ANNOTATION_KEYS)
    raise click.ClickException(
        f"{path}: no paper in it has any of {keys}: not an annotation or extraction file "
        "(papers.jsonl lists papers; score the output of `claimgraph extract`)"
    )
