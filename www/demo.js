// The checkout demo page.
import { loadOrderguard } from "./components/runtime.js";
import "./components/return-policy.js";

const status = document.getElementById("engine");
loadOrderguard().then(
  (og) => {
    const result = og.validateAddress({ country: "RU", postalCode: "125009" }, { locale: document.documentElement.lang });
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
