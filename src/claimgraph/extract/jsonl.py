"""The JSON Lines format of ``claimgraph extract`` (annotation guide, "File format").

Each record has the guide's keys in the guide's order (``id``, ``title``,
``entities``, ``quantities``, ``proposes``, ``claims``, ``relations``). Entities
and quantities add ``mentions`` (``start``, ``end``, ``field``); entities add
``canonical`` and ``evidence`` (which cue found it); quantities add
``multiplier``; claims add their sentence's ``start``/``end``/``field``,
``confidence`` and ``comparisons`` (one per number: ``quantity``, ``metric``,
``direction``, ``relative``, ``higher_is_better``, ``baseline``, ``role``,
``dataset``, ``model``; records without the last three read back as None); relations add ``sentence``, offsets and
``confidence``. A paper whose extraction failed has no facts and an ``error``. :func:`from_record` reads the
same format back.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from claimgraph.extract.model import (
    Claim,
    Comparison,
    Entity,
    Extraction,
    Mention,
    Quantity,
    Relation,
)


def _mentions(mentions: tuple[Mention, ...]) -> list[dict[str, Any]]:
    return [{"start": m.start, "end": m.end, "field": m.field} for m in mentions]


def to_record(extraction: Extraction) -> dict[str, Any]:
    """Return the guide-format dict of one extraction."""
    return {
        "id": extraction.id,
        "title": extraction.title,
        "entities": [
            {
                "text": e.text,
                "type": e.type,
                "aliases": list(e.aliases),
                "canonical": e.canonical,
                "evidence": e.evidence,
                "mentions": _mentions(e.mentions),
            }
            for e in extraction.entities
        ],
        "quantities": [
            {
                "text": q.text,
                "value": q.value,
                "high": q.high,
                "unit": q.unit,
                "measures": q.measures,
                "multiplier": q.multiplier,
                "mentions": _mentions(q.mentions),
            }
            for q in extraction.quantities
        ],
        "proposes": list(extraction.proposes),
        "claims": [
            {
                "text": c.text,
                "type": c.type,
                "subject": c.subject,
                "baselines": list(c.baselines),
                "datasets": list(c.datasets),
                "metrics": list(c.metrics),
                "quantities": list(c.quantities),
                "hedged": c.hedged,
                "start": c.start,
                "end": c.end,
                "field": c.field,
                "confidence": c.confidence,
                "comparisons": [asdict(x) for x in c.comparisons],
            }
            for c in extraction.claims
        ],
        "relations": [
            {
                "head": r.head,
                "relation": r.relation,
                "tail": r.tail,
                "sentence": r.sentence,
                "start": r.start,
                "end": r.end,
                "field": r.field,
                "confidence": r.confidence,
            }
            for r in extraction.relations
        ],
    }


def dumps(extraction: Extraction) -> str:
    """One JSON line (no trailing newline), deterministic; a failed paper's line adds its ``error``."""
    record = to_record(extraction)
    if extraction.error is not None:
        record["error"] = extraction.error
    return json.dumps(record, ensure_ascii=False)


def _read_mentions(items: list[dict[str, Any]] | None) -> tuple[Mention, ...]:
    return tuple(Mention(int(m["start"]), int(m["end"]), m["field"]) for m in items or ())


def from_record(record: dict[str, Any]) -> Extraction:
    """Rebuild an :class:`Extraction` from :func:`to_record`'s output."""
    return Extraction(
        id=record["id"],
        title=record.get("title", ""),
        entities=tuple(
            Entity(
                text=e["text"],
                type=e["type"],
                aliases=tuple(e.get("aliases") or (e["text"],)),
                mentions=_read_mentions(e.get("mentions")),
                canonical=e.get("canonical"),
                evidence=e.get("evidence", "lexicon"),
            )
            for e in record.get("entities", ())
        ),
        quantities=tuple(
            Quantity(
                text=q["text"],
                value=float(q["value"]),
                high=None if q.get("high") is None else float(q["high"]),
                unit=q.get("unit"),
                measures=q.get("measures"),
                mentions=_read_mentions(q.get("mentions")),
                multiplier=float(q.get("multiplier", 1.0)),
            )
            for q in record.get("quantities", ())
        ),
        proposes=tuple(record.get("proposes", ())),
        claims=tuple(
            Claim(
                text=c["text"],
                type=c["type"],
                subject=c.get("subject"),
                baselines=tuple(c.get("baselines", ())),
                datasets=tuple(c.get("datasets", ())),
                metrics=tuple(c.get("metrics", ())),
                quantities=tuple(c.get("quantities", ())),
                hedged=bool(c.get("hedged", False)),
                start=int(c.get("start", 0)),
                end=int(c.get("end", 0)),
                field=c.get("field", "abstract"),
                confidence=float(c.get("confidence", 0.0)),
                comparisons=tuple(Comparison(**x) for x in c.get("comparisons", ())),
            )
            for c in record.get("claims", ())
        ),
        relations=tuple(
            Relation(
                head=r["head"],
                relation=r["relation"],
                tail=r["tail"],
                sentence=r.get("sentence", ""),
                start=int(r.get("start", 0)),
                end=int(r.get("end", 0)),
                field=r.get("field", "abstract"),
                confidence=float(r.get("confidence", 0.0)),
            )
            for r in record.get("relations", ())
        ),
        error=record.get("error"),
    )
