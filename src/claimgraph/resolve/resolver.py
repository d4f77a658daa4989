"""The resolve stage: :func:`resolve` turns the extractions of many papers into one set of graph nodes, and
:class:`Resolver` does it in passes over papers in id order (pass 1 in
:class:`~claimgraph.resolve.first_pass.FirstPass`, pass 2 by the
:class:`~claimgraph.resolve.entity_table.EntityTable`), so a large corpus's mentions can be spilled to shards.
The rules it follows are listed in :mod:`claimgraph.resolve.core`.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimgraph.extract.lexicons import Lexicon, load_lexicon
from claimgraph.extract.model import Extraction
from claimgraph.resolve.entity_table import EntityTable
from claimgraph.resolve.first_pass import FirstPass
from claimgraph.resolve.model import Resolution
from claimgraph.resolve.occurrences import Mention
from claimgraph.resolve.registry import AliasRegistry, load_registry
from claimgraph.vocabulary import ENTITY_TYPES

__all__ = ["Resolver", "resolve"]


class Resolver:
    """Resolution as passes over papers in id order: :meth:`add` each extraction (pass 1 keeps aggregates per
    distinct name and hands back the paper's :class:`~claimgraph.resolve.occurrences.Mention` s to spill),
    :meth:`finish` makes the :class:`~claimgraph.resolve.entity_table.EntityTable`, whose
    :meth:`~claimgraph.resolve.entity_table.EntityTable.resolution` maps spilled mentions shard by shard (pass 2).

    Raises
    ------
    ValueError
        When an extraction comes before the previous one's id (the result depends on that order).
    """

    def __init__(
        self, lexicon: Lexicon | None = None, registry: AliasRegistry | None = None, *, corpus_typing: bool = True
    ):
        self._first_pass = FirstPass(
            load_lexicon() if lexicon is None else lexicon,
            load_registry() if registry is None else registry,
            corpus_typing,
        )
        self._last: str | None = None

    def add(self, extraction: Extraction) -> list[Mention]:
        """Add one paper's entities; return its mentions."""
        if self._last is not None and extraction.id < self._last:
            raise ValueError(f"extraction {extraction.id!r} after {self._last!r}: resolve papers in id order")
        self._last = extraction.id
        entities = sorted(extraction.entities, key=lambda e: (_ORDER.get(e.type, 99), e.type, e.text))
        if self._first_pass.corpus_typing:
            self._first_pass.paper_names = {self._first_pass.keys.norm(e.text) for e in entities}
        proposed = set(extraction.proposes)
        mentions = (
            self._first_pass.add_entity(extraction.id, e, proposed=e.text in proposed)
            for e in entities
            if e.type in _ORDER
        )
        return [mention for mention in mentions if mention is not None]

    def size(self) -> int:
        """What pass 1 holds: distinct keys in the union-find and aggregates, short-form votes (for tests)."""
        r = self._first_pass
        votes = sum(len(v) for v in r.votes.values())
        return len(r.sets.parent) + len(r.aggregates) + votes + len(r.type_votes) + len(r.coined)

    def finish(self) -> EntityTable:
        """The entity table."""
        return self._first_pass.finish()


_ORDER = {type_: i for i, type_ in enumerate(ENTITY_TYPES)}


def resolve(
    extractions: Iterable[Extraction],
    *,
    lexicon: Lexicon | None = None,
    registry: AliasRegistry | None = None,
    corpus_typing: bool = True,
) -> Resolution:
    """Resolve the entities of many papers into one set of graph nodes.

    Parameters
    ----------
    extractions : iterable of Extraction
        One per paper (the extract stage's output).
    lexicon : Lexicon, optional
        Canonical names and aliases (default: the packaged lexicons).
    registry : AliasRegistry, optional
        Extra and forbidden merges (default: the packaged ``aliases.json``).
    corpus_typing : bool
        Let the corpus's strong evidence type weakly typed names (rule 7 of
        :mod:`claimgraph.resolve.core`; default on).

    Returns
    -------
    Resolution
        Entities sorted by key, and the ``(paper id, form) -> key`` lookup.
        The result depends only on the input, not on its order.
    """
    resolver = Resolver(lexicon, registry, corpus_typing=corpus_typing)
    mentions: list[Mention] = []
    for extraction in sorted(extractions, key=lambda e: e.id):
        mentions += resolver.add(extraction)
    return resolver.finish().resolution(mentions, paper_ids=True)
