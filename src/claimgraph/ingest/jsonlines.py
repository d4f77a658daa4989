"""Reader for JSON Lines: one paper object a line (also the arXiv snapshot).

The arXiv metadata snapshot (``arxiv-metadata-oai-snapshot.json``) is JSON
Lines; it is read the same way, line by line, so a multi-GB file (plain or
gzip-compressed) streams in constant memory.  Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from claimgraph.ingest.jsonrecord import paper_from_object
from claimgraph.ingest.model import Paper, Problem, Source
from claimgraph.ingest.paper_fields import RecordError, Report
from claimgraph.ingest.sources import Line

#: Keys that mark a JSON Lines file as the arXiv metadata snapshot.
SNAPSHOT_KEYS = frozenset({"update_date", "versions", "submitter", "journal-ref"})


def read_jsonlines(
    lines: Iterator[Line],
    path: str,
    report: Report,
    *,
    format: str = "jsonl",
) -> Iterator[Paper]:
    """Yield one Paper per usable line; report every other non-blank line.

    Parameters
    ----------
    lines : iterator of Line
        The decoded lines of the file.
    path : str
        The file name used in sources and problems.
    report : callable
        Called with a :class:`Problem` for every skipped line, and with a
        :class:`~claimgraph.ingest.model.Repair` for a line that lost unsafe
        characters.
    format : str
        The format name recorded in each :class:`Source` (``"jsonl"`` or
        ``"arxiv-snapshot"``).
    """
    for line in lines:
        if line.error:
            report(Problem(path, line.number, line.error))
            continue
        text = line.text.strip()
        if not text:
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            report(Problem(path, line.number, f"invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        except RecursionError:
            report(Problem(path, line.number, "invalid JSON: nested too deeply"))
            continue
        try:
            yield paper_from_object(value, Source(path, line.number, format), report)
        except RecordError as exc:
            report(Problem(path, line.number, str(exc)))


def is_snapshot_line(text: str) -> bool:
    """Return True when one JSON line looks like an arXiv snapshot record."""
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(value, dict) and bool(SNAPSHOT_KEYS & value.keys())
