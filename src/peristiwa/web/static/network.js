// Actor network (Cytoscape.js): nodes sized by event count, directed edges weighted by count
// and coloured by mean Goldstein. Clicking a node sets the actor filter.
import { api } from "./api.js";
import { t } from "./i18n.js";
import { goldsteinColor, fmtNum } from "./dom.js";

let cy = null;
let onSelect = () => {};
let stateBox;
let container;
let stateMsg = null;
let selected = "";

function showState(key, vars = {}) {
  stateMsg = key ? [key, vars] : null;
  stateBox.textContent = key ? t(key, vars) : "";
  stateBox.hidden = !key;
}

function destroy() {
  if (cy) { cy.destroy(); cy = null; }
}

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": "#4f6d9a", label: "data(label)", "font-size": 10, color: "#222",
      "text-valign": "center", "text-halign": "center", "text-outline-color": "#fff", "text-outline-width": 2,
      width: "data(size)", height: "data(size)",
    },
  },
  { selector: "node.selected-actor", style: { "background-color": "#f2a900", "border-width": 3, "border-color": "#333" } },
  {
    selector: "edge",
    style: {
      width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
      "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.9, opacity: 0.85,
    },
  },
  { selector: "node:active", style: { "overlay-opacity": 0.15 } },
];

function build(data) {
  const nodes = (Array.isArray(data.nodes) ? data.nodes : []).filter((n) => n && n.id != null);
  const ids = new Set(nodes.map((n) => String(n.id)));
  const edges = (Array.isArray(data.edges) ? data.edges : [])
    .filter((e) => e && ids.has(String(e.source)) && ids.has(String(e.target)));
  const maxN = Math.max(1, ...nodes.map((n) => n.count || 0));
  const maxE = Math.max(1, ...edges.map((e) => e.count || 0));
  const elements = [];
  for (const n of nodes) {
    const count = n.count || 0;
    elements.push({
      group: "nodes",
      data: { id: String(n.id), label: String(n.label ?? n.id), count, size: 18 + 42 * Math.sqrt(count / maxN) },
      classes: String(n.id) === selected ? "selected-actor" : "",
    });
  }
  edges.forEach((e, i) => {
    const count = e.count || 0;
    elements.push({
      group: "edges",
      data: {
        id: `e${i}`, source: String(e.source), target: String(e.target), count, goldstein: e.goldstein,
        width: 1 + 7 * (count / maxE), color: goldsteinColor(e.goldstein),
      },
    });
  });
  return elements;
}

export function initNetwork({ onActorSelected }) {
  onSelect = onActorSelected;
  stateBox = document.getElementById("network-state");
  container = document.getElementById("network");
  window.addEventListener("resize", () => { if (cy) cy.resize(); });
}

export async function loadNetwork(filters) {
  selected = filters.actor || "";
  showState("state.loading");
  let data;
  try {
    data = await api.network(filters, 60);
  } catch (e) {
    destroy();
    showState("state.error", { msg: e.message });
    return;
  }
  destroy();
  const elements = build(data);
  if (!elements.length) {
    showState("state.noEvents");
    return;
  }
  if (typeof window.cytoscape === "undefined") {
    stateBox.hidden = false;
    stateBox.textContent = "Cytoscape not loaded";
    return;
  }
  showState(null);
  cy = window.cytoscape({
    container, elements, style: STYLE, minZoom: 0.2, maxZoom: 4,
    layout: { name: elements.length > 2 ? "cose" : "circle", animate: false, padding: 20, nodeRepulsion: () => 9000 },
  });
  cy.on("tap", "node", (ev) => onSelect(ev.target.id()));
  container.peristiwaGraph = cy;  // lets browser tests find a node's position on the canvas
  cy.on("mouseover", "node", (ev) => {
    const d = ev.target.data();
    container.title = `${d.label}: ${d.count}`;
  });
  cy.on("mouseover", "edge", (ev) => {
    const d = ev.target.data();
    container.title = `${d.source} → ${d.target}: ${d.count} (Goldstein ${fmtNum(d.goldstein)})`;
  });
  cy.on("mouseout", () => { container.title = ""; });
}

/** Re-translate the state message after a language switch. */
export function redrawNetwork() {
  if (stateMsg) showState(...stateMsg);
}
