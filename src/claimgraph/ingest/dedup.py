"""Merging the records of one paper read from several places."""

from __future__ import annotations

import hashlib
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


def _digest(kind: str, key: str) -> int:
    """A 128-bit digest of one dedup key (collisions: about 1 in 10^25 for a billion keys)."""
    return int.from_bytes(hashlib.blake2b(f"{kind}\0{key}".encode(), digest_size=16).digest(), "big")


class GroupIndex:
    """Which paper (group of records) each record belongs to, without holding any paper.

    It numbers the papers in first-seen order and puts each record in the
    paper the :class:`Deduplicator` would merge it into: the same id, arXiv id
    or normalised title. It holds, per paper, 128-bit digests of its record
    ids, its first arXiv id and its title keys (about 3 dict entries, some
    300 bytes) and one byte of flags, instead of the papers' text.
    """

    _ARXIV = 1  # the paper has an arXiv id
    _HASH_ID = 2  # the paper's id is (still) a title hash

    def __init__(self) -> None:
        self._keys: dict[int, int] = {}
        self._flags = bytearray()
        self._first_arxiv: dict[int, str] = {}  # papers with a title-hash id and an arXiv id (rare)
        self.records = 0
        self.duplicates = 0

    def __len__(self) -> int:
        return len(self._flags)

    def add(self, paper: Paper) -> int:
        """Add one record (a single-source Paper) and return the number of its paper."""
        self.records += 1
        keys = self._keys
        title = _digest("title", title_key(paper))
        own = None if is_title_hash(paper.id) else _digest("id", paper.id)
        arxiv = _digest("arxiv", paper.arxiv_id) if paper.arxiv_id else None
        index = None if own is None else keys.get(own)
        if index is None and arxiv is not None:
            index = keys.get(arxiv)
        if index is None:
            index = keys.get(title)
        duplicate = index is not None
        if index is None:
            index = len(self._flags)
            self._flags.append(self._HASH_ID if own is None else 0)
        else:
            self.duplicates += 1
        flags = self._flags[index]
        if own is not None:
            keys.setdefault(own, index)
        if arxiv is not None and not flags & self._ARXIV:
            keys.setdefault(arxiv, index)  # a paper's arXiv id is the first one its records give
            flags |= self._ARXIV
            if flags & self._HASH_ID:
                self._first_arxiv[index] = paper.arxiv_id  # type: ignore[assignment]
        if duplicate and flags & self._HASH_ID:  # merge() gives the paper a real id if it now knows one
            if own is not None:
                flags &= ~self._HASH_ID
                self._first_arxiv.pop(index, None)
            elif index in self._first_arxiv:  # the id merge() recomputes is the arXiv id: a new key
                keys.setdefault(_digest("id", self._first_arxiv.pop(index)), index)
                flags &= ~self._HASH_ID
        self._flags[index] = flags
        keys.setdefault(title, index)
        return index
