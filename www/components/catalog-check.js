// <og-catalog-check>: drop or pick a catalog export; it is checked in a Web Worker (never uploaded) that
// reads the file as a stream, with a progress bar showing the bytes read and the listings checked and a
// button to cancel; then a summary with the file's format and encoding, notes about the file (an
// encoding guessed from the bytes, heading and hint rows skipped), the score distribution and the most
// common findings, a sortable and filterable table of listings, and the report as a CSV download. The
// report stays in the worker, compact: the table draws only the rows in view and asks the worker for
// them (a catalog of a million listings scrolls like one of twenty), and the download is written there
// in slices. Choosing another format or encoding, or editing the column mapping, checks the same file
// again; changing the language re-renders the texts without checking again.
//
// Attributes: `locale` (else the configuration's, else the nearest `lang`), `worker-src` (URL of
// catalog-worker.js).
// Properties: `report` (the last report's summary: format, encoding, notes, rows, skippedRows, summary,
// listingCount, rowErrorCount; or null), `options` ({ format, encoding, mapping, locale }).
// Methods: `check(file)`, `cancel()`, `listings({ start, end, level, text, sort, descending })` (resolves
// to the rendered listings of that window of the table's order).
// Events (bubble, composed): `og-catalog-progress` { progress, bytes, total, listingsChecked };
// `og-catalog-change` { report, error } once a file is checked (or cancelled: both null), `error` (an
// Error with `code` and `field`) when it could not be.
// Parts: dropzone, progress, cancel, summary, notes, chart, table, download. Custom properties: the
// checkout elements' --og-* set (docs/embedding.md) and --og-ok for good scores.
import { localeOf, watchConfig } from "./config.js";
import { bytesText, el, fill, svg } from "./dom.js";
import { styleSheet } from "./style-sheet.js";

const TEXT = {
  en: {
    drop: "Drop a catalog export here (CSV, XLSX, JSON) or choose a file",
    choose: "Choose file",
    settings: "Format, encoding and columns",
    format: "Format",
    encoding: "Encoding",
    auto: "Detect",
    mapping: "Column mapping (one per line: field = column header)",
    reading: "Checking {name}…",
    progress: "Checking {name}: {bytes} of {total} read, {listings} listings so far…",
    cancel: "Cancel",
    cancelled: "The check of {name} was cancelled.",
    progressLabel: "Progress of the check",
    checked: "{listings} listings checked in {rows} rows; {errors} rows could not be read.",
    failed: "The file could not be checked: {message}",
    meanScore: "Mean score",
    distribution: "Score distribution",
    common: "Most common findings",
    rowErrors: "Rows that could not be read ({count})",
    filter: "Filter by title, id or finding",
    level: "Level",
    all: "All",
    low: "Low",
    standard: "Standard",
    high: "High",
    row: "Row",
    id: "ID",
    title: "Title",
    score: "Score",
    findings: "Findings",
    shown: "{total} listings shown.",
    moreErrors: "…and {count} more in the downloaded report.",
    download: "Download report (CSV)",
    listings: "listings",
    fileInfo: "Format: {format} · Encoding: {encoding}",
    notes: "About the file",
    chooseEncoding: "Choose the encoding",
    workerFailed: "The checker could not start in this browser.",
    encodings: {
      auto: "Detect",
      "utf-8": "UTF-8 (CSV UTF-8, most systems)",
      "utf-16le": "UTF-16 LE (Excel “Unicode text”)",
      "utf-16be": "UTF-16 BE",
      "windows-1251": "Windows-1251 (Cyrillic, Excel and 1C on a Russian Windows)",
      gbk: "GBK (Simplified Chinese, Excel on a Chinese Windows)",
      gb18030: "GB 18030 (Simplified Chinese, all of Unicode)",
      big5: "Big5 (Traditional Chinese)",
    },
  },
  ru: {
    drop: "Перетащите сюда выгрузку каталога (CSV, XLSX, JSON) или выберите файл",
    choose: "Выбрать файл",
    settings: "Формат, кодировка и колонки",
    format: "Формат",
    encoding: "Кодировка",
    auto: "Определить",
    mapping: "Сопоставление колонок (по одному в строке: поле = заголовок колонки)",
    reading: "Проверяем {name}…",
    progress: "Проверяем {name}: прочитано {bytes} из {total}, проверено товаров — {listings}…",
    cancel: "Отменить",
    cancelled: "Проверка файла {name} отменена.",
    progressLabel: "Ход проверки",
    checked: "Проверено товаров: {listings} в {rows} строках; не прочитано строк: {errors}.",
    failed: "Файл не проверен: {message}",
    meanScore: "Средняя оценка",
    distribution: "Распределение оценок",
    common: "Частые замечания",
    rowErrors: "Непрочитанные строки ({count})",
    filter: "Фильтр по названию, артикулу или замечанию",
    level: "Уровень",
    all: "Все",
    low: "Низкий",
    standard: "Средний",
    high: "Высокий",
    row: "Строка",
    id: "Артикул",
    title: "Название",
    score: "Оценка",
    findings: "Замечания",
    shown: "Показано товаров: {total}.",
    moreErrors: "…и ещё {count} в скачанном отчёте.",
    download: "Скачать отчёт (CSV)",
    listings: "товаров",
    fileInfo: "Формат: {format} · Кодировка: {encoding}",
    notes: "О файле",
    chooseEncoding: "Выбрать кодировку",
    workerFailed: "Проверка не запустилась в этом браузере.",
    encodings: {
      auto: "Определить",
      "utf-8": "UTF-8 (CSV UTF-8, большинство систем)",
      "utf-16le": "UTF-16 LE (Excel, «Текст в Юникоде»)",
      "utf-16be": "UTF-16 BE",
      "windows-1251": "Windows-1251 (кириллица, Excel и 1С в русской Windows)",
      gbk: "GBK (упрощённый китайский, Excel в китайской Windows)",
      gb18030: "GB 18030 (упрощённый китайский, весь Юникод)",
      big5: "Big5 (традиционный китайский)",
    },
  },
  zh: {
    drop: "将商品目录导出文件（CSV、XLSX、JSON）拖到这里，或选择文件",
    choose: "选择文件",
    settings: "格式、编码和列",
    format: "格式",
    encoding: "编码",
    auto: "自动检测",
    mapping: "列映射（每行一个：字段 = 列标题）",
    reading: "正在检查 {name}…",
    progress: "正在检查 {name}：已读取 {bytes} / {total}，已检查 {listings} 个商品…",
    cancel: "取消",
    cancelled: "已取消对 {name} 的检查。",
    progressLabel: "检查进度",
    checked: "已检查 {listings} 个商品，共 {rows} 行；{errors} 行无法读取。",
    failed: "无法检查该文件：{message}",
    meanScore: "平均分",
    distribution: "分数分布",
    common: "最常见的问题",
    rowErrors: "无法读取的行（{count}）",
    filter: "按标题、编号或问题筛选",
    level: "等级",
    all: "全部",
    low: "低",
    standard: "中",
    high: "高",
    row: "行",
    id: "编号",
    title: "标题",
    score: "分数",
    findings: "问题",
    shown: "显示 {total} 个商品。",
    moreErrors: "……下载的报告中还有 {count} 行。",
    download: "下载报告（CSV）",
    listings: "个商品",
    fileInfo: "格式：{format} · 编码：{encoding}",
    notes: "关于文件",
    chooseEncoding: "选择编码",
    workerFailed: "检查器无法在此浏览器中启动。",
    encodings: {
      auto: "自动检测",
      "utf-8": "UTF-8（CSV UTF-8，大多数系统）",
      "utf-16le": "UTF-16 LE（Excel“Unicode 文本”）",
      "utf-16be": "UTF-16 BE",
      "windows-1251": "Windows-1251（西里尔文，俄文版 Windows 上的 Excel 和 1C）",
      gbk: "GBK（简体中文，中文版 Windows 上的 Excel）",
      gb18030: "GB 18030（简体中文，完整 Unicode）",
      big5: "Big5（繁体中文）",
    },
  },
};

const FORMATS = ["auto", "ozon-xlsx", "ozon-csv", "shopify-csv", "csv", "json"];
const ENCODINGS = ["auto", "utf-8", "utf-16le", "utf-16be", "windows-1251", "gbk", "gb18030", "big5"];
/** Rows drawn beyond the ones in view, above and below, so that scrolling shows no gap. */
const OVERSCAN = 20;
/** Rows drawn before the first row's height is known. */
const FIRST_WINDOW = 60;
/** How long typing in the filter waits before the table is filtered again. */
const FILTER_DELAY_MS = 150;

const STYLE = `
:host { display: block; font: inherit; color: var(--og-text, #1d2433); }
.drop { border: 2px dashed var(--og-border, #b8c0cc); border-radius: var(--og-radius, .4rem); padding: 1.2rem; text-align: center; }
.drop.over { background: var(--og-accent-bg, #eef2fd); border-color: var(--og-accent, #2456d6); }
.drop label { display: block; margin-bottom: .5rem; }
:focus-visible { outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #2456d6)); outline-offset: 1px; }
input, select, textarea { font: inherit; color: inherit; background: var(--og-input-bg, #fff); border: 1px solid var(--og-border, #b8c0cc);
  border-radius: var(--og-radius, .4rem); padding: .3rem .4rem; }
input[type=file] { border: 0; background: none; }
button { font: inherit; }
progress { width: 100%; height: 1rem; margin-top: .8rem; accent-color: var(--og-accent, #2456d6); }
.status { min-height: 1.4em; margin: .6rem 0; }
.status.error { color: var(--og-error, #b3261e); }
.summary { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; gap: 1rem; align-items: start; margin: 1rem 0; }
.file { grid-column: 1 / -1; }
.file-info { margin: 0; }
.file-info code { font: .9em ui-monospace, monospace; }
.notes { list-style: none; margin: .5rem 0 0; padding: 0; }
.notes li { padding: .45rem .6rem; border-left: 3px solid var(--og-info, #5a6478); background: var(--og-info-bg, #f0f2f5);
  border-radius: .25rem; margin-bottom: .35rem; }
.notes p { margin: 0; }
.notes .hint { color: var(--og-muted, #4a5366); font-size: .9rem; margin-top: .2rem; }
.notes button { margin-top: .35rem; padding: .25rem .6rem; border-radius: var(--og-radius, .4rem); border: 1px solid var(--og-accent, #2456d6);
  background: var(--og-panel-bg, #fff); color: var(--og-accent, #2456d6); cursor: pointer; }
.mean { font-size: 2.4rem; font-weight: 700; line-height: 1; }
.levels { font-size: .9rem; margin-top: .4rem; }
svg { width: 100%; height: auto; max-height: 11rem; }
svg .bar { fill: var(--og-accent, #2456d6); }
svg text { font-size: 9px; fill: currentColor; }
h3 { font-size: 1rem; margin: .8rem 0 .4rem; }
ol { margin: 0; padding-left: 1.4rem; }
.controls { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; margin: .8rem 0; }
.controls label { display: flex; flex-direction: column; font-size: .85rem; gap: .2rem; }
input[type=search] { min-width: 16rem; }
.table-wrap { overflow: auto; max-height: var(--og-table-height, 32rem); border-bottom: 1px solid var(--og-border, #b8c0cc); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--og-border, #b8c0cc); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--og-panel-bg, #fff); z-index: 1; }
/* Every row one line high, so the table can draw only the rows in view. */
tbody tr.listing td { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 24rem; height: 1.4rem; }
.cancel { margin-top: .5rem; padding: .25rem .7rem; border-radius: var(--og-radius, .4rem); border: 1px solid var(--og-border, #b8c0cc);
  background: var(--og-panel-bg, #fff); color: inherit; cursor: pointer; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
td.score { font-variant-numeric: tabular-nums; text-align: right; }
.level-low { color: var(--og-error, #b3261e); }
.level-standard { color: var(--og-warning, #8a5a00); }
.level-high { color: var(--og-ok, #18794e); }
.muted { color: var(--og-muted, #4a5366); font-size: .85rem; }
button.download { margin-top: .8rem; padding: .4rem .8rem; border-radius: var(--og-radius, .4rem); border: 0; cursor: pointer;
  background: var(--og-accent, #2456d6); color: var(--og-accent-text, #fff); }
[hidden] { display: none !important; }
`;

/** `fill` with nodes for the placeholders: the template's own text stays text. */
function fillNodes(template, nodes) {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? nodes[part] ?? part : part));
}

export class CatalogCheck extends HTMLElement {
  static observedAttributes = ["locale"];

  /** The last report's summary (the listings stay in the worker). */
  #report = null;
  // One worker checks file after file and keeps the last report; it is replaced when the module trapped.
  #worker = null;
  #busy = false;
  #request = 0;
  /** The id of the check in progress. */
  #checking = 0;
  /** Answers awaited from the worker, by request id. */
  #pending = new Map();
  #file = null;
  #sort = { key: "row", direction: 1 };
  /** The table's window: which rows are drawn, of how many, and the height of one. */
  #table = { total: 0, start: 0, listings: [], rowHeight: 0, query: null };
  #drawScheduled = false;
  #filterTimer = 0;
  #downloadUrl = null;
  #unwatch = null;
  #ui;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    // A constructed stylesheet, not a <style> element: a strict CSP (no 'unsafe-inline' styles) allows it.
    root.adoptedStyleSheets = [styleSheet(STYLE)];
    this.#ui = this.#build(root);
  }

  get report() {
    return this.#report;
  }

  get options() {
    const mapping = {};
    for (const line of this.#ui.mapping.value.split("\n")) {
      const [field, ...header] = line.split("=");
      if (field.trim() && header.join("=").trim()) mapping[field.trim()] = header.join("=").trim();
    }
    return {
      format: this.#ui.format.value,
      encoding: this.#ui.encoding.value,
      mapping,
      locale: this.#locale,
    };
  }

  get #locale() {
    return localeOf(this, Object.keys(TEXT));
  }

  get #text() {
    return TEXT[this.#locale];
  }

  attributeChangedCallback() {
    if (this.#ui) this.#relabel();
  }

  connectedCallback() {
    this.#unwatch ??= watchConfig(() => this.#relabel());
    this.#relabel();
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
    this.#dropWorker();
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
  }

  /** Checks a File (or Blob) in the worker. */
  check(file) {
    // A check still running is cancelled; its worker goes on with this one.
    if (this.#busy) this.#worker?.postMessage({ type: "cancel", check: this.#checking });
    this.#file = file;
    this.#busy = true;
    this.#report = null;
    this.#worker ??= this.#spawn();
    const id = this.#nextId();
    this.#checking = id;
    this.#ui.progress.hidden = false;
    this.#ui.progress.value = 0;
    this.#ui.cancel.hidden = false;
    this.#status(fill(this.#text.reading, { name: file.name ?? "" }));
    this.#worker.postMessage({ id, type: "check", file, options: this.options });
  }

  /** Stops the check in progress; the element then shows no report. */
  cancel() {
    if (!this.#busy) return;
    this.#worker?.postMessage({ type: "cancel", check: this.#checking });
  }

  /**
   * The listings of a window of the report (rendered in the element's language), in the order of
   * `{ level, text, sort, descending }`: what the table draws, for code that needs more of it.
   */
  async listings({ start = 0, end = Infinity, ...query } = {}) {
    if (!this.#report) return [];
    const answer = await this.#ask({ type: "window", query, start, end: Math.min(end, 2 ** 32 - 1), locale: this.#locale });
    return answer.listings;
  }

  #nextId() {
    return ++this.#request;
  }

  /** Sends a request to the worker and resolves to its answer (rejects with the error it sent). */
  #ask(message) {
    const id = this.#nextId();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...message });
    });
  }

  #spawn() {
    const src = this.getAttribute("worker-src") || new URL("../catalog-worker.js", import.meta.url);
    const worker = new Worker(src, { type: "module" });
    worker.onmessage = ({ data }) => {
      if (worker === this.#worker) this.#receive(data);
    };
    worker.onerror = (event) => {
      // The worker itself failed (its script did not load): say so; the next file gets a new worker.
      event.preventDefault();
      if (worker !== this.#worker) return;
      this.#dropWorker();
      this.#finish({ type: "error", code: "internal_error", field: "", message: this.#text.workerFailed });
    };
    return worker;
  }

  #dropWorker() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#busy = false;
    const failed = Object.assign(new Error(this.#text.workerFailed), { code: "internal_error", field: "" });
    for (const { reject } of this.#pending.values()) reject(failed);
    this.#pending.clear();
  }

  #receive(data) {
    const waiting = this.#pending.get(data.id);
    if (waiting) {
      this.#pending.delete(data.id);
      if (data.type === "error") {
        if (data.code === "internal_error") this.#dropWorker();
        waiting.reject(Object.assign(new Error(data.message), { code: data.code, field: data.field }));
      } else {
        waiting.resolve(data);
      }
      return;
    }
    if (data.id !== this.#checking) return;
    if (data.type === "progress") {
      const { progress, bytes, total, listingsChecked } = data;
      this.#ui.progress.value = progress;
      const locale = this.#locale;
      this.#status(
        fill(this.#text.progress, {
          name: this.#file?.name ?? "",
          bytes: bytesText(bytes, locale),
          total: bytesText(total, locale),
          listings: listingsChecked.toLocaleString(locale),
        }),
      );
      this.#emit("og-catalog-progress", { progress, bytes, total, listingsChecked });
      return;
    }
    this.#finish(data);
  }

  /** The check ended: done, failed or cancelled. */
  #finish(data) {
    this.#busy = false;
    this.#ui.cancel.hidden = true;
    this.#ui.progress.value = 1;
    if (data.type === "done") {
      this.#report = data.report;
      this.#renderReport();
      this.#emit("og-catalog-change", { report: data.report, error: null });
      return;
    }
    this.#report = null;
    this.#renderReport();
    if (data.type === "cancelled") {
      this.#ui.progress.hidden = true;
      this.#status(fill(this.#text.cancelled, { name: this.#file?.name ?? "" }));
      this.#emit("og-catalog-change", { report: null, error: null });
      return;
    }
    // The module trapped in the worker (or the worker failed): a fresh worker checks the next file.
    if (data.code === "internal_error") this.#dropWorker();
    this.#status(fill(this.#text.failed, { message: data.message }), true);
    const error = Object.assign(new Error(data.message), { code: data.code, field: data.field });
    this.#emit("og-catalog-change", { report: null, error });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The seller changed how the file is to be read: check the same file again. */
  #recheck() {
    if (this.#file) this.check(this.#file);
  }

  #build(root) {
    const ui = {};
    ui.input = el("input", { type: "file", id: "file", accept: ".csv,.tsv,.txt,.xlsx,.json,.jsonl,.ndjson" });
    ui.dropLabel = el("label", { for: "file" });
    ui.drop = el("div", { class: "drop", part: "dropzone" }, ui.dropLabel, ui.input);
    ui.format = el("select", { id: "format" });
    ui.encoding = el("select", { id: "encoding" });
    ui.mapping = el("textarea", { id: "mapping", rows: "3", cols: "40", placeholder: "title = Product name" });
    ui.formatLabel = el("label", { for: "format" });
    ui.encodingLabel = el("label", { for: "encoding" });
    ui.mappingLabel = el("label", { for: "mapping" });
    ui.settingsSummary = el("summary");
    ui.settings = el(
      "details",
      {},
      ui.settingsSummary,
      el("div", { class: "controls" }, el("div", {}, ui.formatLabel, ui.format), el("div", {}, ui.encodingLabel, ui.encoding)),
      el("div", {}, ui.mappingLabel, el("br"), ui.mapping),
    );
    ui.progress = el("progress", { max: "1", value: "0", part: "progress", hidden: "" });
    ui.statusLine = el("p", { class: "status", role: "status", "aria-live": "polite" });
    ui.cancel = el("button", { type: "button", class: "cancel", part: "cancel", hidden: "" });

    ui.mean = el("div", { class: "mean" });
    ui.meanLabel = el("div", { class: "muted" });
    ui.levels = el("div", { class: "levels" });
    ui.chartTitle = el("h3");
    ui.chart = svg("svg", { viewBox: "0 0 220 110", role: "img", part: "chart" });
    ui.commonTitle = el("h3");
    ui.common = el("ol", { class: "common" });
    ui.fileInfo = el("p", { class: "file-info" });
    ui.notes = el("ul", { class: "notes", part: "notes" });
    ui.file = el("div", { class: "file", role: "status" }, ui.fileInfo, ui.notes);
    ui.summary = el(
      "section",
      { class: "summary", part: "summary", hidden: "" },
      ui.file,
      el("div", {}, ui.meanLabel, ui.mean, ui.levels),
      el("div", {}, ui.chartTitle, ui.chart, ui.commonTitle, ui.common),
    );

    ui.errorsSummary = el("summary");
    ui.errors = el("ul", { class: "row-errors" });
    ui.moreErrors = el("p", { class: "muted" });
    ui.errorsBlock = el("details", { hidden: "" }, ui.errorsSummary, ui.errors, ui.moreErrors);

    ui.filter = el("input", { type: "search", id: "filter" });
    ui.filterLabel = el("label", {}, "", ui.filter);
    ui.levelFilter = el("select", { id: "level" });
    ui.levelLabel = el("label", {}, "", ui.levelFilter);
    ui.head = el("tr");
    ui.body = el("tbody");
    ui.table = el("table", { part: "table" }, el("thead", {}, ui.head), ui.body);
    ui.tableWrap = el("div", { class: "table-wrap", tabindex: "0" }, ui.table);
    ui.shown = el("p", { class: "muted" });
    ui.download = el("button", { type: "button", class: "download", part: "download" });
    ui.results = el(
      "section",
      { class: "results", hidden: "" },
      el("div", { class: "controls" }, ui.filterLabel, ui.levelLabel),
      ui.tableWrap,
      ui.shown,
      ui.download,
    );
    root.append(ui.drop, ui.settings, ui.progress, ui.statusLine, ui.cancel, ui.summary, ui.errorsBlock, ui.results);

    ui.input.addEventListener("change", () => ui.input.files[0] && this.check(ui.input.files[0]));
    ui.drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      ui.drop.classList.add("over");
    });
    ui.drop.addEventListener("dragleave", () => ui.drop.classList.remove("over"));
    ui.drop.addEventListener("drop", (event) => {
      event.preventDefault();
      ui.drop.classList.remove("over");
      const file = event.dataTransfer?.files?.[0];
      if (file) this.check(file);
    });
    ui.cancel.addEventListener("click", () => this.cancel());
    ui.format.addEventListener("change", () => this.#recheck());
    ui.encoding.addEventListener("change", () => this.#recheck());
    ui.mapping.addEventListener("change", () => this.#recheck());
    ui.filter.addEventListener("input", () => {
      clearTimeout(this.#filterTimer);
      this.#filterTimer = setTimeout(() => this.#query(), FILTER_DELAY_MS);
    });
    ui.levelFilter.addEventListener("change", () => this.#query());
    ui.tableWrap.addEventListener("scroll", () => this.#scheduleDraw(), { passive: true });
    ui.download.addEventListener("click", () => this.#download());
    this.#ui = ui;
    return ui;
  }

  #relabel() {
    const t = this.#text;
    const ui = this.#ui;
    ui.dropLabel.textContent = t.drop;
    ui.progress.setAttribute("aria-label", t.progressLabel);
    ui.cancel.textContent = t.cancel;
    ui.settingsSummary.textContent = t.settings;
    ui.formatLabel.textContent = t.format;
    ui.encodingLabel.textContent = t.encoding;
    ui.mappingLabel.textContent = t.mapping;
    const options = (select, values, label) => {
      const current = select.value || "auto";
      select.replaceChildren(...values.map((v) => el("option", { value: v }, label(v))));
      select.value = current;
    };
    options(ui.format, FORMATS, (v) => (v === "auto" ? t.auto : v));
    options(ui.encoding, ENCODINGS, (v) => t.encodings[v]);
    ui.filterLabel.firstChild.textContent = t.filter;
    ui.levelLabel.firstChild.textContent = t.level;
    const level = ui.levelFilter.value || "all";
    ui.levelFilter.replaceChildren(...["all", "low", "standard", "high"].map((v) => el("option", { value: v }, t[v])));
    ui.levelFilter.value = level;
    ui.meanLabel.textContent = t.meanScore;
    ui.chartTitle.textContent = t.distribution;
    ui.commonTitle.textContent = t.common;
    ui.notes.setAttribute("aria-label", t.notes);
    ui.download.textContent = t.download;
    this.#renderHead();
    // The report's texts in the new language come from the worker; nothing is checked again.
    if (this.#report && this.#report.locale !== this.#locale && !this.#busy) this.#relocalize();
  }

  async #relocalize() {
    const locale = this.#locale;
    try {
      const { report } = await this.#ask({ type: "head", locale });
      if (this.#busy || this.#locale !== locale) return;
      this.#report = { ...report, locale };
      this.#renderReport();
    } catch {
      // The worker is gone (it trapped): the next file is checked by a new one.
    }
  }

  #status(text, error = false) {
    this.#ui.statusLine.textContent = text;
    this.#ui.statusLine.classList.toggle("error", error);
  }

  #renderReport() {
    if (this.#report) this.#report.locale ??= this.#locale;
    this.#renderHead();
    this.#table = { ...this.#table, total: 0, start: 0, listings: [], query: null };
    this.#ui.body.replaceChildren(); // no rows of an earlier file stay behind, even hidden
    if (this.#report) this.#query();
  }

  /** Everything above the table. */
  #renderHead() {
    const ui = this.#ui;
    const report = this.#report;
    ui.summary.hidden = ui.results.hidden = ui.errorsBlock.hidden = !report;
    if (!report) return;
    const t = this.#text;
    const s = report.summary;
    this.#status(fill(t.checked, { listings: s.listings, rows: report.rows, errors: report.rowErrorCount }));
    ui.fileInfo.replaceChildren(
      ...fillNodes(t.fileInfo, {
        format: el("code", { class: "format" }, report.format ?? ""),
        encoding: el("code", { class: "encoding" }, report.encoding ?? ""),
      }),
    );
    ui.notes.replaceChildren(...(report.notes ?? []).map((note) => this.#note(note)));
    ui.mean.textContent = s.meanScore === null ? "—" : String(s.meanScore);
    ui.levels.replaceChildren(
      ...["high", "standard", "low"].map((level) => el("div", { class: `level-${level}` }, `${t[level]}: ${s.byLevel[level]}`)),
    );
    this.#renderChart(s.byScore);
    ui.common.replaceChildren(
      ...report.common.map(({ code, count, message }) => el("li", { "data-code": code }, `${message} (${count} ${t.listings})`)),
    );
    ui.commonTitle.hidden = report.common.length === 0;
    ui.errorsBlock.hidden = report.rowErrorCount === 0;
    ui.errorsSummary.textContent = fill(t.rowErrors, { count: report.rowErrorCount });
    ui.errors.replaceChildren(...report.rowErrors.map((e) => el("li", { "data-code": e.code }, e.message)));
    const more = report.rowErrorCount - report.rowErrors.length;
    ui.moreErrors.hidden = more <= 0;
    ui.moreErrors.textContent = more > 0 ? fill(t.moreErrors, { count: more }) : "";
    this.#renderColumns();
  }

  /** A finding about the whole file, with its hint; a guessed encoding leads to the encoding choice. */
  #note(note) {
    const item = el("li", { "data-code": note.code }, el("p", { class: "message" }, note.message));
    if (note.hint) item.append(el("p", { class: "hint" }, note.hint));
    if (note.code === "encoding_guessed") {
      const choose = el("button", { type: "button", class: "choose-encoding" }, this.#text.chooseEncoding);
      choose.addEventListener("click", () => {
        this.#ui.settings.open = true;
        this.#ui.encoding.focus();
      });
      item.append(choose);
    }
    return item;
  }

  /** Ten bars: scores 0-9, 10-19, ..., 90-100. */
  #renderChart(buckets) {
    const max = Math.max(1, ...buckets);
    const chart = this.#ui.chart;
    chart.replaceChildren();
    const title = svg("title");
    title.textContent = this.#text.distribution;
    chart.append(title);
    buckets.forEach((count, i) => {
      const height = Math.round((count / max) * 80);
      const x = 10 + i * 20;
      const bar = svg("rect", { class: "bar", x, y: 90 - height, width: 16, height, "data-count": count });
      const tip = svg("title");
      tip.textContent = `${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${count}`;
      bar.append(tip);
      const label = svg("text", { x: x + 8, y: 102, "text-anchor": "middle" });
      label.textContent = String(i * 10);
      const value = svg("text", { x: x + 8, y: 88 - height, "text-anchor": "middle" });
      value.textContent = count ? String(count) : "";
      chart.append(bar, label, value);
    });
  }

  #renderColumns() {
    const t = this.#text;
    const columns = [
      ["row", t.row],
      ["id", t.id],
      ["title", t.title],
      ["score", t.score],
      ["level", t.level],
      ["findings", t.findings],
    ];
    this.#ui.head.replaceChildren(
      ...columns.map(([key, label]) => {
        const button = el("button", { type: "button", "data-sort": key }, label);
        button.addEventListener("click", () => {
          this.#sort = { key, direction: this.#sort.key === key ? -this.#sort.direction : 1 };
          this.#renderColumns();
          this.#query();
        });
        const sorted = this.#sort.key === key ? (this.#sort.direction > 0 ? "ascending" : "descending") : "none";
        return el("th", { scope: "col", "aria-sort": sorted }, button);
      }),
    );
  }

  /** The filter or the sort changed: the table starts again from its first row. */
  #query() {
    if (!this.#report) return;
    const ui = this.#ui;
    this.#table.query = {
      level: ui.levelFilter.value,
      text: ui.filter.value.trim(),
      sort: this.#sort.key,
      descending: this.#sort.direction < 0,
    };
    this.#table.total = -1;
    ui.tableWrap.scrollTop = 0;
    this.#fetchWindow(0);
  }

  /** How many rows fit in view, once a row's height is known. */
  #windowSize() {
    const { rowHeight } = this.#table;
    if (!rowHeight) return FIRST_WINDOW;
    return Math.ceil(this.#ui.tableWrap.clientHeight / rowHeight) + 2 * OVERSCAN;
  }

  async #fetchWindow(start) {
    const query = this.#table.query;
    const locale = this.#locale;
    let answer;
    try {
      answer = await this.#ask({ type: "window", query, start, end: start + this.#windowSize(), locale });
    } catch {
      return; // the worker is gone; its failure was reported with the check
    }
    if (this.#table.query !== query || this.#locale !== locale) return; // superseded
    this.#table = { ...this.#table, total: answer.total, start: answer.start, listings: answer.listings };
    this.#draw();
  }

  #scheduleDraw() {
    if (this.#drawScheduled) return;
    this.#drawScheduled = true;
    requestAnimationFrame(() => {
      this.#drawScheduled = false;
      const { rowHeight, start, listings, total } = this.#table;
      if (!rowHeight || total <= 0) return;
      const top = Math.floor(this.#ui.tableWrap.scrollTop / rowHeight);
      const inView = Math.ceil(this.#ui.tableWrap.clientHeight / rowHeight);
      const needed = [Math.max(0, top - OVERSCAN / 2), Math.min(total, top + inView + OVERSCAN / 2)];
      if (needed[0] < start || needed[1] > start + listings.length) this.#fetchWindow(Math.max(0, top - OVERSCAN));
    });
  }

  /** Draws the window's rows; the table's margins stand for the rows above and below not drawn. */
  #draw() {
    const t = this.#text;
    const ui = this.#ui;
    const { total, start, listings } = this.#table;
    const rows = listings.map((l) => {
      const messages = l.findings.map((f) => f.message);
      return el(
        "tr",
        { class: "listing", "data-row": l.row },
        el("td", {}, String(l.row)),
        el("td", {}, l.id ?? ""),
        el("td", { title: l.title ?? "" }, l.title ?? ""),
        el("td", { class: "score" }, String(l.score)),
        el("td", { class: `level-${l.level}` }, t[l.level] ?? l.level),
        el("td", { class: "findings", title: messages.join("\n"), "data-codes": l.findings.map((f) => f.code).join(" ") }, messages.join(" · ")),
      );
    });
    ui.body.replaceChildren(...rows);
    if (!this.#table.rowHeight && rows.length) this.#table.rowHeight = rows[0].getBoundingClientRect().height || 0;
    const height = this.#table.rowHeight;
    // Set through the CSSOM, which a strict Content-Security-Policy allows (style attributes it would not).
    ui.table.style.marginTop = `${start * height}px`;
    ui.table.style.marginBottom = `${Math.max(0, total - start - listings.length) * height}px`;
    ui.shown.textContent = fill(t.shown, { total: total.toLocaleString(this.#locale) });
    // A short first window (the row height was not known yet) is topped up.
    if (listings.length < this.#windowSize() && start + listings.length < total) this.#scheduleDraw();
  }

  async #download() {
    if (!this.#report) return;
    let answer;
    try {
      answer = await this.#ask({ type: "export", locale: this.#locale });
    } catch (error) {
      this.#status(fill(this.#text.failed, { message: error.message }), true);
      return;
    }
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = URL.createObjectURL(answer.blob);
    const link = el("a", { href: this.#downloadUrl, download: "catalog-report.csv" });
    this.shadowRoot.append(link);
    link.click();
    link.remove();
  }
}

if (!customElements.get("og-catalog-check")) customElements.define("og-catalog-check", CatalogCheck);
