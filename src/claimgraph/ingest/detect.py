"""Detecting an input's format from its first bytes, not its name."""

from __future__ import annotations

from claimgraph.errors import ConfigError
from claimgraph.ingest.jsonlines import is_snapshot_line

#: The format names ``ingest(format=...)`` and ``--format`` accept.
FORMATS: tuple[str, ...] = ("dailypapers", "jsonl", "arxiv-snapshot", "json", "atom")


def check_format(name: str | None) -> str | None:
    """Return ``name`` when it is a known format (or None); else raise ConfigError."""
    if name is None or name in FORMATS:
        return name
    raise ConfigError(f"unknown input format {name!r}; choose one of {', '.join(FORMATS)}")


def detect_format(head: bytes) -> str:
    """Name the format of a file from its first (decompressed) bytes.

    ``[`` starts a JSON array, ``{`` JSON Lines (``arxiv-snapshot`` when the
    first record has snapshot keys such as ``update_date`` or ``versions``),
    ``<`` an XML document read as an Atom feed; anything else is a Daily
    Papers text dump.

    Examples
    --------
    >>> detect_format(b'  [{"title": "x"}]')
    'json'
    >>> detect_format(b'<?xml version="1.0"?><feed/>')
    'atom'
    >>> detect_format(b"new\\n\\nSubscribe\\n")
    'dailypapers'
    """
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"<"):
        return "atom"
    if text.startswith(b"{"):
        first = text.split(b"\n", 1)[0].decode("utf-8", errors="replace")
        return "arxiv-snapshot" if is_snapshot_line(first) else "jsonl"
    return "dailypapers"
