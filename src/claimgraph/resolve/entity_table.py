"""Pass 2 of resolution: the :class:`EntityTable` pass 1 makes, every entity (without its papers) and the node of
each primary key, maps the :class:`~claimgraph.resolve.occurrences.Mention` s of some papers to their nodes and
counts or lists those papers (:meth:`EntityTable.resolution`), shard by shard when the corpus is large.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from claimgraph.resolve.keys import KeyMaker, UnionFind
from claimgraph.resolve.model import Resolution, ResolvedEntity
from claimgraph.resolve.occurrences import Mention

__all__ = ["EntityTable"]


class EntityTable:
    """The result of pass 1: every entity (without its papers) and the node key of each primary key.

    Its size is bounded by the distinct names seen, not by papers or mentions.
    :meth:`resolution` is pass 2 for some papers: their :class:`Mention` s mapped to node keys.
    """

    def __init__(self, entities: dict[str, ResolvedEntity], node_of: dict[str, str], sets: UnionFind, keys: KeyMaker):
        self.entities = entities
        self._node_of = node_of
        self._sets = sets
        self._norm = keys

    def __len__(self) -> int:
        return len(self.entities)

    def node(self, primary: str) -> str:
        """The node key of an occurrence's primary key."""
        return self._node_of[self._sets.find(primary)]

    def paper_counts(self, mentions: Iterable[Mention]) -> Counter:
        """Node key -> number of papers of ``mentions`` (in paper order) naming it."""
        counts: Counter = Counter()
        last: dict[str, str] = {}
        for mention in mentions:
            node = self.node(mention.primary)
            if last.get(node) != mention.paper:
                last[node] = mention.paper
                counts[node] += 1
        return counts

    def resolution(self, mentions: Iterable[Mention], *, paper_ids: bool = False) -> Resolution:
        """The :class:`Resolution` of the papers of ``mentions`` (given in paper order, as
        :class:`~claimgraph.resolve.resolver.Resolver` made them): the entities they name (with those papers as
        ``paper_ids`` when asked) and their look-ups."""
        key_of: dict[tuple[str, str], str] = {}
        typed: dict[tuple[str, str, str], str] = {}
        normalised: dict[tuple[str, str, str], str] = {}
        papers: dict[str, list[str]] = defaultdict(list)
        for mention in mentions:
            node = self.node(mention.primary)
            found = papers[node]
            if not found or found[-1] != mention.paper:
                found.append(mention.paper)
            types = (mention.type,)
            if node in self.entities and self.entities[node].type != mention.type:
                types = (mention.type, self.entities[node].type)  # typed by the corpus: found under both
            for form in mention.forms:
                key_of.setdefault((mention.paper, form), node)
                for type_ in types:
                    typed.setdefault((mention.paper, type_, form), node)
                    normalised.setdefault((mention.paper, type_, self._norm.norm(form)), node)
        if paper_ids:
            entities = tuple(
                replace(entity, paper_ids=tuple(sorted(papers.get(key, ()))))
                for key, entity in sorted(self.entities.items())
            )
        else:
            entities = tuple(self.entities[key] for key in sorted(papers))
        return Resolution(entities, key_of, typed, normalised)
