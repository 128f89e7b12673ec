// The checkout demo page: a storefront that embeds orderguard-checkout.js and wires its own controls.
import { loadOrderguard } from "./orderguard-checkout.js";

// ?lang=ru|zh|en opens the page in that language (the elements follow the page's `lang`).
const lang = new URLSearchParams(location.search).get("lang");
const languages = document.getElementById("page-lang");
if (lang && [...languages.options].some((o) => o.value === lang)) {
  document.documentElement.lang = lang;
  languages.value = lang;
}
languages.addEventListener("change", () => (document.documentElement.lang = languages.value));

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
document.getElementById("returns-delivered-on").addEventListener("change", (e) => (returnPolicy.deliveredOn = e.target.value));
document.getElementById("returns-locale").addEventListener("change", (e) => (returnPolicy.locale = e.target.value));
// Address: the surrounding form only submits an address that needs no fixing and is confirmed.
const checkout = document.getElementById("checkout-form");
const orderStatus = document.getElementById("order-status");
checkout.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(checkout);
  orderStatus.textContent = "Order placed.";
  // What the storefront would send with the order: the normalized address, the chosen method.
  orderStatus.dataset.address = data.get("address");
});
checkout.addEventListener("invalid", () => (orderStatus.textContent = ""), true);
