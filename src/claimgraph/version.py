"""The claimgraph version: the installed package's, or ``0+unknown`` when it is not installed."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

try:
    __version__: str = version("claimgraph")
except PackageNotFoundError:  # a source tree on sys.path without an install
    __version__ = "0+unknown"
