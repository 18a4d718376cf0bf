// Timeline (ECharts): event counts as bars, mean Goldstein as a line on a second axis.
// Dragging across the chart (brush, lineX) sets the date filter to the selected periods.
import { api } from "./api.js";
import { t } from "./i18n.js";

let chart = null;
let points = [];
let interval = "month";
let onRange = () => {};
let stateBox;
let stateMsg = null; // [key, vars] of the message shown over the chart, if any

const pad = (n) => String(n).padStart(2, "0");
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** [first day, last day] (YYYY-MM-DD) of a period label: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www. */
export function periodRange(period, kind) {
  const p = String(period);
  let m = /^(\d{4})-W(\d{1,2})$/.exec(p);
  if (m) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000);
    return [iso(monday), iso(new Date(monday.getTime() + 6 * 86400000))];
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(p);
  if (m) {
    const start = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    const days = kind === "week" ? 6 : 0;
    return [iso(start), iso(new Date(start.getTime() + days * 86400000))];
  }
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return [`${m[1]}-${m[2]}-01`, iso(new Date(Date.UTC(+m[1], +m[2], 0)))];
  m = /^(\d{4})$/.exec(p);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  return [null, null];
}

function showState(key, vars = {}) {
  stateMsg = key ? [key, vars] : null;
  stateBox.textContent = key ? t(key, vars) : "";
  stateBox.hidden = !key;
}

function activateBrush() {
  chart.dispatchAction({ type: "takeGlobalCursor", key: "brush", brushOption: { brushType: "lineX", brushMode: "single" } });
}

function render() {
  if (!chart) return;
  chart.clear();
  if (!points.length) return;
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 48, top: 56, bottom: 30 },
    legend: { top: 0, left: 0, data: [t("timeline.count"), t("timeline.goldstein")] },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    toolbox: { right: 0, top: 0, feature: { brush: { type: ["lineX", "clear"] } } },
    brush: { xAxisIndex: 0, brushType: "lineX", brushMode: "single", throttleType: "debounce", throttleDelay: 200 },
    xAxis: { type: "category", data: points.map((p) => String(p.period)), axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: "value", name: t("timeline.count"), minInterval: 1, nameTextStyle: { align: "left" } },
      { type: "value", name: "Goldstein", min: -10, max: 10, splitLine: { show: false } },
    ],
    series: [
      { name: t("timeline.count"), type: "bar", data: points.map((p) => p.count ?? 0), itemStyle: { color: "#4f6d9a" } },
      {
        name: t("timeline.goldstein"), type: "line", yAxisIndex: 1, connectNulls: true, symbolSize: 6,
        data: points.map((p) => (typeof p.goldstein === "number" ? +p.goldstein.toFixed(2) : null)),
        itemStyle: { color: "#c0504d" },
      },
    ],
  });
  activateBrush();
}

function onBrushEnd(params) {
  const area = params.areas && params.areas[0];
  if (!area || !area.coordRange || !points.length) return;
  const last = points.length - 1;
  const i0 = Math.max(0, Math.min(last, Math.round(Math.min(...area.coordRange))));
  const i1 = Math.max(0, Math.min(last, Math.round(Math.max(...area.coordRange))));
  const [since] = periodRange(points[i0].period, interval);
  const [, until] = periodRange(points[i1].period, interval);
  chart.dispatchAction({ type: "brush", areas: [] });
  if (since && until) onRange(since, until);
}

export function initTimeline({ onRangeSelected }) {
  onRange = onRangeSelected;
  stateBox = document.getElementById("timeline-state");
  const box = document.getElementById("timeline");
  interval = getInterval();
  if (typeof window.echarts === "undefined") {
    stateBox.hidden = false;
    stateBox.textContent = "ECharts not loaded";
    return;
  }
  chart = window.echarts.init(box);
  chart.on("brushEnd", onBrushEnd);
  chart.on("click", (p) => {
    if (p.componentType !== "series" || !points[p.dataIndex]) return;
    const [since, until] = periodRange(points[p.dataIndex].period, interval);
    if (since && until) onRange(since, until);
  });
  window.addEventListener("resize", () => chart.resize());
}

export function getInterval() {
  return document.getElementById("timeline-interval").value || "month";
}

export async function loadTimeline(filters) {
  interval = getInterval();
  showState("state.loading");
  try {
    const data = await api.timeline(filters, interval);
    points = Array.isArray(data.points) ? data.points : [];
    if (data.interval) interval = data.interval;
    render();
    showState(points.length ? null : "state.noEvents");
  } catch (e) {
    points = [];
    render();
    showState("state.error", { msg: e.message });
  }
}

/** Redraw with the current data (used after a language switch). */
export function redrawTimeline() {
  render();
  if (stateMsg) showState(...stateMsg);
}
