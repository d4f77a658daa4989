"""The records the resolve stage hands to the graph stage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from claimgraph.vocabulary import ENTITY_TYPES


@dataclass(frozen=True, slots=True)
class ResolvedEntity:
    """One real-world entity, shared by every paper that mentions it.

    Attributes
    ----------
    key : str
        Stable node key ``"<Type>:<normalised key>"``, e.g. ``"Model:llama7b"``.
    type : str
        One of ``Model``, ``Method``, ``Dataset``, ``Metric``, ``Task``.
    label : str
        Preferred name: the lexicon's (or alias registry's) canonical name,
        else the most frequent long form.
    aliases : tuple of str
        Every surface form seen for it, sorted (empty for a family node that
        only exists because a variant of it was seen).
    canonical : str or None
        The lexicon's canonical name when a lexicon knows the entity.
    params : float or None
        Parameter count of a Model size variant (``LLaMA-7B`` -> ``7e9``).
    variant_of : str or None
        Key of the family this Model is a variant of.
    paper_ids : tuple of str
        Sorted ids of the papers mentioning it.
    """

    key: str
    type: str
    label: str
    aliases: tuple[str, ...]
    canonical: str | None = None
    params: float | None = None
    variant_of: str | None = None
    paper_ids: tuple[str, ...] = ()


def _freeze(mapping: Mapping | None) -> dict:
    """A private copy (plain dicts keep a Resolution picklable; never mutate it)."""
    return dict(mapping or {})


@dataclass(frozen=True, slots=True)
class Resolution:
    """All resolved entities plus the lookup from a paper's names to node keys.

    Attributes
    ----------
    entities : tuple of ResolvedEntity
        Sorted by key.
    key_of : Mapping[tuple[str, str], str]
        ``(paper id, surface form as written)`` -> entity key, for every text
        and alias of every extracted entity. Where one paper uses the same
        form for entities of two types, the first type of ``ENTITY_TYPES``
        wins here; :meth:`key_for` can ask for a type.
    """

    entities: tuple[ResolvedEntity, ...]
    key_of: Mapping[tuple[str, str], str]
    typed_key_of: Mapping[tuple[str, str, str], str] = field(default_factory=dict, repr=False, compare=False)
    normalised_key_of: Mapping[tuple[str, str, str], str] = field(default_factory=dict, repr=False, compare=False)

    by_key: Mapping[str, ResolvedEntity] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_key", _freeze({entity.key: entity for entity in self.entities}))
        object.__setattr__(self, "key_of", _freeze(self.key_of))
        object.__setattr__(self, "typed_key_of", _freeze(self.typed_key_of))
        object.__setattr__(self, "normalised_key_of", _freeze(self.normalised_key_of))

    def key_for(self, paper_id: str, text: str, type: str | tuple[str, ...] | None = None) -> str | None:
        """Return the entity key of ``text`` as used in paper ``paper_id``.

        Parameters
        ----------
        paper_id : str
            The paper whose extraction used ``text``.
        text : str
            An entity text or alias (as written; a normalised match is the
            fallback, so "GPT 3" finds the paper's "GPT-3").
        type : str or tuple of str, optional
            Only accept entities of this type (or of these types, tried in
            order): the type the paper gave the entity, or its node's type
            when corpus typing changed it.

        Returns
        -------
        str or None
            The key, or None when the paper has no such entity.
        """
        if type is None:
            key = self.key_of.get((paper_id, text))
            if key is not None:
                return key
            types: tuple[str, ...] = ENTITY_TYPES
        else:
            types = (type,) if isinstance(type, str) else tuple(type)
        for kind in types:
            key = self.typed_key_of.get((paper_id, kind, text))
            if key is not None:
                return key
        from claimgraph.names import normalize_name

        norm = normalize_name(text)
        for kind in types:
            key = self.normalised_key_of.get((paper_id, kind, norm))
            if key is not None:
                return key
        return None

    def entity(self, key: str) -> ResolvedEntity | None:
        """Return the resolved entity with node key ``key`` (None if unknown)."""
        return self.by_key.get(key)
