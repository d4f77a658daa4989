"""RDF written shard by shard, in bytes that do not depend on the shards.

A sharded build (:mod:`claimgraph.build_folder`) never holds the whole graph:
each shard's graph (its papers, their claims and the entities they name) is
mapped here paper block by paper block (:data:`BLOCK_PAPERS` papers, counted
from the first paper of the build, so a block never depends on the shard size),
and each block is serialised on its own, in every format asked for, into one
body file per shard and format. The files are then put together by
:func:`assemble`::

    header | software | entities | shard 0 bodies | shard 1 bodies | ... | stated relations | footer

* the software section: the extraction activity and the software agent;
* the entity section: every entity (default graph) in IRI order, in chunks of
  :data:`ENTITY_CHUNK`, written once from the entity table, with its paper count;
* a paper block: for each paper in id order, its ``cg:PaperGraph`` description
  (default graph), then its named graph;
* the stated relations (Turtle and N-Triples only, which write the union of all
  graphs): every entity's relation some paper states, once, sorted. In the
  quad formats these triples stay in the paper graphs that state them.

N-Quads is written gzip-compressed (``claimgraph.nq.gz``): every section and
block is one gzip member (``mtime`` 0, no name), and a file of concatenated
members is one gzip stream (RFC 1952), which ``gzip``, ``zcat`` and Python read
whole. Since members follow blocks and chunks, never shards, the same input
gives the same bytes for any shard size and number of workers.
"""

from __future__ import annotations

import contextlib
import gzip
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import networkx as nx
from pyoxigraph import NamedNode, Triple

from claimgraph.atomic import atomic_open
from claimgraph.export.mapping import RELATION_PROPERTIES, RdfMapper
from claimgraph.export.serialize import FORMATS, Encoder, export_prefixes
from claimgraph.export.statements import MappedUnit
from claimgraph.resolve.model import ResolvedEntity
from claimgraph.version import __version__
from claimgraph.vocabulary import RDF_STEM

#: Papers per block: the unit of mapping, serialising and (N-Quads) compression. Shards are whole blocks.
BLOCK_PAPERS = 100
#: Entities per chunk of the entity section.
ENTITY_CHUNK = 20_000
#: The formats written gzip-compressed.
COMPRESSED = frozenset({"nq"})


def rdf_file_name(name: str) -> str:
    """The file a build writes format ``name`` to: ``claimgraph.<ext>``, with ``.gz`` for N-Quads.

    Examples
    --------
    >>> rdf_file_name("nq"), rdf_file_name("ttl")
    ('claimgraph.nq.gz', 'claimgraph.ttl')
    """
    extension = FORMATS[name].extension
    return f"{RDF_STEM}.{extension}.gz" if name in COMPRESSED else f"{RDF_STEM}.{extension}"


class Bodies:
    """Turns mapped units into the body bytes of each format (compressed where the format is)."""

    def __init__(self, names: Sequence[str], base_iri: str):
        prefixes = export_prefixes(base_iri)
        self.encoders = {name: Encoder(FORMATS[name].oxigraph, prefixes) for name in names}

    def encode(self, mapped: MappedUnit, *, first: bool = False) -> dict[str, tuple[int, bytes]]:
        """Format -> (statements, bytes) of one unit; a JSON-LD body starts with its separator (none for the
        ``first`` unit of the file)."""
        out = {}
        for name, encoder in self.encoders.items():
            statements = mapped.quads if FORMATS[name].quads else mapped.union
            out[name] = (len(statements), self._finish(name, encoder.body(statements), first))
        return out

    def encode_triples(self, triples: list[Triple]) -> dict[str, tuple[int, bytes]]:
        """Format -> (statements, bytes) of union-only triples (Turtle and N-Triples; empty for the others)."""
        out = {}
        for name, encoder in self.encoders.items():
            body = b"" if FORMATS[name].quads else encoder.body(triples)
            out[name] = (0 if FORMATS[name].quads else len(triples), self._finish(name, body))
        return out

    def _finish(self, name: str, body: bytes, first: bool = False) -> bytes:
        if not body:
            return b""
        if name == "jsonld":  # the software section, never empty, comes first: every later body follows a node object
            body = self.encoders[name].separator(first) + body
        return gzip.compress(body, compresslevel=6, mtime=0) if name in COMPRESSED else body


def blocks(paper_ids: Sequence[str], first: int) -> Iterator[Sequence[str]]:
    """The blocks of a shard whose first paper is paper number ``first`` of the build (a multiple of the block)."""
    if first % BLOCK_PAPERS:
        raise ValueError(f"a shard starts at paper {first}, not at a block boundary")
    for start in range(0, len(paper_ids), BLOCK_PAPERS):
        yield paper_ids[start : start + BLOCK_PAPERS]


def write_shard(
    G: nx.MultiDiGraph,
    paper_ids: Sequence[str],
    first: int,
    paths: dict[str, Path],
    *,
    base_iri: str,
    mention_spans: bool,
) -> tuple[dict[str, int], set[tuple[str, str, str]]]:
    """Write the body files of one shard's graph ``G`` (format -> path), block by block.

    Returns the statements written per format and the entity relations the
    shard's papers state (subject key, relation, object key).
    """
    mapper = RdfMapper(G, base_iri, mention_spans=mention_spans, stated_in_union=False)
    bodies = Bodies(list(paths), base_iri)
    counts = dict.fromkeys(paths, 0)
    handles = {name: path.open("wb") for name, path in paths.items()}
    try:
        for block in blocks(paper_ids, first):
            for name, (count, body) in bodies.encode(mapper.map_papers(block)).items():
                handles[name].write(body)
                counts[name] += count
    finally:
        for handle in handles.values():
            handle.close()
    return counts, mapper.stated


def _entity_graph(entities: dict[str, ResolvedEntity], keys: Iterable[str], paper_counts: dict[str, int]):
    """A graph of some entities (graph-schema attributes) and their ``variant_of`` edges."""
    G = nx.MultiDiGraph(name="claimgraph", claimgraph_version=__version__)

    def add(entity: ResolvedEntity) -> None:
        G.add_node(
            entity.key,
            kind=entity.type,
            label=entity.label,
            aliases=list(entity.aliases),
            canonical=entity.canonical,
            params=None if entity.params is None else float(entity.params),
            paper_count=paper_counts.get(entity.key, 0),
        )

    for key in keys:
        entity = entities[key]
        add(entity)
        family = entities.get(entity.variant_of) if entity.variant_of else None
        if family is not None and family.type == "Model" and entity.type == "Model":
            if family.key not in G:
                add(family)
            params = None if entity.params is None else float(entity.params)
            G.add_edge(key, family.key, key="variant_of", relation="variant_of", params=params)
    return G


def assemble(
    out_dir: Path,
    names: Sequence[str],
    shard_bodies: Sequence[dict[str, Path]],
    entities: dict[str, ResolvedEntity],
    paper_counts: dict[str, int],
    stated: Iterable[tuple[str, str, str]],
    *,
    base_iri: str,
    on_section: Callable[[str, bytes], None] | None = None,
) -> tuple[dict[str, Path], dict[str, int]]:
    """Write each format's file into ``out_dir`` (atomically) from the sections and the shards' body files.

    ``on_section(format, bytes)``, when given, is called with every piece
    written here besides the shards' bodies (as written: compressed for
    N-Quads), so that a caller holding the bodies has the whole file.
    Returns format -> file, and format -> statements of the sections written here.
    """
    bodies = Bodies(names, base_iri)
    paths = {name: out_dir / rdf_file_name(name) for name in names}
    counts = dict.fromkeys(names, 0)
    mint = RdfMapper(_entity_graph(entities, (), {}), base_iri).mint
    order = sorted(entities, key=lambda key: mint.node(key, entities[key].type))
    with contextlib.ExitStack() as files:
        handles = {name: files.enter_context(atomic_open(paths[name], "wb", encoding=None)) for name in names}

        def put(name: str, body: bytes) -> None:
            handles[name].write(body)
            if on_section is not None and body:
                on_section(name, body)

        def write(pieces: dict[str, tuple[int, bytes]]) -> None:
            for name, (count, body) in pieces.items():
                put(name, body)
                counts[name] += count

        for name in names:
            header = bodies.encoders[name].header()
            put(name, gzip.compress(header, mtime=0) if name in COMPRESSED and header else header)
        write(bodies.encode(RdfMapper(_entity_graph(entities, (), {}), base_iri).map_software(), first=True))
        for start in range(0, len(order), ENTITY_CHUNK):
            chunk = order[start : start + ENTITY_CHUNK]
            write(bodies.encode(RdfMapper(_entity_graph(entities, chunk, paper_counts), base_iri).map_entities(chunk)))
        for shard in shard_bodies:
            for name in names:
                with shard[name].open("rb") as source:
                    shutil.copyfileobj(source, handles[name], 1 << 20)
        iri = {key: NamedNode(mint.node(key, entities[key].type)) for edge in stated for key in (edge[0], edge[2])}
        triples = [Triple(iri[u], RELATION_PROPERTIES[relation], iri[v]) for u, relation, v in sorted(stated)]
        for start in range(0, len(triples), ENTITY_CHUNK):
            write(bodies.encode_triples(triples[start : start + ENTITY_CHUNK]))
        for name in names:
            footer = bodies.encoders[name].footer()
            put(name, gzip.compress(footer, mtime=0) if name in COMPRESSED and footer else footer)
    return paths, counts
