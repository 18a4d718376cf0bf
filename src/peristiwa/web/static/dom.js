// DOM helpers. Server data only ever goes in through text nodes (never innerHTML).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = String(v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  append(node, ...children);
  return node;
}

export function append(node, ...children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function truncate(s, n = 140) {
  s = s == null ? "" : String(s);
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function fmtNum(x, digits = 1) {
  return typeof x === "number" && Number.isFinite(x) ? x.toFixed(digits) : "";
}

/** Colour for a Goldstein score: red (-10, conflict) → yellow (0) → green (+10, cooperation). */
export function goldsteinColor(g) {
  if (typeof g !== "number" || !Number.isFinite(g)) return "#999999";
  const stops = [[-10, [215, 48, 39]], [0, [230, 200, 90]], [10, [26, 152, 80]]];
  const x = Math.max(-10, Math.min(10, g));
  const [a, b] = x <= 0 ? [stops[0], stops[1]] : [stops[1], stops[2]];
  const f = (x - a[0]) / (b[0] - a[0]);
  const rgb = a[1].map((c, i) => Math.round(c + f * (b[1][i] - c)));
  return `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** A status line ("loading", "no events", errors) inside `container`. */
export function message(container, text, kind = "info") {
  clear(container);
  container.appendChild(el("p", { class: `state state-${kind}`, text }));
}

/** Only http(s) links are allowed into href. */
export function safeUrl(url) {
  try {
    const u = new URL(String(url), window.location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) {
    return null;
  }
}
