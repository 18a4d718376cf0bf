// UI strings in Indonesian (default) and English. Server data is never translated.
const STORAGE_KEY = "peristiwa.lang";
const LANGS = ["id", "en"];

const DICT = {
  id: {
    "app.title": "peristiwa — data peristiwa politik",
    "app.subtitle": "Siapa melakukan apa kepada siapa, kapan, dan siapa yang mengatakannya",
    "lang.label": "Bahasa",
    "filters.title": "Filter",
    "filters.actor": "Aktor (kode)",
    "filters.dyad": "Diad (SUMBER:SASARAN)",
    "filters.root": "Akar CAMEO",
    "filters.plover": "Jenis PLOVER",
    "filters.quad": "Kelas kuad",
    "filters.since": "Dari tanggal",
    "filters.until": "Sampai tanggal",
    "filters.lang": "Bahasa artikel",
    "filters.modality": "Modalitas",
    "filters.q": "Teks bebas",
    "filters.q.placeholder": "cari di bukti atau judul",
    "filters.any": "(semua)",
    "filters.apply": "Terapkan",
    "filters.clear": "Bersihkan",
    "filters.active": "Filter aktif:",
    "filters.none": "tidak ada",
    "timeline.title": "Lini masa",
    "timeline.interval": "Interval",
    "timeline.day": "Hari",
    "timeline.week": "Minggu",
    "timeline.month": "Bulan",
    "timeline.count": "Jumlah peristiwa",
    "timeline.goldstein": "Rata-rata Goldstein",
    "timeline.hint": "Seret di grafik untuk memilih rentang tanggal.",
    "network.title": "Jaringan aktor",
    "network.hint": "Klik simpul untuk memfilter menurut aktor.",
    "network.legend.conflict": "konflik",
    "network.legend.neutral": "netral",
    "network.legend.coop": "kerja sama",
    "network.legend.size": "ukuran simpul = jumlah peristiwa; tebal garis = jumlah",
    "table.title": "Peristiwa",
    "table.date": "Tanggal",
    "table.source": "Sumber",
    "table.target": "Sasaran",
    "table.cameo": "CAMEO",
    "table.plover": "PLOVER",
    "table.goldstein": "Goldstein",
    "table.modality": "Modalitas",
    "table.evidence": "Bukti",
    "table.prev": "« Sebelumnya",
    "table.next": "Halaman berikutnya »",
    "table.page": "Halaman",
    "detail.title": "Rincian peristiwa",
    "detail.close": "Tutup",
    "detail.article": "Artikel",
    "detail.date": "Tanggal",
    "detail.source": "Sumber",
    "detail.target": "Sasaran",
    "detail.cameo": "CAMEO",
    "detail.plover": "PLOVER",
    "detail.goldstein": "Goldstein",
    "detail.quad": "Kelas kuad",
    "detail.modality": "Modalitas",
    "detail.rule": "Aturan",
    "detail.lang": "Bahasa",
    "detail.outlet": "Media",
    "detail.url": "Tautan",
    "detail.quotes": "Kutipan",
    "detail.noquotes": "Tidak ada kutipan.",
    "detail.intitle": "Bukti ada di judul.",
    "paste.title": "Kodekan teks",
    "paste.hint": "Tempel artikel untuk dikodekan. Tidak ada yang disimpan.",
    "paste.titleLabel": "Judul (opsional)",
    "paste.textLabel": "Teks artikel",
    "paste.lang": "Bahasa",
    "paste.auto": "otomatis",
    "paste.submit": "Kodekan",
    "paste.busy": "Sedang mengodekan…",
    "paste.empty": "Teks kosong.",
    "paste.none": "Tidak ada peristiwa yang ditemukan.",
    "paste.found": "{n} peristiwa ditemukan (bahasa: {lang}).",
    "state.loading": "Memuat…",
    "state.noEvents": "Tidak ada peristiwa.",
    "state.error": "Gagal memuat: {msg}",
    "quad.1": "Kerja sama verbal",
    "quad.2": "Kerja sama material",
    "quad.3": "Konflik verbal",
    "quad.4": "Konflik material",
    "modality.asserted": "dinyatakan",
    "modality.claimed": "diklaim",
    "modality.future": "akan datang",
    "modality.hypothetical": "hipotetis",
    "modality.negated": "dinegasikan",
    "root.01": "Pernyataan publik",
    "root.02": "Seruan atau permintaan",
    "root.03": "Niat bekerja sama",
    "root.04": "Konsultasi",
    "root.05": "Kerja sama diplomatik",
    "root.06": "Kerja sama material",
    "root.07": "Bantuan",
    "root.08": "Mengalah atau mengakui",
    "root.09": "Penyelidikan",
    "root.10": "Menuntut atau mendesak",
    "root.11": "Ketidaksetujuan",
    "root.12": "Penolakan",
    "root.13": "Ancaman",
    "root.14": "Protes atau perbedaan pendapat",
    "root.15": "Unjuk kekuatan",
    "root.16": "Memutus hubungan",
    "root.17": "Pemaksaan",
    "root.18": "Serangan atau kekerasan tak konvensional",
    "root.19": "Pertempuran bersenjata",
    "root.20": "Kekerasan massal tak konvensional",
  },
  en: {
    "app.title": "peristiwa — political event data",
    "app.subtitle": "Who did what to whom, when, and who said so",
    "lang.label": "Language",
    "filters.title": "Filters",
    "filters.actor": "Actor (code)",
    "filters.dyad": "Dyad (SOURCE:TARGET)",
    "filters.root": "CAMEO root",
    "filters.plover": "PLOVER type",
    "filters.quad": "Quad class",
    "filters.since": "Date from",
    "filters.until": "Date to",
    "filters.lang": "Article language",
    "filters.modality": "Modality",
    "filters.q": "Free text",
    "filters.q.placeholder": "search evidence or title",
    "filters.any": "(any)",
    "filters.apply": "Apply",
    "filters.clear": "Clear",
    "filters.active": "Active filters:",
    "filters.none": "none",
    "timeline.title": "Timeline",
    "timeline.interval": "Interval",
    "timeline.day": "Day",
    "timeline.week": "Week",
    "timeline.month": "Month",
    "timeline.count": "Event count",
    "timeline.goldstein": "Mean Goldstein",
    "timeline.hint": "Drag across the chart to select a date range.",
    "network.title": "Actor network",
    "network.hint": "Click a node to filter by that actor.",
    "network.legend.conflict": "conflict",
    "network.legend.neutral": "neutral",
    "network.legend.coop": "cooperation",
    "network.legend.size": "node size = event count; edge width = count",
    "table.title": "Events",
    "table.date": "Date",
    "table.source": "Source",
    "table.target": "Target",
    "table.cameo": "CAMEO",
    "table.plover": "PLOVER",
    "table.goldstein": "Goldstein",
    "table.modality": "Modality",
    "table.evidence": "Evidence",
    "table.prev": "« Previous",
    "table.next": "Next page »",
    "table.page": "Page",
    "detail.title": "Event detail",
    "detail.close": "Close",
    "detail.article": "Article",
    "detail.date": "Date",
    "detail.source": "Source",
    "detail.target": "Target",
    "detail.cameo": "CAMEO",
    "detail.plover": "PLOVER",
    "detail.goldstein": "Goldstein",
    "detail.quad": "Quad class",
    "detail.modality": "Modality",
    "detail.rule": "Rule",
    "detail.lang": "Language",
    "detail.outlet": "Outlet",
    "detail.url": "Link",
    "detail.quotes": "Quotes",
    "detail.noquotes": "No quotes.",
    "detail.intitle": "The evidence is in the headline.",
    "paste.title": "Code a text",
    "paste.hint": "Paste an article to code it. Nothing is stored.",
    "paste.titleLabel": "Title (optional)",
    "paste.textLabel": "Article text",
    "paste.lang": "Language",
    "paste.auto": "auto",
    "paste.submit": "Code it",
    "paste.busy": "Coding…",
    "paste.empty": "The text is empty.",
    "paste.none": "No events found.",
    "paste.found": "{n} event(s) found (language: {lang}).",
    "state.loading": "Loading…",
    "state.noEvents": "No events.",
    "state.error": "Failed to load: {msg}",
    "quad.1": "Verbal cooperation",
    "quad.2": "Material cooperation",
    "quad.3": "Verbal conflict",
    "quad.4": "Material conflict",
    "modality.asserted": "asserted",
    "modality.claimed": "claimed",
    "modality.future": "future",
    "modality.hypothetical": "hypothetical",
    "modality.negated": "negated",
  },
};

let current = (() => {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (LANGS.includes(saved)) return saved;
  } catch (e) { /* storage unavailable */ }
  return "id";
})();

const listeners = [];

export function getLang() { return current; }

/** Translate `key`, filling {name} placeholders from `vars`; falls back to English, then `fallback`, then the key. */
export function t(key, vars = {}, fallback) {
  let s = DICT[current][key] ?? DICT.en[key] ?? fallback ?? key;
  for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** Has the dictionary a string for `key` in the current language? */
export function has(key) { return key in DICT[current]; }

export function setLang(lang) {
  if (!LANGS.includes(lang) || lang === current) return;
  current = lang;
  try { localStorage.setItem(STORAGE_KEY, lang); } catch (e) { /* ignore */ }
  applyStatic();
  for (const fn of listeners) fn(lang);
}

export function onLangChange(fn) { listeners.push(fn); }

/** Fill elements marked data-i18n / data-i18n-placeholder / data-i18n-title from the dictionary. */
export function applyStatic(root = document) {
  document.documentElement.lang = current;
  root.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll("[data-i18n-title]").forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  document.title = t("app.title");
}
