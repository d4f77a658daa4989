"""Subgraphs of the claimgraph graph: papers by id or date, the neighbourhood of entities, a SPARQL CONSTRUCT.

:func:`selection` checks the options of :func:`claimgraph.load` before anything
is read; :func:`select` applies them to the whole graph, in that order: the
papers (ids and dates), then ``around`` within those papers, then
``construct`` within what is left. Each step is a NetworkX subgraph view
(nothing is copied); the last one is copied once. The result keeps the
schema of ``docs/graph-schema.md``: nodes and edges with all their
attributes, in the order of the whole graph. Entity attributes are those of
the whole build (``paper_count`` counts every paper of the build).

What each step keeps:

* **papers** (``papers``, ``since``, ``until``): the chosen papers, their
  claims, the entities the papers and their claims point to, and the edges
  among these nodes stated by a kept paper (an edge's ``paper`` is always a
  kept paper), plus ``variant_of`` edges among them.
* **around** (``around``, ``hops``): the entities within ``hops`` steps of the
  named ones over entity-to-entity edges (``evaluated_on``, ``outperforms``,
  ``uses``, ``variant_of``, either direction), and the papers that mention or
  propose an entity within ``hops - 1`` steps, each kept as above. ``hops=1``:
  the entity, its variants or family, the entities it has a relation with,
  the papers mentioning it with their claims and entities. ``hops=0``: the
  named entities alone.
* **construct** (a SPARQL ``CONSTRUCT`` or ``DESCRIBE``): the nodes whose IRI
  is the subject or object of a triple of the result, and every edge of the
  graph between two of them (whether or not the result holds its triple).
  Other IRIs (spans, relation assertions, quantities, named graphs) and
  literals map to no node.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import networkx as nx

from claimgraph.analysis.common import find_entity
from claimgraph.build_layout import MANIFEST
from claimgraph.errors import ConfigError
from claimgraph.export.iris import DEFAULT_BASE_IRI, Minter
from claimgraph.vocabulary import ENTITY_TYPES

__all__ = ["Selection", "select", "selection"]


@dataclass(frozen=True)
class Selection:
    """The subgraph options of :func:`claimgraph.load`, checked.

    Attributes
    ----------
    papers : frozenset of str or None
        Ids of the papers to keep; None: any.
    since, until : datetime.date or None
        Inclusive bounds on the papers' ``date``; None: open.
    around : tuple of str or None
        Entity names or node keys whose neighbourhood is kept; None: no such filter.
    hops : int
        Steps of the neighbourhood.
    construct : str or None
        A SPARQL CONSTRUCT or DESCRIBE query (text or a ``.rq`` file).
    """

    papers: frozenset[str] | None = None
    since: date | None = None
    until: date | None = None
    around: tuple[str, ...] | None = None
    hops: int = 1
    construct: str | None = None

    @property
    def by_paper(self) -> bool:
        """True when papers are chosen by id or date."""
        return self.papers is not None or self.since is not None or self.until is not None


def _names(value: str | Iterable[str] | None, option: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    names = (value,) if isinstance(value, str) else tuple(value)
    if not all(isinstance(name, str) for name in names):
        raise ConfigError(f"{option}= takes a string or a list of strings, not {value!r}")
    return names


def _date(value: str | date | None, option: str) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{option}={value!r} is not an ISO date (yyyy-mm-dd)") from None


def selection(
    *,
    papers: str | Iterable[str] | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    around: str | Iterable[str] | None = None,
    hops: int = 1,
    construct: str | None = None,
) -> Selection | None:
    """Return the checked options, or None when they select the whole graph.

    Raises
    ------
    ConfigError
        For a date that is not ISO ``yyyy-mm-dd``, ``since`` after ``until``,
        ``hops`` not a whole number >= 0, names that are not strings, or an
        empty ``construct``.

    Examples
    --------
    >>> selection(since="2024-01-01", until="2024-06-30").until
    datetime.date(2024, 6, 30)
    >>> selection() is None
    True
    """
    start, end = _date(since, "since"), _date(until, "until")
    if start and end and start > end:
        raise ConfigError(f"since={start.isoformat()} is after until={end.isoformat()}")
    if isinstance(hops, bool) or not isinstance(hops, int) or hops < 0:
        raise ConfigError(f"hops={hops!r}: give a whole number of steps, 0 or more")
    if construct is not None and (not isinstance(construct, str) or not construct.strip()):
        raise ConfigError("construct= takes the text of a SPARQL CONSTRUCT query (or a .rq file)")
    ids = _names(papers, "papers")
    chosen = Selection(
        papers=None if ids is None else frozenset(n.removeprefix("paper:") for n in ids),
        since=start,
        until=end,
        around=_names(around, "around"),
        hops=hops,
        construct=construct,
    )
    return None if chosen == Selection(hops=hops) else chosen


def select(G: nx.MultiDiGraph, chosen: Selection, *, rdf: Path | None = None) -> nx.MultiDiGraph:
    """Return the subgraph of ``G`` that ``chosen`` selects, as a new graph (``G`` is not changed).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The whole graph of a build.
    chosen : Selection
        From :func:`selection`.
    rdf : Path, optional
        The build folder (or RDF file) ``construct`` runs on; its
        ``manifest.json`` gives the base IRI of the node IRIs.

    Raises
    ------
    ConfigError
        When a name of ``around`` is no entity of ``G`` or several, or
        ``construct`` is given without ``rdf`` or is not a CONSTRUCT/DESCRIBE query.
    QueryError
        When the query does not parse or cannot run.
    """
    view: nx.MultiDiGraph = G
    if chosen.by_paper:
        papers = {n for n, d in view.nodes(data=True) if d.get("kind") == "Paper" and _wanted(d, chosen)}
        view = _with_papers(view, papers)
    if chosen.around is not None:
        view = _around(view, [_entity(G, name) for name in chosen.around], chosen.hops)
    if chosen.construct is not None:
        if rdf is None:
            raise ConfigError("construct= needs a build folder or RDF file to run on")
        view = _with_iris(view, _result_iris(chosen.construct, rdf), _base_iri(rdf))
    return view.copy()


def _wanted(paper: dict[str, Any], chosen: Selection) -> bool:
    if chosen.papers is not None and paper.get("id") not in chosen.papers:
        return False
    if chosen.since is None and chosen.until is None:
        return True
    try:
        day = date.fromisoformat(paper.get("date") or "")
    except ValueError:
        return False  # no date, or one without a year: outside every range
    return (chosen.since is None or chosen.since <= day) and (chosen.until is None or day <= chosen.until)


def _kept(nodes: set[str]) -> Callable[[str], bool]:
    # a plain function, not nx.filters.show_nodes: views then list nodes in the graph's order, not a set's
    return nodes.__contains__


def _with_papers(view: nx.MultiDiGraph, papers: set[str], entities: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The papers (node keys), their claims, what both point to and ``entities``; edges stated by these papers."""
    claims = {c for p in papers for c in view.successors(p) if view.nodes[c].get("kind") == "Claim"}
    nodes = papers | claims | {n for source in papers | claims for n in view.successors(source)} | set(entities)
    ids = {view.nodes[p].get("id") for p in papers}

    def stated_by_kept_paper(u: str, v: str, key: str) -> bool:
        paper = view[u][v][key].get("paper")
        return paper is None or paper in ids

    return nx.subgraph_view(view, filter_node=_kept(nodes), filter_edge=stated_by_kept_paper)


def _entity(G: nx.MultiDiGraph, name: str) -> str:
    try:
        return find_entity(G, name)
    except KeyError as error:
        raise ConfigError(f"around={name!r}: {error.args[0]}") from None


def _around(view: nx.MultiDiGraph, seeds: list[str], hops: int) -> nx.MultiDiGraph:
    entities = nx.subgraph_view(view, filter_node=lambda n: view.nodes[n].get("kind") in ENTITY_TYPES)
    present = [seed for seed in dict.fromkeys(seeds) if seed in entities]
    layers = list(itertools.islice(nx.bfs_layers(entities.to_undirected(as_view=True), present), hops + 1))
    near = set(itertools.chain.from_iterable(layers[:hops]))
    papers = {p for entity in near for p in view.predecessors(entity) if view.nodes[p].get("kind") == "Paper"}
    return _with_papers(view, papers, itertools.chain.from_iterable(layers))


def _result_iris(construct: str, rdf: Path) -> set[str]:
    """The IRIs that are subjects or objects of the triples of a CONSTRUCT on ``rdf``."""
    from rdflib import URIRef

    from claimgraph.query import read_query, stream_query  # pyoxigraph and rdflib: only for construct=

    iris: set[str] = set()
    with stream_query(read_query(construct), rdf) as stream:
        if stream.kind != "graph":
            raise ConfigError(f"construct= takes a CONSTRUCT or DESCRIBE query, not a {stream.kind.upper()} query")
        for subject, _, obj in stream:
            iris.update(str(term) for term in (subject, obj) if isinstance(term, URIRef))
    return iris


def _base_iri(rdf: Path) -> str:
    manifest = (rdf if rdf.is_dir() else rdf.parent) / MANIFEST
    if not manifest.is_file():
        return DEFAULT_BASE_IRI
    try:
        return str(json.loads(manifest.read_text(encoding="utf-8")).get("base_iri") or DEFAULT_BASE_IRI)
    except (ValueError, AttributeError, OSError) as error:
        raise ConfigError(f"{manifest}: not a readable build manifest ({error}): rebuild the folder") from error


def _with_iris(view: nx.MultiDiGraph, iris: set[str], base_iri: str) -> nx.MultiDiGraph:
    mint = Minter(base_iri)
    nodes = {n for n, d in view.nodes(data=True) if mint.node(str(n), d.get("kind", ""), d.get("paper")) in iris}
    return nx.subgraph_view(view, filter_node=_kept(nodes))
