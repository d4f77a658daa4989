"""The alias registry: extra merges and forbidden merges (``aliases.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from claimgraph.errors import ConfigError
from claimgraph.vocabulary import ENTITY_TYPES


@dataclass(frozen=True, slots=True)
class AliasRule:
    """``alias`` is the entity named ``canonical`` (of ``type``, or any type)."""

    alias: str
    canonical: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class DistinctForm:
    """A homonym: ``form``, written exactly so, keys as ``<normalised>~<tag>``."""

    form: str
    tag: str


@dataclass(frozen=True, slots=True)
class ForbiddenMerge:
    """Names ``a`` and ``b`` (of ``type``, or any type) are never one entity."""

    a: str
    b: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class AliasRegistry:
    """Everything ``aliases.json`` says; see that file's ``_doc``."""

    aliases: tuple[AliasRule, ...] = ()
    distinct: tuple[DistinctForm, ...] = ()
    forbidden: tuple[ForbiddenMerge, ...] = ()
    not_variants: tuple[str, ...] = ()


def _types(value: object, where: str) -> str | None:
    if value is None or value in ENTITY_TYPES:
        return value  # type: ignore[return-value]
    raise ConfigError(f"{where}: unknown entity type {value!r}")


def parse_registry(data: dict, where: str = "<registry>") -> AliasRegistry:
    """Build an :class:`AliasRegistry` from the decoded JSON of ``aliases.json``.

    Raises
    ------
    ConfigError
        When a record lacks a field or names an unknown type.
    """
    try:
        aliases = tuple(
            AliasRule(r["alias"], r["canonical"], _types(r.get("type"), where)) for r in data.get("aliases", ())
        )
        distinct = tuple(DistinctForm(r["form"], r["tag"]) for r in data.get("distinct", ()))
        forbidden = []
        for record in data.get("forbidden", ()):
            a, b = record["names"]
            forbidden.append(ForbiddenMerge(a, b, _types(record.get("type"), where)))
        not_variants = tuple(str(name) for name in data.get("not_variants", ()))
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"{where}: bad alias registry record ({error!r})") from error
    return AliasRegistry(aliases, distinct, tuple(forbidden), not_variants)


def load_registry(path: str | Path | None = None) -> AliasRegistry:
    """Read an alias registry file (default: the packaged ``aliases.json``).

    Examples
    --------
    >>> registry = load_registry()
    >>> any(rule.form == "PALM" for rule in registry.distinct)
    True
    """
    source = Path(path) if path else Path(str(resources.files("claimgraph.resolve") / "aliases.json"))
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ConfigError(f"{source}: cannot read alias registry ({error})") from error
    return parse_registry(data, str(source))
