"""What a build hands back: :class:`BuildSummary`, its counts, times and the paths of the files of the new
version (:func:`version_files`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.build_layout import DATA_FILES, GRAPH_FILES, MANIFEST
from claimgraph.ingest import IngestResult
from claimgraph.ingest.spill import SpilledIngest

#: The key of each graph file in ``BuildSummary.files``.
SUMMARY_KEYS = {"json": "graph", "graphml": "graphml"}


@dataclass(frozen=True)
class BuildSummary:
    """What a build wrote and counted.

    ``out_dir`` is the build folder, ``version`` the version folder in it that
    holds the files (``files`` maps each to its path there), ``seconds`` the
    time of each stage.
    """

    out_dir: Path
    version: Path
    papers: int
    extracted: int
    reused: int
    entities: dict[str, int]
    claims: int
    relations: int
    triples: int
    files: dict[str, Path] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    shards: int = 0
    #: what pass 1 of resolution held at its end (distinct keys, aggregates, short-form votes)
    resolver_size: int = 0
    #: what ingest read (its counts, problems and repairs): the ``ingested`` given, or what was read of a Reading
    ingested: IngestResult | SpilledIngest | None = None
    #: a message for each paper whose extraction failed (it is in the build, without facts)
    failed: tuple[str, ...] = ()


def version_files(version: Path, written: dict[str, Path], graph_formats: list[str]) -> dict[str, Path]:
    """``BuildSummary.files``: the RDF ``written``, the data files, the manifest and the graph files, in ``version``."""
    files = {name: version / path.name for name, path in written.items()}
    files.update({key: version / DATA_FILES[key] for key in ("papers", "extractions")}, manifest=version / MANIFEST)
    files.update({SUMMARY_KEYS[name]: version / GRAPH_FILES[name] for name in graph_formats})
    return files
