"""What a build's ``manifest.json`` records and its writing: the :func:`extractor_fingerprint` and each paper's
:func:`paper_hash`, which decide what ``update`` may reuse, and :func:`write_manifest`, which puts them in the
staging folder with the formats, files and counts of the build (no timestamps: the same input gives the same
bytes)."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

from claimgraph.atomic import atomic_write_text
from claimgraph.build_folder.options import BuildOptions
from claimgraph.build_layout import GRAPH_FILES, MANIFEST
from claimgraph.ingest.model import Paper
from claimgraph.version import __version__


def extractor_fingerprint() -> str:
    """Hash of the claimgraph version and every file of the extract package (code, lexicons, cues, config)."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("claimgraph.extract")))
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        if path.is_file() and path.suffix in {".py", ".json", ".jsonl", ".txt", ".cfg"}:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def paper_hash(paper: Paper) -> str:
    """Hash of the texts an extraction depends on."""
    return hashlib.sha256(f"{paper.title}\x00{paper.abstract}".encode()).hexdigest()[:16]


def write_manifest(
    staging: Path,
    options: BuildOptions,
    fingerprint: str,
    written: dict[str, Path],
    paper_hashes: dict[str, str],
    counts: dict[str, int],
) -> None:
    """Write ``manifest.json`` of the build in ``staging``: ``written`` are its RDF files, ``counts`` what it holds."""
    manifest = {
        "claimgraph_version": __version__,
        "extractor": fingerprint,
        "base_iri": options.base_iri,
        "formats": list(written),
        "files": {name: path.name for name, path in written.items()},
        "graph_files": [GRAPH_FILES[name] for name in options.graph_formats],
        "provenance": options.provenance,
        "paper_hashes": paper_hashes,
        "counts": counts,
    }
    atomic_write_text(staging / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
