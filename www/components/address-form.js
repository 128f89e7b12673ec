// <og-address-form>: a shipping-address form that validates as the buyer types and asks them to
// confirm the address as the parcel label will print it.
//
// Attributes configure: `country` (ISO alpha-2, default RU), `locale` (else the configuration's, else the
// page's lang); both mirrored by properties.
// Properties are the truth: `value` (the address), `result` (the last validation), `confirmed`.
// Events report, after each validation and confirmation: `og-address-change` (bubbles, composed) with
// `detail: { address, result, confirmed }`, and `change` with `detail: { result, confirmed }`.
// Form-associated: the surrounding form cannot submit while the address must be fixed or confirmed;
// Enter in a field submits the surrounding form, as in any form.
// Parts: form, field, field-<name>, label, input, message, status, confirm, label-lines, confirm-button.
// Slot `footer`: the page's own content under the form (a privacy note, a link).
import { checkoutRuntime, internalError, loadOrderguard } from "./runtime.js";
import { localeOf, sellerConfig, watchConfig } from "./config.js";
import { styleSheet } from "./style-sheet.js";

// Countries whose regions are not in the package, and the numbering plans of those outside the six main
// markets, come in files beside it (`addressForm(country).regionsFile`, `.phonePlansFile`), given to each
// module instance once (a fresh instance after a trap starts without them). Until they are there, or if
// they cannot be fetched, the address is checked as before. The loader itself comes only when a buyer
// picks such a country.
const loadedIn = new WeakMap();
let addressFiles = null;

function isLoaded(key) {
  return loadedIn.get(checkoutRuntime.instance)?.has(key) ?? false;
}

/** Resolves once `load` has put its file in the live instance; rejects when it cannot. */
async function loadFile(key, load) {
  addressFiles ??= import("./address-files.js");
  const live = checkoutRuntime.instance;
  await load(await addressFiles);
  if (!live || live !== checkoutRuntime.instance) throw new Error("the module instance changed");
  if (!loadedIn.has(live)) loadedIn.set(live, new Set());
  loadedIn.get(live).add(key);
}

const COUNTRIES = ["RU", "BY", "KZ", "CN", "DE", "BR", "AM", "KG", "UZ", "AT", "FR", "IT", "ES", "PL", "NL", "US", "GB"];

const TEXT = {
  en: {
    country: "Country", recipient: "Full name", organization: "Company (optional)",
    addressLine1: "Street and house number", addressLine2: "Apartment, floor (optional)", phone: "Mobile phone (optional)",
    city: "City", post_town: "Post town", district: "District", suburb: "Suburb", neighborhood: "Neighborhood",
    village_township: "Village or township", townland: "Townland",
    oblast: "Region", state: "State", province: "Province", region: "Region", area: "Area", county: "County",
    department: "Department", district_region: "District", do_si: "Province", emirate: "Emirate", island: "Island",
    parish: "Parish", prefecture: "Prefecture",
    postal: "Postal code", zip: "ZIP code", pin: "PIN code", eircode: "Eircode",
    loading: "Loading the address form…", unavailable: "The address form could not load. Please reload the page.", checking: "Checking…", fix: "Please correct the highlighted fields.",
    confirm: "Please check the address and confirm it.", accept: "The address looks right.",
    labelHeading: "Your parcel will be addressed:", confirmButton: "Yes, this address is correct",
    confirmed: "Address confirmed.", mustConfirm: "Please confirm the address.",
  },
  ru: {
    country: "Страна", recipient: "ФИО получателя", organization: "Организация (необязательно)",
    addressLine1: "Улица и номер дома", addressLine2: "Квартира, подъезд (необязательно)", phone: "Мобильный телефон (необязательно)",
    city: "Город или населённый пункт", post_town: "Город", district: "Район", suburb: "Район", neighborhood: "Район",
    village_township: "Посёлок", townland: "Местность",
    oblast: "Регион (область, край, республика)", state: "Штат", province: "Провинция", region: "Регион", area: "Область",
    county: "Округ", department: "Департамент", district_region: "Район", do_si: "Провинция", emirate: "Эмират",
    island: "Остров", parish: "Приход", prefecture: "Префектура",
    postal: "Почтовый индекс", zip: "Индекс (ZIP)", pin: "Индекс (PIN)", eircode: "Eircode",
    loading: "Загружаем форму адреса…", unavailable: "Не удалось загрузить форму адреса. Обновите страницу.", checking: "Проверяем…", fix: "Исправьте отмеченные поля.",
    confirm: "Проверьте адрес и подтвердите его.", accept: "Адрес выглядит верно.",
    labelHeading: "Так будет подписана посылка:", confirmButton: "Да, адрес верный",
    confirmed: "Адрес подтверждён.", mustConfirm: "Подтвердите адрес.",
  },
  zh: {
    country: "国家/地区", recipient: "收件人姓名", organization: "公司（选填）",
    addressLine1: "街道和门牌号", addressLine2: "楼层、房间号（选填）", phone: "手机号码（选填）",
    city: "城市", post_town: "城镇", district: "区/县", suburb: "区", neighborhood: "街区",
    village_township: "乡镇", townland: "地区",
    oblast: "州/地区", state: "州", province: "省/直辖市/自治区", region: "地区", area: "地区", county: "县",
    department: "省", district_region: "区", do_si: "道/市", emirate: "酋长国", island: "岛", parish: "教区",
    prefecture: "都道府县",
    postal: "邮政编码", zip: "邮政编码", pin: "邮政编码", eircode: "Eircode",
    loading: "正在加载地址表单…", unavailable: "地址表单无法加载，请刷新页面。", checking: "正在检查…", fix: "请更正标出的字段。",
    confirm: "请核对并确认地址。", accept: "地址看起来正确。",
    labelHeading: "包裹上的地址将是：", confirmButton: "是的，地址正确",
    confirmed: "地址已确认。", mustConfirm: "请确认地址。",
  },
};

const STYLE = `
:host { display: block; font: inherit; color: var(--og-text, #1d2433); }
form { display: grid; gap: var(--og-gap, .75rem); margin: 0; }
.field { display: grid; gap: .25rem; }
label { font-weight: 600; font-size: .95em; }
input, select { font: inherit; padding: .5rem .6rem; border: 1px solid var(--og-border, #b8c0cc);
  border-radius: var(--og-radius, .4rem); background: var(--og-input-bg, #fff); color: inherit; }
input:focus, select:focus, button:focus-visible { outline: var(--og-focus-width, 2px) solid var(--og-focus, var(--og-accent, #2456d6));
  outline-offset: 1px; }
[aria-invalid="true"] { border-color: var(--og-error, #b3261e); }
.message { font-size: .9em; min-height: 0; }
.message:empty { display: none; }
.message[data-severity="error"] { color: var(--og-error, #b3261e); }
.message[data-severity="warning"] { color: var(--og-warning, #8a5a00); }
.status { font-weight: 600; }
.confirm { border: 1px solid var(--og-border, #b8c0cc); border-radius: var(--og-radius, .4rem); padding: .75rem 1rem;
  background: var(--og-panel-bg, #fff); }
.confirm[hidden] { display: none; }
.label-lines { margin: .5rem 0; padding: .5rem .75rem; background: var(--og-label-bg, #f3f4f6); color: inherit;
  font-family: ui-monospace, monospace; white-space: pre-line; }
button { font: inherit; padding: .5rem .9rem; border-radius: var(--og-radius, .4rem); border: 0;
  background: var(--og-accent, #2456d6); color: var(--og-accent-text, #fff); cursor: pointer; }
button[hidden] { display: none; }
`;

// The country names of each language, made once per page. The first `Intl.DisplayNames` costs a page about
// 20 ms (it loads the language's region names), so the first form lists codes, answers the buyer's first
// validation, and names its countries in the next task.
const regionNames = new Map();

function nameCountries(select, locale) {
  if (!regionNames.has(locale)) regionNames.set(locale, new Intl.DisplayNames([locale], { type: "region" }));
  const names = regionNames.get(locale);
  for (const option of select.options) option.textContent = names.of(option.value) || option.value;
}

export class OgAddressForm extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ["country", "locale"];

  #internals = this.attachInternals();
  #root = this.attachShadow({ mode: "open", delegatesFocus: true });
  #og = null;
  /** The current country's files beside the package, as `addressForm` names them. */
  #files = { regionsFile: null, phonePlansFile: null };
  /** The files on their way. */
  #awaited = new Set();
  #value = {};
  // Messages show for the fields the buyer has left or given a value, and for all once they try to submit.
  #touched = new Set();
  #showAll = false;
  #result = null;
  #confirmed = false;
  #timer = 0;
  #inputs = new Map();
  #messages = new Map();
  #unwatch = null;

  constructor() {
    super();
    this.form = document.createElement("form");
    this.form.part = "form";
    this.form.noValidate = true;
    this.form.addEventListener("submit", (e) => e.preventDefault());
    this.status = document.createElement("p");
    this.status.className = "status";
    this.status.part = "status";
    this.status.setAttribute("role", "status");
    this.panel = document.createElement("div");
    this.panel.className = "confirm";
    this.panel.part = "confirm";
    this.panel.hidden = true;
    this.labelHeading = document.createElement("p");
    this.labelLines = document.createElement("p");
    this.labelLines.className = "label-lines";
    this.labelLines.part = "label";
    this.confirmButton = document.createElement("button");
    this.confirmButton.type = "button";
    this.confirmButton.part = "confirm-button";
    this.confirmButton.addEventListener("click", () => this.confirm());
    // The surrounding form refused to submit: show every problem, not only those of fields already visited.
    this.addEventListener("invalid", () => {
      this.#showAll = true;
      if (this.#result) this.#update();
    });
    this.panel.append(this.labelHeading, this.labelLines, this.confirmButton);
    this.labelLines.part = "label-lines";
    const footer = document.createElement("slot");
    footer.name = "footer";
    // A constructed stylesheet, not a <style> element: a strict CSP (no 'unsafe-inline' styles) allows it.
    this.#root.adoptedStyleSheets = [styleSheet(STYLE)];
    this.#root.append(this.form, this.status, this.panel, footer);
  }

  connectedCallback() {
    // The frame shows at once; the fields follow when the module is ready.
    if (!this.#og) {
      this.form.setAttribute("aria-busy", "true");
      this.status.textContent = this.#text.loading;
    }
    this.#internals.setValidity({ customError: true }, this.#text.checking);
    this.#unwatch ??= watchConfig(() => this.#og && this.#build());
    loadOrderguard().then(
      (og) => {
        this.#og = og;
        this.form.removeAttribute("aria-busy");
        this.#build();
      },
      () => {
        // Without the module there is nothing to check against: say so; the form stays unsubmittable.
        this.form.removeAttribute("aria-busy");
        this.status.dataset.verdict = "unavailable";
        this.status.textContent = this.#text.unavailable;
        this.#internals.setValidity({ customError: true }, this.#text.unavailable);
      },
    );
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  attributeChangedCallback(name) {
    if (name === "country") this.#value = { ...this.#value, country: undefined };
    if (this.#og) this.#build();
  }

  /** The language of the form's own texts and of the validation messages: en, ru or zh. */
  get locale() {
    return localeOf(this, Object.keys(TEXT));
  }

  set locale(value) {
    this.setAttribute("locale", value);
  }

  set country(value) {
    this.setAttribute("country", String(value).toUpperCase());
  }

  get #text() {
    return TEXT[this.locale];
  }

  get country() {
    return (this.#value.country || this.getAttribute("country") || "RU").toUpperCase();
  }

  /** The address as typed. Setting it fills the form and validates at once. */
  get value() {
    return { ...this.#value, country: this.country };
  }

  set value(address) {
    this.#value = { ...(address || {}) };
    for (const field of Object.keys(this.#value)) this.#touched.add(field);
    if (this.#og) this.#build();
  }

  /** The last validation result, or null before the first one. */
  get result() {
    return this.#result;
  }

  get confirmed() {
    return this.#confirmed;
  }

  /** The buyer agrees the address is right as the label prints it. */
  confirm() {
    if (!this.#result || this.#result.verdict === "fix") return;
    this.#confirmed = true;
    this.#update();
    this.#emit();
  }

  #build() {
    const text = this.#text;
    let layout;
    try {
      layout = this.#og.addressForm(this.country) || this.#og.addressForm("RU");
    } catch (error) {
      this.#cannotCheck(error); // the fields there are stay, so the buyer's next input checks again
      return;
    }
    // Rebuilding replaces the fields (a new country, a new language): focus stays on the same field.
    const focusedField = this.#root.activeElement?.name;
    this.form.replaceChildren();
    this.#inputs.clear();
    this.#messages.clear();

    const names = regionNames.get(this.locale);
    const select = document.createElement("select");
    const offered = Array.isArray(sellerConfig().countries) ? sellerConfig().countries.map((c) => String(c).toUpperCase()) : COUNTRIES;
    const codes = offered.includes(this.country) ? offered : [this.country, ...offered];
    for (const code of codes) {
      const option = document.createElement("option");
      option.value = code;
      option.textContent = names?.of(code) || code;
      option.selected = code === this.country;
      select.append(option);
    }
    select.addEventListener("change", () => {
      this.#value = { ...this.#collect(), country: select.value };
      this.#build();
    });
    this.#field("country", text.country, select, true);

    for (const { field, required, kind } of layout.fields) {
      const input = document.createElement("input");
      input.value = this.#value[field] ?? "";
      input.autocomplete = AUTOCOMPLETE[field] || "on";
      if (field === "phone") input.type = "tel";
      if (field === "postalCode" && layout.postalExample) input.placeholder = layout.postalExample;
      input.addEventListener("input", () => {
        if (input.value !== "") this.#touched.add(field);
        this.#schedule();
      });
      input.addEventListener("change", () => this.#validateNow());
      input.addEventListener("blur", () => {
        if (this.#touched.has(field)) return;
        this.#touched.add(field);
        this.#update();
      });
      if (input.value !== "") this.#touched.add(field);
      input.addEventListener("keydown", (event) => {
        if (event.key !== "Enter" || event.isComposing) return;
        event.preventDefault();
        this.#touched.add(field);
        this.#validateNow();
        this.#internals.form?.requestSubmit();
      });
      this.#field(field, text[kind] || text[field] || field, input, required);
    }
    this.#inputs.get(focusedField)?.focus();
    this.#files = { regionsFile: layout.regionsFile ?? null, phonePlansFile: layout.phonePlansFile ?? null };
    this.#validateNow();
    if (!names) setTimeout(() => nameCountries(select, this.locale));
  }

  #field(field, labelText, control, required) {
    const id = `og-${field}`;
    const wrap = document.createElement("div");
    wrap.className = "field";
    wrap.part = `field field-${field}`;
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = labelText;
    label.part = "label";
    control.id = id;
    control.name = field;
    control.part = "input";
    if (required) control.setAttribute("aria-required", "true");
    const message = document.createElement("div");
    message.id = `${id}-message`;
    message.className = "message";
    message.part = "message";
    control.setAttribute("aria-describedby", message.id);
    wrap.append(label, control, message);
    this.form.append(wrap);
    this.#inputs.set(field, control);
    this.#messages.set(field, message);
  }

  #collect() {
    const address = { country: this.country };
    for (const [field, input] of this.#inputs) {
      if (field !== "country" && input.value.trim() !== "") address[field] = input.value;
    }
    return address;
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.status.textContent = this.#text.checking;
    this.#timer = setTimeout(() => this.#validateNow(), 300);
  }

  /** Fetches the files the country's checks need that the live instance lacks, then checks again. */
  #loadFiles(country) {
    const { regionsFile, phonePlansFile } = this.#files;
    const wanted = [];
    if (regionsFile) wanted.push([`regions:${country}`, (m) => m.loadRegions(checkoutRuntime, this.#og, country, regionsFile)]);
    if (phonePlansFile) wanted.push(["phones", (m) => m.loadPhonePlans(checkoutRuntime, this.#og, phonePlansFile)]);
    for (const [key, load] of wanted) {
      if (isLoaded(key) || this.#awaited.has(key)) continue;
      this.#awaited.add(key);
      loadFile(key, load).then(
        () => {
          this.#awaited.delete(key);
          if (this.country === country) this.#validateNow();
        },
        () => this.#awaited.delete(key),
      );
    }
  }

  #validateNow() {
    clearTimeout(this.#timer);
    this.#value = this.#collect();
    if (!checkoutRuntime.ready) {
      // A fresh module instance is on its way after a trap: check once it is there.
      loadOrderguard().then(() => this.#validateNow(), (error) => this.#cannotCheck(error));
      return;
    }
    const country = this.country;
    this.#loadFiles(country);
    try {
      this.#result = this.#og.validateAddress(this.#value, { locale: this.locale });
    } catch (error) {
      this.#cannotCheck(error);
      return;
    }
    this.#confirmed = false;
    this.#update();
    this.#emit();
  }

  /** The address could not be checked: say why, and keep the form from submitting it unchecked. */
  #cannotCheck(error) {
    const message = error.code === "internal_error" ? internalError(this.locale).message : error.message;
    this.#result = null;
    this.#confirmed = false;
    this.panel.hidden = true;
    this.status.dataset.verdict = "error";
    this.status.textContent = message;
    this.#internals.setFormValue(null);
    this.#internals.setValidity({ customError: true }, message, this.#inputs.get("country"));
  }

  #update() {
    const text = this.#text;
    const result = this.#result;
    let shownErrors = 0;
    for (const [field, message] of this.#messages) {
      const shown = this.#showAll || this.#touched.has(field) || field === "country";
      const issues = shown ? result.issues.filter((i) => i.field === field) : [];
      if (issues.some((i) => i.severity === "error")) shownErrors += 1;
      const worst = issues.find((i) => i.severity === "error") || issues[0];
      message.textContent = issues.map((i) => i.message).join(" ");
      message.dataset.severity = worst ? worst.severity : "";
      this.#inputs.get(field).setAttribute("aria-invalid", String(worst?.severity === "error"));
    }
    const needsConfirmation = result.verdict === "confirm" && !this.#confirmed;
    this.status.dataset.verdict = result.verdict;
    // Before the buyer has got to the fields in question, "fix" has nothing to point at yet.
    const quiet = result.verdict === "fix" && shownErrors === 0;
    this.status.textContent = this.#confirmed ? text.confirmed : quiet ? "" : text[result.verdict];
    this.panel.hidden = result.verdict === "fix";
    this.labelHeading.textContent = text.labelHeading;
    this.labelLines.textContent = result.label.join("\n");
    this.confirmButton.textContent = text.confirmButton;
    this.confirmButton.hidden = !needsConfirmation;

    this.#internals.setFormValue(JSON.stringify(result.normalized));
    if (result.verdict === "fix") {
      const first = result.issues.find((i) => i.severity === "error");
      const anchor = this.#inputs.get(first?.field) || this.#inputs.get("country");
      this.#internals.setValidity({ customError: true }, first ? first.message : text.fix, anchor);
    } else if (needsConfirmation) {
      this.#internals.setValidity({ customError: true }, text.mustConfirm, this.confirmButton);
    } else {
      this.#internals.setValidity({});
    }
  }

  #emit() {
    const result = this.#result;
    const address = { ...this.value, postalCode: result.normalized?.postalCode ?? this.#value.postalCode };
    const detail = { address, result, confirmed: this.#confirmed };
    this.dispatchEvent(new CustomEvent("og-address-change", { detail, bubbles: true, composed: true }));
    this.dispatchEvent(new CustomEvent("change", { detail: { result, confirmed: this.#confirmed }, bubbles: true }));
  }

  // Form-associated lifecycle: a form reset empties the address.
  formResetCallback() {
    this.#value = {};
    this.#touched.clear();
    this.#showAll = false;
    if (this.#og) this.#build();
  }
}

const AUTOCOMPLETE = {
  recipient: "name", organization: "organization", addressLine1: "address-line1", addressLine2: "address-line2",
  city: "address-level2", district: "address-level3", region: "address-level1", postalCode: "postal-code", phone: "tel",
};

if (!customElements.get("og-address-form")) customElements.define("og-address-form", OgAddressForm);
