// CityGraph map: data comes from the JSON block above and every value reaches the page as
// text (textContent, option.value, canvas labels), never as HTML.
(function () {
  "use strict";
  const timings = { start: performance.now() };
  const data = JSON.parse(document.getElementById("map-data").textContent);
  timings.parsed = performance.now();
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const DIM = "rgba(190,190,190,0.35)";

  // Path nodes and edges get their own style; the rest keep the defaults set below.
  const PATH_NODE = { borderWidth: 4, font: { size: 18, bold: true } };
  const nodes = new vis.DataSet(data.nodes.map((n) => n.path
    ? { id: n.id, label: n.label, x: n.x, y: n.y, size: n.size,
        color: { background: n.color, border: "#d62728" }, ...PATH_NODE }
    : { id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, color: n.color }));
  const edges = new vis.DataSet(data.edges.map((e, i) => e.path
    ? { id: i, from: e.from, to: e.to, color: { color: "#d62728" }, width: 5, label: e.label }
    : { id: i, from: e.from, to: e.to }));
  timings.datasets = performance.now();
  // Large maps: no hover tracking (it scans every node and edge on each mouse move and makes
  // panning crawl); tooltips open on click instead.
  const large = data.nodes.length > 2000;
  const network = new vis.Network(document.getElementById("map"), { nodes, edges }, {
    physics: false,
    layout: { improvedLayout: false },
    nodes: { shape: "dot", font: { size: 14 }, scaling: { label: { drawThreshold: 7 } } },
    edges: { smooth: false, width: 1, color: { color: "rgba(90,90,90,0.45)" }, font: { size: 12, align: "middle" } },
    // While dragging a large map only the grid moves: a full frame takes ~0.5 s in software.
    interaction: { hover: !large, hideEdgesOnDrag: large, hideNodesOnDrag: large, hideEdgesOnZoom: large },
  });
  timings.network = performance.now();

  // Latitude/longitude lines every 30°, so a geographic map can be read without a basemap.
  if (data.layout === "geo") {
    const s = data.geoScale;
    network.on("beforeDrawing", (ctx) => {
      ctx.save();
      ctx.lineWidth = 1;
      for (let lon = -180; lon <= 180; lon += 30) {
        ctx.strokeStyle = lon === 0 ? "#c8c8c8" : "#e6e6e6";
        ctx.beginPath(); ctx.moveTo(lon * s, -90 * s); ctx.lineTo(lon * s, 90 * s); ctx.stroke();
      }
      for (let lat = -90; lat <= 90; lat += 30) {
        ctx.strokeStyle = lat === 0 ? "#c8c8c8" : "#e6e6e6";
        ctx.beginPath(); ctx.moveTo(-180 * s, -lat * s); ctx.lineTo(180 * s, -lat * s); ctx.stroke();
      }
      ctx.restore();
    });
  }

  function text(tag, value, className) {
    const el = document.createElement(tag);
    el.textContent = value;
    if (className) el.className = className;
    return el;
  }

  // Panel: title, summary, legend, filters and notes.
  document.getElementById("title").textContent = data.title;
  document.getElementById("summary").textContent =
    `${data.nodes.length} cities, ${data.edges.length} links · coloured by ${data.colorBy}` +
    ` · ${data.layout} layout`;
  const legend = document.getElementById("legend");
  for (const item of data.legend) {
    const li = document.createElement("li");
    const swatch = text("span", "", "swatch");
    swatch.style.background = item.colour;
    li.append(swatch, text("span", `${item.name} (${item.count})`));
    legend.append(li);
  }
  for (const note of data.notes) document.getElementById("notes").append(text("li", note));
  for (const [key, values] of Object.entries(data.filters)) {
    const select = document.getElementById(`filter-${key}`);
    for (const value of values) {
      const option = document.createElement("option");
      option.value = value; option.textContent = value;
      select.append(option);
    }
    select.addEventListener("change", applyFilters);
  }
  const names = document.getElementById("city-names");
  const fragment = document.createDocumentFragment();
  for (const n of data.nodes) {
    const option = document.createElement("option");
    option.value = n.label;
    option.label = `${n.label} (${n.country || "?"}, ${n.id})`;
    fragment.append(option);
  }
  names.append(fragment);

  function applyFilters() {
    const network_ = document.getElementById("filter-network").value;
    const field = document.getElementById("filter-field").value;
    nodes.update(data.nodes.map((n) => ({
      id: n.id,
      hidden: Boolean((network_ && !n.networks.includes(network_)) || (field && !n.fields.includes(field))),
    })));
  }

  // Click a city to keep its neighbourhood in colour and dim the rest; click the void to undo.
  let dimmed = false;
  function highlight(id) {
    const keep = new Set(network.getConnectedNodes(id));
    keep.add(id);
    nodes.update(data.nodes.map((n) => ({ id: n.id, color: keep.has(n.id) ? n.color : DIM })));
    dimmed = true;
  }
  function restore() {
    if (!dimmed) return;
    nodes.update(data.nodes.map((n) => ({
      id: n.id, color: n.path ? { background: n.color, border: "#d62728" } : n.color,
    })));
    dimmed = false;
  }
  network.on("click", (params) => {
    if (params.nodes.length) highlight(params.nodes[0]); else restore();
    if (large && params.nodes.length) showTooltip(params, nodeTooltip(byId.get(params.nodes[0])));
  });

  // Search: an id, then an exact name, then a name that starts with, then one that contains;
  // case and accents ignored, so "krakow" finds Kraków.
  const fold = (value) => value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase();
  const folded = data.nodes.map((n) => fold(n.label));
  function find(query) {
    const q = fold(query.trim());
    if (!q) return null;
    if (byId.has(query.trim())) return byId.get(query.trim());
    const tests = [(l) => l === q, (l) => l.startsWith(q), (l) => l.includes(q)];
    for (const test of tests) {
      const index = folded.findIndex(test);
      if (index >= 0) return data.nodes[index];
    }
    return null;
  }
  function focusCity(query) {
    const status = document.getElementById("search-status");
    const hit = find(query);
    if (!hit) {
      status.textContent = `No city matches “${query}”.`;
      return null;
    }
    network.focus(hit.id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    network.selectNodes([hit.id]);
    highlight(hit.id);
    status.textContent = `${hit.label} (${hit.country || "?"})`;
    return hit.id;
  }
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    focusCity(document.getElementById("search").value);
  });
  // Picking a suggestion from the list focuses it without pressing Enter.
  document.getElementById("search").addEventListener("change", (event) => {
    if (byId.size && event.target.value) focusCity(event.target.value);
  });

  // Tooltips built from text nodes.
  const tooltip = document.getElementById("tooltip");
  function row(key, value) {
    const div = text("div", "", "row");
    div.append(text("span", `${key}: `, "key"), text("span", value));
    return div;
  }
  function showTooltip(params, parts) {
    const box = document.getElementById("map").getBoundingClientRect();
    tooltip.replaceChildren(...parts);
    tooltip.style.left = `${box.left + params.pointer.DOM.x + 12}px`;
    tooltip.style.top = `${box.top + params.pointer.DOM.y + 12}px`;
    tooltip.hidden = false;
  }
  function nodeTooltip(n) {
    const parts = [text("div", n.label, "name"), row("country", n.country || "unknown")];
    parts.push(row("networks", n.networks.join(", ") || "none"));
    if (n.designations.length) parts.push(row("designations", n.designations.join("; ")));
    if (n.twins.length) parts.push(row("twins", n.twins.join(", ")));
    return parts;
  }
  network.on("hoverNode", (params) => {
    const n = byId.get(params.node);
    if (n) showTooltip(params, nodeTooltip(n));
  });
  network.on("hoverEdge", (params) => {
    const e = data.edges[params.edge];
    if (!e) return;
    const a = byId.get(e.from), b = byId.get(e.to);
    const parts = [text("div", `${a ? a.label : e.from} – ${b ? b.label : e.to}`, "name")];
    parts.push(row("links", e.details.join("; ")));
    if (e.sources.length) parts.push(row("sources", e.sources.join(", ")));
    showTooltip(params, parts);
  });
  for (const name of ["blurNode", "blurEdge", "dragStart", "zoom", "deselectNode"]) {
    network.on(name, () => { tooltip.hidden = true; });
  }

  // A hook for tests and scripts: the network, its data and the search.
  window.citygraph = { network, nodes, edges, data, focusCity, nodeTooltip, timings, firstDrawn: null };
  network.once("afterDrawing", () => {
    window.citygraph.firstDrawn = timings.drawn = performance.now();
    document.body.dataset.ready = "true";
  });
})();
