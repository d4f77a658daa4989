"""Read guide-format JSON Lines files (gold or predicted) for scoring.

The format is the one in ``annotation-guide.md`` ("File format"): one paper a
line with ``id``, ``title``, ``entities``, ``quantities``, ``proposes``,
``claims`` and ``relations``. Extra keys (``mentions``, ``canonical``,
``measures``, ...) are allowed and ignored; the list keys may be missing (an
extractor without claims simply omits them). Blank lines are skipped. Anything
else that does not fit raises :class:`claimgraph.errors.InputError` naming the
file and the 1-based line.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimgraph.errors import InputError
from claimgraph.vocabulary import CLAIM_TYPES, ENTITY_TYPES, PAIR_RELATIONS


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """An entity of one paper: its text, type and every alias (text included)."""

    text: str
    type: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldQuantity:
    """A quantity as scored: value and unit (text kept for messages)."""

    text: str
    value: float
    unit: str | None


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """A claim sentence with the fields that are scored."""

    text: str
    type: str
    subject: str | None
    quantities: tuple[str, ...]
    hedged: bool


@dataclass(frozen=True, slots=True)
class PairRelation:
    """``head --relation--> tail`` between entity texts."""

    head: str
    relation: str
    tail: str


@dataclass(frozen=True, slots=True)
class PaperAnnotation:
    """One paper of a gold or predicted file."""

    id: str
    title: str
    entities: tuple[GoldEntity, ...] = ()
    quantities: tuple[GoldQuantity, ...] = ()
    proposes: tuple[str, ...] = ()
    claims: tuple[GoldClaim, ...] = ()
    relations: tuple[PairRelation, ...] = ()
    line: int = 0


class _Bad(ValueError):
    """A problem in one record; turned into an InputError with file and line."""


def _string(obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _Bad(f"{where}: {key!r} must be a non-empty string, got {value!r}")
    return value


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{where}: {key!r} must be a list, got {type(value).__name__}")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{where} must be an object, got {type(value).__name__}")
    return value


def _strings(obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = _list(obj, key, where)
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise _Bad(f"{where}: {key}[{i}] must be a non-empty string, got {item!r}")
    return tuple(items)


def _entity(raw: Any, where: str) -> GoldEntity:
    obj = _object(raw, where)
    text = _string(obj, "text", where)
    etype = obj.get("type")
    if etype not in ENTITY_TYPES:
        raise _Bad(f"{where}: unknown entity type {etype!r} (expected one of {', '.join(ENTITY_TYPES)})")
    aliases = _strings(obj, "aliases", where)
    merged = (text, *(a for a in aliases if a != text))
    return GoldEntity(text=text, type=etype, aliases=merged)


def _number(value: Any, what: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _Bad(f"{where}: {what} must be a finite number, got {value!r}")
    return float(value)


def _quantity(raw: Any, where: str) -> GoldQuantity:
    obj = _object(raw, where)
    text = _string(obj, "text", where)
    value = _number(obj.get("value"), "'value'", where)
    unit = obj.get("unit")
    if unit is not None and not isinstance(unit, str):
        raise _Bad(f"{where}: 'unit' must be a string or null, got {unit!r}")
    return GoldQuantity(text=text, value=value, unit=unit)


def _claim(raw: Any, where: str) -> GoldClaim:
    obj = _object(raw, where)
    text = _string(obj, "text", where)
    ctype = obj.get("type")
    if ctype not in CLAIM_TYPES:
        raise _Bad(f"{where}: unknown claim type {ctype!r} (expected one of {', '.join(CLAIM_TYPES)})")
    subject = _string(obj, "subject", where, required=False)
    hedged = obj.get("hedged", False)
    if not isinstance(hedged, bool):
        raise _Bad(f"{where}: 'hedged' must be true or false, got {hedged!r}")
    return GoldClaim(text, ctype, subject, _strings(obj, "quantities", where), hedged)


def _relation(raw: Any, where: str) -> PairRelation:
    obj = _object(raw, where)
    relation = obj.get("relation")
    if relation not in PAIR_RELATIONS:
        raise _Bad(
            f"{where}: unknown relation {relation!r} (expected one of {', '.join(PAIR_RELATIONS)};"
            " 'proposes' is its own list)"
        )
    return PairRelation(_string(obj, "head", where), relation, _string(obj, "tail", where))


def parse_paper(raw: Any, *, line: int = 0) -> PaperAnnotation:
    """Check and convert one decoded JSON object.

    Parameters
    ----------
    raw : Any
        The decoded JSON value of one line.
    line : int, optional
        Its 1-based line number, kept on the record.

    Returns
    -------
    PaperAnnotation

    Raises
    ------
    ValueError
        With a message naming the offending key or list item.
    """
    obj = _object(raw, "the record")
    paper_id = obj.get("id")
    if isinstance(paper_id, int) and not isinstance(paper_id, bool):
        paper_id = str(paper_id)
    if not isinstance(paper_id, str) or not paper_id.strip():
        raise _Bad(f"'id' must be a non-empty string, got {paper_id!r}")
    title = obj.get("title") or ""
    if not isinstance(title, str):
        raise _Bad(f"'title' must be a string, got {title!r}")
    return PaperAnnotation(
        id=paper_id,
        title=title,
        entities=tuple(_entity(e, f"entities[{i}]") for i, e in enumerate(_list(obj, "entities", "record"))),
        quantities=tuple(_quantity(q, f"quantities[{i}]") for i, q in enumerate(_list(obj, "quantities", "record"))),
        proposes=_strings(obj, "proposes", "record"),
        claims=tuple(_claim(c, f"claims[{i}]") for i, c in enumerate(_list(obj, "claims", "record"))),
        relations=tuple(_relation(r, f"relations[{i}]") for i, r in enumerate(_list(obj, "relations", "record"))),
        line=line,
    )


def load_annotations(path: str | Path) -> tuple[PaperAnnotation, ...]:
    """Read a guide-format JSON Lines file.

    Parameters
    ----------
    path : str or Path
        The file; UTF-8, one JSON object a line, blank lines allowed.

    Returns
    -------
    tuple of PaperAnnotation
        In file order.

    Raises
    ------
    InputError
        When the file cannot be read, a line is not JSON or not a valid
        record, or two records share an id; the message names file and line.
    """
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read file: {exc}", path=name) from exc
    papers: list[PaperAnnotation] = []
    first_line: dict[str, int] = {}
    for number, raw_line in enumerate(text.splitlines(), start=1):
        if not raw_line.strip():
            continue
        try:
            decoded = json.loads(raw_line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", path=name, line=number) from exc
        try:
            paper = parse_paper(decoded, line=number)
        except _Bad as exc:
            raise InputError(str(exc), path=name, line=number) from exc
        if paper.id in first_line:
            raise InputError(
                f"duplicate paper id {paper.id!r} (first on line {first_line[paper.id]})", path=name, line=number
            )
        first_line[paper.id] = number
        papers.append(paper)
    return tuple(papers)
