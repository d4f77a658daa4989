"""Cross-paper entity resolution: ``resolve(extractions) -> Resolution``."""

from claimgraph.resolve.core import resolve
from claimgraph.resolve.model import Resolution, ResolvedEntity
from claimgraph.resolve.registry import AliasRegistry, load_registry

__all__ = ["AliasRegistry", "Resolution", "ResolvedEntity", "load_registry", "resolve"]
