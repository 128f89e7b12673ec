// <og-delay-notice>: a banner for any storefront page (home, product, cart, order confirmation) that tells
// buyers ahead of time about the holidays and peaks that will hold their order: the seller's country's
// closures ("orders placed from Feb 3 ship from Feb 9"), the buyer's country's, and the peak seasons on
// the route. The notices come from the wasm core (delayNotices); this element writes them in the buyer's
// language with the dates in the locale's format, and renders nothing when there is nothing to say.
//
// Attributes configure, properties mirror them:
//   origin-country, time-zone, handling-days ("1" or "1-2")   else the configuration's `origin`
//   destination-country    else the country of the buyer's address (an <og-address-form> on the page or
//                          its og-address-change event), else none: the seller's side only
//   days-ahead             how far ahead to look, 1 to 366 days (default 21)
//   locale                 en, ru, zh; else the configuration's, else the page's lang
// `now` (property; a Date, a time string or ms) fixes the clock; without it the page's clock is read.
// The buyer can dismiss the banner; it stays dismissed for the session (sessionStorage) until a notice
// it did not show comes up.
// Read-only property `notices`: the notices shown (as delayNotices returned them), [] when none.
// Events: "og-delay-notices" (bubbles, composed) with detail { notices, error } after each update;
// "og-delay-dismiss" with detail { notices } when the buyer closes the banner.
// Parts: banner, icon, notices, notice, close, error. Slot `footer`: the page's own words in the banner.
import { checkoutRuntime, loadOrderguard } from "./runtime.js";
import { localeOf, sellerConfig, watchConfig } from "./config.js";
import { styleSheet } from "./style-sheet.js";
import { civil, dateRange } from "./dates.js";

const KEY = "orderguard:dismissed-notices";

const TEXT = {
  en: {
    label: "Delivery notice",
    close: "Dismiss the delivery notice",
    dispatch: (p) => `Public holidays in ${p.country}, ${p.range}: orders placed from ${p.ordersFrom} ship from ${p.resume}.`,
    delivery: (p) => `Public holidays in ${p.country}, ${p.range}: parcels may reach you later than usual.`,
    peakOrigin: (p) => `${p.peak}, ${p.range}: orders can ship up to ${p.days} days later than usual.`,
    peakDestination: (p) => `${p.peak}, ${p.range}: parcels can take up to ${p.days} days longer to arrive.`,
    uncovered: (p) => `The official calendar of ${p.country} for ${p.range} is not published yet (${p.unknown}): dates then may shift.`,
    unavailable: "Delivery notices could not load.",
  },
  ru: {
    label: "Сроки доставки",
    close: "Скрыть уведомление о сроках доставки",
    dispatch: (p) => `Праздничные дни (${p.country}), ${p.range}: заказы, оформленные с ${p.ordersFrom}, будут отправлены с ${p.resume}.`,
    delivery: (p) => `Праздничные дни (${p.country}), ${p.range}: посылки могут прийти позже обычного.`,
    peakOrigin: (p) => `${p.peak}, ${p.range}: отправка заказов может задержаться до ${p.days} дн.`,
    peakDestination: (p) => `${p.peak}, ${p.range}: доставка может занять до ${p.days} дн. дольше.`,
    uncovered: (p) => `Официальный календарь (${p.country}) на ${p.range} ещё не опубликован (${p.unknown}): сроки могут сдвинуться.`,
    unavailable: "Не удалось загрузить уведомления о сроках доставки.",
  },
  zh: {
    label: "配送通知",
    close: "关闭配送通知",
    dispatch: (p) => `${p.country}公共假期（${p.range}）：${p.ordersFrom}起的订单将于${p.resume}起发货。`,
    delivery: (p) => `${p.country}公共假期（${p.range}）：包裹可能比平时晚到。`,
    peakOrigin: (p) => `${p.peak}（${p.range}）：订单发货可能推迟最多${p.days}天。`,
    peakDestination: (p) => `${p.peak}（${p.range}）：包裹送达可能多需最多${p.days}天。`,
    uncovered: (p) => `${p.country}在${p.range}期间的官方日历尚未公布（${p.unknown}）：届时日期可能变动。`,
    unavailable: "无法加载配送通知。",
  },
};

const STYLE = `
  :host { display: block; font: inherit; color: var(--og-text, inherit); }
  :host([hidden]) { display: none; }
  [part~="banner"] { display: flex; gap: .6rem; align-items: flex-start; padding: .6rem .75rem;
    border: 1px solid var(--og-warning, #c77700); border-left-width: 4px; border-radius: var(--og-radius, .4rem);
    background: var(--og-warning-bg, #fff6e5); }
  [part~="banner"][data-severity="info"] { border-color: var(--og-info, #5a6478); background: var(--og-info-bg, #f0f2f5); }
  [part~="icon"] { flex: none; font-weight: 700; color: var(--og-warning, #8a5a00); }
  .body { flex: 1; display: grid; gap: .25rem; }
  ul[part~="notices"] { list-style: none; margin: 0; padding: 0; display: grid; gap: .25rem; }
  [part~="close"] { flex: none; font: inherit; line-height: 1; padding: .2rem .45rem; cursor: pointer;
    border: 1px solid transparent; border-radius: var(--og-radius, .4rem); background: transparent; color: inherit; }
  [part~="close"]:hover { border-color: var(--og-border, #b8c0cc); }
  [part~="close"]:focus-visible { outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #2454d6));
    outline-offset: 1px; }
  [part~="error"] { margin: 0; color: var(--og-error, #b3261e); }
  [hidden] { display: none !important; }
`;

const ATTRIBUTES = {
  "origin-country": "originCountry",
  "time-zone": "timeZone",
  "handling-days": "handlingDays",
  "destination-country": "destinationCountry",
  "days-ahead": "daysAhead",
  locale: "locale",
};

/** "2" -> 2; "1-3" -> { min: 1, max: 3 }; { min, max } and numbers as they are. */
function handling(value) {
  if (value == null || value === "") return undefined;
  if (typeof value === "object") return value;
  const parts = String(value).split(/[-–]/).map((p) => Number(p.trim()));
  return parts.length === 2 ? { min: parts[0], max: parts[1] } : parts[0];
}

function dismissed() {
  try {
    const list = JSON.parse(sessionStorage.getItem(KEY) ?? "[]");
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** What identifies the notices shown: a new notice (or new dates) makes another key. */
const keyOf = (notices) => notices.map((n) => `${n.code}:${n.side}:${n.from}:${n.to}`).join("|");

const regionNames = new Map();
function countryName(code, locale) {
  if (!regionNames.has(locale)) regionNames.set(locale, new Intl.DisplayNames([locale], { type: "region" }));
  try {
    return regionNames.get(locale).of(code) || code;
  } catch {
    return code;
  }
}


export class DelayNoticeElement extends HTMLElement {
  static observedAttributes = Object.keys(ATTRIBUTES);

  #og = null;
  #now = null;
  #notices = [];
  #addressCountry = "";
  #loadFailed = false;
  #unwatch = null;
  #onAddress = (event) => {
    const country = event.detail?.address?.country ?? "";
    if (country === this.#addressCountry) return;
    this.#addressCountry = country;
    this.#update();
  };

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet(STYLE)];
    this.$ = {
      banner: document.createElement("div"),
      icon: document.createElement("span"),
      notices: document.createElement("ul"),
      error: document.createElement("p"),
      close: document.createElement("button"),
    };
    const $ = this.$;
    $.banner.part = "banner";
    $.banner.setAttribute("role", "status");
    $.banner.hidden = true;
    $.icon.part = "icon";
    $.icon.textContent = "!";
    $.icon.setAttribute("aria-hidden", "true");
    $.notices.part = "notices";
    $.error.part = "error";
    $.close.part = "close";
    $.close.type = "button";
    $.close.textContent = "×";
    $.close.addEventListener("click", () => this.dismiss());
    const body = document.createElement("div");
    body.className = "body";
    const footer = document.createElement("slot");
    footer.name = "footer";
    body.append($.notices, $.error, footer);
    $.banner.append($.icon, body, $.close);
    root.append($.banner);
    // Attributes are the settings; the properties read and write them.
    for (const [name, prop] of Object.entries(ATTRIBUTES)) {
      if (prop === "locale") continue;
      Object.defineProperty(this, prop, {
        get: () => this.getAttribute(name) ?? "",
        set: (value) => (value == null ? this.removeAttribute(name) : this.setAttribute(name, String(value))),
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

  get locale() {
    return localeOf(this, Object.keys(TEXT));
  }
  set locale(value) {
    this.setAttribute("locale", value);
  }

  /** The notices the banner shows (or would, had the buyer not dismissed them). */
  get notices() {
    return this.#notices.slice();
  }

  /** Whether the buyer closed the banner for these notices in this session. */
  get dismissed() {
    return this.#notices.length > 0 && dismissed().includes(keyOf(this.#notices));
  }

  /** Hides the banner for the session, as its close button does. */
  dismiss() {
    if (this.#notices.length === 0) return;
    const key = keyOf(this.#notices);
    try {
      sessionStorage.setItem(KEY, JSON.stringify([...dismissed().filter((k) => k !== key), key].slice(-20)));
    } catch {
      // Storage refused: dismissed for this page only.
    }
    this.$.banner.hidden = true;
    this.dispatchEvent(new CustomEvent("og-delay-dismiss", { detail: { notices: this.notices }, bubbles: true, composed: true }));
  }

  attributeChangedCallback() {
    this.#update();
  }

  connectedCallback() {
    this.#unwatch ??= watchConfig(() => this.#update());
    document.addEventListener("og-address-change", this.#onAddress);
    const form = document.querySelector("og-address-form");
    if (form) this.#addressCountry = form.value?.country ?? form.getAttribute("country") ?? "";
    loadOrderguard().then(
      (og) => {
        this.#og = og;
        this.#update();
      },
      () => {
        this.#loadFailed = true;
        this.#show([], { message: this.#text().unavailable });
      },
    );
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
    document.removeEventListener("og-address-change", this.#onAddress);
  }

  #text() {
    return TEXT[this.locale];
  }

  #input() {
    const origin = sellerConfig().origin ?? {};
    const input = {
      now: this.now.toISOString(),
      origin: {
        country: this.getAttribute("origin-country") || origin.country || "CN",
        timeZone: this.getAttribute("time-zone") || origin.timeZone || "Asia/Shanghai",
      },
    };
    const days = handling(this.getAttribute("handling-days") || origin.handlingDays);
    if (days !== undefined) input.origin.handlingDays = days;
    const destination = this.getAttribute("destination-country") || this.#addressCountry;
    if (destination) input.destination = { country: destination.toUpperCase() };
    const ahead = this.getAttribute("days-ahead");
    if (ahead) input.daysAhead = Number(ahead);
    return input;
  }

  #update() {
    if (this.#loadFailed) {
      this.#show([], { message: this.#text().unavailable });
      return;
    }
    if (!this.#og || !this.isConnected) return;
    if (!checkoutRuntime.ready) {
      loadOrderguard().then(() => this.#update(), () => {});
      return;
    }
    let notices = [];
    let error = null;
    try {
      notices = this.#og.delayNotices(this.#input(), { locale: this.locale }).notices;
    } catch (e) {
      error = e;
    }
    this.#notices = notices;
    this.#show(notices, error);
    this.dispatchEvent(new CustomEvent("og-delay-notices", { detail: { notices: this.notices, error }, bubbles: true, composed: true }));
  }

  /** One notice in the buyer's words, its dates in the locale's format. */
  #sentence(notice) {
    const t = this.#text();
    const locale = this.locale;
    const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
    const p = notice.params ?? {};
    const date = (iso) => (iso ? day.format(civil(iso)) : "");
    const words = {
      ...p,
      country: p.country ? countryName(p.country, locale) : "",
      range: dateRange(day, locale, notice.from, notice.to),
      ordersFrom: date(p.ordersFrom),
      resume: date(p.resume),
      days: p.days ? new Intl.NumberFormat(locale).format(Number(p.days)) : "",
    };
    switch (notice.code) {
      // A Russian short month ends with its own full stop ("9 февр."): no second one after it.
      case "dispatch_closure": return t.dispatch(words).replace(/\.\.$/, ".");
      case "delivery_closure": return t.delivery(words);
      case "peak_season": return notice.side === "destination" ? t.peakDestination(words) : t.peakOrigin(words);
      case "calendar_not_covered": return t.uncovered(words);
      default: return notice.message;
    }
  }

  #show(notices, error) {
    const $ = this.$;
    const t = this.#text();
    $.close.setAttribute("aria-label", t.close);
    $.close.title = t.close;
    $.banner.setAttribute("aria-label", t.label);
    $.error.hidden = !error;
    $.error.textContent = error ? error.message : "";
    $.notices.replaceChildren(
      ...notices.map((notice) => {
        const li = document.createElement("li");
        li.part = "notice";
        li.dataset.code = notice.code;
        li.dataset.side = notice.side;
        li.dataset.severity = notice.severity;
        li.dataset.from = notice.from;
        li.dataset.to = notice.to;
        li.textContent = this.#sentence(notice);
        return li;
      }),
    );
    $.notices.hidden = notices.length === 0;
    $.close.hidden = notices.length === 0;
    $.banner.dataset.severity = notices.some((n) => n.severity === "warning") || error ? "warning" : "info";
    // Nothing to say, or the buyer said they have read it: nothing at all, not an empty box.
    $.banner.hidden = (notices.length === 0 && !error) || this.dismissed;
  }
}

if (!customElements.get("og-delay-notice")) customElements.define("og-delay-notice", DelayNoticeElement);
