// <og-return-policy>: the return policy the buyer is entitled to, shown at checkout. A short summary
// first (the window and the return-by date), the full policy on demand in a <details> disclosure.
//
// Attributes configure, properties are the truth:
//   market                     ISO 3166-1 alpha-2 of the buyer's country (property `market`)
//   delivered-on               "YYYY-MM-DD" (property `deliveredOn`); without it no return-by date
//   category                   a category id such as "apparel" or "made_to_order"
//   terms-given-in-writing     "false" when the return terms do not reach the buyer in writing
//   seller-window-days, seller-refund-days, seller-changed-mind-shipping ("buyer" | "seller"),
//   seller-return-points       ("; "-separated) — or the property `seller`, an object as in returnPolicy
//   locale                     otherwise the nearest `lang`
//   show-notices               also list the notices meant for the seller (below the legal minimum, ...)
// Read-only property `policy`: the last result of returnPolicy(), or null.
// Event `og-return-policy`: detail { policy } after each update, or { error } with `code` and `field`.
// Parts: status, summary, return-by, details, toggle, lines, notices, error. Slot `footer`: the page's own
// content under the policy (a link to the full terms).
// Without its own attributes, `category`, `termsGivenInWriting`, the seller's terms (`returnTerms`) and the
// locale come from the shared configuration (config.js); the market follows the buyer's address when an
// <og-address-form> is on the page (orderguard-checkout.js).
import { loadOrderguard } from "./runtime.js";
import { sellerConfig, watchConfig } from "./config.js";
import { styleSheet } from "./style-sheet.js";

// Labels the component itself shows; the policy text comes from orderguard's message catalog.
const LABELS = {
  en: { loading: "Loading the return policy…", returnBy: "Return by", more: "Return policy details", notices: "For the seller" },
  ru: { loading: "Загружаем условия возврата…", returnBy: "Вернуть до", more: "Подробнее об условиях возврата", notices: "Для продавца" },
  zh: { loading: "正在加载退货政策…", returnBy: "退货截止日期", more: "退货政策详情", notices: "给卖家的提示" },
  de: { loading: "Rückgaberegeln werden geladen…", returnBy: "Rückgabe bis", more: "Details zur Rückgabe", notices: "Für den Verkäufer" },
  pt: { loading: "Carregando a política de devolução…", returnBy: "Devolver até", more: "Detalhes da política de devolução", notices: "Para o vendedor" },
};

const STYLE = `
  :host { display: block; font: inherit; color: var(--og-text, inherit); }
  :host([hidden]) { display: none; }
  [part="status"] { display: grid; gap: .25rem; }
  [part="summary"] { margin: 0; font-weight: 600; }
  [part="return-by"] { margin: 0; }
  [part="return-by"] time { font-weight: 600; color: var(--og-accent, #0b5cad); }
  [part="details"] { margin-top: .5rem; }
  [part="toggle"] { cursor: pointer; color: var(--og-accent, #0b5cad); }
  [part="toggle"]:focus-visible { outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #0b5cad));
    outline-offset: 2px; }
  ul { margin: .5rem 0 0; padding-left: 1.2rem; display: grid; gap: .25rem; }
  [part="notices"] { color: var(--og-warning, #8a4b00); }
  [part="error"] { margin: 0; color: var(--og-error, #b00020); }
`;

const ATTRIBUTES = [
  "market", "delivered-on", "category", "terms-given-in-writing", "locale", "show-notices",
  "seller-window-days", "seller-refund-days", "seller-changed-mind-shipping", "seller-return-points",
];

function element(tag, part, text) {
  const node = document.createElement(tag);
  if (part) node.setAttribute("part", part);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class ReturnPolicyElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #market = "";
  #deliveredOn = null;
  #category = null;
  #termsGivenInWriting = null;
  #unwatch = null;
  #seller = null;
  #policy = null;
  #scheduled = false;
  #run = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet(STYLE)];
    this.status = element("div", "status");
    this.status.setAttribute("role", "status");
    this.details = element("details", "details");
    this.toggle = element("summary", "toggle");
    this.lines = element("ul", "lines");
    this.details.append(this.toggle, this.lines);
    this.details.hidden = true;
    const footer = document.createElement("slot");
    footer.name = "footer";
    root.append(this.status, this.details, footer);
  }

  connectedCallback() {
    if (!this.#policy) {
      const labels = LABELS[this.locale.toLowerCase().split(/[-_]/)[0]] ?? LABELS.en;
      this.status.replaceChildren(element("p", "loading", labels.loading));
    }
    this.#unwatch ??= watchConfig(() => this.#update());
    this.#update();
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  attributeChangedCallback(name, _old, value) {
    switch (name) {
      case "market": this.#market = value ?? ""; break;
      case "delivered-on": this.#deliveredOn = value || null; break;
      case "category": this.#category = value || null; break;
      case "terms-given-in-writing": this.#termsGivenInWriting = value === null ? null : value !== "false"; break;
      default: if (name.startsWith("seller-")) this.#seller = null;
    }
    this.#update();
  }

  get market() { return this.#market; }
  set market(value) { this.#market = String(value ?? ""); this.#update(); }
  get deliveredOn() { return this.#deliveredOn; }
  set deliveredOn(value) { this.#deliveredOn = value ? String(value) : null; this.#update(); }
  get category() { return this.#category ?? sellerConfig().category ?? null; }
  set category(value) { this.#category = value ? String(value) : null; this.#update(); }
  get termsGivenInWriting() { return this.#termsGivenInWriting ?? sellerConfig().termsGivenInWriting !== false; }
  set termsGivenInWriting(value) { this.#termsGivenInWriting = value !== false; this.#update(); }
  /** The seller's terms as returnPolicy takes them; defaults to the seller-* attributes. */
  get seller() {
    if (this.#seller) return this.#seller;
    const own = this.#sellerFromAttributes();
    return Object.keys(own).length === 0 && sellerConfig().returnTerms ? sellerConfig().returnTerms : own;
  }
  set seller(value) { this.#seller = value && typeof value === "object" ? value : null; this.#update(); }
  get policy() { return this.#policy; }
  get locale() {
    return this.getAttribute("locale") || sellerConfig().locale || this.closest("[lang]")?.getAttribute("lang") ||
      document.documentElement.lang || "en";
  }
  set locale(value) { this.setAttribute("locale", value); }

  #sellerFromAttributes() {
    const seller = {};
    const number = (name) => {
      const text = this.getAttribute(name);
      return text === null || text.trim() === "" ? undefined : Number(text);
    };
    const windowDays = number("seller-window-days");
    const refundDays = number("seller-refund-days");
    if (windowDays !== undefined) seller.windowDays = windowDays;
    if (refundDays !== undefined) seller.refundDays = refundDays;
    const shipping = this.getAttribute("seller-changed-mind-shipping");
    if (shipping) seller.returnShippingPaidBy = { changedMind: shipping };
    const points = this.getAttribute("seller-return-points");
    if (points) seller.returnPoints = points.split(";").map((p) => p.trim()).filter(Boolean);
    return seller;
  }

  // Several attributes often change together; compute once per task.
  #update() {
    if (this.#scheduled || !this.isConnected) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#render();
    });
  }

  async #render() {
    const run = ++this.#run;
    let og;
    try {
      og = await loadOrderguard();
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (run !== this.#run) return;
    if (!this.#market) {
      this.status.replaceChildren(); // nothing to say until the buyer's market is known
      return;
    }
    const locale = this.locale;
    const input = { market: this.#market, termsGivenInWriting: this.termsGivenInWriting, seller: this.seller, locale };
    if (this.#deliveredOn) input.deliveredOn = this.#deliveredOn;
    if (this.category) input.category = this.category;
    try {
      this.#policy = og.returnPolicy(input);
    } catch (error) {
      this.#fail(error);
      return;
    }
    this.#show(this.#policy, locale);
    this.dispatchEvent(new CustomEvent("og-return-policy", { detail: { policy: this.#policy }, bubbles: true, composed: true }));
  }

  #fail(error) {
    this.#policy = null;
    this.status.replaceChildren(element("p", "error", error.message));
    this.details.hidden = true;
    this.shadowRoot.querySelector('[part="notices"]')?.remove();
    this.dispatchEvent(new CustomEvent("og-return-policy", { detail: { error }, bubbles: true, composed: true }));
  }

  #show(policy, locale) {
    const labels = LABELS[locale.toLowerCase().split(/[-_]/)[0]] ?? LABELS.en;
    const [summary, ...rest] = policy.text;
    const shown = [element("p", "summary", summary)];
    let details = rest;
    if (policy.returnBy) {
      details = rest.slice(1); // text[1] states the return-by date, shown here in the locale's format
      const line = element("p", "return-by", `${labels.returnBy}: `);
      const time = element("time", null, formatDate(policy.returnBy, locale));
      time.setAttribute("datetime", policy.returnBy);
      line.append(time);
      shown.push(line);
    }
    this.status.replaceChildren(...shown);
    this.toggle.textContent = labels.more;
    this.lines.replaceChildren(...details.map((line) => element("li", null, line)));
    this.#showNotices(policy, labels);
    this.details.hidden = false;
  }

  #showNotices(policy, labels) {
    this.shadowRoot.querySelector('[part="notices"]')?.remove();
    if (!this.hasAttribute("show-notices") || policy.notices.length === 0) return;
    const box = element("div", "notices");
    box.append(element("strong", null, labels.notices));
    const list = element("ul");
    list.append(...policy.notices.map((n) => {
      const item = element("li", null, n.message);
      item.dataset.code = n.code;
      return item;
    }));
    box.append(list);
    this.shadowRoot.append(box);
  }
}

/** "22 November 2026", "22 ноября 2026 г.", "2026年11月22日": the civil date, never shifted by time zone. */
function formatDate(text, locale) {
  const [year, month, day] = text.split("-").map(Number);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
  } catch {
    return text;
  }
}

if (!customElements.get("og-return-policy")) customElements.define("og-return-policy", ReturnPolicyElement);
