"""Typed entity keys and the union-find that groups them.

A typed key is ``"<Type>:<normalised name>"``; the normalised name is
:func:`claimgraph.names.normalize_name` of the surface form, except for the
homonyms of the alias registry's ``distinct`` list, which get a ``~tag``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class KeyMaker:
    """Cache of surface form -> normalised key (one normalisation per distinct form)."""

    def __init__(self, distinct: Mapping[str, str] | None = None):
        self._distinct = dict(distinct or {})
        self._cache: dict[str, str] = {}

    def norm(self, form: str) -> str:
        """Return the normalised key of ``form`` ('' for a blank form)."""
        key = self._cache.get(form)
        if key is None:
            from claimgraph.names import normalize_name

            key = normalize_name(form)
            tag = self._distinct.get(form.strip())
            if tag and key:
                key = f"{key}~{tag}"
            self._cache[form] = key
        return key

    def typed(self, type_: str, form: str) -> str:
        """Return ``"<type>:<normalised form>"`` ('' when the form is blank)."""
        norm = self.norm(form)
        return f"{type_}:{norm}" if norm else ""


class UnionFind:
    """Disjoint sets of keys with forbidden pairs that may never share a set.

    ``union`` merges the smaller set into the larger and checks the smaller
    set's members against their forbidden partners, so the total cost is
    O(n log n) lookups for n keys: no pair of keys is ever compared.
    """

    def __init__(self, forbidden: Mapping[str, Iterable[str]] | None = None):
        self.parent: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.forbidden = {key: tuple(partners) for key, partners in (forbidden or {}).items()}

    def add(self, key: str) -> None:
        """Add ``key`` as a set of its own (no-op when present)."""
        if key not in self.parent:
            self.parent[key] = key
            self.members[key] = [key]

    def __contains__(self, key: str) -> bool:
        return key in self.parent

    def find(self, key: str) -> str:
        """Return the root of ``key``'s set (with path compression)."""
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> bool:
        """Merge the sets of ``a`` and ``b`` unless that joins a forbidden pair.

        Returns
        -------
        bool
            True when both keys are now in one set.
        """
        self.add(a)
        self.add(b)
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        if len(self.members[root_a]) > len(self.members[root_b]):
            root_a, root_b = root_b, root_a
        for key in self.members[root_a]:
            for partner in self.forbidden.get(key, ()):
                if partner in self.parent and self.find(partner) == root_b:
                    return False
        self.parent[root_a] = root_b
        self.members[root_b].extend(self.members.pop(root_a))
        return True
