"""``claimgraph eval`` through click's CliRunner on the hand-scored files."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from claimgraph.cli.eval import eval_command

DATA = Path(__file__).resolve().parents[1] / "evaluate" / "data"
GOLD, PRED = str(DATA / "gold.jsonl"), str(DATA / "pred.jsonl")


def test_json_output() -> None:
    result = CliRunner().invoke(eval_command, [GOLD, PRED, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["rows"]["entities"]["tp"] == 8
    assert data["rows"]["entities"]["f1"] == 16 / 28
    assert data["rows"]["relations"] == {"tp": 3, "fp": 2, "fn": 3, "precision": 0.6, "recall": 0.5, "f1": 6 / 11}
    assert data["claim_matched_pairs"]["type"] == {"correct": 2, "total": 3, "accuracy": 2 / 3}
    assert data["papers"]["ignored"] == ["p4"]


def test_table_output() -> None:
    result = CliRunner().invoke(eval_command, [GOLD, PRED])
    assert result.exit_code == 0, result.output
    out = result.output
    for label in (
        "Model",
        "Method",
        "Dataset",
        "Metric",
        "Task",
        "entities (all types)",
        "quantities",
        "proposes",
        "claims",
        "evaluated_on",
        "outperforms",
        "uses",
        "relations (all)",
        "claim quantities",
        "subject",
        "hedged",
    ):
        assert label in out, label
    model_line = next(line for line in out.splitlines() if "Model" in line)
    assert [cell for cell in model_line.replace("│", " ").split()][1:] == ["2", "2", "2", "0.500", "0.500", "0.500"]
    assert "1 missing from the predictions" in out


def test_registered_in_a_group() -> None:
    group = click.Group("claimgraph")
    group.add_command(eval_command)
    result = CliRunner().invoke(group, ["eval", GOLD, GOLD, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["rows"]["claims"]["f1"] == 1.0


def test_bad_file_is_a_clean_error(tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\n{"id": "b", "entities": [{"text": "X", "type": "Gadget"}]}\n', encoding="utf-8")
    result = CliRunner().invoke(eval_command, [GOLD, str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2: entities[0]: unknown entity type 'Gadget'" in result.output
    assert "Traceback" not in result.output
