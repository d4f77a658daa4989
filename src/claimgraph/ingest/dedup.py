"""Merging the records of one paper read from several places."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace

from claimgraph.ingest.ids import is_title_hash, normalize_title, paper_id
from claimgraph.ingest.model import Paper

_MERGED = tuple(f.name for f in fields(Paper) if f.name not in {"id", "sources"})


def merge(first: Paper, other: Paper) -> Paper:
    """Return ``first`` completed by ``other``: first non-empty value wins.

    Every source of both is kept, in order.  The id is the first one that is
    not a title hash (a record's own id or an arXiv id), so that a paper gets
    a real id as soon as any of its sources knows one.
    """
    updates = {}
    for name in _MERGED:
        if getattr(first, name) in (None, "", ()) and getattr(other, name) not in (None, "", ()):
            updates[name] = getattr(other, name)
    sources = first.sources + tuple(s for s in other.sources if s not in first.sources)
    merged = replace(first, **updates, sources=sources)
    if not is_title_hash(first.id):
        return merged
    if not is_title_hash(other.id):
        return replace(merged, id=other.id)
    return replace(merged, id=paper_id(merged.title, merged.arxiv_id, abstract=merged.abstract))


def title_key(paper: Paper) -> str:
    """Return the dedup key of a paper's title (its casefolded self if it normalises to nothing).

    A paper without a title is keyed by its abstract.
    """
    if not paper.title:
        return "abstract:" + (normalize_title(paper.abstract) or " ".join(paper.abstract.casefold().split()))
    return normalize_title(paper.title) or " ".join(paper.title.casefold().split())


class Deduplicator:
    """Collects papers; the same id, arXiv id or normalised title is one paper.

    Papers keep first-seen order.
    """

    def __init__(self) -> None:
        self._papers: list[Paper] = []
        self._by_id: dict[str, int] = {}
        self._by_arxiv: dict[str, int] = {}
        self._by_title: dict[str, int] = {}
        self.records = 0
        self.duplicates = 0

    def add(self, paper: Paper) -> None:
        """Add one record (a single-source Paper)."""
        self.records += 1
        key = title_key(paper)
        index = None if is_title_hash(paper.id) else self._by_id.get(paper.id)
        if index is None and paper.arxiv_id:
            index = self._by_arxiv.get(paper.arxiv_id)
        if index is None:
            index = self._by_title.get(key)
        if index is None:
            index = len(self._papers)
            self._papers.append(paper)
        else:
            self.duplicates += 1
            self._papers[index] = merge(self._papers[index], paper)
        merged = self._papers[index]
        for identifier in (paper.id, merged.id):
            if not is_title_hash(identifier):
                self._by_id.setdefault(identifier, index)
        if merged.arxiv_id:
            self._by_arxiv.setdefault(merged.arxiv_id, index)
        self._by_title.setdefault(key, index)
        self._by_title.setdefault(title_key(merged), index)

    def extend(self, papers: Iterable[Paper]) -> None:
        """Add several records."""
        for paper in papers:
            self.add(paper)

    @property
    def papers(self) -> tuple[Paper, ...]:
        """The unique papers so far, in first-seen order."""
        return tuple(self._papers)
