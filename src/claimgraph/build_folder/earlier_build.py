"""What ``update`` reads of the current build: its manifest, its papers and the extractions it may reuse
(:func:`read_earlier_build`). Whatever of it is not what a claimgraph build writes is a ConfigError that says to
build without ``--update``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from pathlib import Path

from claimgraph.build_layout import MANIFEST, current_build, data_file, open_data
from claimgraph.errors import ConfigError
from claimgraph.extract.jsonl import from_record
from claimgraph.extract.model import Extraction
from claimgraph.ingest.model import Paper
from claimgraph.ingest.serialize import paper_from_dict

REBUILD = "build without --update to start afresh"


def parsed_record(line: str, read: Callable[[dict], object], where: str):
    """``read`` of one JSON line of an earlier build; a line that is no such record is a ConfigError naming
    ``where`` (file and line number)."""
    try:
        return read(json.loads(line))
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise ConfigError(f"{where}: not a record of a claimgraph build ({error}); {REBUILD}") from None


def iter_jsonl(path: Path, read: Callable[[dict], object]) -> Iterator:
    """Read a JSON Lines file of an earlier build with ``read`` per record; a bad line is a ConfigError."""
    if not path.exists():
        return
    try:
        with open_data(path) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                yield parsed_record(line, read, f"{path}:{number}")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text ({error.reason}); {REBUILD}") from None
    except (OSError, EOFError) as error:  # not gzip, or cut short
        raise ConfigError(f"{path}: not a readable gzip file ({error}); {REBUILD}") from None


def read_manifest(path: Path) -> dict:
    """The manifest at ``path`` ({} when there is none)."""
    if not path.exists():
        return {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid JSON ({error}); {REBUILD}") from None
    if not isinstance(manifest, dict):
        raise ConfigError(f"{path}: not a claimgraph manifest (a JSON object); {REBUILD}")
    return manifest


class CachedExtractions:
    """The extractions of an earlier build's ``extractions.jsonl.gz``, read forward as ids in order ask for them."""

    def __init__(self, path: Path | None):
        self.path = path
        self._handle = open_data(path) if path is not None and path.exists() else None
        self._number = 0

    def get(self, paper_id: str) -> Extraction:
        """The extraction of ``paper_id`` (ids asked for in increasing order)."""
        while self._handle is not None:
            try:
                line = self._handle.readline()
            except (OSError, EOFError, UnicodeDecodeError) as error:
                raise ConfigError(f"{self.path}: not a readable gzip file ({error}); {REBUILD}") from None
            self._number += 1
            if not line:
                break
            if not line.strip():
                continue
            extraction = parsed_record(line, from_record, f"{self.path}:{self._number}")
            if extraction.id == paper_id:
                return extraction
        raise ConfigError(f"{self.path}: no extraction of paper {paper_id!r} in order; {REBUILD}")

    def ids(self) -> set[str]:
        """The ids of the papers the file has an extraction of (read in a pass of its own)."""
        return set(iter_jsonl(self.path, itemgetter("id"))) if self._handle is not None else set()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def read_earlier_build(out: Path, fingerprint: str) -> tuple[Iterable[Paper], CachedExtractions, dict[str, str]]:
    """The papers of the current build in ``out`` (read lazily, in id order), and, when its extractor's
    fingerprint is ``fingerprint``, its extractions and the :func:`~.manifest.paper_hash` of each paper (else no
    extractions and no hashes: every paper is extracted again)."""
    source = current_build(out)
    manifest = read_manifest(source / MANIFEST)
    papers = iter_jsonl(data_file(source, "papers"), paper_from_dict)
    if manifest.get("extractor") != fingerprint:
        return papers, CachedExtractions(None), {}
    hashes = manifest.get("paper_hashes") or {}
    if not isinstance(hashes, dict):
        raise ConfigError(f"{source / MANIFEST}: paper_hashes is not an object; {REBUILD}")
    return papers, CachedExtractions(data_file(source, "extractions")), hashes
