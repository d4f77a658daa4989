"""Cross-paper entity resolution: one node per real-world entity.

Rules, applied with keyed look-ups only (cost near-linear in mentions):

1. Every surface form has a typed key ``<Type>:<normalize_name(form)>``, so
   case, hyphen and spacing variants (GPT-3 / GPT3 / GPT 3) share a key.
2. The forms of one extracted entity (text and aliases) are one entity in that
   paper. Its long forms are merged across papers by key.
3. An entity is anchored to a canonical name by the alias registry, the
   extractor's ``canonical`` or a lexicon form (text first, then long forms,
   then short forms); all papers anchored to a name share its node. Lexicon
   look-ups are by whole key, never by prefix, and the extractor's canonical
   counts only for a lexicon form itself, not for a longer name that contains
   one ("ImageNet-LT" is not ImageNet, "LLaMA-Omni 2" not LLaMA).
4. A short form (an acronym alias, "SPT") joins its long form across papers
   only when unambiguous: every paper that expands it expands it to the same
   entity and it is used with one type only. Otherwise each paper's short form
   stays with that paper's long form and bare uses get a node of their own.
5. Forbidden merges of the alias registry are never made.
6. Model variants are never merged with their family: forms with a different
   size/variant suffix are paper-local aliases only, and a variant node records
   ``variant_of`` (its family's key, creating the family node if needed) and
   ``params``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimgraph.extract.lexicons import Lexicon, LexiconEntry, load_lexicon
from claimgraph.extract.model import Entity, Extraction
from claimgraph.resolve.keys import KeyMaker, UnionFind
from claimgraph.resolve.model import Resolution, ResolvedEntity
from claimgraph.resolve.registry import AliasRegistry, load_registry
from claimgraph.resolve.variants import Variant, parse_variant
from claimgraph.vocabulary import ENTITY_TYPES

__all__ = ["resolve"]

#: Extractor evidence whose ``canonical`` is a lexicon name found inside a
#: longer name (the whole is another entity or a variant, never that name).
CONTAINED_NAME_EVIDENCE: frozenset[str] = frozenset({"lexicon-variant"})


def is_short_form(form: str, long_form: str) -> bool:
    """Whether ``form`` looks like an abbreviation of ``long_form`` ("SPT", "CoT", "LoRA").

    Examples
    --------
    >>> is_short_form("SPT", "Semantic-aware Permutation Training"), is_short_form("GPT 3", "GPT-3")
    (True, False)
    """
    return len(form) < len(long_form) and looks_like_acronym(form)


def looks_like_acronym(form: str) -> bool:
    """One word with two capitals, or a short capitalised word ("SPT", "CoT", "Orca")."""
    if any(ch.isspace() for ch in form):
        return False
    capitals = sum(ch.isupper() for ch in form)
    return capitals >= 2 or (capitals == 1 and form[:1].isupper() and len(form) <= 5)


@dataclass(slots=True)
class _Occurrence:
    """One extracted entity of one paper, and where it landed."""

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


class _Resolver:
    def __init__(self, lexicon: Lexicon, registry: AliasRegistry):
        self.keys = KeyMaker({d.form: d.tag for d in registry.distinct})
        self.lexicon: dict[str, LexiconEntry] = {}
        for entry in lexicon.entries:  # canonical names win over other entries' aliases
            self.lexicon.setdefault(self.keys.typed(entry.type, entry.name), entry)
        for entry in lexicon.entries:
            for form in entry.forms:
                self.lexicon.setdefault(self.keys.typed(entry.type, form), entry)
        self.aliases: dict[str, str] = {}
        for rule in registry.aliases:
            for type_ in (rule.type,) if rule.type else ENTITY_TYPES:
                self.aliases.setdefault(self.keys.typed(type_, rule.alias), rule.canonical)
        forbidden: dict[str, list[str]] = defaultdict(list)
        for rule in registry.forbidden:
            for type_ in (rule.type,) if rule.type else ENTITY_TYPES:
                a, b = self.keys.typed(type_, rule.a), self.keys.typed(type_, rule.b)
                forbidden[a].append(b)
                forbidden[b].append(a)
        self.not_variants = {self.keys.norm(name) for name in registry.not_variants}
        self.variants: dict[str, Variant | None] = {}
        self.sets = UnionFind(forbidden)
        for entry in lexicon.entries:  # a lexicon entry's forms are one entity (variants aside)
            name_key = self.keys.typed(entry.type, entry.name)
            sig = self.signature(entry.type, entry.name)
            self.sets.add(name_key)
            for form in entry.forms:
                key = self.keys.typed(entry.type, form)
                if self.lexicon.get(key) is entry and self.signature(entry.type, form) == sig:
                    self.sets.union(name_key, key)
        self.occurrences: list[_Occurrence] = []
        self.votes: dict[str, list[str]] = defaultdict(list)
        self.short_types: dict[str, set[str]] = defaultdict(set)

    # ------------------------------------------------------------ lookups
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

    # ------------------------------------------------------------ papers
    def add_entity(self, paper: str, entity: Entity) -> None:
        type_, text = entity.type, entity.text
        text_key = self.keys.typed(type_, text)
        if not text_key:
            return
        sig = self.signature(type_, text)
        occ = _Occurrence(paper, type_, text_key, own=[text], local=[], longs=[text])
        shorts: list[str] = []
        for form in dict.fromkeys(entity.aliases):
            key = self.keys.typed(type_, form)
            if not key or form == text:
                continue
            if key == text_key:
                occ.own.append(form)
                occ.longs.append(form)
            elif self.signature(type_, form) != sig:
                occ.local.append(form)  # LLaMA-7B (LLaMA): a variant is never its family
            elif is_short_form(form, text):
                shorts.append(form)
            else:
                occ.longs.append(form)
        self.sets.add(text_key)
        for found in self._anchors(type_, entity, [*occ.longs, *shorts]):
            if self.signature(type_, found[0]) == sig and self.sets.union(self.keys.typed(type_, found[0]), text_key):
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
            self.votes[self.keys.typed(type_, form)].append(text_key)
            self.short_types[self.keys.norm(form)].add(type_)
        if len(occ.own) == 1 and looks_like_acronym(text):
            occ.bare = True
            self.short_types[self.keys.norm(text)].add(type_)  # a bare use of a short form
        self.occurrences.append(occ)

    def _anchors(self, type_: str, entity: Entity, forms: list[str]):
        """Candidate canonical names: text, extractor's canonical, other forms.

        The extractor's canonical names the entity only when the entity is a
        lexicon form; for a name grown past one (evidence ``lexicon-variant``:
        "Qwen3-Max-Preview", "ImageNet-LT", "PTB-TIR") it is the name inside,
        which is a different entity (or, for a size suffix, the family).
        """
        trusted = bool(entity.canonical) and entity.evidence not in CONTAINED_NAME_EVIDENCE
        for i, form in enumerate(forms):
            found = self.lookup(type_, form)
            if found:
                yield (*found, found[1].name if found[1] else None)
            if i == 0 and trusted:
                found = self.lookup(type_, entity.canonical) or (entity.canonical, None)
                yield (*found, found[1].name if found[1] else entity.canonical)

    def link_short_forms(self) -> None:
        """Join each unambiguous short form with the one long form papers give it."""
        for short_key in sorted(self.votes):
            type_, _, norm = short_key.partition(":")
            expansions = self.votes[short_key]
            if self.short_types[norm] != {type_}:
                continue
            if len({self.sets.find(key) for key in expansions}) == 1:
                self.sets.union(short_key, expansions[0])

    # ------------------------------------------------------------ result
    def finish(self) -> Resolution:
        by_root: dict[str, list[_Occurrence]] = defaultdict(list)
        for occ in self.occurrences:
            by_root[self.sets.find(occ.primary)].append(occ)
        node_of: dict[str, str] = {}  # root -> node key
        nodes: dict[str, dict] = {}
        for root in sorted(by_root):
            occs = by_root[root]
            label, entry, canonical = self._label(root, occs)
            key = self.keys.typed(occs[0].type, label)
            if key not in self.sets or self.sets.find(key) != root:
                key = min(self.sets.members[root])
            node_of[root] = key
            nodes[key] = {
                "type": occs[0].type,
                "label": label,
                "entry": entry,
                "canonical": canonical,
                "aliases": {form for occ in occs for form in occ.own},
                "papers": {occ.paper for occ in occs},
            }
        for key in sorted(nodes):
            if nodes[key]["type"] == "Model":
                self._attach_family(key, nodes, node_of)
        return self._resolution(nodes, node_of)

    def _label(self, root: str, occs: list[_Occurrence]) -> tuple[str, LexiconEntry | None, str | None]:
        anchors = Counter(occ.anchor for occ in occs if occ.anchor)
        if anchors:
            label = min(anchors, key=lambda name: (-anchors[name], name))
            entry = next((o.entry for o in occs if o.anchor == label and o.entry), None)
            canonical = next((o.canonical for o in occs if o.anchor == label and o.canonical), None)
            return label, entry, canonical
        expanded = [occ for occ in occs if not occ.bare] or occs  # "SPT" alone is no long form
        longs = Counter(
            form
            for occ in expanded
            for form in occ.longs
            if form in occ.own and self.sets.find(self.keys.typed(occ.type, form)) == root
        )
        return min(longs, key=lambda form: (-longs[form], form)), None, None

    def _attach_family(self, key: str, nodes: dict[str, dict], node_of: dict[str, str]) -> None:
        """Give Model node ``key`` its ``variant_of`` and ``params``, creating family nodes."""
        seen = set()
        while key not in seen:
            seen.add(key)
            node = nodes[key]
            entry, parsed = node["entry"], None
            if entry is not None and entry.variant_of:
                base, params = entry.variant_of, entry.params
            else:
                parsed = self.variant(node["label"])
                if parsed is None:
                    return
                base, params = parsed.base, parsed.params
            found = self.lookup("Model", base)
            name, base_entry = found if found else (base, None)
            typed = self.keys.typed("Model", name)
            family = node_of.get(self.sets.find(typed)) if typed in self.sets else typed
            family = family or typed
            if family == key:
                return
            node["variant_of"] = family
            node["params"] = params if params is not None else (entry.params if entry else None)
            if family in nodes:
                return
            nodes[family] = {
                "type": "Model",
                "label": name,
                "entry": base_entry,
                "canonical": base_entry.name if base_entry else None,
                "aliases": set(),
                "papers": set(),
            }
            key = family

    def _resolution(self, nodes: dict[str, dict], node_of: dict[str, str]) -> Resolution:
        entities = []
        for key in sorted(nodes):
            node = nodes[key]
            entry = node["entry"]
            entities.append(
                ResolvedEntity(
                    key=key,
                    type=node["type"],
                    label=node["label"],
                    aliases=tuple(sorted(node["aliases"])),
                    canonical=node["canonical"],
                    params=node.get("params", entry.params if entry else None),
                    variant_of=node.get("variant_of"),
                    paper_ids=tuple(sorted(node["papers"])),
                )
            )
        key_of: dict[tuple[str, str], str] = {}
        typed: dict[tuple[str, str, str], str] = {}
        normalised: dict[tuple[str, str, str], str] = {}
        order = {type_: i for i, type_ in enumerate(ENTITY_TYPES)}
        for occ in sorted(self.occurrences, key=lambda o: (o.paper, order.get(o.type, 99))):
            node = node_of[self.sets.find(occ.primary)]
            for form in (*occ.own, *occ.local):
                key_of.setdefault((occ.paper, form), node)
                typed.setdefault((occ.paper, occ.type, form), node)
                normalised.setdefault((occ.paper, occ.type, self.keys.norm(form)), node)
        return Resolution(tuple(entities), key_of, typed, normalised)


def resolve(
    extractions: Iterable[Extraction],
    *,
    lexicon: Lexicon | None = None,
    registry: AliasRegistry | None = None,
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

    Returns
    -------
    Resolution
        Entities sorted by key, and the ``(paper id, form) -> key`` lookup.
        The result depends only on the input, not on its order.
    """
    resolver = _Resolver(
        load_lexicon() if lexicon is None else lexicon,
        load_registry() if registry is None else registry,
    )
    order = {type_: i for i, type_ in enumerate(ENTITY_TYPES)}
    for extraction in sorted(extractions, key=lambda e: e.id):
        entities = sorted(extraction.entities, key=lambda e: (order.get(e.type, 99), e.type, e.text))
        for entity in entities:
            if entity.type in order:
                resolver.add_entity(extraction.id, entity)
    resolver.link_short_forms()
    return resolver.finish()
