"""The HTML skeleton and style sheet of the view (no external resource of any kind)."""

from __future__ import annotations

__all__ = ["ERROR_TRAP", "PAGE", "STYLE"]

STYLE = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #222; background: #fafafa; }
#cg-app { display: grid; grid-template-columns: 250px 1fr 360px; height: 100vh; }
#cg-controls, #cg-panel { overflow-y: auto; overflow-x: hidden; overflow-wrap: anywhere; padding: 12px; background: #fff; }
#cg-controls { border-right: 1px solid #ddd; }
#cg-panel { border-left: 1px solid #ddd; }
h1 { font-size: 17px; margin: 0 0 8px; }
h2 { font-size: 15px; margin: 14px 0 6px; }
h3 { font-size: 13px; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
#cg-search { width: 100%; padding: 6px 8px; font-size: 14px; border: 1px solid #bbb; border-radius: 4px; }
#cg-results { list-style: none; margin: 6px 0; padding: 0; max-height: 220px; overflow-y: auto; }
#cg-results li { padding: 2px 4px; cursor: pointer; border-radius: 3px; }
#cg-results li:hover { background: #eef; }
#cg-legend label { display: flex; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
.cg-swatch { width: 12px; height: 12px; border-radius: 50%; display: inline-block; border: 1px solid #0003; }
.cg-count { color: #777; margin-left: auto; }
.cg-note { color: #8a5a00; background: #fff6e0; padding: 6px; border-radius: 4px; }
.cg-muted { color: #777; }
#cg-stage { position: relative; overflow: hidden; }
#cg-svg { width: 100%; height: 100%; display: block; cursor: grab; background: #fcfcfc; }
#cg-svg.cg-panning { cursor: grabbing; }
.cg-edge { stroke: #b8b8b8; stroke-width: .6; stroke-opacity: .55; }
.cg-edge.r-outperforms { stroke: #d55e00; stroke-width: 1.4; stroke-opacity: .9; }
.cg-edge.r-evaluated_on { stroke: #009e73; stroke-width: 1; stroke-opacity: .8; }
.cg-edge.r-uses { stroke: #6a5acd; stroke-width: 1; stroke-opacity: .7; }
.cg-edge.r-proposes { stroke: #444; stroke-width: .9; stroke-opacity: .6; }
.cg-edge.r-variant_of { stroke: #0072b2; stroke-dasharray: 3 2; stroke-width: 1; }
.cg-node { stroke: #fff; stroke-width: 1; cursor: pointer; }
.cg-node.cg-hit { stroke: #000; stroke-width: 2.5; }
.cg-node.cg-selected { stroke: #d00; stroke-width: 3.5; }
.cg-dim { opacity: .12; }
.cg-label { fill: #222; pointer-events: none; paint-order: stroke; stroke: #fcfcfcd0; }
.cg-label-selected { font-weight: bold; fill: #b00; }
.cg-hidden { display: none; }
#cg-hint { position: absolute; bottom: 6px; left: 8px; color: #888; font-size: 12px; }
#cg-panel ul { padding-left: 18px; margin: 4px 0; }
#cg-panel li { margin: 4px 0; }
blockquote { margin: 4px 0; padding: 4px 8px; border-left: 3px solid #ccc; background: #f6f6f6; }
.cg-tag { font-size: 11px; padding: 0 5px; border-radius: 8px; background: #eee; color: #444; margin-right: 4px; }
#cg-selftest { white-space: pre-wrap; font: 11px monospace; }
"""

# Runs first: every script error of the page is kept for the self-test.
ERROR_TRAP = """
window.__cgErrors = [];
window.addEventListener("error", function (event) {
  window.__cgErrors.push(String(event.message || event.type) + " @" + (event.lineno || "?"));
});
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; \
style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{style}</style>
<script>{error_trap}</script>
</head>
<body>
<div id="cg-app">
  <aside id="cg-controls">
    <h1>{title}</h1>
    <p id="cg-summary" class="cg-muted"></p>
    <p id="cg-note" class="cg-note" hidden></p>
    <input id="cg-search" type="search" placeholder="Search by name or alias" autocomplete="off"
      aria-label="Search nodes by name">
    <ul id="cg-results"></ul>
    <h3>Types</h3>
    <div id="cg-legend"></div>
    <h3>Edges</h3>
    <div id="cg-edge-legend" class="cg-muted"></div>
  </aside>
  <main id="cg-stage">
    <svg id="cg-svg" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="graph">
      <defs><marker id="cg-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5"
        orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#d55e00"></path></marker></defs>
      <g id="cg-viewport"><g id="cg-edges"></g><g id="cg-nodes"></g><g id="cg-labels"></g></g>
    </svg>
    <div id="cg-hint">scroll to zoom, drag to pan, click a node</div>
  </main>
  <aside id="cg-panel">
    <h2 id="cg-panel-title">Click a node</h2>
    <div id="cg-panel-body" class="cg-muted">Its papers and the claims about it, with their sentences, show here.</div>
    <pre id="cg-selftest" hidden></pre>
  </aside>
</div>
<script type="application/json" id="cg-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
