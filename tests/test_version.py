"""claimgraph.__version__ is the installed package's version."""

from __future__ import annotations

from importlib.metadata import version

import claimgraph


def test_version_is_the_installed_one():
    assert claimgraph.__version__ == version("claimgraph")
