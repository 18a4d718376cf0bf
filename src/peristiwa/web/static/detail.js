// Event detail modal: article with the evidence sentence highlighted, codes, rule and quotes.
import { api } from "./api.js";
import { t } from "./i18n.js";
import { el, append, clear, fmtNum, message, safeUrl, goldsteinColor } from "./dom.js";
import { actorLabel } from "./table.js";

let backdrop;
let modal;
let body;
let current = null; // the loaded event (with article and quotes)
let lastFocus = null;
let requestNo = 0;

/** [start, end] of the evidence in `text`, from the offsets or, failing that, by searching the evidence. */
export function evidenceRange(text, start, end, evidence) {
  const n = text.length;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= n) return [start, end];
  if (evidence) {
    const i = text.indexOf(evidence);
    if (i >= 0) return [i, i + evidence.length];
  }
  return null;
}

/** A fragment with text[start:end] wrapped in <mark data-testid="evidence-mark">; all parts are text nodes. */
export function highlighted(text, range) {
  const frag = document.createDocumentFragment();
  if (!range) {
    frag.appendChild(document.createTextNode(text));
    return frag;
  }
  const [a, b] = range;
  frag.appendChild(document.createTextNode(text.slice(0, a)));
  frag.appendChild(el("mark", { "data-testid": "evidence-mark", text: text.slice(a, b) }));
  frag.appendChild(document.createTextNode(text.slice(b)));
  return frag;
}

function field(key, ...value) {
  return [el("dt", { text: t(key) }), el("dd", {}, ...value)];
}

function render() {
  const ev = current;
  const art = ev.article || {};
  const title = String(art.title ?? ev.title ?? "");
  const text = String(art.text ?? "");
  const inTitle = !!ev.in_title;
  const range = evidenceRange(inTitle ? title : text, ev.span_start, ev.span_end, ev.evidence);
  clear(body);

  const heading = el("h3", { class: "article-title" });
  heading.appendChild(inTitle ? highlighted(title, range) : document.createTextNode(title || "—"));

  const gold = el("span", {}, el("span", { class: "swatch" }), fmtNum(ev.goldstein));
  gold.firstChild.style.background = goldsteinColor(ev.goldstein);
  const url = safeUrl(art.url);
  const meta = el("dl", { class: "meta" },
    field("detail.date", ev.date || art.date || "—"),
    field("detail.source", actorLabel(ev.source, ev.source_code, ev.source_sector)),
    field("detail.target", actorLabel(ev.target, ev.target_code, ev.target_sector)),
    field("detail.cameo", el("code", { text: ev.cameo || "" }), " ", ev.cameo_name || ""),
    field("detail.plover", ev.plover || "—"),
    field("detail.goldstein", gold),
    field("detail.quad", ev.quad_class ? `${ev.quad_class} — ${t(`quad.${ev.quad_class}`)}` : "—"),
    field("detail.modality", ev.modality ? t(`modality.${ev.modality}`, {}, ev.modality) : "—"),
    field("detail.rule", el("code", { text: ev.rule || "—" })),
    field("detail.lang", art.lang || ev.lang || "—"),
    field("detail.outlet", art.source || "—"),
    field("detail.url", url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: art.url }) : "—"),
  );

  const article = el("div", { class: "article-text", "data-testid": "article-text" });
  article.appendChild(inTitle ? document.createTextNode(text) : highlighted(text, range));

  const quotes = Array.isArray(ev.quotes) ? ev.quotes : [];
  const quoteBox = el("div", { class: "quotes" }, el("h4", { text: t("detail.quotes") }));
  if (!quotes.length) quoteBox.appendChild(el("p", { class: "muted", text: t("detail.noquotes") }));
  else {
    const list = el("ul", { "data-testid": "detail-quotes" });
    for (const q of quotes) {
      const who = [q.speaker, [q.country, q.sector].filter(Boolean).join("/")].filter(Boolean).join(" — ");
      list.appendChild(el("li", {}, el("strong", { text: who || "?" }), el("blockquote", { text: q.text || "" })));
    }
    quoteBox.appendChild(list);
  }

  append(body, heading, meta, inTitle ? el("p", { class: "hint", text: t("detail.intitle") }) : null,
    el("h4", { text: t("detail.article") }), article, quoteBox);
  const mark = body.querySelector("mark");
  if (mark && !inTitle) mark.scrollIntoView({ block: "center" });
}

export function closeDetail() {
  backdrop.hidden = true;
  current = null;
  requestNo += 1;
  if (lastFocus && lastFocus.focus) lastFocus.focus();
}

export async function openDetail(id) {
  const mine = ++requestNo;
  lastFocus = document.activeElement;
  backdrop.hidden = false;
  modal.focus();
  message(body, t("state.loading"));
  try {
    const ev = await api.event(id);
    if (mine !== requestNo) return;
    current = ev;
    render();
  } catch (e) {
    if (mine !== requestNo) return;
    message(body, t("state.error", { msg: e.message }), "error");
  }
}

export function initDetail() {
  backdrop = document.getElementById("detail-backdrop");
  modal = document.getElementById("event-detail");
  body = document.getElementById("detail-body");
  document.getElementById("detail-close").addEventListener("click", closeDetail);
  backdrop.addEventListener("click", (e) => { if (e.target === backdrop) closeDetail(); });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !backdrop.hidden) closeDetail(); });
}

export function redrawDetail() {
  if (current && !backdrop.hidden) render();
}
