// <og-order-summary>: what the buyer reads on the order confirmation page, so that nothing about the order
// surprises them later: the address as the parcel label will read it (with "Correct" / "Change"), when the
// parcel ships and arrives, how long a pickup point holds it and what happens after, a reminder to have
// the payment ready when they pay at receipt, and the cancellation and return terms with the return-by
// rule. Everything comes from the wasm core (validateAddress, estimateDelivery, returnPolicy) and the
// seller's configuration; this element only arranges and formats it.
//
// Property `order` (the truth): { address, orderedAt, method?, delivery?, payment? }
//   address     what <og-address-form> submits or its og-address-change event carries
//   orderedAt   RFC 3339 with an offset (or a Date)
//   method      "air_mail" | "air_express" | "express"; else the configuration's `method`
//   delivery    "pickup_point" | "courier"; else the configuration's `delivery`
//   payment     "prepaid" | "on_delivery" (optional)
// Attribute `locale`: en, ru, zh; else the configuration's, else the page's lang.
// From the configuration: `origin`, `transitDays`, `pickupHoldDays` (days a pickup point holds a parcel,
// e.g. 7 for Ozon), `returnTerms`, `category`, `termsGivenInWriting`.
// Events (bubble, composed): "og-address-confirm" { address, normalized, label } when the buyer says the
// address is correct; "og-address-change-request" { address } when they ask to change it;
// "og-order-summary" { validation, estimate, policy, errors } after each render.
// Parts: status, section, title, label-lines, issues, confirm, change, ship-by, arrival, method, pickup,
// payment, cancel, summary, return-by, details, toggle, lines, error.
import { checkoutRuntime, loadOrderguard } from "./runtime.js";
import { localeOf, sellerConfig, watchConfig } from "./config.js";
import { styleSheet } from "./style-sheet.js";
import { civil, dateRange } from "./dates.js";

const plural = (locale, n, forms) => forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;

const TEXT = {
  en: {
    loading: "Loading the order summary…",
    unavailable: "The order summary could not load. Please reload the page.",
    address: "Shipping address",
    check: "Please check the address as the parcel label will read it:",
    correct: "Correct",
    change: "Change",
    confirmed: "Thank you: the address is confirmed.",
    delivery: "Delivery",
    shipBy: (date) => `Ships by ${date}`,
    arrives: (range) => `Arrives ${range}`,
    method: { air_mail: "Air mail", air_express: "Air + express", express: "Express" },
    lastMile: { pickup_point: "to a pickup point", courier: "by courier" },
    how: (method, lastMile) => `${method}, ${lastMile}`,
    sep: " ",
    hold: (days) => `The pickup point holds the parcel for ${days} ${days === 1 ? "day" : "days"} after it arrives: we will tell you when it is there.`,
    holdUnknown: "The pickup point holds the parcel for a limited time: collect it promptly once it arrives.",
    after: { prepaid: "If it is not collected in time, it goes back to the seller and your payment is refunded.",
      on_delivery: "If it is not collected in time, it goes back to the seller.",
      unknown: "If it is not collected in time, it goes back to the seller; a prepaid order is refunded." },
    pay: { pickup_point: "You pay when you collect the parcel at the pickup point: please have the payment ready.",
      courier: "You pay the courier when the parcel is delivered: please have the payment ready." },
    terms: "Cancellation and returns",
    cancel: (date) => `You can cancel the order until it ships (by ${date}); after that, return it as below.`,
    days: (n) => `${n} ${n === 1 ? "day" : "days"}`,
    months: (n) => `${n} ${n === 1 ? "month" : "months"}`,
    and: (a, b) => `${a} and ${b}`,
    rule: (window) => `Return by: within ${window}, counted from the day after you receive the parcel.`,
    example: (arrival, by) => ` If it arrives on ${arrival}, the last day is ${by}.`,
    more: "Return policy details",
  },
  ru: {
    loading: "Загружаем сведения о заказе…",
    unavailable: "Не удалось загрузить сведения о заказе. Обновите страницу.",
    address: "Адрес доставки",
    check: "Проверьте адрес так, как он будет напечатан на посылке:",
    correct: "Всё верно",
    change: "Изменить",
    confirmed: "Спасибо, адрес подтверждён.",
    delivery: "Доставка",
    shipBy: (date) => `Отправка до ${date}`,
    arrives: (range) => `Доставка ${range}`,
    method: { air_mail: "Авиапочта", air_express: "Авиа + экспресс", express: "Экспресс" },
    lastMile: { pickup_point: "в пункт выдачи", courier: "курьером" },
    how: (method, lastMile) => `${method}, ${lastMile}`,
    sep: " ",
    hold: (days) => `Пункт выдачи хранит посылку ${days} ${plural("ru", days, { one: "день", few: "дня", many: "дней" })} после поступления; мы сообщим, когда она придёт.`,
    holdUnknown: "Пункт выдачи хранит посылку ограниченное время: заберите её сразу, как она придёт.",
    after: { prepaid: "Если её не забрать вовремя, она вернётся продавцу, а деньги будут возвращены.",
      on_delivery: "Если её не забрать вовремя, она вернётся продавцу.",
      unknown: "Если её не забрать вовремя, она вернётся продавцу; за оплаченный заказ деньги вернутся." },
    pay: { pickup_point: "Оплата при получении в пункте выдачи: подготовьте оплату заранее.",
      courier: "Оплата курьеру при получении: подготовьте оплату заранее." },
    terms: "Отмена и возврат",
    cancel: (date) => `Заказ можно отменить, пока он не отправлен (до ${date}); после отправки его можно вернуть на условиях ниже.`,
    days: (n) => `${n} ${plural("ru", n, { one: "дня", few: "дней", many: "дней", other: "дня" })}`,
    months: (n) => `${n} ${plural("ru", n, { one: "месяца", few: "месяцев", many: "месяцев", other: "месяца" })}`,
    and: (a, b) => `${a} и ${b}`,
    rule: (window) => `Срок возврата: в течение ${window}, считая со дня, следующего за получением посылки.`,
    example: (arrival, by) => ` Если она придёт ${arrival}, последний день — ${by}.`,
    more: "Подробнее об условиях возврата",
  },
  zh: {
    loading: "正在加载订单摘要…",
    unavailable: "无法加载订单摘要，请刷新页面。",
    address: "收货地址",
    check: "请核对包裹标签上将打印的地址：",
    correct: "正确",
    change: "修改",
    confirmed: "谢谢，地址已确认。",
    delivery: "配送",
    shipBy: (date) => `最晚发货 ${date}`,
    arrives: (range) => `预计送达 ${range}`,
    method: { air_mail: "航空小包", air_express: "航空+快递", express: "快递" },
    lastMile: { pickup_point: "送至自提点", courier: "快递员送货上门" },
    how: (method, lastMile) => `${method}，${lastMile}`,
    sep: "",
    hold: (days) => `包裹到达自提点后保留${days}天，到达时我们会通知您。`,
    holdUnknown: "自提点只在有限时间内保留包裹：包裹到达后请尽快领取。",
    after: { prepaid: "逾期未取的包裹将退回卖家，您的货款将被退还。",
      on_delivery: "逾期未取的包裹将退回卖家。",
      unknown: "逾期未取的包裹将退回卖家；已付款的订单将退款。" },
    pay: { pickup_point: "在自提点取件时付款：请提前准备好货款。",
      courier: "快递员送货时付款：请提前准备好货款。" },
    terms: "取消与退货",
    cancel: (date) => `发货前（${date}之前）可以取消订单；发货后可按以下条件退货。`,
    days: (n) => `${n}天`,
    months: (n) => `${n}个月`,
    and: (a, b) => `${a}零${b}`,
    rule: (window) => `退货期限：自收到包裹的次日起${window}内。`,
    example: (arrival, by) => `如果包裹在${arrival}送达，最后一天为${by}。`,
    more: "退货政策详情",
  },
};

const STYLE = `
  :host { display: block; font: inherit; color: var(--og-text, inherit); }
  :host([hidden]) { display: none; }
  .sections { display: grid; gap: var(--og-gap, .75rem); }
  [part~="section"] { border: 1px solid var(--og-border, #b8c0cc); border-radius: var(--og-radius, .4rem);
    padding: .75rem 1rem; background: var(--og-panel-bg, #fff); display: grid; gap: .35rem; }
  [part~="section"] p { margin: 0; }
  [part~="title"] { font-weight: 600; }
  [part~="label-lines"] { padding: .5rem .75rem; background: var(--og-label-bg, #f3f4f6); white-space: pre-line;
    font-family: ui-monospace, monospace; }
  ul { margin: 0; padding-left: 1.2rem; display: grid; gap: .2rem; }
  [part~="issues"] { color: var(--og-warning, #8a5a00); }
  .actions { display: flex; gap: .5rem; flex-wrap: wrap; }
  button { font: inherit; padding: .45rem .9rem; border-radius: var(--og-radius, .4rem); cursor: pointer;
    border: 1px solid var(--og-accent, #2456d6); }
  [part~="confirm"] { background: var(--og-accent, #2456d6); color: var(--og-accent-text, #fff); }
  [part~="change"] { background: transparent; color: var(--og-accent, #2456d6); }
  button:focus-visible, [part~="toggle"]:focus-visible { outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #2456d6));
    outline-offset: 2px; }
  [part~="arrival"] { font-weight: 600; font-size: 1.1rem; }
  [part~="ship-by"], [part~="method"] { color: var(--og-muted, #4a5366); }
  [part~="pickup"], [part~="payment"] { padding: .45rem .6rem; border-left: 3px solid var(--og-warning, #c77700);
    background: var(--og-warning-bg, #fff6e5); border-radius: .25rem; }
  [part~="return-by"] { font-weight: 600; }
  [part~="toggle"] { cursor: pointer; color: var(--og-accent, #2456d6); }
  [part~="error"] { color: var(--og-error, #b3261e); }
  [part~="status"]:empty { display: none; }
  [hidden] { display: none !important; }
`;

function node(tag, part, text) {
  const el = document.createElement(tag);
  if (part) el.setAttribute("part", part);
  if (text !== undefined) el.textContent = text;
  return el;
}


/** "2" -> 2; "1-3" -> { min: 1, max: 3 }; numbers and { min, max } as they are. */
function dayRange(value, single) {
  if (value && typeof value === "object") return value;
  const parts = String(value).split(/[-–]/).map((p) => Number(p.trim()));
  if (parts.length === 2) return { min: parts[0], max: parts[1] };
  return single ? parts[0] : { min: parts[0], max: parts[0] };
}

export class OrderSummaryElement extends HTMLElement {
  static observedAttributes = ["locale"];

  #og = null;
  #order = null;
  #validation = null;
  #confirmed = false;
  #unwatch = null;
  #loadFailed = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet(STYLE)];
    this.status = node("p", "status");
    this.status.setAttribute("role", "status");
    this.sections = node("div");
    this.sections.className = "sections";
    root.append(this.status, this.sections);
  }

  /** The order shown: { address, orderedAt, method?, delivery?, payment? }. Setting it re-renders. */
  get order() {
    return this.#order ? { ...this.#order } : null;
  }
  set order(value) {
    this.#order = value && typeof value === "object" ? { ...value } : null;
    this.#confirmed = false;
    this.#render();
  }

  /** Whether the buyer said the address is correct (since the order was last set). */
  get confirmed() {
    return this.#confirmed;
  }

  get locale() {
    return localeOf(this, Object.keys(TEXT));
  }
  set locale(value) {
    this.setAttribute("locale", value);
  }

  attributeChangedCallback() {
    this.#render();
  }

  connectedCallback() {
    if (!this.#og) this.status.textContent = this.#text().loading;
    this.#unwatch ??= watchConfig(() => this.#render());
    loadOrderguard().then(
      (og) => {
        this.#og = og;
        this.status.textContent = "";
        this.#render();
      },
      () => {
        this.#loadFailed = true;
        this.status.textContent = this.#text().unavailable;
      },
    );
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  #text() {
    return TEXT[this.locale];
  }

  #render() {
    if (this.#loadFailed) {
      this.status.textContent = this.#text().unavailable;
      return;
    }
    if (!this.#og || !this.isConnected) return;
    if (!checkoutRuntime.ready) {
      loadOrderguard().then(() => this.#render(), () => {});
      return;
    }
    const order = this.#order;
    if (!order) {
      this.sections.replaceChildren();
      return;
    }
    const errors = [];
    const attempt = (work) => {
      try {
        return work();
      } catch (error) {
        errors.push(error);
        return error;
      }
    };
    const locale = this.locale;
    const config = sellerConfig();
    const address = order.address && typeof order.address === "object" ? order.address : {};
    const validation = attempt(() => this.#og.validateAddress(address, { locale }));
    this.#validation = validation instanceof Error ? null : validation;
    const delivery = order.delivery ?? config.delivery ?? "pickup_point";
    const estimate = attempt(() => this.#og.estimateDelivery(this.#deliveryInput(order, delivery, config), { locale }));
    const policy = attempt(() => this.#og.returnPolicy(this.#policyInput(address, config, locale)));
    const latest = estimate instanceof Error ? null : estimate.latest;
    // The same policy for a parcel delivered on the last day of the window: its return-by date, as an example.
    const example = latest && !(policy instanceof Error) && policy.windowSource !== "none"
      ? attempt(() => this.#og.returnPolicy({ ...this.#policyInput(address, config, locale), deliveredOn: latest }))
      : null;
    this.sections.replaceChildren(
      this.#addressSection(validation),
      this.#deliverySection(estimate, order, delivery, config),
      this.#termsSection(policy, example instanceof Error ? null : example, estimate),
    );
    this.dispatchEvent(
      new CustomEvent("og-order-summary", {
        detail: {
          validation: this.#validation,
          estimate: estimate instanceof Error ? null : estimate,
          policy: policy instanceof Error ? null : policy,
          errors,
        },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #deliveryInput(order, delivery, config) {
    const origin = config.origin ?? {};
    const address = order.address ?? {};
    const orderedAt = order.orderedAt instanceof Date ? order.orderedAt.toISOString() : order.orderedAt;
    const input = {
      orderedAt: orderedAt ?? new Date().toISOString(),
      origin: {
        country: origin.country ?? "CN",
        timeZone: origin.timeZone ?? "Asia/Shanghai",
        cutoff: origin.cutoff ?? "18:00",
        handlingDays: dayRange(origin.handlingDays ?? 1, true),
      },
      destination: { country: address.country ?? "" },
      method: order.method ?? config.method ?? "air_express",
      delivery,
    };
    if (address.postalCode) input.destination.postalCode = address.postalCode;
    if (address.region) input.destination.region = address.region;
    if (config.transitDays) input.transitDays = dayRange(config.transitDays, false);
    return input;
  }

  #policyInput(address, config, locale) {
    const input = { market: address.country ?? "", termsGivenInWriting: config.termsGivenInWriting !== false, locale };
    if (config.returnTerms) input.seller = config.returnTerms;
    if (config.category) input.category = config.category;
    return input;
  }

  #section(name, title) {
    const section = node("section", "section");
    section.dataset.section = name;
    const heading = node("p", "title", title);
    heading.id = `og-${name}-title`;
    section.setAttribute("aria-labelledby", heading.id);
    section.append(heading);
    return section;
  }

  #date(iso, options = { weekday: "short", month: "short", day: "numeric" }) {
    return new Intl.DateTimeFormat(this.locale, { ...options, timeZone: "UTC" }).format(civil(iso));
  }

  #addressSection(validation) {
    const t = this.#text();
    const section = this.#section("address", t.address);
    if (validation instanceof Error) {
      section.append(node("p", "error", validation.message));
      return section;
    }
    const lines = node("p", "label-lines", validation.label.join("\n"));
    section.append(node("p", null, t.check), lines);
    if (validation.issues.length) {
      const issues = node("ul", "issues");
      issues.append(...validation.issues.map((issue) => {
        const li = node("li", null, issue.message);
        li.dataset.code = issue.code;
        li.dataset.severity = issue.severity;
        return li;
      }));
      section.append(issues);
    }
    const actions = node("div");
    actions.className = "actions";
    const correct = node("button", "confirm", t.correct);
    correct.type = "button";
    // An address that must be fixed cannot be confirmed as it is.
    correct.hidden = validation.verdict === "fix" || this.#confirmed;
    correct.addEventListener("click", () => this.#confirm());
    const change = node("button", "change", t.change);
    change.type = "button";
    change.addEventListener("click", () => {
      this.dispatchEvent(new CustomEvent("og-address-change-request", {
        detail: { address: { ...this.#order.address } }, bubbles: true, composed: true,
      }));
    });
    actions.append(correct, change);
    section.append(actions);
    return section;
  }

  #confirm() {
    const validation = this.#validation;
    if (!validation || validation.verdict === "fix") return;
    this.#confirmed = true;
    this.shadowRoot.querySelector('[part~="confirm"]').hidden = true;
    this.shadowRoot.querySelector('[part~="change"]').focus();
    this.status.textContent = this.#text().confirmed;
    this.dispatchEvent(new CustomEvent("og-address-confirm", {
      detail: { address: { ...this.#order.address }, normalized: validation.normalized, label: validation.label },
      bubbles: true,
      composed: true,
    }));
  }

  #deliverySection(estimate, order, delivery, config) {
    const t = this.#text();
    const section = this.#section("delivery", t.delivery);
    if (estimate instanceof Error) {
      section.append(node("p", "error", estimate.message));
    } else {
      const format = new Intl.DateTimeFormat(this.locale, { month: "short", day: "numeric", timeZone: "UTC" });
      const range = dateRange(format, this.locale, estimate.earliest, estimate.latest);
      const arrival = node("p", "arrival", t.arrives(range));
      arrival.dataset.earliest = estimate.earliest;
      arrival.dataset.latest = estimate.latest;
      const shipBy = node("p", "ship-by", t.shipBy(this.#date(estimate.shipBy)));
      shipBy.dataset.date = estimate.shipBy;
      const method = order.method ?? config.method ?? "air_express";
      section.append(arrival, shipBy, node("p", "method", t.how(t.method[method] ?? method, t.lastMile[delivery] ?? delivery)));
    }
    const payment = order.payment === "prepaid" || order.payment === "on_delivery" ? order.payment : "unknown";
    if (delivery === "pickup_point") {
      const hold = Number(config.pickupHoldDays);
      const holds = Number.isInteger(hold) && hold > 0 ? t.hold(hold) : t.holdUnknown;
      const pickup = node("p", "pickup", `${holds}${t.sep}${t.after[payment]}`);
      pickup.dataset.holdDays = Number.isInteger(hold) && hold > 0 ? String(hold) : "";
      section.append(pickup);
    }
    if (payment === "on_delivery") section.append(node("p", "payment", t.pay[delivery] ?? t.pay.courier));
    return section;
  }

  #termsSection(policy, example, estimate) {
    const t = this.#text();
    const section = this.#section("terms", t.terms);
    if (!(estimate instanceof Error)) {
      const cancel = node("p", "cancel", t.cancel(this.#date(estimate.shipBy)));
      section.append(cancel);
    }
    if (policy instanceof Error) {
      section.append(node("p", "error", policy.message));
      return section;
    }
    const [summary, ...rest] = policy.text;
    section.append(node("p", "summary", summary));
    if (policy.windowSource !== "none" && (policy.windowDays > 0 || policy.windowMonths > 0)) {
      const parts = [];
      if (policy.windowDays > 0) parts.push(t.days(policy.windowDays));
      if (policy.windowMonths > 0) parts.push(t.months(policy.windowMonths));
      let rule = t.rule(parts.length === 2 ? t.and(...parts) : parts[0]);
      if (example?.returnBy) {
        const long = { dateStyle: "long" };
        // A long Russian date ends with its own full stop ("28 декабря 2026 г."): no second one after it.
        rule += t.example(this.#date(estimate.latest, long), this.#date(example.returnBy, long)).replace(/\.\.$/, ".");
      }
      const returnBy = node("p", "return-by", rule);
      if (example?.returnBy) returnBy.dataset.example = example.returnBy;
      section.append(returnBy);
    }
    if (rest.length) {
      const details = node("details", "details");
      const lines = node("ul", "lines");
      lines.append(...rest.map((line) => node("li", null, line)));
      details.append(node("summary", "toggle", t.more), lines);
      section.append(details);
    }
    return section;
  }
}

if (!customElements.get("og-order-summary")) customElements.define("og-order-summary", OrderSummaryElement);
