"""Cross-paper entity resolution: one node per real-world entity.

Rules, applied with keyed look-ups only (cost near-linear in mentions):

1. Every surface form has a typed key ``<Type>:<normalize_name(form)>``, so
   case, hyphen and spacing variants (GPT-3 / GPT3 / GPT 3) share a key.
2. The forms of one extracted entity (text and aliases) are one entity in that
   paper. Its long forms are merged across papers by key.
3. An entity is anchored to a canonical name by the alias registry, the
   extractor's ``canonical`` or a lexicon form (text first, then long forms,
   then short forms; a short form only when the paper's own long form agrees
   with the known name); all papers anchored to a name share its node. Lexicon
   look-ups are by whole key, never by prefix, and the extractor's canonical
   counts only for a lexicon form itself, not for a longer name that contains
   one ("ImageNet-LT" is not ImageNet, "LLaMA-Omni 2" not LLaMA, "Semantic-Fast-SAM
   (SFS)" not SAM).
4. A short form (an acronym alias, "SPT") joins its long form across papers
   only when unambiguous: every paper that expands it expands it to the same
   entity, it is used with one type only, it is no lexicon form (that is its
   entry's) and no paper proposes it without spelling it out (that paper coins
   its own name: "We propose SAGE, a ..." is not another paper's "Specialized
   Analyzer Group for Expert-like Detection (SAGE)"). Otherwise each paper's
   short form stays with that paper's long form and bare uses get a node of
   their own. A paper's own definition comes first
   (issue #17): an acronym the paper defines against the lexicon's meaning
   ("Iterative Patch Optimization (IPO)") is keyed by the paper's long form, and
   a lexicon ``ambiguous_abbreviations`` form ("FFT") is expanded only where the
   paper defines it so.
5. Forbidden merges of the alias registry are never made.
6. Model variants are never merged with their family: forms with a different
   size/variant suffix, or that are another form plus a release mark ("FLUX.1"
   of "FLUX", "o1-preview" of "o1"), are paper-local aliases only; a Model name
   that is a lexicon form plus a release mark never takes that entry's name
   ("YOLOv5 nano", "GLM-4-Plus"); and a variant node records
   ``variant_of`` (its family's key, creating the family node if needed) and
   ``params``.
7. Corpus typing (:mod:`claimgraph.resolve.corpus_types`): a name typed only on
   weak evidence joins the node of the same name of the type the corpus's
   strong evidence gives it, so one entity gets one node and one type; a key
   whose set holds strongly typed or lexicon names is never retyped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from claimgraph.extract.entities.abbreviations import spells_out
from claimgraph.extract.lexicons import Lexicon, LexiconEntry, load_lexicon
from claimgraph.extract.model import Entity, Extraction
from claimgraph.names import shown_name
from claimgraph.resolve.corpus_types import TypeVotes
from claimgraph.resolve.keys import KeyMaker, UnionFind
from claimgraph.resolve.model import Resolution, ResolvedEntity
from claimgraph.resolve.registry import AliasRegistry, load_registry
from claimgraph.resolve.variants import Variant, parse_variant, release_mark, sibling_release
from claimgraph.vocabulary import ENTITY_TYPES

__all__ = ["EntityTable", "Mention", "Resolver", "resolve"]

#: Extractor evidence whose ``canonical`` is a lexicon name found inside a
#: longer name (the whole is another entity or a variant, never that name).
CONTAINED_NAME_EVIDENCE: frozenset[str] = frozenset({"lexicon-variant"})
#: Extractor evidence of a name that is a lexicon form itself (its ``canonical`` names it).
LEXICON_EVIDENCE = "lexicon"


def is_short_form(form: str, long_form: str) -> bool:
    """Whether ``form`` looks like an abbreviation of ``long_form`` ("SPT", "CoT", "LoRA").

    Examples
    --------
    >>> is_short_form("SPT", "Semantic-aware Permutation Training"), is_short_form("GPT 3", "GPT-3")
    (True, False)
    """
    return len(form) < len(long_form) and looks_like_acronym(form)


def other_release(text: str, form: str, type_: str = "Model") -> bool:
    """Whether one of two forms is the other plus a release mark ("FLUX" and "FLUX.1", "o1" and "o1-preview");
    release words ("preview", "mini") count for a Model only ("CoT" and "CoT reasoning" are one method). Two
    datasets or methods that are one stem plus two different marks are two releases too ("IJB-A" and "IJB-B",
    :func:`~claimgraph.resolve.variants.sibling_release`).

    >>> other_release("FLUX", "FLUX.1"), other_release("o1-preview", "o1"), other_release("GPT-3", "GPT3")
    (True, True, False)
    >>> other_release("CoT reasoning", "CoT", "Method"), other_release("ZeRO", "ZeRO-3", "Method")
    (False, True)
    >>> other_release("IJB-A", "IJB-B", "Dataset"), other_release("VQA v2", "VQAv2", "Dataset")
    (True, False)
    """
    words = type_ == "Model"
    if release_mark(text, form, words=words) is not None or release_mark(form, text, words=words) is not None:
        return True
    return type_ != "Model" and sibling_release(text, form) is not None


def _word_stems(name: str) -> set[str]:
    """The first four letters of each word of ``name``, and of each hyphenated compound written as one word
    ("multi-view" gives "mult", "view"; "multiview" gives "mult")."""
    words = re.findall(r"[A-Za-z]{3,}", name) + [
        compound.replace("-", "") for compound in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", name)
    ]
    return {word[:4].lower() for word in words}


def long_forms_agree(longs: Iterable[str], known: Iterable[str]) -> bool:
    """Whether a paper's long forms name the same thing as a known entity's forms: the words of one of the paper's
    long forms (compared by their first four letters) hold all the words of one of the known long forms, or the
    other way round (a paper may drop or add a qualifier: "3D Gaussian" for 3D Gaussian Splatting), see
    :func:`_same_words`. A word of the
    known name missing from the paper's long form, and one of the paper's missing from the known name, make
    another thing that happens to share the abbreviation ("Multi-View Slot attention (MVS)" is not multi-view
    stereo, "Semi-supervised Learning (SSL)" not self-supervised learning). True when the paper gives no long form
    of its own.

    Examples
    --------
    >>> long_forms_agree(["Low Rank Adaption"], ["LoRA", "low-rank adaptation"])
    True
    >>> long_forms_agree(["Efficient Multi-scale Attention"], ["exponential moving average", "EMA"])
    False
    >>> long_forms_agree(["Multi-View Slot attention"], ["multi-view stereo", "MVS"])
    False
    >>> long_forms_agree(["multiview stereo"], ["multi-view stereo", "MVS"])
    True
    """
    own = [_word_stems(form) for form in longs if not looks_like_acronym(form)]
    if not any(own):
        return True
    names = [_word_stems(form) for form in known if not looks_like_acronym(form)]
    return any(_same_words(words, name) for words in own if words for name in names if name)


def _same_words(own: set[str], known: set[str]) -> bool:
    """Whether two long forms' word stems name one thing: one holds the other, or, in names of four words or
    more, one word is swapped ("Reinforcement Learning using Verifiable Rewards", "group relative preference
    optimization" for GRPO); in shorter names a swapped word is another thing ("Contrastive Policy Optimization"
    is not contrastive preference optimization)."""
    return own <= known or known <= own or (min(len(own), len(known)) >= 4 and len(own ^ known) <= 2)


def looks_like_acronym(form: str) -> bool:
    """One word with two capitals, or a short capitalised word ("SPT", "CoT", "Orca")."""
    if any(ch.isspace() for ch in form):
        return False
    capitals = sum(ch.isupper() for ch in form)
    return capitals >= 2 or (capitals == 1 and form[:1].isupper() and len(form) <= 5)


@dataclass(slots=True)
class _Occurrence:
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
class _Aggregate:
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


class _Resolver:
    def __init__(self, lexicon: Lexicon, registry: AliasRegistry, corpus_typing: bool = True):
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
        self.aggregates: dict[str, _Aggregate] = {}
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
    def add_entity(self, paper: str, entity: Entity, *, proposed: bool = False) -> Mention | None:
        """Add one extracted entity of ``paper`` (``proposed``: the paper proposes it); return its mention."""
        entity = self.named_by_long_form(entity)
        type_, text = entity.type, entity.text
        text_key = self.keys.typed(type_, text)
        if not text_key:
            return None
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
            elif self.signature(type_, form) != sig or other_release(text, form, type_):
                occ.local.append(form)  # LLaMA-7B (LLaMA), FLUX.1 (FLUX): a variant is never its family
            elif is_short_form(form, text):
                shorts.append(form)
            else:
                occ.longs.append(form)
        self.sets.add(text_key)
        for found in self._anchors(type_, entity, occ.longs, shorts):
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

    def named_by_long_form(self, entity: Entity) -> Entity:
        """An abbreviation the paper defines against the lexicon's meaning is keyed by the paper's long form: its
        own definition comes first (issue #17). "Iterative Patch Optimization (IPO)" is not identity preference
        optimization, "full fine-tuning (FFT)" not the Fourier transform. The bare abbreviation's key is shared by
        every paper (and joined with the lexicon entry), so no paper's other meaning may stay on it; the
        extractor's canonical stays only when the paper's long form agrees with it. An ambiguous abbreviation
        (``ambiguous_abbreviations``: "FFT") is keyed by any long form the paper gives it. A long form counts when
        its letters spell the abbreviation (:func:`~claimgraph.extract.entities.abbreviations.spells_out`: "Iterative
        Patch Optimization" for IPO, not "as an offline objective").
        """
        if not looks_like_acronym(entity.text):
            return entity
        key = self.keys.typed(entity.type, entity.text)
        longs = [
            form
            for form in entity.aliases
            if not looks_like_acronym(form)
            and self.keys.typed(entity.type, form) not in self.unexpanded
            and spells_out(entity.text, form)
        ]
        if not longs:
            return entity
        found = self.lookup(entity.type, entity.text)
        if key not in self.unexpanded and (found is None or self.agrees(longs, found[0], found[1])):
            return entity
        canonical = entity.canonical
        if canonical and not self.defined_as(entity.type, longs, canonical):
            canonical = None
        return replace(entity, text=longs[0], canonical=canonical)

    @staticmethod
    def agrees(longs: list[str], name: str, entry: LexiconEntry | None) -> bool:
        """Whether a paper's long forms name the known entity ``name``: they share its words, or the entity has no
        long form to compare with ("Vision Transformer" for the lexicon's ViT, which lists none)."""
        known = (name, *(entry.forms if entry else ()))
        if all(looks_like_acronym(form) for form in known):
            return True
        return long_forms_agree(longs, known)

    def _vote(self, type_: str, text: str, evidence: str) -> None:
        """Count the entity's type for its name, and a Model variant's for its family name ("X-7B" types "X"),
        weakly when the paper names the family itself (its "X" may be the method that made "X-7B")."""
        self.type_votes.add(self.keys.norm(text), type_, text, evidence)
        if type_ == "Model":
            parsed = self.variant(text)
            family = self.keys.norm(parsed.base) if parsed is not None else ""
            if family and family in self.paper_names:
                self.type_votes.add(family, type_, parsed.base, "")
            elif family:
                self.type_votes.add(family, type_, parsed.base, evidence, strong=parsed.params is not None)

    def _aggregate(self, occ: _Occurrence) -> None:
        """Add what ``occ`` says to its primary key's aggregate."""
        agg = self.aggregates.get(occ.primary)
        if agg is None:
            agg = self.aggregates[occ.primary] = _Aggregate()
        number, self.added = self.added, self.added + 1
        if occ.anchor:
            agg.anchors[occ.anchor] += 1
            if occ.entry is not None and occ.anchor not in agg.first_entry:
                agg.first_entry[occ.anchor] = (number, occ.entry)
            if occ.canonical is not None and occ.anchor not in agg.first_canonical:
                agg.first_canonical[occ.anchor] = (number, occ.canonical)
        agg.own.update(occ.own)
        longs = agg.bare_longs if occ.bare else agg.longs
        longs.update(form for form in occ.longs if form in occ.own)
        agg.expanded = agg.expanded or not occ.bare

    def _anchors(self, type_: str, entity: Entity, longs: list[str], shorts: list[str]):
        """Candidate canonical names: text, extractor's canonical, other long forms, then short forms.

        The extractor's canonical names the entity only when the entity is a
        lexicon form; for a name grown past one (evidence ``lexicon-variant``:
        "Qwen3-Max-Preview", "ImageNet-LT", "PTB-TIR") it is the name inside,
        which is a different entity (or, for a size suffix, the family).
        A short form the paper defines is looked up only when the paper's long
        form agrees with the known name: the paper's own "Efficient Multi-scale
        Attention (EMA)" is not the lexicon's EMA, exponential moving average.
        """
        trusted = (
            bool(entity.canonical)
            and entity.evidence not in CONTAINED_NAME_EVIDENCE
            and (entity.evidence == LEXICON_EVIDENCE or self.formed_as(type_, entity, entity.canonical))
            and not self.grown_past(type_, entity.text, entity.canonical)
            and (
                self.keys.typed(type_, entity.text) not in self.unexpanded
                or self.defined_as(type_, longs, entity.canonical)
            )
        )
        for i, form in enumerate(longs):
            found = self.lookup(type_, form)
            if found:
                yield (*found, found[1].name if found[1] else None)
            if i == 0 and trusted:
                found = self.lookup(type_, entity.canonical) or (entity.canonical, None)
                yield (*found, found[1].name if found[1] else entity.canonical)
        for form in shorts:
            found = self.lookup(type_, form)
            if found and long_forms_agree(longs, (found[0], *(found[1].forms if found[1] else ()))):
                yield (*found, found[1].name if found[1] else None)

    def formed_as(self, type_: str, entity: Entity, canonical: str) -> bool:
        """Whether one of the entity's forms (text or alias) is a form of the known name ``canonical``. A name
        another rule than the lexicon found (an abbreviation pair) may carry the name of a lexicon entry it merely
        contains: "Semantic-Fast-SAM (SFS)" is no SAM, "Video Anomaly Detection (VAD)" no anomaly detection, while
        "Low-Rank Adaptation (LoRA)" has LoRA among its forms.

        >>> from claimgraph.resolve.registry import AliasRegistry
        >>> resolver = _Resolver(load_lexicon(), AliasRegistry())
        >>> sfs = Entity(text="Semantic-Fast-SAM", type="Model", aliases=("SFS",), mentions=(), canonical="SAM")
        >>> resolver.formed_as("Model", sfs, "SAM")
        False
        >>> lora = Entity(text="Low-Rank Adaptation", type="Method", aliases=("LoRA",), mentions=(), canonical="LoRA")
        >>> resolver.formed_as("Method", lora, "LoRA")
        True
        """
        found = self.lookup(type_, canonical)
        name = found[0] if found else canonical
        return any((self.lookup(type_, form) or (None,))[0] == name for form in (entity.text, *entity.aliases))

    def defined_as(self, type_: str, longs: list[str], canonical: str) -> bool:
        """Whether the paper spells out a long form of its own (not an acronym) that names the entry ``canonical``:
        an ambiguous abbreviation ("FFT") is expanded by the paper's definition, never by the lexicon alone.

        >>> from claimgraph.resolve.registry import AliasRegistry
        >>> resolver = _Resolver(load_lexicon(), AliasRegistry())
        >>> resolver.defined_as("Method", ["FFT", "fast Fourier transform"], "Fourier transform")
        True
        >>> resolver.defined_as("Method", ["FFT"], "Fourier transform")
        False
        >>> resolver.defined_as("Method", ["FFT", "full fine-tuning"], "Fourier transform")
        False
        """
        found = self.lookup(type_, canonical)
        name, entry = found if found else (canonical, None)
        return any(not looks_like_acronym(form) for form in longs) and self.agrees(longs, name, entry)

    def grown_past(self, type_: str, text: str, canonical: str) -> bool:
        """Whether the Model name ``text`` is a form of the lexicon entry ``canonical`` plus a release mark (a
        version, size or release word, :func:`~claimgraph.resolve.variants.release_mark`), whatever the
        extractor's evidence (rule 3): "YOLOv5 nano" (defined as "YOLOv5n") is not YOLOv5, "GLM-4-Plus" not
        GLM-4. Other types keep the extractor's canonical: a head word keeps the name ("CoT reasoning" is
        chain-of-thought).

        >>> from claimgraph.resolve.registry import AliasRegistry
        >>> resolver = _Resolver(load_lexicon(), AliasRegistry())
        >>> resolver.grown_past("Model", "YOLOv5 nano", "YOLOv5"), resolver.grown_past("Model", "YOLOv5", "YOLOv5")
        (True, False)
        >>> resolver.grown_past("Method", "CoT reasoning", "chain-of-thought")
        False
        """
        if type_ != "Model":
            return False
        found = self.lookup(type_, canonical)
        forms = found[1].forms if found and found[1] else (canonical,)
        return any(release_mark(form, text) is not None for form in forms)

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
            if member in self.lexicon or member in self.aliases or self.type_votes.fixed(norm, type_):
                return True
        return False

    def link_short_forms(self) -> None:
        """Join each unambiguous short form with the one long form papers give it."""
        for short_key in sorted(self.votes):
            type_, _, norm = short_key.partition(":")
            expansions = self.votes[short_key]
            if self.short_types[norm] != {type_} or short_key in self.unexpanded or short_key in self.lexicon:
                continue  # two types; ambiguous in the field; or a lexicon form, which is its entry's already
            if short_key in self.coined:
                continue  # a paper coins these letters without spelling them out: its name, not another's long form
            if len({self.sets.find(key) for key in expansions}) == 1:
                self.sets.union(short_key, min(expansions))

    # ------------------------------------------------------------ result
    def finish(self) -> EntityTable:
        """Type by the corpus, link short forms and make the entity table (call once, after the last paper)."""
        self.type_by_corpus()
        self.link_short_forms()
        by_root: dict[str, list[str]] = defaultdict(list)
        for primary in self.aggregates:
            by_root[self.sets.find(primary)].append(primary)
        root_type = {self.sets.find(target): target.partition(":")[0] for target in sorted(self.retyped.values())}
        node_of: dict[str, str] = {}  # root -> node key
        nodes: dict[str, dict] = {}
        for root in sorted(by_root):
            type_ = root_type.get(root) or by_root[root][0].partition(":")[0]
            label, entry, canonical = self._label(root, type_, by_root[root])
            label = shown_name(label)  # the name as a reader sees it (no LaTeX tilde, no cut-off bracket)
            key = self.keys.typed(type_, label)
            if key not in self.sets or self.sets.find(key) != root:
                key = min(member for member in self.sets.members[root] if member.startswith(f"{type_}:"))
            node_of[root] = key
            nodes[key] = {
                "type": type_,
                "label": label,
                "entry": entry,
                "canonical": canonical,
                "aliases": set().union(*(self.aggregates[primary].own for primary in by_root[root])),
            }
        for key in sorted(nodes):
            if nodes[key]["type"] == "Model":
                self._attach_family(key, nodes, node_of)
        self.aggregates.clear()
        return EntityTable(self._entities(nodes), node_of, self.sets, self.keys)

    def _label(self, root: str, type_: str, primaries: list[str]) -> tuple[str, LexiconEntry | None, str | None]:
        aggs = [self.aggregates[primary] for primary in primaries]
        anchors: Counter = Counter()
        for agg in aggs:
            anchors.update(agg.anchors)
        if anchors:
            label = min(anchors, key=lambda name: (-anchors[name], name))
            entries = [agg.first_entry[label] for agg in aggs if label in agg.first_entry]
            canonicals = [agg.first_canonical[label] for agg in aggs if label in agg.first_canonical]
            entry = min(entries, key=lambda found: found[0])[1] if entries else None
            canonical = min(canonicals, key=lambda found: found[0])[1] if canonicals else None
            return label, entry, canonical
        expanded = any(agg.expanded for agg in aggs)  # "SPT" alone is no long form
        longs: Counter = Counter()
        for primary, agg in zip(primaries, aggs, strict=True):  # forms of this root, under their own paper's type
            own_type = primary.partition(":")[0]
            found = agg.longs if expanded else agg.bare_longs
            longs.update({f: n for f, n in found.items() if self.sets.find(self.keys.typed(own_type, f)) == root})
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

    @staticmethod
    def _entities(nodes: dict[str, dict]) -> dict[str, ResolvedEntity]:
        """The resolved entities by key, sorted, without their papers (pass 2 counts those)."""
        entities = {}
        for key in sorted(nodes):
            node = nodes[key]
            entry = node["entry"]
            entities[key] = ResolvedEntity(
                key=key,
                type=node["type"],
                label=node["label"],
                aliases=tuple(sorted(node["aliases"])),
                canonical=node["canonical"],
                params=node.get("params", entry.params if entry else None),
                variant_of=node.get("variant_of"),
            )
        return entities


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
        """The :class:`Resolution` of the papers of ``mentions`` (given in paper order, as :class:`Resolver` made
        them): the entities they name (with those papers as ``paper_ids`` when asked) and their look-ups."""
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


class Resolver:
    """Resolution as passes over papers in id order: :meth:`add` each extraction (pass 1 keeps aggregates per
    distinct name and hands back the paper's :class:`Mention` s to spill), :meth:`finish` makes the
    :class:`EntityTable`, whose :meth:`EntityTable.resolution` maps spilled mentions shard by shard (pass 2).

    Raises
    ------
    ValueError
        When an extraction comes before the previous one's id (the result depends on that order).
    """

    def __init__(
        self, lexicon: Lexicon | None = None, registry: AliasRegistry | None = None, *, corpus_typing: bool = True
    ):
        self._resolver = _Resolver(
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
        if self._resolver.corpus_typing:
            self._resolver.paper_names = {self._resolver.keys.norm(e.text) for e in entities}
        proposed = set(extraction.proposes)
        mentions = (
            self._resolver.add_entity(extraction.id, e, proposed=e.text in proposed)
            for e in entities
            if e.type in _ORDER
        )
        return [mention for mention in mentions if mention is not None]

    def size(self) -> int:
        """What pass 1 holds: distinct keys in the union-find and aggregates, short-form votes (for tests)."""
        r = self._resolver
        votes = sum(len(v) for v in r.votes.values())
        return len(r.sets.parent) + len(r.aggregates) + votes + len(r.type_votes) + len(r.coined)

    def finish(self) -> EntityTable:
        """The entity table."""
        return self._resolver.finish()


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
