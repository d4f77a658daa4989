"""An interactive, self-contained HTML view of the claimgraph graph (``claimgraph view``)."""

from claimgraph.view.data import COLORS, DEFAULT_KINDS, DEFAULT_MAX_NODES, view_data
from claimgraph.view.render import render_html, script_safe_json, write_html

__all__ = ["COLORS", "DEFAULT_KINDS", "DEFAULT_MAX_NODES", "render_html", "script_safe_json", "view_data", "write_html"]
