"""examples/analysis.ipynb runs top to bottom in a fresh kernel, and is committed without outputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "analysis.ipynb"
NEEDED = ("nbformat", "nbclient", "ipykernel", "pandas", "matplotlib")


def _read():
    nbformat = pytest.importorskip("nbformat", reason="notebook tests need nbformat (test extra)")
    return nbformat.read(NOTEBOOK, as_version=4)


def test_notebook_is_committed_without_outputs():
    notebook = _read()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code, "the notebook has no code"
    assert all(not cell.outputs and cell.execution_count is None for cell in code), "clear the outputs"


def test_notebook_runs_without_errors():
    missing = [name for name in NEEDED if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"running the notebook needs {', '.join(missing)} (pip install -e '.[test]')")
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = _read()
    client = NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    try:
        client.execute()
    except CellExecutionError as error:  # the message names the cell and the traceback
        pytest.fail(f"examples/analysis.ipynb failed:\n{error}")
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(images) >= 2, "the bar chart and the outperforms network should be drawn"
    text = "".join(out.get("text", "") for out in outputs if out.output_type == "stream")
    assert "221 papers" in text
