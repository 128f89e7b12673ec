// <og-orders-board>: drop or pick an orders export (Ozon's postings report as CSV or XLSX, the Seller
// API's postings JSON, Shopify's orders CSV, any table with a column mapping); it is checked in a Web
// Worker (never uploaded) with a progress bar; then tiles for what needs doing now (overdue, due today,
// addresses to confirm, pickups expiring, the 14-day late-handover share beside the marketplace's
// threshold), a chart of the open orders' deadlines per working day over the next two weeks, a sortable
// and filterable table of orders with their findings and the messages to send (copied with one click),
// and two downloads: every action as CSV, the open orders' deadlines as an iCalendar file.
//
// Attributes: `locale` (else the configuration's, else the nearest `lang`), `worker-src` (URL of
// orders-worker.js), `now` (RFC 3339; default: the browser's clock when a file is checked).
// Properties: `report` (the last report's headline: format, encoding, rows, today, workingDays, summary,
// orderCount, rowErrorCount and the first 500 row errors; the orders stay in the worker, which the
// table asks for the window it draws; or null), `now`, `options` (what the check is given).
// Methods: `check(file)`, `cancel()`.
// Events (bubble, composed): `og-orders-progress` { progress, bytes, total, rows }; `og-orders-change`
// { report, error } once a file is checked (or cancelled: both null).
// Parts: settings, dropzone, progress, tiles, chart, table, downloads. Custom properties: the checkout
// elements' --og-* set (docs/embedding.md).
import { localeOf, sellerConfig, watchConfig } from "./config.js";
import { deadlinesIcs } from "./orders-exports.js";
import { bytesText, el, fill, svg } from "./dom.js";
import { styleSheet } from "./style-sheet.js";

const TEXT = {
  en: {
    drop: "Drop an orders export here (Ozon postings CSV or XLSX, Ozon API JSON, Shopify orders CSV) or choose a file",
    settings: "Your warehouse, format and columns",
    country: "Warehouse country",
    timeZone: "Time zone",
    cutoff: "Daily cutoff",
    handling: "Handling days",
    format: "Format",
    encoding: "Encoding",
    auto: "Detect",
    mapping: "Column mapping (one per line: field = column header)",
    reading: "Checking {name}…",
    progress: "Checking {name}: {bytes} of {total} read…",
    cancel: "Cancel",
    cancelled: "The check of {name} was cancelled.",
    checked: "{orders} orders checked in {rows} rows ({format}, {encoding}); {errors} rows could not be read.",
    failed: "The file could not be checked: {message}",
    overdue: "Overdue",
    dueToday: "Due today",
    addresses: "Addresses to confirm",
    pickups: "Pickups expiring",
    lateShare: "Late handovers, 14 days",
    lateThreshold: "Ozon blocks sales above {share} ({scheme})",
    lateUnknown: "No handovers due in the last 14 days",
    cancelShare: "Seller cancellations, 14 days: {share}",
    cancelUnknown: "Seller cancellations, 14 days: the export does not say who cancelled",
    unverified: "source not verified",
    chart: "Open orders' deadlines per working day, next two weeks",
    chartDay: "{date}: {count}",
    filter: "Filter by order, status or finding",
    level: "Deadline",
    all: "All",
    levels: { overdue: "Overdue", due_today: "Due today", due_next_working_day: "Next working day", on_track: "On track", none: "—" },
    statuses: { open: "Open", shipped: "Shipped", at_pickup_point: "At pickup point", delivered: "Delivered", cancelled: "Cancelled", unknown: "Unknown" },
    actionNames: {
      ship_now: "Ship now",
      confirm_address: "Confirm the address",
      delay_notice: "Delay notice",
      pickup_reminder: "Pickup reminder",
      payment_reminder: "Payment reminder",
      policy_reminder: "Cancellation and returns",
    },
    order: "Order",
    status: "Status",
    shipBy: "Ship by",
    findings: "Findings",
    actions: "Messages",
    sendOn: "send on {date}",
    copy: "Copy",
    copied: "Copied",
    hoursLeft: "{hours} h left",
    hoursOver: "{hours} h over",
    workingDays: "{days} working days left",
    shown: "{shown} of {total} orders shown.",
    rowErrors: "Rows that could not be read ({count})",
    downloadActions: "Download messages (CSV)",
    downloadCalendar: "Deadlines to calendar (.ics)",
    eventSummary: "Ship order {order}",
    eventDescription: "Hand order {order} over to delivery by {deadline}.",
    workerFailed: "The checker could not start in this browser.",
  },
  ru: {
    drop: "Перетащите сюда выгрузку заказов (отчёт об отправлениях Ozon CSV или XLSX, JSON из API Ozon, CSV заказов Shopify) или выберите файл",
    settings: "Ваш склад, формат и колонки",
    country: "Страна склада",
    timeZone: "Часовой пояс",
    cutoff: "Время отсечки",
    handling: "Дней на сборку",
    format: "Формат",
    encoding: "Кодировка",
    auto: "Определить",
    mapping: "Сопоставление колонок (по одному в строке: поле = заголовок колонки)",
    reading: "Проверяем {name}…",
    progress: "Проверяем {name}: прочитано {bytes} из {total}…",
    cancel: "Отменить",
    cancelled: "Проверка файла {name} отменена.",
    checked: "Проверено заказов: {orders} в {rows} строках ({format}, {encoding}); не прочитано строк: {errors}.",
    failed: "Файл не проверен: {message}",
    overdue: "Просрочено",
    dueToday: "Срок сегодня",
    addresses: "Адреса на подтверждение",
    pickups: "Истекает хранение",
    lateShare: "Опоздания с передачей, 14 дней",
    lateThreshold: "Ozon блокирует продажи выше {share} ({scheme})",
    lateUnknown: "За 14 дней не было отправлений к передаче",
    cancelShare: "Отмены по вине продавца, 14 дней: {share}",
    cancelUnknown: "Отмены по вине продавца, 14 дней: в выгрузке не сказано, кто отменил",
    unverified: "источник не подтверждён",
    chart: "Сроки отгрузки открытых заказов по рабочим дням, две недели",
    chartDay: "{date}: {count}",
    filter: "Фильтр по заказу, статусу или замечанию",
    level: "Срок",
    all: "Все",
    levels: { overdue: "Просрочено", due_today: "Сегодня", due_next_working_day: "Следующий рабочий день", on_track: "В срок", none: "—" },
    statuses: { open: "Открыт", shipped: "Отправлен", at_pickup_point: "В пункте выдачи", delivered: "Доставлен", cancelled: "Отменён", unknown: "Неизвестно" },
    actionNames: {
      ship_now: "Отгрузить сейчас",
      confirm_address: "Подтвердить адрес",
      delay_notice: "Сообщить о задержке",
      pickup_reminder: "Напомнить забрать",
      payment_reminder: "Напомнить об оплате",
      policy_reminder: "Отмена и возврат",
    },
    order: "Заказ",
    status: "Статус",
    shipBy: "Отгрузить до",
    findings: "Замечания",
    actions: "Сообщения",
    sendOn: "отправить {date}",
    copy: "Копировать",
    copied: "Скопировано",
    hoursLeft: "осталось {hours} ч",
    hoursOver: "просрочено на {hours} ч",
    workingDays: "рабочих дней осталось: {days}",
    shown: "Показано заказов: {shown} из {total}.",
    rowErrors: "Непрочитанные строки ({count})",
    downloadActions: "Скачать сообщения (CSV)",
    downloadCalendar: "Сроки в календарь (.ics)",
    eventSummary: "Отгрузить заказ {order}",
    eventDescription: "Передайте заказ {order} в доставку до {deadline}.",
    workerFailed: "Проверка не запустилась в этом браузере.",
  },
  zh: {
    drop: "将订单导出文件（Ozon 发货单 CSV 或 XLSX、Ozon API JSON、Shopify 订单 CSV）拖到这里，或选择文件",
    settings: "您的仓库、格式和列",
    country: "仓库所在国家",
    timeZone: "时区",
    cutoff: "每日截单时间",
    handling: "备货工作日",
    format: "格式",
    encoding: "编码",
    auto: "自动检测",
    mapping: "列映射（每行一个：字段 = 列标题）",
    reading: "正在检查 {name}…",
    progress: "正在检查 {name}：已读取 {bytes} / {total}…",
    cancel: "取消",
    cancelled: "已取消对 {name} 的检查。",
    checked: "已检查 {orders} 个订单，共 {rows} 行（{format}，{encoding}）；{errors} 行无法读取。",
    failed: "无法检查该文件：{message}",
    overdue: "已逾期",
    dueToday: "今天到期",
    addresses: "待确认地址",
    pickups: "自提即将到期",
    lateShare: "14 天内延迟交运",
    lateThreshold: "超过 {share} Ozon 将暂停销售（{scheme}）",
    lateUnknown: "过去 14 天没有到期的交运",
    cancelShare: "14 天内卖家原因取消：{share}",
    cancelUnknown: "14 天内卖家原因取消：导出未注明取消方",
    unverified: "来源未核实",
    chart: "未来两周每个工作日到期的未发货订单",
    chartDay: "{date}：{count}",
    filter: "按订单、状态或问题筛选",
    level: "期限",
    all: "全部",
    levels: { overdue: "已逾期", due_today: "今天", due_next_working_day: "下一个工作日", on_track: "正常", none: "—" },
    statuses: { open: "待发货", shipped: "已发货", at_pickup_point: "在自提点", delivered: "已送达", cancelled: "已取消", unknown: "未知" },
    actionNames: {
      ship_now: "立即发货",
      confirm_address: "确认地址",
      delay_notice: "延迟通知",
      pickup_reminder: "取件提醒",
      payment_reminder: "付款提醒",
      policy_reminder: "取消与退货",
    },
    order: "订单",
    status: "状态",
    shipBy: "发货期限",
    findings: "问题",
    actions: "消息",
    sendOn: "{date} 发送",
    copy: "复制",
    copied: "已复制",
    hoursLeft: "剩余 {hours} 小时",
    hoursOver: "已超 {hours} 小时",
    workingDays: "剩余 {days} 个工作日",
    shown: "显示 {total} 个订单中的 {shown} 个。",
    rowErrors: "无法读取的行（{count}）",
    downloadActions: "下载消息（CSV）",
    downloadCalendar: "期限导入日历（.ics）",
    eventSummary: "发货订单 {order}",
    eventDescription: "请在 {deadline} 前将订单 {order} 交运。",
    workerFailed: "检查器无法在此浏览器中启动。",
  },
};

const FORMATS = ["auto", "ozon-csv", "ozon-xlsx", "ozon-api-json", "shopify-csv", "csv", "json"];
const ENCODINGS = ["auto", "utf-8", "utf-16le", "utf-16be", "windows-1251", "gbk", "gb18030", "big5"];
const COUNTRIES = ["CN", "RU", "KZ", "BY", "DE", "BR"];
const LEVELS = ["overdue", "due_today", "due_next_working_day", "on_track", "none"];
/** The most table rows drawn; the filter narrows a larger board. */
const MAX_ROWS = 300;
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
button { font: inherit; cursor: pointer; }
progress { width: 100%; height: 1rem; margin-top: .8rem; accent-color: var(--og-accent, #2456d6); }
.status { min-height: 1.4em; margin: .6rem 0; }
.status.error { color: var(--og-error, #b3261e); }
.controls { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; margin: .8rem 0; }
.controls label, details > label { display: flex; flex-direction: column; font-size: .85rem; gap: .2rem; }
details > label { max-width: 30rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.tile { border: 1px solid var(--og-border, #b8c0cc); border-radius: var(--og-radius, .4rem); padding: .6rem .7rem; background: var(--og-panel-bg, #fff); }
.tile .value { display: block; font-size: 1.9rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.tile .label { font-size: .9rem; }
.tile .note { display: block; font-size: .8rem; color: var(--og-muted, #4a5366); margin-top: .2rem; }
.tile.alert .value { color: var(--og-error, #b3261e); }
.tile.warn .value { color: var(--og-warning, #8a5a00); }
.cancel-share { font-size: .9rem; margin: 0 0 .8rem; }
svg { width: 100%; height: auto; max-height: 10rem; }
svg .bar { fill: var(--og-accent, #2456d6); }
svg .bar.today { fill: var(--og-warning, #8a5a00); }
svg text { font-size: 8px; fill: currentColor; }
figure { margin: 0 0 1rem; }
figcaption { font-size: .9rem; font-weight: 600; margin-bottom: .3rem; }
input[type=search] { min-width: 16rem; }
.table-wrap { overflow: auto; max-height: var(--og-table-height, 40rem); border-bottom: 1px solid var(--og-border, #b8c0cc); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--og-border, #b8c0cc); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--og-panel-bg, #fff); z-index: 1; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: inherit; }
td ul { margin: 0; padding-left: 1rem; }
.level-overdue { color: var(--og-error, #b3261e); font-weight: 600; }
.level-due_today, .level-due_next_working_day { color: var(--og-warning, #8a5a00); font-weight: 600; }
.severity-error { color: var(--og-error, #b3261e); }
.severity-warning { color: var(--og-warning, #8a5a00); }
.action { margin-bottom: .3rem; }
.action p { margin: .2rem 0; white-space: pre-wrap; max-width: 32rem; }
.action button { padding: .15rem .5rem; border-radius: var(--og-radius, .4rem); border: 1px solid var(--og-accent, #2456d6);
  background: var(--og-panel-bg, #fff); color: var(--og-accent, #2456d6); }
.muted { color: var(--og-muted, #4a5366); font-size: .85rem; }
.downloads { display: flex; gap: .6rem; flex-wrap: wrap; margin: .8rem 0; }
.downloads button, .cancel { padding: .4rem .8rem; border-radius: var(--og-radius, .4rem); border: 0;
  background: var(--og-accent, #2456d6); color: var(--og-accent-text, #fff); }
.cancel { margin-top: .5rem; background: var(--og-panel-bg, #fff); color: inherit; border: 1px solid var(--og-border, #b8c0cc); }
[hidden] { display: none !important; }
`;

const percent = (share, locale) => share.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });

/**
 * An order's deadline as the seller reads it: the wall time on the seller's clock, not the browser's;
 * a deadline at midnight is the end of the day before, written as that date (`shipByDay`) alone.
 */
function wallTime({ shipBy, shipByDay }) {
  if (!shipBy) return "";
  return shipBy.slice(11, 16) === "00:00" ? shipByDay : shipBy.slice(0, 16).replace("T", " ");
}

export class OrdersBoard extends HTMLElement {
  static observedAttributes = ["locale"];

  #report = null;
  /** The check the shown report comes from, and the orders the table draws now. */
  #reportId = 0;
  #shown = [];
  /** The table's question in flight, and whether the filter or sort changed since it was asked. */
  #viewing = null;
  #viewAgain = false;
  /** The element was moved while it had a file: it is checked again once connected. */
  #resume = false;
  /** Questions to the worker waiting for their answer, by request id. */
  #pending = new Map();
  #worker = null;
  #busy = false;
  #request = 0;
  #checking = 0;
  #file = null;
  #now = null;
  #sort = { key: "level", direction: 1 };
  #filterTimer = 0;
  #unwatch = null;
  #ui;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet(STYLE)];
    this.#ui = this.#build(root);
  }

  get report() {
    return this.#report;
  }

  get now() {
    return this.#now ?? this.getAttribute("now");
  }

  set now(value) {
    this.#now = value || null;
  }

  get options() {
    const mapping = {};
    for (const line of this.#ui.mapping.value.split("\n")) {
      const [field, ...header] = line.split("=");
      if (field.trim() && header.join("=").trim()) mapping[field.trim()] = header.join("=").trim();
    }
    const handling = this.#ui.handling.value.trim() === "" ? NaN : Number(this.#ui.handling.value);
    return {
      now: this.now || new Date().toISOString(),
      seller: {
        country: this.#ui.country.value,
        timeZone: this.#ui.timeZone.value.trim(),
        cutoff: this.#ui.cutoff.value || undefined,
        handlingDays: Number.isInteger(handling) && handling >= 0 ? handling : undefined,
      },
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
    this.#seedSettings();
    this.#relabel();
    if (this.#resume) {
      this.#resume = false;
      this.#recheck();
    }
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
    // The worker, and the report it holds, go with the page's hold on this element.
    this.#resume = Boolean(this.#file) && (this.#busy || this.#report !== null);
    this.#dropWorker();
  }

  /** Checks a File (or Blob) in the worker; the board of the last file is put away meanwhile. */
  check(file) {
    if (this.#busy) this.#worker?.postMessage({ type: "cancel", check: this.#checking });
    this.#clearReport();
    this.#file = file;
    this.#busy = true;
    this.#worker ??= this.#spawn();
    const id = ++this.#request;
    this.#checking = id;
    this.#ui.progress.hidden = false;
    this.#ui.progress.value = 0;
    this.#ui.cancel.hidden = false;
    this.#status(fill(this.#text.reading, { name: file.name ?? "" }));
    this.#worker.postMessage({ id, type: "check", file, options: this.options });
  }

  cancel() {
    if (this.#busy) this.#worker?.postMessage({ type: "cancel", check: this.#checking });
  }

  /** The warehouse settings from the shared configuration (the checkout's `origin`), else this browser's zone. */
  #seedSettings() {
    if (this.#ui.timeZone.value) return;
    const origin = sellerConfig().origin ?? {};
    const country = String(origin.country ?? "CN").toUpperCase();
    if (!COUNTRIES.includes(country)) this.#ui.country.append(el("option", { value: country }, country));
    this.#ui.country.value = country;
    this.#ui.timeZone.value = origin.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
    this.#ui.cutoff.value = origin.cutoff ?? "14:00";
    const handling = origin.handlingDays;
    this.#ui.handling.value = String(typeof handling === "object" ? handling?.max ?? 2 : handling ?? 2);
  }

  #spawn() {
    const src = this.getAttribute("worker-src") || new URL("../orders-worker.js", import.meta.url);
    const worker = new Worker(src, { type: "module" });
    worker.onmessage = ({ data }) => {
      if (worker === this.#worker) this.#receive(data);
    };
    worker.onerror = (event) => {
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
    // Questions about a report that went with the worker have no answer: they come back empty.
    for (const { resolve } of this.#pending.values()) resolve({ type: "stale" });
    this.#pending.clear();
  }

  #clearReport() {
    this.#report = null;
    this.#reportId = 0;
    this.#shown = [];
    this.#ui.body.replaceChildren();
    this.#ui.board.hidden = true;
  }

  /** Asks the worker about the shown report; resolves to its answer, or null once another report is shown. */
  #ask(type, details = {}) {
    if (!this.#worker || !this.#report) return Promise.resolve(null);
    const id = ++this.#request;
    const check = this.#reportId;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, type, check, options: { locale: this.#locale }, ...details });
    }).then((answer) => (answer.type === "stale" || check !== this.#reportId ? null : answer));
  }

  #receive(data) {
    const asked = this.#pending.get(data.id);
    if (asked) {
      this.#pending.delete(data.id);
      if (data.type === "error") asked.reject(Object.assign(new Error(data.message), { code: data.code }));
      else asked.resolve(data);
      return;
    }
    if (data.id !== this.#checking) return;
    if (data.type === "progress") {
      const { progress, bytes, total, rows } = data;
      this.#ui.progress.value = progress;
      const locale = this.#locale;
      this.#status(fill(this.#text.progress, { name: this.#file?.name ?? "", bytes: bytesText(bytes, locale), total: bytesText(total, locale) }));
      this.#emit("og-orders-progress", { progress, bytes, total, rows });
      return;
    }
    this.#finish(data);
  }

  #finish(data) {
    this.#busy = false;
    this.#ui.cancel.hidden = true;
    this.#ui.progress.value = 1;
    if (data.type === "done") {
      this.#report = data.report;
      this.#reportId = data.id;
      this.#shown = [];
      // The event follows the table's first rows, which the worker sends after its headline.
      this.#renderReport().finally(() => this.#emit("og-orders-change", { report: data.report, error: null }));
      return;
    }
    this.#clearReport();
    if (data.type === "cancelled") {
      this.#ui.progress.hidden = true;
      this.#status(fill(this.#text.cancelled, { name: this.#file?.name ?? "" }));
      this.#emit("og-orders-change", { report: null, error: null });
      return;
    }
    if (data.code === "internal_error") this.#dropWorker();
    this.#status(fill(this.#text.failed, { message: data.message }), true);
    this.#emit("og-orders-change", { report: null, error: Object.assign(new Error(data.message), { code: data.code, field: data.field }) });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #recheck() {
    if (this.#file) this.check(this.#file);
  }

  #status(text, error = false) {
    this.#ui.statusLine.textContent = text;
    this.#ui.statusLine.classList.toggle("error", error);
  }

  #build(root) {
    const ui = {};
    const field = (name, control) => {
      ui[`${name}Label`] = el("span");
      return el("label", {}, ui[`${name}Label`], control);
    };
    ui.country = el("select", { id: "country" }, ...COUNTRIES.map((c) => el("option", { value: c }, c)));
    ui.timeZone = el("input", { id: "time-zone", type: "text", size: "18", spellcheck: "false" });
    ui.cutoff = el("input", { id: "cutoff", type: "time" });
    ui.handling = el("input", { id: "handling", type: "number", min: "0", max: "60", step: "1" });
    ui.format = el("select", { id: "format" });
    ui.encoding = el("select", { id: "encoding" });
    ui.mapping = el("textarea", { id: "mapping", rows: "3", cols: "40", placeholder: "ship_by = Отгрузить до" });
    ui.settingsSummary = el("summary");
    ui.settings = el(
      "details",
      { part: "settings" },
      ui.settingsSummary,
      el(
        "div",
        { class: "controls" },
        field("country", ui.country),
        field("timeZone", ui.timeZone),
        field("cutoff", ui.cutoff),
        field("handling", ui.handling),
        field("format", ui.format),
        field("encoding", ui.encoding),
      ),
      field("mapping", ui.mapping),
    );
    ui.input = el("input", { type: "file", id: "file", accept: ".csv,.tsv,.txt,.xlsx,.json" });
    ui.dropLabel = el("label", { for: "file" });
    ui.drop = el("div", { class: "drop", part: "dropzone" }, ui.dropLabel, ui.input);
    ui.progress = el("progress", { max: "1", value: "0", part: "progress", hidden: "" });
    ui.statusLine = el("p", { class: "status", role: "status", "aria-live": "polite" });
    ui.cancel = el("button", { type: "button", class: "cancel", hidden: "" });

    ui.tiles = el("div", { class: "tiles", part: "tiles" });
    ui.cancelShare = el("p", { class: "cancel-share" });
    ui.chartCaption = el("figcaption", { id: "chart-caption" });
    ui.chart = svg("svg", { viewBox: "0 0 280 100", role: "img", "aria-labelledby": "chart-caption", part: "chart" });
    ui.downloadActions = el("button", { type: "button", "data-download": "actions" });
    ui.downloadCalendar = el("button", { type: "button", "data-download": "calendar" });
    ui.downloads = el("div", { class: "downloads", part: "downloads" }, ui.downloadActions, ui.downloadCalendar);
    ui.search = el("input", { type: "search", id: "search" });
    ui.level = el("select", { id: "level" });
    ui.controls = el("div", { class: "controls" }, field("filter", ui.search), field("levelFilter", ui.level));
    ui.head = el("tr");
    ui.body = el("tbody");
    ui.table = el("div", { class: "table-wrap", part: "table" }, el("table", {}, el("thead", {}, ui.head), ui.body));
    ui.shown = el("p", { class: "muted" });
    ui.errorsTitle = el("summary");
    ui.errorList = el("ul");
    ui.errors = el("details", { class: "row-errors", hidden: "" }, ui.errorsTitle, ui.errorList);
    ui.board = el(
      "section",
      { class: "board", hidden: "" },
      ui.tiles,
      ui.cancelShare,
      el("figure", {}, ui.chartCaption, ui.chart),
      ui.downloads,
      ui.controls,
      ui.table,
      ui.shown,
      ui.errors,
    );
    root.append(ui.settings, ui.drop, ui.progress, ui.cancel, ui.statusLine, ui.board);

    ui.input.addEventListener("change", () => {
      const [file] = ui.input.files;
      if (file) this.check(file);
    });
    ui.drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      ui.drop.classList.add("over");
    });
    ui.drop.addEventListener("dragleave", () => ui.drop.classList.remove("over"));
    ui.drop.addEventListener("drop", (event) => {
      event.preventDefault();
      ui.drop.classList.remove("over");
      const [file] = event.dataTransfer.files;
      if (file) this.check(file);
    });
    ui.cancel.addEventListener("click", () => this.cancel());
    for (const control of [ui.country, ui.timeZone, ui.cutoff, ui.handling, ui.format, ui.encoding, ui.mapping]) {
      control.addEventListener("change", () => this.#recheck());
    }
    ui.search.addEventListener("input", () => {
      clearTimeout(this.#filterTimer);
      this.#filterTimer = setTimeout(() => this.#renderTable(), FILTER_DELAY_MS);
    });
    ui.level.addEventListener("change", () => this.#renderTable());
    ui.head.addEventListener("click", (event) => {
      const key = event.target.closest("button[data-sort]")?.dataset.sort;
      if (!key) return;
      this.#sort = { key, direction: this.#sort.key === key ? -this.#sort.direction : 1 };
      this.#renderTable();
    });
    ui.body.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-copy]");
      if (button) this.#copy(button);
    });
    ui.downloadActions.addEventListener("click", () => this.#download("actions"));
    ui.downloadCalendar.addEventListener("click", () => this.#download("calendar"));
    return ui;
  }

  #relabel() {
    const text = this.#text;
    const ui = this.#ui;
    ui.settingsSummary.textContent = text.settings;
    for (const name of ["country", "timeZone", "cutoff", "handling", "format", "encoding", "mapping", "filter"]) ui[`${name}Label`].textContent = text[name];
    ui.levelFilterLabel.textContent = text.level;
    ui.dropLabel.textContent = text.drop;
    ui.cancel.textContent = text.cancel;
    ui.search.placeholder = text.filter;
    const fillSelect = (select, values, label) => {
      const chosen = select.value || values[0];
      select.replaceChildren(...values.map((v) => el("option", { value: v }, label(v))));
      select.value = chosen;
    };
    fillSelect(ui.format, FORMATS, (v) => (v === "auto" ? text.auto : v));
    fillSelect(ui.encoding, ENCODINGS, (v) => (v === "auto" ? text.auto : v));
    fillSelect(ui.level, ["all", ...LEVELS], (v) => (v === "all" ? text.all : text.levels[v]));
    ui.downloadActions.textContent = text.downloadActions;
    ui.downloadCalendar.textContent = text.downloadCalendar;
    ui.chartCaption.textContent = text.chart;
    if (this.#report) this.#renderReport();
  }

  /** Draws the shown report; resolves once its table is drawn. */
  #renderReport() {
    const report = this.#report;
    this.#ui.board.hidden = !report;
    if (!report) return Promise.resolve();
    const text = this.#text;
    const locale = this.#locale;
    this.#status(
      fill(text.checked, {
        orders: report.summary.orders.toLocaleString(locale),
        rows: report.rows.toLocaleString(locale),
        format: report.format,
        encoding: report.encoding ?? "xlsx",
        errors: report.rowErrorCount.toLocaleString(locale),
      }),
    );
    this.#renderTiles();
    this.#renderChart();
    this.#renderErrors();
    return this.#renderTable();
  }

  #renderTiles() {
    const { summary } = this.#report;
    const text = this.#text;
    const locale = this.#locale;
    const tile = (name, value, label, alert, note) =>
      el(
        "div",
        { class: `tile${alert ? ` ${alert}` : ""}`, "data-tile": name },
        el("span", { class: "value" }, value),
        el("span", { class: "label" }, label),
        ...(note ? [el("span", { class: "note" }, note)] : []),
      );
    const late = summary.lateHandoverShare14d;
    // The report does not say whether the seller ships FBS or rFBS: both schemes' sales blocks are shown.
    const blocks = summary.thresholds.filter((t) => t.metric === "late_handover_share" && t.level === "block");
    const lateNote = blocks
      .map((t) => fill(text.lateThreshold, { share: percent(t.share, locale), scheme: t.scheme.toUpperCase() }) + (t.verified ? "" : ` (${text.unverified})`))
      .join("; ");
    const blocked = blocks.some((t) => t.reached);
    this.#ui.tiles.replaceChildren(
      tile("overdue", summary.overdue.toLocaleString(locale), text.overdue, summary.overdue ? "alert" : ""),
      tile("due-today", summary.dueToday.toLocaleString(locale), text.dueToday, summary.dueToday ? "warn" : ""),
      tile("addresses", summary.addressesToConfirm.toLocaleString(locale), text.addresses, summary.addressesToConfirm ? "warn" : ""),
      tile("pickups", summary.pickupsExpiring.toLocaleString(locale), text.pickups, summary.pickupsExpiring ? "warn" : ""),
      late === null
        ? tile("late-share", "—", text.lateShare, "", text.lateUnknown)
        : tile("late-share", percent(late, locale), text.lateShare, blocked ? "alert" : "", lateNote),
    );
    const cancelled = summary.sellerCancellationShare14d;
    this.#ui.cancelShare.textContent = cancelled === null ? text.cancelUnknown : fill(text.cancelShare, { share: percent(cancelled, locale) });
  }

  /**
   * Open orders by the working day they must leave on, over the next two weeks of the seller's calendar
   * (the report's `workingDays`, counted by the report: `summary.deadlinesPerDay`).
   */
  #renderChart() {
    const { today, workingDays, summary } = this.#report;
    const perDay = summary.deadlinesPerDay;
    const max = Math.max(1, ...perDay);
    const width = 280 / workingDays.length;
    const text = this.#text;
    const nodes = workingDays.flatMap((day, i) => {
      const count = perDay[i] ?? 0;
      const height = (count / max) * 70;
      const bar = svg("rect", {
        class: day === today ? "bar today" : "bar",
        x: i * width + 2,
        y: 80 - height,
        width: width - 4,
        height: Math.max(height, 0.5),
        "data-date": day,
        "data-count": count,
      });
      const title = svg("title");
      title.textContent = fill(text.chartDay, { date: day, count });
      bar.append(title);
      const label = svg("text", { x: i * width + width / 2, y: 92, "text-anchor": "middle" });
      label.textContent = day.slice(8, 10);
      const value = svg("text", { x: i * width + width / 2, y: 78 - height, "text-anchor": "middle" });
      value.textContent = count ? String(count) : "";
      return [bar, label, value];
    });
    this.#ui.chart.replaceChildren(...nodes);
  }

  /** The table's filter and sort as the worker's report reads them. */
  #query() {
    const text = this.#ui.search.value.trim().toLowerCase();
    // Statuses are matched by the board's own names for them, which the report does not know.
    const statuses = Object.entries(this.#text.statuses)
      .filter(([, name]) => text && name.toLowerCase().includes(text))
      .map(([status]) => status);
    return { level: this.#ui.level.value, text, statuses, sort: this.#sort.key, descending: this.#sort.direction < 0 };
  }

  /**
   * Asks the worker for the rows the filter and sort give, then draws them; resolves once drawn. One
   * question is in flight at a time: a change meanwhile is asked for when its answer is in (the table
   * is `aria-busy` until the last one is drawn).
   */
  #renderTable() {
    if (!this.#report) return Promise.resolve();
    this.#drawHead();
    this.#ui.table.setAttribute("aria-busy", "true");
    this.#viewAgain = true;
    this.#viewing ??= this.#askViews().finally(() => {
      this.#viewing = null;
      this.#ui.table.removeAttribute("aria-busy");
    });
    return this.#viewing;
  }

  async #askViews() {
    while (this.#viewAgain && this.#report) {
      this.#viewAgain = false;
      const view = await this.#ask("view", { query: this.#query(), limit: MAX_ROWS }).catch((error) => {
        this.#failedAnswer(error);
        return null;
      });
      if (view && !this.#viewAgain) {
        this.#shown = view.orders;
        this.#drawRows(view.total);
      }
    }
  }

  /**
   * A question the worker could not answer. After a trap its memory, and the report in it, is lost: the
   * worker is replaced and the board says the file could not be checked, as for a trap while checking.
   */
  #failedAnswer(error) {
    if (error.code === "internal_error") {
      this.#dropWorker();
      this.#finish({ type: "error", code: "internal_error", field: "", message: error.message });
      return;
    }
    this.#status(fill(this.#text.failed, { message: error.message }), true);
  }

  #drawHead() {
    const text = this.#text;
    const header = (key, label) => {
      const sorted = this.#sort.key === key;
      return el(
        "th",
        { scope: "col", "aria-sort": sorted ? (this.#sort.direction > 0 ? "ascending" : "descending") : null },
        el("button", { type: "button", "data-sort": key }, label),
      );
    };
    this.#ui.head.replaceChildren(
      header("order", text.order),
      header("status", text.status),
      header("shipBy", text.shipBy),
      header("level", text.level),
      el("th", { scope: "col" }, text.findings),
      el("th", { scope: "col" }, text.actions),
    );
  }

  #drawRows(total) {
    const text = this.#text;
    const locale = this.#locale;
    const rows = this.#shown.map((order) => {
      const levelText = text.levels[order.deadline.level] + this.#timeLeft(order.deadline);
      const findings = el(
        "ul",
        {},
        ...order.findings.map((f) => el("li", { class: `severity-${f.severity}`, "data-code": f.code }, f.message)),
      );
      const actions = el(
        "ul",
        {},
        ...order.actions.map((action, i) =>
          el(
            "li",
            { class: "action", "data-action": action.code },
            el("strong", {}, text.actionNames[action.code] ?? action.code),
            " ",
            el("span", { class: "muted" }, `${fill(text.sendOn, { date: action.sendOn })} · ${action.language}`),
            el("p", { lang: action.language }, action.message),
            el("button", { type: "button", "data-copy": `${order.id}\u0000${i}` }, text.copy),
          ),
        ),
      );
      return el(
        "tr",
        { "data-id": order.id },
        el("td", {}, order.orderNumber ?? order.id, ...(order.orderNumber ? [el("br"), el("span", { class: "muted" }, order.id)] : [])),
        el("td", {}, text.statuses[order.status] ?? order.status, ...(order.statusLabel ? [el("br"), el("span", { class: "muted" }, order.statusLabel)] : [])),
        el("td", {}, wallTime(order)),
        el("td", { class: `level-${order.deadline.level}` }, levelText),
        el("td", {}, findings),
        el("td", {}, actions),
      );
    });
    this.#ui.body.replaceChildren(...rows);
    this.#ui.shown.textContent = fill(text.shown, { shown: rows.length.toLocaleString(locale), total: total.toLocaleString(locale) });
  }

  /** Hours for a deadline today or past, working days for one further off. */
  #timeLeft({ level, hoursLeft, workingDaysLeft }) {
    const text = this.#text;
    const locale = this.#locale;
    if (level === "none" || hoursLeft === undefined) return "";
    if (level === "overdue") return ` · ${fill(text.hoursOver, { hours: Math.abs(hoursLeft).toLocaleString(locale) })}`;
    if (level === "due_today") return ` · ${fill(text.hoursLeft, { hours: hoursLeft.toLocaleString(locale) })}`;
    return ` · ${fill(text.workingDays, { days: workingDaysLeft.toLocaleString(locale) })}`;
  }

  #renderErrors() {
    const { rowErrors, rowErrorCount } = this.#report;
    this.#ui.errors.hidden = rowErrorCount === 0;
    this.#ui.errorsTitle.textContent = fill(this.#text.rowErrors, { count: rowErrorCount });
    this.#ui.errorList.replaceChildren(...rowErrors.map((e) => el("li", { "data-line": e.line }, e.message)));
  }

  async #copy(button) {
    const [id, index] = button.dataset.copy.split("\u0000");
    const action = this.#shown.find((o) => o.id === id)?.actions[Number(index)];
    if (!action) return;
    try {
      await navigator.clipboard.writeText(action.message);
      button.textContent = this.#text.copied;
      setTimeout(() => (button.textContent = this.#text.copy), 2000);
    } catch {
      // No clipboard permission: select the text so that the seller can copy it by hand.
      const paragraph = button.previousElementSibling;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  /** The actions CSV (written by the worker's report) or the deadlines' calendar, as a download. */
  async #download(kind) {
    const report = this.#report;
    if (!report) return;
    const text = this.#text;
    let answer;
    try {
      answer = await this.#ask(kind === "actions" ? "actions" : "deadlines");
    } catch (error) {
      this.#failedAnswer(error);
      return;
    }
    if (!answer) return;
    const [content, type, extension] =
      kind === "actions"
        ? [answer.csv, "text/csv;charset=utf-8", "csv"]
        : [
            deadlinesIcs(answer.deadlines, this.options.now, (deadline) => {
              const number = deadline.orderNumber ?? deadline.id;
              return {
                summary: fill(text.eventSummary, { order: number }),
                description: fill(text.eventDescription, { order: number, deadline: wallTime(deadline) }),
              };
            }),
            "text/calendar;charset=utf-8",
            "ics",
          ];
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = el("a", { href: url, download: `orderguard-${kind}-${report.today}.${extension}` });
    this.shadowRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

}

if (!customElements.get("og-orders-board")) customElements.define("og-orders-board", OrdersBoard);
