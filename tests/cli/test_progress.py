"""The build's progress on a terminal: one line per stage, with what it counts and its time."""

from __future__ import annotations

import io

from rich.console import Console

from claimgraph.build_folder import STAGE_UNITS
from claimgraph.cli.common import stage_progress


def test_every_stage_gets_a_line_on_a_terminal():
    output = io.StringIO()
    console = Console(file=output, force_terminal=True, color_system=None, width=100)
    with stage_progress(console, STAGE_UNITS) as progress:
        for stage, total in (("extract", 3), ("resolve", 3), ("graph", 3), ("export", 7)):
            progress(stage, 0, total)
            progress(stage, total, total)
    text = output.getvalue()
    for line in ("extract", "3/3 papers"), ("resolve", "3/3 papers"), ("graph", "3/3 papers"), ("export", "7/7 files"):
        assert any(all(part in row for part in line) for row in text.splitlines()), line


def test_nothing_is_shown_when_stderr_is_not_a_terminal():
    console = Console(file=io.StringIO(), force_terminal=False)
    with stage_progress(console, STAGE_UNITS) as progress:
        assert progress is None
    assert console.file.getvalue() == ""
