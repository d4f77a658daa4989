"""From pass 1's sets of typed keys to entity nodes: one node per set, with its type (the corpus type a retyped
set joined, else its first name's), its label (the known name most of its occurrences are anchored to, else its
most frequent long form, as a reader sees it), its key and aliases; and for a Model variant its family
(``variant_of``, creating the family's node when no paper names it) and ``params`` (rule 6 of
:mod:`claimgraph.resolve.core`). :func:`make_entity_table` returns them as the
:class:`~claimgraph.resolve.entity_table.EntityTable`.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from claimgraph.extract.lexicons import LexiconEntry
from claimgraph.names import shown_name
from claimgraph.resolve.entity_table import EntityTable
from claimgraph.resolve.keys import KeyMaker, UnionFind
from claimgraph.resolve.known_names import KnownNames
from claimgraph.resolve.model import ResolvedEntity
from claimgraph.resolve.occurrences import Aggregate

__all__ = ["make_entity_table"]


def make_entity_table(
    aggregates: dict[str, Aggregate], sets: UnionFind, retyped: dict[str, str], known: KnownNames
) -> EntityTable:
    """The entity table of the sets of ``aggregates``' primary keys (``retyped``: corpus-typed key -> the key of
    the corpus type it joined)."""
    keys = known.keys
    by_root: dict[str, list[str]] = defaultdict(list)
    for primary in aggregates:
        by_root[sets.find(primary)].append(primary)
    root_type = {sets.find(target): target.partition(":")[0] for target in sorted(retyped.values())}
    node_of: dict[str, str] = {}  # root -> node key
    nodes: dict[str, dict] = {}
    for root in sorted(by_root):
        type_ = root_type.get(root) or by_root[root][0].partition(":")[0]
        label, entry, canonical = _label(root, by_root[root], aggregates, sets, keys)
        label = shown_name(label)  # the name as a reader sees it (no LaTeX tilde, no cut-off bracket)
        key = keys.typed(type_, label)
        if key not in sets or sets.find(key) != root:
            key = min(member for member in sets.members[root] if member.startswith(f"{type_}:"))
        node_of[root] = key
        nodes[key] = {
            "type": type_,
            "label": label,
            "entry": entry,
            "canonical": canonical,
            "aliases": set().union(*(aggregates[primary].own for primary in by_root[root])),
        }
    for key in sorted(nodes):
        if nodes[key]["type"] == "Model":
            _attach_family(key, nodes, node_of, sets, known)
    return EntityTable(_entities(nodes), node_of, sets, keys)


def _label(
    root: str, primaries: list[str], aggregates: dict[str, Aggregate], sets: UnionFind, keys: KeyMaker
) -> tuple[str, LexiconEntry | None, str | None]:
    """The label, lexicon entry and canonical name of the set ``root`` of ``primaries``: the anchor most
    occurrences share (with the entry and canonical of the first occurrence anchored there), else the long form
    most occurrences give (of bare short forms only when no occurrence spells one out)."""
    aggs = [aggregates[primary] for primary in primaries]
    anchors: Counter = Counter()
    for agg in aggs:
        anchors.update(agg.anchors)
    if anchors:
        label = min(anchors, key=lambda name: (-anchors[name], name))
        entries = [agg.first_entry[label] for agg in aggs if label in agg.first_entry]
        canonicals = [agg.first_canonical[label] for agg in aggs if label in agg.first_canonical]
        entry = min(entries, key=lambda found: found[0])[1] if entries else None
        canonical = min(canonicals, key=lambda found: found[0])[1] if canonicals else None
        return label, entry, canonical
    expanded = any(agg.expanded for agg in aggs)  # "SPT" alone is no long form
    longs: Counter = Counter()
    for primary, agg in zip(primaries, aggs, strict=True):  # forms of this root, under their own paper's type
        own_type = primary.partition(":")[0]
        found = agg.longs if expanded else agg.bare_longs
        longs.update({f: n for f, n in found.items() if sets.find(keys.typed(own_type, f)) == root})
    return min(longs, key=lambda form: (-longs[form], form)), None, None


def _attach_family(
    key: str, nodes: dict[str, dict], node_of: dict[str, str], sets: UnionFind, known: KnownNames
) -> None:
    """Give Model node ``key`` its ``variant_of`` and ``params``, creating family nodes."""
    seen = set()
    while key not in seen:
        seen.add(key)
        node = nodes[key]
        entry, parsed = node["entry"], None
        if entry is not None and entry.variant_of:
            base, params = entry.variant_of, entry.params
        else:
            parsed = known.variant(node["label"])
            if parsed is None:
                return
            base, params = parsed.base, parsed.params
        found = known.lookup("Model", base)
        name, base_entry = found if found else (base, None)
        typed = known.keys.typed("Model", name)
        family = node_of.get(sets.find(typed)) if typed in sets else typed
        family = family or typed
        if family == key:
            return
        node["variant_of"] = family
        node["params"] = params if params is not None else (entry.params if entry else None)
        if family in nodes:
            return
        nodes[family] = {
            "type": "Model",
            "label": name,
            "entry": base_entry,
            "canonical": base_entry.name if base_entry else None,
            "aliases": set(),
            "papers": set(),
        }
        key = family


def _entities(nodes: dict[str, dict]) -> dict[str, ResolvedEntity]:
    """The resolved entities by key, sorted, without their papers (pass 2 counts those)."""
    entities = {}
    for key in sorted(nodes):
        node = nodes[key]
        entry = node["entry"]
        entities[key] = ResolvedEntity(
            key=key,
            type=node["type"],
            label=node["label"],
            aliases=tuple(sorted(node["aliases"])),
            canonical=node["canonical"],
            params=node.get("params", entry.params if entry else None),
            variant_of=node.get("variant_of"),
        )
    return entities
