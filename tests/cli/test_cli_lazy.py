"""The CLI imports a command's module only when that command runs."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from claimgraph.cli import COMMANDS, main


def test_query_starts_without_spacy_networkx_or_the_readers():
    code = (
        "import sys\n"
        "from claimgraph.cli import main\n"
        "main.get_command(None, 'query')\n"
        "heavy = ('spacy', 'networkx', 'claimgraph.extract', 'claimgraph.ingest')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_command_is_listed_and_loads():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output
        assert main.get_command(None, name).name == name
    assert main.get_command(None, "nope") is None
