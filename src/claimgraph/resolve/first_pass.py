"""Pass 1 of resolution (:class:`FirstPass`): each paper's extracted entities are added as typed keys to one
union-find, joined with their long forms and the known name they are anchored to (rules 1 to 3 and 6 of
:mod:`claimgraph.resolve.core`), and summed per primary key; short forms only vote for their expansions. After
the last paper, weakly typed names join their corpus type (rule 7), each unambiguous short form joins the one
long form papers give it (rule 4), and :mod:`claimgraph.resolve.entity_nodes` makes the entity table. What it
holds is bounded by the distinct names seen, not by papers or mentions.
"""

from __future__ import annotations

from collections import defaultdict

from claimgraph.extract.lexicons import Lexicon
from claimgraph.extract.model import Entity
from claimgraph.resolve.anchoring import anchor_candidates, named_by_long_form
from claimgraph.resolve.corpus_types import TypeVotes
from claimgraph.resolve.entity_nodes import make_entity_table
from claimgraph.resolve.entity_table import EntityTable
from claimgraph.resolve.form_relations import is_short_form, looks_like_acronym, other_release
from claimgraph.resolve.known_names import KnownNames
from claimgraph.resolve.occurrences import Aggregate, Mention, Occurrence
from claimgraph.resolve.registry import AliasRegistry

__all__ = ["FirstPass"]


class FirstPass:
    """Pass 1 of resolution: the union-find of typed keys and each primary key's :class:`Aggregate`, filled
    paper by paper (:meth:`add_entity`), then typed by the corpus and its short forms linked (:meth:`finish`)."""

    def __init__(self, lexicon: Lexicon, registry: AliasRegistry, corpus_typing: bool = True):
        self.known = KnownNames(lexicon, registry)
        self.keys = self.known.keys
        self.sets = self.known.entry_sets()
        self.aggregates: dict[str, Aggregate] = {}
        self.added = 0  # occurrences added
        self.votes: dict[str, set[str]] = defaultdict(set)
        #: typed keys of acronyms a paper proposes without spelling them out ("We propose SAGE, ..."): never
        #: joined with another paper's long form of the same letters (another paper's SAGE is another method)
        self.coined: set[str] = set()
        self.short_types: dict[str, set[str]] = defaultdict(set)
        self.corpus_typing = corpus_typing
        self.type_votes = TypeVotes()
        self.retyped: dict[str, str] = {}  # corpus-typed key -> the key of the corpus type it joined
        self.paper_names: set[str] = set()  # normalised entity texts of the paper being added

    def add_entity(self, paper: str, entity: Entity, *, proposed: bool = False) -> Mention | None:
        """Add one extracted entity of ``paper`` (``proposed``: the paper proposes it); return its mention."""
        entity = named_by_long_form(self.known, entity)
        type_, text = entity.type, entity.text
        text_key = self.keys.typed(type_, text)
        if not text_key:
            return None
        own_letters = proposed and self._coined_against_lexicon(type_, entity)
        if own_letters:
            text_key = f"{text_key}~{paper}"  # "We propose ROME, a ...": the paper's name, not rank-one model editing
        sig = self.known.signature(type_, text)
        occ = Occurrence(paper, type_, text_key, own=[text], local=[], longs=[text])
        shorts: list[str] = []
        for form in dict.fromkeys(entity.aliases):
            key = self.keys.typed(type_, form)
            if not key or form == text:
                continue
            if key == text_key:
                occ.own.append(form)
                occ.longs.append(form)
            elif self.known.signature(type_, form) != sig or other_release(text, form, type_):
                occ.local.append(form)  # LLaMA-7B (LLaMA), FLUX.1 (FLUX): a variant is never its family
            elif is_short_form(form, text):
                shorts.append(form)
            else:
                occ.longs.append(form)
        self.sets.add(text_key)
        if own_letters:
            occ.anchor = text  # its node is labelled by the paper's letters, with no lexicon entry
        for found in () if own_letters else anchor_candidates(self.known, type_, entity, occ.longs, shorts):
            if self.known.signature(type_, found[0]) == sig and self.sets.union(
                self.keys.typed(type_, found[0]), text_key
            ):
                occ.anchor, occ.entry, occ.canonical = found
                break
        for form in occ.longs[1:]:
            if form in occ.own:
                continue
            if self.sets.union(text_key, self.keys.typed(type_, form)):
                occ.own.append(form)
            else:
                occ.local.append(form)
        for form in shorts:
            occ.own.append(form)
            self.votes[self.keys.typed(type_, form)].add(text_key)
            self.short_types[self.keys.norm(form)].add(type_)
        if len(occ.own) == 1 and looks_like_acronym(text):
            occ.bare = True
            self.short_types[self.keys.norm(text)].add(type_)  # a bare use of a short form
            if proposed:
                self.coined.add(text_key)
        if self.corpus_typing:
            self._vote(type_, text, entity.evidence)
        self._aggregate(occ)
        return Mention(paper, type_, text_key, (*occ.own, *occ.local))

    def _coined_against_lexicon(self, type_: str, entity: Entity) -> bool:
        """Whether an acronym the paper proposes without spelling it out ("We propose ROME, a novel framework for
        personality detection", the title "NMS: Efficient Edge DNN Training via ...") is one the lexicon spells out
        as another name (rank-one model editing, non-maximum suppression): the paper coins these letters for its
        own work, so it is keyed in that paper alone (issue #17), like an acronym it defines against the lexicon."""
        text = entity.text
        if not looks_like_acronym(text) or any(self.keys.norm(form) != self.keys.norm(text) for form in entity.aliases):
            return False
        found = self.known.lookup(type_, text)
        if found is None or self.keys.norm(found[0]) == self.keys.norm(text):
            return False  # "We propose Self-Critique, ...": the lexicon's own name, written in capitals
        return not looks_like_acronym(found[0])  # not "DataComp-LM", the lexicon's DCLM

    def _vote(self, type_: str, text: str, evidence: str) -> None:
        """Count the entity's type for its name, and a Model variant's for its family name ("X-7B" types "X"),
        weakly when the paper names the family itself (its "X" may be the method that made "X-7B")."""
        self.type_votes.add(self.keys.norm(text), type_, text, evidence)
        if type_ == "Model":
            parsed = self.known.variant(text)
            family = self.keys.norm(parsed.base) if parsed is not None else ""
            if family and family in self.paper_names:
                self.type_votes.add(family, type_, parsed.base, "")
            elif family:
                self.type_votes.add(family, type_, parsed.base, evidence, strong=parsed.params is not None)

    def _aggregate(self, occ: Occurrence) -> None:
        """Add what ``occ`` says to its primary key's aggregate."""
        agg = self.aggregates.get(occ.primary)
        if agg is None:
            agg = self.aggregates[occ.primary] = Aggregate()
        number, self.added = self.added, self.added + 1
        agg.add(occ, number)

    def type_by_corpus(self) -> None:
        """Join each weakly typed name's key with its corpus type's key (rule 7)."""
        for norm, best, retype in self.type_votes.decisions():
            target = f"{best}:{norm}"
            for type_ in retype:
                key = f"{type_}:{norm}"
                if key not in self.aggregates or key in self.votes or self._strongly_typed(key):
                    continue  # not an entity's own name, a short form with its own expansions, or strongly typed
                self.sets.add(target)
                if self.sets.union(key, target):
                    self.retyped[key] = target
                    if norm in self.short_types:  # its bare uses are now uses of the corpus type
                        self.short_types[norm] = {best if t == type_ else t for t in self.short_types[norm]}
        self.type_votes = TypeVotes()

    def _strongly_typed(self, key: str) -> bool:
        """Whether a name in ``key``'s set is strongly typed, coined by a paper, or a lexicon entry of its type."""
        for member in self.sets.members[self.sets.find(key)]:
            type_, _, norm = member.partition(":")
            if member in self.known.lexicon or member in self.known.aliases or self.type_votes.fixed(norm, type_):
                return True
        return False

    def link_short_forms(self) -> None:
        """Join each unambiguous short form with the one long form papers give it."""
        for short_key in sorted(self.votes):
            type_, _, norm = short_key.partition(":")
            expansions = self.votes[short_key]
            if (
                self.short_types[norm] != {type_}
                or short_key in self.known.unexpanded
                or short_key in self.known.lexicon
            ):
                continue  # two types; ambiguous in the field; or a lexicon form, which is its entry's already
            if short_key in self.coined:
                continue  # a paper coins these letters without spelling them out: its name, not another's long form
            if len({self.sets.find(key) for key in expansions}) == 1:
                self.sets.union(short_key, min(expansions))

    def finish(self) -> EntityTable:
        """Type by the corpus, link short forms and make the entity table (call once, after the last paper)."""
        self.type_by_corpus()
        self.link_short_forms()
        table = make_entity_table(self.aggregates, self.sets, self.retyped, self.known)
        self.aggregates.clear()
        return table
