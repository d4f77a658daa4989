"""What resolution keeps of each extracted entity: the :class:`Occurrence` it makes while pass 1 adds it, the
:class:`Mention` pass 2 maps to a node, and the :class:`Aggregate` of all occurrences under one primary key
(bounded by the distinct names seen, not by papers or mentions), from which the node's label is chosen.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from claimgraph.extract.lexicons import LexiconEntry

__all__ = ["Aggregate", "Mention", "Occurrence"]


@dataclass(slots=True)
class Occurrence:
    """One extracted entity of one paper, and where it landed (kept only while it is added)."""

    paper: str
    type: str
    primary: str  # typed key whose set is this entity's node
    own: list[str]  # forms listed as the node's aliases
    local: list[str]  # forms that point to the node in this paper only
    longs: list[str]  # long forms (label candidates)
    anchor: str | None = None
    entry: LexiconEntry | None = None
    canonical: str | None = None
    bare: bool = False  # a short form used without its long form


@dataclass(frozen=True, slots=True)
class Mention:
    """What pass 2 needs of one extracted entity: its paper, type, primary key and the forms that name it there."""

    paper: str
    type: str
    primary: str
    forms: tuple[str, ...]


@dataclass(slots=True)
class Aggregate:
    """Everything the occurrences whose primary key is one key say, summed: bounded by distinct names, not mentions.

    ``first_entry`` and ``first_canonical`` map an anchor to the (occurrence number, value) of the first occurrence
    anchored there with a lexicon entry or a canonical name.
    """

    anchors: Counter = field(default_factory=Counter)
    first_entry: dict = field(default_factory=dict)
    first_canonical: dict = field(default_factory=dict)
    own: set = field(default_factory=set)
    longs: Counter = field(default_factory=Counter)  # long forms of occurrences with their long form
    bare_longs: Counter = field(default_factory=Counter)  # of bare short forms ("SPT" alone)
    expanded: bool = False  # some occurrence is not bare

    def add(self, occ: Occurrence, number: int) -> None:
        """Add what ``occ``, the ``number``-th occurrence added, says."""
        if occ.anchor:
            self.anchors[occ.anchor] += 1
            if occ.entry is not None and occ.anchor not in self.first_entry:
                self.first_entry[occ.anchor] = (number, occ.entry)
            if occ.canonical is not None and occ.anchor not in self.first_canonical:
                self.first_canonical[occ.anchor] = (number, occ.canonical)
        self.own.update(occ.own)
        longs = self.bare_longs if occ.bare else self.longs
        longs.update(form for form in occ.longs if form in occ.own)
        self.expanded = self.expanded or not occ.bare
