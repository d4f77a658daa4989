"""The names resolution knows before it reads a paper: the lexicon's and the alias registry's, looked up by typed key.

:class:`KnownNames` holds the lexicon by typed key (canonical names win over other entries' aliases; the
``ambiguous_abbreviations`` are never expanded), the registry's aliases and forbidden merges, and the Model names
that are no variants; it answers a form's canonical name (:meth:`KnownNames.lookup`) and a Model name's variant
suffix (:meth:`KnownNames.signature`), and seeds the union-find with each lexicon entry's forms as one entity
(:meth:`KnownNames.entry_sets`). It is read-only after construction, except for its cache of parsed variants.
"""

from __future__ import annotations

from collections import defaultdict

from claimgraph.extract.lexicons import Lexicon, LexiconEntry
from claimgraph.resolve.keys import KeyMaker, UnionFind
from claimgraph.resolve.registry import AliasRegistry
from claimgraph.resolve.variants import Variant, parse_variant
from claimgraph.vocabulary import ENTITY_TYPES

__all__ = ["KnownNames"]


class KnownNames:
    """The lexicon and alias registry by typed key (see the module docstring)."""

    def __init__(self, lexicon: Lexicon, registry: AliasRegistry):
        self.entries = lexicon.entries
        self.keys = KeyMaker({d.form: d.tag for d in registry.distinct})
        self.lexicon: dict[str, LexiconEntry] = {}
        for entry in lexicon.entries:  # canonical names win over other entries' aliases
            self.lexicon.setdefault(self.keys.typed(entry.type, entry.name), entry)
        #: typed keys of abbreviations the field uses for several things ("FFT"): never expanded by the lexicon
        self.unexpanded = {self.keys.typed(e.type, form) for e in lexicon.entries for form in e.ambiguous_abbreviations}
        for entry in lexicon.entries:
            for form in entry.forms:
                if self.keys.typed(entry.type, form) not in self.unexpanded:
                    self.lexicon.setdefault(self.keys.typed(entry.type, form), entry)
        self.aliases: dict[str, str] = {}
        for rule in registry.aliases:
            for type_ in (rule.type,) if rule.type else ENTITY_TYPES:
                self.aliases.setdefault(self.keys.typed(type_, rule.alias), rule.canonical)
        #: typed key -> the typed keys it may never share a set with
        self.forbidden: dict[str, list[str]] = defaultdict(list)
        for rule in registry.forbidden:
            for type_ in (rule.type,) if rule.type else ENTITY_TYPES:
                a, b = self.keys.typed(type_, rule.a), self.keys.typed(type_, rule.b)
                self.forbidden[a].append(b)
                self.forbidden[b].append(a)
        self.not_variants = {self.keys.norm(name) for name in registry.not_variants}
        self.variants: dict[str, Variant | None] = {}

    def entry_sets(self) -> UnionFind:
        """A union-find with the registry's forbidden merges in which each lexicon entry's forms are one entity
        (variants aside)."""
        sets = UnionFind(self.forbidden)
        for entry in self.entries:
            name_key = self.keys.typed(entry.type, entry.name)
            sig = self.signature(entry.type, entry.name)
            sets.add(name_key)
            for form in entry.forms:
                key = self.keys.typed(entry.type, form)
                if self.lexicon.get(key) is entry and self.signature(entry.type, form) == sig:
                    sets.union(name_key, key)
        return sets

    def variant(self, name: str) -> Variant | None:
        """The parsed variant of a Model name (None for a family or an exception)."""
        if name not in self.variants:
            excepted = self.keys.norm(name) in self.not_variants
            self.variants[name] = None if excepted else parse_variant(name)
        return self.variants[name]

    def signature(self, type_: str, name: str) -> str:
        """The normalised variant suffix of a Model name ('' for a family)."""
        if type_ != "Model":
            return ""
        parsed = self.variant(name)
        return self.keys.norm(parsed.suffix) if parsed else ""

    def lookup(self, type_: str, form: str) -> tuple[str, LexiconEntry | None] | None:
        """Canonical name (and lexicon entry) of ``form`` by registry or lexicon."""
        key = self.keys.typed(type_, form)
        canonical = self.aliases.get(key)
        if canonical is not None:
            entry = self.lexicon.get(self.keys.typed(type_, canonical))
            return (entry.name if entry else canonical), entry
        entry = self.lexicon.get(key)
        return (entry.name, entry) if entry else None
