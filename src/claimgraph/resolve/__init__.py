"""Cross-paper entity resolution: ``resolve(extractions) -> Resolution``, or in passes over shards (``Resolver``)."""

from claimgraph.resolve.core import EntityTable, Mention, Resolver, resolve
from claimgraph.resolve.model import Resolution, ResolvedEntity
from claimgraph.resolve.registry import AliasRegistry, load_registry

__all__ = [
    "AliasRegistry",
    "EntityTable",
    "Mention",
    "Resolution",
    "ResolvedEntity",
    "Resolver",
    "load_registry",
    "resolve",
]
