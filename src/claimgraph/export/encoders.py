"""Serialise units of the mapping into pieces of one export file each.

The writer maps the graph unit by unit (:class:`claimgraph.export.mapping.RdfMapper`),
possibly in several processes, and every unit is serialised on its own by
pyoxigraph (or, for JSON-LD, by pyoxigraph and :mod:`claimgraph.export.jsonld`).
A file is then its header, the units' bodies in order, and its footer:

* N-Quads and N-Triples are a line per statement: a unit's output is its body;
* Turtle and TriG start with the ``@prefix`` lines, which pyoxigraph writes
  first, one a prefix, whenever it is given prefixes: the file's header is those
  lines, and each unit's body is its output without them (checked, not assumed);
* JSON-LD is one ``{"@context": ..., "@graph": [...]}`` document whose
  ``@graph`` lists every unit's node objects.
"""

from __future__ import annotations

from collections.abc import Iterable

import orjson
import pyoxigraph

from claimgraph.export.jsonld import Compactor, compact_lines

_PROBE = pyoxigraph.NamedNode("urn:claimgraph:probe")


class Encoder:
    """How one format turns units into a file.

    Parameters
    ----------
    fmt : pyoxigraph.RdfFormat
        The format (``JSON_LD`` for compact JSON-LD with a context).
    prefixes : dict[str, str]
        Prefixes for Turtle, TriG and the JSON-LD ``@context``.
    """

    def __init__(self, fmt: pyoxigraph.RdfFormat, prefixes: dict[str, str]):
        self.fmt = fmt
        self.prefixes = dict(prefixes)
        self._compactor = Compactor(self.prefixes) if fmt == pyoxigraph.RdfFormat.JSON_LD else None

    @property
    def _uses_prefixes(self) -> bool:
        return self.fmt in (pyoxigraph.RdfFormat.TURTLE, pyoxigraph.RdfFormat.TRIG)

    def header(self) -> bytes:
        """The bytes before the first unit."""
        if self.fmt == pyoxigraph.RdfFormat.JSON_LD:
            context = orjson.dumps(self.prefixes, option=orjson.OPT_SORT_KEYS)
            return b'{"@context":' + context + b',\n"@graph":['
        if not self._uses_prefixes or not self.prefixes:
            return b""
        probe = [pyoxigraph.Triple(_PROBE, _PROBE, _PROBE)]
        return self._split(pyoxigraph.serialize(probe, format=self.fmt, prefixes=self.prefixes))[0]

    def footer(self) -> bytes:
        """The bytes after the last unit."""
        return b"\n]}\n" if self.fmt == pyoxigraph.RdfFormat.JSON_LD else b""

    def separator(self, first: bool) -> bytes:
        """The bytes before a (non-empty) unit body: JSON-LD separates node objects with commas."""
        if self.fmt != pyoxigraph.RdfFormat.JSON_LD:
            return b""
        return b"\n" if first else b",\n"

    def body(self, batches: Iterable[list]) -> bytes:
        """Serialise one unit's batches (quads or triples, grouped by graph and subject).

        Parameters
        ----------
        batches : iterable of list
            The unit, as :meth:`RdfMapper.map_unit` returns it.
        """
        batches = [batch for batch in batches if batch]
        if not batches:
            return b""
        if self._compactor is not None:
            return compact_lines(batches, self._compactor)
        statements = [statement for batch in batches for statement in batch]
        if not self._uses_prefixes or not self.prefixes:
            return pyoxigraph.serialize(statements, format=self.fmt)
        return self._split(pyoxigraph.serialize(statements, format=self.fmt, prefixes=self.prefixes))[1]

    def _split(self, output: bytes) -> tuple[bytes, bytes]:
        """Cut pyoxigraph's Turtle or TriG output into its ``@prefix`` lines and the rest."""
        cut = 0
        for _ in self.prefixes:
            if not output.startswith(b"@prefix ", cut):
                raise RuntimeError(f"pyoxigraph's {self.fmt.name} output does not start with its @prefix lines")
            cut = output.index(b"\n", cut) + 1
        return output[:cut], output[cut:]
