// The checkout demo page: a storefront that embeds orderguard-checkout.js and wires its own controls.
import { loadOrderguard } from "./dist/orderguard-checkout.js";
import { NAV_TEXT } from "./demo-page.js";

// The storefront's own words; the elements translate themselves from the page's `lang`.
const TEXT = {
  en: {
    checkout: "Checkout", language: "Language", dark: "Dark theme", address: "Shipping address", order: "Place order",
    privacy: "The address is checked in your browser; it is not sent anywhere until you place the order.",
    delivery: "Delivery", warehouse: "Shipped from our warehouse in Shenzhen.", returns: "Returns",
    market: "Buyer's country", delivered: "Delivered on", policyLanguage: "Policy language", placed: "Order placed.",
    ...NAV_TEXT.en,
  },
  ru: {
    checkout: "Оформление заказа", language: "Язык", dark: "Тёмная тема", address: "Адрес доставки", order: "Оформить заказ",
    privacy: "Адрес проверяется в вашем браузере и никуда не отправляется до оформления заказа.",
    delivery: "Доставка", warehouse: "Отправляем с нашего склада в Шэньчжэне.", returns: "Возврат",
    market: "Страна покупателя", delivered: "Дата получения", policyLanguage: "Язык условий", placed: "Заказ оформлен.",
    ...NAV_TEXT.ru,
  },
  zh: {
    checkout: "结账", language: "语言", dark: "深色主题", address: "收货地址", order: "提交订单",
    privacy: "地址只在您的浏览器中检查，下单前不会发送到任何地方。",
    delivery: "配送", warehouse: "从我们深圳的仓库发货。", returns: "退货",
    market: "买家所在国家", delivered: "签收日期", policyLanguage: "政策语言", placed: "订单已提交。",
    ...NAV_TEXT.zh,
  },
};
const text = () => TEXT[document.documentElement.lang] ?? TEXT.en;
function translatePage() {
  for (const node of document.querySelectorAll("[data-text]")) node.textContent = text()[node.dataset.text];
  // The policy follows the page's language unless a policy language was chosen below.
  const policyLanguage = document.getElementById("returns-locale");
  if (!document.getElementById("return-policy").hasAttribute("locale")) policyLanguage.value = document.documentElement.lang;
}

// ?lang=ru|zh|en opens the page in that language; the switch changes it.
const lang = new URLSearchParams(location.search).get("lang");
const languages = document.getElementById("page-lang");
if (lang && lang in TEXT) {
  document.documentElement.lang = lang;
  languages.value = lang;
}
translatePage();
languages.addEventListener("change", () => {
  document.documentElement.lang = languages.value;
  translatePage();
});

const themeToggle = document.getElementById("theme-toggle");
themeToggle.addEventListener("click", () => {
  const dark = document.documentElement.dataset.theme !== "dark";
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  themeToggle.setAttribute("aria-pressed", String(dark));
});

const status = document.getElementById("engine");
loadOrderguard().then(
  (og) => {
    const moscow = { country: "RU", region: "Москва", city: "Москва", addressLine1: "ул. Тверская, д. 7", postalCode: "125009" };
    const result = og.validateAddress(moscow, { locale: document.documentElement.lang });
    status.textContent = `orderguard is running: a Moscow address is "${result.verdict}".`;
    status.dataset.ready = "true";
  },
  (error) => {
    status.textContent = `orderguard could not start: ${error.message}`;
    status.dataset.ready = "error";
  },
);

// Returns: the buyer's country, the delivery date and the policy language drive <og-return-policy>.
const returnPolicy = document.getElementById("return-policy");
document.getElementById("returns-market").addEventListener("change", (e) => (returnPolicy.market = e.target.value));
// The market also follows the buyer's country in the address form: keep the control in step.
returnPolicy.addEventListener("og-return-policy", (e) => {
  const market = document.getElementById("returns-market");
  if (e.detail.policy && [...market.options].some((o) => o.value === e.detail.policy.market)) market.value = e.detail.policy.market;
});
document.getElementById("returns-delivered-on").addEventListener("change", (e) => (returnPolicy.deliveredOn = e.target.value));
document.getElementById("returns-locale").addEventListener("change", (e) => (returnPolicy.locale = e.target.value));
// Address: the surrounding form only submits an address that needs no fixing and is confirmed.
const checkout = document.getElementById("checkout-form");
const orderStatus = document.getElementById("order-status");
checkout.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(checkout);
  orderStatus.textContent = text().placed;
  // What the storefront would send with the order: the normalized address, the chosen method.
  orderStatus.dataset.address = data.get("address");
});
checkout.addEventListener("invalid", () => (orderStatus.textContent = ""), true);
