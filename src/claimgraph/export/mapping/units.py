"""The fixed units the canonical sequence of quads is cut into.

The default graph's subjects are cut into chunks of :data:`DEFAULT_CHUNK`, the
paper graphs into runs of :data:`PAPERS_PER_UNIT`; each unit maps on its own,
in any order or process, and the units' quads in order are the canonical
sequence, so the files are the same for any number of workers.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CHUNK = 20_000  # default-graph subjects per unit
PAPERS_PER_UNIT = 200  # paper graphs per unit


@dataclass(frozen=True)
class Unit:
    """A slice of the canonical sequence, mapped on its own: ``items[start:stop]`` of the
    default graph (``kind`` "default") or ``graphs[start:stop]`` of the paper graphs ("papers")."""

    kind: str
    start: int
    stop: int


def canonical_units(default_subjects: int, paper_graphs: int) -> list[Unit]:
    """The units of a sequence of ``default_subjects`` default-graph subjects then ``paper_graphs`` paper
    graphs, in order."""
    default = [Unit("default", i, i + DEFAULT_CHUNK) for i in range(0, default_subjects, DEFAULT_CHUNK)]
    papers = [Unit("papers", i, i + PAPERS_PER_UNIT) for i in range(0, paper_graphs, PAPERS_PER_UNIT)]
    return default + papers
