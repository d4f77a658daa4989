"""Render the graph as one self-contained HTML file.

The page's skeleton, style sheet and scripts are package data files in
``assets/``: ``page.html`` (a :meth:`str.format` template), ``view.css``,
``error_trap.js`` (runs first and keeps every script error of the page for the
self-test) and ``view.js`` (plain ES5 + SVG, no library: draw, search, filter,
inspect). They are inlined into the page, which loads nothing.
"""

from __future__ import annotations

import html
import json
import os
from importlib import resources
from pathlib import Path

import networkx as nx

from claimgraph.atomic import atomic_write_text
from claimgraph.view.data import DEFAULT_KINDS, DEFAULT_MAX_NODES, view_data

__all__ = ["render_html", "script_safe_json", "write_html"]

_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _asset(name: str) -> str:
    """The text of one file of ``claimgraph/view/assets/``."""
    return (resources.files("claimgraph.view") / "assets" / name).read_text(encoding="utf-8")


def script_safe_json(value: object) -> str:
    """Return JSON text that can sit inside ``<script>`` (``<``, ``>``, ``&`` escaped).

    ``JSON.parse`` reads it back unchanged; ``</script>`` can never appear in it.

    Examples
    --------
    >>> script_safe_json({"label": "</script>"})
    '{"label":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for char, escaped in _UNSAFE.items():
        text = text.replace(char, escaped)
    return text


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str = "claimgraph",
    kinds: tuple[str, ...] = DEFAULT_KINDS,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    seed: int = 0,
) -> str:
    """Return a self-contained HTML page that draws ``G``.

    The page needs no network: the style sheet, the script (plain JavaScript
    and SVG) and the data (an inline JSON blob) are all inside it, and its
    Content-Security-Policy forbids loading anything. Nodes are coloured by
    kind, with a legend whose check boxes filter kinds; a search box finds
    nodes by name or alias; clicking a node lists its papers, the claims
    about it (with their quoted sentences) and its stated relations. Node
    positions are computed here (seeded spring layout), so the same graph
    always gives the same page.

    Opened with ``#selftest=<query>`` in the URL, the page searches for the
    query, selects the first hit and writes a JSON report (script errors,
    numbers of drawn nodes and edges, hits, the side panel's title and claim
    count) into ``<pre id="cg-selftest">``, for headless-browser tests.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A claimgraph graph.
    title : str
        Page title.
    kinds : tuple of str
        Node kinds to draw (claims are shown in the side panel, not as nodes).
    max_nodes : int or None
        Draw the nodes of highest degree only (the page says so); None: all.
    seed : int
        Layout seed.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("Model:bert", kind="Model", label="BERT <base>")
    >>> page = render_html(G, title="demo")
    >>> page.startswith("<!DOCTYPE html>"), "BERT \\\\u003cbase\\\\u003e" in page
    (True, True)
    """
    data = view_data(G, title=title, kinds=kinds, max_nodes=max_nodes, seed=seed)
    return _asset("page.html").format(
        title=html.escape(title),
        style=_asset("view.css"),
        error_trap=_asset("error_trap.js"),
        data=script_safe_json(data),
        script=_asset("view.js"),
    )


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike, **options) -> Path:
    """Write :func:`render_html` of ``G`` to ``path`` atomically and return the path.

    ``options`` are those of :func:`render_html`.
    """
    return atomic_write_text(path, render_html(G, **options))
