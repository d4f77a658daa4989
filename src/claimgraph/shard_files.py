"""The files a sharded build spills to its staging folder, shard by shard, and reads back.

A shard is a run of papers in id order (:func:`spill_papers` writes them). For each,
``<staging>/.shards/`` holds its papers and extractions (JSON lines, as the
build's ``papers.jsonl.gz`` and ``extractions.jsonl.gz`` are their
concatenation, compressed: :func:`compress_blocks` makes each shard's part in
pass 2), its entity mentions (pass 1 of resolution, pickled) and the bodies
of its RDF files. The folder goes before the staging folder becomes a
version; a killed build's staging folder, with it, is removed by the next build.
"""

from __future__ import annotations

import gzip
import itertools
import json
import pickle
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from claimgraph.extract.jsonl import dumps, from_record
from claimgraph.extract.model import Extraction
from claimgraph.ingest.model import Paper
from claimgraph.ingest.serialize import paper_from_dict, paper_to_dict
from claimgraph.resolve.core import Mention

WORK = ".shards"


def paper_line(paper: Paper) -> str:
    """A paper as a line of ``papers.jsonl``."""
    return json.dumps(paper_to_dict(paper), ensure_ascii=False, sort_keys=True) + "\n"


@dataclass(frozen=True)
class Shard:
    """The spilled files of shard ``number``, whose papers are ``[start, stop)`` of the build's papers in id order."""

    folder: Path
    number: int
    start: int
    stop: int

    def path(self, what: str) -> Path:
        """``papers``, ``extractions``, ``mentions``, ``rdf-<format>``, or ``papers.gz`` and ``extractions.gz``
        (the compressed ones of :func:`compress_blocks`)."""
        return self.folder / f"{self.number:06d}.{what}"

    def papers(self) -> Iterator[Paper]:
        """The shard's papers."""
        with self.path("papers").open(encoding="utf-8") as handle:
            for line in handle:
                yield paper_from_dict(json.loads(line))

    def extractions(self) -> Iterator[Extraction]:
        """The shard's extractions."""
        with self.path("extractions").open(encoding="utf-8") as handle:
            for line in handle:
                yield from_record(json.loads(line))

    def mentions(self) -> list[Mention]:
        """The shard's mentions (pass 1 of resolution)."""
        with self.path("mentions").open("rb") as handle:
            return [Mention(*fields) for fields in pickle.load(handle)]


def spill_papers(papers: Iterable[Paper], folder: Path, shard_size: int) -> list[Shard]:
    """Write ``papers`` (in id order) as the papers files of shards of ``shard_size``, one paper held at a time."""
    shards: list[Shard] = []
    start = count = 0
    handle = None
    try:
        for paper in papers:
            if count % shard_size == 0:
                if handle is not None:
                    handle.close()
                    shards.append(Shard(folder, len(shards), start, count))
                start = count
                handle = Shard(folder, len(shards), start, start).path("papers").open("w", encoding="utf-8")
            handle.write(paper_line(paper))
            count += 1
    finally:
        if handle is not None:
            handle.close()
    if count:
        shards.append(Shard(folder, len(shards), start, count))
    return shards


class ShardWriter:
    """Writes one shard's extractions and mentions as they come (its papers are spilled first)."""

    def __init__(self, shard: Shard):
        self.shard = shard
        self._extractions = shard.path("extractions").open("w", encoding="utf-8")
        self._mentions: list[tuple] = []

    def add(self, extraction: Extraction, mentions: Iterable[Mention]) -> None:
        """Spill one paper's extraction and mentions."""
        self._extractions.write(dumps(extraction) + "\n")
        self._mentions += ((m.paper, m.type, m.primary, m.forms) for m in mentions)

    def close(self) -> None:
        """Finish the shard's files."""
        self._extractions.close()
        with self.shard.path("mentions").open("wb") as handle:
            pickle.dump(self._mentions, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self._mentions = []


def concatenate(sources: Iterable[Path], target: Path) -> None:
    """Append the files ``sources`` into ``target``, in order."""
    with target.open("wb") as out:
        for source in sources:
            with source.open("rb") as handle:
                shutil.copyfileobj(handle, out, 1 << 20)


#: How hard the papers and extractions files are compressed (gzip's default level: about a fifth of the bytes).
COMPRESS_LEVEL = 6


def compress_blocks(source: Path, target: Path, block: int) -> None:
    """Write the lines of ``source`` into ``target`` gzip-compressed, one gzip member per ``block`` lines.

    Each member has ``mtime`` 0 and no file name, so the bytes depend only on
    the lines; members concatenated are one gzip stream (RFC 1952). A shard
    starts at a multiple of ``block`` papers, so the shards' files put end to
    end are the same bytes whatever the shard size.
    """
    with source.open("rb") as lines, target.open("wb") as out:
        while chunk := b"".join(itertools.islice(lines, block)):
            out.write(gzip.compress(chunk, compresslevel=COMPRESS_LEVEL, mtime=0))
