"""The one small error hierarchy of claimgraph.

Every error a user can cause derives from :class:`ClaimgraphError`; its message
names the file, line, record or paper it is about.
"""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base class of every error claimgraph raises on purpose."""


class InputError(ClaimgraphError):
    """An input file or record that cannot be read.

    Parameters
    ----------
    message : str
        What is wrong.
    path : str, optional
        The file it is in.
    line : int, optional
        The 1-based line (or record number) it starts at.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        self.reason = message
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class ConfigError(ClaimgraphError):
    """A bad option, data file or build folder."""


class QueryError(ClaimgraphError):
    """A SPARQL query that cannot be parsed or run."""
