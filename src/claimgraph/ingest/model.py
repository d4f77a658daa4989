"""The records the ingest stage hands to the rest of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Source:
    """Where one copy of a paper was read: file, 1-based line and format."""

    path: str
    line: int
    format: str


@dataclass(frozen=True, slots=True)
class Paper:
    """One deduplicated paper.

    ``title`` and ``abstract`` are the cleaned texts every later stage reads
    (and the texts that character offsets point into); ``original_title`` and
    ``original_abstract`` are the texts exactly as the first source gave them.
    """

    id: str
    title: str
    abstract: str
    original_title: str = ""
    original_abstract: str = ""
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    date: str | None = None
    upvotes: int | None = None
    url: str | None = None
    arxiv_id: str | None = None
    categories: tuple[str, ...] = ()
    sources: tuple[Source, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Problem:
    """A file, line or record that was skipped, and why."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Repair:
    """A record that was kept after unsafe characters were removed from it.

    ``message`` counts them, e.g. ``2 control characters removed`` (see
    :class:`~claimgraph.ingest.clean.Scrub`).
    """

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"
