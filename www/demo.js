// The checkout demo page.
import { loadOrderguard } from "./components/runtime.js";
import "./components/return-policy.js";
import "./components/address-form.js";
import "./components/delivery-estimate.js";

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

// Returns: the buyer's country, the delivery date and the language drive <og-return-policy>.
const returnPolicy = document.getElementById("return-policy");
document.getElementById("returns-market").addEventListener("change", (e) => (returnPolicy.market = e.target.value));
document.getElementById("returns-delivered-on").addEventListener("change", (e) => (returnPolicy.deliveredOn = e.target.value));
document.getElementById("returns-locale").addEventListener("change", (e) => (returnPolicy.locale = e.target.value));
// Address: the surrounding form only submits an address that needs no fixing and is confirmed.
const checkout = document.getElementById("checkout-form");
const orderStatus = document.getElementById("order-status");
checkout.addEventListener("submit", (event) => {
  event.preventDefault();
  orderStatus.textContent = "Order placed.";
});
checkout.addEventListener("invalid", () => (orderStatus.textContent = ""), true);
