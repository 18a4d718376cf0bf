// Thin wrappers around the JSON API. Filter objects map 1:1 onto query parameters.
export const FILTER_KEYS = ["actor", "dyad", "root", "plover", "quad", "since", "until", "lang", "modality", "q"];

function query(params) {
  const usp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && String(v).trim() !== "") usp.set(k, String(v).trim());
  }
  const s = usp.toString();
  return s ? `?${s}` : "";
}

async function request(url, options = {}) {
  const resp = await fetch(url, { headers: { Accept: "application/json" }, ...options });
  if (!resp.ok) {
    let detail = "";
    try {
      const body = await resp.json();
      detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail ?? body);
    } catch (e) { /* not JSON */ }
    throw new Error(`HTTP ${resp.status}${detail ? ` — ${detail}` : ""}`);
  }
  return resp.json();
}

function pick(filters) {
  const out = {};
  for (const k of FILTER_KEYS) if (filters[k]) out[k] = filters[k];
  return out;
}

export const api = {
  events: (filters, { limit = 50, cursor = null } = {}) =>
    request(`/api/events${query({ ...pick(filters), limit, cursor })}`),
  event: (id) => request(`/api/events/${encodeURIComponent(id)}`),
  article: (id) => request(`/api/articles/${encodeURIComponent(id)}`),
  timeline: (filters, interval = "month") => request(`/api/timeline${query({ ...pick(filters), interval })}`),
  network: (filters, limit = 60) => request(`/api/network${query({ ...pick(filters), limit })}`),
  actors: (q, limit = 20) => request(`/api/actors${query({ q, limit })}`),
  cameo: () => request("/api/cameo"),
  extract: (text, title, lang) => request("/api/extract", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ text, title: title || "", lang: lang || null }),
  }),
};
