// peristiwa dashboard: wires the filter bar, timeline, network, events table, detail view and paste box.
// One filter state drives every view; it is mirrored in the page URL (?actor=PRK&root=13…).
import { FILTER_KEYS } from "./api.js";
import { applyStatic, getLang, setLang, onLangChange } from "./i18n.js";
import { initFilters, writeForm, renderActive, renderOptions } from "./filters.js";
import { initTimeline, loadTimeline, redrawTimeline } from "./timeline.js";
import { initNetwork, loadNetwork, redrawNetwork } from "./network.js";
import { initTable, loadEvents, redrawTable } from "./table.js";
import { initDetail, openDetail, redrawDetail } from "./detail.js";
import { initPaste, redrawPaste } from "./paste.js";

let filters = {};

function fromUrl() {
  const usp = new URLSearchParams(window.location.search);
  const out = {};
  for (const k of FILTER_KEYS) {
    const v = usp.get(k);
    if (v) out[k] = v;
  }
  return out;
}

function toUrl() {
  const usp = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) usp.set(k, filters[k]);
  const qs = usp.toString();
  const url = `${window.location.pathname}${qs ? `?${qs}` : ""}${window.location.hash}`;
  try { window.history.replaceState(null, "", url); } catch (e) { /* ignore */ }
}

function reloadAll() {
  loadTimeline(filters);
  loadNetwork(filters);
  loadEvents(filters);
}

function setFilters(next) {
  filters = {};
  for (const k of FILTER_KEYS) if (next[k]) filters[k] = String(next[k]);
  writeForm(filters);
  renderActive(filters, (k) => setFilters({ ...filters, [k]: "" }));
  toUrl();
  reloadAll();
}

/** Merge `patch` into the applied filters and reload every view. */
function updateFilters(patch) {
  setFilters({ ...filters, ...patch });
}

async function main() {
  applyStatic();
  const langSwitch = document.getElementById("lang-switch");
  langSwitch.value = getLang();
  langSwitch.addEventListener("change", () => setLang(langSwitch.value));

  initDetail();
  initPaste();
  initTable({ onOpenEvent: openDetail });
  initNetwork({ onActorSelected: (code) => updateFilters({ actor: code }) });
  initTimeline({ onRangeSelected: (since, until) => updateFilters({ since, until }) });
  document.getElementById("timeline-interval").addEventListener("change", () => loadTimeline(filters));

  await initFilters({
    onApply: (f) => setFilters(f),
    onClear: () => setFilters({}),
  });

  onLangChange(() => {
    langSwitch.value = getLang();
    renderOptions();
    renderActive(filters, (k) => setFilters({ ...filters, [k]: "" }));
    redrawTimeline();
    redrawNetwork();
    redrawTable();
    redrawDetail();
    redrawPaste();
  });

  setFilters(fromUrl());
}

main().catch((e) => console.error("peristiwa: dashboard failed to start", e));
