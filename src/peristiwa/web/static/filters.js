// The filter bar: option lists, reading/writing the form, actor suggestions, the active-filter summary.
import { api, FILTER_KEYS } from "./api.js";
import { el, clear } from "./dom.js";
import { t, has } from "./i18n.js";

const DEFAULT_ROOTS = [
  ["01", "Public statement"], ["02", "Appeal or request"], ["03", "Intent to cooperate"], ["04", "Consultation"],
  ["05", "Diplomatic cooperation"], ["06", "Material cooperation"], ["07", "Aid"], ["08", "Yield or concede"],
  ["09", "Investigation"], ["10", "Demand or insist"], ["11", "Disapproval"], ["12", "Rejection"], ["13", "Threat"],
  ["14", "Protest or dissent"], ["15", "Show of force"], ["16", "Cut relations"], ["17", "Coercion"],
  ["18", "Assault or unconventional violence"], ["19", "Armed combat"], ["20", "Unconventional mass violence"],
].map(([code, name]) => ({ code, name }));
const DEFAULT_PLOVER = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "INVESTIGATE",
  "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"];
const MODALITIES = ["asserted", "claimed", "future", "hypothetical", "negated"];
const ARTICLE_LANGS = ["id", "en"];

let form;
let ontology = { roots: DEFAULT_ROOTS, plover: DEFAULT_PLOVER };

export function rootName(code, serverName) {
  return has(`root.${code}`) ? t(`root.${code}`) : (serverName || t(`root.${code}`, {}, ""));
}

function fillSelect(select, options) {
  const keep = select.value;
  clear(select);
  select.appendChild(el("option", { value: "", text: t("filters.any") }));
  for (const [value, label] of options) select.appendChild(el("option", { value, text: label }));
  select.value = [...select.options].some((o) => o.value === keep) ? keep : "";
}

/** (Re)build the option lists in the current UI language. */
export function renderOptions() {
  fillSelect(form.elements.root, ontology.roots.map((r) => [r.code, `${r.code} — ${rootName(r.code, r.name)}`]));
  fillSelect(form.elements.plover, ontology.plover.map((p) => [p, p]));
  fillSelect(form.elements.quad, [1, 2, 3, 4].map((q) => [String(q), `${q} — ${t(`quad.${q}`)}`]));
  fillSelect(form.elements.lang, ARTICLE_LANGS.map((l) => [l, l]));
  fillSelect(form.elements.modality, MODALITIES.map((m) => [m, t(`modality.${m}`)]));
}

async function loadOntology() {
  try {
    const data = await api.cameo();
    const roots = Array.isArray(data.roots) ? data.roots.filter((r) => r && r.code) : [];
    const plover = Array.isArray(data.plover) ? data.plover.filter((p) => typeof p === "string" && p) : [];
    ontology = { roots: roots.length ? roots : DEFAULT_ROOTS, plover: plover.length ? plover : DEFAULT_PLOVER };
  } catch (e) {
    console.warn("peristiwa: /api/cameo unavailable, using built-in lists", e);
  }
}

export function readForm() {
  const out = {};
  for (const k of FILTER_KEYS) {
    let v = (form.elements[k]?.value ?? "").trim();
    if (k === "actor" || k === "dyad") v = v.toUpperCase().replace(/\s+/g, "");
    if (v) out[k] = v;
  }
  return out;
}

export function writeForm(filters) {
  for (const k of FILTER_KEYS) {
    const input = form.elements[k];
    if (!input) continue;
    const v = filters[k] ?? "";
    if (input.tagName === "SELECT" && v && ![...input.options].some((o) => o.value === v)) {
      input.appendChild(el("option", { value: v, text: v }));
    }
    input.value = v;
  }
}

/** Show the active filters as removable chips. */
export function renderActive(filters, onRemove) {
  const box = document.getElementById("active-filters");
  clear(box);
  const keys = FILTER_KEYS.filter((k) => filters[k]);
  if (!keys.length) {
    box.appendChild(el("span", { class: "muted", text: t("filters.none") }));
    return;
  }
  for (const k of keys) {
    box.appendChild(el("button", {
      type: "button", class: "chip", title: "×", dataset: { filter: k },
      onclick: () => onRemove(k),
    }, `${t(`filters.${k}`)}: ${filters[k]} ×`));
  }
}

let suggestTimer = null;
function suggestActors() {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const q = form.elements.actor.value.trim();
    const list = document.getElementById("actor-options");
    if (q.length < 2) return;
    try {
      const data = await api.actors(q, 20);
      clear(list);
      for (const a of data.items || []) {
        const label = [a.name, a.sector, a.count != null ? `(${a.count})` : ""].filter(Boolean).join(" ");
        list.appendChild(el("option", { value: a.code, label }));
      }
    } catch (e) { /* suggestions are optional */ }
  }, 250);
}

export async function initFilters({ onApply, onClear }) {
  form = document.getElementById("filters");
  renderOptions();
  form.addEventListener("submit", (ev) => { ev.preventDefault(); onApply(readForm()); });
  document.getElementById("filter-clear").addEventListener("click", () => { form.reset(); onClear(); });
  form.elements.actor.addEventListener("input", suggestActors);
  await loadOntology();
  renderOptions();
}
