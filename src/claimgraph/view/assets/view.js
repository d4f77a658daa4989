(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("cg-data").textContent);
  var nodes = data.nodes, edges = data.edges;
  var byId = {}, circles = [], lines = [], labelEls = {}, hiddenKinds = {}, hits = [], selected = null;
  var view = {x: 0, y: 0, k: 1};
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var name in attrs || {}) { if (attrs[name] !== undefined) e.setAttribute(name, attrs[name]); }
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var name in attrs) e.setAttribute(name, attrs[name]);
    return e;
  }
  function radius(n) { return 3 + Math.min(14, Math.sqrt(n.degree) * 1.3); }

  // ---- drawing -------------------------------------------------------------
  nodes.forEach(function (n, i) { n.index = i; n.neighbors = {}; byId[n.id] = n; });
  var gEdges = $("cg-edges"), gNodes = $("cg-nodes"), gLabels = $("cg-labels");
  edges.forEach(function (e) {
    var a = nodes[e[0]], b = nodes[e[1]];
    a.neighbors[b.index] = true; b.neighbors[a.index] = true;
    var line = svgEl("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "cg-edge r-" + e[2]});
    if (e[2] === "outperforms") line.setAttribute("marker-end", "url(#cg-arrow)");
    line.cgEdge = e;
    lines.push(line);
    gEdges.appendChild(line);
  });
  nodes.forEach(function (n) {
    var c = svgEl("circle", {cx: n.x, cy: n.y, r: radius(n), fill: data.colors[n.kind] || "#999",
                             "class": "cg-node", "data-id": n.id});
    var t = svgEl("title", {});
    t.textContent = n.label + " (" + n.kind + ")";
    c.appendChild(t);
    c.addEventListener("click", function (ev) { ev.stopPropagation(); select(n.id); });
    c.cgNode = n;
    circles.push(c);
    gNodes.appendChild(c);
  });
  var ranked = nodes.slice().sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); });
  var alwaysLabelled = {};
  ranked.filter(function (n) { return n.kind !== "Paper"; }).slice(0, 35).forEach(function (n) {
    alwaysLabelled[n.id] = true;
  });
  function label(n) {
    if (labelEls[n.id]) return labelEls[n.id];
    var t = svgEl("text", {"class": "cg-label"});
    t.textContent = n.label.length > 40 ? n.label.slice(0, 39) + "\u2026" : n.label;
    placeLabel(n, t);
    gLabels.appendChild(t);
    labelEls[n.id] = t;
    return t;
  }
  function placeLabel(n, t) {
    var k = view.k;
    t.setAttribute("x", n.x + radius(n) / Math.sqrt(k) + 3 / k);
    t.setAttribute("y", n.y + 5 / k);
  }
  function refreshLabels() {
    var shown = {};
    Object.keys(alwaysLabelled).forEach(function (id) { shown[id] = true; });
    hits.slice(0, 25).forEach(function (n) { shown[n.id] = true; });
    if (selected) {
      shown[selected.id] = true;
      Object.keys(selected.neighbors).forEach(function (i) { shown[nodes[i].id] = true; });
    }
    Object.keys(labelEls).forEach(function (id) { if (!shown[id]) labelEls[id].setAttribute("class", "cg-label cg-hidden"); });
    Object.keys(shown).forEach(function (id) {
      var n = byId[id];
      var cls = "cg-label" + (selected === n ? " cg-label-selected" : "");
      label(n).setAttribute("class", hiddenKinds[n.kind] ? cls + " cg-hidden" : cls);
    });
  }

  // ---- pan and zoom --------------------------------------------------------
  var svg = $("cg-svg"), viewport = $("cg-viewport");
  svg.setAttribute("viewBox", "0 0 1000 1000");
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  var drawnScale = 1;
  function applyView() {
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    // labels keep their screen size; nodes grow only with the square root of the zoom
    gLabels.setAttribute("font-size", 16 / view.k);
    gLabels.setAttribute("stroke-width", 4 / view.k);
    var scale = 1 / Math.sqrt(view.k);
    if (Math.abs(scale - drawnScale) > 0.02) {
      drawnScale = scale;
      circles.forEach(function (c) { c.setAttribute("r", radius(c.cgNode) * scale); });
      Object.keys(labelEls).forEach(function (id) { placeLabel(byId[id], labelEls[id]); });
    }
  }
  function focusOn(n) {
    var k = Math.max(view.k, 2.5);
    view.k = k; view.x = 500 - n.x * k; view.y = 500 - n.y * k;
    applyView();
  }
  function toGraph(ev) {
    var p = svg.createSVGPoint(); p.x = ev.clientX; p.y = ev.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toGraph(ev), k = Math.max(0.3, Math.min(20, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.x = p.x - (p.x - view.x) * k / view.k; view.y = p.y - (p.y - view.y) * k / view.k; view.k = k;
    applyView();
  }, {passive: false});
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = {p: toGraph(ev), x: view.x, y: view.y, moved: false}; svg.classList.add("cg-panning"); });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var p = toGraph(ev);
    if (Math.abs(p.x - drag.p.x) + Math.abs(p.y - drag.p.y) > 2) drag.moved = true;
    view.x = drag.x + p.x - drag.p.x; view.y = drag.y + p.y - drag.p.y;
    applyView();
  });
  var justPanned = false;
  window.addEventListener("mouseup", function () {
    justPanned = !!(drag && drag.moved);
    drag = null;
    svg.classList.remove("cg-panning");
  });

  // ---- filter by kind ------------------------------------------------------
  function applyFilter() {
    circles.forEach(function (c) { c.classList.toggle("cg-hidden", !!hiddenKinds[c.cgNode.kind]); });
    lines.forEach(function (l) {
      var e = l.cgEdge;
      l.classList.toggle("cg-hidden", !!(hiddenKinds[nodes[e[0]].kind] || hiddenKinds[nodes[e[1]].kind]));
    });
    refreshLabels();
  }
  var counts = {};
  nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  data.kinds.forEach(function (kind) {
    var box = el("input", {type: "checkbox", "data-kind": kind});
    box.checked = true;
    box.addEventListener("change", function () { hiddenKinds[kind] = !box.checked; applyFilter(); });
    var row = el("label");
    row.appendChild(box);
    var sw = el("span", {"class": "cg-swatch"}); sw.style.background = data.colors[kind];
    row.appendChild(sw);
    row.appendChild(el("span", {}, kind));
    row.appendChild(el("span", {"class": "cg-count"}, counts[kind] || 0));
    $("cg-legend").appendChild(row);
  });
  var relCounts = {};
  edges.forEach(function (e) { relCounts[e[2]] = (relCounts[e[2]] || 0) + 1; });
  $("cg-edge-legend").textContent = Object.keys(relCounts).sort().map(function (r) { return r + " " + relCounts[r]; }).join(", ");
  $("cg-summary").textContent = nodes.length + " nodes, " + edges.length + " edges";
  if (data.note) { $("cg-note").textContent = data.note; $("cg-note").hidden = false; }

  // ---- search --------------------------------------------------------------
  function fold(s) { return String(s || "").toLowerCase().replace(/[^0-9a-z\u00c0-\uffff]+/g, ""); }
  nodes.forEach(function (n) {
    n.names = [n.label].concat(n.aliases || []).map(fold);
  });
  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var found = nodes.filter(function (n) {
      return n.names.some(function (name) { return name.indexOf(q) >= 0; });
    });
    found.sort(function (a, b) {
      var ea = a.names.indexOf(q) >= 0 ? 0 : 1, eb = b.names.indexOf(q) >= 0 ? 0 : 1;
      return ea - eb || b.degree - a.degree || (a.id < b.id ? -1 : 1);
    });
    return found;
  }
  function showHits(query) {
    hits = search(query);
    var hitSet = {};
    hits.forEach(function (n) { hitSet[n.id] = true; });
    circles.forEach(function (c) {
      c.classList.toggle("cg-hit", !!hitSet[c.cgNode.id]);
      c.classList.toggle("cg-dim", hits.length > 0 && !hitSet[c.cgNode.id]);
    });
    lines.forEach(function (l) { l.classList.toggle("cg-dim", hits.length > 0); });
    var list = $("cg-results");
    list.textContent = "";
    hits.slice(0, 30).forEach(function (n) {
      var li = el("li", {"data-id": n.id});
      var sw = el("span", {"class": "cg-swatch"}); sw.style.background = data.colors[n.kind];
      li.appendChild(sw);
      li.appendChild(document.createTextNode(" " + n.label + " "));
      li.appendChild(el("span", {"class": "cg-muted"}, n.kind));
      li.addEventListener("click", function () { select(n.id); focusOn(n); });
      list.appendChild(li);
    });
    if (fold(query) && !hits.length) list.appendChild(el("li", {"class": "cg-muted"}, "no match"));
    refreshLabels();
    return hits;
  }
  $("cg-search").addEventListener("input", function (ev) { showHits(ev.target.value); });
  $("cg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && hits.length) { select(hits[0].id); focusOn(hits[0]); }
  });

  // ---- side panel ----------------------------------------------------------
  function paperItem(pid) {
    var p = data.papers[pid] || {title: pid};
    var li = el("li");
    if (p.url && /^https?:\/\//.test(p.url)) {
      var a = el("a", {target: "_blank", rel: "noopener noreferrer"}, p.title);
      a.href = p.url;
      li.appendChild(a);
    } else {
      li.appendChild(document.createTextNode(p.title));
    }
    if (p.date) li.appendChild(el("span", {"class": "cg-muted"}, " (" + p.date + ")"));
    return li;
  }
  function section(body, title, items) {
    if (!items.length) return;
    body.appendChild(el("h3", {}, title + " (" + items.length + ")"));
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(item); });
    body.appendChild(ul);
  }
  function claimItem(cid, role) {
    var c = data.claims[cid];
    var li = el("li", {"class": "cg-claim"});
    if (!c) { li.textContent = cid; return li; }
    if (role && role !== "asserts") li.appendChild(el("span", {"class": "cg-tag"}, role));
    li.appendChild(el("span", {"class": "cg-tag"}, c.type + (c.hedged ? ", hedged" : "")));
    li.appendChild(el("blockquote", {}, "\u201c" + c.text + "\u201d"));
    var p = data.papers[c.paper];
    li.appendChild(el("div", {"class": "cg-muted"}, "\u2014 " + (p ? p.title : c.paper)));
    return li;
  }
  function relationItem(r) {
    var li = el("li");
    var text = r.dir === "out" ? r.relation + " \u2192 " + r.label : r.label + " \u2192 " + r.relation + " (this)";
    li.appendChild(el("strong", {}, text));
    if (r.sentence) li.appendChild(el("blockquote", {}, "\u201c" + r.sentence + "\u201d"));
    if (r.paper && data.papers[r.paper]) li.appendChild(el("div", {"class": "cg-muted"}, "\u2014 " + data.papers[r.paper].title));
    return li;
  }
  function select(id) {
    var n = byId[id];
    if (!n) return;
    selected = n;
    circles.forEach(function (c) {
      var near = c.cgNode === n || n.neighbors[c.cgNode.index];
      c.classList.toggle("cg-selected", c.cgNode === n);
      c.classList.toggle("cg-dim", !near);
    });
    lines.forEach(function (l) { l.classList.toggle("cg-dim", l.cgEdge[0] !== n.index && l.cgEdge[1] !== n.index); });
    gNodes.appendChild(circles[n.index]);  // draw it on top
    if (labelEls[n.id]) gLabels.appendChild(labelEls[n.id]);
    $("cg-panel-title").textContent = n.label;
    var body = $("cg-panel-body");
    body.className = "";
    body.textContent = "";
    var meta = el("p");
    var sw = el("span", {"class": "cg-swatch"}); sw.style.background = data.colors[n.kind];
    meta.appendChild(sw);
    meta.appendChild(document.createTextNode(" " + n.kind + (n.paper_count !== undefined ? " \u00b7 " + n.paper_count + " papers" : "")));
    body.appendChild(meta);
    if (n.aliases && n.aliases.length) body.appendChild(el("p", {"class": "cg-muted"}, "also: " + n.aliases.join(", ")));
    if (n.kind === "Paper") {
      section(body, "Paper", [paperItem(n.paper)]);
      var abstract = (data.papers[n.paper] || {}).abstract;
      if (abstract) body.appendChild(el("p", {"class": "cg-muted"}, abstract));
      section(body, "Claims", (n.claims || []).map(function (c) { return claimItem(c[0], c[1]); }));
      section(body, "Mentions", (n.mentions || []).map(function (m) { return el("li", {}, m); }));
    } else {
      section(body, "Claims about it", (n.claims || []).map(function (c) { return claimItem(c[0], c[1]); }));
      section(body, "Relations", (n.relations || []).map(relationItem));
      section(body, "Papers", (n.papers || []).map(paperItem));
    }
    refreshLabels();
  }
  function clearSelection() {
    selected = null;
    circles.forEach(function (c) { c.classList.remove("cg-selected"); c.classList.remove("cg-dim"); });
    lines.forEach(function (l) { l.classList.remove("cg-dim"); });
    showHits($("cg-search").value);
  }
  svg.addEventListener("click", function () { if (!justPanned && selected) clearSelection(); });

  applyView();
  refreshLabels();
  window.claimgraphView = {search: showHits, select: select, data: data};

  // ---- self-test (#selftest=<query>) ---------------------------------------
  var match = /[#&]selftest=([^&]*)/.exec(window.location.hash);
  if (match) {
    var report = {};
    try {
      var query = decodeURIComponent(match[1]);
      $("cg-search").value = query;
      var found = showHits(query);
      if (found.length) { select(found[0].id); focusOn(found[0]); }
      report = {
        query: query,
        nodes: gNodes.querySelectorAll("circle.cg-node").length,
        edges: gEdges.querySelectorAll("line.cg-edge").length,
        hits: found.slice(0, 10).map(function (n) { return n.label; }),
        hit_ids: found.slice(0, 10).map(function (n) { return n.id; }),
        results_listed: $("cg-results").querySelectorAll("li[data-id]").length,
        selected: selected ? selected.id : null,
        panel_title: $("cg-panel-title").textContent,
        panel_claims: $("cg-panel-body").querySelectorAll("li.cg-claim").length,
        panel_quotes: $("cg-panel-body").querySelectorAll("blockquote").length
      };
    } catch (err) {
      window.__cgErrors.push("selftest: " + err);
    }
    report.errors = window.__cgErrors.slice();
    var out = $("cg-selftest");
    out.textContent = JSON.stringify(report);
    out.hidden = false;
  }
})();
