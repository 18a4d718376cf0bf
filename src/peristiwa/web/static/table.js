// Events table with server-side, cursor-based pagination. Clicking a row opens the detail view.
import { api } from "./api.js";
import { t } from "./i18n.js";
import { el, clear, truncate, fmtNum, message, goldsteinColor } from "./dom.js";

const PAGE_SIZE = 50;
let body;
let stateBox;
let btnPrev;
let btnNext;
let pageNo;
let onOpen = () => {};
let filters = {};
let cursors = [null]; // cursors[i] fetches page i+1
let page = 0;
let items = [];
let nextCursor = null;
let stateMsg = null;

export function actorLabel(name, code, sector) {
  const extra = [code, sector].filter(Boolean).join("/");
  if (name && extra && name !== code) return `${name} (${extra})`;
  return name || extra || "—";
}

function showState(key, vars = {}) {
  stateMsg = key ? [key, vars] : null;
  if (key) message(stateBox, t(key, vars), key === "state.error" ? "error" : "info");
  else clear(stateBox);
}

function row(ev) {
  const tr = el("tr", {
    "data-testid": "event-row", tabindex: 0, dataset: { id: ev.id },
    onclick: () => onOpen(ev.id),
    onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onOpen(ev.id); } },
  });
  const gold = el("td", { class: "num" }, el("span", { class: "swatch" }), fmtNum(ev.goldstein));
  gold.firstChild.style.background = goldsteinColor(ev.goldstein);
  tr.append(
    el("td", { class: "nowrap", text: ev.date || "" }),
    el("td", { text: actorLabel(ev.source, ev.source_code, ev.source_sector) }),
    el("td", { text: actorLabel(ev.target, ev.target_code, ev.target_sector) }),
    el("td", {}, el("code", { text: ev.cameo || "" }), " ", ev.cameo_name || ""),
    el("td", { text: ev.plover || "" }),
    gold,
    el("td", { text: ev.modality ? t(`modality.${ev.modality}`, {}, ev.modality) : "" }),
    el("td", { class: "evidence", title: ev.evidence || "", text: truncate(ev.evidence, 160) }),
  );
  return tr;
}

function render() {
  clear(body);
  for (const ev of items) body.appendChild(row(ev));
  pageNo.textContent = String(page + 1);
  btnPrev.disabled = page === 0;
  btnNext.disabled = !nextCursor;
}

async function fetchPage() {
  showState("state.loading");
  btnNext.disabled = true;
  try {
    const data = await api.events(filters, { limit: PAGE_SIZE, cursor: cursors[page] });
    items = Array.isArray(data.items) ? data.items : [];
    nextCursor = data.next_cursor || null;
    cursors[page + 1] = nextCursor;
    render();
    showState(items.length ? null : "state.noEvents");
  } catch (e) {
    items = [];
    nextCursor = null;
    render();
    showState("state.error", { msg: e.message });
  }
}

export function initTable({ onOpenEvent }) {
  onOpen = onOpenEvent;
  body = document.getElementById("events-body");
  stateBox = document.getElementById("events-state");
  btnPrev = document.getElementById("page-prev");
  btnNext = document.getElementById("page-next");
  pageNo = document.getElementById("page-no");
  btnNext.addEventListener("click", () => { if (nextCursor) { page += 1; fetchPage(); } });
  btnPrev.addEventListener("click", () => { if (page > 0) { page -= 1; fetchPage(); } });
}

/** Load the first page for new filters. */
export function loadEvents(newFilters) {
  filters = { ...newFilters };
  cursors = [null];
  page = 0;
  return fetchPage();
}

/** Re-render the current page in the current language. */
export function redrawTable() {
  render();
  if (stateMsg) showState(...stateMsg);
}
