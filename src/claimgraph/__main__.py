"""``python -m claimgraph``: the same as the ``claimgraph`` command."""

from claimgraph.cli import main

if __name__ == "__main__":
    main(prog_name="claimgraph")
