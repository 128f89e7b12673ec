// <og-listing-check>: a form for one marketplace listing that checks it as the seller types and shows the
// score as a gauge and the findings, grouped by severity, each with its fix hint.
//
//   <og-listing-check profile="ozon" locale="ru"></og-listing-check>
//
// Attributes: `locale` (else the configuration's, else the nearest `lang`, followed live), `profile`
// ("ozon" | "generic").
// Properties: `listing` (the listing the form describes; set it to fill the form), `report` (the last
// result of checkListing), `profile`.
// Event: `og-listing-change` (bubbles, composed) with `detail: { listing, report, error }` after each
// check; `error` (an Error with `code` and `field`) when the input could not be checked, else null.
// Parts: `form`, `report`, `gauge`, `findings`, `status`. Custom properties: the checkout elements' --og-*
// set (docs/embedding.md) and --og-ok for a good score. User text reaches the page only through
// textContent and attributes.
import { localeOf, watchConfig } from "./config.js";
import { loadSeller, sellerRuntime } from "./runtime.js";
import { styleSheet } from "./style-sheet.js";

export { loadSeller };

const TEXT = {
  en: {
    basics: "Product", title: "Title", category: "Category", brand: "Brand", description: "Description",
    prices: "Price", price: "Price", oldPrice: "Old price (crossed out)", currency: "Currency",
    media: "Photos and video", images: "Photo URLs, one per line, optionally with the size: https://…/1.jpg 1200x1600",
    video: "Video URL", attributes: "Attributes", color: "Colour", sizes: "Sizes (comma-separated)",
    sizeChart: "Size chart and how to measure", material: "Material", care: "Care", gender: "For whom",
    dimensions: "Dimensions (length × width × height)", weight: "Weight", includedItems: "What is included (comma-separated)",
    voltage: "Voltage", plugType: "Plug type", warranty: "Warranty", other: "More attributes (JSON object)",
    logistics: "Delivery and returns", shipping: "Shipping", returns: "Returns",
    profile: "Marketplace", paste: "Paste a listing as JSON", fill: "Fill the form",
    score: "Listing score", checkedAs: "Checked as {category}, {profile} rules",
    low: "Low", standard: "Standard", high: "High",
    error: "Errors", warning: "Warnings", info: "Suggestions", none: "Nothing to fix. The listing is complete.",
    notNumber: "Enter a number.", notJson: "Not a JSON object; ignored.", loading: "Loading the checker…",
    field: "Field", categoryAuto: "apparel, shoes, electronics, home, beauty, toys…",
  },
  ru: {
    basics: "Товар", title: "Название", category: "Категория", brand: "Бренд", description: "Описание",
    prices: "Цена", price: "Цена", oldPrice: "Цена до скидки (зачёркнутая)", currency: "Валюта",
    media: "Фото и видео", images: "Ссылки на фото, по одной в строке, можно с размером: https://…/1.jpg 1200x1600",
    video: "Ссылка на видео", attributes: "Характеристики", color: "Цвет", sizes: "Размеры (через запятую)",
    sizeChart: "Таблица размеров и как снять мерки", material: "Материал", care: "Уход", gender: "Для кого",
    dimensions: "Габариты (длина × ширина × высота)", weight: "Вес", includedItems: "Комплектация (через запятую)",
    voltage: "Напряжение", plugType: "Тип вилки", warranty: "Гарантия", other: "Другие характеристики (объект JSON)",
    logistics: "Доставка и возврат", shipping: "Доставка", returns: "Возврат",
    profile: "Площадка", paste: "Вставить товар в формате JSON", fill: "Заполнить форму",
    score: "Оценка карточки", checkedAs: "Проверено как {category}, правила {profile}",
    low: "Низкая", standard: "Средняя", high: "Высокая",
    error: "Ошибки", warning: "Предупреждения", info: "Советы", none: "Исправлять нечего. Карточка заполнена.",
    notNumber: "Введите число.", notJson: "Это не объект JSON; не учитывается.", loading: "Загрузка проверки…",
    field: "Поле", categoryAuto: "apparel, shoes, electronics, home, beauty, toys…",
  },
  zh: {
    basics: "商品", title: "标题", category: "类目", brand: "品牌", description: "描述",
    prices: "价格", price: "价格", oldPrice: "原价（划线价）", currency: "币种",
    media: "图片和视频", images: "图片链接，每行一个，可附尺寸：https://…/1.jpg 1200x1600",
    video: "视频链接", attributes: "属性", color: "颜色", sizes: "尺码（逗号分隔）",
    sizeChart: "尺码表及测量方法", material: "材质", care: "洗护", gender: "适用人群",
    dimensions: "尺寸（长 × 宽 × 高）", weight: "重量", includedItems: "包装清单（逗号分隔）",
    voltage: "电压", plugType: "插头类型", warranty: "保修", other: "其他属性（JSON 对象）",
    logistics: "配送和退货", shipping: "配送", returns: "退货",
    profile: "平台", paste: "粘贴 JSON 格式的商品", fill: "填写表单",
    score: "商品评分", checkedAs: "按 {category} 类目、{profile} 规则检查",
    low: "低", standard: "中", high: "高",
    error: "错误", warning: "警告", info: "建议", none: "无需修改，商品信息完整。",
    notNumber: "请输入数字。", notJson: "不是 JSON 对象，已忽略。", loading: "正在加载检查器…",
    field: "字段", categoryAuto: "apparel, shoes, electronics, home, beauty, toys…",
  },
};

const CATEGORIES = ["apparel", "shoes", "electronics", "home", "beauty", "toys", "generic"];
const SEVERITIES = ["error", "warning", "info"];
const DEBOUNCE_MS = 200;

// The form: [group, [[field path, kind, options]]]. Field paths are the listing's own (camelCase), so a
// finding's `field` leads straight to its input.
const FORM = [
  ["basics", [["title", "text"], ["category", "category"], ["brand", "text"], ["description", "textarea"]]],
  ["prices", [["price", "number"], ["oldPrice", "number"], ["currency", "select", ["RUB", "CNY", "USD", "EUR", "BYN", "KZT"]]]],
  ["media", [["images", "textarea"], ["video", "text"]]],
  ["attributes", [
    ["attributes.color", "text"], ["attributes.sizes", "text"], ["attributes.sizeChart", "textarea"],
    ["attributes.material", "text"], ["attributes.care", "text"], ["attributes.gender", "text"],
    ["attributes.dimensions", "dimensions"], ["attributes.weight", "weight"],
    ["attributes.includedItems", "text"], ["attributes.voltage", "text"], ["attributes.plugType", "text"],
    ["attributes.warranty", "text"], ["attributes.other", "textarea"],
  ]],
  ["logistics", [["shipping", "textarea"], ["returns", "textarea"]]],
];

const STYLE = `
:host { display: block; color: var(--og-text, inherit); font: inherit; }
* { box-sizing: border-box; }
.layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); align-items: start; }
@media (max-width: 52rem) { .layout { grid-template-columns: 1fr; } .report { order: -1; } }
fieldset { border: 1px solid var(--og-border, #b8c0cc); border-radius: var(--og-radius, .4rem); margin: 0 0 1rem;
  padding: .75rem 1rem 1rem; background: var(--og-panel-bg, #fff); }
legend { font-weight: 600; padding: 0 .25rem; }
label { display: block; margin: .6rem 0 .2rem; font-size: .9rem; }
input, textarea, select { width: 100%; font: inherit; padding: .4rem .5rem; border: 1px solid var(--og-border, #b8c0cc);
  border-radius: var(--og-radius, .4rem); background: var(--og-input-bg, #fff); color: inherit; }
textarea { min-height: 4.5rem; resize: vertical; }
:focus-visible { outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #2456d6)); outline-offset: 1px; }
[aria-invalid="true"] { border-color: var(--og-error, #b3261e); box-shadow: 0 0 0 1px var(--og-error, #b3261e); }
.row { display: flex; gap: .5rem; } .row > * { flex: 1; } .row select { flex: 0 0 5.5rem; }
.note { color: var(--og-error, #b3261e); font-size: .85rem; min-height: 0; margin: .2rem 0 0; }
.note:empty { display: none; }
.report { position: sticky; top: 1rem; background: var(--og-panel-bg, #fff); border: 1px solid var(--og-border, #b8c0cc);
  border-radius: var(--og-radius, .4rem); padding: 1rem; }
.head { display: flex; gap: 1rem; align-items: center; }
.gauge svg { width: 7.5rem; height: 7.5rem; display: block; }
.gauge .track { stroke: var(--og-label-bg, #e6e9ee); } .gauge .value { transition: stroke-dasharray .3s; }
.gauge text { font: 700 1.9rem system-ui, sans-serif; fill: currentColor; }
.level { font-weight: 600; font-size: 1.1rem; } .checked-as { font-size: .85rem; color: var(--og-muted, #4a5366); margin: .25rem 0 0; }
.low { color: var(--og-error, #b3261e); } .standard { color: var(--og-warning, #8a5a00); } .high { color: var(--og-ok, #18794e); }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; } h3.error { color: var(--og-error, #b3261e); }
h3.warning { color: var(--og-warning, #8a5a00); } h3.info { color: var(--og-info, #5a6478); }
ul { list-style: none; margin: 0; padding: 0; }
li { border-left: 4px solid currentColor; padding: .35rem .6rem; margin: 0 0 .5rem; background: var(--og-info-bg, #f0f2f5);
  border-radius: 0 .35rem .35rem 0; }
li.error { border-left-color: var(--og-error, #b3261e); } li.warning { border-left-color: var(--og-warning, #8a5a00); }
li.info { border-left-color: var(--og-info, #5a6478); }
li button { all: unset; cursor: pointer; font-weight: 600; display: block; }
li button:focus-visible { outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #2456d6)); }
.hint { margin: .2rem 0 0; font-size: .9rem; } .code { font: .75rem ui-monospace, monospace; color: var(--og-muted, #4a5366); }
.status { min-height: 1.2em; font-size: .9rem; color: var(--og-error, #b3261e); }
details { margin: 0 0 1rem; } summary { cursor: pointer; }
button.fill { margin-top: .5rem; font: inherit; padding: .35rem .8rem; border-radius: var(--og-radius, .4rem);
  border: 1px solid var(--og-accent, #2456d6); background: var(--og-accent, #2456d6); color: var(--og-accent-text, #fff); cursor: pointer; }
`;

/** Creates an element with attributes and text children (text goes in as text nodes, never as markup). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  el.append(...children);
  return el;
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
}

const idOf = (path) => `f-${path.replace(/\W/g, "-")}`;

/** "https://x/1.jpg 1200x1600" -> { url, width, height }; the size is optional. */
function parseImageLine(line) {
  const match = line.trim().match(/^(\S+)(?:\s+(\d+)\s*[x×*]\s*(\d+))?/i);
  if (!match) return null;
  const image = { url: match[1] };
  if (match[2]) {
    image.width = Number(match[2]);
    image.height = Number(match[3]);
  }
  return image;
}

export class ListingCheck extends HTMLElement {
  static observedAttributes = ["locale", "profile"];

  #inputs = new Map();
  #labels = [];
  #notes = new Map();
  #timer = 0;
  #report = null;
  #og = null;
  #unwatch = null;
  #view = {};

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet(STYLE)];
    root.append(this.#render());
  }

  connectedCallback() {
    // The element follows the configuration and the page's language, also when they change.
    this.#unwatch ??= watchConfig(() => {
      this.#relabel();
      this.#schedule(0);
    });
    this.#relabel();
    loadSeller().then(
      (og) => {
        this.#og = og;
        this.#check();
      },
      (error) => {
        this.#view.status.textContent = error.message;
      },
    );
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name) {
    if (name === "profile" && this.#view.profile) this.#view.profile.value = this.profile;
    this.#relabel();
    this.#schedule(0);
  }

  get locale() {
    return localeOf(this, Object.keys(TEXT));
  }

  set locale(value) {
    this.setAttribute("locale", value);
  }

  get profile() {
    return this.getAttribute("profile") || "ozon";
  }

  set profile(value) {
    this.setAttribute("profile", value);
  }

  /** The last report, or null before the first check. */
  get report() {
    return this.#report;
  }

  /** The listing the form describes, as `checkListing` takes it. */
  get listing() {
    return this.#read();
  }

  set listing(listing) {
    this.#fill(listing ?? {});
    this.#schedule(0);
  }

  #t(key) {
    return TEXT[this.locale][key] ?? TEXT.en[key];
  }

  #render() {
    const form = h("form", { part: "form", novalidate: "" });
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", () => this.#schedule());
    form.addEventListener("change", () => this.#schedule());

    const pasteArea = h("textarea", { id: "paste", rows: "4", spellcheck: "false" });
    const pasteLabel = h("label", { for: "paste" });
    const fill = h("button", { type: "button", class: "fill" });
    const pasteNote = h("p", { class: "note", role: "alert" });
    const summary = h("summary");
    fill.addEventListener("click", () => {
      try {
        const value = JSON.parse(pasteArea.value);
        if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error();
        pasteNote.textContent = "";
        this.listing = value;
      } catch {
        pasteNote.textContent = this.#t("notJson");
      }
    });
    this.#labels.push([summary, "paste"], [pasteLabel, "paste"], [fill, "fill"]);
    form.append(h("details", {}, summary, pasteLabel, pasteArea, fill, pasteNote));

    for (const [group, fields] of FORM) {
      const legend = h("legend");
      this.#labels.push([legend, group]);
      const fieldset = h("fieldset", {}, legend);
      for (const [path, kind, choices] of fields) fieldset.append(...this.#field(path, kind, choices));
      form.append(fieldset);
    }

    const profile = h("select", { id: "profile" }, h("option", { value: "ozon" }, "Ozon"), h("option", { value: "generic" }, "Generic"));
    profile.addEventListener("change", () => (this.profile = profile.value));
    const profileLabel = h("label", { for: "profile" });
    this.#labels.push([profileLabel, "profile"]);

    const track = svg("circle", { class: "track", cx: "60", cy: "60", r: "50", fill: "none", "stroke-width": "12" });
    const arc = svg("circle", {
      class: "value", cx: "60", cy: "60", r: "50", fill: "none", "stroke-width": "12", "stroke-linecap": "round",
      transform: "rotate(-90 60 60)", stroke: "currentColor", "stroke-dasharray": "0 315",
    });
    const number = svg("text", { x: "60", y: "60", "text-anchor": "middle", "dominant-baseline": "central" });
    number.textContent = "–";
    const picture = svg("svg", { viewBox: "0 0 120 120", "aria-hidden": "true" });
    picture.append(track, arc, number);
    const gauge = h("div", { class: "gauge", part: "gauge", role: "meter", "aria-valuemin": "0", "aria-valuemax": "100" }, picture);
    const level = h("div", { class: "level" });
    const checkedAs = h("p", { class: "checked-as" });
    const findings = h("div", { class: "findings", part: "findings" });
    const status = h("p", { class: "status", role: "alert", part: "status" });
    const live = h("div", { role: "status", "aria-live": "polite" }, h("div", { class: "head" }, gauge, h("div", {}, level, checkedAs)), findings);
    const report = h("section", { class: "report", part: "report" }, profileLabel, profile, status, live);

    this.#view = { arc, number, gauge, level, checkedAs, findings, status, profile };
    return h("div", { class: "layout" }, form, report);
  }

  #field(path, kind, choices) {
    const id = idOf(path);
    const key = path.replace(/^attributes\./, "");
    const label = h("label", { for: id });
    this.#labels.push([label, key]);
    const note = h("p", { class: "note", id: `${id}-note` });
    this.#notes.set(path, note);
    let control;
    if (kind === "textarea") {
      control = h("textarea", { id, name: path, rows: path === "description" ? "5" : "3" });
    } else if (kind === "select") {
      control = h("select", { id, name: path }, h("option", { value: "" }, "—"), ...choices.map((c) => h("option", { value: c }, c)));
    } else if (kind === "number") {
      control = h("input", { id, name: path, type: "number", min: "0", step: "0.01", inputmode: "decimal" });
    } else if (kind === "category") {
      const list = h("datalist", { id: `${id}-list` }, ...CATEGORIES.map((c) => h("option", { value: c })));
      control = h("input", { id, name: path, type: "text", list: `${id}-list`, autocomplete: "off" });
      this.#inputs.set(path, control);
      control.setAttribute("aria-describedby", `${id}-note`);
      return [label, control, list, note];
    } else if (kind === "dimensions" || kind === "weight") {
      const parts = kind === "dimensions" ? ["length", "width", "height"] : ["value"];
      const units = kind === "dimensions" ? ["cm", "mm", "in"] : ["kg", "g", "lb"];
      const numbers = parts.map((part, i) => {
        const input = h("input", { id: i === 0 ? id : `${id}-${part}`, name: `${path}.${part}`, type: "number", min: "0", step: "any", "aria-label": part, "aria-describedby": `${id}-note` });
        this.#inputs.set(`${path}.${part}`, input);
        return input;
      });
      const unit = h("select", { name: `${path}.unit`, "aria-label": "unit" }, ...units.map((u) => h("option", { value: u }, u)));
      this.#inputs.set(`${path}.unit`, unit);
      return [label, h("div", { class: "row" }, ...numbers, unit), note];
    } else {
      control = h("input", { id, name: path, type: path === "video" ? "url" : "text" });
    }
    control.setAttribute("aria-describedby", `${id}-note`);
    this.#inputs.set(path, control);
    return [label, control, note];
  }

  #relabel() {
    for (const [el, key] of this.#labels) el.textContent = this.#t(key);
    const category = this.#inputs.get("category");
    if (category) category.placeholder = this.#t("categoryAuto");
    if (this.#report) this.#show(this.#report);
  }

  #schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#check(), delay);
  }

  #value(path) {
    return this.#inputs.get(path)?.value.trim() ?? "";
  }

  /** A number input's value; an unparseable entry gets a note and is left out of the listing. */
  #number(path, notePath = path) {
    const input = this.#inputs.get(path);
    if (input.validity.badInput) {
      this.#notes.get(notePath).textContent = this.#t("notNumber");
      return undefined;
    }
    return input.value === "" ? undefined : Number(input.value);
  }

  #read() {
    for (const note of this.#notes.values()) note.textContent = "";
    const listing = {};
    const attributes = {};
    const other = this.#value("attributes.other");
    if (other) {
      try {
        const parsed = JSON.parse(other);
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
        Object.assign(attributes, parsed);
      } catch {
        this.#notes.get("attributes.other").textContent = this.#t("notJson");
      }
    }
    for (const [, fields] of FORM) {
      for (const [path, kind] of fields) {
        const key = path.replace(/^attributes\./, "");
        const target = path.startsWith("attributes.") ? attributes : listing;
        if (path === "attributes.other") continue;
        if (kind === "number") {
          const n = this.#number(path);
          if (n !== undefined) target[key] = n;
        } else if (kind === "dimensions" || kind === "weight") {
          const parts = kind === "dimensions" ? ["length", "width", "height"] : ["value"];
          const values = parts.map((part) => this.#number(`${path}.${part}`, path));
          // A partly filled measurement is sent with 0 for the blanks, so the checker reports it as missing.
          if (values.some((v) => v !== undefined)) {
            target[key] = Object.fromEntries(parts.map((part, i) => [part, values[i] ?? 0]));
            target[key].unit = this.#value(`${path}.unit`);
          }
        } else if (path === "images") {
          const images = this.#value(path).split("\n").map(parseImageLine).filter(Boolean);
          if (images.length) listing.images = images;
        } else {
          const value = this.#value(path);
          if (value) target[key] = value;
        }
      }
    }
    if (Object.keys(attributes).length) listing.attributes = attributes;
    return listing;
  }

  #fill(listing) {
    const text = (value) => (value === undefined || value === null ? "" : String(value));
    const list = (value) => (Array.isArray(value) ? value.join(", ") : text(value));
    for (const [path, input] of this.#inputs) {
      if (path.startsWith("attributes.dimensions.") || path.startsWith("attributes.weight.")) continue;
      const [head, key] = path.split(".");
      const source = key ? listing.attributes ?? {} : listing;
      const value = source[key ?? head];
      if (path === "images") {
        input.value = (listing.images ?? [])
          .map((i) => (typeof i === "string" ? i : i.width && i.height ? `${i.url} ${i.width}x${i.height}` : i.url))
          .join("\n");
      } else if (path === "attributes.other") {
        const known = new Set(FORM.flatMap(([, f]) => f.map(([p]) => p.replace(/^attributes\./, ""))));
        const rest = Object.fromEntries(Object.entries(listing.attributes ?? {}).filter(([k]) => !known.has(k)));
        input.value = Object.keys(rest).length ? JSON.stringify(rest, null, 2) : "";
      } else {
        input.value = key === "sizes" || key === "includedItems" ? list(value) : text(value);
      }
    }
    for (const [name, parts, unit] of [["dimensions", ["length", "width", "height"], "cm"], ["weight", ["value"], "kg"]]) {
      const value = listing.attributes?.[name] ?? {};
      for (const part of parts) this.#inputs.get(`attributes.${name}.${part}`).value = text(value[part]);
      this.#inputs.get(`attributes.${name}.unit`).value = value.unit ?? unit;
    }
  }

  #check() {
    if (!this.#og) {
      this.#view.status.textContent = this.#t("loading");
      return;
    }
    if (!sellerRuntime.ready) {
      // A fresh module instance is on its way after a trap: check once it is there.
      loadSeller().then(() => this.#check(), (error) => (this.#view.status.textContent = error.message));
      return;
    }
    const listing = this.#read();
    this.#view.status.textContent = "";
    let error = null;
    try {
      this.#report = this.#og.checkListing(listing, { locale: this.locale, profile: this.profile });
    } catch (thrown) {
      error = thrown;
      this.#view.status.textContent = error.message;
    }
    if (!error) this.#show(this.#report);
    const detail = { listing, report: error ? null : this.#report, error };
    this.dispatchEvent(new CustomEvent("og-listing-change", { detail, bubbles: true, composed: true }));
  }

  #show(report) {
    const { arc, number, gauge, level, checkedAs, findings } = this.#view;
    const circumference = 2 * Math.PI * 50;
    arc.setAttribute("stroke-dasharray", `${(report.score / 100) * circumference} ${circumference}`);
    number.textContent = String(report.score);
    gauge.className = `gauge ${report.level}`;
    gauge.setAttribute("aria-valuenow", String(report.score));
    gauge.setAttribute("aria-label", this.#t("score"));
    gauge.dataset.score = String(report.score);
    level.className = `level ${report.level}`;
    level.textContent = `${this.#t("score")}: ${this.#t(report.level)}`;
    checkedAs.textContent = this.#t("checkedAs").replace("{category}", report.category).replace("{profile}", report.profile === "ozon" ? "Ozon" : "generic");

    const groups = SEVERITIES.map((severity) => {
      const items = report.findings.filter((f) => f.severity === severity);
      if (!items.length) return null;
      const list = h("ul", {}, ...items.map((f) => this.#finding(f)));
      return h("section", { "data-severity": severity }, h("h3", { class: severity }, `${this.#t(severity)} (${items.length})`), list);
    }).filter(Boolean);
    findings.replaceChildren(...(groups.length ? groups : [h("p", { class: "high" }, this.#t("none"))]));

    const flagged = new Set(report.findings.filter((f) => f.severity === "error").map((f) => f.field.replace(/\[\d+\]$/, "")));
    for (const [path, input] of this.#inputs) {
      const field = path.replace(/\.(length|width|height|value|unit)$/, "");
      input.setAttribute("aria-invalid", String(flagged.has(field)));
    }
  }

  #finding(finding) {
    const go = h("button", { type: "button" }, finding.message);
    go.addEventListener("click", () => this.#focus(finding.field));
    const item = h("li", { class: finding.severity, "data-code": finding.code, "data-field": finding.field }, go);
    if (finding.hint) item.append(h("p", { class: "hint" }, finding.hint));
    item.append(h("span", { class: "code" }, `${finding.code} · ${this.#t("field")}: ${finding.field}`));
    return item;
  }

  #focus(field) {
    const path = field.replace(/\[\d+\]$/, "");
    const input = this.#inputs.get(path) ?? this.#inputs.get(`${path}.length`) ?? this.#inputs.get(`${path}.value`);
    input?.focus();
  }
}

if (!customElements.get("og-listing-check")) customElements.define("og-listing-check", ListingCheck);
