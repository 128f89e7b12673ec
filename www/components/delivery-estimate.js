// <og-delivery-estimate>: the delivery range a buyer sees at checkout, per shipping method, with a live
// cutoff countdown and notices of holidays and peaks. The estimate itself comes from the wasm core; this
// element only formats it (dates with Intl in the buyer's locale) and keeps the countdown fresh.
//
// Attributes configure (kebab-case), properties are the truth:
//   origin-country, time-zone, cutoff ("HH:MM"), handling-days ("1" or "1-2"), destination-country,
//   postal-code, region, delivery ("pickup_point" | "courier"), methods (space-separated), method
//   (the chosen one), transit-days ("min-max", optional), locale.
// `now` (property; a Date, a time string or a number of ms) fixes the clock; without it the page's clock
// is read and the countdown refreshes every 30 s.
// The seller's settings (origin, cutoff, handling days, methods, delivery kind, transit days) come from
// the shared configuration (config.js) unless the element sets them itself; the destination follows the
// buyer's address when an <og-address-form> is on the page (orderguard-checkout.js).
// Events: "og-delivery-change" with detail { method, estimate, estimates, error } after every estimate.
// Form-associated: inside a form it submits the chosen method under its `name`.
// Parts: range, ship-by, countdown, notices, notice, methods, method, error. Slot `note`: the page's own
// words under the estimate.
// Attribute `compact`: the one- or two-line form of product pages, drawn by delivery-estimate-compact.js
// when the page loads it (orderguard-storefront.js does); the checkout entry does not carry it.
import { checkoutRuntime, loadOrderguard } from "./runtime.js";
import { localeOf, sellerConfig, watchConfig } from "./config.js";
import { styleSheet } from "./style-sheet.js";

const METHODS = ["air_mail", "air_express", "express"];

const TEXT = {
  en: {
    legend: "Shipping method",
    air_mail: "Air mail",
    air_express: "Air + express",
    express: "Express",
    arrives: (range) => `Arrives ${range}`,
    shipBy: (date) => `Ships by ${date}`,
    today: (left) => `Order within ${left} to ship today`,
    later: (date, left) => `Next dispatch ${date}: order within ${left}`,
    duration: (h, m) => (h !== null ? `${h} h ${m} min` : `${m} min`),
    loading: "Estimating delivery…",
    unavailable: "The delivery estimate could not load.",
  },
  ru: {
    legend: "Способ доставки",
    air_mail: "Авиапочта",
    air_express: "Авиа + экспресс",
    express: "Экспресс",
    arrives: (range) => `Доставка ${range}`,
    shipBy: (date) => `Отправка до ${date}`,
    today: (left) => `Оформите заказ в течение ${left}, чтобы он ушёл сегодня`,
    later: (date, left) => `Ближайшая отправка ${date}: оформите в течение ${left}`,
    duration: (h, m) => (h !== null ? `${h} ч ${m} мин` : `${m} мин`),
    loading: "Рассчитываем срок доставки…",
    unavailable: "Не удалось рассчитать срок доставки.",
  },
  zh: {
    legend: "配送方式",
    air_mail: "航空小包",
    air_express: "航空+快递",
    express: "快递",
    arrives: (range) => `预计送达 ${range}`,
    shipBy: (date) => `最晚发货 ${date}`,
    today: (left) => `${left}内下单，今天发货`,
    later: (date, left) => `下次发货 ${date}：请在${left}内下单`,
    duration: (h, m) => (h !== null ? `${h}小时${m}分钟` : `${m}分钟`),
    loading: "正在估算送达时间…",
    unavailable: "无法加载送达时间估算。",
  },
};

const STYLE = `
  :host { display: block; font: inherit; color: var(--og-text, inherit); }
  fieldset { border: 0; margin: 0 0 .75rem; padding: 0; display: grid; gap: .35rem; }
  legend { font-weight: 600; margin-bottom: .35rem; }
  label[part~="method"] { display: flex; gap: .5rem; align-items: baseline; padding: .45rem .6rem;
    border: 1px solid var(--og-border, #c9ced8); border-radius: var(--og-radius, .4rem); cursor: pointer; }
  label[part~="method"]:has(input:focus-visible) { outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #2454d6));
    outline-offset: 2px; }
  label[part~="method"]:has(input:checked) { border-color: var(--og-accent, #2454d6);
    background: var(--og-accent-bg, #eef2fd); }
  input[type="radio"] { accent-color: var(--og-accent, #2454d6); }
  .method-range { margin-left: auto; color: var(--og-muted, #4a5366); white-space: nowrap; }
  [part~="range"] { font-size: 1.15rem; font-weight: 600; margin: .25rem 0; }
  [part~="ship-by"], [part~="countdown"] { margin: .2rem 0; color: var(--og-muted, #4a5366); }
  [part~="countdown"] { color: var(--og-accent, #2454d6); font-weight: 500; }
  ul[part~="notices"] { list-style: none; margin: .6rem 0 0; padding: 0; display: grid; gap: .35rem; }
  li[part~="notice"] { padding: .45rem .6rem; border-left: 3px solid var(--og-warning, #c77700);
    background: var(--og-warning-bg, #fff6e5); border-radius: .25rem; }
  li[data-severity="info"] { border-color: var(--og-info, #5a6478); background: var(--og-info-bg, #f0f2f5); }
  [part~="error"] { color: var(--og-error, #b3261e); }
  [hidden], :host([compact]) fieldset { display: none !important; }
`;

const ATTRIBUTES = {
  "origin-country": "originCountry",
  "time-zone": "timeZone",
  cutoff: "cutoff",
  "handling-days": "handlingDays",
  "destination-country": "destinationCountry",
  "postal-code": "postalCode",
  region: "region",
  delivery: "delivery",
  methods: "methods",
  method: "method",
  "transit-days": "transitDays",
  locale: "locale",
};

const DEFAULTS = {
  originCountry: "CN",
  timeZone: "Asia/Shanghai",
  cutoff: "18:00",
  handlingDays: "1",
  destinationCountry: "RU",
  postalCode: "",
  region: "",
  delivery: "pickup_point",
  methods: METHODS.join(" "),
  method: "air_express",
  transitDays: "",
  locale: "",
};

/** The shared configuration in this element's terms (strings, as its attributes would hold them). */
function fromSellerConfig(config) {
  const origin = config.origin ?? {};
  const span = (value) => (value && typeof value === "object" ? `${value.min}-${value.max}` : value);
  const shared = {
    originCountry: origin.country,
    timeZone: origin.timeZone,
    cutoff: origin.cutoff,
    handlingDays: span(origin.handlingDays),
    delivery: config.delivery,
    methods: Array.isArray(config.methods) ? config.methods.join(" ") : config.methods,
    method: config.method,
    transitDays: span(config.transitDays),
  };
  for (const key of Object.keys(shared)) if (shared[key] == null) delete shared[key];
  else shared[key] = String(shared[key]);
  return shared;
}

/** "2" -> 2; "1-3" -> { min: 1, max: 3 }. */
function dayRange(text, single) {
  const parts = String(text).split(/[-–]/).map((p) => Number(p.trim()));
  if (parts.length === 2) return { min: parts[0], max: parts[1] };
  return single ? parts[0] : { min: parts[0], max: parts[0] };
}

/** RFC 3339 in UTC for an instant in ms. */
function rfc3339(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export class DeliveryEstimateElement extends HTMLElement {
  static observedAttributes = [...Object.keys(ATTRIBUTES), "compact", "destination-name"];
  static formAssociated = true;
  /** The compact form's renderer, (element, estimate, error, locale) => void, once its module is loaded. */
  static compact = null;

  #internals = this.attachInternals();
  #unwatch = null;
  // Settings the element was given itself (attribute or property); the rest come from the configuration.
  #own = new Set();
  #chosen = "air_express";
  #config = { ...DEFAULTS };
  #now = null;
  #timer = null;
  #og = null;
  #estimates = {};
  #error = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    this.$ = {
      fieldset: document.createElement("fieldset"),
      legend: document.createElement("legend"),
      status: document.createElement("div"),
      range: document.createElement("p"),
      shipBy: document.createElement("p"),
      countdown: document.createElement("p"),
      notices: document.createElement("ul"),
      error: document.createElement("p"),
    };
    const $ = this.$;
    $.fieldset.part = "methods";
    $.fieldset.append($.legend);
    $.status.setAttribute("role", "status");
    $.range.part = "range";
    $.shipBy.part = "ship-by";
    $.countdown.part = "countdown";
    $.notices.part = "notices";
    $.error.part = "error";
    $.error.hidden = true;
    $.status.append($.range, $.shipBy, $.countdown, $.notices, $.error);
    const note = document.createElement("slot");
    note.name = "note";
    // A constructed stylesheet, not a <style> element: a strict CSP (no 'unsafe-inline' styles) allows it.
    root.adoptedStyleSheets = [styleSheet(STYLE)];
    root.append($.fieldset, $.status, note);
    for (const prop of Object.values(ATTRIBUTES)) {
      Object.defineProperty(this, prop, {
        get: () => this.#effective()[prop],
        set: (value) => {
          this.#config[prop] = value == null ? DEFAULTS[prop] : String(value);
          if (value == null) this.#own.delete(prop);
          else this.#own.add(prop);
          this.#update();
        },
        configurable: true,
      });
    }
  }

  /** The clock: a fixed instant if set, else the page's clock. */
  get now() {
    return this.#now === null ? new Date() : new Date(this.#now);
  }
  set now(value) {
    this.#now = value == null ? null : new Date(value).getTime();
    this.#update();
  }

  /** The estimate of the chosen method, as `estimateDelivery` returned it. */
  get estimate() {
    return this.#estimates[this.#chosen] ?? null;
  }

  /** All methods' estimates, by method. */
  get estimates() {
    return { ...this.#estimates };
  }

  attributeChangedCallback(name, _old, value) {
    const prop = ATTRIBUTES[name];
    if (prop) {
      this.#config[prop] = value ?? DEFAULTS[prop];
      if (value == null) this.#own.delete(prop);
      else this.#own.add(prop);
    }
    this.#update();
  }

  /** Own settings over the shared configuration over the defaults. */
  #effective() {
    const shared = fromSellerConfig(sellerConfig());
    const out = {};
    for (const prop of Object.values(ATTRIBUTES)) {
      out[prop] = this.#own.has(prop) ? this.#config[prop] : shared[prop] ?? DEFAULTS[prop];
    }
    return out;
  }

  connectedCallback() {
    if (!this.#og) this.$.range.textContent = this.#text().loading;
    this.#unwatch ??= watchConfig(() => this.#update());
    loadOrderguard().then(
      (og) => {
        this.#og = og;
        this.#update();
      },
      () => (this.$.range.textContent = this.#text().unavailable),
    );
    this.#timer = setInterval(() => this.#now === null && this.#update(), 30_000);
  }

  disconnectedCallback() {
    clearInterval(this.#timer);
    this.#unwatch?.();
    this.#unwatch = null;
  }

  #locale() {
    return localeOf(this, Object.keys(TEXT), this.#own.has("locale") ? this.#config.locale : "");
  }

  #text() {
    return TEXT[this.#locale()];
  }

  #input(method) {
    const c = this.#effective();
    const input = {
      orderedAt: rfc3339(this.now.getTime()),
      origin: {
        country: c.originCountry,
        timeZone: c.timeZone,
        cutoff: c.cutoff,
        handlingDays: dayRange(c.handlingDays, true),
      },
      destination: { country: c.destinationCountry },
      method,
      delivery: c.delivery,
    };
    if (c.postalCode) input.destination.postalCode = c.postalCode;
    if (c.region) input.destination.region = c.region;
    if (c.transitDays) input.transitDays = dayRange(c.transitDays, false);
    return input;
  }

  #update() {
    if (!this.#og) return;
    if (!checkoutRuntime.ready) {
      // A fresh module instance is on its way after a trap: estimate once it is there.
      loadOrderguard().then(() => this.#update(), () => {});
      return;
    }
    const c = this.#effective();
    const methods = c.methods.split(/\s+/).filter((m) => METHODS.includes(m));
    const chosen = methods.includes(c.method) ? c.method : methods[0] ?? "air_mail";
    this.#estimates = {};
    this.#error = null;
    for (const method of methods) {
      try {
        this.#estimates[method] = this.#og.estimateDelivery(this.#input(method), { locale: this.#locale() });
      } catch (error) {
        this.#error = error;
        break;
      }
    }
    this.#chosen = chosen;
    this.#internals.setFormValue(chosen);
    this.#render(methods);
    this.dispatchEvent(
      new CustomEvent("og-delivery-change", {
        detail: { method: chosen, estimate: this.estimate, estimates: this.estimates, error: this.#error },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #formatDate(iso, withWeekday = false) {
    const [y, m, d] = iso.split("-").map(Number);
    const options = { month: "short", day: "numeric", timeZone: "UTC" };
    if (withWeekday) options.weekday = "short";
    return new Intl.DateTimeFormat(this.#locale(), options).format(new Date(Date.UTC(y, m - 1, d)));
  }

  #range(estimate) {
    const from = this.#formatDate(estimate.earliest);
    return estimate.earliest === estimate.latest ? from : `${from} – ${this.#formatDate(estimate.latest)}`;
  }

  #render(methods) {
    const compact = this.hasAttribute("compact") && this.constructor.compact;
    if (compact) return compact(this, this.estimate, this.#error, this.#locale());
    const t = this.#text();
    const $ = this.$;
    // Re-rendering replaces the radios: a keyboard user keeps focus on the chosen one.
    const hadFocus = this.shadowRoot.activeElement?.name === "method";
    $.legend.textContent = t.legend;
    $.fieldset.replaceChildren($.legend);
    for (const method of methods) {
      const label = document.createElement("label");
      label.part = "method";
      label.dataset.method = method;
      const radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "method";
      radio.value = method;
      radio.id = `og-method-${method}`;
      radio.checked = method === this.#chosen;
      radio.addEventListener("change", () => {
        this.setAttribute("method", method);
      });
      const name = document.createElement("span");
      name.textContent = t[method];
      const range = document.createElement("span");
      range.className = "method-range";
      const estimate = this.#estimates[method];
      range.textContent = estimate ? this.#range(estimate) : "";
      label.append(radio, name, range);
      $.fieldset.append(label);
    }
    if (hadFocus) this.shadowRoot.getElementById(`og-method-${this.#chosen}`)?.focus();
    $.error.hidden = !this.#error;
    $.error.textContent = this.#error ? this.#error.message : "";
    const estimate = this.estimate;
    for (const el of [$.range, $.shipBy, $.countdown, $.notices]) el.hidden = !estimate;
    if (!estimate) return;
    $.range.textContent = t.arrives(this.#range(estimate));
    $.shipBy.textContent = t.shipBy(this.#formatDate(estimate.shipBy));
    const minutes = Math.max(0, estimate.cutoff.minutesLeft);
    // Hours (null when none) and minutes as the locale writes numbers.
    const number = new Intl.NumberFormat(this.#locale());
    const hours = Math.floor(minutes / 60);
    const left = t.duration(hours > 0 ? number.format(hours) : null, number.format(minutes % 60));
    $.countdown.textContent = estimate.cutoff.beforeCutoff
      ? t.today(left)
      : t.later(this.#formatDate(estimate.breakdown.handlingStart, true), left);
    $.notices.replaceChildren(
      ...estimate.notices.map((notice) => {
        const li = document.createElement("li");
        li.part = "notice";
        li.dataset.code = notice.code;
        li.dataset.severity = notice.severity;
        li.textContent = notice.message;
        return li;
      }),
    );
  }
}

if (!customElements.get("og-delivery-estimate")) customElements.define("og-delivery-estimate", DeliveryEstimateElement);
