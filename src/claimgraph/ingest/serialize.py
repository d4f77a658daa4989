"""Papers as plain JSON-ready dicts, and back."""

from __future__ import annotations

from dataclasses import asdict

from claimgraph.ingest.model import Paper, Source


def paper_to_dict(paper: Paper) -> dict:
    """Return every field of ``paper`` as JSON-ready values (tuples as lists)."""
    data = asdict(paper)
    for key, value in data.items():
        if isinstance(value, tuple):
            data[key] = list(value)
    return data


def paper_from_dict(data: dict) -> Paper:
    """Rebuild a Paper written by :func:`paper_to_dict` (unknown keys ignored)."""
    known = {name: data[name] for name in Paper.__dataclass_fields__ if name in data}
    for name in ("authors", "categories"):
        if name in known:
            known[name] = tuple(known[name] or ())
    known["sources"] = tuple(Source(**source) for source in data.get("sources") or ())
    return Paper(**known)
