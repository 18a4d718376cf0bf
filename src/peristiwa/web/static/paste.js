// Paste box: code an arbitrary text with POST /api/extract (nothing is stored) and list the events.
import { api } from "./api.js";
import { t } from "./i18n.js";
import { el, clear, message, truncate } from "./dom.js";

let results;
let last = null; // last response, re-rendered on a language switch
let lastMsg = null;

function actor(a) {
  if (!a || typeof a !== "object") return a ? String(a) : "—";
  const code = [a.country === "IGO" && a.igo ? a.igo : a.country, a.sector].filter(Boolean).join("/");
  if (a.text && code) return `${a.text} (${code})`;
  return a.text || code || "—";
}

function render() {
  clear(results);
  if (lastMsg) {
    message(results, t(...lastMsg), lastMsg[0] === "state.error" ? "error" : "info");
    return;
  }
  if (!last) return;
  const events = Array.isArray(last.events) ? last.events : [];
  if (!events.length) {
    message(results, t("paste.none"));
    return;
  }
  results.appendChild(el("p", { class: "hint", text: t("paste.found", { n: events.length, lang: last.lang || "?" }) }));
  const head = el("tr", {}, ...["table.source", "table.target", "table.cameo", "table.plover", "table.modality",
    "table.evidence"].map((k) => el("th", { text: t(k) })));
  const tbody = el("tbody");
  for (const ev of events) {
    tbody.appendChild(el("tr", { "data-testid": "paste-row" },
      el("td", { text: actor(ev.source) }),
      el("td", { text: actor(ev.target) }),
      el("td", {}, el("code", { text: ev.cameo || "" })),
      el("td", { text: ev.plover || "" }),
      el("td", { text: ev.modality ? t(`modality.${ev.modality}`, {}, ev.modality) : "" }),
      el("td", { class: "evidence", title: ev.evidence || "", text: truncate(ev.evidence, 200) }),
    ));
  }
  results.appendChild(el("div", { class: "table-scroll" },
    el("table", { class: "events compact" }, el("thead", {}, head), tbody)));
}

export function initPaste() {
  results = document.getElementById("paste-results");
  const form = document.getElementById("paste-form");
  const textBox = document.getElementById("paste-text");
  const titleBox = document.getElementById("paste-title");
  const langBox = document.getElementById("paste-lang");
  const button = form.querySelector("[data-testid=paste-submit]");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = textBox.value;
    const title = titleBox.value.trim();
    if (!text.trim() && !title) {
      last = null;
      lastMsg = ["paste.empty"];
      render();
      return;
    }
    button.disabled = true;
    last = null;
    lastMsg = ["paste.busy"];
    render();
    try {
      last = await api.extract(text, title, langBox.value || null);
      lastMsg = null;
    } catch (err) {
      lastMsg = ["state.error", { msg: err.message }];
    } finally {
      button.disabled = false;
      render();
    }
  });
}

export function redrawPaste() {
  if (results) render();
}
