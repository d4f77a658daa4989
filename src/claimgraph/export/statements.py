"""The statements of a mapped graph, in canonical order, and which of them the union of all graphs leaves out.

A graph's subjects come sorted by IRI, each subject's statements in the order
the mapping added them, so the order depends only on the content. N-Quads,
TriG and JSON-LD write every graph's quads; Turtle and N-Triples write the
union of all graphs, where a triple that several graphs hold appears once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from pyoxigraph import Literal, NamedNode, Quad, Triple


@dataclass(frozen=True)
class MappedUnit:
    """One unit's quads, and which of them the union of all graphs leaves out."""

    quads: list[Quad]
    #: ids of the quads whose triple another graph writes to the union
    left_out: set[int]

    @cached_property
    def union(self) -> list[Triple]:
        """The triples the unit adds to the union of all graphs, in the quads' order."""
        return [quad.triple for quad in self.quads if id(quad) not in self.left_out]


class GraphStatements:
    """The quads of one graph, by subject; :meth:`quads` sorts the subjects by IRI.

    Each subject's quads keep the order they were added in. Nothing is
    deduplicated here: the mapping adds each statement once.

    Parameters
    ----------
    name : NamedNode or None
        The graph (None: the default graph).
    """

    def __init__(self, name: NamedNode | None):
        self.name = name
        self._subjects: dict[str, list[Quad]] = {}
        #: ids of the quads whose triple another graph writes to the union
        self.left_out: set[int] = set()

    def has(self, subject: str) -> bool:
        """Return True if ``subject`` has statements in this graph."""
        return subject in self._subjects

    def add(
        self, subject: str, pairs: Iterable[tuple[NamedNode, NamedNode | Literal | None]], *, in_union: bool = True
    ) -> None:
        """Add ``subject predicate object`` for each pair whose object is not None.

        ``in_union`` False: another graph holds the same triple and writes it
        to the union of all graphs (see :attr:`left_out`).
        """
        subject_node = NamedNode(subject)
        quads = [Quad(subject_node, predicate, obj, self.name) for predicate, obj in pairs if obj is not None]
        self._subjects.setdefault(subject, []).extend(quads)
        if not in_union:
            self.left_out.update(map(id, quads))

    def quads(self) -> list[Quad]:
        """Every quad, subjects sorted by IRI."""
        return [quad for subject in sorted(self._subjects) for quad in self._subjects[subject]]
