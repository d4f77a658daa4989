"""Which known name an extracted entity is anchored to (rule 3 of :mod:`claimgraph.resolve.core`), and when a
paper's own definition of an abbreviation comes before the lexicon's (rule 4, issue #17).

:func:`anchor_candidates` lists the canonical names an entity may take, in order: its text, the extractor's
canonical (only when trusted: a lexicon form itself, not a longer name that contains one, nor a Model name grown
past it by a release mark), its other long forms, then its short forms when the paper's long form agrees with the
known name. :func:`named_by_long_form` keys an abbreviation the paper defines against the lexicon's meaning by the
paper's long form. They read only the :class:`~claimgraph.resolve.known_names.KnownNames`.
"""

from __future__ import annotations

from dataclasses import replace

from claimgraph.extract.entities.abbreviations import spells_out
from claimgraph.extract.lexicons import LexiconEntry
from claimgraph.extract.model import Entity
from claimgraph.resolve.form_relations import long_forms_agree, looks_like_acronym
from claimgraph.resolve.known_names import KnownNames
from claimgraph.resolve.variants import release_mark

__all__ = [
    "CONTAINED_NAME_EVIDENCE",
    "LEXICON_EVIDENCE",
    "agrees",
    "anchor_candidates",
    "defined_as",
    "formed_as",
    "grown_past",
    "named_by_long_form",
]

#: Extractor evidence whose ``canonical`` is a lexicon name found inside a
#: longer name (the whole is another entity or a variant, never that name).
CONTAINED_NAME_EVIDENCE: frozenset[str] = frozenset({"lexicon-variant"})
#: Extractor evidence of a name that is a lexicon form itself (its ``canonical`` names it).
LEXICON_EVIDENCE = "lexicon"


def named_by_long_form(known: KnownNames, entity: Entity) -> Entity:
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
    key = known.keys.typed(entity.type, entity.text)
    longs = [
        form
        for form in entity.aliases
        if not looks_like_acronym(form)
        and known.keys.typed(entity.type, form) not in known.unexpanded
        and spells_out(entity.text, form)
    ]
    if not longs:
        return entity
    found = known.lookup(entity.type, entity.text)
    if key not in known.unexpanded and (found is None or agrees(longs, found[0], found[1])):
        return entity
    canonical = entity.canonical
    if canonical and not defined_as(known, entity.type, longs, canonical):
        canonical = None
    return replace(entity, text=longs[0], canonical=canonical)


def agrees(longs: list[str], name: str, entry: LexiconEntry | None) -> bool:
    """Whether a paper's long forms name the known entity ``name``: they share its words, or the entity has no
    long form to compare with ("Vision Transformer" for the lexicon's ViT, which lists none)."""
    forms = (name, *(entry.forms if entry else ()))
    if all(looks_like_acronym(form) for form in forms):
        return True
    return long_forms_agree(longs, forms)


def anchor_candidates(known: KnownNames, type_: str, entity: Entity, longs: list[str], shorts: list[str]):
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
        and (entity.evidence == LEXICON_EVIDENCE or formed_as(known, type_, entity, entity.canonical))
        and not grown_past(known, type_, entity.text, entity.canonical)
        and (
            known.keys.typed(type_, entity.text) not in known.unexpanded
            or defined_as(known, type_, longs, entity.canonical)
        )
    )
    for i, form in enumerate(longs):
        found = known.lookup(type_, form)
        if found:
            yield (*found, found[1].name if found[1] else None)
        if i == 0 and trusted:
            found = known.lookup(type_, entity.canonical) or (entity.canonical, None)
            yield (*found, found[1].name if found[1] else entity.canonical)
    for form in shorts:
        found = known.lookup(type_, form)
        if found and long_forms_agree(longs, (found[0], *(found[1].forms if found[1] else ()))):
            yield (*found, found[1].name if found[1] else None)


def formed_as(known: KnownNames, type_: str, entity: Entity, canonical: str) -> bool:
    """Whether one of the entity's forms (text or alias) is a form of the known name ``canonical``. A name
    another rule than the lexicon found (an abbreviation pair) may carry the name of a lexicon entry it merely
    contains: "Semantic-Fast-SAM (SFS)" is no SAM, "Video Anomaly Detection (VAD)" no anomaly detection, while
    "Low-Rank Adaptation (LoRA)" has LoRA among its forms.

    >>> from claimgraph.extract.lexicons import load_lexicon
    >>> from claimgraph.resolve.registry import AliasRegistry
    >>> known = KnownNames(load_lexicon(), AliasRegistry())
    >>> sfs = Entity(text="Semantic-Fast-SAM", type="Model", aliases=("SFS",), mentions=(), canonical="SAM")
    >>> formed_as(known, "Model", sfs, "SAM")
    False
    >>> lora = Entity(text="Low-Rank Adaptation", type="Method", aliases=("LoRA",), mentions=(), canonical="LoRA")
    >>> formed_as(known, "Method", lora, "LoRA")
    True
    """
    found = known.lookup(type_, canonical)
    name = found[0] if found else canonical
    return any((known.lookup(type_, form) or (None,))[0] == name for form in (entity.text, *entity.aliases))


def defined_as(known: KnownNames, type_: str, longs: list[str], canonical: str) -> bool:
    """Whether the paper spells out a long form of its own (not an acronym) that names the entry ``canonical``:
    an ambiguous abbreviation ("FFT") is expanded by the paper's definition, never by the lexicon alone.

    >>> from claimgraph.extract.lexicons import load_lexicon
    >>> from claimgraph.resolve.registry import AliasRegistry
    >>> known = KnownNames(load_lexicon(), AliasRegistry())
    >>> defined_as(known, "Method", ["FFT", "fast Fourier transform"], "Fourier transform")
    True
    >>> defined_as(known, "Method", ["FFT"], "Fourier transform")
    False
    >>> defined_as(known, "Method", ["FFT", "full fine-tuning"], "Fourier transform")
    False
    """
    found = known.lookup(type_, canonical)
    name, entry = found if found else (canonical, None)
    return any(not looks_like_acronym(form) for form in longs) and agrees(longs, name, entry)


def grown_past(known: KnownNames, type_: str, text: str, canonical: str) -> bool:
    """Whether the Model name ``text`` is a form of the lexicon entry ``canonical`` plus a release mark (a
    version, size or release word, :func:`~claimgraph.resolve.variants.release_mark`), whatever the
    extractor's evidence (rule 3): "YOLOv5 nano" (defined as "YOLOv5n") is not YOLOv5, "GLM-4-Plus" not
    GLM-4. Other types keep the extractor's canonical: a head word keeps the name ("CoT reasoning" is
    chain-of-thought).

    >>> from claimgraph.extract.lexicons import load_lexicon
    >>> from claimgraph.resolve.registry import AliasRegistry
    >>> known = KnownNames(load_lexicon(), AliasRegistry())
    >>> grown_past(known, "Model", "YOLOv5 nano", "YOLOv5"), grown_past(known, "Model", "YOLOv5", "YOLOv5")
    (True, False)
    >>> grown_past(known, "Method", "CoT reasoning", "chain-of-thought")
    False
    """
    if type_ != "Model":
        return False
    found = known.lookup(type_, canonical)
    forms = found[1].forms if found and found[1] else (canonical,)
    return any(release_mark(form, text) is not None for form in forms)
