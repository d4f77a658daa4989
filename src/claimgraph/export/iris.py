"""Stable IRIs for graph nodes, spans and named graphs.

Every IRI is ``<base><kind>/<percent-encoded key parts>``: it depends only on the
node keys of ``docs/graph-schema.md`` and the base IRI, so the same input always
mints the same IRIs. Percent-encoding (UTF-8, only ``A-Za-z0-9-._~`` kept)
makes any key a valid IRI path segment.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from claimgraph.errors import ConfigError

DEFAULT_BASE_IRI = "https://w3id.org/claimgraph/"

#: Folders of minted IRIs that get a prefix (relative to the base IRI) in Turtle, TriG and JSON-LD.
DATA_PREFIXES = ("paper", "model", "method", "dataset", "metric", "task", "claim", "graph")


@lru_cache(maxsize=1 << 16)
def segment(text: str) -> str:
    """Percent-encode ``text`` as one IRI path segment.

    Parameters
    ----------
    text : str
        Any string (a paper id, a normalised key, ...).

    Returns
    -------
    str
        ASCII text in which every byte outside ``A-Za-z0-9-._~`` is ``%XX``, and
        a final ``.`` too: Turtle writes it as ``\\.``, which rdflib cannot read.
    """
    encoded = quote(text, safe="-._~") or "_"
    return encoded[:-1] + "%2E" if encoded.endswith(".") else encoded


def check_base_iri(base_iri: str) -> str:
    """Validate a base IRI and return it.

    Parameters
    ----------
    base_iri : str
        An absolute ``http(s)`` (or ``urn:``) IRI ending in ``/`` or ``#``.

    Returns
    -------
    str
        ``base_iri`` unchanged.

    Raises
    ------
    ConfigError
        If the base IRI is not absolute, contains spaces or does not end in
        ``/`` or ``#``.
    """
    if not isinstance(base_iri, str) or ":" not in base_iri:
        raise ConfigError(f"base IRI {base_iri!r} is not an absolute IRI")
    if any(ch in base_iri for ch in ' <>"{}|\\^`') or not base_iri.isprintable():
        raise ConfigError(f"base IRI {base_iri!r} contains characters not allowed in an IRI")
    if not base_iri.endswith(("/", "#")):
        raise ConfigError(f"base IRI {base_iri!r} must end with '/' or '#'")
    return base_iri


class Minter:
    """Mint the IRIs of one export under ``base_iri``.

    Parameters
    ----------
    base_iri : str
        The base every IRI starts with (see :func:`check_base_iri`).
    """

    __slots__ = ("base",)

    def __init__(self, base_iri: str):
        self.base = check_base_iri(base_iri)

    def node(self, key: str, kind: str, paper: str | None = None) -> str:
        """Return the IRI of a graph node.

        Parameters
        ----------
        key : str
            The node key (``paper:<id>``, ``model:<key>``, ``claim:<id>:<n>``).
        kind : str
            The node's ``kind`` attribute.
        paper : str, optional
            For a claim, its paper id (the key's middle part).

        Returns
        -------
        str
            ``<base>paper/<id>``, ``<base>model/<key>``, ``<base>claim/<id>/<n>``...
        """
        prefix, sep, rest = key.partition(":")
        if not sep:
            prefix, rest = kind.lower(), key
        if kind == "Claim" and paper is not None and rest.startswith(paper + ":"):
            return f"{self.base}claim/{segment(paper)}/{segment(rest[len(paper) + 1 :])}"
        return f"{self.base}{segment(prefix.lower())}/{segment(rest)}"

    def paper_graph(self, paper: str) -> str:
        """Return the IRI of the named graph of paper ``paper``."""
        return f"{self.base}graph/{segment(paper)}"

    def span(self, paper: str, field: str, start: int, end: int) -> str:
        """Return the IRI of a span of a paper's ``field`` (``title``/``abstract``)."""
        return f"{self.base}span/{segment(paper)}/{segment(field)}/{int(start)}-{int(end)}"

    def relation(self, paper: str, relation: str, head: str, tail: str) -> str:
        """Return the IRI of one paper's assertion ``head relation tail``."""
        return f"{self.base}relation/{segment(paper)}/{segment(relation)}/{segment(head)}/{segment(tail)}"

    def activity(self, version: str) -> str:
        """Return the IRI of the extraction activity of claimgraph ``version``."""
        return f"{self.base}activity/claimgraph-{segment(version)}"

    def agent(self, version: str) -> str:
        """Return the IRI of claimgraph ``version`` as a software agent."""
        return f"{self.base}agent/claimgraph-{segment(version)}"
