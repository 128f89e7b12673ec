// The compact form of <og-delivery-estimate> (attribute `compact`), for product pages: one or two lines,
// "Ships in 1-2 working days. To Moscow: Dec 13 – 20", and a disclosure where the buyer says where the
// parcel goes. The estimate is the element's own (its chosen method, its seller settings); this module
// only draws it, so the checkout entry, which has no use for it, does not carry it.
//
// The destination: the buyer's choice for this session (sessionStorage, never a cookie or a request)
// when there is one, else the element's `destination-country`, `region`, `postal-code` (with
// `destination-name`, the place shown, "Moscow"), else the configuration's defaults. The choice is what
// the buyer picks in the disclosure, or the last address an <og-address-form> on any page of the session
// checked without an error to fix.
// Event: "og-destination-change" (document, bubbles) with detail { country, city, postalCode, region }
// after the buyer's choice. Parts: compact, ships, arrival, error, destination, destination-toggle,
// destination-form, label, input, apply.
import "./delivery-estimate.js";
import { sellerConfig } from "./config.js";
import { styleSheet } from "./style-sheet.js";
import { civil, dateRange } from "./dates.js";

const KEY = "orderguard:destination";
const COUNTRIES = ["RU", "BY", "KZ", "CN", "DE", "BR", "AM", "KG", "UZ", "AT", "FR", "IT", "ES", "PL", "NL"];

const TEXT = {
  en: {
    ships: (days, one) => `Ships in ${days} working day${one ? "" : "s"}.`,
    arrival: (place, range) => `To ${place}: ${range}`,
    change: "Change the destination",
    country: "Country",
    city: "City (optional)",
    postalCode: "Postal code (optional)",
    apply: "Show delivery dates",
  },
  ru: {
    ships: (days, one) => `Отправка в течение ${days} ${one ? "рабочего дня" : "рабочих дней"}.`,
    arrival: (place, range) => `${place}: доставка ${range}`,
    change: "Изменить место доставки",
    country: "Страна",
    city: "Город (необязательно)",
    postalCode: "Почтовый индекс (необязательно)",
    apply: "Показать сроки доставки",
  },
  zh: {
    ships: (days) => `${days}个工作日内发货。`,
    arrival: (place, range) => `送至${place}：${range}`,
    change: "更改收货地",
    country: "国家/地区",
    city: "城市（选填）",
    postalCode: "邮政编码（选填）",
    apply: "查看送达时间",
  },
};

const STYLE = `
  :host([compact]) div[role="status"]:not(.compact) { display: none; }
  .compact { display: grid; gap: .15rem; }
  .compact p { margin: 0; }
  [part~="ships"] { color: var(--og-muted, #4a5366); }
  [part~="arrival"] { font-weight: 600; }
  [part~="destination"] { margin-top: .35rem; }
  [part~="destination-toggle"] { cursor: pointer; color: var(--og-accent, #2454d6); width: fit-content; }
  [part~="destination-toggle"]:focus-visible, input:focus-visible, select:focus-visible, button:focus-visible {
    outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #2454d6)); outline-offset: 2px; }
  form { display: grid; gap: .4rem; margin-top: .5rem; max-width: 22rem; }
  label { display: grid; gap: .15rem; font-size: .95em; }
  input, select { font: inherit; padding: .35rem .5rem; border: 1px solid var(--og-border, #b8c0cc);
    border-radius: var(--og-radius, .4rem); background: var(--og-input-bg, #fff); color: inherit; }
  button { font: inherit; padding: .4rem .8rem; border: 0; border-radius: var(--og-radius, .4rem); width: fit-content;
    background: var(--og-accent, #2454d6); color: var(--og-accent-text, #fff); cursor: pointer; }
  [part~="error"] { color: var(--og-error, #b3261e); }
  [hidden] { display: none !important; }
`;

/** The buyer's destination for this session, or null. */
export function rememberedDestination() {
  try {
    const choice = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
    return choice && typeof choice.country === "string" && /^[A-Z]{2}$/.test(choice.country) ? choice : null;
  } catch {
    return null;
  }
}

/** Remembers the buyer's destination for the session and re-estimates every compact estimate. */
export function rememberDestination(choice) {
  const clean = { country: String(choice.country).toUpperCase() };
  for (const key of ["city", "postalCode", "region"]) if (choice[key]) clean[key] = String(choice[key]).trim();
  try {
    sessionStorage.setItem(KEY, JSON.stringify(clean));
  } catch {
    // Storage refused (a private window's quota): the choice holds for this page only.
  }
  current = clean;
  for (const estimate of document.querySelectorAll("og-delivery-estimate[compact]")) applyChoice(estimate);
  document.dispatchEvent(new CustomEvent("og-destination-change", { detail: clean, bubbles: true }));
}

let current;

/** Gives the element the buyer's destination, if any; true when that changed it (it re-estimated). */
function applyChoice(element) {
  current ??= rememberedDestination();
  if (!current) return false;
  const wanted = { destinationCountry: current.country, postalCode: current.postalCode ?? "", region: current.region ?? "" };
  let changed = false;
  for (const [key, value] of Object.entries(wanted)) {
    if (element[key] !== value) {
      changed = true;
      element[key] = value; // re-estimates, and draws again through `render`
    }
  }
  return changed;
}

const regionNames = new Map();
function countryName(code, locale) {
  if (!regionNames.has(locale)) regionNames.set(locale, new Intl.DisplayNames([locale], { type: "region" }));
  return regionNames.get(locale).of(code) || code;
}

function node(tag, part, text) {
  const el = document.createElement(tag);
  if (part) el.setAttribute("part", part);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The parts of one element's compact form, made on first render. */
const forms = new WeakMap();

function build(element) {
  const root = element.shadowRoot;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet(STYLE)];
  const $ = {
    status: node("div", "compact"),
    ships: node("p", "ships"),
    arrival: node("p", "arrival"),
    error: node("p", "error"),
    details: node("details", "destination"),
    toggle: node("summary", "destination-toggle"),
    form: node("form", "destination-form"),
    country: node("select", "input"),
    city: node("input", "input"),
    postalCode: node("input", "input"),
    apply: node("button", "apply"),
    labels: {},
  };
  $.status.className = "compact";
  $.status.setAttribute("role", "status");
  $.status.append($.ships, $.arrival, $.error);
  $.city.autocomplete = "address-level2";
  $.postalCode.autocomplete = "postal-code";
  for (const name of ["country", "city", "postalCode"]) {
    $[name].id = `og-destination-${name}`;
    $[name].name = name;
    const label = node("label", "label");
    label.append(node("span"), $[name]);
    $.labels[name] = label.firstChild;
    $.form.append(label);
  }
  $.apply.type = "submit";
  $.form.append($.apply);
  $.form.addEventListener("submit", (event) => {
    event.preventDefault();
    rememberDestination({ country: $.country.value, city: $.city.value, postalCode: $.postalCode.value });
    $.details.open = false;
    $.toggle.focus();
  });
  $.details.append($.toggle, $.form);
  // Before the slot: the page's note stays last.
  root.querySelector("slot").before($.status, $.details);
  forms.set(element, $);
  return $;
}

function fillCountries($, country, locale) {
  const offered = Array.isArray(sellerConfig().countries) ? sellerConfig().countries.map((c) => String(c).toUpperCase()) : COUNTRIES;
  const codes = offered.includes(country) ? offered : [country, ...offered];
  $.country.replaceChildren(
    ...codes.map((code) => {
      const option = node("option", null, countryName(code, locale));
      option.value = code;
      option.selected = code === country;
      return option;
    }),
  );
}

/** The working-day span, "1-2" or "1", as the locale writes numbers. */
function span({ min, max }, locale) {
  const n = new Intl.NumberFormat(locale);
  return min === max ? n.format(min) : `${n.format(min)}-${n.format(max)}`;
}


/** Draws the compact form; the element calls it after each estimate when it has the `compact` attribute. */
export function renderCompact(element, estimate, error, locale) {
  if (applyChoice(element)) return; // the element re-estimated for the buyer's destination and drew that
  const t = TEXT[locale] ?? TEXT.en;
  const $ = forms.get(element) ?? build(element);
  const country = element.destinationCountry;
  const chosen = current && current.country === country && (current.postalCode ?? "") === element.postalCode;
  const place = chosen
    ? current.city || countryName(country, locale)
    : element.getAttribute("destination-name") || countryName(country, locale);
  $.error.hidden = !error;
  $.error.textContent = error ? error.message : "";
  $.ships.hidden = $.arrival.hidden = !estimate;
  if (estimate) {
    const days = estimate.breakdown.handlingDays;
    $.ships.textContent = t.ships(span(days, locale), days.max === 1);
    $.arrival.textContent = t.arrival(place, dateRange(new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }), locale, estimate.earliest, estimate.latest));
    $.arrival.dataset.country = country;
  }
  $.toggle.textContent = t.change;
  for (const name of ["country", "city", "postalCode"]) $.labels[name].textContent = t[name];
  $.apply.textContent = t.apply;
  // Not while the buyer is choosing: a re-estimate (the clock, the language) keeps what they picked.
  if (!$.details.open) {
    fillCountries($, country, locale);
    $.city.value = chosen ? current.city ?? "" : "";
    $.postalCode.value = element.postalCode;
  }
}

// An address the buyer gave on any page of the session (a cart or checkout with the address form) is
// where the parcels go: remembered, unless it still has an error to fix.
document.addEventListener("og-address-change", (event) => {
  const { address, result } = event.detail ?? {};
  if (!address?.country || result?.verdict === "fix") return;
  rememberDestination({ country: address.country, city: address.city, postalCode: address.postalCode, region: address.region });
});

const defined = customElements.get("og-delivery-estimate");
if (defined && !defined.compact) defined.compact = renderCompact;
